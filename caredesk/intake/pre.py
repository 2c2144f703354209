"""Phone messages (PREs, R-07): a receptionist's note about a caller becomes a flagged item.

Two ways in: the receptionist's form in the staff UI, and email from a receptionist address
(``CAREDESK_RECEPTIONIST_ADDRESSES``) written in this plain format, one field a line, English
or Chinese labels, ``:`` or ``：``::

    Caller: Pat Lee                      来电人 / 姓名
    Phone: (949) 555-0101                电话
    Unit: 12B                            单元 / 房号       (or Account: A-1001 / 账号)
    Association: Seaview Terrace HOA     小区 / 管理处
    Call back: yes                       回电: 是 / 否     (missing means yes)
    Message: Water is coming through     留言 / 内容
    the kitchen ceiling.                 (the message runs to the end)

A message that does not fit still becomes an item: what could be read is used, the rest of the
text is the message, and the item's note names what was missing.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ActionType, ItemEvent
from caredesk.actions.services import event_record, item_create, item_triage
from caredesk.core.errors import ApplicationError
from caredesk.core.text import collapse_spaces, normalise_email, normalise_phone
from caredesk.directory.models import Account, Association
from caredesk.directory.selectors import accounts_for_caller, association_find
from caredesk.intake.linking import SenderLink
from caredesk.mailroom.models import Inbox, Message

PHONE_MESSAGE_TYPE = "phone-message"
PRE_ACTOR = "Phone message intake"

_LABELS = {
    "caller": ("caller", "caller name", "name", "from", "来电人", "来电者", "姓名", "业主"),
    "phone": (
        "phone",
        "phone number",
        "tel",
        "telephone",
        "number",
        "call back number",
        "callback number",
        "电话",
        "电话号码",
        "联系电话",
        "回电号码",
    ),
    "unit": ("unit", "unit number", "apt", "apartment", "space", "lot", "单元", "房号", "门牌"),
    "account": ("account", "account number", "acct", "账号", "账户", "帐号"),
    "unit_or_account": ("unit or account", "unit/account", "单元或账号"),
    "association": ("association", "community", "property", "hoa", "小区", "管理处", "楼盘"),
    "callback": ("call back", "callback", "wants a call back", "call back?", "回电", "需要回电"),
    "message": ("message", "what they said", "said", "details", "留言", "内容", "事由"),
}
_LABEL_OF = {alias: key for key, aliases in _LABELS.items() for alias in aliases}
_LINE = re.compile(r"^\s*([^:：]{1,30}?)\s*[:：]\s*(.*)$")
_YES = {"yes", "y", "true", "1", "please", "是", "要", "需要", "好"}
_NO = {"no", "n", "false", "0", "none", "否", "不", "不要", "不需要", "无需"}
_ACCOUNT_LIKE = re.compile(r"^[A-Za-z]{1,4}-?\d{2,}$")


@dataclass(frozen=True)
class PreFields:
    """What a phone message says about its caller."""

    caller_name: str = ""
    phone: str = ""
    unit: str = ""
    account_number: str = ""
    association: str = ""
    message: str = ""
    wants_callback: bool | None = None
    missing: tuple[str, ...] = field(default=())

    @property
    def fits(self) -> bool:
        return not self.missing

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "missing": list(self.missing)}


def pre_parse(text: str) -> PreFields:
    """Read a receptionist's email in the documented format; never raises, never drops text."""
    values: dict[str, str] = {}
    message_lines: list[str] = []
    loose: list[str] = []
    in_message = False
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        if in_message:
            message_lines.append(line)
            continue
        match = _LINE.match(line)
        key = _LABEL_OF.get(collapse_spaces(match.group(1)).lower()) if match else None
        if key is None or key in values:
            if line.strip():
                loose.append(line.strip())
            continue
        if key == "message":
            in_message = True
            message_lines.append(match.group(2))
            continue
        values[key] = collapse_spaces(match.group(2))
    either = values.pop("unit_or_account", "")
    if either:
        values.setdefault("account" if _ACCOUNT_LIKE.match(either) else "unit", either)
    message = "\n".join(message_lines).strip()
    if loose:
        message = "\n".join([*loose, message] if message else loose).strip()
    callback = values.get("callback", "").lower().rstrip(".!")
    missing = []
    if not values.get("caller"):
        missing.append("caller")
    if not values.get("phone"):
        missing.append("phone")
    if not message_lines or not "\n".join(message_lines).strip():
        missing.append("message")
    return PreFields(
        caller_name=values.get("caller", ""),
        phone=values.get("phone", ""),
        unit=values.get("unit", ""),
        account_number=values.get("account", ""),
        association=values.get("association", ""),
        message=message,
        wants_callback=True if callback in _YES else False if callback in _NO else None,
        missing=tuple(missing),
    )


def is_receptionist_address(email: str) -> bool:
    """Mail from these addresses is a phone message (CAREDESK_RECEPTIONIST_ADDRESSES)."""
    known = settings.CAREDESK_RECEPTIONIST_ADDRESSES
    if not known:
        return False  # most desks: and a batch of thousands asks once per message
    address = normalise_email(email)
    return bool(address) and address in {normalise_email(one) for one in known}


def caller_link(*, fields: PreFields, association: Association | None) -> SenderLink:
    """Link the caller by phone (E.164) or name + unit; several possible accounts: not guessed."""
    accounts = accounts_for_caller(
        phone=fields.phone,
        name=fields.caller_name,
        unit=fields.unit,
        account_number=fields.account_number,
        association=association,
    )
    if len(accounts) == 1:
        return SenderLink(link=ActionItem.Link.LINKED, account=accounts[0])
    if accounts:
        return SenderLink(link=ActionItem.Link.AMBIGUOUS, candidates=accounts)
    return SenderLink(link=ActionItem.Link.ORPHAN)


@transaction.atomic
def pre_item_create(
    *,
    fields: PreFields,
    inbox: Inbox | None = None,
    association: Association | None = None,
    actor: AbstractBaseUser | None = None,
    message: Message | None = None,
    received_at: datetime.datetime | None = None,
) -> ActionItem:
    """A flagged Phone Message item in the Community Care inbox, its caller linked if certain.

    Triage sets the real urgency and leak flag from what the caller said; the receptionist's
    "wants a call back" decides whether the item waits for a return call (missing means yes).
    """
    if message is None and not (fields.caller_name or fields.phone):
        raise ApplicationError(_("A phone message needs the caller's name or phone number."))
    if message is None and not fields.message.strip():
        raise ApplicationError(_("Write what the caller said."))
    inbox = inbox or _pre_inbox()
    association = association or association_find(name=fields.association)
    linked = caller_link(fields=fields, association=association)
    account: Account | None = linked.account
    owner = account.person if account is not None else None
    first_email = owner.emails.order_by("id").first() if owner is not None else None
    e164 = normalise_phone(fields.phone, region=settings.CAREDESK_DEFAULT_REGION)
    caller = fields.caller_name or (owner.full_name if owner is not None else "")
    summary = collapse_spaces(fields.message)[:80]
    subject = _("Phone message: %(caller)s") % {"caller": caller or fields.phone or "?"}
    if summary:
        subject += " — " + summary
    item = item_create(
        action_type=ActionType.objects.get(code=PHONE_MESSAGE_TYPE),
        inbox=inbox,
        subject=subject,
        channel=ActionItem.Channel.PRE,
        received_at=received_at,
        # Replies go to the homeowner, never back to the receptionist who wrote it down.
        from_email=first_email.email if first_email is not None else "",
        from_name=caller,
        from_phone=e164 or fields.phone,
        link=linked.link,
        account=account,
        association=None if account is not None else association,
        candidates=linked.candidates,
        is_flagged=True,
        language=owner.language if owner is not None else "",
        message=message,
        actor=actor,
        actor_label="" if actor else PRE_ACTOR,
    )
    event_record(
        item=item,
        kind=ItemEvent.Kind.NOTE,
        actor=actor,
        actor_label="" if actor else PRE_ACTOR,
        note=_pre_note(fields, e164=e164, from_email=message is not None),
        data={"pre": fields.as_dict()},
    )
    item_triage(
        item=item,
        channel=ActionItem.Channel.PRE,
        subject=subject,
        body=fields.message,
        from_email=item.from_email,
    )
    wants_callback = fields.wants_callback is not False
    if item.needs_callback != wants_callback:
        ActionItem.objects.filter(pk=item.pk).update(needs_callback=wants_callback)
        item.needs_callback = wants_callback
    return item


def _pre_inbox() -> Inbox:
    inbox = Inbox.objects.filter(name=settings.CAREDESK_PRE_INBOX).first()
    if inbox is None:
        raise ApplicationError(
            _("There is no inbox %(name)s for phone messages (CAREDESK_PRE_INBOX).")
            % {"name": settings.CAREDESK_PRE_INBOX}
        )
    return inbox


def _pre_note(fields: PreFields, *, e164: str, from_email: bool) -> str:
    """What the receptionist wrote, as the item's first note, with what did not fit."""
    yes_no = {True: _("yes"), False: _("no"), None: _("not said (yes)")}
    lines = [
        _("Caller: %(value)s") % {"value": fields.caller_name or "—"},
        _("Phone: %(value)s") % {"value": e164 or fields.phone or "—"},
        _("Unit or account: %(value)s")
        % {"value": " / ".join(filter(None, [fields.unit, fields.account_number])) or "—"},
        _("Association: %(value)s") % {"value": fields.association or "—"},
        _("Wants a call back: %(value)s") % {"value": yes_no[fields.wants_callback]},
        _("What they said: %(value)s") % {"value": fields.message or "—"},
    ]
    if fields.phone and not e164:
        lines.append(_("The phone number could not be read as a number; call it as written."))
    if from_email and fields.missing:
        lines.append(
            _("This email did not fit the phone-message format; missing: %(fields)s.")
            % {"fields": ", ".join(fields.missing)}
        )
    return "\n".join(lines)
