"""The surge rule (R-05): many waiting urgent items alert the CC leads and the CC manager once."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from caredesk.actions.models import ActionItem, ActionType, SurgeState
from caredesk.actions.selectors import waiting_urgent_count
from caredesk.actions.services import item_create, surge_check
from caredesk.core.clock import frozen_at
from caredesk.mailroom.models import Inbox
from caredesk.staff.models import Notification
from caredesk.staff.services import staff_user_create

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2026, 11, 23, 9, 0))


@pytest.fixture
def surge_desk(desk, settings, immediate_tasks, mailoutbox):
    """The desk with a CC manager, a threshold of 3 and a cool-down of 60 minutes."""
    settings.CAREDESK_SURGE_THRESHOLD = 3
    settings.CAREDESK_SURGE_COOLDOWN_MINUTES = 60
    settings.CAREDESK_BASE_URL = "https://desk.example"
    desk.cc_manager = staff_user_create(
        username="cora-cc-manager",
        password="pw-for-tests-only-123",
        email="cora@desk.example",
        roles=[("cc-manager", None)],
    )
    return desk


def urgent_items(count: int, *, urgency: str = "urgent") -> list[ActionItem]:
    items = []
    for number in range(count):
        item = item_create(
            action_type=ActionType.objects.order_by("pk").first(),
            inbox=Inbox.objects.get(name="CC Priority"),
            subject=f"Urgent {number}",
        )
        ActionItem.objects.filter(pk=item.pk).update(urgency=urgency)
        items.append(item)
    return items


def check(run) -> bool:
    return run(surge_check)


def surge_alerts() -> list[tuple[str, str]]:
    return sorted(Notification.objects.filter(kind="surge").values_list("user__username", "title"))


def test_reaching_the_threshold_alerts_each_lead_and_the_cc_manager_once(
    surge_desk, committing, mailoutbox
):
    """Desk notification and email to the CC lead and CC manager, with the count and a link."""
    with frozen_at(START):
        urgent_items(2)
        assert check(committing) is False
        urgent_items(1, urgency="emergency")
        assert check(committing) is True

    assert surge_alerts() == [
        ("cora-cc-manager", "Surge: 3 urgent items waiting"),
        ("lena-lead", "Surge: 3 urgent items waiting"),
    ]
    assert Notification.objects.filter(kind="surge").first().url == "/items/?waiting=urgent"
    assert not Notification.objects.filter(kind="surge", user=surge_desk.csr).exists()
    assert not Notification.objects.filter(kind="surge", user=surge_desk.manager).exists()
    [mail] = mailoutbox
    assert sorted(mail.to) == ["cora@desk.example", "lena-lead@desk.example"]
    assert "3" in mail.subject
    assert "https://desk.example/items/?waiting=urgent" in mail.body


def test_more_urgent_items_during_a_surge_do_not_alert_again(surge_desk, committing, mailoutbox):
    with frozen_at(START) as clock:
        urgent_items(3)
        assert check(committing) is True
        urgent_items(5)
        clock.advance(minutes=90)
        assert check(committing) is False

    assert len(surge_alerts()) == 2
    assert len(mailoutbox) == 1


def test_a_new_surge_within_the_cool_down_waits_for_its_end(surge_desk, committing, mailoutbox):
    """Drop below and rise again within the cool-down: no alert; once it is over: one alert."""
    with frozen_at(START) as clock:
        items = urgent_items(3)
        assert check(committing) is True
        ActionItem.objects.filter(pk=items[0].pk).update(is_open=False)
        clock.advance(minutes=10)
        assert check(committing) is False
        assert SurgeState.objects.get().is_surging is False
        urgent_items(1)
        clock.advance(minutes=10)
        assert check(committing) is False
        assert SurgeState.objects.get().is_surging is True
        clock.advance(minutes=41)
        assert check(committing) is True
        assert check(committing) is False

    assert len(surge_alerts()) == 4
    assert len(mailoutbox) == 2


def test_a_new_surge_after_the_cool_down_alerts_at_once(surge_desk, committing, mailoutbox):
    with frozen_at(START) as clock:
        items = urgent_items(3)
        assert check(committing) is True
        ActionItem.objects.filter(pk__in=[item.pk for item in items]).update(is_open=False)
        clock.advance(minutes=5)
        assert check(committing) is False
        clock.advance(minutes=60)
        urgent_items(3)
        assert check(committing) is True

    assert len(mailoutbox) == 2
    assert SurgeState.objects.get().alerted_count == 3


def test_claimed_items_are_not_waiting_but_abandoned_claims_are(surge_desk):
    with frozen_at(START) as clock:
        first, second, assigned = urgent_items(3)
        ActionItem.objects.filter(pk=first.pk).update(
            claimed_by=surge_desk.csr, claimed_until=START + datetime.timedelta(minutes=15)
        )
        ActionItem.objects.filter(pk=assigned.pk).update(claimed_by=surge_desk.csr)
        assert waiting_urgent_count() == 1
        clock.advance(minutes=16)
        assert waiting_urgent_count() == 2
        urgent_items(1, urgency="normal")
        assert waiting_urgent_count() == 2


def test_an_urgent_email_checks_the_surge_right_after_intake(surge_desk, committing):
    """Intake counts after the commit; the item that reaches the threshold alerts the leads."""
    with frozen_at(START):
        urgent_items(2, urgency="emergency")
        committing(
            lambda: surge_desk.email_from_owner(
                subject="Water coming through the ceiling",
                body="Water is pouring through my bathroom ceiling right now, please come!",
            )
        )

    assert [user for user, _title in surge_alerts()] == ["cora-cc-manager", "lena-lead"]


def test_a_normal_email_does_not_count_or_alert(surge_desk, committing):
    with frozen_at(START):
        urgent_items(2)
        committing(
            lambda: surge_desk.email_from_owner(
                subject="Pool hours", body="What are the pool hours in winter? Thanks."
            )
        )
    assert surge_alerts() == []
    assert not SurgeState.objects.exists()


def test_the_check_after_intake_below_the_threshold_is_one_count_query(
    surge_desk, django_assert_num_queries
):
    from caredesk.actions.services.surge import surge_check_after_intake

    urgent_items(1)
    with django_assert_num_queries(1):
        surge_check_after_intake()


def test_the_surge_check_runs_every_minute_from_the_scheduler():
    from caredesk.core.jobs import periodic_jobs

    jobs = {job.name: job for job in periodic_jobs()}
    assert jobs["surge-check"].every_seconds() == 60


@pytest.mark.django_db(transaction=True)
def test_workers_checking_at_the_same_moment_alert_once(settings, immediate_tasks):
    """Several workers run the check together; the state row lets exactly one alert."""
    import threading

    from django.db import OperationalError, connection

    from caredesk.actions.defaults import defaults_load

    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database is one connection; PostgreSQL runs this")
    if not ActionType.objects.exists():
        defaults_load()
    settings.CAREDESK_SURGE_THRESHOLD = 2
    staff_user_create(username="lead-1", password="x" * 20, roles=[("cc-lead", None)])
    staff_user_create(username="cc-manager-1", password="x" * 20, roles=[("cc-manager", None)])
    urgent_items(2)
    SurgeState.objects.create(name="urgent-waiting")
    start = threading.Barrier(4)
    results: list[object] = []

    def worker() -> None:
        try:
            start.wait()
            results.append(surge_check())
        except OperationalError as error:  # SQLite may refuse a second writer outright
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results.count(True) == 1
    assert Notification.objects.filter(kind="surge").count() == 2
