from django.apps import AppConfig
from django.core import checks


class MailroomConfig(AppConfig):
    name = "caredesk.mailroom"
    label = "mailroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from caredesk.mailroom import webhooks  # noqa: F401  (connects the inbound signal)


def _anymail_deprecated_settings(app_configs, **kwargs):
    from anymail.checks import check_deprecated_settings

    return check_deprecated_settings(app_configs, **kwargs)


def _anymail_insecure_settings(app_configs, **kwargs):
    from anymail.checks import check_insecure_settings

    return check_insecure_settings(app_configs, **kwargs)


class AnymailConfig(AppConfig):
    """django-anymail with its own system checks, imported when the checks run.

    anymail's AppConfig imports its checks module at start-up, which imports `requests`
    (about 110 modules, 40 ms) in every process: each `caredesk ingest` or `poll` run paid
    for it, though only sending through an ESP needs it."""

    name = "anymail"
    verbose_name = "Anymail"

    def ready(self) -> None:
        checks.register(_anymail_deprecated_settings)
        checks.register(_anymail_insecure_settings)
