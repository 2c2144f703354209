"""Reads of action items."""

from __future__ import annotations

from django.db.models import Count, Min, Q, QuerySet

from caredesk.actions.models import ActionItem
from caredesk.mailroom.models import Inbox


def inbox_summaries() -> QuerySet[Inbox]:
    """Inboxes in rank order with their open, emergency and orphan counts."""
    open_items = Q(items__is_open=True)
    return Inbox.objects.filter(is_active=True).annotate(
        open_count=Count("items", filter=open_items),
        emergency_count=Count(
            "items", filter=open_items & Q(items__urgency=ActionItem.Urgency.EMERGENCY)
        ),
        orphan_count=Count(
            "items",
            filter=open_items
            & Q(items__link__in=[ActionItem.Link.ORPHAN, ActionItem.Link.AMBIGUOUS]),
        ),
        oldest_received_at=Min("items__received_at", filter=open_items),
    )


def item_get(*, number: int) -> ActionItem | None:
    return ActionItem.objects.filter(pk=number).first()
