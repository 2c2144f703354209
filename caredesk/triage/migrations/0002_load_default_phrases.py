"""Copy the shipped default phrases (data/phrases.tsv) into TriagePhrase; leads edit them there."""

from django.db import migrations


def phrases_load(apps, schema_editor):
    from caredesk.triage.rules import default_phrases

    TriagePhrase = apps.get_model("triage", "TriagePhrase")
    rows = [
        TriagePhrase(
            language=phrase.language,
            field=phrase.field,
            value=phrase.value,
            pattern=phrase.pattern,
            kind=phrase.kind,
            weight=phrase.weight,
            note=phrase.note,
        )
        for phrase in default_phrases()
    ]
    TriagePhrase.objects.bulk_create(rows, ignore_conflicts=True)


def phrases_unload(apps, schema_editor):
    apps.get_model("triage", "TriagePhrase").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("triage", "0001_initial")]

    operations = [migrations.RunPython(phrases_load, phrases_unload)]
