"""Relabel the corpus for the category inventory's judgement calls (category_inventory.md).

Only where an earlier training line plainly contradicts a call that most of the corpus already
follows: an amenity's own equipment that won't work (a fire pit that won't light, a treadmill, a
pool heater) is `amenity`, as bl-en-105, b15-en-030 and b19-en-026 label it; train.jsonl's
tr-0076 (the gas fire pit by the pool won't light) was `maintenance`. heldout's ho-0073 (a
courtyard fire pit's igniter) disagrees too and is listed, not changed (heldout is never tuned
on); the honest sets blind33 and blind3b are not touched.
Usage:
    python scripts/triage/relabel_category_inventory.py caredesk/triage/data/corpus [--dry-run]"""

import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

SKIP = ("blind33.jsonl", "blind3b.jsonl", "heldout.jsonl")
CHANGES = {"tr-0076": {"category": "amenity"}}


def relabel(row: dict) -> dict:
    """The row with the inventory's calls applied (a new dict; the same one if none applies)."""
    change = CHANGES.get(row.get("id"))
    return {**row, **change} if change else row


if __name__ == "__main__":
    changed = corpus_relabel(
        Path(sys.argv[1]), relabel, skip=SKIP, dry_run="--dry-run" in sys.argv[2:]
    )
    print(f"{changed} lines changed")
