"""sync-phrases: a later release's default phrases reach an existing database, and what leads
edited or added stays theirs."""

from __future__ import annotations

import dataclasses
from io import StringIO

import pytest
from django.core.management import call_command

from caredesk.triage.defaults import phrase_key, phrases_mark_defaults, phrases_sync
from caredesk.triage.models import TriagePhrase
from caredesk.triage.rules import Phrase, default_phrases

pytestmark = pytest.mark.django_db


def _row(phrase: Phrase) -> TriagePhrase:
    key = phrase_key(phrase.language, phrase.field, phrase.value, phrase.kind, phrase.pattern)
    return TriagePhrase.objects.get(default_key=key)


def test_a_migrated_database_knows_its_defaults_and_is_in_sync():
    """Every row of a fresh database is a known, unedited default; a sync changes nothing."""
    assert TriagePhrase.objects.filter(default_key="").count() == 0
    assert not any(row.is_edited for row in TriagePhrase.objects.all())
    counts = phrases_sync()
    assert counts["unchanged"] == len(default_phrases())
    assert counts["created"] == counts["updated"] == counts["removed"] == counts["kept"] == 0


def test_a_new_release_adds_updates_and_keeps():
    """Given the shipped file of a later release adds a phrase, reweights one a lead never
    touched, reweights one a lead edited, drops one nobody touched, when synced, then the new
    phrase is created, the untouched one updated, the lead's edit and the lead's own phrase
    kept, and the dropped one removed."""
    shipped = list(default_phrases())
    untouched, edited, dropped = shipped[0], shipped[1], shipped[2]
    edited_row = _row(edited)
    edited_row.weight = 0.3
    edited_row.save()
    own = TriagePhrase.objects.create(
        language="en", field="urgency", value="emergency", pattern="purple goo", weight=2
    )
    new = Phrase(language="en", field="urgency", value="urgent", pattern="moat overflowing")
    release = [dataclasses.replace(untouched, weight=untouched.weight + 1.5)]
    release += [dataclasses.replace(edited, weight=edited.weight + 1.5)]
    release += shipped[3:] + [new]

    counts = phrases_sync(phrases=release)

    assert (counts["created"], counts["updated"], counts["removed"]) == (1, 1, 1)
    assert counts["kept"] == 2  # the lead's edit and the lead's own phrase
    assert _row(untouched).weight == untouched.weight + 1.5
    assert _row(edited).weight == 0.3
    assert _row(new).value == "urgent"
    assert TriagePhrase.objects.filter(pk=own.pk).exists()
    assert not TriagePhrase.objects.filter(pattern=dropped.pattern, kind=dropped.kind).exists()
    assert phrases_sync(phrases=release)["unchanged"] == len(release) - 1  # all but the edit


def test_a_deactivated_default_stays_off_and_a_pattern_edit_is_kept():
    """A lead switching a default off, or rewriting its pattern, is an edit: sync keeps both
    and does not bring the old pattern back."""
    off, rewritten = default_phrases()[5], default_phrases()[6]
    row = _row(off)
    row.is_active = False
    row.save()
    row = _row(rewritten)
    row.pattern = rewritten.pattern + "|xyzzy"
    row.save()
    counts = phrases_sync()
    assert counts["kept"] == 2 and counts["created"] == 0
    assert not _row(off).is_active
    assert _row(rewritten).pattern.endswith("|xyzzy")


def test_rows_from_before_are_marked_only_when_they_hold_the_shipped_phrase():
    """A database filled before rows remembered their origin: rows equal to a shipped phrase
    become defaults, a changed one counts as the lead's."""
    first, second = default_phrases()[0], default_phrases()[1]
    TriagePhrase.objects.update(default_key="", default_fingerprint="")
    TriagePhrase.objects.filter(pk=_row_pk(second)).update(weight=second.weight + 0.25)
    marked = phrases_mark_defaults()
    assert marked == len(default_phrases()) - 1
    assert TriagePhrase.objects.filter(pattern=first.pattern, kind=first.kind).get().is_default
    changed = TriagePhrase.objects.get(pk=_row_pk(second))
    assert not changed.is_default
    assert phrases_sync()["kept"] == 1


def _row_pk(phrase: Phrase) -> int:
    return TriagePhrase.objects.get(
        language=phrase.language,
        field=phrase.field,
        value=phrase.value,
        kind=phrase.kind,
        pattern=phrase.pattern,
    ).pk


def test_the_command_reports_counts_and_dry_run_changes_nothing():
    TriagePhrase.objects.filter(pk=_row(default_phrases()[0]).pk).delete()
    out = StringIO()
    call_command("triage", "sync-phrases", "--dry-run", stdout=out)
    assert "1 created" in out.getvalue()
    assert TriagePhrase.objects.count() == len(default_phrases()) - 1
    out = StringIO()
    call_command("triage", "sync-phrases", stdout=out)
    assert "1 created" in out.getvalue() and "0 updated" in out.getvalue()
    assert TriagePhrase.objects.count() == len(default_phrases())
