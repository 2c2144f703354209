"""Relabel the training corpus for the label audit's part 2 (branch `audit36b`).

Part 1 (relabel_audit36.py, README "Label audit (session 22)") left judgement calls; the
project lead has since decided two of them by issue 5's text:

1. Thanks. Issue 5: "thanks are `general`"; "`low` = no action needed (thanks, FYI, ...)";
   "A thank-you about a leak that was fixed is leak-related and `low`". A message that is only
   thanks, or thanks + "it's fixed now" asking nothing, is `general` and `low` whatever its
   topic (a leak thanked for stays leak_related true). A message that thanks AND asks for
   something keeps the category of what it asks. The word of thanks is what makes the kind:
   a resolved follow-up with no thanks in it ("fixed now, nothing needed", "false alarm") is
   not decided by this call and is left as it is.
2. Work orders. Issue 5: "A vendor's work-order update ... its urgency follows what it asks of
   us". An update that only gives a date, a status or a part on order, asking nothing of us, is
   `low` (category `work_order_update`); one that asks us for something (access, a decision, a
   payment, a call, telling residents) follows that ask. A quote or estimate asks a decision.

Found by sweeping the whole training corpus (training.TRAINING_FILES, both languages) by kind:
every `work_order_update` line (262) and every line with a word of thanks that is not
`general` / `low` or is `low` in a topic's category, read one by one. Each change is
id -> field -> new value. The honest sets (heldout, blind3b, blind35, blind36; blind37 to blind41
since rounds 37 to 41, blind42 since round 41, never trained on) are never touched. The calm and
category inventories are rebuilt from their kinds files (calm_inventory_kinds.py,
category_inventory_kinds.py): their specs are changed the same way.
Usage: python scripts/triage/relabel_audit36b.py caredesk/triage/data/corpus [--dry-run]
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
    # ---------------------------------------------------------------- thanks -> general
    # Issue 5: "thanks are `general`"; the lead's call: only thanks, or thanks + "it's fixed
    # now" asking nothing, is `general` / `low` whatever its topic. 216 training lines with a
    # word of thanks are `general` / `low`; these 12 carried their topic's category (all `low`
    # already).
    # "Thanks" + a false alarm, no water came through (tg-0120 with a call-back asked, as the
    # `general` thank-yous tg-0130 and tg-0132 that ask for one)
    "tg-0119": {"category": "general"},
    "tg-0120": {"category": "general"},
    # "谢谢" + it was mop water, not a leak
    "tg-0268": {"category": "general"},
    # "谢谢" + the gas smell is gone, the gas company fixed it (bl-en-133, the same in English,
    # is `general`)
    "tg-0286": {"category": "general"},
    # the plumber came, no leak, it was the AC's condensate; thanks (bl-zh-127 is `general`)
    "b2-zh-046": {"category": "general"},
    # no leak in the wall after all, the noise was the fridge; thanks
    "b3-en-178": {"category": "general"},
    # the parcel was found at the neighbour's; thanks
    "b3-zh-160": {"category": "general"},
    # the barrier works again, no need to send anyone, thanks (b15-zh-058 is `general`)
    "b6-zh-061": {"category": "general"},
    # yesterday's kitchen leak, my husband tightened the joint, no need to send anyone, thanks
    # (stays leak-related: "A thank-you about a leak that was fixed is leak-related")
    "b7-zh-066": {"category": "general"},
    # the stairwell light is on again, thanks, no need to send anyone
    "b9-zh-065": {"category": "general"},
    # power back in building C, thanks to whoever called the utility, nothing for you to do
    # (the calm inventory's kind "power back after outage")
    "calm-en-048": {"category": "general"},
    "calm-zh-048": {"category": "general"},
    # ---------------------------------------------------------------- work orders
    # Issue 5: "A vendor's work-order update ... its urgency follows what it asks of us"; the
    # lead's call: a date, a status or a part on order, asking nothing, is `low` (136 training
    # work orders are `low`, most of them completions).
    # a date only: the stairwell lights, the gutter cleaning, an HVAC tune-up, a garage door
    # opener, a barrier repair booked
    "t5-008": {"urgency": "low"},
    "t5-011": {"urgency": "low"},
    "b4-en-094": {"urgency": "low"},
    "b4-zh-096": {"urgency": "low"},
    "b5-en-067": {"urgency": "low"},
    "b5-zh-094": {"urgency": "low"},
    # the lift company's annual inspection next Tuesday, lifts off for two hours, nothing asked
    # (b9-zh-057, which asks us to post a notice, stays `normal`)
    "b7-zh-062": {"urgency": "low"},
    # a part on order / backordered with its date (tg-0373, cat-en-110 and tr-0248 are `low`)
    "t5-009": {"urgency": "low"},
    "t5-012": {"urgency": "low"},
    "b4-en-095": {"urgency": "low"},
    "b4-zh-097": {"urgency": "low"},
    # a status: the flashing patched, the roofer comes back after the next rain to check it
    # (b31-en-038, a tarp on and back Friday, "nothing needed from the office", is `low`)
    "b7-en-053": {"urgency": "low"},
    # An invoice asks a payment ("请30天内付款", "Net 30"): it follows that ask, `normal`, as
    # calm-en-128 / calm-zh-128 (an invoice, payment due in 30 days) are
    "cat-en-114": {"urgency": "normal"},
    "cat-zh-114": {"urgency": "normal"},
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
