"""core.fields.JSONField: no JSON_VALID check on SQLite (it forced a statement journal on every
multi-row write), jsonb on PostgreSQL, and the same values either way."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.db import DatabaseError, connection, models, transaction

from caredesk.actions.models import ActionItem
from caredesk.core.fields import JSONField
from caredesk.intake.services import message_receive
from tests.mail import eml

pytestmark = pytest.mark.django_db


def _json_fields() -> list[tuple[type[models.Model], models.Field]]:
    return [
        (model, field)
        for model in apps.get_models()
        if model._meta.app_label not in {"django_tasks_database"}  # not ours
        for field in model._meta.concrete_fields
        if isinstance(field, models.JSONField)
    ]


def test_every_json_field_of_ours_is_the_core_one():
    fields = _json_fields()
    names = {f"{model._meta.label}.{field.name}" for model, field in fields}
    assert {"actions.ActionItem.triage", "mailroom.Message.to", "staff.Notification.data"} <= names
    assert all(type(field) is JSONField for _, field in fields), names


def test_the_tables_check_json_only_where_the_column_type_does():
    for model, field in _json_fields():
        table = model._meta.db_table
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [table])
                (sql,) = cursor.fetchone()
                assert "JSON_VALID" not in sql.upper(), table
            else:
                cursor.execute(
                    "SELECT data_type FROM information_schema.columns"
                    " WHERE table_name = %s AND column_name = %s",
                    [table, field.column],
                )
                assert cursor.fetchone() == ("jsonb",), table


def test_values_come_back_as_they_went_in(desk):
    item = _item(desk)
    value = {"reasons": [{"phrase": "漏水", "start": 3}], "score": 0.5, "none": None}
    ActionItem.objects.filter(pk=item.pk).update(triage=value)
    assert ActionItem.objects.get(pk=item.pk).triage == value


def _item(desk) -> ActionItem:
    result = message_receive(
        raw=eml(subject="Leak", body="Water on the floor."), account=desk.general
    )
    return ActionItem.objects.get(pk=result.item_id)


@pytest.mark.skipif("connection.vendor == 'sqlite'")
def test_postgresql_still_refuses_text_that_is_not_json(desk):
    item = _item(desk)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            'UPDATE "actions_actionitem" SET "triage" = %s::jsonb WHERE id = %s', ["{oops", item.pk]
        )
