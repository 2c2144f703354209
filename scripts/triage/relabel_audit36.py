"""Relabel the training corpus for session 22's label audit (branch `audit36`).

Found by a 5-fold cross-validation of the whole engine (label_audit_cv.py: out-of-fold decisions
unlike the label, most confident first), by near-duplicates and en/zh twins with different labels
(label_audit_suspects.py) and by sweeping each kind so found over the whole corpus. A line is
changed only where issue 5's conventions (quoted beside each) make its label plainly wrong and
the rest of the corpus already labels the kind that way; the judgement calls are listed in
README.md ("Label audit (session 22)") and left as they are. Each change is id -> field -> new
value. The honest sets (heldout, blind3b, blind35, blind36; blind37 to blind41 since rounds 37
to 41, blind42 since round 41, never trained on) are never touched.
The calm and urgent inventories are rebuilt from their kinds files (calm_inventory_kinds.py,
urgent_inventory_kinds.py) and the second emergency inventory's kinds carry its labels: their
specs are changed the same way, so a rebuild gives the relabelled lines.
Usage: python scripts/triage/relabel_audit36.py caredesk/triage/data/corpus [--dry-run]
(running it again changes nothing)."""

import sys
from pathlib import Path

from caredesk.triage.training import corpus_relabel

# The sets honest when this ran or written after it; corpus_relabel also skips the honest
# sets of today (NEVER_TRAINED in caredesk/triage/training.py).
SKIP = (
    "blind35.jsonl",
    "blind36.jsonl",
    "blind37.jsonl",
    "blind38.jsonl",
    "blind39.jsonl",
    "blind40.jsonl",
    "blind41.jsonl",
    "blind42.jsonl",
)

CHANGES: dict[str, dict[str, object]] = {
    # ---------------------------------------------------------------- leak_related
    # Issue 5: "leak_related: water intrusion, leak, drip, flood, moisture, water stain, burst
    # pipe or sewage - active or past". No water in any of these:
    # a garage wall bowing out and cracking (the calm inventory's kind 11)
    "calm-en-023": {"leak_related": False},
    "calm-zh-023": {"leak_related": False},
    # a tree fallen on a car with the driver inside (the calm inventory's kind 13)
    "calm-en-027": {"leak_related": False},
    "calm-zh-027": {"leak_related": False},
    # sandbags asked for before next month's rainy season: nothing has leaked or flooded, now or
    # before (b14-zh-032's flood boards and calm-en-288's flood drill are `false` too)
    "inv2-en-004": {"leak_related": False},
    "inv2-zh-004": {"leak_related": False},
    # locked out with children inside and a bath running: the water is in the tub, nothing has
    # overflowed; the urgent inventory's same kind (urg-en-158, urg-zh-158, a baby in the bath
    # with the tap on) is `false`
    "calm-en-259": {"leak_related": False},
    "calm-zh-259": {"leak_related": False},
    # ---------------------------------------------------------------- category
    # Issue 5: "Fire, smoke, gas, CO, sparks, entrapment and fallen trees are `maintenance`".
    # a car smoking / burning in the garage, no person involved (blind17 said `security`; every
    # other car, e-bike or garage fire in the corpus, some 25 lines, is `maintenance`)
    "b17-en-005": {"category": "maintenance"},
    "b17-zh-010": {"category": "maintenance"},
    # water dripping into an electrical box that is throwing sparks (`security` in blind18;
    # blind18's own English twin of the kind, b18-en-010, is `maintenance`)
    "b18-zh-010": {"category": "maintenance"},
    # a parcel smoking and popping at the desk (a lithium battery): smoke, `maintenance`, as
    # urg-en-146's smoking e-bike battery is
    "urg-en-224": {"category": "maintenance"},
    "urg-zh-224": {"category": "maintenance"},
    # a child's head stuck between a playground's railings: entrapment, `maintenance` (round 34's
    # call for a limb held by a spa's drain; urg-en-174 and urg-zh-174, a child's head caught in
    # the playground's climbing net, are `maintenance`)
    "b18-zh-003": {"category": "maintenance"},
    # Issue 5: "access (gates, keys, fobs, codes, parking, towing)"; round 8's written call: "a
    # broken lock or handle of a door, or a gate that won't latch, is `access`". 58 training
    # lines of a broken entry door or gate that won't shut are `access`; these three `security`:
    # a gate barrier stuck up, anyone can drive in
    "b17-zh-023": {"category": "access"},
    # a block's entry door with its magnetic lock broken, anyone walks in
    "b17-zh-028": {"category": "access"},
    # a back entry door whose strike plate fell off, drifting open all night
    "b18-en-019": {"category": "access"},
    # ---------------------------------------------------------------- urgency
    # Issue 5: "`low` = no action needed (thanks, FYI, auto-replies, newsletters, spam)".
    # "the burning smell I reported was my toaster, all fine, sorry": the same kind is `low` in
    # b2-en-081, b2-zh-072, b3-en-161, tg-0289 and tg-0290; blind16 said `normal`
    "b16-en-046": {"urgency": "low"},
    "b16-zh-045": {"urgency": "low"},
    # a reminder that the clubhouse alarm will be tested, nothing asked (calm-en-080,
    # calm-zh-080, lk-en-018f and inv2-en-210, alarm tests announced, are `low`)
    "inv-en-090": {"urgency": "low"},
    "inv-zh-090": {"urgency": "low"},
    # Issue 5: "A vendor's work-order update about a leak is leak-related; its urgency follows
    # what it asks of us." The plumber's report of a wax ring replaced and the ceiling below to
    # be painted next week asks nothing: its Chinese twin b29-zh-032 is `low`
    "b29-en-032": {"urgency": "low"},
}


def relabel(row: dict) -> dict:
    """The row with the audit's changes applied (a new dict; the same one if none applies)."""
    change = CHANGES.get(row.get("id"))
    return {**row, **change} if change else row


if __name__ == "__main__":
    changed = corpus_relabel(
        Path(sys.argv[1]), relabel, skip=SKIP, dry_run="--dry-run" in sys.argv[2:]
    )
    print(f"{changed} lines relabelled", file=sys.stderr)
