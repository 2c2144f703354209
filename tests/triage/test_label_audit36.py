"""Session 22's label audit (scripts/triage/relabel_audit36.py, README "Label audit (session
22)"): the corpus carries the relabelled lines, the honest sets are never named, and the
inventories built from kinds files give the same labels as the corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk" / "triage" / "data" / "corpus"
SCRIPTS = ROOT / "scripts" / "triage"


def _module(name: str):
    sys.path.insert(0, str(SCRIPTS))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def _rows() -> dict[str, dict]:
    rows = {}
    for name in TRAINING_FILES:
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def test_the_relabelled_lines_carry_their_new_labels():
    audit = _module("relabel_audit36")
    rows = _rows()
    for line_id in audit.CHANGES:
        assert line_id in rows, line_id
        assert audit.relabel(rows[line_id]) == rows[line_id], line_id


def test_the_honest_sets_are_skipped_and_none_of_their_lines_is_named():
    audit = _module("relabel_audit36")
    # blind35 was honest when the audit ran (skipped, none of its lines named); round 36 trains
    # on it and blind36 is the honest set since
    for honest in ("heldout.jsonl", "blind3b.jsonl", "blind35.jsonl", "blind36.jsonl"):
        assert honest in audit.SKIP
        if honest != "blind35.jsonl":
            assert honest not in TRAINING_FILES
        ids = {
            json.loads(line)["id"]
            for line in (CORPUS / honest).read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        assert not ids & set(audit.CHANGES)


def test_the_inventories_built_from_kinds_agree_with_the_corpus():
    for module, name in (("calm_inventory", "calm.jsonl"), ("urgent_inventory", "urgent.jsonl")):
        built = _module(module).rows()
        shipped = [json.loads(line) for line in (CORPUS / name).read_text().splitlines()]
        assert built == shipped, module
