"""Relabel the corpus for round 48's reading of a written category convention (the same rule
for every trained-on set).

A person found collapsed or unresponsive from cold, with no cause in the building named (no
heating, boiler, radiator or air conditioner that failed, no gas, CO or fumes), is `security`:
round 24's convention (3), "a person collapsed or hurt with no cause in the building named is
`security`", `maintenance` only "when a cause is named (gas, CO, fumes, heat with the AC out,
something that fell)". blind50 labelled an old man found overnight in a garage stairwell, cold
to the touch and barely answering, `maintenance`. A frail person gone cold because the heating
failed (urg-zh-166) names the building's cause and stays `maintenance`.

The honest sets (NEVER_TRAINED) are never rewritten.
Usage: python scripts/triage/relabel_round48.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

COLD_PERSON = re.compile(
    r"身上冰凉|冻僵|冻得(发紫|不行)|失温|\bhypothermi[ac]\b|\bice[- ]cold to the touch\b",
    re.IGNORECASE,
)
UNRESPONSIVE = re.compile(
    r"叫不醒|只会哼哼|不省人事|不说话|迷迷糊糊|\bunresponsive\b|\bwon'?t wake\b|\bbarely (answers|"
    r"responding|conscious)\b",
    re.IGNORECASE,
)
BUILDING_CAUSE = re.compile(
    r"暖气|供暖|锅炉|地暖|空调|燃气|煤气|一氧化碳|\bheat(ing|er)?\b|\bboiler\b|\bradiators?\b|"
    r"\bfurnace\b|\bgas\b|\bcarbon monoxide\b|\bfumes\b|\bAC\b|\bair condition",
    re.IGNORECASE,
)


def relabel(row: dict) -> dict:
    """The row with round 48's convention applied (a new dict; the same one if none applies)."""
    text = f"{row['subject']}\n{row['body']}"
    new = dict(row)
    if (
        row["urgency"] == "emergency"
        and row["category"] == "maintenance"
        and COLD_PERSON.search(text)
        and UNRESPONSIVE.search(text)
        and not BUILDING_CAUSE.search(text)
    ):
        new["category"] = "security"
    return new


if __name__ == "__main__":
    changed = corpus_relabel(Path(sys.argv[1]), relabel, dry_run="--dry-run" in sys.argv[2:])
    print(f"{changed} lines relabelled", file=sys.stderr)
