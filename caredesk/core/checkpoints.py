"""SQLite's write-ahead log copied back into the database by a second thread during bulk jobs.

In WAL mode every change is appended to the log, and a checkpoint copies the log's pages into
the database file. By default the connection that commits does it, whenever the log has grown
past 1,000 pages: during an ingest that was every batch's commit, about 0.4 s of reads and
writes over 20,000 messages, while nothing else ran. Inside ``checkpoints_behind()`` the
connection's own checkpoints are off and a second thread, with a connection of its own, runs a
passive checkpoint after each batch the job commits (``request()``). SQLite does that work
without Python's global lock, so it overlaps with the parsing and triage of the next batch. A
passive checkpoint never blocks a writer or a reader, and the data is safe in the log whether
or not it has been copied yet: the checkpoint only moves it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db.backends.base.base import BaseDatabaseWrapper

logger = logging.getLogger(__name__)


class Checkpoints:
    """The job's handle: ``request()`` after each commit."""

    def request(self) -> None:
        """A batch was committed: copy the log into the database in the background."""

    def wait(self) -> None:
        """Return once the checkpoints requested so far are done."""


class _Behind(Checkpoints, threading.Thread):
    def __init__(self, path: str) -> None:
        super().__init__(name="caredesk-checkpoints", daemon=True)
        self.path = path
        self._condition = threading.Condition()
        self._requested = 0
        self._done = 0
        self._stopping = False
        self.checkpoints = 0  # run so far (for tests and logs)

    def request(self) -> None:
        with self._condition:
            self._requested += 1
            self._condition.notify_all()

    def wait(self) -> None:
        with self._condition:
            wanted = self._requested
            self._condition.wait_for(lambda: self._done >= wanted or not self.is_alive())

    def stop(self) -> None:
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        self.join()

    def run(self) -> None:
        database = None
        try:
            while True:
                with self._condition:
                    self._condition.wait_for(lambda: self._requested > self._done or self._stopping)
                    if self._requested <= self._done:  # stopping, nothing left to do
                        return
                    wanted = self._requested
                try:
                    if database is None:
                        database = sqlite3.connect(self.path, isolation_level=None)
                    database.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.checkpoints += 1
                except (
                    sqlite3.Error
                ) as error:  # the next checkpoint, or the connection's, copies it
                    logger.info("background checkpoint of %s failed: %s", self.path, error)
                with self._condition:
                    self._done = wanted
                    self._condition.notify_all()
        finally:
            if database is not None:
                database.close()  # not the last connection: the log stays for the job's own
            with self._condition:
                self._done = self._requested
                self._condition.notify_all()


@contextmanager
def checkpoints_behind(connection: BaseDatabaseWrapper) -> Iterator[Checkpoints]:
    """Checkpoints in a second thread while the block runs, on an SQLite database file in WAL
    mode; elsewhere (PostgreSQL, an in-memory database, another journal) nothing changes.
    Afterwards the connection checkpoints by itself again, as before."""
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        yield Checkpoints()
        return
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        (mode,) = cursor.fetchone()
        cursor.execute("PRAGMA wal_autocheckpoint")
        (pages,) = cursor.fetchone()
    if str(mode).lower() != "wal" or connection.in_atomic_block:
        yield Checkpoints()  # (inside a transaction nothing is committed until it ends)
        return
    behind = _Behind(str(connection.settings_dict["NAME"]))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint=0")
    behind.start()
    try:
        yield behind
    finally:
        behind.stop()
        if connection.connection is not None:  # the same connection: as it was
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA wal_autocheckpoint={int(pages)}")
