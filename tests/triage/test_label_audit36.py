"""Session 22's label audit, both parts (scripts/triage/relabel_audit36.py and
relabel_audit36b.py, README "Label audit (session 22)" and "Label audit, part 2"): the corpus
carries the relabelled lines, the honest sets are never named, and the inventories built from
kinds files give the same labels as the corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from caredesk.triage.training import NEVER_TRAINED
from tests.triage.corpus_rows import trained_rows

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk" / "triage" / "data" / "corpus"
SCRIPTS = ROOT / "scripts" / "triage"


def _module(name: str):
    sys.path.insert(0, str(SCRIPTS))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


AUDITS = ["relabel_audit36", "relabel_audit36b"]


@pytest.mark.parametrize("script", AUDITS)
def test_the_relabelled_lines_carry_their_new_labels(script):
    audit = _module(script)
    rows = trained_rows()
    for line_id in audit.CHANGES:
        assert line_id in rows, line_id
        assert audit.relabel(rows[line_id]) == rows[line_id], line_id


@pytest.mark.parametrize("script", AUDITS)
def test_the_honest_sets_are_skipped_and_none_of_their_lines_is_named(script):
    audit = _module(script)
    # blind35 and blind36 were honest when the audit ran (trained on since rounds 36 and 37),
    # and the sets written after it, up to blind42, are trained on since; neither part
    # relabelled any of them. The honest sets of today are skipped by corpus_relabel.
    for name in (*audit.SKIP, *NEVER_TRAINED):
        ids = {
            json.loads(line)["id"]
            for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        assert not ids & set(audit.CHANGES), name
    assert {f"blind{n}.jsonl" for n in range(35, 43)} <= set(audit.SKIP)


def test_the_inventories_built_from_kinds_agree_with_the_corpus():
    for module, build, name in (
        ("calm_inventory", "rows", "calm.jsonl"),
        ("urgent_inventory", "rows", "urgent.jsonl"),
        ("category_inventory", "records", "categories.jsonl"),
    ):
        built = getattr(_module(module), build)()
        shipped = [json.loads(line) for line in (CORPUS / name).read_text().splitlines()]
        assert built == shipped, module


# part 2: the lead's two calls


def test_the_thanks_are_general_and_low_and_a_thanked_leak_stays_a_leak():
    audit = _module("relabel_audit36b")
    rows = trained_rows()
    thanked = [i for i, change in audit.CHANGES.items() if change.get("category") == "general"]
    assert len(thanked) == 12
    for line_id in thanked:
        assert rows[line_id]["urgency"] == "low", line_id
    assert rows["b7-zh-066"]["leak_related"] is True


def test_the_work_orders_asking_nothing_are_low_and_those_asking_keep_their_ask():
    rows = trained_rows()
    for line_id in ("t5-008", "t5-009", "b4-en-095", "b4-zh-097", "b7-en-053"):
        assert rows[line_id]["urgency"] == "low", line_id
    # their look-alikes in the same files ask for access or a decision: `normal`
    for line_id in ("t5-010", "t5-013", "b4-en-093", "b4-zh-095", "b7-zh-061"):
        assert rows[line_id]["category"] == "work_order_update", line_id
        assert rows[line_id]["urgency"] == "normal", line_id
