"""Relabel the corpus for round 43's leak convention (the same rule for every trained-on set).

A closed-water test (闭水试验) is leak-related only when the message names a leak or seepage the
layer was repaired for or that the test found (漏, 渗, 修补, 补漏, 返水, 水渍; since round 44 also
water running down below it, 往下流): a test scheduled for new or redone waterproofing names
no water where it should not be (decided in round 42; the leak inventory's lk-zh-026f and its
phrase have it so). b39-zh-048 and b41-zh-044 labelled such
tests leak-related; b6-zh-053, b8-zh-056 and b21-zh-039 name the leak and stay so.

A septic tank nearly full with nothing spilling was tried as no leak too (round 14's reading)
and dropped: relabelling inv2-en-218 and inv2-zh-218 raised the leak model's p on other no-leak
lines, 60 training lines at 0.4 to 0.6 instead of 41, 34 decided wrong by the model alone instead
of 18 (README, round 43).

The honest sets (NEVER_TRAINED) are never rewritten.
Usage: python scripts/triage/relabel_round43.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

CLOSED_WATER = re.compile(r"闭水")
# Round 44: water running down below the test (水从吊顶…哗哗往下流, blind45's b45-zh-015) is the
# leak the test found too; the first list named only 漏 and 渗 and would have made it none.
LEAK_NAMED = re.compile(r"漏|渗|修补|补漏|返水|水渍|往下(流|滴|淌|灌)|(流|滴|淌|喷|冒)水|哗哗")


def relabel(row: dict) -> dict:
    """The row with round 43's convention applied (a new dict; the same one if none applies)."""
    text = f"{row['subject']}\n{row['body']}"
    new = dict(row)
    if row["leak_related"] and CLOSED_WATER.search(text) and not LEAK_NAMED.search(text):
        new["leak_related"] = False
    return new


if __name__ == "__main__":
    changed = corpus_relabel(Path(sys.argv[1]), relabel, dry_run="--dry-run" in sys.argv[2:])
    print(f"{changed} lines relabelled", file=sys.stderr)
