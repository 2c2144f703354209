"""Staff: roles held per association or for all, the duty rotation, notifications, sign-in
failures and phone presence."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from caredesk.core.fields import JSONField
from caredesk.core.models import TimeStampedModel


class Role(models.Model):
    """A job the desk routes work to: Customer Support, Manager, AR, Engineering, …"""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=100)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100, blank=True)
    is_lead = models.BooleanField(
        _("leads the desk"), default=False, help_text=_("May step any item and assign work.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self) -> str:
        return self.name


class RoleAssignment(TimeStampedModel):
    """A user holds a role for one association, or for all when no association is named."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="role_assignments",
        verbose_name=_("user"),
    )
    role = models.ForeignKey(
        Role, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("role")
    )
    association = models.ForeignKey(
        "directory.Association",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="role_assignments",
        verbose_name=_("association"),
        help_text=_("Leave empty for all associations."),
    )

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "association"], name="role_assignment_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=models.Q(association__isnull=True),
                name="role_assignment_all_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.role} · {self.association or _('all associations')}"


class DutyDay(TimeStampedModel):
    """Who oversees the shared inboxes on a given day (the CC email schedule)."""

    day_on = models.DateField(_("day"), unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="duty_days",
        verbose_name=_("on duty"),
    )
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("set by"),
    )

    class Meta:
        ordering = ["day_on"]
        verbose_name = _("email duty day")
        verbose_name_plural = _("email duty days")

    def __str__(self) -> str:
        return f"{self.day_on}: {self.user}"


class Notification(models.Model):
    """A message for one staff user in the desk (an emergency, a surge, an overdue item)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("user"),
    )
    kind = models.SlugField(_("kind"), max_length=40)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("body"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    data = JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread_idx")]

    def __str__(self) -> str:
        return f"{self.user}: {self.title}"


class LoginFailure(models.Model):
    """A failed sign-in, counted per username and per client address to slow down guessing."""

    username = models.CharField(_("username"), max_length=150)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    failed_at = models.DateTimeField(_("failed at"))

    class Meta:
        ordering = ["-failed_at"]
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")
        indexes = [
            models.Index(fields=["username", "failed_at"], name="login_failure_user_idx"),
            models.Index(fields=["ip_address", "failed_at"], name="login_failure_ip_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.username} · {self.ip_address} · {self.failed_at}"


class PhoneInstruction(models.Model):
    """A lead or manager told a CSR to take the phones although they hold priority items."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="phone_instructions",
        verbose_name=_("CSR"),
    )
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="phone_instructions_given",
        verbose_name=_("given by"),
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    given_at = models.DateTimeField(_("given at"))
    valid_until = models.DateTimeField(
        _("valid until"), help_text=_("The end of the day it was given.")
    )

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("instruction to take the phones")
        verbose_name_plural = _("instructions to take the phones")
        indexes = [models.Index(fields=["user", "valid_until"], name="phone_instruction_idx")]

    def __str__(self) -> str:
        return f"{self.user} ← {self.given_by} ({self.given_at})"


class PhoneSession(models.Model):
    """A stretch of time a staff user was logged into the phones; open while ended_at is empty."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="phone_sessions",
        verbose_name=_("user"),
    )
    started_at = models.DateTimeField(_("logged in at"))
    ended_at = models.DateTimeField(_("logged out at"), null=True, blank=True)
    instruction = models.ForeignKey(
        PhoneInstruction,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sessions",
        verbose_name=_("instruction"),
        help_text=_("Why a CSR holding priority items was let onto the phones."),
    )

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("phone session")
        verbose_name_plural = _("phone sessions")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(ended_at__isnull=True),
                name="phone_session_one_open",
            ),
            models.CheckConstraint(
                condition=models.Q(ended_at__isnull=True)
                | models.Q(ended_at__gte=models.F("started_at")),
                name="phone_session_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.started_at} – {self.ended_at or '…'}"
