"""Templates of the emails a step sends to the owner, one per code and language."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from caredesk.core.models import TimeStampedModel


class ReplyTemplate(TimeStampedModel):
    """The subject and body of an email to the owner, in one language.

    Written in Django's template language. The context: ``item`` (number, subject, token),
    ``owner_name``, ``note`` (what the staff member wrote), ``association``, ``company``,
    ``staff_name``, ``step``.
    """

    code = models.SlugField(_("code"), max_length=60)
    language = models.CharField(_("language"), max_length=8, default="en")
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    is_active = models.BooleanField(_("active"), default=True)
    is_canned = models.BooleanField(
        _("canned answer"),
        default=False,
        help_text=_(
            "A ready answer CSRs insert into their reply (its body is the text inserted); "
            "otherwise the wrapper email a step sends around the note."
        ),
    )
    title = models.CharField(_("title"), max_length=200, blank=True)

    class Meta:
        ordering = ["code", "language"]
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        constraints = [
            models.UniqueConstraint(fields=["code", "language"], name="reply_template_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.code} ({self.language})"
