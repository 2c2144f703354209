"""Write round48.jsonl: training lines of round 48's own for lines the retrain on blind50 moved
away where the model alone was the cause (p(leak) pulled over the bare-model floor by blind50's
leak-related thanks and closing notices, or pushed down), fresh sentences, none copied from a
set; each kind beside its look-alike: a thanks or a confirmation for a repair with no water in
it, an inspection that found all sound, a vendor who could not get in (no leak) beside a thanks
pumping with sewage smelling (leak-related); a wall giving way after rain (no leak).
Trained on; never a measure.
Usage: python scripts/triage/round48_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind4_en import AR, E, G, L, M, N, U, W  # noqa: E402, F401
from round36_train import rows_write  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a thanks for a repair with no water in it: low, no leak
    ("en", "email", "Closet door all set", "The handyman stopped by this morning and the closet door glides on its track again. Thanks a lot, the request can be closed.", L, False, G, False),
    ("zh", "email", "感应灯修好了", "师傅今天上午来把单元门口的感应灯换好了，晚上亮得很正常，谢谢，这个单可以关了。", L, False, G, False),
    # ...beside a thanks after a leak: low, leak-related
    ("en", "email", "Kitchen ceiling done", "Many thanks to the crew who patched the kitchen ceiling after the dishwasher upstairs overflowed. You can't tell there was ever a stain.", L, True, G, False),
    # a confirmation that a service is back, asking nothing: low, no leak
    ("en", "email", "Heat back on", "Just letting you know the heat came back on after the boiler work this afternoon. All fine in 6C.", L, False, G, False),
    # an inspection that found all sound: low, no leak
    ("zh", "email", "外墙年检", "5栋外墙年度检查已做完，瓷砖、窗框和雨棚都完好，这次不需要维修，下一次检查在明年四月。", L, False, W, False),
    # a vendor who could not get in: normal, no leak
    ("en", "email", "WO 7710 could not enter", "Re WO 7710: our electrician could not reach the panel in unit 9 on Tuesday, a wardrobe stands in front of it. Please ask the tenant for two times next week.", N, False, W, False),
    # a tank to pump with sewage smelling around it: urgent, leak-related
    ("en", "email", "Septic lid smells", "The septic tank beside building 4 is close to full and there's a sewage smell around the lid. Could the pump truck come today?", U, True, M, False),
]


def main(path: str) -> None:
    rows_write(path, round_no=48, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
