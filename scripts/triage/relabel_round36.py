"""Relabel the corpus for round 36's label convention (the same rule for every set).

An emergency where a person or a part of one is caught fast (a head between railings, a leg
between a trampoline's springs, hair held by a drain) is entrapment, and issue 5 puts
entrapment under `maintenance` ("fire, smoke, gas, CO, sparks, entrapment and fallen trees are
maintenance"), wherever it happens. blind31 (a girl's hair held by a spa drain), blind35 (a leg
caught between a trampoline's springs and frame, a rider's leg between a bollard and her
scooter) and the inventories label it so; blind18 labelled one at a playground `amenity`
(b18-zh-003, 头卡在游乐场的栏杆中间). An emergency at an amenity that is no entrapment (a
drowning, a collapse on a treadmill, a bounce house blown away with children inside) stays
`amenity`.

blind36 (round 36's honest set), blind37 to blind41 (rounds 37 to 41's) and blind42 (the honest
set since round 41, never trained on) are not touched.
Usage: python scripts/triage/relabel_round36.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

# The sets honest when this ran or written after it; corpus_relabel also skips the honest
# sets of today (NEVER_TRAINED in caredesk/triage/training.py).
SKIP = (
    "blind36.jsonl",
    "blind37.jsonl",
    "blind38.jsonl",
    "blind39.jsonl",
    "blind40.jsonl",
    "blind41.jsonl",
    "blind42.jsonl",
)
CAUGHT = re.compile(
    r"(头|手|脚|腿|胳膊|手指|头发)[^，。！？\n]{0,3}(被)?[^，。！？\n]{0,8}(卡在|夹在|卡住|夹住|吸住)"
    r"|\b(head|hand|foot|leg|arm|finger|fingers|hair)\b[^.!?\n]{0,12}"
    r"\b(stuck|caught|wedged|jammed|trapped) (in|between)\b",
    re.I,
)


def relabel(row: dict) -> dict:
    if (
        row["urgency"] == "emergency"
        and row["category"] == "amenity"
        and CAUGHT.search(row["body"])
    ):
        return {**row, "category": "maintenance"}
    return row


if __name__ == "__main__":
    changed = corpus_relabel(
        Path(sys.argv[1]), relabel, skip=SKIP, dry_run="--dry-run" in sys.argv[2:]
    )
    print(f"{changed} lines changed")
