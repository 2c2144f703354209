from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "caredesk.intake"
    label = "intake"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from caredesk.core.jobs import periodic_register
        from caredesk.intake.services import message_receive
        from caredesk.mailroom.webhooks import inbound_handler_register

        def enqueue_poll() -> object:
            from caredesk.intake.tasks import poll_due_accounts

            return poll_due_accounts.enqueue()

        # Each account keeps its own interval and back-off; this only looks for due ones.
        periodic_register(name="poll-mail", every_seconds=lambda: 10, enqueue=enqueue_poll)
        inbound_handler_register(
            lambda raw, account, source: message_receive(raw=raw, account=account, source=source)
        )
