# ruff: noqa: E501
# fmt: off
"""Append round 4's training messages to caredesk/triage/data/corpus/train.jsonl (once).

Written from the round-3 causes (blind3a/blind3b), never from blind4: no heat in freezing
weather without vulnerable people is urgent, mundane topics (noise, pests, a stuck window)
are normal, oil is not water, smoke pouring out of a vent is not a leak, a fire that spreads
is an emergency whatever look-alike is near.
Usage: python train_round4.py"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blind_build import CATEGORY, CHANNELS, URGENCY, sender  # noqa: E402

# (lang, channel, subject, body, urgency, leak, category, callback)
ROWS = [
    ("en", "e", "Heat out", "Our heat stopped working last night and it's below freezing outside. Can someone come today? We're managing with blankets.", "U", 0, "mt", 0),
    ("en", "e", "No heat in 3C", "No heat in 3C since this morning. It's 20 degrees out. Just me here, I'm fine for now but please send someone today.", "U", 0, "mt", 0),
    ("en", "o", "Furnace not running", "Furnace isn't kicking on and it's freezing outside. Thermostat says 60 inside. Please schedule a tech today.", "U", 0, "mt", 0),
    ("en", "p", "Phone message - Dunn", "Caller: Pete Dunn\nPhone: 555-0144\nProperty: Ridgeview #5\nMessage: Heater broken, single digits tonight, wants a tech today. Call back.", "U", 0, "mt", 1),
    ("en", "e", "Boiler off", "The boiler in building 2 seems off, radiators are cold and it's below zero this week. Can maintenance check today?", "U", 0, "mt", 0),
    ("zh", "e", "暖气不热", "家里暖气不热了，外面零下五度，我一个人住，穿厚点还行，请今天派人看看。", "U", 0, "mt", 0),
    ("zh", "e", "暖气停了", "暖气从早上就停了，外面零下十度，屋里越来越冷，麻烦今天安排师傅。", "U", 0, "mt", 0),
    ("zh", "p", "电话留言：暖气坏了", "来电人：韩先生\n电话：13712345678\n房号：阳光嘉园3栋505\n内容：暖气坏了，外面结冰了，希望今天来修，回电。", "U", 0, "mt", 1),
    ("zh", "o", "没有暖气", "没有暖气，外面零下，家里十四度，两个年轻人住，今天能来修吗？", "U", 0, "mt", 0),
    ("en", "e", "Elevator squeaks", "The elevator in building C squeaks and shudders a little when it stops. It still works.", "N", 0, "mt", 0),
    ("en", "e", "Ants again", "Ants are coming in under the patio door again. Could pest control spray this week?", "N", 0, "mt", 0),
    ("en", "e", "Window won't close", "The bedroom window won't close all the way, the latch is bent. Can someone fix it?", "N", 0, "mt", 0),
    ("en", "e", "Mice in the garage", "We've seen mice droppings in the garage. Can you send the exterminator?", "N", 0, "mt", 0),
    ("en", "o", "Cabinet door", "A kitchen cabinet door fell off its hinge. No rush.", "N", 0, "mt", 0),
    ("en", "e", "Oil on the garage floor", "The car in space 14 is leaking oil all over the garage floor. Please ask the owner to fix it.", "N", 0, "vi", 0),
    ("zh", "e", "电梯有声音", "2栋电梯运行时有嗡嗡的声音，停的时候会抖一下，还能用。", "N", 0, "mt", 0),
    ("zh", "e", "蟑螂", "厨房最近有蟑螂，能不能安排灭虫？", "N", 0, "mt", 0),
    ("zh", "e", "窗户关不严", "卧室窗户关不严，把手有点松，麻烦找人来修。", "N", 0, "mt", 0),
    ("zh", "e", "车漏油", "地库18号车位的车一直在漏油，地上一大片油，请联系车主处理。", "N", 0, "vi", 0),
    ("zh", "e", "电动车漏油", "楼下那辆摩托车漏油，滴得到处都是，很滑。", "N", 0, "vi", 0),
    ("en", "e", "Smoke from the vent", "Grey smoke is pouring out of the kitchen exhaust vent of the unit below and it smells like something burning.", "E", 0, "mt", 0),
    ("en", "e", "Bushes on fire", "Not the BBQ - the bushes next to the grill area caught and it's spreading toward the clubhouse!", "E", 0, "mt", 0),
    ("zh", "e", "草坪着火", "不是烧烤，是烧烤区旁边的草烧起来了，火在往树那边蔓延！", "E", 0, "mt", 0),
    ("zh", "e", "水顺着楼梯流", "楼上水管爆了，水顺着楼梯往下流，电梯已经停了，请马上派人。", "E", 1, "mt", 0),
    ("zh", "p", "电话留言：暖气片冰凉", "来电人：徐阿姨\n电话：13566668888\n房号：阳光嘉园8栋101\n内容：暖气片冰凉，一点都不热，外面零下，家里有八十岁的老伴，请回电。", "E", 0, "mt", 1),
]



def rows_append(rows, *, prefix: str, offset: int) -> None:
    """Append rows (the tuple format above) to train.jsonl as ids PREFIX-001…, once."""
    path = HERE.parents[1] / "caredesk/triage/data/corpus/train.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    if any(f'"{prefix}-' in line for line in lines):
        print("already appended")
        return
    for n, (lang, ch, subject, body, u, leak, cat, cb) in enumerate(rows, start=1):
        name, email = sender("pre" if ch == "p" else "r", lang, n + offset, ch)
        record = {
            "id": f"{prefix}-{n:03d}",
            "channel": CHANNELS[ch],
            "from_name": name,
            "from_email": email,
            "subject": subject,
            "body": body,
            "urgency": URGENCY[u],
            "leak_related": bool(leak),
            "category": CATEGORY[cat],
            "needs_callback": bool(cb),
            "lang": lang,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} messages appended to {path}")


if __name__ == "__main__":
    rows_append(ROWS, prefix="t4", offset=40)
