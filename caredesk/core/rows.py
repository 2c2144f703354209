"""Writing many rows of one model at once, faster than the ORM's generic bulk methods."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.models import AutoField, DateField, DateTimeField, Field, Model, signals
from django.db.models.base import ModelState
from django.db.models.expressions import RawSQL
from django.db.models.query_utils import DeferredAttribute
from django.utils import timezone

M = TypeVar("M", bound=Model)
_UNSET = object()

# Values per INSERT statement: under SQLite's default limit of 999 variables.
MAX_PARAMS = 990
# Fields whose database value is the Python value itself when it is of this exact type
# (a ForeignKey's is its integer key).
_TEXT, _NUMBER = (str,), (int,)
PLAIN_FIELDS: dict[str, tuple[type, ...]] = {
    "CharField": _TEXT,
    "TextField": _TEXT,
    "EmailField": _TEXT,
    "SlugField": _TEXT,
    "BooleanField": (bool,),
    "IntegerField": _NUMBER,
    "BigIntegerField": _NUMBER,
    "SmallIntegerField": _NUMBER,
    "PositiveIntegerField": _NUMBER,
    "PositiveBigIntegerField": _NUMBER,
    "PositiveSmallIntegerField": _NUMBER,
    "ForeignKey": _NUMBER,
    "OneToOneField": _NUMBER,
    "BinaryField": (bytes,),  # both sqlite3 and psycopg take bytes as they are
}


def row_new(model: type[M], **values: object) -> M:
    """A new, unsaved object with these values: what ``model(**values)`` makes, at about a third
    of its cost, for the many rows a batch builds.

    Values are given by field name (a related object, or None) or by attname (``item_id``);
    fields not given take their defaults. A model with ``pre_init``/``post_init`` receivers or
    a field whose descriptor does more than store (a file), a value that is not a field, a
    relation given both ways (``item`` and ``item_id``) or one the router refuses takes the
    usual way.
    """
    plan = _plans.get(model)
    if plan is None:
        plan = _plans[model] = _plan_for(model)
    defaults, names, relations = plan
    if (
        not names
        or any(name not in names for name in values)
        or (signals.pre_init.receivers and signals.pre_init.has_listeners(model))
        or (signals.post_init.receivers and signals.post_init.has_listeners(model))
    ):
        return model(**values)
    given = {names[name] for name in values}
    if len(given) != len(values):  # a relation by name and by attname
        return model(**values)
    obj = model.__new__(model)
    state = obj._state = ModelState()
    fields = obj.__dict__
    for attname, make in defaults:
        if attname not in given:
            fields[attname] = make()
    cache = state.fields_cache
    for name, value in values.items():
        relation = relations.get(name)
        if relation is None:
            fields[names[name]] = value
        elif relation.primary_key:
            setattr(obj, name, value)  # a parent link: its descriptor sets the inherited keys
        elif value is None:
            fields[relation.attname] = None
            cache[relation.cache_name] = None
        elif isinstance(value, relation.remote_field.model):
            # what the descriptor does: the databases of both, the router's consent
            if router.routers:
                if state.db is None:
                    state.db = router.db_for_write(model, instance=value)
                if value._state.db is None:
                    value._state.db = router.db_for_write(type(value), instance=obj)
                if not router.allow_relation(value, obj):
                    return model(**values)  # the descriptor says why
            else:  # what the router answers without routers
                if state.db is None:
                    state.db = value._state.db or DEFAULT_DB_ALIAS
                if value._state.db is None:
                    value._state.db = state.db
                if value._state.db != state.db:
                    return model(**values)
            fields[relation.attname] = getattr(value, relation.target_field.attname)
            cache[relation.cache_name] = value
            if relation.one_to_one:  # the reverse side knows its one object, as Django has it
                relation.remote_field.set_cached_value(value, obj)
        else:
            return model(**values)  # the descriptor says what is wrong with it
    return obj


# model -> (each field's attname and default maker, kwarg name -> attname, name -> relation)
_Plan = tuple[list[tuple[str, Callable[[], object]]], dict[str, str], dict[str, object]]
_plans: dict[type[Model], _Plan] = {}


def _plan_for(model: type[Model]) -> _Plan:
    meta = model._meta
    usual: _Plan = ([], {}, {})
    if meta.private_fields:
        return usual
    defaults, names, relations = [], {}, {}
    for field in meta.concrete_fields:
        if field.generated:
            continue
        descriptor = next(
            (
                klass.__dict__[field.attname]
                for klass in model.__mro__
                if field.attname in klass.__dict__
            ),
            None,
        )
        if field.is_relation:
            relations[field.name] = field
            # a ForeignKey's get_default() turns a default object into its key
            defaults.append((field.attname, field.get_default))
        elif type(descriptor) is not DeferredAttribute:
            return usual  # a file or other field whose descriptor does more than store
        else:
            defaults.append((field.attname, field._get_default))
        names[field.name] = field.attname
        names[field.attname] = field.attname
    return defaults, names, relations


# Values no SQL expression can be: asked without hasattr(), whose miss formats an error message
_NEVER_EXPRESSIONS = frozenset({dict, list, tuple, datetime.datetime, datetime.date, Decimal})


def rows_insert(objects: Sequence[Model]) -> None:
    """Insert these new objects of one model and set their primary keys: ``bulk_create`` for
    plain rows, at a third of its cost.

    ``bulk_create`` builds an SQL expression for every value of every row (most of its time);
    here each value is prepared as ``save()`` would prepare it (defaults and ``auto_now`` set,
    JSON encoded, dates adapted, a related object saved since it was assigned gives its key)
    and sent as a parameter of one multi-row ``INSERT ... RETURNING``. Objects whose values
    are SQL expressions, or a database that cannot return the keys, take ``bulk_create``.
    All the rows go in, or none (an error inside a caller's atomic block leaves that block to
    roll back).
    """
    if not objects:
        return
    model = type(objects[0])
    meta = model._meta
    # The connection itself: each use of django.db.connection looks it up in a context-local
    # store, which raises and catches an exception every time outside asyncio (11 per message).
    connection = connections[DEFAULT_DB_ALIAS]
    if not connection.features.can_return_rows_from_bulk_insert:
        model._default_manager.bulk_create(objects)
        return
    fields = [
        field
        for field in meta.concrete_fields
        if not isinstance(field, AutoField) and not field.generated
    ]
    rows = []
    # (field, attname, types passed as they are, whether pre_save() only reads the attribute)
    specs = [
        (
            field,
            field.attname,
            PLAIN_FIELDS.get(field.get_internal_type(), ()),
            type(field).pre_save is Field.pre_save
            or (
                isinstance(field, DateField)
                and type(field).pre_save in (DateField.pre_save, DateTimeField.pre_save)
                and not field.auto_now
                and not field.auto_now_add
            ),
        )
        for field in fields
    ]
    moments: dict[datetime.datetime, object] = {}  # a batch shares a few times: adapt each once
    adapt_moment = connection.ops.adapt_datetimefield_value
    relations = [field for field in meta.concrete_fields if field.is_relation]
    # auto_now and auto_now_add date-times: what their pre_save() sets, timezone.now(), taken
    # once for the whole insert (the rows go in together) instead of once per row and field
    stamped = {
        field.attname
        for field in fields
        if type(field).pre_save is DateTimeField.pre_save and (field.auto_now or field.auto_now_add)
    }
    stamp = timezone.now() if stamped else None
    for obj in objects:
        if meta.private_fields:
            obj._prepare_related_fields_for_save(operation_name="rows_insert")
        else:
            _related_keys_take(obj, relations)
        stored = obj.__dict__
        row = []
        for field, attname, plain_types, reads in specs:
            value = stored.get(attname, _UNSET) if reads else _UNSET
            if value is _UNSET:
                if attname in stamped:
                    value = stored[attname] = stamp
                else:
                    value = field.pre_save(obj, True)
            if value is None or type(value) in plain_types:
                row.append(value)  # what get_db_prep_save would give back, after four calls
            elif isinstance(value, Enum) and type(value._value_) in plain_types:
                row.append(value._value_)  # a choice (TextChoices...): stored as its value
            elif type(value) not in _NEVER_EXPRESSIONS and hasattr(value, "resolve_expression"):
                model._default_manager.bulk_create(objects)
                return
            elif type(value) is datetime.datetime and type(field) is DateTimeField:
                if value not in moments:
                    # what get_db_prep_save gives for an aware datetime, in one call
                    moments[value] = (
                        adapt_moment(value)
                        if value.tzinfo is not None
                        else field.get_db_prep_save(value, connection)
                    )
                row.append(moments[value])
            else:
                row.append(field.get_db_prep_save(value, connection))
        rows.append(row)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
    per_statement = max(1, MAX_PARAMS // max(1, len(fields)))
    # All the rows or none: one transaction, but no savepoint inside the caller's (an error
    # leaves that one to roll back, as Django's atomic(savepoint=False) has it). So SQLite's
    # INSERT OR FAIL is enough: the same IntegrityError, without the statement journal that
    # ABORT (the default) keeps to undo just the failed statement, a copy of every page the
    # statement changes, written to a temporary file past 64 KB.
    verb = "INSERT OR FAIL" if connection.vendor == "sqlite" else "INSERT"
    keys = []
    with transaction.atomic(using=connection.alias, savepoint=False), connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            sql = (
                f"{verb} INTO {quote(meta.db_table)} ({columns}) "  # noqa: S608 - names quoted
                f"VALUES {', '.join([row_sql] * len(chunk))} RETURNING {quote(meta.pk.column)}"
            )
            cursor.execute(sql, [value for row in chunk for value in row])
            keys.extend(key for (key,) in cursor.fetchall())
    for obj, key in zip(objects, keys, strict=True):
        obj.pk = key
        obj._state.adding = False
        obj._state.db = connection.alias


def _related_keys_take(obj: Model, relations: list) -> None:
    """What ``Model._prepare_related_fields_for_save`` does for a model without private
    fields, over its relations only: a related object assigned before it was saved gives its
    key now; one still unsaved is refused."""
    cache = obj._state.fields_cache
    for field in relations:
        name = field.cache_name
        if name not in cache:
            continue
        related = cache[name]
        if not related:
            continue
        if related.pk is None:
            if not field.remote_field.multiple:
                field.remote_field.delete_cached_value(related)
            raise ValueError(
                f"rows_insert() prohibited to prevent data loss due to unsaved related object "
                f"'{field.name}'."
            )
        if getattr(obj, field.attname) in field.empty_values:
            setattr(obj, field.name, related)  # saved since it was assigned: take its key
        if getattr(related, field.target_field.attname) != getattr(obj, field.attname):
            field.delete_cached_value(obj)


def rows_update(objects: Sequence[Model], fields: Sequence[str]) -> None:
    """Save these fields of each object, as ``save(update_fields=...)`` would one by one.

    Django's bulk_update builds a CASE expression per field over every row, which costs more
    to compile than the update itself; here each value is prepared as ``save()`` would
    prepare it (auto_now fields are set, JSON encoded, dates adapted). PostgreSQL runs one
    prepared UPDATE for every row. SQLite gets the rows as one ``UPDATE ... FROM (VALUES
    ...)`` per few hundred rows: each statement of a transaction that writes a full-text
    table (through a trigger, as the items' search text does) makes FTS5 write its pending
    index to disk as a new segment, so one statement per row wrote one small segment per row,
    and merged them again and again (``bench/README.md``, session 22). An object listed twice
    is saved as it is the last time.
    """
    if not objects:
        return
    meta = type(objects[0])._meta
    connection = connections[DEFAULT_DB_ALIAS]  # looked up once (see rows_insert)
    columns = [meta.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    table, pk = quote(meta.db_table), quote(meta.pk.column)
    latest = {obj.pk: obj for obj in objects}  # the last of each row, as one by one
    params = [
        [obj.pk]
        + [column.get_db_prep_save(column.pre_save(obj, False), connection) for column in columns]
        for obj in latest.values()
    ]
    with connection.cursor() as cursor:
        if connection.vendor != "sqlite" or connection.Database.sqlite_version_info < (3, 33):
            # (UPDATE ... FROM came with SQLite 3.33)
            assignments = ", ".join(f"{quote(column.column)} = %s" for column in columns)
            sql = f"UPDATE {table} SET {assignments} WHERE {pk} = %s"  # noqa: S608
            cursor.executemany(sql, [row[1:] + row[:1] for row in params])
            return
        # VALUES names its columns column1, column2...: the key, then each field's value.
        # OR FAIL, as rows_insert has it: no statement journal inside the caller's atomic block.
        assignments = ", ".join(
            f"{quote(column.column)} = v.column{place}" for place, column in enumerate(columns, 2)
        )
        row_sql = "(" + ", ".join(["%s"] * (len(columns) + 1)) + ")"
        per_statement = max(1, MAX_PARAMS // (len(columns) + 1))
        for start in range(0, len(params), per_statement):
            chunk = params[start : start + per_statement]
            sql = (
                f"UPDATE OR FAIL {table} SET {assignments} "  # noqa: S608 - names quoted
                f"FROM (VALUES {', '.join([row_sql] * len(chunk))}) AS v "
                f"WHERE {table}.{pk} = v.column1"
            )
            cursor.execute(sql, [value for row in chunk for value in row])


def rows_release(objects: Iterable[Model]) -> None:
    """Forget the related objects each object holds (its cached relations), once a batch is
    done with them.

    Django caches a one-to-one relation on both sides (a raw message and its message, as
    ``row_new`` does too), so the objects of a batch hold each other in reference cycles that
    only the garbage collector frees: 25,000 objects of a 1,000-message batch, about 30 ms of
    its time each batch (``core.collector``). Without the cycles they go as soon as the batch
    lets go of them. The objects stay as they are otherwise (fields, primary keys); a relation
    read later is fetched again.
    """
    for obj in objects:
        obj._state.fields_cache.clear()


def values_table(values: Iterable[str] | Iterable[int], *, of: type = str) -> RawSQL:
    """A subquery of these values (strings, or integers with ``of=int``), all bound as one
    parameter, for ``field__in=``.

    Django's ``__in`` prepares each value of a list as a possible expression (four hasattr()
    misses, each raising and catching AttributeError) and binds each as a parameter of its
    own; a batch's thread keys are hundreds. SQLite reads them with ``json_each``, PostgreSQL
    with ``unnest`` of a text or bigint array (``of`` says which, even for no values)."""
    values = list(values)
    if connections[DEFAULT_DB_ALIAS].vendor == "postgresql":
        kind = "bigint" if of is int else "text"
        return RawSQL(f"SELECT unnest(%s::{kind}[])", [values])  # noqa: S611 - fixed text
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(values)])  # noqa: S611
