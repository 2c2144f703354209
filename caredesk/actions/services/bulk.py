"""Filing many messages at once, for intake's batches.

The same rows, history, triage and alerts as ``item_create`` followed by ``item_triage``, and
``item_message_add`` followed by ``item_triage``, one message after another, but written with
one statement per table for the whole batch instead of a dozen statements per message.
``tests/intake/test_batch_ingest.py`` holds the two paths to the same result.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.db import transaction

from caredesk.actions.models import (
    ActionItem,
    ActionStep,
    ActionType,
    ItemEvent,
    ItemMessage,
    ItemSearch,
)
from caredesk.actions.services.items import (
    FOLLOW_UP_FIELDS,
    _deadline,
    _message_text,
    follow_up_apply,
)
from caredesk.actions.services.search import search_text_join
from caredesk.actions.services.surge import surge_check_after_intake
from caredesk.actions.services.triage import (
    TRIAGE_SAVE_FIELDS,
    _triage_channel,
    emergency_recipients_many,
    triage_alert,
    triage_merge,
)
from caredesk.core.clock import now
from caredesk.core.rows import row_new, rows_insert, rows_update
from caredesk.directory.models import Account
from caredesk.mailroom.models import Inbox, Message
from caredesk.triage.services import TriageResult, triage_many

logger = logging.getLogger("caredesk.actions")

TRIAGE_CHUNK = 25


@dataclass
class NewItem:
    """A message that opens a new item."""

    action_type: ActionType
    step: ActionStep
    inbox: Inbox
    message: Message
    received_at: datetime.datetime
    link: str
    account: Account | None = None
    candidates: list[Account] = field(default_factory=list)
    is_flagged: bool = False
    channel: str = ActionItem.Channel.EMAIL
    actor_label: str = ""


@dataclass
class FollowUp:
    """A message that continues an item: one that exists, or the NewItem at ``target`` (its
    place in the list of filings), opened earlier in the same batch."""

    target: ActionItem | int
    message: Message
    how: str
    actor_label: str = ""


@transaction.atomic(savepoint=False)  # no savepoint inside a batch: its caller rolls back
def items_file_many(*, filings: list[NewItem | FollowUp]) -> list[ActionItem]:
    """File each message in order; returns the item each one went to."""
    results = _triage(filings)
    current = now()
    items: list[ActionItem] = []
    created: list[ActionItem] = []
    followed: dict[int, ActionItem] = {}  # existing items that got a message, by pk
    events: list[tuple[ActionItem, ItemEvent]] = []
    links: list[tuple[ActionItem, Message]] = []
    search: dict[int, list[list[str]]] = {}  # id(item) -> each message's parts, in order
    alerts = []
    first_steps: dict[int, ActionStep | None] = {}

    def first_step(action_type: ActionType) -> ActionStep | None:
        if action_type.pk not in first_steps:
            first_steps[action_type.pk] = action_type.first_step()
        return first_steps[action_type.pk]

    for filing, result in zip(filings, results, strict=True):
        if isinstance(filing, NewItem):
            item = _item_new(filing)
            created.append(item)
            search[id(item)] = [[filing.message.subject, _message_text(filing.message)]]
            events.append((item, _created_event(filing)))
        else:
            item = items[filing.target] if isinstance(filing.target, int) else filing.target
            if item.pk is not None:
                item = followed.setdefault(item.pk, item)
            search.setdefault(id(item), []).append([_message_text(filing.message)])
            events.extend(
                (item, event)
                for event in follow_up_apply(
                    item=item,
                    message=filing.message,
                    actor_label=filing.actor_label,
                    how=filing.how,
                    at=current,
                    first_step=first_step,
                )
            )
        links.append((item, filing.message))
        items.append(item)
        if isinstance(result, TriageResult):
            alerts.append((item, result, triage_merge(item=item, result=result)))
        elif result is not None:  # triage failed: keep the item as it is, say why
            item.triage = {**item.triage, "error": result}

    rows_insert(created)
    through = ActionItem.candidates.through
    rows_insert(
        [
            through(actionitem_id=item.pk, account_id=account.pk)
            for filing, item in zip(filings, items, strict=True)
            if isinstance(filing, NewItem)
            for account in filing.candidates
        ]
    )
    if followed:
        rows_update(list(followed.values()), [*FOLLOW_UP_FIELDS, *TRIAGE_SAVE_FIELDS])
    rows_insert([row_new(ItemMessage, item=item, message=m) for item, m in links])
    for item, event in events:
        event.item = item
    rows_insert([event for _, event in events])
    _search_store(created, list(followed.values()), search)
    recipients = emergency_recipients_many(  # association id -> the CSRs alerted there
        associations=list(
            {
                item.association_id: item.association for item, _, c in alerts if c.became_emergency
            }.values()
        )
    )
    for item, result, change in alerts:
        triage_alert(item=item, result=result, change=change, surge=False, recipients=recipients)
    if any(change.became_urgent for _, _, change in alerts):
        transaction.on_commit(surge_check_after_intake)  # one check for the whole batch
    return items


def _triage(filings: list[NewItem | FollowUp]) -> list[TriageResult | str | None]:
    """Triage every message in one batch; should triage itself fail, each item records why."""
    messages = []
    for filing in filings:
        message = filing.message
        if isinstance(filing, NewItem):
            channel, from_name = filing.channel, message.from_name[:300]
        elif isinstance(filing.target, int):  # an item opened earlier in this batch
            opener = filings[filing.target]
            channel, from_name = opener.channel, opener.message.from_name[:300]
        else:
            channel, from_name = filing.target.channel, filing.target.from_name
        messages.append(
            {
                "channel": _triage_channel(channel),
                "subject": message.subject,
                "body": message.new_text or message.text,
                "from_name": from_name,  # as item_triage: the item's sender's name
                "from_email": message.from_email,
            }
        )
    try:
        # The model reads a batch as one matrix: 25 at a time keeps its temporary arrays
        # small enough (about 2 MB) for the allocator to reuse them; at 100 (10 MB) each
        # chunk took fresh memory from the system, 590,000 page faults in 20,000 messages.
        return [
            result
            for start in range(0, len(messages), TRIAGE_CHUNK)
            for result in triage_many(messages[start : start + TRIAGE_CHUNK])
        ]
    except Exception as error:  # noqa: BLE001 - a broken model must never stop mail
        logger.exception("triage failed on a batch of %s messages", len(messages))
        return [f"{type(error).__name__}: {error}"[:500]] * len(messages)


def _item_new(filing: NewItem) -> ActionItem:
    account = filing.account
    message = filing.message
    return row_new(
        ActionItem,
        action_type=filing.action_type,
        step=filing.step,
        inbox=filing.inbox,
        channel=filing.channel,
        subject=message.subject[:1000],
        from_email=message.from_email[:254],
        from_name=message.from_name[:300],
        link=filing.link,
        person=account.person if account is not None else None,
        account=account,
        association=account.association if account is not None else None,
        unit=account.unit if account is not None else None,
        is_flagged=filing.is_flagged,
        language=message.language,
        received_at=filing.received_at,
        last_message_at=filing.received_at,
        deadline_at=_deadline(
            action_type=filing.action_type, step=filing.step, start=filing.received_at
        ),
    )


def _created_event(filing: NewItem) -> ItemEvent:
    return row_new(
        ItemEvent,
        kind=ItemEvent.Kind.CREATED,
        actor_label=filing.actor_label,
        at=filing.received_at,
        to_step=filing.step,
        data={
            "channel": filing.channel,
            "inbox": filing.inbox.name,
            "link": filing.link,
            "candidates": [candidate.number for candidate in filing.candidates],
            "message_id": filing.message.message_id,
        },
    )


def _search_store(
    created: list[ActionItem], followed: list[ActionItem], calls: dict[int, list[list[str]]]
) -> None:
    """Search text: new items' rows inserted whole, existing rows appended to, as
    search_text_add would have, one message after another."""
    existing = ItemSearch.objects.in_bulk([item.pk for item in followed])
    fresh, changed = [], []
    for item in [*created, *followed]:
        row = existing.get(item.pk)
        text = row.text if row is not None else None
        for parts in calls[id(item)]:
            text = search_text_join(text, parts)
        if row is None:
            fresh.append(row_new(ItemSearch, item_id=item.pk, text=text))
        elif text != row.text:
            row.text = text
            changed.append(row)
    rows_insert(fresh)
    if changed:
        rows_update(changed, ["text"])
