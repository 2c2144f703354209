"""Alerts to people: a notification in the desk, and an email once the change is committed."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import transaction

from caredesk.actions.models import ActionItem
from caredesk.staff.selectors import leads_for
from caredesk.staff.services import notifications_create


def item_url(item: ActionItem) -> str:
    return f"/items/{item.number}/"


def users_alert(
    *, users: list[AbstractUser], kind: str, title: str, body: str, url: str = ""
) -> int:
    """Notify these users in the desk and by email; returns how many were told."""
    notifications_create(users=users, kind=kind, title=title, body=body, url=url)
    addresses = sorted({user.email for user in users if user.email})
    if addresses:
        transaction.on_commit(lambda: _email_later(addresses, title, body, url))
    return len(users)


def leads_alert(*, item: ActionItem, kind: str, title: str, body: str) -> int:
    """Tell the leads of the item's association (and the desk-wide leads) about it."""
    return users_alert(
        users=list(leads_for(association=item.association)),
        kind=kind,
        title=title,
        body=body,
        url=item_url(item),
    )


def _email_later(addresses: list[str], title: str, body: str, url: str) -> None:
    from caredesk.actions.tasks import send_alert_email

    send_alert_email.enqueue(addresses, title, body, url)
