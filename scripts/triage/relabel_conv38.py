"""Relabel the corpus for round 38's conventions (README "Round 38"): the four label conflicts
round 37 left open, one convention each, chosen by issue 5's text where it speaks, else by what
most sets label the kind.

1. Broken fitness or play equipment with nobody hurt (a treadmill, a rowing machine, an outdoor
   fitness machine of the 健身路径, a swing) is the amenity's own equipment: `amenity`, as the
   label audit's part 3 keeps an amenity's own equipment (a fire pit, a pool heater) and as 22
   training lines label it (the treadmills of blind2 to blind18, the urgent inventory's torn belt
   asked today, `urgent` `amenity`); b36-zh-021 (a pedal of the 太空漫步机 broken and hanging,
   asked today) said `maintenance`. Someone caught, fallen or hurt by it is an entrapment or a
   cause named: `maintenance` (round 36's convention, the label audit's part 3), unchanged.
2. A fault or damage that is there now, asked who repairs it or who pays for its repair, is
   about the repair: `maintenance` (13 lines: round 14's old leak's damage, tr-0407, tg-0275,
   calm-*-144, lk-*-073t); a hypothetical ("if the pipes freeze, who pays") stays `general`
   (round 11, b10-*-025, b14-*-059/060, lk-en-069f), and the cost alone of a repair already done
   (维修费用谁来承担, b3-zh-101) stays `billing`. b36-zh-027 (an air fryer in a rental that the
   landlord will not repair) and lk-*-073f (a window cracked by a ball, who pays for the glass)
   said `general`.
3. Who installs carbon monoxide or smoke detectors, asked with nothing broken, is a question of
   rules: `general` (tm-026, inv-zh-082's where to put one); b3-en-143 (blind3a) said
   `maintenance`. Asking for a detector to be checked or replaced (calm-zh-098) stays
   `maintenance`.
4. A bulk mailing is `non_human` (issue 5: newsletters; 40 newsletter lines), and a notice of
   planned works told by a person in their own words, a resident relaying the city's smoke test
   or hydrant flushing (lk-*-121f, lk-*-084f), is `general`, both `low`: the corpus agrees but
   for two newsletters, calm-*-120 and lk-*-075f, which said `general`.

The calm and leak inventories are rebuilt from their kinds files (calm_inventory_kinds.py,
leak_inventory_kinds.py): their specs are changed the same way. The honest set (blind38; blind39
since round 39, blind40 since round 40, blind42, never trained on, since round 41) is never
touched (blind38 to blind41, trained on since rounds 39 to 41, were not relabelled);
heldout and blind3b have no line of these kinds (searched by their words).
Usage: python scripts/triage/relabel_conv38.py caredesk/triage/data/corpus [--dry-run]
(running it again changes nothing)."""

import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

# The sets honest when this ran or written after it; corpus_relabel also skips the honest
# sets of today (NEVER_TRAINED in caredesk/triage/training.py).
SKIP = (
    "blind38.jsonl",
    "blind39.jsonl",
    "blind40.jsonl",
    "blind41.jsonl",
    "blind42.jsonl",
)

CHANGES: dict[str, dict[str, object]] = {
    # ------------------------------------------------- 1. broken fitness equipment: amenity
    # 健身路径那台太空漫步机的一个踏板断了一半吊着 … 今天能先拆掉或者围起来吗
    "b36-zh-021": {"category": "amenity"},
    # ------------------------------------------------- 2. who repairs a fault there now
    # 出租屋里的空气炸锅坏了，房东说家电不归他修
    "b36-zh-027": {"category": "maintenance"},
    # a ball from the playground cracked our window last week; who pays for the new glass
    "lk-en-073f": {"category": "maintenance"},
    "lk-zh-073f": {"category": "maintenance"},
    # ------------------------------------------------- 3. who installs CO detectors: general
    # DO WE HAVE TO INSTALL OUR OWN CO DETECTORS OR DOES MANAGEMENT DO IT??
    "b3-en-143": {"category": "general"},
    # ------------------------------------------------- 4. a newsletter is a bulk mailing
    "calm-en-120": {"category": "non_human"},
    "calm-zh-120": {"category": "non_human"},
    "lk-en-075f": {"category": "non_human"},
    "lk-zh-075f": {"category": "non_human"},
}


def relabel(row: dict) -> dict:
    change = CHANGES.get(row["id"])
    if change:
        return {**row, **change}
    return row


if __name__ == "__main__":
    changed = corpus_relabel(
        Path(sys.argv[1]), relabel, skip=SKIP, dry_run="--dry-run" in sys.argv[2:]
    )
    print(f"{changed} lines changed")
