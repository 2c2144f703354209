from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotesConfig(AppConfig):
    name = "caredesk.notes"
    label = "notes"
    verbose_name = _("Account notes")
    default_auto_field = "django.db.models.BigAutoField"
