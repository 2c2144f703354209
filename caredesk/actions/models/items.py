"""Action items: what the desk owes a customer, moved through the steps of its type."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from caredesk.actions.models.types import ActionStep, ActionType
from caredesk.core.fields import JSONField
from caredesk.core.models import TimeStampedModel


class ActionItem(TimeStampedModel):
    """Something the desk owes a customer, from the first message to the close."""

    class Urgency(models.TextChoices):
        EMERGENCY = "emergency", _("Emergency")
        URGENT = "urgent", _("Urgent")
        NORMAL = "normal", _("Normal")
        LOW = "low", _("Low")

    class Channel(models.TextChoices):
        EMAIL = "email", _("Email")
        PHONE = "phone", _("Phone")
        PRE = "pre", _("Phone receptionist email")
        WALK_IN = "walk_in", _("Walk-in")
        PORTAL = "portal", _("Portal")
        FRONT_DESK = "front_desk", _("Front desk")

    class Link(models.TextChoices):
        LINKED = "linked", _("Linked to a homeowner account")
        ASSOCIATION = "association", _("Linked to an association only")
        ORPHAN = "orphan", _("Orphan: sender unknown")
        AMBIGUOUS = "ambiguous", _("Orphan: sender has several accounts")

    action_type = models.ForeignKey(
        ActionType, on_delete=models.PROTECT, related_name="items", verbose_name=_("action type")
    )
    step = models.ForeignKey(
        ActionStep, on_delete=models.PROTECT, related_name="items", verbose_name=_("step")
    )
    inbox = models.ForeignKey(
        "mailroom.Inbox", on_delete=models.PROTECT, related_name="items", verbose_name=_("inbox")
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel, default=Channel.EMAIL)
    subject = models.CharField(_("subject"), max_length=1000, blank=True)
    from_email = models.CharField(_("from"), max_length=254, blank=True, db_index=True)
    from_name = models.CharField(_("from name"), max_length=300, blank=True)
    from_phone = models.CharField(
        _("caller's phone"),
        max_length=40,
        blank=True,
        help_text=_("The number to call back (E.164 when it could be read), from a phone message."),
    )

    link = models.CharField(_("link"), max_length=16, choices=Link, default=Link.ORPHAN)
    person = models.ForeignKey(
        "directory.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("homeowner"),
    )
    account = models.ForeignKey(
        "directory.Account",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("account"),
    )
    association = models.ForeignKey(
        "directory.Association",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("association"),
    )
    unit = models.ForeignKey(
        "directory.Unit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("unit"),
    )
    candidates = models.ManyToManyField(
        "directory.Account", blank=True, related_name="+", verbose_name=_("candidate accounts")
    )

    is_open = models.BooleanField(_("open"), default=True)
    has_new_reply = models.BooleanField(_("new reply from the customer"), default=False)
    urgency = models.CharField(_("urgency"), max_length=16, choices=Urgency, default=Urgency.NORMAL)
    is_leak_related = models.BooleanField(_("leak-related"), default=False)
    category = models.CharField(_("category"), max_length=32, blank=True, db_index=True)
    needs_callback = models.BooleanField(_("needs a call back"), default=False)
    triage = JSONField(
        _("triage"),
        default=dict,
        blank=True,
        help_text=_("What triage decided and why, and which fields a person overruled."),
    )
    is_flagged = models.BooleanField(_("flagged"), default=False)
    language = models.CharField(_("language"), max_length=8, blank=True)
    received_at = models.DateTimeField(_("received at"))
    last_message_at = models.DateTimeField(_("last message at"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    due_at = models.DateTimeField(
        _("due at"),
        null=True,
        blank=True,
        help_text=_("Not handed out before this time (e.g. the next call-back attempt)."),
    )
    deadline_at = models.DateTimeField(_("deadline"), null=True, blank=True)
    is_overdue = models.BooleanField(_("overdue"), default=False)
    promised_at = models.DateTimeField(_("time promised to the customer"), null=True, blank=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="claimed_items",
        verbose_name=_("being worked by"),
    )
    claimed_until = models.DateTimeField(
        _("claim expires at"),
        null=True,
        blank=True,
        help_text=_("Empty while claimed means a lead assigned it: the claim does not expire."),
    )
    version = models.PositiveIntegerField(
        _("version"), default=0, help_text=_("Counts changes; a stale copy cannot overwrite.")
    )

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        indexes = [
            models.Index(
                fields=["is_open", "urgency", "inbox", "received_at"], name="item_queue_idx"
            ),
            models.Index(fields=["link", "is_open"], name="item_link_idx"),
            models.Index(fields=["is_open", "step"], name="item_step_idx"),
            models.Index(fields=["is_open", "deadline_at"], name="item_deadline_idx"),
            models.Index(fields=["is_open", "-received_at"], name="item_open_recent_idx"),
            models.Index(fields=["-received_at"], name="item_recent_idx"),
            # Partial indexes over the open items only, holding every column the home page's
            # counts read, so they are answered from the index (issue 4: 200,000 items).
            models.Index(
                fields=["inbox", "urgency", "link", "claimed_by", "claimed_until", "received_at"],
                condition=models.Q(is_open=True),
                name="item_open_inbox_idx",
            ),
            models.Index(
                fields=["step", "association", "due_at", "claimed_by", "claimed_until"],
                condition=models.Q(is_open=True),
                name="item_open_step_idx",
            ),
            models.Index(
                fields=["-is_overdue", "received_at"],
                condition=models.Q(is_open=True),
                name="item_open_overdue_idx",
            ),
            models.Index(
                fields=["due_at", "received_at"],
                condition=models.Q(is_open=True, needs_callback=True),
                name="item_callback_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.number} {self.subject}"

    @property
    def number(self) -> int:
        """The short number people quote ("#1234"); it is also the thread token."""
        return self.pk

    @property
    def token(self) -> str:
        return f"[#{self.pk}]"


class ItemMessage(models.Model):
    """A message in an item's conversation (received or sent)."""

    item = models.ForeignKey(
        ActionItem, on_delete=models.CASCADE, related_name="item_messages", verbose_name=_("item")
    )
    message = models.OneToOneField(
        "mailroom.Message",
        on_delete=models.PROTECT,
        related_name="item_link",
        verbose_name=_("message"),
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["added_at", "id"]
        verbose_name = _("item message")
        verbose_name_plural = _("item messages")

    def __str__(self) -> str:
        return f"#{self.item_id}: {self.message_id}"


class ItemEvent(models.Model):
    """One line of an item's history: who did what, when."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Created")
        MESSAGE_ADDED = "message_added", _("Message added")
        REPLY_SENT = "reply_sent", _("Reply sent")
        STEPPED = "stepped", _("Moved to another step")
        ATTACHED = "attached", _("Attached to a homeowner or association")
        REOPENED = "reopened", _("Reopened")
        CLOSED = "closed", _("Closed")
        NOTE = "note", _("Note")
        SIGNED_OFF = "signed_off", _("Signed off")
        PROMISED = "promised", _("Time promised")
        OVERDUE = "overdue", _("Overdue")
        TRIAGE_CHANGED = "triage_changed", _("Triage overruled")
        CLAIMED = "claimed", _("Taken from the queue")
        RELEASED = "released", _("Returned to the queue")
        ASSIGNED = "assigned", _("Assigned by a lead")
        CALL_ATTEMPT = "call_attempt", _("Return call")

    item = models.ForeignKey(
        ActionItem, on_delete=models.CASCADE, related_name="events", verbose_name=_("item")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_label = models.CharField(_("who (system)"), max_length=100, blank=True)
    at = models.DateTimeField(_("when"), db_index=True)
    from_step = models.ForeignKey(
        ActionStep,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from step"),
    )
    to_step = models.ForeignKey(
        ActionStep,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("to step"),
    )
    note = models.TextField(_("note"), blank=True)
    data = JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("item event")
        verbose_name_plural = _("item events")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()}"
