"""Reads for return calls: the callbacks list and an item's attempts."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractUser
from django.db.models import Count, F, Prefetch, QuerySet
from django.db.models.functions import Coalesce

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import items_visible_to
from caredesk.calls.models import CallAttempt, CallPolicy
from caredesk.core.clock import now
from caredesk.directory.models import ContactPhone

LIST_LIMIT = 200


@dataclass
class Callbacks:
    """Open items waiting for a return call, by when they are due."""

    overdue: list[ActionItem] = field(default_factory=list)
    due_now: list[ActionItem] = field(default_factory=list)
    due_later: list[ActionItem] = field(default_factory=list)


def callbacks_pending(*, user: AbstractUser) -> QuerySet[ActionItem]:
    """Open items the user may see that wait for a call back, soonest due first.

    Each carries ``call_attempts_made`` and ``callback_due_at`` (its due time, or when it came
    in if it has none).
    """
    return (
        items_visible_to(user=user)
        .filter(is_open=True, needs_callback=True)
        .annotate(
            call_attempts_made=Count("call_attempts"),
            callback_due_at=Coalesce("due_at", "received_at"),
        )
        .select_related("person", "account__unit", "association", "step", "inbox", "claimed_by")
        .prefetch_related(
            Prefetch("person__phones", queryset=ContactPhone.objects.order_by("e164"))
        )
        .order_by(F("callback_due_at").asc(), "pk")
    )


def callback_when(
    *, item: ActionItem, policy: CallPolicy, moment: datetime.datetime | None = None
) -> str:
    """'overdue', 'due_now' or 'due_later' for an item of ``callbacks_pending``."""
    moment = moment or now()
    due_at = item.due_at or item.received_at
    if due_at > moment:
        return "due_later"
    if due_at <= moment - datetime.timedelta(minutes=policy.overdue_minutes):
        return "overdue"
    return "due_now"


def callbacks_grouped(*, user: AbstractUser, policy: CallPolicy) -> Callbacks:
    """The callbacks list (overdue, due now, due later), each item knowing its attempts."""
    moment = now()
    grouped = Callbacks()
    for item in callbacks_pending(user=user)[:LIST_LIMIT]:
        item.call_attempts_required = policy.required_for(is_leak_related=item.is_leak_related)
        getattr(grouped, callback_when(item=item, policy=policy, moment=moment)).append(item)
    return grouped


def item_call_attempts(*, item: ActionItem) -> list[CallAttempt]:
    """The item's return calls, first first."""
    return list(item.call_attempts.select_related("caller").order_by("number"))
