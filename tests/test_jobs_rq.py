"""The same task code on the RQ backend (django-tasks-rq) with a real Redis server."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import require

REDIS = ("127.0.0.1", 6379)


def _redis_up() -> bool:
    try:
        with socket.create_connection(REDIS, timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.django_db(transaction=True)
def test_a_task_enqueued_on_rq_runs_in_an_rq_worker_and_reports_its_result(settings):
    """Enqueue through the django-tasks API; an RQ worker (burst) runs it against Redis."""
    require(_redis_up(), "Redis is not running on 127.0.0.1:6379")
    import django_rq
    from django_tasks import task_backends
    from django_tasks.base import TaskResultStatus
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    from caredesk.actions.tasks import flag_overdue_items

    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:6379/15", "DEFAULT_TIMEOUT": 60}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    queue = django_rq.get_queue("default")
    queue.empty()
    assert type(task_backends["default"]).__name__ == "RQBackend"

    result = flag_overdue_items.enqueue()
    assert result.status == TaskResultStatus.READY
    worker = django_rq.get_worker("default", worker_class=SimpleWorker, job_class=Job)
    assert worker.work(burst=True)

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == []
    queue.empty()
