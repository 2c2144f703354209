"""Return calls: log an attempt and do what the company's policy says next (R-08–R-11).

Not leak-related: one attempt. Leak-related: three; after each unsuccessful one the item goes
back to the Community Care queue, not handed out again until ``retry_minutes`` later (the queue
respects ``due_at``). After the last unsuccessful attempt the desk writes a note on the
homeowner's account and (by default) closes the item. "No voicemail available" always leaves a
note on the account. Reaching the caller ends the call-backs: the item goes on in its workflow.
"""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ActionStep, ItemEvent
from caredesk.actions.services import event_record, item_step, work_check
from caredesk.calls.models import CallAttempt, CallPolicy
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.notes.services import account_note_add

UNSUCCESSFUL = {
    CallAttempt.Outcome.LEFT_VOICEMAIL,
    CallAttempt.Outcome.NO_VOICEMAIL,
    CallAttempt.Outcome.NO_ANSWER,
}
NOTE_MAX_CHARS = 2000


def call_policy_get() -> CallPolicy:
    """The company's call-back policy (the defaults of R-08–R-11 until someone edits it)."""
    policy = CallPolicy.objects.order_by("pk").first()
    if policy is None:
        policy, _created = CallPolicy.objects.get_or_create(pk=1)
    return policy


def company_time(moment: datetime.datetime) -> datetime.datetime:
    """A moment on the company's clock (TIME_ZONE), whatever language or zone the viewer has."""
    return timezone.localtime(moment, zoneinfo.ZoneInfo(settings.TIME_ZONE))


@transaction.atomic
def call_attempt_log(
    *, item: ActionItem, actor: AbstractUser, outcome: str, note: str = ""
) -> CallAttempt:
    """Record one return call on the item and apply the call-back policy."""
    if outcome not in CallAttempt.Outcome.values:
        raise ApplicationError(
            _("Unknown outcome %(outcome)s: use one of %(known)s.")
            % {"outcome": outcome or "''", "known": ", ".join(CallAttempt.Outcome.values)}
        )
    note = note.strip()
    if len(note) > NOTE_MAX_CHARS:
        raise ApplicationError(
            _("A call note is at most %(count)s characters.") % {"count": NOTE_MAX_CHARS}
        )
    current = (
        ActionItem.objects.select_for_update(of=("self",))
        .select_related("step__send_to_role", "action_type", "association", "person", "account")
        .get(pk=item.pk)
    )
    if not current.is_open:
        raise ApplicationError(_("Item #%(number)s is closed.") % {"number": current.number})
    if not current.needs_callback:
        raise ApplicationError(
            _("Item #%(number)s is not waiting for a call back.") % {"number": current.number}
        )
    work_check(user=actor, item=current)
    policy = call_policy_get()
    moment = now()
    made = current.call_attempts.count()
    required = policy.required_for(is_leak_related=current.is_leak_related)
    attempt = CallAttempt.objects.create(
        item=current, number=made + 1, outcome=outcome, note=note, caller=actor, at=moment
    )
    changes: dict[str, object] = {}
    is_last = attempt.number >= required
    next_due_at = None
    wrong_number = outcome == CallAttempt.Outcome.WRONG_NUMBER
    if outcome == CallAttempt.Outcome.REACHED or is_last or wrong_number:
        # A wrong number is not tried again: the item stays with the caller, to be answered
        # by email or once the number on file is put right.
        changes.update(needs_callback=False, due_at=None)
    else:
        # Back to the Community Care queue, not handed out before the next attempt is due.
        next_due_at = moment + datetime.timedelta(minutes=policy.retry_minutes)
        changes.update(due_at=next_due_at, claimed_by=None, claimed_until=None)
    ActionItem.objects.filter(pk=current.pk).update(
        **changes, version=F("version") + 1, updated_at=moment
    )
    event_record(
        item=current,
        kind=ItemEvent.Kind.CALL_ATTEMPT,
        actor=actor,
        at=moment,
        note=_history_line(attempt=attempt, required=required, next_due_at=next_due_at),
        data={
            "attempt": attempt.number,
            "required": required,
            "outcome": outcome,
            "next_due_at": next_due_at.isoformat() if next_due_at else None,
        },
    )
    if outcome == CallAttempt.Outcome.NO_VOICEMAIL:
        _account_note(
            item=current,
            text=_(
                "Return call attempted on %(when)s about item #%(number)s; "
                "no voicemail was available."
            )
            % {"when": _when(moment), "number": current.number},
        )
    if wrong_number:
        _account_note(
            item=current,
            text=_(
                "Return call on %(when)s about item #%(number)s reached a wrong number "
                "(%(phone)s): the phone number on file needs checking."
            )
            % {
                "when": _when(moment),
                "number": current.number,
                "phone": current.from_phone or _("no number given"),
            },
        )
    if outcome in UNSUCCESSFUL and is_last:
        if required > 1:
            _account_note(
                item=current,
                text=_(
                    "%(count)s return-call attempts were made about item #%(number)s "
                    "(the last on %(when)s) without reaching the customer."
                )
                % {"count": attempt.number, "number": current.number, "when": _when(moment)},
            )
        if policy.close_when_done:
            _close(item=current, actor=actor, count=attempt.number)
    return attempt


def _history_line(
    *, attempt: CallAttempt, required: int, next_due_at: datetime.datetime | None
) -> str:
    line = _("attempt %(number)s of %(required)s") % {
        "number": attempt.number,
        "required": required,
    }
    if next_due_at is not None:
        line += "; " + _("next attempt due %(time)s") % {
            "time": company_time(next_due_at).strftime("%H:%M")
        }
    line += " — " + str(attempt.get_outcome_display())
    if attempt.outcome == CallAttempt.Outcome.WRONG_NUMBER:
        line += "; " + _("no further calls: answer by email or check the number")
    if attempt.note:
        line += "\n" + attempt.note
    return line


def _when(moment: datetime.datetime) -> str:
    return company_time(moment).strftime("%Y-%m-%d %H:%M")


def _account_note(*, item: ActionItem, text: str) -> None:
    """An automatic note on the homeowner's account; with nobody linked, on the item instead."""
    if item.person_id is not None:
        account_note_add(
            person=item.person, account=item.account, item=item, text=text, is_automatic=True
        )
        return
    event_record(
        item=item,
        kind=ItemEvent.Kind.NOTE,
        note=text + " " + _("(No homeowner is linked: the note stays on the item.)"),
    )


def closing_step(item: ActionItem) -> ActionStep | None:
    """Where an item goes when the calling is done: the type's quiet close (no email, shown)."""
    return (
        item.action_type.steps.filter(is_closing=True, emails_owner=False, hides_from_portal=False)
        .order_by("order")
        .first()
    )


def _close(*, item: ActionItem, actor: AbstractUser, count: int) -> None:
    step = closing_step(item)
    if step is None or step.pk == item.step_id:
        return
    fresh = ActionItem.objects.get(pk=item.pk)
    item_step(
        item=fresh,
        to_step=step,
        actor=actor,
        note=_("Closed after %(count)s return-call attempt(s) without reaching the customer.")
        % {"count": count},
    )


class _Blanks(dict):
    """Unknown blanks stay as written, so a typo in the script never breaks the page."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def voicemail_script(
    *, item: ActionItem, agent: str = "", language: str = "", policy: CallPolicy | None = None
) -> str:
    """The voicemail script (R-10) with its blanks filled in, in English or Chinese."""
    policy = policy or call_policy_get()
    chinese = language.lower().startswith("zh")
    template = policy.voicemail_script_zh if chinese else policy.voicemail_script
    caller = item.person.full_name if item.person_id else item.from_name
    blanks = _Blanks(
        caller=caller or _("the caller"),
        company=policy.company(),
        department=(policy.department_zh if chinese else policy.department) or policy.department,
        callback_number=policy.callback_number,
        agent=agent or _("Community Care"),
        item=str(item.number),
    )
    try:
        return template.format_map(blanks)
    except (ValueError, IndexError):  # a stray brace: show the script as written
        return template
