"""Triage data: the phrases leads edit, and the overrules CSRs make (training feedback)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from caredesk.core.models import TimeStampedModel


class TriagePhrase(TimeStampedModel):
    """One phrase of the rules layer: a regular expression that votes for, or qualifies, a field."""

    class Language(models.TextChoices):
        EN = "en", _("English")
        ZH = "zh", _("Simplified Chinese")

    class Field(models.TextChoices):
        URGENCY = "urgency", _("Urgency")
        LEAK_RELATED = "leak_related", _("Leak-related")
        CATEGORY = "category", _("Category")
        NEEDS_CALLBACK = "needs_callback", _("Needs a call back")
        ANY = "any", _("Any field")

    class Kind(models.TextChoices):
        TRIGGER = "trigger", _("Trigger: votes for the value")
        NEGATION = "negation", _("Negation: cancels a trigger just after it")
        PAST = "past", _("Past or fixed: the event is over")
        ACTIVE = "active", _("Active: the event is still going on")
        CONTAINED = "contained", _("Contained: small or already under control")
        LOOKALIKE = "lookalike", _("Look-alike: harmless text that contains a trigger")

    language = models.CharField(_("language"), max_length=2, choices=Language)
    field = models.CharField(_("field"), max_length=16, choices=Field)
    value = models.CharField(
        _("value"),
        max_length=32,
        blank=True,
        help_text=_(
            "The value a trigger votes for (e.g. emergency, true, maintenance); "
            "empty for the other kinds."
        ),
    )
    pattern = models.CharField(
        _("pattern"),
        max_length=1000,
        help_text=_(
            "A regular expression, matched in lower case; a space matches any run of "
            "white space, and English words are matched whole."
        ),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.TRIGGER)
    weight = models.FloatField(
        _("weight"),
        default=1.0,
        help_text=_(
            "Triggers: 1 or more decides the field on its own (2 or more also resists "
            "'contained' cues); below 1 only tips the statistical model. Cues: strength."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    # A phrase shipped with Caredesk: which one (a hash of its language, field, value, kind and
    # pattern as shipped) and a hash of all it held when last written from the shipped file.
    # When the row no longer matches that hash, a lead edited it and sync-phrases leaves it.
    default_key = models.CharField(
        _("shipped phrase"), max_length=16, blank=True, db_index=True, editable=False
    )
    default_fingerprint = models.CharField(max_length=16, blank=True, editable=False)

    class Meta:
        verbose_name = _("triage phrase")
        verbose_name_plural = _("triage phrases")
        ordering = ["language", "field", "value", "kind", "pattern"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "field", "value", "kind", "pattern"],
                name="triage_phrase_unique",
            ),
        ]

    @property
    def is_default(self) -> bool:
        return bool(self.default_key)

    @property
    def is_edited(self) -> bool:
        """A shipped phrase a lead has changed since it was written from the shipped file."""
        from caredesk.triage.defaults import row_fingerprint

        return self.is_default and row_fingerprint(self) != self.default_fingerprint

    def __str__(self) -> str:
        target = f"{self.field}={self.value}" if self.value else self.field
        return f"[{self.language}] {self.kind} {target}: {self.pattern}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        from caredesk.triage.rules import pattern_problem

        problem = pattern_problem(self.pattern)
        if problem:
            raise ValidationError({"pattern": problem})
        if self.kind == self.Kind.TRIGGER and not self.value:
            raise ValidationError({"value": _("A trigger needs the value it votes for.")})


class TriageFeedback(TimeStampedModel):
    """A CSR overruled what triage decided for an item: kept as a labelled training example."""

    item_number = models.PositiveIntegerField(_("item number"), db_index=True)
    field = models.CharField(_("field"), max_length=16)
    old_value = models.CharField(_("old value"), max_length=32)
    new_value = models.CharField(_("new value"), max_length=32)
    reason = models.TextField(_("reason"), blank=True)
    channel = models.CharField(_("channel"), max_length=16)
    subject = models.TextField(_("subject"), blank=True)
    body = models.TextField(_("body"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("triage feedback")
        verbose_name_plural = _("triage feedback")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"#{self.item_number} {self.field}: {self.old_value} → {self.new_value}"
