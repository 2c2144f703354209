"""What the API sends and takes: typed, documented in /api/v1/openapi.json."""

from __future__ import annotations

import datetime
from typing import Any, Literal

from ninja import Field, Schema

from caredesk.actions.models import ActionItem, ActionStep, ItemEvent
from caredesk.actions.selectors import user_may_step
from caredesk.actions.services.workflow import signoffs_missing
from caredesk.calls.models import CallAttempt, CallPolicy
from caredesk.calls.selectors import callback_when
from caredesk.calls.services import call_policy_get
from caredesk.mailroom.models import Message
from caredesk.notes.models import AccountNote


class Error(Schema):
    detail: str


class Ref(Schema):
    id: int
    name: str


class StepRef(Schema):
    id: int
    order: int
    code: str
    name: str
    name_zh: str


class TypeRef(Schema):
    id: int
    code: str
    name: str


class PersonRef(Schema):
    id: int
    name: str
    email: str | None


class ItemOut(Schema):
    id: int
    number: int
    subject: str
    from_email: str
    from_name: str
    from_phone: str = Field(description="the number to call back, from a phone message")
    channel: str
    action_type: TypeRef
    step: StepRef
    is_open: bool
    inbox: Ref
    association: Ref | None
    person: PersonRef | None
    account: str | None = Field(None, description="the homeowner account number")
    link: str
    orphan: bool
    urgency: str
    leak_related: bool
    category: str
    needs_callback: bool
    flagged: bool
    has_new_reply: bool
    received_at: datetime.datetime
    created_at: datetime.datetime
    due_at: datetime.datetime | None
    deadline_at: datetime.datetime | None
    is_overdue: bool
    promised_at: datetime.datetime | None
    first_response_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    version: int = Field(description="send it back as expected_version to step safely")
    claimed_by: str | None = Field(None, description="username of whoever is working it")
    claimed_until: datetime.datetime | None = Field(
        None, description="when the claim runs out (empty while claimed: assigned by a lead)"
    )

    @staticmethod
    def resolve_number(item: ActionItem) -> int:
        return item.number

    @staticmethod
    def resolve_action_type(item: ActionItem) -> dict[str, Any]:
        kind = item.action_type
        return {"id": kind.pk, "code": kind.code, "name": kind.name}

    @staticmethod
    def resolve_step(item: ActionItem) -> dict[str, Any]:
        return step_dict(item.step)

    @staticmethod
    def resolve_inbox(item: ActionItem) -> dict[str, Any]:
        return {"id": item.inbox_id, "name": item.inbox.name}

    @staticmethod
    def resolve_association(item: ActionItem) -> dict[str, Any] | None:
        if item.association_id is None:
            return None
        return {"id": item.association_id, "name": item.association.name}

    @staticmethod
    def resolve_person(item: ActionItem) -> dict[str, Any] | None:
        if item.person_id is None:
            return None
        emails = item.person.emails.all()
        first = min(emails, key=lambda row: row.pk) if emails else None
        return {
            "id": item.person_id,
            "name": item.person.full_name,
            "email": first.email if first else None,
        }

    @staticmethod
    def resolve_account(item: ActionItem) -> str | None:
        return item.account.number if item.account_id else None

    @staticmethod
    def resolve_claimed_by(item: ActionItem) -> str | None:
        return item.claimed_by.get_username() if item.claimed_by_id else None

    @staticmethod
    def resolve_orphan(item: ActionItem) -> bool:
        return item.link in (ActionItem.Link.ORPHAN, ActionItem.Link.AMBIGUOUS)

    @staticmethod
    def resolve_leak_related(item: ActionItem) -> bool:
        return item.is_leak_related

    @staticmethod
    def resolve_flagged(item: ActionItem) -> bool:
        return item.is_flagged


def step_dict(step: ActionStep) -> dict[str, Any]:
    return {
        "id": step.pk,
        "order": step.order,
        "code": step.code,
        "name": step.name,
        "name_zh": step.name_zh,
    }


class AttachmentOut(Schema):
    id: int
    filename: str
    content_type: str
    size: int


class MessageOut(Schema):
    id: int
    direction: str
    message_id: str
    subject: str
    from_email: str
    from_name: str
    to: list[Any]
    sent_at: datetime.datetime | None
    text: str
    new_text: str
    is_automatic: bool
    attachments: list[AttachmentOut]

    @staticmethod
    def resolve_attachments(message: Message) -> list[Any]:
        return list(message.attachments.all())


class EventOut(Schema):
    id: int
    kind: str
    at: datetime.datetime
    actor: str
    from_step: StepRef | None
    to_step: StepRef | None
    note: str
    data: dict[str, Any]

    @staticmethod
    def resolve_actor(event: ItemEvent) -> str:
        return event.actor.get_username() if event.actor_id else event.actor_label

    @staticmethod
    def resolve_from_step(event: ItemEvent) -> dict[str, Any] | None:
        return step_dict(event.from_step) if event.from_step_id else None

    @staticmethod
    def resolve_to_step(event: ItemEvent) -> dict[str, Any] | None:
        return step_dict(event.to_step) if event.to_step_id else None


class CandidateOut(Schema):
    account: str
    person: PersonRef
    association: Ref
    unit: str | None


class SignoffOut(Schema):
    code: str
    name: str
    role: str


def _viewer(context: dict[str, Any] | None) -> Any:
    return context["request"].user


class ItemDetailOut(ItemOut):
    """An item with its conversation; staff also get its history and what they may do next."""

    messages: list[MessageOut]
    history: list[EventOut]
    candidates: list[CandidateOut]
    signoffs_missing: list[SignoffOut]
    next_steps: list[StepRef] = Field(description="the steps you may move this item on to now")
    triage: dict[str, Any] = Field(description="what triage decided, why, and what was overruled")

    @staticmethod
    def resolve_triage(item: ActionItem, context: dict[str, Any]) -> dict[str, Any]:
        return item.triage if _viewer(context).is_staff else {}

    @staticmethod
    def resolve_messages(item: ActionItem) -> list[Message]:
        return list(
            Message.objects.filter(item_link__item=item)
            .prefetch_related("attachments")
            .order_by("item_link__added_at", "id")
        )

    @staticmethod
    def resolve_history(item: ActionItem, context: dict[str, Any]) -> list[ItemEvent]:
        if not _viewer(context).is_staff:
            return []  # internal notes and who-did-what stay inside the desk
        return list(
            item.events.select_related("actor", "from_step", "to_step").order_by("at", "id")
        )

    @staticmethod
    def resolve_candidates(item: ActionItem, context: dict[str, Any]) -> list[dict[str, Any]]:
        if not _viewer(context).is_staff:
            return []
        return [
            {
                "account": account.number,
                "person": {"id": account.person_id, "name": account.person.full_name},
                "association": {"id": account.association_id, "name": account.association.name},
                "unit": account.unit.label if account.unit_id else None,
            }
            for account in item.candidates.select_related("person", "association", "unit")
        ]

    @staticmethod
    def resolve_signoffs_missing(item: ActionItem, context: dict[str, Any]) -> list[Any]:
        if not _viewer(context).is_staff:
            return []
        return [
            {"code": s.code, "name": s.name, "role": s.role.code}
            for s in signoffs_missing(item=item)
        ]

    @staticmethod
    def resolve_next_steps(item: ActionItem, context: dict[str, Any]) -> list[dict[str, Any]]:
        user = _viewer(context)
        if not user.is_staff or not user_may_step(user=user, item=item):
            return []
        allowed = list(item.step.next_steps.all()) or list(
            ActionStep.objects.filter(action_type_id=item.action_type_id).exclude(pk=item.step_id)
        )
        return [step_dict(step) for step in allowed]


class StepIn(Schema):
    to_step: int | str = Field(
        description="the order number of a step of the type, its code, or its id"
    )
    note: str = ""
    expected_version: int | None = Field(
        None, description="the item version you saw; a changed item answers 409"
    )


class SignIn(Schema):
    signoff: str = Field(description="the sign-off code, e.g. supervisor-approval")
    note: str = ""


class PromiseIn(Schema):
    promised_at: datetime.datetime
    note: str = ""


class AttachIn(Schema):
    account: str | None = Field(None, description="a homeowner account number")
    association: int | None = Field(None, description="an association id")


class TriageIn(Schema):
    field: str = Field(description="urgency, leak_related, category or needs_callback")
    value: str | bool
    reason: str


class NoteIn(Schema):
    text: str


class AssignIn(Schema):
    user: str = Field(description="username of the staff user to give the item to")
    note: str = ""


class ReleaseIn(Schema):
    note: str = ""


class NoteOut(Schema):
    id: int
    at: datetime.datetime
    actor: str
    note: str

    @staticmethod
    def resolve_actor(event: ItemEvent) -> str:
        return event.actor.get_username() if event.actor_id else event.actor_label


class ItemIn(Schema):
    action_type: str = Field(description="an action type code or id")
    subject: str
    description: str = ""
    channel: str = Field("phone", description="phone, walk_in, email, portal or front_desk")
    inbox: int | str | None = Field(None, description="an inbox id or name (default: CC General)")
    account: str | None = Field(None, description="a homeowner account number")
    person: int | None = None
    association: int | None = None
    from_email: str = ""
    from_name: str = ""
    flagged: bool = False


class StepOut(Schema):
    id: int
    order: int
    code: str
    name: str
    name_zh: str
    send_to_role: str | None
    reply_to_role: str | None
    is_closing: bool
    emails_owner: bool
    template_code: str
    hides_from_portal: bool
    reopen_step: int | None
    sla_minutes: int | None
    next_steps: list[int]
    signoffs: list[SignoffOut]

    @staticmethod
    def resolve_send_to_role(step: ActionStep) -> str | None:
        return step.send_to_role.code if step.send_to_role_id else None

    @staticmethod
    def resolve_reply_to_role(step: ActionStep) -> str | None:
        return step.reply_to_role.code if step.reply_to_role_id else None

    @staticmethod
    def resolve_reopen_step(step: ActionStep) -> int | None:
        return step.reopen_step_id

    @staticmethod
    def resolve_next_steps(step: ActionStep) -> list[int]:
        return [next_step.pk for next_step in step.next_steps.all()]

    @staticmethod
    def resolve_signoffs(step: ActionStep) -> list[dict[str, str]]:
        return [{"code": s.code, "name": s.name, "role": s.role.code} for s in step.signoffs.all()]


class ActionTypeOut(Schema):
    id: int
    code: str
    name: str
    name_zh: str
    is_active: bool
    sla_minutes: int | None
    promise_role: str | None
    steps: list[StepOut]

    @staticmethod
    def resolve_promise_role(kind: Any) -> str | None:
        return kind.promise_role.code if kind.promise_role_id else None

    @staticmethod
    def resolve_steps(kind: Any) -> list[Any]:
        return list(kind.steps.all())


class AccountOut(Schema):
    number: str
    relation: str
    association: Ref
    unit: str | None

    @staticmethod
    def resolve_association(account: Any) -> dict[str, Any]:
        return {"id": account.association_id, "name": account.association.name}

    @staticmethod
    def resolve_unit(account: Any) -> str | None:
        return account.unit.label if account.unit_id else None


class PersonOut(Schema):
    id: int
    name: str
    language: str
    emails: list[str]
    phones: list[str]
    accounts: list[AccountOut]

    @staticmethod
    def resolve_name(person: Any) -> str:
        return person.full_name

    @staticmethod
    def resolve_emails(person: Any) -> list[str]:
        return [row.email for row in person.emails.all()]

    @staticmethod
    def resolve_phones(person: Any) -> list[str]:
        return [row.e164 for row in person.phones.all()]

    @staticmethod
    def resolve_accounts(person: Any) -> list[Any]:
        return list(person.accounts.all())


# --- return calls and account notes ---------------------------------------------------------------


def _policy(context: dict[str, Any]) -> CallPolicy:
    """The call-back policy, read once per request."""
    request = context["request"]
    policy = getattr(request, "_call_policy", None)
    if policy is None:
        policy = request._call_policy = call_policy_get()
    return policy


class CallIn(Schema):
    outcome: Literal["reached", "left_voicemail", "no_voicemail", "no_answer", "wrong_number"]
    note: str = ""


class CallAttemptOut(Schema):
    number: int
    outcome: str
    note: str
    caller: str | None
    at: datetime.datetime

    @staticmethod
    def resolve_caller(attempt: CallAttempt) -> str | None:
        return attempt.caller.get_username() if attempt.caller_id else None


class CallItemOut(ItemDetailOut):
    """An item with its return calls: how many were made, how many the policy wants."""

    call_attempts: int = Field(description="return-call attempts made")
    call_attempts_required: int = Field(description="attempts the call-back policy asks for")
    calls: list[CallAttemptOut]

    @staticmethod
    def resolve_call_attempts(item: ActionItem) -> int:
        return item.call_attempts.count()

    @staticmethod
    def resolve_call_attempts_required(item: ActionItem, context: dict[str, Any]) -> int:
        return _policy(context).required_for(is_leak_related=item.is_leak_related)

    @staticmethod
    def resolve_calls(item: ActionItem) -> list[CallAttempt]:
        return list(item.call_attempts.select_related("caller").order_by("number"))


class CallbackOut(ItemOut):
    """An item waiting for a return call, in the callbacks list."""

    call_attempts: int = Field(description="return-call attempts made")
    call_attempts_required: int
    callback_due_at: datetime.datetime = Field(description="due_at, or when it came in")
    when: Literal["overdue", "due_now", "due_later"]
    phones: list[str] = Field(description="the caller's number, then the homeowner's")

    @staticmethod
    def resolve_call_attempts(item: ActionItem) -> int:
        return item.call_attempts_made

    @staticmethod
    def resolve_call_attempts_required(item: ActionItem, context: dict[str, Any]) -> int:
        return _policy(context).required_for(is_leak_related=item.is_leak_related)

    @staticmethod
    def resolve_when(item: ActionItem, context: dict[str, Any]) -> str:
        return callback_when(item=item, policy=_policy(context))

    @staticmethod
    def resolve_phones(item: ActionItem) -> list[str]:
        phones = [item.from_phone] if item.from_phone else []
        if item.person_id:
            phones += [p.e164 for p in item.person.phones.all() if p.e164 not in phones]
        return phones


class AccountNoteIn(Schema):
    text: str
    account: str | None = Field(None, description="one of the person's account numbers")


class AccountNoteOut(Schema):
    id: int
    at: datetime.datetime
    text: str
    automatic: bool = Field(description="written by the desk itself, not by a person")
    author: str | None
    account: str | None
    item: int | None

    @staticmethod
    def resolve_automatic(note: AccountNote) -> bool:
        return note.is_automatic

    @staticmethod
    def resolve_author(note: AccountNote) -> str | None:
        return note.author.get_username() if note.author_id else None

    @staticmethod
    def resolve_account(note: AccountNote) -> str | None:
        return note.account.number if note.account_id else None

    @staticmethod
    def resolve_item(note: AccountNote) -> int | None:
        return note.item_id
