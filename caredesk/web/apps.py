from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "caredesk.web"
    label = "web"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib import admin

        from caredesk.core.collector import start_up_end
        from caredesk.web.signin import ThrottledAdminAuthenticationForm

        admin.site.login_form = ThrottledAdminAuthenticationForm
        start_up_end()  # the outermost app, set up last: start-up is over
