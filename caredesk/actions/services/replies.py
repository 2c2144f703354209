"""Emails to the owner: rendered from a template in their language, sent in the item's thread."""

from __future__ import annotations

import email.utils
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import transaction
from django.template import Context, Engine, TemplateSyntaxError
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ActionStep, ItemEvent, ItemMessage, ReplyTemplate
from caredesk.actions.services.history import event_record
from caredesk.actions.services.search import search_text_add
from caredesk.core.errors import ApplicationError
from caredesk.mailroom.models import Message
from caredesk.mailroom.sending import OutgoingMail, message_store_outgoing

logger = logging.getLogger("caredesk.actions")

DEFAULT_TEMPLATE = "reply-to-owner"
# Plain text mail: nothing is HTML-escaped; the template language is the only markup.
_ENGINE = Engine(autoescape=False, libraries={}, builtins=["django.template.defaultfilters"])


@dataclass(frozen=True)
class RenderedReply:
    subject: str
    text: str
    language: str


def owner_language(item: ActionItem) -> str:
    """The owner's language, else the message's, else the association's; "en" or "zh-hans"."""
    for candidate in (
        item.person.language if item.person_id else "",
        item.language,
        item.association.language if item.association_id else "",
    ):
        if candidate:
            return "zh-hans" if candidate.lower().startswith("zh") else "en"
    return "en"


def owner_address(item: ActionItem) -> str:
    """Where the owner gets our email: the address they wrote from, else the first on file."""
    if item.from_email:
        return item.from_email
    if item.person_id:
        first = item.person.emails.order_by("id").first()
        if first is not None:
            return first.email
    return ""


def reply_render(
    *, item: ActionItem, note: str, template_code: str = "", staff_name: str = ""
) -> RenderedReply:
    """The subject and text of an email to the owner, in the owner's language."""
    language = owner_language(item)
    code = template_code or DEFAULT_TEMPLATE
    templates = ReplyTemplate.objects.filter(code=code, is_active=True)
    template = (
        templates.filter(language=language).first() or templates.filter(language="en").first()
    )
    if template is None:
        raise ApplicationError(_("There is no reply template %(code)s.") % {"code": code})
    context = Context(
        {
            "item": {"number": item.number, "subject": item.subject, "token": item.token},
            "owner_name": (item.person.full_name if item.person_id else item.from_name)
            or (_("homeowner") if language == "en" else "业主"),
            "note": note,
            "association": item.association.name if item.association_id else "",
            "company": settings.CAREDESK_COMPANY_NAME,
            "staff_name": staff_name,
        }
    )
    try:
        subject = _ENGINE.from_string(template.subject).render(context)
        text = _ENGINE.from_string(template.body).render(context)
    except TemplateSyntaxError as error:
        raise ApplicationError(
            _("Reply template %(template)s does not render: %(error)s")
            % {"template": template, "error": error}
        ) from error
    subject = " ".join(subject.split())
    if item.token not in subject:
        subject = f"{subject} {item.token}"
    return RenderedReply(subject=subject, text=text, language=template.language)


@dataclass(frozen=True)
class CannedReply:
    code: str
    title: str
    text: str


def canned_replies(*, item: ActionItem, staff_name: str = "") -> list[CannedReply]:
    """The canned answers, in the owner's language (English where there is no translation),
    filled in for this item, for the CSR to insert into a reply."""
    language = owner_language(item)
    chosen: dict[str, ReplyTemplate] = {}
    for template in ReplyTemplate.objects.filter(is_canned=True, is_active=True):
        if template.language == language or (
            template.code not in chosen and template.language == "en"
        ):
            chosen[template.code] = template
    context = Context(
        {
            "item": {"number": item.number, "subject": item.subject, "token": item.token},
            "owner_name": item.person.full_name if item.person_id else item.from_name,
            "association": item.association.name if item.association_id else "",
            "company": settings.CAREDESK_COMPANY_NAME,
            "staff_name": staff_name,
        }
    )
    replies = []
    for code, template in sorted(chosen.items(), key=lambda pair: pair[1].title or pair[0]):
        try:
            text = _ENGINE.from_string(template.body).render(context)
        except TemplateSyntaxError:
            logger.warning("canned reply %s does not render", template)
            continue
        replies.append(CannedReply(code=code, title=template.title or code, text=text.strip()))
    return replies


@transaction.atomic
def reply_send(
    *,
    item: ActionItem,
    note: str,
    actor: AbstractUser | None,
    step: ActionStep | None = None,
    template_code: str = "",
) -> Message:
    """Store an email to the owner on the item and send it once the transaction commits.

    It answers the customer's latest message (In-Reply-To / References), so their reply comes
    back to this item; the subject carries the item token as well.
    """
    to = owner_address(item)
    if not to:
        raise ApplicationError(
            _("Item #%(number)s has no email address to answer; attach it to a homeowner first.")
            % {"number": item.number}
        )
    staff_name = (actor.get_full_name() or actor.get_username()) if actor else ""
    rendered = reply_render(
        item=item,
        note=note,
        template_code=template_code or (step.template_code if step else ""),
        staff_name=staff_name,
    )
    answered = (
        Message.objects.filter(item_link__item=item, direction=Message.Direction.INBOUND)
        .order_by("-item_link__added_at", "-id")
        .first()
    )
    sender = item.inbox.address or email.utils.parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    from_email = email.utils.formataddr((settings.CAREDESK_COMPANY_NAME, sender))
    message = message_store_outgoing(
        mail=OutgoingMail(
            to=[to],
            subject=rendered.subject,
            text=rendered.text,
            from_email=from_email,
            reply_to=[sender],
            in_reply_to=answered.message_id if answered is not None else "",
            references=answered.reference_ids if answered is not None else [],
        )
    )
    ItemMessage.objects.create(item=item, message=message)
    search_text_add(item_id=item.pk, parts=[message.text])
    event_record(
        item=item,
        kind=ItemEvent.Kind.REPLY_SENT,
        actor=actor,
        to_step=step,
        note=note,
        data={"message_id": message.message_id, "to": to, "language": rendered.language},
    )
    transaction.on_commit(lambda: _deliver_later(message.pk))
    return message


def _deliver_later(message_pk: int) -> None:
    from caredesk.actions.tasks import deliver_message

    deliver_message.enqueue(message_pk)
