"""The `caredesk` command leaves without the interpreter's teardown (cli.exit_now), yet does
everything an exit must: status, atexit handlers, flushed output, closed databases, and
waiting for other threads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path


def _python(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="caredesk.config.settings",
        CAREDESK_VAR_DIR=str(tmp_path / "var"),
        **env,
    )
    environment.pop("CAREDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_an_unknown_command_exits_with_status_2_and_the_usage(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "caredesk.cli", "no-such-command"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "unknown command 'no-such-command'" in done.stderr
    assert "import-directory" in done.stderr


def test_exit_now_runs_atexit_handlers_and_flushes_unfinished_output(tmp_path):
    marker = tmp_path / "atexit-ran"
    done = _python(
        f"""
        import atexit, sys
        from caredesk.cli import exit_now
        atexit.register(lambda: open({str(marker)!r}, "w").write("yes"))
        sys.stdout.write("x" * 100000)  # no newline: still in the buffer
        sys.stderr.write("half a line")
        exit_now(3)
        print("never")
        """,
        tmp_path,
    )
    assert done.returncode == 3
    assert done.stdout == "x" * 100000
    assert done.stderr == "half a line"
    assert marker.read_text() == "yes"


def test_exit_now_gives_sys_exits_statuses(tmp_path):
    for code, status, said in (
        (None, 0, ""),
        (0, 0, ""),
        (True, 1, ""),
        ("cannot go on", 1, "cannot go on\n"),
    ):
        done = _python(f"from caredesk.cli import exit_now; exit_now({code!r})", tmp_path)
        assert (done.returncode, done.stderr) == (status, said), code


def test_exit_now_closes_the_database_so_sqlite_folds_its_log_back(tmp_path):
    done = _python(
        """
        import django
        django.setup()
        from django.db import connection
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE kept (n integer)")
            cursor.execute("INSERT INTO kept VALUES (42)")
        from caredesk.cli import exit_now
        exit_now(0)
        """,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    database = tmp_path / "var" / "caredesk.sqlite3"
    assert database.exists()
    assert not Path(f"{database}-wal").exists()  # the last connection closed: log checkpointed
    import sqlite3

    with sqlite3.connect(database) as reread:
        assert reread.execute("SELECT n FROM kept").fetchall() == [(42,)]


def test_while_another_thread_runs_it_is_pythons_own_exit_that_waits_for_it(tmp_path):
    marker = tmp_path / "thread-finished"
    done = _python(
        f"""
        import threading, time
        from caredesk.cli import exit_now
        def work():
            time.sleep(0.5)
            open({str(marker)!r}, "w").write("done")
        threading.Thread(target=work).start()
        exit_now(4)
        """,
        tmp_path,
    )
    assert done.returncode == 4
    assert marker.read_text() == "done"


def test_the_ingest_command_prints_its_whole_report(tmp_path):
    source = tmp_path / "mail"
    source.mkdir()
    (source / "one.eml").write_bytes(
        b"From: Ann Lee <ann@example.com>\r\nTo: care@desk.example.com\r\n"
        b"Subject: Pool gate\r\nMessage-ID: <gate-1@example.com>\r\n\r\nThe pool gate sticks.\r\n"
    )
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="caredesk.config.settings",
        CAREDESK_VAR_DIR=str(tmp_path / "var"),
    )
    environment.pop("CAREDESK_DATABASE_URL", None)
    command = [sys.executable, "-m", "caredesk.cli"]
    subprocess.run(
        [*command, "manage", "migrate", "--no-input", "-v", "0"], env=environment, check=True
    )
    done = subprocess.run(
        [*command, "ingest", str(source), "--inbox", "CC General", "--json"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '"received": 1' in done.stdout.strip().splitlines()[-1]
    assert '"created": 1' in done.stdout.strip().splitlines()[-1]


def _blas_threads(tmp_path: Path, **env: str) -> list[int]:
    """The thread count of NumPy's BLAS in a process started by the console script."""
    environment = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    environment.update(
        DJANGO_SETTINGS_MODULE="caredesk.config.settings",
        CAREDESK_VAR_DIR=str(tmp_path / "var"),
        **env,
    )
    environment.pop("CAREDESK_DATABASE_URL", None)
    code = (
        "import numpy, threadpoolctl; "
        "print([p['num_threads'] for p in threadpoolctl.threadpool_info() "
        "if p['user_api'] == 'blas'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", "from caredesk.cli import run; run()", "manage", "shell"]
        + ["-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_command_runs_numpy_with_one_blas_thread_unless_told_otherwise(tmp_path):
    # OpenBLAS's thread pool doubled NumPy's import time (0.08 -> 0.15 s) for no gain
    assert _blas_threads(tmp_path) == [1]
    # OpenBLAS caps its pool at the CPUs this process may run on (taskset, a container's quota)
    if len(os.sched_getaffinity(0)) > 1:
        assert _blas_threads(tmp_path, OPENBLAS_NUM_THREADS="2") == [2]
