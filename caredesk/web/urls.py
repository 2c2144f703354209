from django.contrib.auth import views as auth_views
from django.urls import path

from caredesk.web.views import home, tokens

app_name = "web"

urlpatterns = [
    path("", home.home, name="home"),
    path("healthz", home.healthz, name="healthz"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/api-tokens/", tokens.api_tokens, name="api-tokens"),
]
