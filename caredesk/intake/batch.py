"""Intake for a batch of messages: what ``message_receive`` does to each, in a few statements.

Imports and bulk re-deliveries bring thousands of messages at once. One message at a time costs
about twenty statements each (keep, store, thread, link, create, history, triage); here each
step runs once for the whole batch: one insert of raw messages, one of parsed messages, one
lookup of every thread key and every sender, triage over the batch, one insert per table of
items, links, history and search text. The answers are the same as filing the messages one
after another (``tests/intake/test_batch_ingest.py``). Anything unusual — a message kept by an
earlier run that never finished, a receptionist's phone message, an error — goes the
one-at-a-time way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import transaction

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import item_addresses, item_for_token
from caredesk.actions.services import FollowUp, NewItem, items_file_many
from caredesk.core.rows import rows_release, values_table
from caredesk.core.text import redact_email
from caredesk.intake.linking import sender_links
from caredesk.intake.pre import is_receptionist_address
from caredesk.intake.services import (
    INTAKE_ACTOR,
    Outcome,
    ReceiveResult,
    item_kind_for,
    message_receive,
    raw_message_parse,
    raw_message_process,
)
from caredesk.intake.threading import token_in_subject
from caredesk.mailroom.models import MailAccount, Message, RawMessage, ThreadKey
from caredesk.mailroom.parsing import ParsedMessage
from caredesk.mailroom.services import messages_store, raw_messages_keep

logger = logging.getLogger("caredesk.intake")


def mails_receive(*, mails: list[tuple[bytes, str]], account: MailAccount) -> list[ReceiveResult]:
    """Take a batch of (raw bytes, source) all the way, in order; one result per message.

    Should the batch way fail, the batch is rolled back and each message is taken alone, so
    a bad message is quarantined by itself and the rest go on.
    """
    if not mails:
        return []
    try:
        with transaction.atomic():
            return _receive(mails, account)
    except _OneByOne:
        pass
    except Exception:
        logger.exception("batch intake failed; filing these %s messages one by one", len(mails))
    with transaction.atomic():  # still one commit for the batch
        return [message_receive(raw=raw, account=account, source=source) for raw, source in mails]


class _OneByOne(Exception):  # noqa: N818 - a signal, not an error
    """The batch holds mail the batch way does not file (a receptionist's phone message)."""


@dataclass
class _Thread:
    """Which item each thread key leads to: existing items by pk, and items opened earlier in
    this batch by their place in the filings (they will get higher numbers than any existing
    item, in that order). The oldest item wins, as ``item_for_thread_keys`` has it."""

    keys: dict[str, tuple[int, int]] = field(default_factory=dict)

    def find(self, keys: list[str]) -> tuple[int, int] | None:
        found = [self.keys[key] for key in keys if key in self.keys]
        return min(found) if found else None

    def add(self, keys: list[str], target: tuple[int, int]) -> None:
        for key in keys:
            if key not in self.keys or target < self.keys[key]:
                self.keys[key] = target


def _receive(mails: list[tuple[bytes, str]], account: MailAccount) -> list[ReceiveResult]:
    # Each new message is read before its raw row is inserted, and the row goes in with its
    # final status: processed, or quarantined with the reason (this one transaction files
    # it; should anything fail, the batch is rolled back and taken one by one).
    readings: dict[int, ParsedMessage | str] = {}

    def settle(row: RawMessage) -> None:
        parsed = readings[id(row)] = raw_message_parse(row)
        if isinstance(parsed, str):
            row.status, row.error = RawMessage.Status.QUARANTINED, parsed[:5000]
        else:
            row.status, row.error = RawMessage.Status.PROCESSED, ""

    kept = raw_messages_keep(mails=mails, account=account, settle=settle)
    results: list[ReceiveResult | None] = [None] * len(mails)
    later: list[int] = []  # kept by an earlier run: processed alone, after the batch
    pairs: list[tuple[RawMessage, ParsedMessage]] = []
    places: list[int] = []
    for place, keep in enumerate(kept):
        raw_message = keep.raw_message
        if keep.is_duplicate:
            results[place] = ReceiveResult(outcome=Outcome.DUPLICATE, raw_message_id=raw_message.pk)
        elif keep.kept_before:
            later.append(place)
        else:
            parsed = readings.pop(id(raw_message))  # read by settle() (a bad one kept quarantined)
            if isinstance(parsed, str):
                results[place] = ReceiveResult(
                    outcome=Outcome.QUARANTINED, raw_message_id=raw_message.pk, error=parsed
                )
            else:
                pairs.append((raw_message, parsed))
                places.append(place)
    messages = messages_store(pairs=pairs)

    human: list[tuple[int, Message]] = []
    for place, message in zip(places, messages, strict=True):
        if message.is_automatic:
            logger.info(
                "automatic mail from %s kept out of the queue (%s)",
                redact_email(message.from_email),
                message.automatic_reason,
            )
            results[place] = ReceiveResult(outcome=Outcome.AUTOMATIC, raw_message_id=message.raw_id)
        else:
            human.append((place, message))
    for place, result in zip((p for p, _ in human), _file(human, account), strict=True):
        results[place] = result
    for place in later:
        results[place] = raw_message_process(raw_message=kept[place].raw_message, account=account)
    assert all(result is not None for result in results), "every message has an outcome"
    rows_release([keep.raw_message for keep in kept])  # no cycles left for the collector
    rows_release(messages)
    return results  # type: ignore[return-value]


def _file(human: list[tuple[int, Message]], account: MailAccount) -> list[ReceiveResult]:
    """Thread, link and file the human messages of the batch, in order."""
    if any(is_receptionist_address(message.from_email) for _, message in human):
        raise _OneByOne  # phone messages are read and linked by intake.pre, one at a time
    keys_of = {
        message.pk: [key for key in (message.message_id, *message.reference_ids) if key]
        for _, message in human
    }
    thread = _Thread()
    wanted = sorted({key for keys in keys_of.values() for key in keys})
    for start in range(0, len(wanted), 500):  # a hostile References header can be long
        for key, item_id in ThreadKey.objects.filter(
            key__in=values_table(wanted[start : start + 500]), message__item_link__isnull=False
        ).values_list("key", "message__item_link__item_id"):
            thread.add([key], (0, item_id))

    plan: list[tuple[Message, tuple[int, int] | None, str]] = []  # (message, target, how)
    opened = 0
    addresses_added: dict[int, set[str]] = {}  # existing item -> senders added in this batch
    for _, message in human:
        keys = keys_of[message.pk]
        target, how = thread.find(keys), "message-id"
        if target is None:
            target, how = _by_token(message, addresses_added), "token"
        if target is None:
            target = (1, opened)
            opened += 1
            plan.append((message, None, ""))
        else:
            plan.append((message, target, how))
            if target[0] == 0:
                addresses_added.setdefault(target[1], set()).add(message.from_email)
        thread.add(keys, target)

    existing = ActionItem.objects.select_related("step__reopen_step", "action_type").in_bulk(
        [target[1] for _, target, _ in plan if target is not None and target[0] == 0]
    )
    links = sender_links(emails=[message.from_email for message, target, _ in plan if not target])
    action_type, step = item_kind_for(account=account)
    filings: list[NewItem | FollowUp] = []
    new_place: dict[int, int] = {}  # n-th item opened in this batch -> its place in filings
    for message, target, how in plan:
        if target is None:
            new_place[len(new_place)] = len(filings)
            sender = links[message.from_email]
            filings.append(
                NewItem(
                    action_type=action_type,
                    step=step,
                    inbox=account.inbox,
                    message=message,
                    received_at=message.raw.received_at,
                    link=sender.link,
                    account=sender.account,
                    candidates=sender.candidates,
                    is_flagged=message.priority == Message.Priority.HIGH,
                    actor_label=INTAKE_ACTOR,
                )
            )
        else:
            item = existing[target[1]] if target[0] == 0 else new_place[target[1]]
            filings.append(
                FollowUp(target=item, message=message, how=how, actor_label=INTAKE_ACTOR)
            )
    items = items_file_many(filings=filings)
    results = []
    for filing, item in zip(filings, items, strict=True):
        raw_id = filing.message.raw_id
        if isinstance(filing, NewItem):
            results.append(
                ReceiveResult(
                    outcome=Outcome.CREATED, raw_message_id=raw_id, item_id=item.pk, link=item.link
                )
            )
        else:
            results.append(
                ReceiveResult(outcome=Outcome.THREADED, raw_message_id=raw_id, item_id=item.pk)
            )
    return results


def _by_token(message: Message, addresses_added: dict[int, set[str]]) -> tuple[int, int] | None:
    """The "[#1234]" token, when the sender is already part of that item's conversation."""
    number = token_in_subject(message.subject)
    if number is None:
        return None
    item = item_for_token(number=number)
    if item is None:
        return None
    known = item_addresses(item=item) | addresses_added.get(item.pk, set())
    return (0, item.pk) if message.from_email in known else None
