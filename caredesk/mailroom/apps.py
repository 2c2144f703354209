from django.apps import AppConfig


class MailroomConfig(AppConfig):
    name = "caredesk.mailroom"
    label = "mailroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from caredesk.mailroom import webhooks  # noqa: F401  (connects the inbound signal)
