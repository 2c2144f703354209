"""Writes of the mailroom: keep raw bytes first, store what they parse into, quarantine.

The mailroom knows nothing about action items: intake decides what a message means.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F

from caredesk.core.clock import now
from caredesk.core.rows import row_new, rows_insert
from caredesk.mailroom.models import (
    Attachment,
    Inbox,
    MailAccount,
    Message,
    RawMessage,
    ThreadKey,
)
from caredesk.mailroom.parsing import ParsedMessage, message_id_from_bytes

logger = logging.getLogger("caredesk.mailroom")

MAX_KEY = 500


@dataclass(frozen=True)
class KeepResult:
    raw_message: RawMessage
    is_duplicate: bool
    kept_before: bool = False  # kept by an earlier run whose processing never finished


def _clean(text: str) -> str:
    """Text a database can store: PostgreSQL refuses NUL characters in text columns."""
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


def dedupe_key_for(*, account: MailAccount | None, raw: bytes, message_id: str) -> str:
    """Account + Message-ID, else account + SHA-256 of the bytes."""
    scope = f"a{account.pk}" if account is not None else "a0"
    if message_id:
        key = f"{scope}:mid:{message_id}"
        if len(key) <= MAX_KEY:
            return key
        message_id = hashlib.sha256(message_id.encode("utf-8", "surrogateescape")).hexdigest()
        return f"{scope}:midhash:{message_id}"
    return f"{scope}:sha256:{hashlib.sha256(raw).hexdigest()}"


def raw_message_keep(*, raw: bytes, account: MailAccount | None, source: str = "") -> KeepResult:
    """Keep the bytes before anything else; a re-delivery is counted, never stored twice.

    A message kept earlier whose processing never finished (status still RECEIVED, e.g. the
    process was killed) is handed back as new, so that it is processed now.
    """
    message_id = _clean(message_id_from_bytes(raw)[:MAX_KEY])
    key = dedupe_key_for(account=account, raw=raw, message_id=message_id)
    current = now()
    try:
        with transaction.atomic():
            raw_message = RawMessage.objects.create(
                account=account,
                dedupe_key=key,
                message_id=message_id,
                sha256=hashlib.sha256(raw).hexdigest(),
                size=len(raw),
                raw=raw,
                source=source[:500],
                received_at=current,
            )
        return KeepResult(raw_message=raw_message, is_duplicate=False)
    except IntegrityError:
        pass
    existing = RawMessage.objects.get(dedupe_key=key)
    if existing.status == RawMessage.Status.RECEIVED:
        return KeepResult(raw_message=existing, is_duplicate=False, kept_before=True)
    RawMessage.objects.filter(pk=existing.pk).update(
        duplicate_count=F("duplicate_count") + 1, last_duplicate_at=current
    )
    return KeepResult(raw_message=existing, is_duplicate=True)


def raw_messages_keep(
    *,
    mails: list[tuple[bytes, str]],
    account: MailAccount | None,
    settle: Callable[[RawMessage], None] | None = None,
) -> list[KeepResult]:
    """raw_message_keep() for a batch of (bytes, source): one read, one insert, same answers.

    Call it inside a transaction. A message seen twice in the batch is kept once and counted
    as re-delivered once; a row kept earlier whose processing never finished comes back with
    ``kept_before`` (once), for the caller to process it now.

    ``settle``, when given, is called on each new row just before the insert and may set its
    final status and error: a caller that reads and files the batch in this same transaction
    then never updates the rows afterwards. An UPDATE rewrites a whole row, raw bytes and all:
    marking 2,000 rows processed cost 3,900 page writes to the WAL and 3,300 to a temporary
    statement journal, about a fifth of an ingest's writes.
    """
    current = now()
    rows = []
    for raw, source in mails:
        message_id = _clean(message_id_from_bytes(raw)[:MAX_KEY])
        rows.append(
            row_new(
                RawMessage,
                account=account,
                dedupe_key=dedupe_key_for(account=account, raw=raw, message_id=message_id),
                message_id=message_id,
                sha256=hashlib.sha256(raw).hexdigest(),
                size=len(raw),
                raw=raw,
                source=source[:500],
                received_at=current,
            )
        )
    known = {
        row.dedupe_key: row
        for row in RawMessage.objects.filter(dedupe_key__in={row.dedupe_key for row in rows})
    }
    results: list[KeepResult] = []
    fresh: list[RawMessage] = []
    repeats: dict[int, int] = {}  # pk of a row kept earlier -> re-deliveries in this batch
    for row in rows:
        seen = known.get(row.dedupe_key)
        if seen is None:
            known[row.dedupe_key] = row
            fresh.append(row)
            results.append(KeepResult(raw_message=row, is_duplicate=False))
        elif seen.pk is None or seen.status != RawMessage.Status.RECEIVED or seen.pk in repeats:
            if seen.pk is None:  # twice in this batch: counted on the row about to be kept
                seen.duplicate_count += 1
                seen.last_duplicate_at = current
            else:
                repeats[seen.pk] = repeats.get(seen.pk, 0) + 1
            results.append(KeepResult(raw_message=seen, is_duplicate=True))
        else:
            repeats[seen.pk] = 0  # handed back once to be processed; later copies count
            results.append(KeepResult(raw_message=seen, is_duplicate=False, kept_before=True))
    if settle is not None:
        for row in fresh:
            settle(row)
    rows_insert(fresh)
    for pk, count in repeats.items():
        if count:
            RawMessage.objects.filter(pk=pk).update(
                duplicate_count=F("duplicate_count") + count, last_duplicate_at=current
            )
    return results


def raw_message_quarantine(*, raw_message: RawMessage, error: str) -> None:
    """Set a message that could not be read aside, with the reason, for a person to retry."""
    raw_message.status = RawMessage.Status.QUARANTINED
    raw_message.error = error[:5000]
    RawMessage.objects.filter(pk=raw_message.pk).exclude(status=RawMessage.Status.PROCESSED).update(
        status=raw_message.status, error=raw_message.error
    )


def raw_message_mark_processed(*, raw_message: RawMessage) -> None:
    raw_message.status = RawMessage.Status.PROCESSED
    raw_message.error = ""
    RawMessage.objects.filter(pk=raw_message.pk).update(status=raw_message.status, error="")


def _addresses_json(addresses: tuple) -> list[dict[str, str]]:
    return [{"name": _clean(address.name), "email": _clean(address.email)} for address in addresses]


def message_store(
    *,
    raw_message: RawMessage,
    parsed: ParsedMessage,
    direction: str = Message.Direction.INBOUND,
) -> Message:
    """Store the parsed message, its attachments and its thread keys."""
    message = _message_row(raw_message=raw_message, parsed=parsed, direction=direction)
    message.save(force_insert=True)
    ThreadKey.objects.bulk_create(_thread_keys(message, parsed))
    _attachments_store(message, parsed)
    return message


def messages_store(*, pairs: list[tuple[RawMessage, ParsedMessage]]) -> list[Message]:
    """message_store() for a batch of inbound messages (one insert per table), and their raw
    messages marked processed. Call it inside a transaction."""
    messages = [_message_row(raw_message=raw, parsed=parsed) for raw, parsed in pairs]
    rows_insert(messages)
    rows_insert(
        [
            key
            for message, (_, parsed) in zip(messages, pairs, strict=True)
            for key in _thread_keys(message, parsed)
        ]
    )
    rows_insert(
        [
            row
            for message, (_, parsed) in zip(messages, pairs, strict=True)
            for row in _attachment_rows(message, parsed)
        ]
    )
    pending = [raw.pk for raw, _ in pairs if raw.status != RawMessage.Status.PROCESSED]
    if pending:  # rows kept as processed already (raw_messages_keep's settle) are not rewritten
        RawMessage.objects.filter(pk__in=pending).update(
            status=RawMessage.Status.PROCESSED, error=""
        )
    for raw, _ in pairs:
        raw.status, raw.error = RawMessage.Status.PROCESSED, ""
    return messages


def _message_row(
    *, raw_message: RawMessage, parsed: ParsedMessage, direction: str = Message.Direction.INBOUND
) -> Message:
    return row_new(
        Message,
        raw=raw_message,
        direction=direction,
        message_id=_clean(parsed.message_id[:MAX_KEY]),
        in_reply_to=_clean(" ".join(parsed.in_reply_to)),
        references=_clean(" ".join(parsed.references)),
        subject=_clean(parsed.subject[:1000]),
        from_email=_clean(parsed.from_address.email[:254]),
        from_name=_clean(parsed.from_address.name[:300]),
        to=_addresses_json(parsed.to),
        cc=_addresses_json(parsed.cc),
        sent_at=parsed.date,
        text=_clean(parsed.text),
        html=_clean(parsed.html),
        new_text=_clean(parsed.new_text),
        is_automatic=parsed.is_automatic,
        automatic_reason=_clean(parsed.automatic_reason[:200]),
        priority=parsed.priority,
        language=parsed.language_hint,
    )


def _thread_keys(message: Message, parsed: ParsedMessage) -> list[ThreadKey]:
    keys = dict.fromkeys(
        key[:MAX_KEY] for key in (parsed.message_id, *parsed.in_reply_to, *parsed.references) if key
    )
    return [row_new(ThreadKey, message=message, key=key) for key in keys]


def _attachments_store(message: Message, parsed: ParsedMessage) -> None:
    for row in _attachment_rows(message, parsed):
        row.save()


def _attachment_rows(message: Message, parsed: ParsedMessage) -> list[Attachment]:
    """The message's attachments as unsaved rows, their files already in storage."""
    rows = []
    for attachment in parsed.attachments:
        row = Attachment(
            message=message,
            filename=_clean(attachment.filename[:255]),
            content_type=attachment.content_type[:200],
            size=attachment.size,
            sha256=attachment.sha256,
            oversize=attachment.oversize,
            content_id=attachment.content_id[:300],
            is_inline=attachment.is_inline,
        )
        if attachment.content is not None:
            row.file.name = attachment_content_store(attachment.sha256, attachment.content)
        else:
            logger.info(
                "attachment %s of %s is over the limit (%s bytes > %s); recorded without content",
                attachment.filename,
                message.raw_id,
                attachment.size,
                settings.CAREDESK_MAX_ATTACHMENT_BYTES,
            )
        rows.append(row)
    return rows


def attachment_content_store(sha256: str, content: bytes) -> str:
    """Keep an attachment's bytes in the media storage under their SHA-256 and return the
    stored name: ``attachments/<first two hex digits>/<sha256>``.

    The same file sent again (a photo in every reply of a thread, a statement to a hundred
    owners) is kept once, and rows share it: nothing ever deletes an attachment's file, so
    sharing is safe. The name the sender gave stays on the row (downloads are named after
    it) and never reaches the file system. A directory per file (the layout before) cost two
    directory creations per attachment, 0.5 ms each on an ext4 disk, about 4 % of an ingest
    of 2,000 messages; the 256 prefix directories are made once.
    """
    name = f"attachments/{sha256[:2]}/{sha256}"
    if default_storage.exists(name):
        return name
    # Another process may store the same bytes at the same moment: the storage then picks
    # another free name for this copy, which holds the same bytes.
    return default_storage.save(name, ContentFile(content))


def import_account_get_or_create(*, inbox: Inbox) -> MailAccount:
    """The mail account that command-line imports into an inbox are kept under."""
    account, _ = MailAccount.objects.get_or_create(
        name=f"Import: {inbox.name}",
        defaults={"kind": MailAccount.Kind.IMPORT, "inbox": inbox},
    )
    return account
