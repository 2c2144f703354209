from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "caredesk.portal"
    label = "portal"
    verbose_name = _("Homeowner portal")
    default_auto_field = "django.db.models.BigAutoField"
