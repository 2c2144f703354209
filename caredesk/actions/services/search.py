"""Keeping the search text of items: the subject and each message's new text, appended as they
come (the database keeps its full-text index in step: see models/search.py)."""

from __future__ import annotations

from collections.abc import Iterable

from caredesk.actions.models import ItemSearch

# Enough for a long conversation; a pathological message cannot bloat the index.
SEARCH_TEXT_LIMIT = 200_000


def search_text_add(*, item_id: int, parts: Iterable[str]) -> None:
    """Append text to an item's search text (creating it with the first text)."""
    text = "\n".join(part.strip() for part in parts if part and part.strip())
    row = ItemSearch.objects.filter(pk=item_id).first()
    if row is None:
        ItemSearch.objects.create(item_id=item_id, text=text[:SEARCH_TEXT_LIMIT])
    elif text and len(row.text) < SEARCH_TEXT_LIMIT:
        row.text = f"{row.text}\n{text}"[:SEARCH_TEXT_LIMIT]
        row.save(update_fields=["text"])
