from django.db import migrations


def load(apps, schema_editor):
    from caredesk.notes.defaults import quick_notes_load

    quick_notes_load(apps)


class Migration(migrations.Migration):
    dependencies = [("notes", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
