"""Reads for staff: who holds a role where, who is on duty, sign-in locks, phone presence."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db.models import Q, QuerySet

from caredesk.core.clock import now
from caredesk.directory.models import Association
from caredesk.staff.models import (
    DutyDay,
    LoginFailure,
    PhoneInstruction,
    PhoneSession,
    RoleAssignment,
)


def _scope(association: Association | None) -> Q:
    """Role assignments that count for this association: its own, and those for all."""
    where = Q(association__isnull=True)
    if association is not None:
        where |= Q(association=association)
    return where


def _active_users(assignments: QuerySet[RoleAssignment]) -> QuerySet[AbstractUser]:
    holders = assignments.values("user_id")
    return get_user_model().objects.filter(is_active=True, pk__in=holders).order_by("username")


def users_holding_role(
    *, role_code: str, association: Association | None
) -> QuerySet[AbstractUser]:
    """Active users holding the role for that association or for all associations."""
    return _active_users(RoleAssignment.objects.filter(_scope(association), role__code=role_code))


def users_holding_role_many(
    *, role_code: str, associations: list[Association | None]
) -> dict[int | None, list[AbstractUser]]:
    """users_holding_role for several associations (by id; None: no association) in one query."""
    ids = {association.pk for association in associations if association is not None}
    assignments = (
        RoleAssignment.objects.filter(
            Q(association__isnull=True) | Q(association_id__in=ids),
            role__code=role_code,
            user__is_active=True,
        )
        .select_related("user")
        .order_by("user__username")
    )
    everywhere: list[AbstractUser] = []
    local: dict[int, list[AbstractUser]] = {}
    for assignment in assignments:
        if assignment.association_id is None:
            everywhere.append(assignment.user)
        else:
            local.setdefault(assignment.association_id, []).append(assignment.user)
    found: dict[int | None, list[AbstractUser]] = {}
    for association in associations:
        key = association.pk if association is not None else None
        users = {user.pk: user for user in [*everywhere, *local.get(key, [])]}  # type: ignore[arg-type]
        found[key] = sorted(users.values(), key=lambda user: user.get_username())
    return found


def user_roles(*, user: AbstractUser) -> list[RoleAssignment]:
    """The roles a user holds, each for one association or for all (association None)."""
    return list(
        RoleAssignment.objects.filter(user=user)
        .select_related("role", "association")
        .order_by("role__name", "association__name")
    )


def user_has_role(
    *, user: AbstractUser, role_code: str, association: Association | None = None
) -> bool:
    """Whether the user holds the role for that association (or for all)."""
    return RoleAssignment.objects.filter(
        _scope(association), user=user, role__code=role_code
    ).exists()


def duty_today(*, day: datetime.date) -> DutyDay | None:
    """Who oversees the shared inboxes on that day, if anyone is scheduled."""
    return DutyDay.objects.select_related("user").filter(day_on=day).first()


def user_is_lead(*, user: AbstractUser, association: Association | None = None) -> bool:
    """A superuser, or a holder of a lead role (CC Lead, CC Manager) there or for all."""
    if user.is_superuser:
        return True
    return RoleAssignment.objects.filter(
        _scope(association), user=user, role__is_lead=True
    ).exists()


def user_role_scopes(*, user: AbstractUser) -> list[tuple[int, int | None]]:
    """(role id, association id or None for all) for each role the user holds."""
    return list(RoleAssignment.objects.filter(user=user).values_list("role_id", "association_id"))


def leads_for(*, association: Association | None) -> QuerySet[AbstractUser]:
    """Active users holding a lead role for that association or for all."""
    return _active_users(RoleAssignment.objects.filter(_scope(association), role__is_lead=True))


def users_holding_any_role(*, role_codes: list[str]) -> QuerySet[AbstractUser]:
    """Active users holding one of these roles, for any association or for all."""
    return _active_users(RoleAssignment.objects.filter(role__code__in=role_codes))


# Sign-in throttling


def login_locked_until(
    *, username: str, ip_address: str | None, at: datetime.datetime | None = None
) -> datetime.datetime | None:
    """When signing in as this username or from this address is allowed again, if refused now.

    Counted are the failures within the lockout window; the lock lifts when the oldest of the
    failures that make up the limit leaves the window.
    """
    current = at or now()
    window = datetime.timedelta(minutes=settings.CAREDESK_LOGIN_LOCKOUT_MINUTES)
    recent = LoginFailure.objects.filter(failed_at__gt=current - window)
    limits = [(Q(username=username_key(username)), settings.CAREDESK_LOGIN_MAX_FAILURES)]
    if ip_address:
        limits.append((Q(ip_address=ip_address), settings.CAREDESK_LOGIN_MAX_FAILURES_PER_IP))
    until = None
    for where, limit in limits:
        if limit <= 0:
            continue
        nth = (
            recent.filter(where)
            .order_by("-failed_at")
            .values_list("failed_at", flat=True)[limit - 1 : limit]
        )
        for failed_at in nth:
            lifted = failed_at + window
            until = max(until, lifted) if until else lifted
    return until


def username_key(username: str) -> str:
    """Failures count per username regardless of case and surrounding spaces."""
    return username.strip().casefold()[:150]


# Duty rotation


def duty_days_between(
    *, first_on: datetime.date, last_on: datetime.date
) -> dict[datetime.date, DutyDay]:
    """Who is on email duty each day of the range (days nobody is on are missing)."""
    days = DutyDay.objects.filter(day_on__range=(first_on, last_on)).select_related(
        "user", "set_by"
    )
    return {day.day_on: day for day in days}


def duty_candidates() -> QuerySet[AbstractUser]:
    """Staff who may be put on email duty: Customer Support and the leads."""
    assignments = RoleAssignment.objects.filter(
        Q(role__code="customer-support") | Q(role__is_lead=True)
    )
    return _active_users(assignments).filter(is_staff=True)


# Phone presence

INSTRUCTING_ROLES = ["cc-lead", "cc-manager", "manager"]


def user_may_instruct_phones(*, user: AbstractUser) -> bool:
    """A CC lead, the CC manager or a manager (anywhere) may send a CSR to the phones."""
    if user.is_superuser:
        return True
    return RoleAssignment.objects.filter(user=user, role__code__in=INSTRUCTING_ROLES).exists()


def phone_session_open(*, user: AbstractUser) -> PhoneSession | None:
    """The user's current phone session, if they are logged into the phones."""
    return PhoneSession.objects.filter(user=user, ended_at__isnull=True).first()


def phone_sessions_open() -> QuerySet[PhoneSession]:
    """Everyone logged into the phones now, longest first."""
    return (
        PhoneSession.objects.filter(ended_at__isnull=True)
        .select_related("user", "instruction__given_by")
        .order_by("started_at")
    )


def phone_instruction_current(*, user: AbstractUser) -> PhoneInstruction | None:
    """The latest instruction to take the phones that still holds (given today)."""
    return (
        PhoneInstruction.objects.filter(user=user, valid_until__gt=now())
        .select_related("given_by")
        .first()
    )


def phone_instructions_current() -> dict[int, PhoneInstruction]:
    """The latest instruction that still holds, per user id."""
    current: dict[int, PhoneInstruction] = {}
    for instruction in PhoneInstruction.objects.filter(valid_until__gt=now()).select_related(
        "given_by"
    ):
        current.setdefault(instruction.user_id, instruction)
    return current
