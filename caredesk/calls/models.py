"""The company's call-back policy and the record of every return-call attempt."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_SCRIPT = (
    "Hello, this is {agent} from {company}, {department}, returning a call for {caller}. "
    "Sorry we missed you. Please call us back at {callback_number} and mention item #{item}. "
    "Thank you."
)
DEFAULT_SCRIPT_ZH = (
    "您好，我是{company}{department}的{agent}，给{caller}回电。很抱歉没能联系上您，"
    "请回电 {callback_number}，并告知事项编号 #{item}。谢谢。"
)


class CallPolicy(models.Model):
    """How the desk returns calls (R-08–R-11): one row, edited by the company in the admin."""

    attempts_required = models.PositiveSmallIntegerField(
        _("attempts (not leak-related)"), default=1
    )
    leak_attempts_required = models.PositiveSmallIntegerField(
        _("attempts (leak-related)"), default=3
    )
    retry_minutes = models.PositiveIntegerField(
        _("minutes until the next attempt"),
        default=30,
        help_text=_("After an unsuccessful attempt the item is not handed out again before this."),
    )
    overdue_minutes = models.PositiveIntegerField(
        _("overdue after (minutes)"),
        default=60,
        help_text=_("A call-back due for longer than this is listed as overdue."),
    )
    close_when_done = models.BooleanField(
        _("close after the last unsuccessful attempt"),
        default=True,
        help_text=_("Otherwise the item stays at its step for the CSR to move on."),
    )
    company_name = models.CharField(
        _("company name in the script"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty for CAREDESK_COMPANY_NAME."),
    )
    department = models.CharField(_("department"), max_length=100, default="Community Care")
    department_zh = models.CharField(_("department (Chinese)"), max_length=100, default="客服部")
    callback_number = models.CharField(_("call-back number"), max_length=40, default="949 450-0202")
    voicemail_script = models.TextField(
        _("voicemail script"),
        default=DEFAULT_SCRIPT,
        help_text=_(
            "Blanks: {caller}, {company}, {department}, {callback_number}, {agent}, {item}."
        ),
    )
    voicemail_script_zh = models.TextField(
        _("voicemail script (Chinese)"), default=DEFAULT_SCRIPT_ZH
    )

    class Meta:
        verbose_name = _("call-back policy")
        verbose_name_plural = _("call-back policy")

    def __str__(self) -> str:
        return str(_("Call-back policy"))

    def required_for(self, *, is_leak_related: bool) -> int:
        """How many attempts an item needs before the desk stops calling (at least one)."""
        return max(1, self.leak_attempts_required if is_leak_related else self.attempts_required)

    def company(self) -> str:
        return self.company_name or settings.CAREDESK_COMPANY_NAME


class CallAttempt(models.Model):
    """One return call made for an item: how it went, who called, when."""

    class Outcome(models.TextChoices):
        REACHED = "reached", _("Reached the caller")
        LEFT_VOICEMAIL = "left_voicemail", _("Left a voicemail")
        NO_VOICEMAIL = "no_voicemail", _("No voicemail available")
        NO_ANSWER = "no_answer", _("Busy / no answer")
        WRONG_NUMBER = "wrong_number", _("Wrong number")

    item = models.ForeignKey(
        "actions.ActionItem",
        on_delete=models.CASCADE,
        related_name="call_attempts",
        verbose_name=_("action item"),
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome)
    note = models.TextField(_("note"), blank=True)
    caller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("called by"),
    )
    at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["item", "number"]
        verbose_name = _("call attempt")
        verbose_name_plural = _("call attempts")
        constraints = [
            models.UniqueConstraint(fields=["item", "number"], name="call_attempt_number_unique"),
            models.CheckConstraint(
                condition=models.Q(
                    outcome__in=[
                        "reached",
                        "left_voicemail",
                        "no_voicemail",
                        "no_answer",
                        "wrong_number",
                    ]
                ),
                name="call_attempt_outcome_known",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.item_id} {self.number}: {self.outcome}"

    @property
    def reached(self) -> bool:
        return self.outcome == self.Outcome.REACHED
