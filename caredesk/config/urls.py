from django.contrib import admin
from django.urls import include, path

from caredesk.api.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("mail/", include("caredesk.mailroom.urls")),
    path("api/v1/", api.urls),
    path("kb/", include("caredesk.kb.urls")),
    path("portal/", include("caredesk.portal.urls")),
    path("", include("caredesk.web.urls")),
]
