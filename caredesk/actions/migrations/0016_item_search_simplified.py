"""Search text keeps Chinese in simplified characters (``core.text.simplified``), as search's
words are: an item's text kept before, in traditional characters (樓上滲水), is rewritten so
that 渗水 finds it. Rows without any such character are left alone; the full-text index follows
each row (its triggers on SQLite, the trigram index on PostgreSQL)."""

from django.db import migrations

from caredesk.core.text import simplified

CHUNK = 500


def _simplify(apps, schema_editor):
    ItemSearch = apps.get_model("actions", "ItemSearch")  # noqa: N806 - a model class
    rows = ItemSearch.objects.only("item_id", "text").order_by("item_id")
    last = 0
    while True:  # a page at a time, by key: no cursor stays open while rows are written
        page = list(rows.filter(item_id__gt=last)[:CHUNK])
        if not page:
            return
        last = page[-1].item_id
        changed = []
        for row in page:
            text = simplified(row.text)
            if text != row.text:
                row.text = text
                changed.append(row)
        ItemSearch.objects.bulk_update(changed, ["text"])


class Migration(migrations.Migration):
    dependencies = [("actions", "0015_item_search_lean_index")]

    operations = [migrations.RunPython(_simplify, migrations.RunPython.noop)]
