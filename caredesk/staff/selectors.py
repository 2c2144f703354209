"""Reads for staff: who holds a role where, and who is on duty."""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db.models import Q, QuerySet

from caredesk.directory.models import Association
from caredesk.staff.models import DutyDay, RoleAssignment


def users_holding_role(
    *, role_code: str, association: Association | None
) -> QuerySet[AbstractUser]:
    """Active users holding the role for that association or for all associations."""
    where = Q(association__isnull=True)
    if association is not None:
        where |= Q(association=association)
    holders = RoleAssignment.objects.filter(where, role__code=role_code).values("user_id")
    return get_user_model().objects.filter(is_active=True, pk__in=holders).order_by("username")


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
    where = Q(association__isnull=True)
    if association is not None:
        where |= Q(association=association)
    return RoleAssignment.objects.filter(where, user=user, role__code=role_code).exists()


def duty_today(*, day: datetime.date) -> DutyDay | None:
    """Who oversees the shared inboxes on that day, if anyone is scheduled."""
    return DutyDay.objects.select_related("user").filter(day_on=day).first()


def user_is_lead(*, user: AbstractUser, association: Association | None = None) -> bool:
    """A superuser, or a holder of a lead role (CC Lead, CC Manager) there or for all."""
    if user.is_superuser:
        return True
    where = Q(association__isnull=True)
    if association is not None:
        where |= Q(association=association)
    return RoleAssignment.objects.filter(where, user=user, role__is_lead=True).exists()


def user_role_scopes(*, user: AbstractUser) -> list[tuple[int, int | None]]:
    """(role id, association id or None for all) for each role the user holds."""
    return list(RoleAssignment.objects.filter(user=user).values_list("role_id", "association_id"))


def leads_for(*, association: Association | None) -> QuerySet[AbstractUser]:
    """Active users holding a lead role for that association or for all."""
    where = Q(association__isnull=True)
    if association is not None:
        where |= Q(association=association)
    holders = RoleAssignment.objects.filter(where, role__is_lead=True).values("user_id")
    return get_user_model().objects.filter(is_active=True, pk__in=holders).order_by("username")
