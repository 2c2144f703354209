"""Account notes on a homeowner, and the quick-note templates CSRs write them from (R-23)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class AccountNote(models.Model):
    """A dated note on a person (and one of their accounts): written by staff or by the desk."""

    person = models.ForeignKey(
        "directory.Person",
        on_delete=models.PROTECT,
        related_name="account_notes",
        verbose_name=_("person"),
    )
    account = models.ForeignKey(
        "directory.Account",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="notes",
        verbose_name=_("account"),
    )
    item = models.ForeignKey(
        "actions.ActionItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="account_notes",
        verbose_name=_("action item"),
    )
    text = models.TextField(_("text"))
    is_automatic = models.BooleanField(
        _("written by the desk"),
        default=False,
        help_text=_("Written automatically (e.g. after the last return-call attempt)."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("written by"),
    )
    at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("account note")
        verbose_name_plural = _("account notes")
        indexes = [models.Index(fields=["person", "-at"], name="note_person_recent_idx")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d} {self.text[:60]}"


class QuickNote(models.Model):
    """A ready-made account note ("Quick Notes"): the CSR picks it, fills in the details."""

    title = models.CharField(_("title"), max_length=120)
    title_zh = models.CharField(_("title (Chinese)"), max_length=120, blank=True)
    text = models.TextField(_("text"))
    text_zh = models.TextField(_("text (Chinese)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=10)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("quick note")
        verbose_name_plural = _("quick notes")

    def __str__(self) -> str:
        return self.title

    def localised_title(self) -> str:
        return self.title_zh if _is_chinese() and self.title_zh else self.title

    def localised_text(self) -> str:
        return self.text_zh if _is_chinese() and self.text_zh else self.text


def _is_chinese() -> bool:
    return (get_language() or "").lower().startswith("zh")
