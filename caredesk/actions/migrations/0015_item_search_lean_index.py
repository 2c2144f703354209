"""SQLite: the items' full-text index without a column-size table and with fewer merges.

Ingest writes the index for every new item and rewrites an item's entry on every reply; at
20,000 messages the index was about a tenth of the ingest's time. Two settings cut a quarter of
that (bench/README.md, session 20):

- ``columnsize=0``: FTS5 keeps no token count per row (used only by bm25 ranking, which search
  does not use: items are listed newest first), one table write less per insert and delete;
- ``automerge=16`` (default 4): segments of a level are merged when 16 of them exist rather
  than 4, so index pages are rewritten less often while mail comes in. A query reads a few more
  segments; the items page's search stays within its target (bench/pages.py).

PostgreSQL's trigram index is not touched.
"""

from django.db import migrations

FTS_LEAN = (
    "CREATE VIRTUAL TABLE actions_itemsearch_fts USING fts5("
    "text, content='actions_itemsearch', content_rowid='item_id', tokenize='trigram', "
    "columnsize=0)"
)
FTS_BEFORE = (
    "CREATE VIRTUAL TABLE actions_itemsearch_fts USING fts5("
    "text, content='actions_itemsearch', content_rowid='item_id', tokenize='trigram')"
)
AUTOMERGE = (
    "INSERT INTO actions_itemsearch_fts(actions_itemsearch_fts, rank) VALUES ('automerge', 16)"
)
REBUILD = "INSERT INTO actions_itemsearch_fts(actions_itemsearch_fts) VALUES ('rebuild')"


def _recreate(schema_editor, statements):
    if schema_editor.connection.vendor != "sqlite":
        return
    # The triggers name the table in their bodies: they work again once it exists again.
    schema_editor.execute("DROP TABLE IF EXISTS actions_itemsearch_fts")
    for statement in statements:
        schema_editor.execute(statement)
    schema_editor.execute(REBUILD)  # the index of the rows there are, from the content table


def lean(apps, schema_editor):
    _recreate(schema_editor, [FTS_LEAN, AUTOMERGE])


def before(apps, schema_editor):
    _recreate(schema_editor, [FTS_BEFORE])


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0014_json_without_sqlite_check"),
    ]

    operations = [migrations.RunPython(lean, before)]
