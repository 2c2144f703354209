from django.urls import path

from caredesk.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("sign-in/", views.sign_in, name="sign-in"),
    path("sign-in/sent/", views.sign_in_sent, name="sign-in-sent"),
    path("sign-in/<str:token>/", views.sign_in_link, name="sign-in-link"),
    path("sign-out/", views.sign_out, name="sign-out"),
    path("new/", views.request_new, name="new"),
    path("requests/<int:item_id>/", views.item_detail, name="item"),
    path(
        "requests/<int:item_id>/files/<int:attachment_id>/",
        views.attachment_download,
        name="attachment",
    ),
]
