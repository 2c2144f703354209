"""Relabel the corpus for round 34's two written calls (the same rule for every set).

1. A limb or hair held by a spa's or a pool's suction drain is entrapment, and issue 5 says
   entrapment is `maintenance`: blind31 labels its two such lines so (b31-en-002,
   b31-zh-002), blind19 one of them `amenity` (b19-en-015); that line becomes `maintenance`.
2. A rotten smell with flies from a unit is a nuisance (`normal`, `complaint`: issue 5's
   nuisance) unless something points at a person: a smell like a corpse (尸臭, "dead body"), no
   answer at the door, someone not seen for days. Then it is a possible death or a person in
   need: an emergency and `security`, as the inventory's welfare checks are. blind31's
   118号仓 (b31-en-029, b31-zh-029: something rotten, flies, nothing about a person) and the
   inventory's inv-zh-027 (尸臭, a person pointed at) already follow it; the inventory's
   inv-en-027 (rotting and flies, nothing about a person, the same words as blind31's) is
   relabelled `normal` and `complaint` (its call-back stays: the caller asked for one).

The honest set of round 34 (blind34) is not touched; blind33, heldout and blind3b are read like
the others and none of their lines is of either kind.
Usage: python scripts/triage/relabel_round34.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

SKIP = ("blind34.jsonl",)
SUCTION = re.compile(
    r"\b(arm|leg|hand|foot|hair|finger)\b[^.!?\n]{0,30}\b(stuck|caught|held|sucked|trapped)\b"
    r"[^.!?\n]{0,30}\bsuction\b|吸水口吸住|排水口吸住",
    re.I,
)
ROT = re.compile(r"\b(rotten|rotting)\b[^\n]{0,60}\bflies\b|(烂掉|腐烂)[^\n]{0,20}苍蝇", re.I)
PERSON = re.compile(
    r"corpse|dead body|body|no answer|nobody answers|haven'?t seen|not seen"
    r"|尸|没人应|没人开门|几天没",
    re.I,
)


def relabel(row: dict) -> dict:
    """The row with round 34's calls applied (a new dict; the same one if none applies)."""
    new = dict(row)
    if SUCTION.search(row["body"]) and row["category"] == "amenity":
        new["category"] = "maintenance"
    if ROT.search(row["body"]) and not PERSON.search(row["body"]) and row["urgency"] == "emergency":
        new["urgency"] = "normal"
        new["category"] = "complaint"
    return new


if __name__ == "__main__":
    changed = corpus_relabel(
        Path(sys.argv[1]), relabel, skip=SKIP, dry_run="--dry-run" in sys.argv[2:]
    )
    print(f"{changed} lines relabelled", file=sys.stderr)
