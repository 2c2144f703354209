"""Sign-offs, allowed moves, time limits and reply templates of the default action types."""

from django.db import migrations


def load(apps, schema_editor):
    from caredesk.actions.defaults import defaults_load

    defaults_load(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0004_workflow_rules"),
        ("mailroom", "0001_initial"),
        ("staff", "0002_notifications"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
