"""The default roles, inboxes and action types every company starts with."""

from django.db import migrations


def load(apps, schema_editor):
    from caredesk.actions.defaults import defaults_load

    defaults_load(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0002_item_relations"),
        ("mailroom", "0001_initial"),
        ("staff", "0001_initial"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
