"""Bring the shipped default phrases (data/phrases.tsv) into a database that has older ones.

Every row written from the shipped file remembers which shipped phrase it is (`default_key`)
and what it held then (`default_fingerprint`). `phrases_sync` then:
- creates the shipped phrases the table lacks;
- updates a shipped phrase whose row nobody edited since (weight, note, active);
- keeps every row a lead edited or added, untouched;
- removes an unedited row whose phrase is no longer shipped.
A lead who wants a shipped phrase gone deactivates it (deleting it brings it back at the next
sync). Works with the live models and with a migration's historical ones (`apps`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import Any

from caredesk.triage.rules import Phrase, default_phrases

RESULTS = ("created", "updated", "kept", "removed", "unchanged")


def phrase_key(language: str, field: str, value: str, kind: str, pattern: str) -> str:
    """Which shipped phrase this is: the same for as long as the shipped file keeps it."""
    return _digest(language, field, value, kind, pattern)


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _fingerprint(
    language: str,
    field: str,
    value: str,
    kind: str,
    pattern: str,
    weight: float,
    note: str,
    is_active: bool,
) -> str:
    return _digest(language, field, value, kind, pattern, f"{float(weight):g}", note, is_active)


def phrase_fingerprint(phrase: Phrase) -> str:
    """What a row written from this shipped phrase holds."""
    return _fingerprint(
        phrase.language,
        phrase.field,
        phrase.value,
        phrase.kind,
        phrase.pattern,
        phrase.weight,
        phrase.note,
        True,
    )


def row_fingerprint(row: Any) -> str:
    """What a TriagePhrase row holds now."""
    return _fingerprint(
        row.language,
        row.field,
        row.value,
        row.kind,
        row.pattern,
        row.weight,
        row.note,
        row.is_active,
    )


def phrases_sync(
    *,
    apps: Any = None,
    phrases: Iterable[Phrase] | None = None,
    dry_run: bool = False,
) -> Counter:
    """Bring the shipped phrases into the TriagePhrase table; count what happened (RESULTS)."""
    from django.apps import apps as global_apps
    from django.db import transaction

    model = (apps or global_apps).get_model("triage", "TriagePhrase")
    shipped = {
        phrase_key(p.language, p.field, p.value, p.kind, p.pattern): p
        for p in (default_phrases() if phrases is None else phrases)
    }
    counts: Counter = Counter({result: 0 for result in RESULTS})
    with transaction.atomic():
        rows = list(model.objects.select_for_update().order_by("pk"))
        by_key = {row.default_key: row for row in rows if row.default_key}
        taken = {(r.language, r.field, r.value, r.kind, r.pattern) for r in rows}
        for key, phrase in shipped.items():
            row = by_key.get(key)
            if row is None:
                identity = (
                    phrase.language,
                    phrase.field,
                    phrase.value,
                    phrase.kind,
                    phrase.pattern,
                )
                if identity in taken:  # a lead's row holds it already (counted below)
                    continue
                if not dry_run:
                    model.objects.create(**_row_values(phrase), default_key=key)
                counts["created"] += 1
            elif row_fingerprint(row) != row.default_fingerprint:
                counts["kept"] += 1  # edited by a lead
            elif row.default_fingerprint == phrase_fingerprint(phrase):
                counts["unchanged"] += 1
            else:
                if not dry_run:
                    for name, value in _row_values(phrase).items():
                        setattr(row, name, value)
                    row.save()
                counts["updated"] += 1
        for row in rows:
            if not row.default_key:
                counts["kept"] += 1  # added by a lead
            elif row.default_key not in shipped:
                if row_fingerprint(row) != row.default_fingerprint:
                    counts["kept"] += 1
                else:
                    if not dry_run:
                        row.delete()
                    counts["removed"] += 1
    return counts


def _row_values(phrase: Phrase) -> dict:
    return {
        "language": phrase.language,
        "field": phrase.field,
        "value": phrase.value,
        "kind": phrase.kind,
        "pattern": phrase.pattern,
        "weight": phrase.weight,
        "note": phrase.note,
        "is_active": True,
        "default_fingerprint": phrase_fingerprint(phrase),
    }


def phrases_mark_defaults(apps: Any = None) -> int:
    """Mark the rows that hold a shipped phrase exactly as shipped (a database filled before
    rows remembered where they came from); return how many. Rows that differ count as edited."""
    from django.apps import apps as global_apps

    model = (apps or global_apps).get_model("triage", "TriagePhrase")
    shipped = {phrase_fingerprint(p): p for p in default_phrases()}
    marked = 0
    for row in model.objects.filter(default_key=""):
        phrase = shipped.get(row_fingerprint(row))
        if phrase is None:
            continue
        row.default_key = phrase_key(
            phrase.language, phrase.field, phrase.value, phrase.kind, phrase.pattern
        )
        row.default_fingerprint = phrase_fingerprint(phrase)
        row.save(update_fields=["default_key", "default_fingerprint"])
        marked += 1
    return marked
