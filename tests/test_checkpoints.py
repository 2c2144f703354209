"""core.checkpoints: during a bulk job a second thread copies SQLite's log into the database."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

from caredesk.core.checkpoints import Checkpoints, _Behind, checkpoints_behind

ROWS = 400  # per batch: about 1.6 MB of log each, past SQLite's 1,000-page checkpoint


pytestmark = pytest.mark.django_db


@pytest.fixture
def database(tmp_path, settings):
    """An SQLite database file, opened as the desk opens its own (WAL, the same pragmas)."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write-ahead log (on PostgreSQL nothing changes: tested below)")
    wrapper = DatabaseWrapper(
        {**settings.DATABASES["default"], "NAME": str(tmp_path / "bulk.sqlite3")},
        alias="checkpoints",
    )
    connections["checkpoints"] = wrapper
    with wrapper.cursor() as cursor:
        cursor.execute("CREATE TABLE bulk (id integer PRIMARY KEY, body blob NOT NULL)")
    yield wrapper
    wrapper.close()
    del connections["checkpoints"]


def _pragma(wrapper: DatabaseWrapper, name: str):
    with wrapper.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()


def _batch(wrapper: DatabaseWrapper, number: int) -> None:
    with transaction.atomic(using=wrapper.alias), wrapper.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO bulk (id, body) VALUES (%s, %s)",
            [(number * ROWS + n, bytes([n % 251]) * 4000) for n in range(ROWS)],
        )


def _running() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "caredesk-checkpoints"]


def test_a_second_thread_copies_each_committed_batch_into_the_database(database, tmp_path):
    path = tmp_path / "bulk.sqlite3"
    assert _pragma(database, "journal_mode") == ("wal",)
    assert _pragma(database, "wal_autocheckpoint") == (1000,)
    size_before = path.stat().st_size
    with checkpoints_behind(database) as checkpoints:
        assert _pragma(database, "wal_autocheckpoint") == (0,), "the job's commits copy nothing"
        assert _running()
        for number in range(3):
            _batch(database, number)
            checkpoints.request()
        checkpoints.wait()
        assert checkpoints.checkpoints >= 1
        # the batches are in the database file itself (this connection copies nothing)...
        assert path.stat().st_size > size_before + 3 * ROWS * 4000
        # ...all of them: nothing was left for another checkpoint to copy
        busy, logged, copied = _pragma(database, "wal_checkpoint(PASSIVE)")
        assert busy == 0 and logged == copied
    assert not _running()
    assert _pragma(database, "wal_autocheckpoint") == (1000,), "as it was"
    with database.cursor() as cursor:
        cursor.execute("SELECT count(*), sum(length(body)) FROM bulk")
        assert cursor.fetchone() == (3 * ROWS, 3 * ROWS * 4000)
        cursor.execute("PRAGMA integrity_check")
        assert cursor.fetchone() == ("ok",)


def test_nothing_changes_for_the_tests_database_in_memory_or_postgresql():
    with checkpoints_behind(connection) as checkpoints:
        assert type(checkpoints) is Checkpoints
        checkpoints.request()
        checkpoints.wait()
    assert not _running()


def test_nothing_changes_for_a_job_inside_a_transaction(database):
    # nothing is committed until the transaction ends
    with transaction.atomic(using=database.alias), checkpoints_behind(database) as checkpoints:
        assert type(checkpoints) is Checkpoints
        assert _pragma(database, "wal_autocheckpoint") == (1000,)
    assert not _running()


def test_a_checkpoint_that_fails_is_logged_and_the_job_goes_on(tmp_path, caplog):
    behind = _Behind(str(tmp_path / "no such folder" / "x.sqlite3"))
    behind.start()
    behind.request()
    behind.wait()  # returns: the failure counts as done
    behind.request()
    behind.stop()
    assert behind.checkpoints == 0
    assert "background checkpoint" in caplog.text
    assert not behind.is_alive()
