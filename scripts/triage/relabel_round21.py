"""Relabel the corpus for round 21's label convention (the same rule for every set).

Someone trapped or pinned by a failed door, lock, lift or mechanism, or under something heavy
that fell (a storage unit's roll-up door that came down behind them or onto their legs, an
elevator, a room whose lock jammed, a stack of shelving) is entrapment, and issue 5 says "Fire,
smoke, gas, CO, sparks, entrapment and fallen trees are `maintenance`; break-ins, intruders and
alarms are `security`". blind17, blind18 and blind19 labelled four such lines `security`. A
person shut in or threatened by another person (a unit latched or locked from the outside, a
stranger, a child or a pet locked in a car) stays `security`.

blind20 and blind21 (the honest sets of rounds 20 and 21) are not touched; heldout and blind3b
are read like the others and changed only where a label plainly contradicts the issue.
Usage: python scripts/triage/relabel_round21.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

SKIP = ("blind20.jsonl", "blind21.jsonl")
ENTRAPMENT = re.compile(
    r"roll-?up( door)? (came|fell|slammed|dropped|crashed) down|won'?t lift from (the )?inside"
    r"|\bpinned\b|\b(trapped|stuck) (in|inside) (the |an |our |my )?(elevator|lift)\b|\bjammed\b"
    r"|卷帘门[^，。！？\n]{0,8}(落下|掉下|砸|压|卡死)|压在[^，。！？\n]{0,6}(腿|身)|电梯[^，。！？\n]{0,10}(困|关)",
    re.I,
)
SOMEONES_DOING = re.compile(
    r"(locked|latched|padlocked) from (the )?outside|从外面锁|\bsomeone\b|\bstranger|\bintruder"
    r"|\bbreak|\bbroke|有人|陌生|小偷|撬|车(里|内)|\bcar\b",
    re.I,
)


def relabel(row: dict) -> dict:
    """The row with round 21's convention applied (a new dict; the same one if none applies)."""
    text = f"{row['subject']}\n{row['body']}"
    new = dict(row)
    if (
        row["category"] == "security"
        and ENTRAPMENT.search(text)
        and not SOMEONES_DOING.search(text)
    ):
        new["category"] = "maintenance"
    return new


if __name__ == "__main__":
    changed = corpus_relabel(
        Path(sys.argv[1]), relabel, skip=SKIP, dry_run="--dry-run" in sys.argv[2:]
    )
    print(f"{changed} lines relabelled", file=sys.stderr)
