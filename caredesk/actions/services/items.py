"""Writes of action items: create, add a message, reopen, attach, and the history of each."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ActionStep, ActionType, ItemEvent, ItemMessage
from caredesk.actions.services.history import SYSTEM_ACTOR, event_record
from caredesk.actions.services.search import search_text_add
from caredesk.actions.services.triage import item_triage
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.core.rows import row_new
from caredesk.directory.models import Account, Association, Person
from caredesk.directory.services import contact_email_add
from caredesk.mailroom.models import Inbox, Message


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
    from_phone: str = "",
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
        raise ApplicationError(_("Action type %(type)s has no such step.") % {"type": action_type})
    received_at = received_at or now()
    if account is not None:
        person = account.person
        association = account.association
    deadline_at = _deadline(action_type=action_type, step=step, start=received_at)
    item = ActionItem.objects.create(
        action_type=action_type,
        step=step,
        inbox=inbox,
        channel=channel,
        subject=subject[:1000],
        from_email=from_email[:254],
        from_name=from_name[:300],
        from_phone=from_phone[:40],
        link=link,
        person=person,
        account=account,
        association=association,
        unit=account.unit if account is not None else None,
        is_flagged=is_flagged,
        language=language,
        received_at=received_at,
        last_message_at=received_at if message is not None else None,
        deadline_at=deadline_at,
    )
    candidates = list(candidates)
    if candidates:
        item.candidates.set(candidates)
    if message is not None:
        ItemMessage.objects.create(item=item, message=message)
    search_text_add(item_id=item.pk, parts=[subject, _message_text(message)])
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
    search_text_add(item_id=item.pk, parts=[_message_text(message)])
    events = follow_up_apply(item=item, message=message, actor_label=actor_label, how=how)
    ItemEvent.objects.bulk_create(events)
    item.save(update_fields=FOLLOW_UP_FIELDS)
    return item


FOLLOW_UP_FIELDS = [
    "last_message_at",
    "has_new_reply",
    "version",
    "step",
    "is_open",
    "closed_at",
    "updated_at",
]


def follow_up_apply(
    *,
    item: ActionItem,
    message: Message,
    actor_label: str,
    how: str,
    at: datetime.datetime | None = None,
    first_step: Callable[[ActionType], ActionStep | None] = ActionType.first_step,
) -> list[ItemEvent]:
    """What a follow-up does to its item, in memory (the caller saves FOLLOW_UP_FIELDS), and
    the history lines it writes (unsaved): the item has a new reply, and a closed item reopens
    at its step's reopen step, else the type's first."""
    at = at or now()
    actor_label = actor_label or SYSTEM_ACTOR
    events = [
        row_new(
            ItemEvent,
            item=item,
            kind=ItemEvent.Kind.MESSAGE_ADDED,
            actor_label=actor_label,
            data={"message_id": message.message_id, "threaded_by": how},
            at=at,
        )
    ]
    item.last_message_at = at
    item.has_new_reply = True
    item.version += 1
    if not item.is_open:
        from_step = item.step
        to_step = from_step.reopen_step or first_step(item.action_type)
        item.step = to_step
        item.is_open = True
        item.closed_at = None
        events.append(
            ItemEvent(
                item=item,
                kind=ItemEvent.Kind.REOPENED,
                actor_label=actor_label,
                from_step=from_step,
                to_step=to_step,
                note=_("The customer wrote again."),
                at=at,
            )
        )
    return events


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
        raise ApplicationError(_("Attach to exactly one homeowner account or one association."))
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
    item.version += 1
    item.save(
        update_fields=["link", "account", "person", "association", "unit", "version", "updated_at"]
    )
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


def _deadline(
    *, action_type: ActionType, step: ActionStep, start: datetime.datetime
) -> datetime.datetime | None:
    """The earlier of the type's whole-item limit and the first step's limit, if any."""
    limits = [minutes for minutes in (action_type.sla_minutes, step.sla_minutes) if minutes]
    if not limits:
        return None
    return start + datetime.timedelta(minutes=min(limits))


@transaction.atomic
def item_create_manual(
    *,
    actor: AbstractBaseUser,
    action_type: ActionType,
    inbox: Inbox,
    subject: str,
    description: str = "",
    channel: str = ActionItem.Channel.PHONE,
    account: Account | None = None,
    association: Association | None = None,
    person: Person | None = None,
    from_email: str = "",
    from_name: str = "",
    is_flagged: bool = False,
) -> ActionItem:
    """+ New Action Item (R-19): an item typed in by staff, e.g. from a call or a walk-in.

    What the customer said is the item's first note. Naming an account links the item to that
    homeowner; an association alone links it to the association; neither leaves an orphan.
    """
    if not subject.strip():
        raise ApplicationError(_("An action item needs a subject."))
    if channel not in ActionItem.Channel.values:
        raise ApplicationError(_("Unknown channel: %(channel)s") % {"channel": channel})
    candidates: list[Account] = []
    if account is None and person is not None:
        accounts = list(person.accounts.select_related("association", "unit"))
        if len(accounts) == 1:
            account = accounts[0]
        else:
            candidates = accounts
    owner = account.person if account is not None else person
    if account is not None:
        link = ActionItem.Link.LINKED
    elif candidates:
        link = ActionItem.Link.AMBIGUOUS
    elif association is not None:
        link = ActionItem.Link.ASSOCIATION
    else:
        link = ActionItem.Link.ORPHAN
    if not from_email and owner is not None:
        first = owner.emails.order_by("id").first()
        from_email = first.email if first is not None else ""
    item = item_create(
        action_type=action_type,
        inbox=inbox,
        subject=subject.strip(),
        channel=channel,
        from_email=from_email,
        from_name=from_name or (owner.full_name if owner is not None else ""),
        link=link,
        account=account,
        person=owner,
        association=association,
        candidates=candidates,
        is_flagged=is_flagged,
        language=owner.language if owner is not None else "",
        actor=actor,
    )
    if description.strip():
        item_note_add(item=item, actor=actor, text=description.strip())
    item_triage(
        item=item,
        channel=item.channel,
        subject=item.subject,
        body=description,
        from_email=item.from_email,
    )
    return item


@transaction.atomic
def item_note_add(*, item: ActionItem, actor: AbstractBaseUser | None, text: str) -> ItemEvent:
    """An internal note on the item (never sent to the customer)."""
    if not text.strip():
        raise ApplicationError(_("A note needs some text."))
    ActionItem.objects.filter(pk=item.pk).update(updated_at=now())
    search_text_add(item_id=item.pk, parts=[text])
    return event_record(item=item, kind=ItemEvent.Kind.NOTE, actor=actor, note=text.strip())


def _message_text(message: Message | None) -> str:
    """What search looks in for a message: its new text, without the quoted history."""
    if message is None:
        return ""
    return message.new_text or message.text
