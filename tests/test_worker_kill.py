"""A worker killed with SIGKILL mid-job: another worker re-queues the job and runs it.

Real processes: `caredesk worker` twice, on a real SQLite file, with short heartbeat and
scheduler timings so the test takes seconds, not minutes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO_DIR

CAREDESK = str(Path(sys.executable).with_name("caredesk"))


def _wait(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _status(database: Path) -> str:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT status FROM django_tasks_database_dbtaskresult").fetchone()[0]


def test_a_job_of_a_killed_worker_is_requeued_and_finished_by_another(tmp_path: Path):
    var = tmp_path / "var"
    env = {key: value for key, value in os.environ.items() if not key.startswith("CAREDESK_")} | {
        "CAREDESK_VAR_DIR": str(var),
        "CAREDESK_WORKER_TTL_SECONDS": "3",
        "CAREDESK_SCHEDULER_TICK_SECONDS": "0.5",
        "CAREDESK_TASKS_BACKEND": "db",
        "PYTHONPATH": str(REPO_DIR),
    }
    run = dict(env=env, cwd=REPO_DIR, capture_output=True, text=True, timeout=120, check=True)
    subprocess.run([CAREDESK, "manage", "migrate", "-v0"], **run)
    enqueue = "import django; django.setup(); from tests.jobs_tasks import hang_once; "
    enqueue += f"hang_once.enqueue({str(tmp_path)!r})"
    subprocess.run(
        [sys.executable, "-c", enqueue],
        **run | {"env": env | {"DJANGO_SETTINGS_MODULE": "caredesk.config.settings"}},
    )
    database = next(var.glob("*.sqlite3"))

    logs = [open(tmp_path / f"worker{n}.log", "w") for n in (1, 2)]  # noqa: SIM115
    first = subprocess.Popen(
        [CAREDESK, "worker", "--interval", "0.2"],
        env=env,
        cwd=REPO_DIR,
        stdout=logs[0],
        stderr=subprocess.STDOUT,
    )
    try:
        _wait((tmp_path / "started").exists, 60, "the first worker to start the job")
        assert _status(database) == "RUNNING"
        first.send_signal(signal.SIGKILL)  # no clean-up of any kind
        first.wait(10)
        assert _status(database) == "RUNNING"  # left behind as it was

        second = subprocess.Popen(
            [CAREDESK, "worker", "--interval", "0.2"],
            env=env,
            cwd=REPO_DIR,
            stdout=logs[1],
            stderr=subprocess.STDOUT,
        )
        try:
            _wait((tmp_path / "done").exists, 60, "the second worker to finish the job")
            _wait(lambda: _status(database) == "SUCCESSFUL", 20, "the job to be recorded done")
        finally:
            second.terminate()
            second.wait(20)
    finally:
        if first.poll() is None:
            first.kill()
        for log in logs:
            log.close()
    assert "re-queued task" in (tmp_path / "worker2.log").read_text()
