"""The workflow engine: moving an item from step to step, sign-offs, promises and deadlines.

An action type is data (ActionType, ActionStep, StepSignoff). ``item_step`` is the one call that
moves an item: it checks the move, writes the history, sends the owner email when the step
says so, and sets the item's state — all in one transaction, so nothing is half-applied.

Two people moving the same item at once: each carries the version of the item they saw; the
second write finds the version changed and gets a ConflictError instead of overwriting.
"""

from __future__ import annotations

import datetime
import logging

from django.contrib.auth.models import AbstractUser
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ActionStep, ItemEvent, StepSignoff
from caredesk.actions.selectors import item_holder, user_may_step, user_may_work
from caredesk.actions.services.alerts import leads_alert
from caredesk.actions.services.history import event_record
from caredesk.actions.services.replies import reply_send
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.staff.selectors import user_has_role, user_is_lead

logger = logging.getLogger("caredesk.actions")


class NotAllowedError(ApplicationError):
    """The user may not do this to this item (they lack the role)."""


def work_check(*, user: AbstractUser, item: ActionItem) -> None:
    """Refuse (NotAllowedError) when the user may not act on the item now: the step's role or a
    lead, nobody else working it, and no skipping around the queue (``user_may_work``). The
    web desk shows the reason before anyone tries; the API and other services call this."""
    may_work, why_not = user_may_work(user=user, item=item)
    if not may_work:
        raise _refusal(why_not, item)


def _refusal(why_not: str, item: ActionItem) -> NotAllowedError:
    """Why the user may not act on the item, as user_may_work tells it ("role", "held", "queue")."""
    if why_not == "held":
        holder = item_holder(item=item)
        who = (holder.get_full_name() or holder.get_username()) if holder else _("Someone else")
        return NotAllowedError(
            _("%(who)s is working on item #%(number)s.") % {"who": who, "number": item.number}
        )
    if why_not == "queue":
        return NotAllowedError(
            _("Item #%(number)s waits in the queue: take it with Next item when it is due.")
            % {"number": item.number}
        )
    step = item.step
    return NotAllowedError(
        _("Only %(role)s of %(association)s (or a lead) may move item #%(number)s.")
        % {
            "role": step.send_to_role or step.reply_to_role or _("the desk"),
            "association": item.association or _("any association"),
            "number": item.number,
        }
    )


class ConflictError(ApplicationError):
    """Someone else changed the item since it was read; nothing was written."""


def step_resolve(*, item: ActionItem, to_step: ActionStep | int | str) -> ActionStep:
    """A step of the item's type, given as a step, its code, its order number or its id.

    A number is read as the order number within the type when there is such a step, else as
    the step's id.
    """
    if isinstance(to_step, ActionStep):
        step = to_step if to_step.action_type_id == item.action_type_id else None
    else:
        steps = ActionStep.objects.filter(action_type_id=item.action_type_id)
        text = str(to_step).strip()
        step = steps.filter(code=text).first()
        if step is None and text.isdigit():
            # The order number people see ("10 Question for Manager") first, then the id.
            step = steps.filter(order=int(text)).first() or steps.filter(pk=int(text)).first()
    if step is None:
        raise ApplicationError(
            _("%(type)s has no step %(step)s.") % {"type": item.action_type, "step": to_step}
        )
    return step


def is_void(step: ActionStep) -> bool:
    return step.is_closing and step.hides_from_portal


@transaction.atomic
def item_step(
    *,
    item: ActionItem,
    to_step: ActionStep | int | str,
    actor: AbstractUser,
    note: str = "",
    expected_version: int | None = None,
) -> ActionItem:
    """Move an item to another step of its type.

    ``expected_version`` is the version the actor saw (default: that of ``item``); if the item
    changed since, ConflictError is raised and nothing is written.
    """
    expected = item.version if expected_version is None else expected_version
    current = _locked(item)
    if current.version != expected:
        raise _conflict(current)
    target = step_resolve(item=current, to_step=to_step)
    from_step = current.step
    _check_move(item=current, from_step=from_step, to_step=target, actor=actor)
    moment = now()
    changes = _state_after(item=current, to_step=target, moment=moment)
    if target.emails_owner:
        if not note.strip():
            raise ApplicationError(
                _("Write the answer for the owner: %(step)s emails it.") % {"step": target.name}
            )
        if current.first_response_at is None:
            changes["first_response_at"] = moment
    updated = ActionItem.objects.filter(pk=current.pk, version=expected).update(
        **changes, version=F("version") + 1, updated_at=moment
    )
    if updated != 1:  # pragma: no cover - the row lock above makes this unreachable
        raise _conflict(current)
    event_record(
        item=current,
        kind=ItemEvent.Kind.STEPPED,
        actor=actor,
        from_step=from_step,
        to_step=target,
        note=note.strip(),
        at=moment,
        data={
            "closed": bool(target.is_closing),
            "reopened": not current.is_open and not target.is_closing,
        },
    )
    if target.emails_owner:
        # In the same transaction: if the reply cannot be stored, the move is undone too.
        reply_send(item=current, step=target, note=note.strip(), actor=actor)
    current.refresh_from_db()
    return current


def _locked(item: ActionItem) -> ActionItem:
    """The item as it is now, locked until the transaction ends (PostgreSQL; SQLite has one
    writer at a time already)."""
    return (
        ActionItem.objects.select_for_update(of=("self",))
        .select_related("step__reopen_step", "step__send_to_role", "action_type", "association")
        .get(pk=item.pk)
    )


def _conflict(current: ActionItem) -> ConflictError:
    last = current.events.exclude(kind=ItemEvent.Kind.MESSAGE_ADDED).order_by("-at", "-id").first()
    who = ""
    if last is not None:
        who = str(last.actor) if last.actor_id else last.actor_label
    return ConflictError(
        _(
            "Item #%(number)s was changed by %(who)s while you were looking at it; it is now at "
            "%(step)s. Reload it and try again."
        )
        % {"number": current.number, "who": who or _("someone else"), "step": current.step}
    )


def _check_move(
    *, item: ActionItem, from_step: ActionStep, to_step: ActionStep, actor: AbstractUser
) -> None:
    if to_step.pk == from_step.pk:
        raise ApplicationError(_("The item is already at %(step)s.") % {"step": to_step})
    if not user_may_step(user=actor, item=item):
        raise _refusal("role", item)
    holder = item_holder(item=item)
    if (
        holder is not None
        and holder.pk != actor.pk
        and not user_is_lead(user=actor, association=item.association)
    ):
        raise _refusal("held", item)
    allowed = list(from_step.next_steps.all())
    if allowed and to_step not in allowed:
        raise ApplicationError(
            _("From %(from)s an item may go on to %(allowed)s, not to %(to)s.")
            % {
                "from": from_step,
                "allowed": ", ".join(str(step) for step in allowed),
                "to": to_step,
            }
        )
    if to_step.order > from_step.order and not is_void(to_step):
        missing = signoffs_missing(item=item)
        if missing:
            raise ApplicationError(
                _("%(step)s needs these sign-offs first: %(missing)s.")
                % {"step": from_step, "missing": ", ".join(s.name for s in missing)}
            )


def _state_after(
    *, item: ActionItem, to_step: ActionStep, moment: datetime.datetime
) -> dict[str, object]:
    # The item leaves whoever was working it: it is in someone else's hands (or closed) now.
    changes: dict[str, object] = {
        "step": to_step,
        "has_new_reply": False,
        "claimed_by": None,
        "claimed_until": None,
    }
    if to_step.is_closing:
        changes.update(is_open=False, closed_at=moment, is_overdue=False)
    else:
        changes.update(is_open=True, closed_at=None)
        deadline = _type_deadline(item)
        if to_step.sla_minutes:
            step_deadline = moment + datetime.timedelta(minutes=to_step.sla_minutes)
            deadline = min(filter(None, [deadline, step_deadline]))
        changes.update(deadline_at=deadline, is_overdue=bool(deadline and deadline <= moment))
    return changes


def _type_deadline(item: ActionItem) -> datetime.datetime | None:
    minutes = item.action_type.sla_minutes
    return item.received_at + datetime.timedelta(minutes=minutes) if minutes else None


def _entered_current_step_at(item: ActionItem) -> datetime.datetime:
    entered = (
        item.events.filter(to_step_id=item.step_id)
        .exclude(kind=ItemEvent.Kind.SIGNED_OFF)
        .order_by("-at", "-id")
        .values_list("at", flat=True)
        .first()
    )
    return entered or item.created_at


def signoffs_missing(*, item: ActionItem) -> list[StepSignoff]:
    """The sign-offs the current step still needs (those given since it entered the step)."""
    required = list(item.step.signoffs.all())
    if not required:
        return []
    given = set(
        item.events.filter(
            kind=ItemEvent.Kind.SIGNED_OFF, at__gte=_entered_current_step_at(item)
        ).values_list("data__signoff", flat=True)
    )
    return [signoff for signoff in required if signoff.code not in given]


@transaction.atomic
def item_sign(*, item: ActionItem, code: str, actor: AbstractUser, note: str = "") -> ItemEvent:
    """Record a named sign-off of the current step (e.g. the supervisor's approval)."""
    current = _locked(item)
    signoff = current.step.signoffs.select_related("role").filter(code=code).first()
    if signoff is None:
        raise ApplicationError(
            _("%(step)s has no sign-off %(code)s.") % {"step": current.step, "code": code}
        )
    if not user_has_role(user=actor, role_code=signoff.role.code, association=current.association):
        raise NotAllowedError(
            _("Only %(role)s may give the %(signoff)s.")
            % {"role": signoff.role, "signoff": signoff.name}
        )
    if signoff not in signoffs_missing(item=current):
        raise ApplicationError(_("%(signoff)s was already given.") % {"signoff": signoff.name})
    ActionItem.objects.filter(pk=current.pk).update(version=F("version") + 1, updated_at=now())
    return event_record(
        item=current,
        kind=ItemEvent.Kind.SIGNED_OFF,
        actor=actor,
        note=note,
        data={"signoff": signoff.code, "name": signoff.name, "role": signoff.role.code},
    )


@transaction.atomic
def item_promise_set(
    *, item: ActionItem, at: datetime.datetime, actor: AbstractUser, note: str = ""
) -> ActionItem:
    """Set the time promised to the customer; only the type's promise role may (R-26)."""
    current = _locked(item)
    role = current.action_type.promise_role
    if role is not None:
        allowed = user_has_role(user=actor, role_code=role.code, association=current.association)
    else:
        allowed = user_may_step(user=actor, item=current)
    if not allowed:
        raise NotAllowedError(
            _("Only %(role)s may promise the customer a time.")
            % {"role": role or _("the item's current role")}
        )
    previous = current.promised_at
    ActionItem.objects.filter(pk=current.pk).update(
        promised_at=at, version=F("version") + 1, updated_at=now()
    )
    event_record(
        item=current,
        kind=ItemEvent.Kind.PROMISED,
        actor=actor,
        note=note,
        data={
            "promised_at": at.isoformat(),
            "previous": previous.isoformat() if previous else None,
        },
    )
    current.refresh_from_db()
    return current


def items_overdue_flag(*, at: datetime.datetime | None = None) -> list[ActionItem]:
    """Flag open items past their deadline, note it in their history, and alert their leads.

    Each item is flagged once per deadline; returns the items flagged by this call.
    """
    moment = at or now()
    flagged = []
    due = ActionItem.objects.filter(is_open=True, is_overdue=False, deadline_at__lte=moment)
    for item_id in list(due.values_list("pk", flat=True)):
        with transaction.atomic():
            won = ActionItem.objects.filter(
                pk=item_id, is_open=True, is_overdue=False, deadline_at__lte=moment
            ).update(is_overdue=True, is_flagged=True, version=F("version") + 1)
            if not won:
                continue  # another worker got it, or it closed meanwhile
            item = ActionItem.objects.select_related("step", "action_type", "association").get(
                pk=item_id
            )
            late = moment - item.deadline_at
            event_record(
                item=item,
                kind=ItemEvent.Kind.OVERDUE,
                at=moment,
                note=_("Past its deadline of %(deadline)s at %(step)s.")
                % {"deadline": item.deadline_at.isoformat(timespec="minutes"), "step": item.step},
                data={
                    "deadline_at": item.deadline_at.isoformat(),
                    "late_seconds": int(late.total_seconds()),
                },
            )
            leads_alert(
                item=item,
                kind="overdue",
                title=_("Overdue: #%(number)s %(subject)s")
                % {"number": item.number, "subject": item.subject},
                body=_("%(type)s #%(number)s is past its deadline, at %(step)s.")
                % {"type": item.action_type, "number": item.number, "step": item.step},
            )
            flagged.append(item)
    if flagged:
        logger.info("flagged %d overdue items", len(flagged))
    return flagged
