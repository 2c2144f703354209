"""The REST API, /api/v1/: the same services and permission checks as the staff UI.

Auth: the Django session (with its CSRF token), or `Authorization: Bearer <token>` from
`caredesk manage create_api_token USERNAME`. Errors are JSON `{"detail": "..."}`:
400 a business rule refused, 401 not signed in, 403 not allowed, 404 not found (or not
yours to see), 409 changed by someone else meanwhile, 422 the request does not validate.
"""

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query, Schema, Status
from ninja.errors import AuthenticationError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.security import HttpBearer, django_auth

from caredesk.actions.models import ActionItem, ActionStep, ActionType
from caredesk.actions.selectors import (
    items_matching,
    items_visible_to,
    my_action_items,
    urgency_rank,
    user_may_step,
)
from caredesk.actions.services import (
    ConflictError,
    NotAllowedError,
    item_attach,
    item_create_manual,
    item_note_add,
    item_promise_set,
    item_sign,
    item_step,
    item_triage_overrule,
    queue_assign,
    queue_next,
    queue_release,
    work_check,
)
from caredesk.api import schemas
from caredesk.api.services import token_user
from caredesk.calls.selectors import callbacks_pending
from caredesk.calls.services import call_attempt_log
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Account, Association, ContactEmail, Person
from caredesk.directory.selectors import person_search
from caredesk.mailroom.models import Inbox
from caredesk.notes.models import AccountNote
from caredesk.notes.selectors import person_notes
from caredesk.notes.services import account_note_add


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = token_user(key=token)
        if user is not None:
            request.user = user
        return user


api = NinjaAPI(
    title="Caredesk API",
    version="1",
    description=__doc__,
    urls_namespace="api-v1",
    auth=[BearerToken(), django_auth],
)


# --- errors: JSON with a message and the right status -------------------------------------------


def _error(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return api.create_response(request, {"detail": message}, status=status)


@api.exception_handler(NotAllowedError)
def _not_allowed(request: HttpRequest, error: NotAllowedError) -> HttpResponse:
    return _error(request, str(error), 403)


@api.exception_handler(ConflictError)
def _conflict(request: HttpRequest, error: ConflictError) -> HttpResponse:
    return _error(request, str(error), 409)


@api.exception_handler(ApplicationError)
def _refused(request: HttpRequest, error: ApplicationError) -> HttpResponse:
    return _error(request, str(error), 400)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, error: AuthenticationError) -> HttpResponse:
    return _error(request, _("Sign in, or send a valid API token (Authorization: Bearer …)."), 401)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, error: Http404) -> HttpResponse:
    return _error(request, str(error) or _("Not found."), 404)


# --- helpers -------------------------------------------------------------------------------------


def _items(request: HttpRequest) -> QuerySet[ActionItem]:
    # Joins only for what differs per row; the few types, steps, inboxes and associations come
    # in one small query each. Nine joins cost PostgreSQL more to plan than to run.
    return (
        items_visible_to(user=request.user)
        .select_related("person", "account", "unit", "claimed_by")
        .prefetch_related(
            "action_type",
            "step",
            "inbox",
            "association",
            Prefetch("person__emails", queryset=ContactEmail.objects.order_by("id")),
        )
    )


def _item(request: HttpRequest, item_id: int) -> ActionItem:
    item = _items(request).filter(pk=item_id).first()
    if item is None:
        # The same answer whether it does not exist or is not yours: nothing leaks.
        raise Http404(_("There is no item #%(number)s.") % {"number": item_id})
    return item


def _staff_only(request: HttpRequest) -> None:
    if not request.user.is_staff:
        raise NotAllowedError(_("Only staff may do this."))


def _detail(request: HttpRequest, item: ActionItem) -> ActionItem:
    """The item as ItemDetailOut shows it (its resolvers read the rest, as the viewer may)."""
    return _item(request, item.pk)


# --- items ---------------------------------------------------------------------------------------


class ItemFilters(Schema):
    inbox: str | None = None
    step: int | None = None
    role: str | None = None
    association: int | None = None
    is_open: bool | None = None
    urgency: str | None = None
    orphan: bool | None = None
    action_type: str | None = None
    q: str | None = None


def _filtered(items: QuerySet[ActionItem], filters: ItemFilters) -> QuerySet[ActionItem]:
    if filters.inbox:
        items = items.filter(
            Q(inbox__pk=int(filters.inbox))
            if filters.inbox.isdigit()
            else Q(inbox__name=filters.inbox)
        )
    if filters.step is not None:
        items = items.filter(step_id=filters.step)
    if filters.role:
        items = items.filter(step__send_to_role__code=filters.role)
    if filters.association is not None:
        items = items.filter(association_id=filters.association)
    if filters.is_open is not None:
        items = items.filter(is_open=filters.is_open)
    if filters.urgency:
        items = items.filter(urgency=filters.urgency)
    orphan_links = [ActionItem.Link.ORPHAN, ActionItem.Link.AMBIGUOUS]
    if filters.orphan is True:
        items = items.filter(link__in=orphan_links)
    elif filters.orphan is False:
        items = items.exclude(link__in=orphan_links)
    if filters.action_type:
        items = items.filter(action_type__code=filters.action_type)
    if filters.q:
        # Full text (subjects, messages, notes; English and Chinese), or the sender's address.
        by_sender = Q(from_email__icontains=filters.q) if "@" in filters.q else Q(pk__in=[])
        items = items.filter(by_sender | Q(pk__in=items_matching(items=items, query=filters.q)))
    return items


@api.get("/items", response=list[schemas.ItemOut], tags=["items"])
@paginate(LimitOffsetPagination)
def items_list(request: HttpRequest, filters: Query[ItemFilters]) -> QuerySet[ActionItem]:
    """Items you may see, newest first; filter by inbox, step, role, association, state…"""
    return _filtered(_items(request), filters).order_by("-received_at", "-id")


@api.get("/me/items", response=list[schemas.ItemOut], tags=["items"])
@paginate(LimitOffsetPagination)
def my_items(request: HttpRequest) -> QuerySet[ActionItem]:
    """My Action Items: open items whose current step is sent to a role you hold there,
    emergencies first, then the oldest."""
    mine = my_action_items(user=request.user).values("pk")
    return (
        _items(request)
        .filter(pk__in=mine)
        .annotate(urgency_rank=urgency_rank())
        .order_by("-urgency_rank", "received_at")
    )


@api.get("/items/{item_id}", response=schemas.ItemDetailOut, tags=["items"])
def item_detail(request: HttpRequest, item_id: int) -> ActionItem:
    """One item with its conversation and (for staff) its history."""
    return _detail(request, _item(request, item_id))


@api.post("/items", response={201: schemas.ItemDetailOut}, tags=["items"])
def item_new(request: HttpRequest, payload: schemas.ItemIn) -> Status:
    """+ New Action Item: from a call, a walk-in, the front desk…"""
    _staff_only(request)
    kinds = ActionType.objects.filter(is_active=True)
    wanted = payload.action_type
    kind = kinds.filter(code=wanted).first() or (
        kinds.filter(pk=int(wanted)).first() if wanted.isdigit() else None
    )
    if kind is None:
        raise ApplicationError(
            _("There is no action type %(type)s.") % {"type": payload.action_type}
        )
    inbox_ref = payload.inbox if payload.inbox is not None else "CC General"
    inbox = Inbox.objects.filter(
        Q(pk=inbox_ref)
        if isinstance(inbox_ref, int) or str(inbox_ref).isdigit()
        else Q(name=inbox_ref)
    ).first()
    if inbox is None:
        raise ApplicationError(_("There is no inbox %(inbox)s.") % {"inbox": inbox_ref})
    account = _account(payload.account) if payload.account else None
    person = Person.objects.filter(pk=payload.person).first() if payload.person else None
    if payload.person and person is None:
        raise ApplicationError(_("There is no person %(id)s.") % {"id": payload.person})
    association = _association(payload.association) if payload.association else None
    item = item_create_manual(
        actor=request.user,
        action_type=kind,
        inbox=inbox,
        subject=payload.subject,
        description=payload.description,
        channel=payload.channel,
        account=account,
        person=person,
        association=association,
        from_email=payload.from_email,
        from_name=payload.from_name,
        is_flagged=payload.flagged,
    )
    return Status(201, _detail(request, item))


def _account(number: str) -> Account:
    account = (
        Account.objects.select_related("person", "association", "unit")
        .filter(number=number)
        .first()
    )
    if account is None:
        raise ApplicationError(_("There is no account %(number)s.") % {"number": number})
    return account


def _association(association_id: int) -> Association:
    association = Association.objects.filter(pk=association_id).first()
    if association is None:
        raise ApplicationError(_("There is no association %(id)s.") % {"id": association_id})
    return association


@api.post("/items/{item_id}/step", response=schemas.ItemDetailOut, tags=["items"])
def item_move(request: HttpRequest, item_id: int, payload: schemas.StepIn) -> ActionItem:
    """Move the item to another step; a Reply to Owner step emails the note to the owner."""
    _staff_only(request)
    item = _item(request, item_id)
    work_check(user=request.user, item=item)  # as the web desk: no skipping around the queue
    item = item_step(
        item=item,
        to_step=payload.to_step,
        actor=request.user,
        note=payload.note,
        expected_version=payload.expected_version,
    )
    return _detail(request, item)


# --- the work queue ------------------------------------------------------------------------------


@api.post("/queue/next", response={200: schemas.ItemDetailOut, 204: None}, tags=["queue"])
def queue_take_next(request: HttpRequest) -> Status:
    """Claim the next item to work (emergencies, inbox rank, oldest); 204 when nothing is due.

    The same item comes back until you move it on or return it (no skipping around).
    """
    _staff_only(request)
    item = queue_next(user=request.user)
    if item is None:
        return Status(204, None)
    return Status(200, _detail(request, item))


@api.post("/items/{item_id}/release", response=schemas.ItemDetailOut, tags=["queue"])
def item_release(request: HttpRequest, item_id: int, payload: schemas.ReleaseIn) -> ActionItem:
    """Give the item back to the queue (whoever holds it, or a lead)."""
    _staff_only(request)
    item = queue_release(item=_item(request, item_id), actor=request.user, note=payload.note)
    return _detail(request, item)


@api.post("/items/{item_id}/assign", response=schemas.ItemDetailOut, tags=["queue"])
def item_assign(request: HttpRequest, item_id: int, payload: schemas.AssignIn) -> ActionItem:
    """A lead gives the item to one person, out of the queue's order."""
    _staff_only(request)
    to_user = get_user_model().objects.filter(username=payload.user).first()
    if to_user is None:
        raise ApplicationError(_("There is no user %(user)s.") % {"user": payload.user})
    item = queue_assign(
        item=_item(request, item_id), to_user=to_user, actor=request.user, note=payload.note
    )
    return _detail(request, item)


@api.post("/items/{item_id}/signoffs", response=schemas.ItemDetailOut, tags=["items"])
def item_signoff(request: HttpRequest, item_id: int, payload: schemas.SignIn) -> ActionItem:
    """Give a sign-off the current step needs (e.g. the supervisor's approval)."""
    _staff_only(request)
    item = _item(request, item_id)
    item_sign(item=item, code=payload.signoff, actor=request.user, note=payload.note)
    return _detail(request, item)


@api.post("/items/{item_id}/promise", response=schemas.ItemDetailOut, tags=["items"])
def item_promise(request: HttpRequest, item_id: int, payload: schemas.PromiseIn) -> ActionItem:
    """Set the time promised to the customer (only the type's promise role, e.g. the supervisor)."""
    _staff_only(request)
    item = _item(request, item_id)
    item_promise_set(item=item, at=payload.promised_at, actor=request.user, note=payload.note)
    return _detail(request, item)


@api.post("/items/{item_id}/attach", response=schemas.ItemDetailOut, tags=["items"])
def item_link(request: HttpRequest, item_id: int, payload: schemas.AttachIn) -> ActionItem:
    """Attach an orphan to a homeowner account, or to an association only."""
    _staff_only(request)
    item = _item(request, item_id)
    if not user_may_step(user=request.user, item=item):
        raise NotAllowedError(_("Only the role the item is with (or a lead) may attach it."))
    if (payload.account is None) == (payload.association is None):
        raise ApplicationError(_("Give exactly one of account or association."))
    item_attach(
        item=item,
        actor=request.user,
        account=_account(payload.account) if payload.account else None,
        association=_association(payload.association) if payload.association else None,
    )
    return _detail(request, item)


@api.post("/items/{item_id}/triage", response=schemas.ItemDetailOut, tags=["items"])
def item_triage_fix(request: HttpRequest, item_id: int, payload: schemas.TriageIn) -> ActionItem:
    """Overrule triage (urgency, leak, category, call-back) with a reason; kept as feedback."""
    _staff_only(request)
    item = _item(request, item_id)
    item_triage_overrule(
        item=item,
        actor=request.user,
        field=payload.field,
        value=payload.value,
        reason=payload.reason,
    )
    return _detail(request, item)


@api.post("/items/{item_id}/notes", response={201: schemas.NoteOut}, tags=["items"])
def item_note(request: HttpRequest, item_id: int, payload: schemas.NoteIn) -> Status:
    """An internal note on the item (never sent to the owner)."""
    _staff_only(request)
    item = _item(request, item_id)
    return Status(201, item_note_add(item=item, actor=request.user, text=payload.text))


# --- action types --------------------------------------------------------------------------------


@api.get("/action-types", response=list[schemas.ActionTypeOut], tags=["action types"])
def action_types(request: HttpRequest) -> QuerySet[ActionType]:
    """The workflows: each type with its ordered steps."""
    _staff_only(request)
    return (
        ActionType.objects.filter(is_active=True)
        .prefetch_related(
            Prefetch(
                "steps",
                queryset=ActionStep.objects.select_related("send_to_role", "reply_to_role")
                .prefetch_related("next_steps", "signoffs__role")
                .order_by("order"),
            )
        )
        .select_related("promise_role")
    )


# --- the directory, for attaching orphans ---------------------------------------------------------


@api.get("/people", response=list[schemas.PersonOut], tags=["directory"])
def people_search(request: HttpRequest, q: str) -> list[Person]:
    """Find homeowners by name, email, phone, unit or account number (staff only)."""
    _staff_only(request)
    return person_search(query=q, limit=25)


# --- return calls and account notes (R-08–) --------------------------------------------


@api.post("/items/{item_id}/calls", response=schemas.CallItemOut, tags=["calls"])
def item_call(request: HttpRequest, item_id: int, payload: schemas.CallIn) -> ActionItem:
    """Log a return call; the call-back policy decides what happens next (see the README)."""
    _staff_only(request)
    item = _item(request, item_id)
    call_attempt_log(item=item, actor=request.user, outcome=payload.outcome, note=payload.note)
    return _detail(request, item)


@api.get("/callbacks", response=list[schemas.CallbackOut], tags=["calls"])
@paginate(LimitOffsetPagination)
def callbacks(request: HttpRequest) -> QuerySet[ActionItem]:
    """Open items waiting for a return call, the soonest due first (overdue ones lead)."""
    _staff_only(request)
    return callbacks_pending(user=request.user).select_related("action_type", "account")


def _person(person_id: int) -> Person:
    person = Person.objects.filter(pk=person_id).first()
    if person is None:
        raise Http404(_("There is no person %(id)s.") % {"id": person_id})
    return person


@api.get("/people/{person_id}/notes", response=list[schemas.AccountNoteOut], tags=["directory"])
@paginate(LimitOffsetPagination)
def people_notes(request: HttpRequest, person_id: int) -> QuerySet[AccountNote]:
    """A homeowner's account notes, newest first; the desk's own are marked automatic."""
    _staff_only(request)
    return person_notes(person_id=_person(person_id).pk)


@api.post("/people/{person_id}/notes", response={201: schemas.AccountNoteOut}, tags=["directory"])
def people_note_add(request: HttpRequest, person_id: int, payload: schemas.AccountNoteIn) -> Status:
    """Write a note on a homeowner's account."""
    _staff_only(request)
    person = _person(person_id)
    account = None
    if payload.account:
        account = person.accounts.filter(number=payload.account).first()
        if account is None:
            raise ApplicationError(
                _("%(person)s has no account %(number)s.")
                % {"person": person, "number": payload.account}
            )
    note = account_note_add(person=person, account=account, text=payload.text, actor=request.user)
    return Status(201, note)
