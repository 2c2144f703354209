"""Build the urgent inventory's corpus file, or check the shipped system against it.

    python scripts/triage/urgent_inventory.py [--corpus caredesk/triage/data/corpus]
    python scripts/triage/urgent_inventory.py --check [FILE]

The kinds are in `urgent_inventory_kinds.KINDS` (four messages each: the urgent message and its
emergency twin in English and in Chinese; a few kinds' first message is `normal`, see
`urgent_inventory.md`). The build writes `urgent.jsonl` (ids urg-en-NNN / urg-zh-NNN, odd the
urgent message, even its twin; trained on). --check runs FILE (urgent.jsonl by default) through
`caredesk triage --jsonl` (the shipped model and phrases) and prints, per kind and language,
the urgency decisions that differ from the labels (a false alarm: an urgent or normal message
called an emergency; a miss: the twin not called one; other urgency slips), then the other
fields' mistakes, then a count per kind group.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inventory_common import (  # noqa: E402
    CATEGORIES,
    CHANNELS,
    URGENCIES,
    gold_and_decided,
    inventory_main,
)
from urgent_inventory_kinds import KINDS  # noqa: E402

CORPUS = HERE.parent.parent / "caredesk" / "triage" / "data" / "corpus"
EN_NAMES = (
    "Rosa Delgado", "Kevin Marsh", "Anita Rao", "Paul Jensen", "Ngozi Eze", "Brian Foley",
    "Mei Tan", "Oscar Ruiz", "Laura Pike", "Victor Lam", "Zainab Ali", "Colin Reyes",
)  # fmt: skip
ZH_NAMES = (
    "李娟", "高志强", "宋丽华", "马超", "许婷", "冯磊",
    "邓洁", "曹明", "彭芸", "蒋涛", "罗敏", "谢峰",
)  # fmt: skip
VENDORS = ("dispatch@summitmech.example", "jobs@northgatehvac.example")
PROPERTIES = ("Willow Creek HOA", "Harbor View Apartments", "StorSafe Self Storage")

_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASKS_CALL = re.compile(
    r"call (back|me|her|him|us|right)|pls call|callback|回电|回个电话|打电话", re.I
)


def message(kind_no: int, lang: str, twin: bool, spec: str) -> dict:
    fields = spec.split("|")
    channel, subject, body, urgency, category, callback = fields[:6]
    leak = len(fields) > 6 and fields[6] == "1"
    names = EN_NAMES if lang == "en" else ZH_NAMES
    name = names[(kind_no * 2 + twin) % len(names)]
    email = f"owner{300 + kind_no}@mail.example"
    if channel == "p":
        # a phone message as reception writes it: caller, number, property, message; a call
        # asked for is written down as the corpus's phone messages write it
        lines = body.split(" // ")
        asks = _ASKS_CALL.search(body)
        if lang == "en":
            phone = f"555-01{(kind_no * 2 + twin) % 100:02d}"
            head = f"Caller: {name}\nPhone: {phone}\nProperty: {PROPERTIES[kind_no % 3]}\nMessage: "
            tail = "" if asks or callback != "1" else "\nPlease call back."
        else:
            phone = f"13{kind_no % 10}****{1000 + kind_no * 2 + twin}"
            head = f"来电人：{name}\n电话：{phone}\n小区：阳光嘉园\n留言："
            tail = "" if asks or callback != "1" else "请回电。"
        body = head + "\n".join(lines) + tail
        name = "Reception Desk" if lang == "en" else "前台"
        email = "reception@caredesk-demo.example"
    elif channel == "f":
        name = "Front Desk" if lang == "en" else "前台"
        email = "frontdesk@caredesk-demo.example"
    elif category == "w":
        name = "Dispatch" if lang == "en" else "维修调度"
        email = VENDORS[kind_no % 2]
    number = kind_no * 2 + 1 + twin
    return {
        "id": f"urg-{lang}-{number:03d}",
        "channel": CHANNELS[channel],
        "from_name": name,
        "from_email": email,
        "subject": subject,
        "body": body,
        "urgency": URGENCIES[urgency],
        "leak_related": leak,
        "category": CATEGORIES[category],
        "needs_callback": callback == "1",
        "lang": lang,
    }


def rows() -> list[dict]:
    out = []
    for n, (_kind, _group, _what, specs) in enumerate(KINDS):
        en, en_twin = [s for s in specs if not _CJK.search(s)]
        zh, zh_twin = [s for s in specs if _CJK.search(s)]
        out += [message(n, "en", False, en), message(n, "en", True, en_twin)]
        out += [message(n, "zh", False, zh), message(n, "zh", True, zh_twin)]
    return out


def check(path: Path) -> None:
    gold, decided = gold_and_decided(path, shipped_phrases=False)
    others = []
    groups: collections.Counter = collections.Counter()
    for lang in ("en", "zh"):
        print(f"== {lang}: urgency")
        for g in gold:
            if g["lang"] != lang:
                continue
            d = decided[g["id"]]
            number = int(g["id"][7:10])
            kind, group = KINDS[(number - 1) // 2][:2]
            if d["urgency"] != g["urgency"]:
                if d["urgency"] == "emergency":
                    what = "false alarm"
                elif g["urgency"] == "emergency":
                    what = "miss"
                else:
                    what = f"{g['urgency']}->{d['urgency']}"
                groups[(lang, group, what)] += 1
                why = [r for r in d.get("reasons", []) if "urgency" in json.dumps(r)][:2]
                why = json.dumps(why, ensure_ascii=False)[:160]
                print(f"  {g['id']} {what:16} {kind}: {g['body'][:60]!r} {why}")
            for field in ("leak_related", "category", "needs_callback"):
                if d[field] != g[field]:
                    others.append(f"  {g['id']} {field}: {g[field]} -> {d[field]} ({kind})")
    print("== other fields")
    print("\n".join(others))
    print("== urgency mistakes per group")
    for (lang, group, what), n in sorted(groups.items()):
        print(f"  {lang} {group:10} {what:16} {n}")


def main() -> None:
    inventory_main(
        doc=__doc__,
        corpus=CORPUS,
        name="urgent.jsonl",
        rows=rows,
        kinds=len(KINDS),
        check=check,
    )


if __name__ == "__main__":
    main()
