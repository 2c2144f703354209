"""What the task engine lacks: periodic jobs run by one scheduler, and a reaper for dead workers.

- Each worker process keeps a heartbeat lease "worker:<id>" while it lives.
- One worker at a time holds the "scheduler" lease; it enqueues the periodic jobs that are due
  and re-queues tasks left RUNNING by a worker whose heartbeat stopped.
Apps register their periodic jobs in AppConfig.ready with `periodic_register`.
"""

from __future__ import annotations

import datetime
import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, close_old_connections, transaction
from django.db.models import Q
from django.utils.crypto import get_random_string

from caredesk.core.clock import now
from caredesk.core.leases import lease_acquire
from caredesk.core.models import Lease

logger = logging.getLogger("caredesk.jobs")

SCHEDULER_LEASE = "scheduler"


def heartbeat_ttl() -> float:
    """A worker silent this long is dead: its lease lapses and its running tasks are re-queued."""
    return float(settings.CAREDESK_WORKER_TTL_SECONDS)


def tick_seconds() -> float:
    """How often a worker's housekeeper beats and the scheduler looks for due jobs."""
    return float(settings.CAREDESK_SCHEDULER_TICK_SECONDS)


@dataclass(frozen=True)
class Periodic:
    name: str
    every_seconds: Callable[[], float]
    enqueue: Callable[[], object]


_periodic: dict[str, Periodic] = {}


def periodic_register(
    *, name: str, every_seconds: Callable[[], float], enqueue: Callable[[], object]
) -> None:
    """Declare a job the scheduler enqueues every so often (idempotent by name)."""
    _periodic[name] = Periodic(name=name, every_seconds=every_seconds, enqueue=enqueue)


def periodic_jobs() -> list[Periodic]:
    return list(_periodic.values())


def worker_id_new() -> str:
    """A worker id unique across machines: host, process and a random part (max 64 chars)."""
    return f"{socket.gethostname()[:30]}-{os.getpid()}-{get_random_string(8)}"


def heartbeat(*, worker_id: str) -> None:
    lease_acquire(name=f"worker:{worker_id}", holder=worker_id, ttl_seconds=heartbeat_ttl())


def periodic_claim(*, name: str, every_seconds: float) -> bool:
    """True once per period: the caller should run the periodic job `name` now."""
    current = now()
    next_at = current + datetime.timedelta(seconds=every_seconds)
    key = f"periodic:{name}"
    if Lease.objects.filter(name=key, expires_at__lte=current).update(
        expires_at=next_at, renewed_at=current, holder="scheduler"
    ):
        return True
    try:
        with transaction.atomic():
            Lease.objects.create(
                name=key, holder="scheduler", expires_at=next_at, renewed_at=current
            )
    except IntegrityError:
        return False
    return True


def scheduler_tick(*, holder: str) -> list[str]:
    """If this process holds the scheduler lease, enqueue due jobs and reap; return job names."""
    if not lease_acquire(name=SCHEDULER_LEASE, holder=holder, ttl_seconds=tick_seconds() * 6):
        return []
    enqueued = []
    for job in periodic_jobs():
        if periodic_claim(name=job.name, every_seconds=job.every_seconds()):
            job.enqueue()
            enqueued.append(job.name)
    reaped = tasks_reap()
    if reaped:
        logger.warning("re-queued %d task(s) left running by dead workers", reaped)
    return enqueued


def tasks_reap(*, grace_seconds: float | None = None) -> int:
    """Re-queue tasks left RUNNING by workers whose heartbeat has stopped."""
    if "django_tasks_db" not in settings.INSTALLED_APPS:
        return 0
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    current = now()
    grace = grace_seconds if grace_seconds is not None else heartbeat_ttl()
    live = set(
        Lease.objects.filter(name__startswith="worker:", expires_at__gt=current).values_list(
            "holder", flat=True
        )
    )
    stale_before = current - datetime.timedelta(seconds=grace)
    reaped = 0
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).filter(
        Q(started_at__lt=stale_before) | Q(started_at__isnull=True)
    )
    for result in running:
        owner = result.worker_ids[-1] if result.worker_ids else ""
        if owner in live:
            continue
        reaped += DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
        logger.warning(
            "re-queued task %s (%s) of dead worker %s", result.pk, result.task_path, owner
        )
    return reaped


class Housekeeper(threading.Thread):
    """Beside a worker: keeps its heartbeat and, when it holds the lease, runs the scheduler."""

    def __init__(self, *, worker_id: str, run_scheduler: bool = True) -> None:
        super().__init__(name="caredesk-housekeeper", daemon=True)
        self.worker_id = worker_id
        self.run_scheduler = run_scheduler
        self.stopping = threading.Event()

    def run(self) -> None:
        last_beat = 0.0
        while not self.stopping.is_set():
            try:
                close_old_connections()
                clock = now().timestamp()
                if clock - last_beat >= heartbeat_ttl() / 6:
                    heartbeat(worker_id=self.worker_id)
                    last_beat = clock
                if self.run_scheduler:
                    scheduler_tick(holder=self.worker_id)
            except Exception:  # the worker must survive a database hiccup
                logger.exception("housekeeping failed; trying again shortly")
            self.stopping.wait(tick_seconds())
        close_old_connections()

    def stop(self) -> None:
        self.stopping.set()
