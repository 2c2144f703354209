"""Relabel the corpus for round 44's leak convention (the same rule for every trained-on set).

A septic tank nearly full (快满), smelling or due for pumping, with nothing spilling out of it,
is no leak: its sewage is where it belongs, as round 14 has a toilet that keeps running (its water
goes from the tank into the bowl) and as the corpus labels every pump-out notice or question
(inv2-*-002, inv2-*-074, lk-*-079f, calm-*-304, zv-204). A tank whose sewage comes up, flows or
spills (冒, 涌, 漫, 溢, 流, overflowing, backing up) stays leak-related. inv2-en-218 and
inv2-zh-218 labelled such a tank leak-related; round 43 tried this and dropped it (60 training
lines at p(leak) 0.4 to 0.6 instead of 41); with blind45 and round44.jsonl trained on, the same
two labels move no other decision of the corpus (README, round 44).

Only the files in TRAINING_FILES are read; the honest sets (NEVER_TRAINED) and any file named in
neither list (a set being written) are never rewritten.
Usage: python scripts/triage/relabel_round44.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import TRAINING_FILES, corpus_relabel

SEPTIC = re.compile(r"septic|化粪池", re.I)
NEARLY_FULL = re.compile(r"\b(nearly|almost|getting|close to) full\b|快满|快要满|差不多满", re.I)
SPILLING = re.compile(
    r"\b(overflow\w*|spill\w*|backing up|backed up|flowing|coming up|pouring|seeping|leak\w*)\b"
    r"|冒|涌|漫|溢|流|渗|漏|返",
    re.I,
)


def relabel(row: dict) -> dict:
    """The row with round 44's convention applied (a new dict; the same one if none applies)."""
    text = f"{row['subject']}\n{row['body']}"
    new = dict(row)
    if (
        row["leak_related"]
        and SEPTIC.search(text)
        and NEARLY_FULL.search(text)
        and not SPILLING.search(text)
    ):
        new["leak_related"] = False
    return new


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    others = [p.name for p in folder.glob("*.jsonl") if p.name not in TRAINING_FILES]
    changed = corpus_relabel(folder, relabel, skip=others, dry_run="--dry-run" in sys.argv[2:])
    print(f"{changed} lines relabelled", file=sys.stderr)
