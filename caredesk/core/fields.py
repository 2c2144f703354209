"""Model fields shared by the apps."""

from __future__ import annotations

from django.db import models


class JSONField(models.JSONField):
    """Django's JSONField without the CHECK (JSON_VALID(...)) it adds on SQLite.

    SQLite may abort a statement that calls a function, so every multi-row INSERT or UPDATE
    of a table with that check keeps a statement journal: a copy of each page the statement
    changes, spilled to a temporary file past 64 KB. For intake's batches that was half of
    all the bytes an ingest wrote (30 MB in 2,000 messages) and 12 % of the time at 20,000
    messages. The values are always written by Django (``json.dumps``), so the check guarded
    only against hand-written SQL; PostgreSQL's jsonb type still refuses invalid JSON.
    """

    def db_check(self, connection):
        if connection.vendor == "sqlite":
            return None
        return super().db_check(connection)
