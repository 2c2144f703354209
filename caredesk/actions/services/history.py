"""The history of items: one line per change (R-38)."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser

from caredesk.actions.models import ActionItem, ActionStep, ItemEvent
from caredesk.core.clock import now

SYSTEM_ACTOR = "Caredesk"


def event_record(
    *,
    item: ActionItem,
    kind: str,
    actor: AbstractBaseUser | None = None,
    actor_label: str = "",
    from_step: ActionStep | None = None,
    to_step: ActionStep | None = None,
    note: str = "",
    data: dict[str, Any] | None = None,
    at: datetime.datetime | None = None,
) -> ItemEvent:
    """Write one line of the item's history."""
    return ItemEvent.objects.create(
        item=item,
        kind=kind,
        actor=actor,
        actor_label=actor_label or ("" if actor else SYSTEM_ACTOR),
        at=at or now(),
        from_step=from_step,
        to_step=to_step,
        note=note,
        data=data or {},
    )
