"""Relabel the corpus for round 46's reading of three written category conventions (the same
rule for every trained-on set).

1. An animal that attacks, butts, pecks or corners people is `security` (round 42: "a wild
   animal cornering a person is security", the bear; rounds 44 and 45: the alligator, the monkey
   and the loose horse, "like earlier wild animals"; 25 of the corpus's 26 such emergencies).
   blind48 labelled a petting-zoo goat that butted a girl, a neighbour's goose pecking a child
   and still chasing people, and a deer thrashing in the leasing office with the agent unable to
   get past it `maintenance` ("accidents, not threats"); the stable's horse that kicked a boy
   (b46-en-006) is `security`, and so are they.
2. A person run over or hit by a vehicle is `security` (round 25: "someone hit by a car is a
   security emergency"; b23-zh-010, urg-zh-186): blind48's jet ski over a swimmer was
   `maintenance`.
3. An entry door whose lock is broken so that it will not close is `access` when no theft came
   through it (round 20; round 44: a theft through the entry is `security`, a theft only feared or
   elsewhere `access`): blind48's 单元门 that will not close while e-bikes go missing in the
   compound names no theft through the door. A door somebody props open stays `security` (round
   20; blind48's garage stairwell door propped with a brick), and so does a theft through the
   door (b43-zh-027) or a break-in that is the message's subject (tr-0498).
4. A resident's thanks for a repair that says the ticket may be closed, asking nothing else, is
   `general` (round 25: "it works now, thanks", nothing more asked, is `low` and `general`;
   tr-0173 "You can close my request" and tr-0451 这个报修可以关闭了 are so): blind47 labelled its
   electrician's hallway light thanks, "you can close the ticket" and 可以结单了,
   `work_order_update`. A vendor's or the office's own report that a work order is closed stays
   `work_order_update`.

The honest sets (NEVER_TRAINED) are never rewritten.
Usage: python scripts/triage/relabel_round46.py caredesk/triage/data/corpus [--dry-run]"""

import re
import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

ANIMAL_ATTACK = re.compile(
    r"\b(goats?|goose|geese|deer|stag|bull|ram|horse|dog|coyote|bear|boar)\b(?<!mechanical bull)"
    r"[^.!?\n]{0,80}\b(butted|butting|kicked|bit|bitten|attacked|pecked|pecking|charged|gored|"
    r"cornered|thrashing|trampled)\b"
    r"|(鹅|羊|鹿|狗|马|牛|野猪)[^。！？\n]{0,20}(扑倒|啄|咬|顶倒|顶伤|踢|撞倒|追人)"
)
VEHICLE_OVER_PERSON = re.compile(
    r"\b(jet ?ski|car|truck|van|suv|boat|golf cart|scooter|e-bike)\b[^.!?\n]{0,40}\b(ran over|"
    r"run over|ran into|hit|struck|knocked down|backed over)\b (a|the|an) (swimmer|pedestrian|"
    r"jogger|cyclist|child|kid|boy|girl|man|woman|person|resident)\b"
)
DOOR_WONT_CLOSE = re.compile(r"(门)[^，。！？\n]{0,6}锁坏了[^。！？\n]{0,6}(关不上|合不上|锁不上)")
THEFT_THROUGH_OR_PROPPED = re.compile(r"从(这|那)|进来偷|撬|砸|顶着|撑着|用砖|被人")
THANKS = re.compile(r"\bthanks\b|\bthank you\b|谢谢|多谢|感谢", re.IGNORECASE)
CLOSE_ALLOWED = re.compile(
    r"\b(you can|feel free to|go ahead and) close (out )?(the|this|my|our) (ticket|request|work "
    r"order|case)\b|(可以|能)(结单|关单|关闭)",
    re.IGNORECASE,
)
ASKS_MORE = re.compile(r"\?|？|\bbut\b|\bstill\b|不过|还是|但是|再")


def relabel(row: dict) -> dict:
    """The row with round 46's conventions applied (a new dict; the same one if none applies)."""
    text = f"{row['subject']}\n{row['body']}"
    new = dict(row)
    if (
        row["urgency"] == "emergency"
        and row["category"] == "maintenance"
        and (ANIMAL_ATTACK.search(text) or VEHICLE_OVER_PERSON.search(text))
    ):
        new["category"] = "security"
    if (
        row["category"] == "security"
        and DOOR_WONT_CLOSE.search(text)
        and not THEFT_THROUGH_OR_PROPPED.search(text)
    ):
        new["category"] = "access"
    if (
        row["category"] == "work_order_update"
        and THANKS.search(text)
        and CLOSE_ALLOWED.search(text)
        and not ASKS_MORE.search(text)
    ):
        new["category"] = "general"
    return new


if __name__ == "__main__":
    changed = corpus_relabel(Path(sys.argv[1]), relabel, dry_run="--dry-run" in sys.argv[2:])
    print(f"{changed} lines relabelled", file=sys.stderr)
