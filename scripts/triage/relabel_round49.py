"""Relabel the corpus for round 49's reading of three written category conventions (the same
rules for every trained-on set).

1. An overlock on a storage unit is `access`, paid or not (round 32's phrase; README, round
   33: "an overlock on a storage unit (仓位被加了锁) is `access`, paid or not"). blind51
   labelled a notice of an overlock for late rent, already paid, `billing`.
2. A bulk mailing is `non_human` (round 37's open convention (4), applied in round 38; README:
   "A bulk mailing is `non_human`"; calm-*-120 and lk-*-075f were relabelled so). blind51
   labelled a community's March newsletter ("In this issue: ...") `general`.
3. An insurance question ("would the association's insurance cover", 保险管不管) is `general`
   (round 35, README). blind51 labelled a question whether the association's insurance covers
   repainting an old, dry stain left by last spring's overflow `maintenance`. A message that
   also reports damage now (urgent or an emergency) keeps its own category.

The honest sets (NEVER_TRAINED) are never rewritten.
Usage: python scripts/triage/relabel_round49.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

OVERLOCK = re.compile(r"\bover-?lock(ed|s)?\b|仓位被加了锁", re.IGNORECASE)
NEWSLETTER = re.compile(r"\bnewsletter\b", re.IGNORECASE)
INSURANCE_QUESTION = re.compile(
    r"\b(does|would|will|is|are|whether|if) (the |our |your |my )?(hoa'?s? |association'?s? |"
    r"building'?s? |master |community )?(insurance|insurance policy|policy)\b[^.!?\n]{0,30}\b"
    r"(cover|covers|covered|pay|pays)\b|保险管不管",
    re.IGNORECASE,
)
IN_THIS_ISSUE = re.compile(r"^\s*in this issue\b", re.IGNORECASE)


def relabel(row: dict) -> dict:
    """The row with round 49's conventions applied (a new dict; the same one if none applies)."""
    text = f"{row['subject']}\n{row['body']}"
    new = dict(row)
    if row["category"] == "billing" and OVERLOCK.search(text):
        new["category"] = "access"
    if (
        row["category"] == "general"
        and NEWSLETTER.search(row["subject"])
        and IN_THIS_ISSUE.search(row["body"])
    ):
        new["category"] = "non_human"
    if (
        row["category"] == "maintenance"
        and row["urgency"] in ("normal", "low")
        and INSURANCE_QUESTION.search(text)
    ):
        new["category"] = "general"
    return new


if __name__ == "__main__":
    changed = corpus_relabel(Path(sys.argv[1]), relabel, dry_run="--dry-run" in sys.argv[2:])
    print(f"{changed} lines relabelled", file=sys.stderr)
