from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TriageConfig(AppConfig):
    name = "caredesk.triage"
    label = "triage"
    verbose_name = _("Triage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, post_save

        from caredesk.triage.models import TriagePhrase

        # Only a cache is dropped here: the rules are compiled again on the next message.
        post_save.connect(_phrases_changed, sender=TriagePhrase, dispatch_uid="triage-phrases")
        post_delete.connect(_phrases_changed, sender=TriagePhrase, dispatch_uid="triage-phrases-d")
        # After every migrate (new release, new database, `caredesk demo`): the shipped phrases
        # of this release reach the table, without touching what leads edited or added.
        post_migrate.connect(_phrases_sync, sender=self, dispatch_uid="triage-phrases-sync")


def _phrases_changed(**kwargs) -> None:
    from caredesk.triage.services import rules_forget

    rules_forget()


def _phrases_sync(*, apps=None, verbosity: int = 1, **kwargs) -> None:
    from caredesk.triage.defaults import phrases_sync
    from caredesk.triage.services import rules_forget, rules_prepare

    try:
        model = apps.get_model("triage", "TriagePhrase")
    except (AttributeError, LookupError):  # no migration state, or triage migrated away
        return
    if not any(field.name == "default_key" for field in model._meta.get_fields()):
        return  # migrated back to before the phrases remembered their origin
    counts = phrases_sync(apps=apps)
    rules_forget()
    rules_prepare()
    if verbosity >= 1 and (counts["created"] or counts["updated"] or counts["removed"]):
        print(
            "triage phrases: created {created}, updated {updated}, kept {kept}, "
            "removed {removed}".format(**counts)
        )
