"""Writing many rows of one model at once, faster than the ORM's generic bulk_update."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection
from django.db.models import Model


def rows_update(objects: Sequence[Model], fields: Sequence[str]) -> None:
    """Save these fields of each object: one prepared UPDATE run for every row.

    Django's bulk_update builds a CASE expression per field over every row, which costs more
    to compile than the update itself; here each value is prepared as ``save()`` would
    prepare it (auto_now fields are set, JSON encoded, dates adapted), and the database runs
    one statement many times.
    """
    if not objects:
        return
    meta = type(objects[0])._meta
    columns = [meta.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(column.column)} = %s" for column in columns)
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"  # noqa: S608
    params = [
        [column.get_db_prep_save(column.pre_save(obj, False), connection) for column in columns]
        + [obj.pk]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
