"""Intake of the homeowner portal: a reply to an item, or a new request, kept like mail.

The portal writes what the homeowner typed (and their files) as an RFC 5322 message from
their address, and intake keeps those bytes first, exactly as for email (R-36): the desk shows
it like any other message, and nothing is lost if filing fails (it is quarantined, retryable).
Then it is filed by what the homeowner did, not guessed: a reply joins the item it answers
(a closed item reopens at the step its type names); a new request becomes an item of the
portal mail account's action type, linked to the account the homeowner picked, in that mail
account's inbox. Both are triaged like mail.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ActionType
from caredesk.actions.services import item_create, item_message_add, item_triage
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Account, Person
from caredesk.intake.services import Outcome, ReceiveResult, item_kind_for
from caredesk.mailroom.models import Inbox, MailAccount, Message, RawMessage
from caredesk.mailroom.parsing import parse_message
from caredesk.mailroom.services import (
    message_store,
    raw_message_keep,
    raw_message_mark_processed,
    raw_message_quarantine,
)

logger = logging.getLogger("caredesk.intake")

PORTAL_ACCOUNT_NAME = "Homeowner portal"
PORTAL_ACTOR = "Homeowner portal"
PORTAL_TYPE = "portal-request"
PORTAL_INBOX = "CC General"
PORTAL_HEADER = "X-Caredesk-Portal"


@dataclass(frozen=True)
class PortalFile:
    """A file a homeowner attached (already checked against the portal's limits)."""

    name: str
    content_type: str
    content: bytes


def portal_mail_account() -> MailAccount:
    """The mail account portal messages are kept under (made on first use).

    Its inbox and action type decide where new portal requests go: admin → Mail accounts.
    """
    account = (
        MailAccount.objects.select_related("inbox", "action_type", "first_step")
        .filter(name=PORTAL_ACCOUNT_NAME)
        .first()
    )
    if account is not None:
        return account
    inbox = Inbox.objects.filter(name=PORTAL_INBOX).first()
    inbox = inbox or Inbox.objects.order_by("rank").first()
    if inbox is None:
        raise ApplicationError(_("The desk has no inbox for portal requests yet."))
    account, _created = MailAccount.objects.get_or_create(
        name=PORTAL_ACCOUNT_NAME,
        defaults={
            "kind": MailAccount.Kind.IMPORT,
            "inbox": inbox,
            "action_type": ActionType.objects.filter(code=PORTAL_TYPE).first(),
        },
    )
    return account


def is_portal_item_of(*, item: ActionItem, person: Person) -> bool:
    """The item is this homeowner's and shown in their portal (never a Void one)."""
    owner_ids = {item.person_id, item.account.person_id if item.account_id else None}
    return person.pk in owner_ids and not item.step.hides_from_portal


def portal_message_receive(
    *,
    person: Person,
    from_email: str,
    body: str,
    subject: str = "",
    item: ActionItem | None = None,
    account: Account | None = None,
    topic: str = "",
    files: tuple[PortalFile, ...] | list[PortalFile] = (),
) -> ReceiveResult:
    """Keep and file a homeowner's portal message: a reply to ``item``, or a new request on
    ``account`` (exactly one of them). Raises ApplicationError when the homeowner may not."""
    if (item is None) == (account is None):
        raise ApplicationError(_("Reply to one of your requests, or pick one of your accounts."))
    if not body.strip():
        raise ApplicationError(_("Write your message."))
    if item is not None and not is_portal_item_of(item=item, person=person):
        raise ApplicationError(_("There is no such request."))
    if account is not None and (account.person_id != person.pk or not account.is_active):
        raise ApplicationError(_("That account is not yours."))
    if item is None and not subject.strip():
        raise ApplicationError(_("Give your request a subject."))
    mail_account = portal_mail_account()
    raw = _portal_bytes(
        person=person,
        from_email=from_email,
        to=mail_account.inbox.address or settings.DEFAULT_FROM_EMAIL,
        subject=subject,
        body=body,
        item=item,
        account=account,
        topic=topic,
        files=files,
    )
    kept = raw_message_keep(raw=raw, account=mail_account, source=f"portal:person {person.pk}")
    raw_message = kept.raw_message
    try:
        parsed = parse_message(raw, max_attachment_bytes=settings.CAREDESK_MAX_ATTACHMENT_BYTES)
        with transaction.atomic():
            message = message_store(raw_message=raw_message, parsed=parsed)
            raw_message_mark_processed(raw_message=raw_message)
            if item is not None:
                return _reply_file(item=item, message=message, raw_message=raw_message)
            return _request_file(
                mail_account=mail_account,
                account=account,
                person=person,
                message=message,
                raw_message=raw_message,
            )
    except Exception as error:  # a fault of ours: the message stays kept, for a person to retry
        logger.exception("portal intake failed on raw message %s", raw_message.pk)
        raw_message_quarantine(
            raw_message=raw_message, error=f"portal intake error: {type(error).__name__}: {error}"
        )
        raise ApplicationError(
            _("Your message is saved, but it could not be filed yet; the desk will see it.")
        ) from error


def _reply_file(*, item: ActionItem, message: Message, raw_message: RawMessage) -> ReceiveResult:
    item = (
        ActionItem.objects.select_for_update().select_related("step", "action_type").get(pk=item.pk)
    )
    item = item_message_add(item=item, message=message, actor_label=PORTAL_ACTOR, how="portal")
    _triage(item, message)
    return ReceiveResult(
        outcome=Outcome.THREADED, raw_message_id=raw_message.pk, item_id=item.pk, link=item.link
    )


def _request_file(
    *,
    mail_account: MailAccount,
    account: Account | None,
    person: Person,
    message: Message,
    raw_message: RawMessage,
) -> ReceiveResult:
    action_type, step = item_kind_for(account=mail_account)
    item = item_create(
        action_type=action_type,
        step=step,
        inbox=mail_account.inbox,
        subject=message.subject,
        channel=ActionItem.Channel.PORTAL,
        received_at=raw_message.received_at,
        from_email=message.from_email,
        from_name=person.full_name,
        link=ActionItem.Link.LINKED,
        account=account,
        language=person.language,
        message=message,
        actor_label=PORTAL_ACTOR,
    )
    _triage(item, message)
    return ReceiveResult(
        outcome=Outcome.CREATED,
        raw_message_id=raw_message.pk,
        item_id=item.pk,
        link=ActionItem.Link.LINKED,
    )


def _triage(item: ActionItem, message: Message) -> None:
    item_triage(
        item=item,
        channel=ActionItem.Channel.PORTAL,
        subject=message.subject,
        body=message.new_text or message.text,
        from_email=message.from_email,
    )


def _portal_bytes(
    *,
    person: Person,
    from_email: str,
    to: str,
    subject: str,
    body: str,
    item: ActionItem | None,
    account: Account | None,
    topic: str,
    files: tuple[PortalFile, ...] | list[PortalFile],
) -> bytes:
    """The homeowner's message as an email: from them, answering the item's last message."""
    mail = EmailMessage()
    mail["From"] = formataddr((person.full_name, from_email))
    mail["To"] = to
    if item is not None:
        mail["Subject"] = _reply_subject(item)
        last = (
            Message.objects.filter(item_link__item=item)
            .exclude(message_id="")
            .order_by("-item_link__added_at", "-id")
            .first()
        )
        if last is not None:
            mail["In-Reply-To"] = f"<{last.message_id}>"
            mail["References"] = " ".join(
                f"<{key}>" for key in dict.fromkeys([*last.reference_ids, last.message_id])
            )
    else:
        mail["Subject"] = " ".join(subject.split())[:900]
    mail["Date"] = format_datetime(now())
    mail["Message-ID"] = make_msgid(idstring="portal", domain=_domain())
    mail[PORTAL_HEADER] = f"person={person.pk}" + (f"; account={account.number}" if account else "")
    if topic:
        mail["X-Caredesk-Topic"] = " ".join(topic.split())[:200]
    mail.set_content(body.replace("\r\n", "\n"), cte="quoted-printable")
    for file in files:
        maintype, _slash, subtype = file.content_type.partition("/")
        mail.add_attachment(
            file.content,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=file.name,
        )
    return mail.as_bytes()


def _reply_subject(item: ActionItem) -> str:
    subject = item.subject if item.subject.lower().startswith("re:") else f"Re: {item.subject}"
    if item.token not in subject:
        subject = f"{subject} {item.token}"
    return " ".join(subject.split())[:900]


def _domain() -> str:
    configured = getattr(settings, "CAREDESK_MESSAGE_ID_DOMAIN", "")
    return configured or "portal.caredesk.localhost"
