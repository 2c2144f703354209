"""A job for the worker tests: it hangs the first time (to be killed), finishes the second."""

from __future__ import annotations

import time
from pathlib import Path

from django_tasks import task


@task()
def hang_once(folder: str) -> str:
    started = Path(folder) / "started"
    if not started.exists():
        started.write_text("1")
        time.sleep(600)  # killed long before this
    (Path(folder) / "done").write_text("1")
    return "done"
