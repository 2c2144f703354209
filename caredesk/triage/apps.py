from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TriageConfig(AppConfig):
    name = "caredesk.triage"
    label = "triage"
    verbose_name = _("Triage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from caredesk.triage.models import TriagePhrase

        # Only a cache is dropped here: the rules are compiled again on the next message.
        post_save.connect(_phrases_changed, sender=TriagePhrase, dispatch_uid="triage-phrases")
        post_delete.connect(_phrases_changed, sender=TriagePhrase, dispatch_uid="triage-phrases-d")


def _phrases_changed(**kwargs) -> None:
    from caredesk.triage.services import rules_forget

    rules_forget()
