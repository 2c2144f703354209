"""Triage on items: apply what triage decided, let a CSR overrule it, alert on emergencies.

Triage itself (caredesk.triage) is a pure decision on a message's text; this module is where
that decision meets an item: its fields, its history and the people to alert.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ItemEvent
from caredesk.actions.selectors import URGENCY_RANK, URGENT_LEVELS
from caredesk.actions.services.alerts import item_url, users_alert
from caredesk.actions.services.history import event_record
from caredesk.actions.services.surge import surge_check_after_intake
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Association
from caredesk.staff.selectors import duty_today, users_holding_role_many
from caredesk.triage.services import TriageResult, feedback_record, message_triage

logger = logging.getLogger("caredesk.actions")

FIELDS = ("urgency", "leak_related", "category", "needs_callback")
_ITEM_FIELD = {
    "urgency": "urgency",
    "leak_related": "is_leak_related",
    "category": "category",
    "needs_callback": "needs_callback",
}


def item_triage(
    *, item: ActionItem, channel: str, subject: str, body: str, from_email: str = ""
) -> TriageResult | None:
    """Triage a message of the item and apply the result (see ``item_triage_apply``).

    ``channel`` may be an item channel (phone, walk_in, …) or a triage channel. Should triage
    itself fail, the item keeps its fields, the error is kept on it, and intake goes on: a
    broken model must never stop mail from becoming items.
    """
    try:
        result = message_triage(
            channel=_triage_channel(channel),
            subject=subject,
            body=body,
            from_name=item.from_name,
            from_email=from_email,
        )
        with transaction.atomic():  # a savepoint: a failure here leaves the item as it was
            item_triage_apply(item=item, result=result)
    except Exception as error:  # noqa: BLE001 - any triage fault: keep the item, say why
        logger.exception("triage failed on item %s", item.pk)
        item.refresh_from_db()
        item.triage = {**item.triage, "error": f"{type(error).__name__}: {error}"[:500]}
        item.save(update_fields=["triage", "updated_at"])
        return None
    return result


TRIAGE_SAVE_FIELDS = ["urgency", "is_leak_related", "category", "needs_callback", "triage"]


@dataclass(frozen=True)
class TriageChange:
    """What applying triage did to an item, for the alerts that follow."""

    became_emergency: bool
    became_urgent: bool


def triage_merge(*, item: ActionItem, result: TriageResult) -> TriageChange:
    """Put triage's decision on the item's fields (in memory; the caller saves).

    A later message can raise urgency and set the leak flag, never lower them; a field a person
    overruled stays as they set it.
    """
    overruled = set(item.triage.get("overruled", {}))
    first = not item.triage.get("decided")
    before = item.urgency
    if "urgency" not in overruled and (
        first or URGENCY_RANK[result.urgency] > URGENCY_RANK.get(item.urgency, 1)
    ):
        item.urgency = str(result.urgency)
    if "leak_related" not in overruled:
        item.is_leak_related = bool(item.is_leak_related or result.leak_related)
    if "category" not in overruled and (first or not item.category):
        item.category = str(result.category)
    if "needs_callback" not in overruled:
        item.needs_callback = bool(item.needs_callback or result.needs_callback)
    item.triage = {
        **item.triage,
        "decided": True,
        "language": result.language,
        "result": result.as_dict(),  # plain JSON values
    }
    return TriageChange(
        became_emergency=item.urgency == "emergency" and (first or before != "emergency"),
        became_urgent=item.urgency in URGENT_LEVELS and (first or before not in URGENT_LEVELS),
    )


def triage_alert(
    *,
    item: ActionItem,
    result: TriageResult,
    change: TriageChange,
    surge: bool = True,
    recipients: dict[int | None, list[AbstractUser]] | None = None,
) -> None:
    """An item that became an emergency alerts the desk at once; urgent ones may start a surge
    (``surge=False``: the caller checks once for a whole batch). A batch passes one
    ``recipients`` dictionary for all its items, so each association's CSRs are looked up once.
    """
    if change.became_emergency:
        if recipients is None:
            recipients = {}
        if item.association_id not in recipients:
            recipients[item.association_id] = emergency_recipients(association=item.association)
        emergency_alert(item=item, result=result, users=recipients[item.association_id])
    if change.became_urgent and surge:
        transaction.on_commit(surge_check_after_intake)


@transaction.atomic
def item_triage_apply(*, item: ActionItem, result: TriageResult) -> ActionItem:
    """Set urgency, leak, category and call-back need from triage (see ``triage_merge``), save,
    and alert when the item became an emergency."""
    change = triage_merge(item=item, result=result)
    item.save(update_fields=[*TRIAGE_SAVE_FIELDS, "updated_at"])
    triage_alert(item=item, result=result, change=change)
    return item


def emergency_recipients(*, association: Association | None) -> list[AbstractUser]:
    """The CSRs told of an emergency: Customer Support for the association, and today's email
    duty."""
    return emergency_recipients_many(associations=[association])[
        association.pk if association is not None else None
    ]


def emergency_recipients_many(
    *, associations: list[Association | None]
) -> dict[int | None, list[AbstractUser]]:
    """emergency_recipients for several associations at once (by id; None: none), in two
    queries."""
    if not associations:
        return {}
    found = users_holding_role_many(role_code="customer-support", associations=associations)
    duty = duty_today(day=timezone.localdate(now()))  # the company's day, not UTC's
    if duty is not None:
        for users in found.values():
            if duty.user not in users:
                users.append(duty.user)
    return found


def emergency_alert(
    *, item: ActionItem, result: TriageResult, users: list[AbstractUser] | None = None
) -> int:
    """Tell the CSRs (``emergency_recipients`` of the item's association, unless given)."""
    if users is None:
        users = emergency_recipients(association=item.association)
    phrases = [r.phrase for r in result.reasons if r.field == "urgency" and r.phrase][:3]
    return users_alert(
        users=users,
        kind="emergency",
        title=_("Emergency: #%(number)s %(subject)s")
        % {"number": item.number, "subject": item.subject},
        body=_("Triage marked item #%(number)s as an emergency (%(why)s).")
        % {"number": item.number, "why": ", ".join(phrases) or _("see the item")},
        url=item_url(item),
    )


@transaction.atomic
def item_triage_overrule(
    *, item: ActionItem, actor: AbstractUser, field: str, value: Any, reason: str
) -> ActionItem:
    """A CSR corrects triage: the change is in the history and exported as training feedback."""
    if field not in FIELDS:
        raise ApplicationError(_("Triage has no field %(field)s.") % {"field": field})
    if not reason.strip():
        raise ApplicationError(_("Say why triage was wrong."))
    if not actor.is_staff:
        raise ApplicationError(_("Only staff may overrule triage."))
    value = _valid(field, value)
    attribute = _ITEM_FIELD[field]
    old = getattr(item, attribute)
    if old == value:
        raise ApplicationError(_("The item already has that value."))
    setattr(item, attribute, value)
    overruled = {**item.triage.get("overruled", {}), field: {"value": value, "by": actor.pk}}
    item.triage = {**item.triage, "overruled": overruled}
    item.version += 1
    item.save(update_fields=[attribute, "triage", "version", "updated_at"])
    event_record(
        item=item,
        kind=ItemEvent.Kind.TRIAGE_CHANGED,
        actor=actor,
        note=reason.strip(),
        data={"field": field, "from": old, "to": value},
    )
    first = item.item_messages.select_related("message").order_by("added_at", "id").first()
    feedback_record(
        item_number=item.number,
        field=field,
        old_value=str(old).lower() if isinstance(old, bool) else str(old),
        new_value=str(value).lower() if isinstance(value, bool) else str(value),
        reason=reason.strip(),
        channel=_triage_channel(item.channel),
        subject=item.subject,
        body=(first.message.new_text or first.message.text) if first else "",
        user=actor,
    )
    return item


def _valid(field: str, value: Any) -> Any:
    if field == "urgency":
        if value not in URGENCY_RANK:
            raise ApplicationError(_("Urgency is one of emergency, urgent, normal, low."))
        return value
    if field == "category":
        if not isinstance(value, str) or not value.strip():
            raise ApplicationError(_("Give a category."))
        return value.strip()
    if isinstance(value, str):
        if value.lower() in {"true", "yes", "1"}:
            return True
        if value.lower() in {"false", "no", "0"}:
            return False
    if not isinstance(value, bool):
        raise ApplicationError(_("%(field)s is true or false.") % {"field": field})
    return value


def _triage_channel(channel: str) -> str:
    """Item channels as triage knows them."""
    return {
        ActionItem.Channel.PRE: "pre",
        ActionItem.Channel.PORTAL: "portal",
        ActionItem.Channel.FRONT_DESK: "frontdesk",
        ActionItem.Channel.WALK_IN: "frontdesk",
        ActionItem.Channel.PHONE: "pre",
        "frontdesk": "frontdesk",
    }.get(channel, "email")
