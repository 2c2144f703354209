"""Search indexes: FTS5 (trigram) on SQLite, pg_trgm GIN indexes on PostgreSQL."""

import logging

from django.db import migrations, transaction

logger = logging.getLogger("caredesk.kb")

PG_COLUMNS = ["title", "body", "title_zh", "body_zh"]


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        from caredesk.kb.search import sqlite_index_ensure

        sqlite_index_ensure(schema_connection=connection)
    elif connection.vendor == "postgresql":
        try:
            with transaction.atomic(using=connection.alias):
                schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                for column in PG_COLUMNS:
                    schema_editor.execute(
                        f"CREATE INDEX IF NOT EXISTS kb_article_{column}_trgm "
                        f"ON kb_article USING gin ({column} gin_trgm_ops)"
                    )
        except Exception as error:  # no right to create the extension: search works unindexed
            logger.warning("knowledge base search without pg_trgm indexes: %s", error)


def drop(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        for trigger in ("kb_article_fts_ai", "kb_article_fts_ad", "kb_article_fts_au"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        schema_editor.execute("DROP TABLE IF EXISTS kb_article_fts")
    elif connection.vendor == "postgresql":
        for column in PG_COLUMNS:
            schema_editor.execute(f"DROP INDEX IF EXISTS kb_article_{column}_trgm")


class Migration(migrations.Migration):
    dependencies = [("kb", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
