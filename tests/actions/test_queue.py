"""The work queue: "Next item" gives each CSR the first due item nobody else works (R-03, R-04)."""

from __future__ import annotations

import datetime
import threading

import pytest
from django.db import connection

from caredesk.actions.models import ActionItem, ItemEvent
from caredesk.actions.selectors import queue_waiting_count, user_may_work
from caredesk.actions.services import (
    NotAllowedError,
    item_step,
    queue_assign,
    queue_next,
    queue_release,
)
from caredesk.core.clock import frozen_at, now
from caredesk.core.errors import ApplicationError
from tests.mail import eml

START = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC)


def _received(desk, subject: str, *, minutes_ago: int, account=None, urgency: str = "normal"):
    """An item from the owner, received some minutes before START, with the given urgency."""
    item = desk.receive(eml(sender="Pat Lee <pat@example.com>", subject=subject), account=account)
    ActionItem.objects.filter(pk=item.pk).update(
        received_at=START - datetime.timedelta(minutes=minutes_ago), urgency=urgency
    )
    return item


def test_emergencies_come_first_then_inbox_rank_then_the_oldest(desk):
    old_general = _received(desk, "Old question", minutes_ago=300)
    newer_priority = _received(desk, "Priority question", minutes_ago=10, account=desk.priority)
    older_priority = _received(desk, "Older priority", minutes_ago=60, account=desk.priority)
    emergency = _received(desk, "Water through ceiling", minutes_ago=1, urgency="emergency")
    work_order = _received(desk, "WO 123 done", minutes_ago=900, account=desk.work_orders)

    with frozen_at(START):
        handed_out = [queue_next(user=user) for user in _csrs(desk, 5)]

    assert [item.pk for item in handed_out] == [
        emergency.pk,
        older_priority.pk,
        newer_priority.pk,
        old_general.pk,
        work_order.pk,  # Work Order Updates only when the CC inboxes are clear
    ]


def _csrs(desk, count):
    from tests.workflow import _user

    return [_user(f"csr-{n}", ("customer-support", None)) for n in range(count)]


def test_a_csr_keeps_getting_the_item_they_hold_until_they_move_it_on(desk):
    first = _received(desk, "First", minutes_ago=30)
    second = _received(desk, "Second", minutes_ago=20)

    with frozen_at(START):
        assert queue_next(user=desk.csr) == first
        assert queue_next(user=desk.csr) == first  # no skipping to the next one
        assert queue_next(user=desk.second_csr) == second
        item_step(item=first, to_step="question-manager", actor=desk.csr)
        assert queue_next(user=desk.csr) is None  # the other item is Sam's

    first.refresh_from_db()
    assert first.claimed_by is None
    assert [e.kind for e in first.events.filter(kind=ItemEvent.Kind.CLAIMED)] == ["claimed"]


def test_an_abandoned_claim_expires_and_the_item_goes_to_the_next_csr(desk, settings):
    settings.CAREDESK_CLAIM_MINUTES = 20
    item = _received(desk, "Gate remote", minutes_ago=5)

    with frozen_at(START) as clock:
        assert queue_next(user=desk.csr) == item
        clock.advance(minutes=19)
        assert queue_next(user=desk.second_csr) is None
        clock.advance(minutes=2)
        assert queue_next(user=desk.second_csr) == item

    item.refresh_from_db()
    assert item.claimed_by == desk.second_csr


def test_an_item_waiting_for_a_timer_is_not_handed_out_early(desk):
    item = _received(desk, "Call back later", minutes_ago=60)
    ActionItem.objects.filter(pk=item.pk).update(due_at=START + datetime.timedelta(minutes=30))

    with frozen_at(START) as clock:
        assert queue_next(user=desk.csr) is None
        assert queue_waiting_count(user=desk.csr) == 0
        clock.advance(minutes=30)
        assert queue_next(user=desk.csr) == item


def test_nothing_is_handed_out_to_someone_without_a_queue_role(desk):
    _received(desk, "Question", minutes_ago=5)

    assert queue_next(user=desk.outsider) is None
    assert queue_next(user=desk.manager) is None  # nothing is at a Manager step


def test_someone_else_cannot_move_an_item_a_csr_is_working_but_a_lead_can(desk):
    item = _received(desk, "Pool key", minutes_ago=5)
    with frozen_at(START):
        queue_next(user=desk.csr)
        item.refresh_from_db()

        with pytest.raises(NotAllowedError, match="Carla Csr is working on item"):
            item_step(item=item, to_step="question-manager", actor=desk.second_csr)
        assert user_may_work(user=desk.second_csr, item=item) == (False, "held")
        assert user_may_work(user=desk.csr, item=item) == (True, "")

        item = item_step(item=item, to_step="question-manager", actor=desk.lead)
    assert item.step.code == "question-manager"


def test_no_skipping_a_csr_works_an_unclaimed_queue_item_only_when_a_lead_assigns_it(desk):
    item = _received(desk, "Parking", minutes_ago=5)
    assert user_may_work(user=desk.csr, item=item) == (False, "queue")

    with pytest.raises(ApplicationError, match="Only a lead"):
        queue_assign(item=item, to_user=desk.csr, actor=desk.second_csr)
    item = queue_assign(item=item, to_user=desk.csr, actor=desk.lead, note="Pat called about it")

    assert item.claimed_by == desk.csr and item.claimed_until is None
    assert user_may_work(user=desk.csr, item=item) == (True, "")
    with frozen_at(now() + datetime.timedelta(days=2)):
        assert queue_next(user=desk.csr) == item  # an assignment does not expire
    event = item.events.get(kind=ItemEvent.Kind.ASSIGNED)
    assert event.actor == desk.lead and event.data == {"to": "carla-csr"}


def test_a_csr_returns_an_item_to_the_queue(desk):
    item = _received(desk, "Fob", minutes_ago=5)
    with frozen_at(START):
        queue_next(user=desk.csr)
        item.refresh_from_db()
        with pytest.raises(ApplicationError):
            queue_release(item=item, actor=desk.second_csr)
        queue_release(item=item, actor=desk.csr, note="Need the manager first")
        assert queue_next(user=desk.second_csr) == item

    assert item.events.filter(kind=ItemEvent.Kind.RELEASED).get().note == "Need the manager first"


@pytest.mark.django_db(transaction=True)
def test_csrs_pressing_next_at_the_same_moment_never_get_the_same_item(desk):
    """Eight CSRs in eight threads (eight database connections) take items at once."""
    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database is one connection; PostgreSQL runs this")
    for n in range(12):
        _received(desk, f"Question {n}", minutes_ago=100 - n)
    users = _csrs(desk, 8)
    taken: list[int] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(users))

    def work(user):
        try:
            barrier.wait()
            item = queue_next(user=user)
            if item is not None:
                taken.append(item.pk)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors
    assert len(taken) == 8 and len(set(taken)) == 8
    claimed = ActionItem.objects.filter(claimed_by__isnull=False)
    assert claimed.count() == 8
