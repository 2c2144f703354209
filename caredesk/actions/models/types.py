"""Action types: the workflows, as data — ordered steps, each routed to a role."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from caredesk.core.models import TimeStampedModel


class ActionType(TimeStampedModel):
    """A kind of work, defined as an ordered list of steps (e.g. General Inquiry from Email)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    sla_minutes = models.PositiveIntegerField(
        _("whole-item time limit (minutes)"),
        null=True,
        blank=True,
        help_text=_("An item must be closed within this time of its intake, or it is overdue."),
    )
    promise_role = models.ForeignKey(
        "staff.Role",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who may promise a time"),
        help_text=_("Only holders of this role may set the time promised to the customer."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("action type")
        verbose_name_plural = _("action types")

    def __str__(self) -> str:
        return self.name

    def first_step(self) -> ActionStep | None:
        return self.steps.order_by("order").first()


class ActionStep(models.Model):
    """One step of an action type: who it is sent to, and what happens when an item gets here."""

    action_type = models.ForeignKey(
        ActionType, on_delete=models.CASCADE, related_name="steps", verbose_name=_("action type")
    )
    order = models.PositiveSmallIntegerField(_("order"))
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    send_to_role = models.ForeignKey(
        "staff.Role",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("send to role"),
    )
    reply_to_role = models.ForeignKey(
        "staff.Role",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reply to role"),
    )
    is_closing = models.BooleanField(_("closes the item"), default=False)
    emails_owner = models.BooleanField(_("emails the owner"), default=False)
    template_code = models.SlugField(_("email template"), max_length=60, blank=True)
    hides_from_portal = models.BooleanField(_("hidden from the homeowner portal"), default=False)
    reopen_step = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("a follow-up reopens at"),
    )
    sla_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        help_text=_("An item must leave this step within this time, or it is overdue."),
    )
    next_steps = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="+",
        verbose_name=_("may move on to"),
        help_text=_("Leave empty to allow any step of the type."),
    )

    class Meta:
        ordering = ["action_type", "order"]
        verbose_name = _("action step")
        verbose_name_plural = _("action steps")
        constraints = [
            models.UniqueConstraint(fields=["action_type", "order"], name="step_order_unique"),
            models.UniqueConstraint(fields=["action_type", "code"], name="step_code_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.order} {self.name}"


class StepSignoff(models.Model):
    """A signature an item needs before it may move on from a step (e.g. the supervisor's).

    The sign-off is recorded as a named event in the item's history, by a holder of its role.
    """

    step = models.ForeignKey(
        ActionStep, on_delete=models.CASCADE, related_name="signoffs", verbose_name=_("step")
    )
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    role = models.ForeignKey(
        "staff.Role", on_delete=models.PROTECT, related_name="+", verbose_name=_("signed by")
    )

    class Meta:
        ordering = ["step", "id"]
        verbose_name = _("sign-off")
        verbose_name_plural = _("sign-offs")
        constraints = [
            models.UniqueConstraint(fields=["step", "code"], name="signoff_code_unique"),
        ]

    def __str__(self) -> str:
        return self.name
