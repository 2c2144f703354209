"""Outgoing mail: build the bytes once, keep them, then send them through Django's email backend.

The order is the same as for incoming mail: the exact bytes are stored (a RawMessage with status
SENT and dedupe key ``out:<Message-ID>``, and its Message with direction OUTBOUND) before the
backend is asked to deliver them, so a reply to what we sent can be threaded by In-Reply-To /
References even while delivery is still being retried.

Delivery state lives on the stored rows (no extra status is needed):

- delivered: ``Message.sent_at`` is set and ``RawMessage.error`` is empty;
- not delivered: ``Message.sent_at`` is empty and ``RawMessage.error`` says why.

``message_send`` raises ``SendError`` when the backend fails (SMTP down, the ESP refused); the
error carries the stored Message, and ``message_resend`` delivers those same bytes, with the same
Message-ID, later. Call both from a job (outside a database transaction, or in
``transaction.on_commit``), never inline in a request.

Every backend sends the stored bytes: Django's SMTP, file, console and locmem backends get them
verbatim through ``_StoredEmail.message()``; ESP backends (anymail), which build their own API
payload, get the subject, addresses, bodies, attachments and headers read back from those bytes.
"""

from __future__ import annotations

import email.message
import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction

from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.mailroom.models import MailAccount, Message, RawMessage, ThreadKey

logger = logging.getLogger(__name__)

AUTO_SUBMITTED = "auto-replied"
_LINE_END = re.compile(rb"\r?\n")
# Headers Django derives from the EmailMessage's attributes; all others are passed through.
_STRUCTURAL_HEADERS = {
    "content-type",
    "content-transfer-encoding",
    "mime-version",
    "subject",
    "from",
    "to",
    "cc",
    "reply-to",
}


class SendError(ApplicationError):
    """The email backend did not take the message; it is stored and can be re-sent."""

    def __init__(self, text: str, *, message: Message) -> None:
        super().__init__(text)
        self.message = message


@dataclass(frozen=True)
class OutgoingMail:
    """A message the desk is about to send; the caller has put any item token in the subject."""

    to: list[str]
    subject: str
    text: str
    html: str = ""
    from_email: str = ""  # default: the account's inbox address, else DEFAULT_FROM_EMAIL
    reply_to: list[str] = field(default_factory=list)
    in_reply_to: str = ""  # a Message-ID without <>
    references: list[str] = field(default_factory=list)  # Message-IDs without <>
    cc: list[str] = field(default_factory=list)
    attachments: list[tuple[str, bytes, str]] = field(default_factory=list)  # name, data, type


def message_send(
    *, mail: OutgoingMail, account: MailAccount | None = None, automatic: bool = False
) -> Message:
    """Store an outgoing message with our own Message-ID, then send exactly the stored bytes.

    ``automatic`` marks an acknowledgement (Auto-Submitted: auto-replied) so that other
    robots do not answer it; a reply written by staff is not automatic.
    Raises SendError (with the stored Message) if the backend fails.
    """
    message = message_store_outgoing(mail=mail, account=account, automatic=automatic)
    _deliver(message=message)
    return message


@transaction.atomic
def message_store_outgoing(
    *, mail: OutgoingMail, account: MailAccount | None = None, automatic: bool = False
) -> Message:
    """Build and keep an outgoing message without sending it yet (``message_resend`` sends it).

    Use this inside a transaction that must keep the message together with other writes (a
    reply stored on its item), and deliver it in ``transaction.on_commit``.
    """
    if not [address for address in mail.to if address.strip()]:
        raise ApplicationError("A message needs at least one recipient.")
    from_email = mail.from_email or _account_address(account) or settings.DEFAULT_FROM_EMAIL
    message_id = _message_id_new()
    references = _references(mail)
    raw = _message_bytes(
        mail=mail,
        from_email=from_email,
        message_id=message_id,
        references=references,
        automatic=automatic,
    )
    from_name, from_address = email.utils.parseaddr(from_email)
    raw_message = RawMessage.objects.create(
        account=account,
        dedupe_key=f"out:{message_id}",
        message_id=message_id,
        sha256=hashlib.sha256(raw).hexdigest(),
        size=len(raw),
        raw=raw,
        source="sent",
        received_at=now(),
        status=RawMessage.Status.SENT,
    )
    message = Message.objects.create(
        raw=raw_message,
        direction=Message.Direction.OUTBOUND,
        message_id=message_id,
        in_reply_to=_bare_id(mail.in_reply_to),
        references=" ".join(references),
        subject=mail.subject,
        from_email=from_address,
        from_name=from_name,
        to=list(mail.to),
        cc=list(mail.cc),
        text=mail.text,
        new_text=mail.text,
        html=mail.html,
        is_automatic=automatic,
        automatic_reason=f"Auto-Submitted: {AUTO_SUBMITTED}" if automatic else "",
    )
    # A reply to this message finds its thread by our Message-ID (and by what we answered).
    keys = dict.fromkeys(key[:500] for key in (message_id, *references) if key)
    ThreadKey.objects.bulk_create([ThreadKey(message=message, key=key) for key in keys])
    return message


def message_resend(*, message: Message) -> None:
    """Send a stored outgoing message again: the same bytes, the same Message-ID.

    A message already delivered is not sent twice, so a job may retry this safely.
    Raises SendError if the backend fails again.
    """
    if message.direction != Message.Direction.OUTBOUND:
        raise ApplicationError("Only a message the desk sent can be re-sent.")
    if message.sent_at is not None:
        return
    _deliver(message=message)


# --- building the bytes: the one place ---------------------------------------------------------


def _message_bytes(
    *,
    mail: OutgoingMail,
    from_email: str,
    message_id: str,
    references: list[str],
    automatic: bool,
) -> bytes:
    """The message as it goes on the wire (CRLF line ends, the last line ended), built once."""
    headers = {
        "Message-ID": f"<{message_id}>",
        "Date": email.utils.format_datetime(now()),
    }
    if mail.in_reply_to:
        headers["In-Reply-To"] = f"<{_bare_id(mail.in_reply_to)}>"
    if references:
        headers["References"] = " ".join(f"<{reference}>" for reference in references)
    if automatic:
        headers["Auto-Submitted"] = AUTO_SUBMITTED
        # Exchange / Outlook: no out-of-office answer to an acknowledgement.
        headers["X-Auto-Response-Suppress"] = "All"
    built = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.text,
        from_email=from_email,
        to=list(mail.to),
        cc=list(mail.cc),
        reply_to=list(mail.reply_to),
        headers=headers,
    )
    if mail.html:
        built.attach_alternative(mail.html, "text/html")
    for filename, content, content_type in mail.attachments:
        built.attach(filename, content, content_type)
    raw = built.message().as_bytes(linesep="\r\n")
    # SMTP ends DATA on a line of its own and adds the line end if missing: store what arrives.
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"


def _message_id_new() -> str:
    """A fresh Message-ID without <>, in the domain of our own address."""
    domain = getattr(settings, "CAREDESK_MESSAGE_ID_DOMAIN", "") or _domain_of(
        settings.DEFAULT_FROM_EMAIL
    )
    return email.utils.make_msgid(domain=domain or "caredesk.localhost")[1:-1]


def _references(mail: OutgoingMail) -> list[str]:
    """The thread so far, ending with the message we answer (RFC 5322, 3.6.4)."""
    references = [_bare_id(reference) for reference in mail.references if _bare_id(reference)]
    parent = _bare_id(mail.in_reply_to)
    if parent and parent not in references:
        references.append(parent)
    return list(dict.fromkeys(references))


def _bare_id(value: str) -> str:
    return value.strip().strip("<>").strip()


def _domain_of(address: str) -> str:
    return email.utils.parseaddr(address)[1].rpartition("@")[2]


def _account_address(account: MailAccount | None) -> str:
    return account.inbox.address if account is not None else ""


# --- delivery ----------------------------------------------------------------------------------


def _deliver(*, message: Message) -> None:
    """Hand the stored bytes to the email backend and record what happened."""
    raw_message = message.raw
    try:
        accepted = _StoredEmail(bytes(raw_message.raw)).send()
        if not accepted:
            raise RuntimeError("the email backend accepted no recipient")
    except Exception as error:  # any backend failure: keep it on the row, let the caller retry
        reason = f"{type(error).__name__}: {error}"
        raw_message.error = f"{now().isoformat()} {reason}"
        raw_message.save(update_fields=["error"])
        logger.warning("could not send %s: %s", message.message_id, type(error).__name__)
        raise SendError(
            f"Could not send message <{message.message_id}>: {reason}. "
            "It is stored and can be re-sent.",
            message=message,
        ) from error
    message.sent_at = now()
    message.save(update_fields=["sent_at"])
    if raw_message.error:
        raw_message.error = ""
        raw_message.save(update_fields=["error"])


class _StoredMIME(email.message.Message):
    """Stored bytes, wearing the interface Django's backends use on a MIME message."""

    stored: bytes = b""

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n", **_: Any) -> bytes:  # type: ignore[override]
        return _LINE_END.sub(linesep.encode("ascii"), self.stored)

    def as_string(self, unixfrom: bool = False, linesep: str = "\n", **_: Any) -> str:  # type: ignore[override]
        return self.as_bytes(linesep=linesep).decode("utf-8", errors="surrogateescape")


class _StoredEmail(EmailMultiAlternatives):
    """A Django email read back from stored bytes, whose MIME message is those bytes."""

    def __init__(self, raw: bytes) -> None:
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        text_part = parsed.get_body(preferencelist=("plain",))
        html_part = parsed.get_body(preferencelist=("html",))
        super().__init__(
            subject=str(parsed.get("Subject", "")),
            body=_text(text_part),
            from_email=str(parsed.get("From", "")),
            to=_addresses(parsed, "To"),
            cc=_addresses(parsed, "Cc"),
            reply_to=_addresses(parsed, "Reply-To"),
            headers={
                name: str(value)
                for name, value in parsed.items()
                if name.lower() not in _STRUCTURAL_HEADERS
            },
        )
        if html_part is not None and html_part is not text_part:
            self.attach_alternative(_text(html_part), "text/html")
        for part in parsed.iter_attachments():
            self.attach(part.get_filename(), part.get_content(), part.get_content_type())
        self._stored = raw

    def message(self) -> _StoredMIME:  # type: ignore[override]
        mime = email.message_from_bytes(self._stored, _class=_StoredMIME)
        mime.stored = self._stored
        return mime


def _text(part: email.message.EmailMessage | None) -> str:
    return part.get_content().replace("\r\n", "\n") if part is not None else ""


def _addresses(parsed: email.message.EmailMessage, name: str) -> list[str]:
    header = parsed.get(name)
    if header is None:
        return []
    return [str(address) for address in header.addresses]
