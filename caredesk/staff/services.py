"""Writes for staff: users, the roles they hold, and the email duty rotation."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction

from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Association
from caredesk.staff.models import DutyDay, Notification, Role, RoleAssignment


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


def duty_day_set(*, day: datetime.date, user: AbstractUser) -> DutyDay:
    """Put a user on email duty for a day (replacing whoever was on it)."""
    duty, _ = DutyDay.objects.update_or_create(day_on=day, defaults={"user": user})
    return duty


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
