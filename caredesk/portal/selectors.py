"""Reads of the homeowner portal: a homeowner's items, their conversation, status in plain words.

Every item read here starts from ``actions.selectors.items_visible_to``: a homeowner's own
items across all their accounts, never anyone else's, never a Void one (R-18, R-39).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Min, QuerySet
from django.utils.translation import pgettext_lazy

from caredesk.actions.models import ActionItem, ActionStep, ItemEvent, StepSignoff
from caredesk.actions.selectors import items_visible_to
from caredesk.directory.models import Account, Person
from caredesk.mailroom.models import Attachment, Message

# Roles of the Community Care desk itself; any other role is "with the manager" (operations).
DESK_ROLES = {"customer-support", "cc-lead", "cc-manager", "receptionist"}
# Types whose steps are operations work a homeowner may follow read-only.
INQUIRY_TYPES = {"general-inquiry-email", "portal-request", "phone-message"}


class Status:
    RECEIVED = "received"
    CUSTOMER_SERVICE = "customer_service"
    MANAGER = "manager"
    ANSWERED = "answered"
    CLOSED = "closed"

    LABELS = {
        RECEIVED: pgettext_lazy("portal status", "Received"),
        CUSTOMER_SERVICE: pgettext_lazy("portal status", "With customer service"),
        MANAGER: pgettext_lazy("portal status", "With the manager"),
        ANSWERED: pgettext_lazy("portal status", "Answered"),
        CLOSED: pgettext_lazy("portal status", "Closed"),
    }


def portal_person(*, user) -> Person | None:
    """The homeowner a (non-staff) portal login belongs to."""
    if not user.is_authenticated or not user.is_active or user.is_staff:
        return None
    return Person.objects.filter(user=user).first()


def portal_accounts(*, person: Person) -> list[Account]:
    return list(
        Account.objects.filter(person=person, is_active=True)
        .select_related("association", "unit")
        .order_by("association__name", "number")
    )


def portal_items(*, user) -> QuerySet[ActionItem]:
    """The homeowner's items, most recently active first."""
    return (
        items_visible_to(user=user)
        .select_related(
            "step__send_to_role", "action_type", "association", "account", "unit", "person"
        )
        .order_by("-is_open", "-last_message_at", "-received_at", "-pk")
    )


def portal_item_get(*, user, item_id: int) -> ActionItem | None:
    """One of the homeowner's items, or None (the same for someone else's and for Void)."""
    return portal_items(user=user).filter(pk=item_id).first()


def _first_orders(items: list[ActionItem]) -> dict[int, int]:
    type_ids = {item.action_type_id for item in items}
    return dict(
        ActionStep.objects.filter(action_type_id__in=type_ids)
        .values("action_type_id")
        .annotate(first=Min("order"))
        .values_list("action_type_id", "first")
    )


def item_status(item: ActionItem, *, first_orders: dict[int, int] | None = None) -> str:
    """Where the item is, in plain words: received, with customer service, with the manager,
    answered, closed."""
    step = item.step
    if not item.is_open:
        return Status.ANSWERED if step.emails_owner else Status.CLOSED
    role = step.send_to_role.code if step.send_to_role_id else ""
    if role and role not in DESK_ROLES:
        return Status.MANAGER
    orders = first_orders if first_orders is not None else _first_orders([item])
    untouched = item.first_response_at is None and item.claimed_by_id is None
    if step.order == orders.get(item.action_type_id) and untouched:
        return Status.RECEIVED
    return Status.CUSTOMER_SERVICE


@dataclass(frozen=True)
class PortalRow:
    item: ActionItem
    status: str
    status_label: str
    progress: str  # the step of operations work, read-only; '' for an inquiry


def step_name(step: ActionStep, language: str) -> str:
    return step.name_zh if language.startswith("zh") and step.name_zh else step.name


def has_operations_progress(item: ActionItem) -> bool:
    return item.action_type.code not in INQUIRY_TYPES


def portal_rows(*, user, language: str) -> list[PortalRow]:
    items = list(portal_items(user=user))
    orders = _first_orders(items)
    rows = []
    for item in items:
        status = item_status(item, first_orders=orders)
        rows.append(
            PortalRow(
                item=item,
                status=status,
                status_label=str(Status.LABELS[status]),
                progress=step_name(item.step, language) if has_operations_progress(item) else "",
            )
        )
    return rows


@dataclass(frozen=True)
class ConversationEntry:
    message: Message
    is_from_owner: bool
    attachments: list[Attachment]


def item_conversation(*, item: ActionItem, person: Person) -> list[ConversationEntry]:
    """The messages between the desk and this homeowner on the item, oldest first.

    What the homeowner sent (from an address of theirs, or through the portal) and what the
    desk sent them; mail between the desk and others (a vendor's work-order update) is left
    out, and its progress is shown instead. Staff notes are never messages.
    """
    addresses = set(person.emails.values_list("email", flat=True))
    if item.from_email:
        addresses.add(item.from_email)
    messages = (
        Message.objects.filter(item_link__item=item)
        .select_related("raw")
        .prefetch_related("attachments")
        .order_by("item_link__added_at", "id")
    )
    entries = []
    for message in messages:
        if message.direction == Message.Direction.INBOUND:
            if message.from_email not in addresses:
                continue
            is_from_owner = True
        else:
            recipients = {str(r.get("email", r) if isinstance(r, dict) else r) for r in message.to}
            if not any(_address_in(recipient, addresses) for recipient in recipients):
                continue
            is_from_owner = False
        entries.append(
            ConversationEntry(
                message=message,
                is_from_owner=is_from_owner,
                attachments=[a for a in message.attachments.all() if a.file and not a.is_inline],
            )
        )
    return entries


def _address_in(recipient: str, addresses: set[str]) -> bool:
    recipient = recipient.lower()
    return any(address and address in recipient for address in addresses)


def item_attachment_get(
    *, item: ActionItem, person: Person, attachment_id: int
) -> Attachment | None:
    """An attachment of a message the homeowner may see on this item."""
    for entry in item_conversation(item=item, person=person):
        for attachment in entry.attachments:
            if attachment.pk == attachment_id:
                return attachment
    return None


@dataclass(frozen=True)
class Progress:
    step: str
    promised_at: object
    signoffs: list[str]
    updated_at: object


def item_progress(*, item: ActionItem, language: str) -> Progress | None:
    """Operations work on the item, read-only (R-34): the step it is at, sign-offs, the time
    promised. None for an inquiry (its status says it all)."""
    if not has_operations_progress(item):
        return None
    zh = language.startswith("zh")
    names = {
        signoff.code: signoff.name_zh if zh and signoff.name_zh else signoff.name
        for signoff in StepSignoff.objects.filter(step__action_type_id=item.action_type_id)
    }
    # Only the sign-off's name: the note a staff member wrote with it is internal.
    codes = item.events.filter(kind=ItemEvent.Kind.SIGNED_OFF).order_by("at", "id")
    signoffs = [
        str(names.get(code) or code)
        for code in codes.values_list("data__signoff", flat=True)
        if code
    ]
    return Progress(
        step=step_name(item.step, language),
        promised_at=item.promised_at,
        signoffs=signoffs,
        updated_at=item.updated_at,
    )
