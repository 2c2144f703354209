"""Staff users, the roles they hold per association or for all, and the duty rotation."""

from __future__ import annotations

import datetime

import pytest

from caredesk.core.errors import ApplicationError
from caredesk.directory.services import association_get_or_create
from caredesk.staff.selectors import (
    duty_today,
    user_has_role,
    user_roles,
    users_holding_role,
    users_holding_role_many,
)
from caredesk.staff.services import duty_day_set, role_assign, staff_user_create


@pytest.fixture
def two_associations(db):
    seaview, _ = association_get_or_create(name="Seaview Terrace HOA")
    oak, _ = association_get_or_create(name="Oak Grove Apartments", kind="rental")
    return seaview, oak


def test_role_for_one_association_is_held_only_there(two_associations):
    """The Manager of Seaview holds Manager for Seaview, not for Oak Grove."""
    seaview, oak = two_associations
    user = staff_user_create(username="mgr", password="x-long-pass", roles=[("manager", seaview)])

    assert list(users_holding_role(role_code="manager", association=seaview)) == [user]
    assert list(users_holding_role(role_code="manager", association=oak)) == []
    assert user_has_role(user=user, role_code="manager", association=seaview)
    assert not user_has_role(user=user, role_code="manager", association=oak)


def test_role_for_all_associations_is_held_everywhere(two_associations):
    """Customer Support held for all associations counts for each one, and for none named."""
    seaview, oak = two_associations
    csr = staff_user_create(
        username="csr", password="x-long-pass", roles=[("customer-support", None)]
    )
    local = staff_user_create(
        username="csr-oak", password="x-long-pass", roles=[("customer-support", oak)]
    )

    assert list(users_holding_role(role_code="customer-support", association=seaview)) == [csr]
    assert list(users_holding_role(role_code="customer-support", association=oak)) == [
        csr,
        local,
    ]
    assert list(users_holding_role(role_code="customer-support", association=None)) == [csr]


def test_creating_a_user_twice_adds_nothing_twice(two_associations):
    """staff_user_create and role_assign are idempotent."""
    seaview, _ = two_associations
    first = staff_user_create(
        username="lead", password="x-long-pass", full_name="Lee Lead", roles=[("cc-lead", None)]
    )
    again = staff_user_create(username="lead", password="other", roles=[("cc-lead", None)])
    role_assign(user=first, role_code="manager", association=seaview)
    role_assign(user=first, role_code="manager", association=seaview)

    assert again.pk == first.pk
    assert first.check_password("x-long-pass")
    assert first.get_full_name() == "Lee Lead"
    assert [(a.role.code, a.association) for a in user_roles(user=first)] == [
        ("cc-lead", None),
        ("manager", seaview),
    ]


def test_unknown_role_is_refused(db):
    """Assigning a role that does not exist is a clear error."""
    user = staff_user_create(username="x", password="x-long-pass")
    with pytest.raises(ApplicationError, match="no role"):
        role_assign(user=user, role_code="wizard")


def test_duty_today_names_who_is_on_duty(db):
    """The CC email schedule says who oversees the inboxes on a day; none when unscheduled."""
    user = staff_user_create(username="lead", password="x-long-pass")
    day = datetime.date(2025, 3, 3)
    duty_day_set(day=day, user=user)

    assert duty_today(day=day).user == user
    assert duty_today(day=day + datetime.timedelta(days=1)) is None


def test_roles_for_several_associations_at_once_match_one_at_a_time(two_associations):
    """users_holding_role_many answers as users_holding_role does for each association."""
    seaview, oak = two_associations
    staff_user_create(
        username="zed-all", password="x-long-pass", roles=[("customer-support", None)]
    )
    staff_user_create(username="amy-oak", password="x-long-pass", roles=[("customer-support", oak)])
    both = staff_user_create(
        username="bob-both",
        password="x-long-pass",
        roles=[("customer-support", oak), ("customer-support", None)],
    )
    gone = staff_user_create(
        username="cat-gone", password="x-long-pass", roles=[("customer-support", seaview)]
    )
    gone.is_active = False
    gone.save()

    many = users_holding_role_many(role_code="customer-support", associations=[seaview, oak, None])
    for association in (seaview, oak, None):
        key = association.pk if association is not None else None
        one = list(users_holding_role(role_code="customer-support", association=association))
        assert many[key] == one
    assert [user.username for user in many[oak.pk]] == ["amy-oak", "bob-both", "zed-all"]
    assert both in many[seaview.pk] and gone not in many[seaview.pk]
