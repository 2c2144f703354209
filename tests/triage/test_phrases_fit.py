"""Every shipped phrase fits the TriagePhrase columns it is copied into.

A data migration copies data/phrases.tsv into TriagePhrase. SQLite stores a text longer than
a column's max_length without a word; PostgreSQL refuses it, and then `migrate` itself fails
on a fresh database. This test holds on both."""

from __future__ import annotations

from django.db import models

from caredesk.triage.models import TriagePhrase
from caredesk.triage.rules import default_phrases


def test_every_shipped_phrase_fits_its_columns():
    limits = {
        field.name: field.max_length
        for field in TriagePhrase._meta.get_fields()
        if isinstance(field, models.CharField) and field.max_length
    }
    assert {"pattern", "note", "value"} <= set(limits)
    too_long = [
        f"{phrase.rule} {name}: {len(getattr(phrase, name))} > {limit}"
        for phrase in default_phrases()
        for name, limit in limits.items()
        if hasattr(phrase, name) and len(str(getattr(phrase, name))) > limit
    ]
    assert too_long == []
