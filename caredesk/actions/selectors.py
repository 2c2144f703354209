"""Reads of action items."""

from __future__ import annotations

from django.db.models import Count, Min, Q, QuerySet

from caredesk.actions.models import ActionItem, ItemMessage
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


def item_for_thread_keys(
    *, keys: list[str], exclude_message_id: int | None = None
) -> ActionItem | None:
    """The oldest item holding a message that carries or points to one of these Message-IDs."""
    if not keys:
        return None
    item_id = (
        ItemMessage.objects.filter(message__thread_keys__key__in=keys)
        .exclude(message_id=exclude_message_id)
        .order_by("item_id")
        .values_list("item_id", flat=True)
        .first()
    )
    if item_id is None:
        return None
    return ActionItem.objects.select_related("step").get(pk=item_id)


def item_for_token(*, number: int) -> ActionItem | None:
    return ActionItem.objects.select_related("step", "action_type").filter(pk=number).first()


def item_addresses(*, item: ActionItem) -> set[str]:
    """Addresses that may write into an item: its sender, its homeowner's, its conversation's."""
    addresses = {item.from_email} if item.from_email else set()
    if item.person_id:
        addresses.update(item.person.emails.values_list("email", flat=True))
    addresses.update(
        item.item_messages.filter(message__direction="in").values_list(
            "message__from_email", flat=True
        )
    )
    return addresses
