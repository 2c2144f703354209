"""Writes of action items: create, add a message, reopen, attach, and the history of each."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from caredesk.actions.models import ActionItem, ActionStep, ActionType, ItemEvent, ItemMessage
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Account, Association, Person
from caredesk.directory.services import contact_email_add
from caredesk.mailroom.models import Inbox, Message

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


@transaction.atomic
def item_create(
    *,
    action_type: ActionType,
    step: ActionStep | None = None,
    inbox: Inbox,
    subject: str,
    channel: str = ActionItem.Channel.EMAIL,
    received_at: datetime.datetime | None = None,
    from_email: str = "",
    from_name: str = "",
    link: str = ActionItem.Link.ORPHAN,
    account: Account | None = None,
    person: Person | None = None,
    association: Association | None = None,
    candidates: Iterable[Account] = (),
    is_flagged: bool = False,
    language: str = "",
    message: Message | None = None,
    actor: AbstractBaseUser | None = None,
    actor_label: str = "",
) -> ActionItem:
    """Open a new item at the first step of its type (or the step given)."""
    step = step or action_type.first_step()
    if step is None or step.action_type_id != action_type.pk:
        raise ApplicationError(f"Action type {action_type} has no such step.")
    received_at = received_at or now()
    if account is not None:
        person = account.person
        association = account.association
    item = ActionItem.objects.create(
        action_type=action_type,
        step=step,
        inbox=inbox,
        channel=channel,
        subject=subject[:1000],
        from_email=from_email[:254],
        from_name=from_name[:300],
        link=link,
        person=person,
        account=account,
        association=association,
        unit=account.unit if account is not None else None,
        is_flagged=is_flagged,
        language=language,
        received_at=received_at,
        last_message_at=received_at if message is not None else None,
    )
    candidates = list(candidates)
    if candidates:
        item.candidates.set(candidates)
    if message is not None:
        ItemMessage.objects.create(item=item, message=message)
    event_record(
        item=item,
        kind=ItemEvent.Kind.CREATED,
        actor=actor,
        actor_label=actor_label,
        to_step=step,
        at=received_at,
        data={
            "channel": channel,
            "inbox": inbox.name,
            "link": link,
            "candidates": [candidate.number for candidate in candidates],
            **({"message_id": message.message_id} if message is not None else {}),
        },
    )
    return item


@transaction.atomic
def item_message_add(
    *, item: ActionItem, message: Message, actor_label: str = "", how: str = ""
) -> ActionItem:
    """Add a customer's follow-up to its item; a closed item reopens at the step its type names."""
    ItemMessage.objects.create(item=item, message=message)
    received_at = now()
    event_record(
        item=item,
        kind=ItemEvent.Kind.MESSAGE_ADDED,
        actor_label=actor_label,
        data={"message_id": message.message_id, "threaded_by": how},
        at=received_at,
    )
    item.last_message_at = received_at
    item.has_new_reply = True
    fields = ["last_message_at", "has_new_reply", "updated_at"]
    if not item.is_open:
        from_step = item.step
        to_step = from_step.reopen_step or item.action_type.first_step()
        item.step = to_step
        item.is_open = True
        item.closed_at = None
        fields += ["step", "is_open", "closed_at"]
        event_record(
            item=item,
            kind=ItemEvent.Kind.REOPENED,
            actor_label=actor_label,
            from_step=from_step,
            to_step=to_step,
            note="The customer wrote again.",
            at=received_at,
        )
    item.save(update_fields=fields)
    return item


@transaction.atomic
def item_attach(
    *,
    item: ActionItem,
    actor: AbstractBaseUser | None,
    account: Account | None = None,
    association: Association | None = None,
    remember_address: bool = True,
) -> ActionItem:
    """Attach an orphan to a homeowner account, or to an association only (realtor, vendor).

    Attaching to an account remembers the sender's address on that homeowner, so their next
    message links by itself.
    """
    if (account is None) == (association is None):
        raise ApplicationError("Attach to exactly one homeowner account or one association.")
    before = {"link": item.link, "account": item.account_id, "association": item.association_id}
    if account is not None:
        item.link = ActionItem.Link.LINKED
        item.account = account
        item.person = account.person
        item.association = account.association
        item.unit = account.unit
        if remember_address and item.from_email:
            contact_email_add(person=account.person, email=item.from_email, source="attached")
    else:
        item.link = ActionItem.Link.ASSOCIATION
        item.account = None
        item.person = None
        item.unit = None
        item.association = association
    item.save(update_fields=["link", "account", "person", "association", "unit", "updated_at"])
    item.candidates.clear()
    event_record(
        item=item,
        kind=ItemEvent.Kind.ATTACHED,
        actor=actor,
        data={
            "before": before,
            "account": account.number if account else None,
            "association": (association or item.association).name if item.association else None,
        },
    )
    return item
