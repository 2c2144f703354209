"""Reads for staff: who holds a role where, and who is on duty."""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db.models import Q, QuerySet

from caredesk.directory.models import Association
from caredesk.staff.models import DutyDay, RoleAssignment


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
