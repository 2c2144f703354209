"""Write round36.jsonl: training lines of round 36's own for the kinds of blind35's mistakes
where the model was the cause (fresh sentences, none copied from a set; each kind beside its
look-alike or its emergency, both languages). Trained on; never a measure.
Usage: python scripts/triage/round36_train.py caredesk/triage/data/corpus"""

# ruff: noqa: E501
# fmt: off
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3_build import sender  # noqa: E402
from blind4_en import A, B, E, G, L, M, N, P, U  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    # a detector chirping for its battery: a request, normal (a thank-you for it is low)
    ("en", "pre", "Phone message - Sato", "Caller: Ken Sato\nPhone: 503-555-0119\nProperty: Alder Court 3B\nMessage: Hallway smoke detector keeps chirping, needs a new battery. Send someone when you can, no need to call.", N, False, M, False),
    ("en", "email", "Smoke detector", "Thanks for swapping the battery in our smoke detector yesterday, the chirping has stopped.", L, False, G, False),
    ("zh", "pre", "电话留言-烟感", "来电人：周女士\n电话：137****2204\n小区：阳光嘉园4栋\n留言：客厅的烟感一直滴滴叫，应该是没电了，派人来换个电池就行，不用回电。", N, False, M, False),
    ("zh", "email", "烟感", "谢谢师傅昨天来换了烟感电池，现在不叫了。", L, False, G, False),
    # when the window cleaners come: a general question (a window that won't close is a repair)
    ("en", "email", "Window washers", "Do you know when the window washers will do the east side this year? I want to move my balcony chairs first.", N, False, G, False),
    ("en", "email", "Stuck window", "Our living room window is stuck half open since the wind last night. Could someone free it this week?", N, False, M, False),
    # a parcel locker's slot that won't open: normal parcel (the lobby door that won't open is urgent access)
    ("en", "email", "Locker 9", "The mailroom locker keeps telling me slot 9 is open but the little door stays shut. Could someone check it when they're in?", N, False, P, False),
    ("zh", "email", "快递柜", "快递柜提示我的包裹在18号格口，可是扫码以后格口门就是不开，麻烦有空看一下。", N, False, P, False),
    ("zh", "email", "单元门", "单元门刷卡打不开了，我现在进不了楼，孩子在家等我做饭。", U, False, A, False),
    # a patch that sinks slowly: normal maintenance (a hole swallowing a wheel now is an emergency)
    ("en", "email", "Walkway", "The brick walkway by building 2 has a hollow that's been getting a bit deeper every month. Could someone re-level it?", N, False, M, False),
    ("en", "email", "Hole", "The road by the mail kiosk just opened up into a hole and a delivery van's back wheel has dropped into it, the edge keeps breaking off.", E, False, M, False),
    ("zh", "email", "人行道", "5栋门口的人行道砖这半年慢慢往下陷，现在踩上去有点晃，麻烦派人重新铺一下。", N, False, M, False),
    # rainwater sitting on a cover: no leak, normal (rain pouring in under a door is one)
    ("en", "email", "Grill cover", "Rainwater has pooled on the cover of the shared grill and it's sagging. Can the groundskeeper empty it?", N, False, M, False),
    ("zh", "email", "车棚", "电动车棚的顶棚上积了很多雨水，棚布往下坠，麻烦派人清一下，免得撑破。", N, False, M, False),
    # a balance or a fee asked: billing
    ("en", "email", "Balance", "Could you tell me what balance is due on my account after last month's payment?", N, False, B, False),
    ("zh", "email", "物业费", "想问一下明年的物业费每平米收多少？有没有调整？", N, False, B, False),
    # today dating a finding: normal (today as a deadline is urgent)
    ("zh", "email", "楼道杂物", "今天早上看到3楼楼道里有人堆了两个旧床垫，麻烦通知一下清走。", N, False, "violation", False),  # a neighbour's clutter in the hallway: violation (relabel_conv37.py)
    ("zh", "email", "楼道灯", "今天下午发现5楼楼道灯一直不亮，有空麻烦换一下。", N, False, M, False),
]


def rows_write(path: str, *, round_no: int, rows: list[tuple]) -> None:
    """Write round<N>.jsonl from (lang, channel, subject, body, urgency, leak, category,
    callback) rows: ids r<N>-<lang>-001..., senders drawn with the round's number as seed."""
    rng = random.Random(round_no)
    counts: dict[str, int] = {}
    with open(f"{path}/round{round_no}.jsonl", "w", encoding="utf-8") as f:
        for lang, channel, subject, body, urgency, leak, category, callback in rows:
            counts[lang] = counts.get(lang, 0) + 1
            name, email = sender(rng, lang, channel, category)
            row = {
                "id": f"r{round_no}-{lang}-{counts[lang]:03d}",
                "channel": channel,
                "from_name": name,
                "from_email": email,
                "subject": subject,
                "body": body,
                "urgency": urgency,
                "leak_related": leak,
                "category": category,
                "needs_callback": callback,
                "lang": lang,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(counts, file=sys.stderr)


def main(path: str) -> None:
    rows_write(path, round_no=36, rows=ROWS)


if __name__ == "__main__":
    main(sys.argv[1])
