"""Keeping the search text of items: the subject and each message's new text, appended as they
come (the database keeps its full-text index in step: see models/search.py)."""

from __future__ import annotations

from collections.abc import Iterable

from caredesk.actions.models import ItemSearch
from caredesk.core.text import simplified

# Enough for a long conversation; a pathological message cannot bloat the index.
SEARCH_TEXT_LIMIT = 200_000


def search_text_add(*, item_id: int, parts: Iterable[str]) -> None:
    """Append text to an item's search text (creating it with the first text)."""
    row = ItemSearch.objects.filter(pk=item_id).first()
    if row is None:
        ItemSearch.objects.create(item_id=item_id, text=search_text_join(None, parts))
        return
    text = search_text_join(row.text, parts)
    if text != row.text:
        row.text = text
        row.save(update_fields=["text"])


def search_text_join(current: str | None, parts: Iterable[str]) -> str:
    """An item's search text with these parts appended (``None``: the item has none yet).

    Chinese is kept in simplified characters, as the search's words are (a 樓上滲水 from Hong
    Kong is found by 渗水, and 滲水 finds a 楼上渗水)."""
    text = simplified("\n".join(part.strip() for part in parts if part and part.strip()))
    if current is None:
        return text[:SEARCH_TEXT_LIMIT]
    if text and len(current) < SEARCH_TEXT_LIMIT:
        return f"{current}\n{text}"[:SEARCH_TEXT_LIMIT]
    return current
