"""The embedded database's settings: what every connection to the SQLite file is opened with."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = pytest.mark.skipif("connection.vendor != 'sqlite'")


def _pragma(name: str) -> int | str:
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_each_sqlite_connection_gets_a_16_mb_page_cache_and_checks_foreign_keys():
    # a negative cache_size is KiB: 16 MB holds the random-key indexes an ingest adds to
    assert _pragma("cache_size") == -16384
    assert _pragma("foreign_keys") == 1
    assert _pragma("synchronous") == 1  # NORMAL: with WAL, safe across a crash of the process
