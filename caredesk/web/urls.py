from django.urls import path

from caredesk.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("settings/api-tokens/", views.api_tokens, name="api-tokens"),
]
