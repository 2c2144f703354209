"""Writes for staff: users, roles, the email duty rotation, sign-in failures, phone presence."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Association
from caredesk.staff.models import (
    DutyDay,
    LoginFailure,
    Notification,
    PhoneInstruction,
    PhoneSession,
    Role,
    RoleAssignment,
)
from caredesk.staff.selectors import (
    duty_candidates,
    duty_days_between,
    phone_session_open,
    user_is_lead,
    user_may_instruct_phones,
    username_key,
)


def role_assign(
    *, user: AbstractUser, role_code: str, association: Association | None = None
) -> RoleAssignment:
    """Give a user a role for one association, or for all when none is named (idempotent)."""
    role = Role.objects.filter(code=role_code).first()
    if role is None:
        raise ApplicationError(f"There is no role '{role_code}'.")
    assignment, _ = RoleAssignment.objects.get_or_create(
        user=user, role=role, association=association
    )
    return assignment


@transaction.atomic
def staff_user_create(
    *,
    username: str,
    password: str,
    full_name: str = "",
    email: str = "",
    roles: list[tuple[str, Association | None]] | None = None,
    is_staff: bool = True,
    is_superuser: bool = False,
) -> AbstractUser:
    """A staff user with the given roles; an existing user of that name gets what is missing."""
    user_model = get_user_model()
    first_name, _, last_name = full_name.strip().partition(" ")
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model(
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            is_staff=is_staff,
            is_superuser=is_superuser,
        )
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save()
    for role_code, association in roles or []:
        role_assign(user=user, role_code=role_code, association=association)
    return user


def duty_day_set(
    *, day: datetime.date, user: AbstractUser, set_by: AbstractUser | None = None
) -> DutyDay:
    """Put a user on email duty for a day (replacing whoever was on it)."""
    duty, _ = DutyDay.objects.update_or_create(
        day_on=day, defaults={"user": user, "set_by": set_by}
    )
    return duty


def duty_day_clear(*, day: datetime.date) -> None:
    """Nobody is on email duty that day."""
    DutyDay.objects.filter(day_on=day).delete()


def notifications_create(
    *,
    users: Iterable[AbstractUser],
    kind: str,
    title: str,
    body: str = "",
    url: str = "",
    data: dict[str, Any] | None = None,
) -> list[Notification]:
    """Put the same notification in the desk of each user (once per user)."""
    created_at = now()
    unique = {user.pk: user for user in users}
    return Notification.objects.bulk_create(
        Notification(
            user=user,
            kind=kind,
            title=title[:300],
            body=body,
            url=url[:500],
            created_at=created_at,
            data=data or {},
        )
        for user in unique.values()
    )


def notification_mark_read(*, notification: Notification) -> None:
    if notification.read_at is None:
        notification.read_at = now()
        notification.save(update_fields=["read_at"])


# Sign-in throttling


def login_failure_record(*, username: str, ip_address: str | None) -> LoginFailure:
    """Count a failed sign-in (and forget this username's and address's failures of long ago)."""
    current = now()
    forgotten = current - datetime.timedelta(
        minutes=max(settings.CAREDESK_LOGIN_LOCKOUT_MINUTES, 24 * 60)
    )
    key = username_key(username)
    LoginFailure.objects.filter(username=key, failed_at__lt=forgotten).delete()
    if ip_address:
        LoginFailure.objects.filter(ip_address=ip_address, failed_at__lt=forgotten).delete()
    return LoginFailure.objects.create(username=key, ip_address=ip_address, failed_at=current)


def login_failures_clear(*, username: str) -> None:
    """A successful sign-in forgets the username's failures (the address's stay counted)."""
    LoginFailure.objects.filter(username=username_key(username)).delete()


# Phone presence


def _end_of_day(moment: datetime.datetime) -> datetime.datetime:
    """Midnight after ``moment`` in the company's time zone."""
    tomorrow = timezone.localdate(moment) + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))


def phone_instruction_give(
    *, user: AbstractUser, given_by: AbstractUser, note: str = ""
) -> PhoneInstruction:
    """A lead or manager tells a CSR to take the phones; it holds until the end of the day."""
    if not user_may_instruct_phones(user=given_by):
        raise ApplicationError(gettext("Only a CC lead, the CC manager or a manager may do that."))
    current = now()
    instruction = PhoneInstruction(
        user=user,
        given_by=given_by,
        note=note.strip(),
        given_at=current,
        valid_until=_end_of_day(current),
    )
    instruction.full_clean()
    instruction.save()
    return instruction


def phone_session_start(
    *, user: AbstractUser, instruction: PhoneInstruction | None = None
) -> PhoneSession:
    """Log a user into the phones (staying logged in if they already are).

    Whether they may is the caller's decision (see actions.services.presence).
    """
    session = phone_session_open(user=user)
    if session is not None:
        return session
    try:
        with transaction.atomic():
            return PhoneSession.objects.create(user=user, started_at=now(), instruction=instruction)
    except IntegrityError:  # logged in at the same moment from another tab
        session = phone_session_open(user=user)
        assert session is not None
        return session


def phone_session_end(*, user: AbstractUser) -> PhoneSession | None:
    """Log a user out of the phones; returns the session ended (None if they were not on)."""
    session = phone_session_open(user=user)
    if session is None:
        return None
    session.ended_at = max(now(), session.started_at)
    session.save(update_fields=["ended_at"])
    return session


# Duty rotation


@transaction.atomic
def duty_rotation_set(
    *, days: dict[datetime.date, AbstractUser | None], actor: AbstractUser
) -> int:
    """A lead sets who is on email duty on these days (None: nobody); returns the days changed.

    Days already past stay as they were: they are the record of who was on duty.
    """
    if not user_is_lead(user=actor):
        raise ApplicationError(gettext("Only a CC lead or the CC manager may change the rotation."))
    if not days:
        return 0
    today = timezone.localdate(now())
    current = duty_days_between(first_on=min(days), last_on=max(days))
    allowed = set(duty_candidates().values_list("pk", flat=True))
    changed = 0
    for day, user in sorted(days.items()):
        before = current.get(day)
        if (before.user_id if before else None) == (user.pk if user else None):
            continue
        if day < today:
            raise ApplicationError(gettext("Days already past cannot be changed."))
        if user is None:
            duty_day_clear(day=day)
        elif user.pk not in allowed:
            raise ApplicationError(
                gettext("%(name)s does not hold Customer Support or a lead role.")
                % {"name": user.get_full_name() or user.get_username()}
            )
        else:
            duty_day_set(day=day, user=user, set_by=actor)
        changed += 1
    return changed
