"""Return calls (R-08–R-11): the attempts each item gets and what happens after each."""

from __future__ import annotations

import datetime

import pytest

from caredesk.actions.models import ActionItem, ItemEvent
from caredesk.actions.services import queue_next
from caredesk.calls.models import CallAttempt, CallPolicy
from caredesk.calls.selectors import callbacks_grouped
from caredesk.calls.services import call_attempt_log, call_policy_get, voicemail_script
from caredesk.core.clock import frozen_at
from caredesk.core.errors import ApplicationError
from caredesk.notes.models import AccountNote
from tests.calls.helpers import LEAK, NOT_LEAK, START, phone_message

pytestmark = pytest.mark.django_db


def _history_notes(item: ActionItem) -> list[str]:
    return list(
        item.events.filter(kind=ItemEvent.Kind.CALL_ATTEMPT)
        .order_by("at", "id")
        .values_list("note", flat=True)
    )


def test_a_leak_gets_three_attempts_thirty_minutes_apart_then_a_note_on_the_account(desk):
    """Not due at 29 minutes, due at 30; after the third attempt a note on Pat's account."""
    with frozen_at(START) as clock:
        item = phone_message(desk, LEAK)
        assert item.is_leak_related and item.needs_callback and item.is_flagged
        assert queue_next(user=desk.csr) == item

        call_attempt_log(item=item, actor=desk.csr, outcome="no_answer")
        item.refresh_from_db()
        assert item.due_at == START + datetime.timedelta(minutes=30)
        assert item.claimed_by is None  # back in the Community Care queue
        assert _history_notes(item)[0].startswith("attempt 1 of 3; next attempt due 14:35")

        clock.advance(minutes=29)
        assert queue_next(user=desk.csr) is None
        clock.advance(minutes=1)
        assert queue_next(user=desk.csr) == item
        call_attempt_log(item=item, actor=desk.csr, outcome="left_voicemail", note="VM left")
        assert _history_notes(item)[1].startswith("attempt 2 of 3; next attempt due 15:05")
        assert not AccountNote.objects.exists()

        clock.advance(minutes=30)
        assert queue_next(user=desk.csr) == item
        call_attempt_log(item=item, actor=desk.csr, outcome="no_answer")

    item.refresh_from_db()
    assert _history_notes(item)[2].startswith("attempt 3 of 3")
    assert not item.needs_callback and item.due_at is None
    assert not item.is_open and item.step.code == "closed"
    note = AccountNote.objects.get()
    assert note.person == desk.owner.person and note.account == desk.owner
    assert note.is_automatic and note.author is None
    assert "3 return-call attempts were made" in note.text
    assert list(item.call_attempts.values_list("outcome", flat=True)) == [
        "no_answer",
        "left_voicemail",
        "no_answer",
    ]


def test_a_phone_message_that_is_not_about_a_leak_is_closed_after_one_attempt(desk):
    with frozen_at(START):
        item = phone_message(desk, NOT_LEAK)
        assert not item.is_leak_related and item.needs_callback
        queue_next(user=desk.csr)
        call_attempt_log(item=item, actor=desk.csr, outcome="left_voicemail")

    item.refresh_from_db()
    assert not item.is_open and item.step.code == "closed"
    assert not item.needs_callback and item.due_at is None
    assert _history_notes(item)[0].startswith("attempt 1 of 1 — Left a voicemail")
    assert not AccountNote.objects.exists()  # one attempt is the policy: nothing to note


def test_no_voicemail_available_writes_a_note_on_the_homeowners_account(desk):
    with frozen_at(START):
        item = phone_message(desk, NOT_LEAK)
        queue_next(user=desk.csr)
        call_attempt_log(item=item, actor=desk.csr, outcome="no_voicemail")

    note = AccountNote.objects.get()
    assert note.is_automatic and note.item == item and note.person == desk.owner.person
    assert "no voicemail was available" in note.text
    assert "2026-11-23 14:05" in note.text  # on the company's clock


def test_a_wrong_number_is_not_called_again_and_the_item_stays_to_be_answered(desk):
    """Even a leak's three attempts stop at a wrong number; the account gets a note naming the
    number, and the item stays open with the CSR (not closed, not back in the queue)."""
    with frozen_at(START):
        item = phone_message(desk, LEAK)
        queue_next(user=desk.csr)
        call_attempt_log(item=item, actor=desk.csr, outcome="wrong_number")

    item.refresh_from_db()
    assert not item.needs_callback and item.due_at is None
    assert item.is_open and item.claimed_by == desk.csr
    assert CallAttempt.objects.filter(item=item).count() == 1
    assert "no further calls" in _history_notes(item)[0]
    note = AccountNote.objects.get()
    assert note.is_automatic and note.person == desk.owner.person
    assert "wrong number" in note.text and item.from_phone and item.from_phone in note.text
    with pytest.raises(ApplicationError, match="not waiting for a call back"):
        call_attempt_log(item=item, actor=desk.csr, outcome="no_answer")


def test_a_leak_with_no_voicemail_still_gets_its_three_attempts(desk):
    with frozen_at(START):
        item = phone_message(desk, LEAK)
        queue_next(user=desk.csr)
        call_attempt_log(item=item, actor=desk.csr, outcome="no_voicemail")

    item.refresh_from_db()
    assert item.is_open and item.needs_callback
    assert item.due_at == START + datetime.timedelta(minutes=30)
    assert AccountNote.objects.count() == 1


def test_reaching_the_caller_ends_the_call_backs_and_the_item_goes_on_in_its_workflow(desk):
    with frozen_at(START):
        item = phone_message(desk, LEAK)
        queue_next(user=desk.csr)
        call_attempt_log(item=item, actor=desk.csr, outcome="reached", note="Plumber booked")

    item.refresh_from_db()
    assert item.is_open and item.step.code == "return-call"
    assert not item.needs_callback and item.due_at is None
    assert item.claimed_by == desk.csr  # still theirs, to move on
    assert not AccountNote.objects.exists()


def test_the_policy_is_the_companys_to_change(desk):
    CallPolicy.objects.update_or_create(
        pk=call_policy_get().pk, defaults={"leak_attempts_required": 2, "retry_minutes": 15}
    )
    with frozen_at(START) as clock:
        item = phone_message(desk, LEAK)
        queue_next(user=desk.csr)
        call_attempt_log(item=item, actor=desk.csr, outcome="no_answer")
        assert _history_notes(item)[0].startswith("attempt 1 of 2; next attempt due 14:20")
        clock.advance(minutes=15)
        assert queue_next(user=desk.csr) == item
        call_attempt_log(item=item, actor=desk.csr, outcome="no_answer")
    item.refresh_from_db()
    assert not item.is_open
    assert "2 return-call attempts" in AccountNote.objects.get().text


def test_a_call_is_refused_with_a_reason_and_nothing_is_written(desk):
    with frozen_at(START):
        item = phone_message(desk, LEAK)
        with pytest.raises(ApplicationError, match="queue"):
            call_attempt_log(item=item, actor=desk.csr, outcome="no_answer")  # not taken
        queue_next(user=desk.csr)
        with pytest.raises(ApplicationError, match="Unknown outcome"):
            call_attempt_log(item=item, actor=desk.csr, outcome="hung_up")
        with pytest.raises(ApplicationError, match="working"):
            call_attempt_log(item=item, actor=desk.second_csr, outcome="no_answer")
        no_callback = phone_message(desk, NOT_LEAK, wants_callback=False)
        with pytest.raises(ApplicationError, match="not waiting for a call back"):
            call_attempt_log(item=no_callback, actor=desk.lead, outcome="reached")
    assert not CallAttempt.objects.exists()


def test_the_voicemail_script_is_filled_in_in_english_and_chinese(desk, settings):
    settings.CAREDESK_COMPANY_NAME = "Sunrise Property Management"
    item = phone_message(desk, NOT_LEAK)
    english = voicemail_script(item=item, agent="Carla")
    assert "Carla from Sunrise Property Management, Community Care" in english
    assert "returning a call for Pat Lee" in english and "949 450-0202" in english
    assert "{" not in english
    chinese = voicemail_script(item=item, agent="Carla", language="zh-hans")
    assert "Sunrise Property Management客服部" in chinese and "给Pat Lee回电" in chinese
    policy = call_policy_get()
    policy.voicemail_script = "Hi {caller}, call {callback_number} ({unknown_blank})"
    policy.callback_number = "949 555-0000"
    policy.save()
    assert voicemail_script(item=item) == "Hi Pat Lee, call 949 555-0000 ({unknown_blank})"


def test_the_callbacks_list_has_what_is_overdue_due_now_and_due_later(desk):
    with frozen_at(START - datetime.timedelta(hours=2)):
        overdue = phone_message(desk, NOT_LEAK)
    with frozen_at(START) as clock:
        waiting = phone_message(desk, LEAK)
        call_attempt_log(item=overdue, actor=desk.lead, outcome="reached")  # leads may
        call_attempt_log(item=waiting, actor=desk.lead, outcome="no_answer")
        due_now = phone_message(desk, NOT_LEAK)
        late = phone_message(desk, NOT_LEAK)
        ActionItem.objects.filter(pk=late.pk).update(
            received_at=START - datetime.timedelta(hours=3)
        )
        clock.advance(minutes=1)
        grouped = callbacks_grouped(user=desk.csr, policy=call_policy_get())
    assert grouped.overdue == [late]
    assert grouped.due_now == [due_now]
    assert grouped.due_later == [waiting]
    assert (grouped.due_later[0].call_attempts_made, waiting.pk) == (1, waiting.pk)
    assert grouped.due_later[0].call_attempts_required == 3
