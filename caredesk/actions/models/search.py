"""The text of each item that full-text search looks in: its subject and the new text of its
messages (never the quoted history, which would match every old word again).

SQLite (embedded default): an FTS5 table with the trigram tokenizer kept in step by triggers —
trigrams need no word boundaries, so Chinese is searched as well as English. PostgreSQL: a
pg_trgm GIN index on the same column. Both are created by migration 0008.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from caredesk.actions.models.items import ActionItem


class ItemSearch(models.Model):
    item = models.OneToOneField(
        ActionItem,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search",
        verbose_name=_("item"),
    )
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("search text")
        verbose_name_plural = _("search texts")

    def __str__(self) -> str:
        return f"#{self.item_id}"
