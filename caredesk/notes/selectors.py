"""Reads of account notes."""

from __future__ import annotations

from django.db.models import QuerySet

from caredesk.notes.models import AccountNote, QuickNote


def person_notes(*, person_id: int, limit: int | None = None) -> QuerySet[AccountNote]:
    """A person's account notes, newest first."""
    notes = (
        AccountNote.objects.filter(person_id=person_id)
        .select_related("author", "account")
        .order_by("-at", "-id")
    )
    return notes[:limit] if limit else notes


def quick_notes() -> list[QuickNote]:
    """The active quick-note templates in their order."""
    return list(QuickNote.objects.filter(is_active=True).order_by("order", "title"))
