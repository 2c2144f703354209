from django.urls import path

from caredesk.kb import views
from caredesk.kb.models import Audience

app_name = "kb"

urlpatterns = [
    path("", views.kb_home, name="home"),
    path("staff/", views.kb_staff, name="staff"),
    path("staff/<str:audience>/<slug:slug>/", views.kb_staff_article, name="staff-article"),
    path("suggest/<int:item_id>/", views.kb_suggest, name="suggest"),
]
for audience in (Audience.OWNERS, Audience.RESIDENTS):
    urlpatterns += [
        path(
            f"{audience}/", views.kb_browse, {"audience": audience.value}, name=f"{audience}-home"
        ),
        path(
            f"{audience}/<slug:slug>/",
            views.kb_article,
            {"audience": audience.value},
            name=f"{audience}-article",
        ),
        path(
            f"{audience}/<slug:slug>/helpful/",
            views.kb_vote,
            {"audience": audience.value},
            name=f"{audience}-vote",
        ),
    ]
