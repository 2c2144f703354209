"""Fixtures for the workflow and API tests: a desk with staff in their roles, and mail in.

Registered as a pytest plugin in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AbstractUser

from caredesk.actions.defaults import defaults_load
from caredesk.actions.models import ActionItem
from caredesk.directory.models import Account, Association
from caredesk.intake.services import message_receive
from caredesk.mailroom.models import Inbox, MailAccount
from caredesk.mailroom.services import import_account_get_or_create
from caredesk.staff.models import Role
from caredesk.staff.services import staff_user_create
from tests.mail import eml, homeowner

ASSOCIATION = "Seaview Terrace HOA"


@dataclass
class Desk:
    """A small company: one association, its homeowner Pat, and staff in their roles."""

    association: Association
    other_association: Association
    owner: Account
    csr: AbstractUser  # Customer Support for all associations
    second_csr: AbstractUser  # another CSR, to show two people never get the same item
    lead: AbstractUser  # CC Lead for all associations (the supervisor)
    manager: AbstractUser  # Manager of the association
    other_manager: AbstractUser  # Manager of another association
    ar: AbstractUser
    assistant_manager: AbstractUser
    escrow: AbstractUser
    engineer: AbstractUser
    finance: AbstractUser
    security: AbstractUser
    administration: AbstractUser
    outsider: AbstractUser  # staff without any role
    general: MailAccount
    work_orders: MailAccount
    priority: MailAccount

    def receive(self, raw: bytes, *, account: MailAccount | None = None) -> ActionItem:
        """Feed a message through the real intake; returns its item."""
        result = message_receive(raw=raw, account=account or self.general, source="test")
        assert result.item_id is not None, result
        return ActionItem.objects.get(pk=result.item_id)

    def email_from_owner(self, subject: str = "Pool gate code", **kwargs: object) -> ActionItem:
        return self.receive(eml(sender="Pat Lee <pat@example.com>", subject=subject, **kwargs))


def _defaults_present() -> None:
    """Tests on a live server flush the database after each test, migration data included."""
    if not Role.objects.exists():
        defaults_load()


def _user(username: str, *roles: tuple[str, Association | None]) -> AbstractUser:
    return staff_user_create(
        username=username,
        password="pw-for-tests-only-123",
        full_name=username.replace("-", " ").title(),
        email=f"{username}@desk.example",
        roles=list(roles),
    )


@pytest.fixture
def desk(db) -> Desk:
    _defaults_present()
    owner = homeowner(email="pat@example.com", name="Pat Lee", association=ASSOCIATION)
    association = owner.association
    other = Association.objects.create(name="Lakeside Rentals", code="lakeside")
    return Desk(
        association=association,
        other_association=other,
        owner=owner,
        csr=_user("carla-csr", ("customer-support", None)),
        second_csr=_user("sam-csr", ("customer-support", None)),
        lead=_user("lena-lead", ("cc-lead", None)),
        manager=_user("mo-manager", ("manager", association)),
        other_manager=_user("olga-manager", ("manager", other)),
        ar=_user("arturo-ar", ("ar", association)),
        assistant_manager=_user("asa-assistant", ("assistant-manager", association)),
        escrow=_user("esme-escrow", ("escrow", None)),
        engineer=_user("eng-tech", ("engineering", None)),
        finance=_user("fin-clerk", ("finance", None)),
        security=_user("sec-guard", ("security", None)),
        administration=_user("adm-clerk", ("administration", None)),
        outsider=_user("oscar-outsider"),
        general=import_account_get_or_create(inbox=Inbox.objects.get(name="CC General")),
        work_orders=import_account_get_or_create(
            inbox=Inbox.objects.get(name="Work Order Updates")
        ),
        priority=import_account_get_or_create(inbox=Inbox.objects.get(name="CC Priority")),
    )


@pytest.fixture
def immediate_tasks(settings) -> None:
    """Jobs run at once when enqueued (delivery after commit, alert emails)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def committing(
    django_capture_on_commit_callbacks, immediate_tasks
) -> Callable[[Callable[[], object]], object]:
    """Run a call and then what it left for after the commit (e.g. sending the reply)."""

    def run(call: Callable[[], object]) -> object:
        with django_capture_on_commit_callbacks(execute=True):
            return call()

    return run
