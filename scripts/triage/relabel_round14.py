"""Relabel the corpus for round 14's label convention (the same rule for every set).

Round 14 decided, from the issue's wording (leak-related is "water intrusion, leak, drip,
flood, moisture, water stain, burst pipe or sewage"), that a toilet or cistern that keeps
running (马桶水箱一直在流水, "the toilet keeps running") is not leak-related: its water goes from
the tank into the bowl and down the drain, nothing escapes, nothing gets wet. It is a repair
(`maintenance`, `normal`). A toilet that runs over the rim, or water on the floor, is a leak
as before. train.jsonl already labelled it so; blind5 did not (one line), and the rounds'
probes disagreed with blind5. blind14 was written with the convention.
Usage: python scripts/triage/relabel_round14.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

RUNNING = re.compile(
    r"(toilet|tank|cistern)s?( \w+){0,4} (keeps |kept |is |are |won'?t stop |just )?"
    r"(running|refilling|runs|refills|cycling)"
    r"|running toilet|phantom flush"
    r"|(马桶|水箱)[^，。！？\n]{0,10}(一直|不停|老是|总是|自己)(在)?(进水|流水|放水|哗哗|嘶嘶|响)",
    re.I,
)
# water out of the fixture: a leak whatever else the message says
OUT = re.compile(
    r"\b(over|onto|out of|under|across|on the floor|floor is wet|puddle|overflow\w*|spill\w*"
    r"|leak\w*|drip\w*|soak\w*)\b|地上|地面|地板|漫|溢|漏|渗|滴|喷|湿",
    re.I,
)
NOT_OUT = re.compile(r"\bno (water|puddle)s? on the floor\b|地上(是)?干|没(有)?(漏|渗|湿)", re.I)


def relabel(row: dict) -> dict:
    """The row with round 14's convention applied (a new dict; the same one if none applies)."""
    text = f"{row['subject']}\n{row['body']}"
    new = dict(row)
    if (
        row["leak_related"]
        and row["urgency"] in ("normal", "low")
        and RUNNING.search(text)
        and not OUT.search(NOT_OUT.sub(" ", text))
    ):
        new["leak_related"] = False
    return new


if __name__ == "__main__":
    changed = corpus_relabel(Path(sys.argv[1]), relabel, dry_run="--dry-run" in sys.argv[2:])
    print(f"{changed} lines relabelled", file=sys.stderr)
