"""Intake: every inbound message becomes part of an action item, and nothing is lost.

The spine (ARCHITECTURE.md): keep the raw bytes -> parse -> thread -> link -> create or add.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from caredesk.actions.defaults import DEFAULT_ACTION_TYPE, DEFAULT_TYPE_FOR_INBOX
from caredesk.actions.models import ActionItem, ActionStep, ActionType
from caredesk.actions.services import item_create, item_message_add, item_triage
from caredesk.core.errors import ApplicationError
from caredesk.core.text import redact_email
from caredesk.intake.linking import sender_link
from caredesk.intake.pre import is_receptionist_address, pre_item_create, pre_parse
from caredesk.intake.threading import thread_find
from caredesk.mailroom.models import MailAccount, Message, RawMessage
from caredesk.mailroom.parsing import ParsedMessage, ParseError, parse_message
from caredesk.mailroom.services import (
    message_store,
    raw_message_keep,
    raw_message_mark_processed,
    raw_message_quarantine,
)

logger = logging.getLogger("caredesk.intake")

INTAKE_ACTOR = "Mail intake"


class Outcome:
    CREATED = "created"
    THREADED = "threaded"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"
    AUTOMATIC = "automatic"


@dataclass(frozen=True)
class ReceiveResult:
    outcome: str
    raw_message_id: int
    item_id: int | None = None
    link: str = ""
    error: str = ""


def item_kind_for(*, account: MailAccount) -> tuple[ActionType, ActionStep]:
    """The action type and first step that new mail of this account creates."""
    cached = getattr(account, "_item_kind", None)
    if cached is not None:
        return cached
    action_type = account.action_type
    if action_type is None:
        code = DEFAULT_TYPE_FOR_INBOX.get(account.inbox.name, DEFAULT_ACTION_TYPE)
        action_type = ActionType.objects.get(code=code)
    step = account.first_step or action_type.first_step()
    account._item_kind = (action_type, step)
    return account._item_kind


def message_receive(*, raw: bytes, account: MailAccount, source: str = "") -> ReceiveResult:
    """Take one inbound message all the way; bad mail is quarantined, never raised."""
    kept = raw_message_keep(raw=raw, account=account, source=source)
    raw_message = kept.raw_message
    if kept.is_duplicate:
        return ReceiveResult(outcome=Outcome.DUPLICATE, raw_message_id=raw_message.pk)
    return raw_message_process(raw_message=raw_message, account=account)


def raw_message_process(*, raw_message: RawMessage, account: MailAccount) -> ReceiveResult:
    """Parse a kept message and file it: a new item, a follow-up, or automatic mail."""
    parsed = raw_message_parse(raw_message)
    if isinstance(parsed, str):
        return _quarantine(raw_message, parsed)
    try:
        with transaction.atomic():
            return _file(raw_message=raw_message, account=account, parsed=parsed)
    except Exception as error:
        logger.exception("intake failed on raw message %s", raw_message.pk)
        return _quarantine(raw_message, f"intake error: {type(error).__name__}: {error}")


def raw_message_parse(raw_message: RawMessage) -> ParsedMessage | str:
    """The parsed message, or why it must be quarantined (never raises)."""
    raw = bytes(raw_message.raw)
    if len(raw) > settings.CAREDESK_MAX_MESSAGE_BYTES:
        return (
            f"message is {len(raw)} bytes, over the limit of "
            f"{settings.CAREDESK_MAX_MESSAGE_BYTES} bytes (CAREDESK_MAX_MESSAGE_BYTES)"
        )
    try:
        return parse_message(raw, max_attachment_bytes=settings.CAREDESK_MAX_ATTACHMENT_BYTES)
    except ParseError as error:
        logger.info("quarantined raw message %s: %s", raw_message.pk or raw_message.source, error)
        return f"not a readable email: {error}"
    except Exception as error:  # a bug of ours must not lose the message
        logger.exception("parser failed on raw message %s", raw_message.pk or raw_message.source)
        return f"parser error: {type(error).__name__}: {error}"


def _quarantine(raw_message: RawMessage, error: str) -> ReceiveResult:
    raw_message_quarantine(raw_message=raw_message, error=error)
    return ReceiveResult(outcome=Outcome.QUARANTINED, raw_message_id=raw_message.pk, error=error)


def _file(*, raw_message: RawMessage, account: MailAccount, parsed: ParsedMessage) -> ReceiveResult:
    # Lock the row: a second process that kept the same bytes at the same moment waits here,
    # then sees the message filed and counts a duplicate instead of filing it twice.
    status = (
        RawMessage.objects.select_for_update()
        .filter(pk=raw_message.pk)
        .values_list("status", flat=True)
        .get()
    )
    if status == RawMessage.Status.PROCESSED:
        return ReceiveResult(outcome=Outcome.DUPLICATE, raw_message_id=raw_message.pk)
    message = message_store(raw_message=raw_message, parsed=parsed)
    raw_message_mark_processed(raw_message=raw_message)
    if message.is_automatic:
        # Kept and listed for a lead to review, never acknowledged, never a new item.
        logger.info(
            "automatic mail from %s kept out of the queue (%s)",
            redact_email(message.from_email),
            message.automatic_reason,
        )
        return ReceiveResult(outcome=Outcome.AUTOMATIC, raw_message_id=raw_message.pk)
    match = thread_find(message=message)
    if match is not None:
        item = item_message_add(
            item=match.item, message=message, actor_label=INTAKE_ACTOR, how=match.how
        )
        _triage(item, message)
        return ReceiveResult(
            outcome=Outcome.THREADED, raw_message_id=raw_message.pk, item_id=match.item.pk
        )
    item = _item_from_message(message=message, account=account, received_at=raw_message.received_at)
    return ReceiveResult(
        outcome=Outcome.CREATED, raw_message_id=raw_message.pk, item_id=item.pk, link=item.link
    )


def _item_from_message(
    *,
    message: Message,
    account: MailAccount,
    received_at: datetime.datetime,
    actor: AbstractBaseUser | None = None,
) -> ActionItem:
    if is_receptionist_address(message.from_email):
        # A receptionist's phone message (PRE): the item is about the caller, not the sender.
        return pre_item_create(
            fields=pre_parse(message.new_text or message.text),
            inbox=account.inbox,
            actor=actor,
            message=message,
            received_at=received_at,
        )
    action_type, step = item_kind_for(account=account)
    sender = sender_link(email=message.from_email)
    item = item_create(
        action_type=action_type,
        step=step,
        inbox=account.inbox,
        subject=message.subject,
        channel=ActionItem.Channel.EMAIL,
        received_at=received_at,
        from_email=message.from_email,
        from_name=message.from_name,
        link=sender.link,
        account=sender.account,
        candidates=sender.candidates,
        is_flagged=message.priority == Message.Priority.HIGH,
        language=message.language,
        message=message,
        actor=actor,
        actor_label="" if actor else INTAKE_ACTOR,
    )
    _triage(item, message)
    return item


@transaction.atomic
def automatic_message_file(*, message: Message, actor: AbstractBaseUser) -> ActionItem:
    """A lead decides a message held back as automatic is a real one: it becomes an item.

    It threads onto its item when it belongs to one, as any message would.
    """
    if not message.is_automatic or hasattr(message, "item_link"):
        raise ApplicationError(_("This message is already on an item."))
    account = message.raw.account
    if account is None:
        raise ApplicationError(_("This message came in through no mail account."))
    match = thread_find(message=message)
    if match is not None:
        item = item_message_add(
            item=match.item, message=message, actor_label=str(actor), how=match.how
        )
        _triage(item, message)
        return item
    return _item_from_message(
        message=message, account=account, received_at=message.raw.received_at, actor=actor
    )


def _triage(item: ActionItem, message: Message) -> None:
    """Urgency, leak, category and call-back need from the new text (never the quoted part)."""
    item_triage(
        item=item,
        channel="email",
        subject=message.subject,
        body=message.new_text or message.text,
        from_email=message.from_email,
    )


def quarantined_retry(*, raw_messages=None) -> list[ReceiveResult]:
    """Try quarantined (and never-finished) messages again, e.g. after a parser fix."""
    pending = raw_messages
    if pending is None:
        pending = RawMessage.objects.filter(
            status__in=[RawMessage.Status.QUARANTINED, RawMessage.Status.RECEIVED]
        ).select_related("account__inbox")
    results = []
    for raw_message in pending:
        if raw_message.account is None:
            continue
        results.append(raw_message_process(raw_message=raw_message, account=raw_message.account))
    return results
