"""The surge rule's memory: whether a surge of waiting urgent items is on, and when we alerted."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SurgeState(models.Model):
    """One row per watched surge; kept in the database so several workers alert only once."""

    name = models.SlugField(_("name"), max_length=40, unique=True)
    is_surging = models.BooleanField(_("surge on"), default=False)
    started_at = models.DateTimeField(_("surge started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("surge ended at"), null=True, blank=True)
    is_alerted = models.BooleanField(
        _("alerted"), default=False, help_text=_("Whether the current surge was alerted.")
    )
    alerted_at = models.DateTimeField(_("last alerted at"), null=True, blank=True)
    alerted_count = models.PositiveIntegerField(_("items waiting when alerted"), default=0)

    class Meta:
        verbose_name = _("surge state")
        verbose_name_plural = _("surge states")

    def __str__(self) -> str:
        return f"{self.name}: {'on' if self.is_surging else 'off'}"
