"""The Portal Request action type (for databases made before it was one of the defaults)."""

from django.db import migrations


def load(apps, schema_editor):
    from caredesk.actions.defaults import portal_type_load

    portal_type_load(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("actions", "0007_item_claim"),
        ("mailroom", "0002_add_thread_keys"),
        ("staff", "0002_notifications"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
