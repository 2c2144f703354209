from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionsConfig(AppConfig):
    name = "caredesk.actions"
    label = "actions"
    verbose_name = _("Action items")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from caredesk.core.jobs import periodic_register

        def enqueue_overdue_check() -> object:
            from caredesk.actions.tasks import flag_overdue_items

            return flag_overdue_items.enqueue()

        # Deadlines are in minutes (a work permit has 30): look once a minute.
        periodic_register(
            name="flag-overdue-items", every_seconds=lambda: 60, enqueue=enqueue_overdue_check
        )

        def enqueue_surge_check() -> object:
            from caredesk.actions.tasks import check_surge

            return check_surge.enqueue()

        # Intake checks after each urgent item; this also ends surges and alerts after cool-downs.
        periodic_register(name="surge-check", every_seconds=lambda: 60, enqueue=enqueue_surge_check)
