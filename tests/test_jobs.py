"""The scheduler runs on one process at a time; the reaper re-queues dead workers' tasks."""

from __future__ import annotations

import datetime

import pytest
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from caredesk.core import jobs
from caredesk.core.clock import now
from caredesk.core.leases import lease_acquire, lease_holder, lease_release

pytestmark = pytest.mark.django_db


def test_a_lease_is_held_by_one_holder_until_it_expires_or_is_released():
    """Another holder is refused while the lease runs, and gets it after release."""
    assert lease_acquire(name="x", holder="a", ttl_seconds=60)
    assert not lease_acquire(name="x", holder="b", ttl_seconds=60)
    assert lease_acquire(name="x", holder="a", ttl_seconds=60)  # renewal
    lease_release(name="x", holder="a")
    assert lease_acquire(name="x", holder="b", ttl_seconds=60)
    assert lease_holder(name="x") == "b"


def test_an_expired_lease_can_be_taken_over():
    """A holder that stopped renewing loses the lease once it expires."""
    assert lease_acquire(name="y", holder="a", ttl_seconds=-1)
    assert lease_acquire(name="y", holder="b", ttl_seconds=60)


def test_only_the_scheduler_lease_holder_enqueues_periodic_jobs(monkeypatch):
    """Two workers tick; the periodic job is enqueued once, by the lease holder."""
    calls = []
    monkeypatch.setattr(jobs, "_periodic", {})
    jobs.periodic_register(name="t", every_seconds=lambda: 3600, enqueue=lambda: calls.append(1))
    assert jobs.scheduler_tick(holder="w1") == ["t"]
    assert jobs.scheduler_tick(holder="w2") == []  # not the scheduler
    assert jobs.scheduler_tick(holder="w1") == []  # not due again for an hour
    assert calls == [1]


def _running_task(worker_id: str, started_minutes_ago: int) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        args_kwargs={"args": [], "kwargs": {}},
        task_path="caredesk.intake.tasks.poll_due_accounts",
        backend_name="default",
        run_after=now(),
        started_at=now() - datetime.timedelta(minutes=started_minutes_ago),
        worker_ids=[worker_id],
    )


def test_the_reaper_requeues_tasks_of_a_worker_whose_heartbeat_stopped():
    """RUNNING with a dead worker: READY again; a live worker's task is left alone."""
    dead = _running_task("dead-worker", started_minutes_ago=10)
    jobs.heartbeat(worker_id="live-worker")
    live = _running_task("live-worker", started_minutes_ago=10)
    fresh = _running_task("just-started", started_minutes_ago=0)
    assert jobs.tasks_reap() == 1
    dead.refresh_from_db()
    live.refresh_from_db()
    fresh.refresh_from_db()
    assert dead.status == TaskResultStatus.READY
    assert live.status == TaskResultStatus.RUNNING
    assert fresh.status == TaskResultStatus.RUNNING  # within the grace period


@pytest.mark.django_db(transaction=True)
def test_a_requeued_task_runs_to_completion_in_a_new_worker():
    """After reaping, a worker in batch mode runs the task (real task, real database)."""
    from django.core.management import call_command

    from caredesk.intake.tasks import poll_due_accounts

    result = poll_due_accounts.enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=now() - datetime.timedelta(minutes=5),
        worker_ids=["killed"],
    )
    assert jobs.tasks_reap() == 1
    call_command("worker", "--batch", "--no-scheduler")
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
