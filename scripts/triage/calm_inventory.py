"""Build the calm inventory's corpus file, or check a system against it.

    python scripts/triage/calm_inventory.py [--corpus caredesk/triage/data/corpus]
    python scripts/triage/calm_inventory.py --check [FILE]

The kinds are in `calm_inventory_kinds.KINDS` (four messages each: the emergency twin and the
calm message in English and in Chinese). The build writes `calm.jsonl` (ids calm-en-NNN and
calm-zh-NNN: in each language kind k gives 2k-1, its emergency twin, and 2k, the calm one).
--check runs FILE (calm.jsonl by default) through `caredesk triage --jsonl` and prints, per kind
and language, the urgency decisions that differ from the labels (a false alarm: a calm message
called an emergency; a miss: a twin not called one), then a table per group.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from calm_inventory_kinds import KINDS  # noqa: E402
from inventory_common import (  # noqa: E402
    CATEGORIES,
    CHANNELS,
    URGENCIES,
    gold_and_decided,
    inventory_main,
)

CORPUS = HERE.parent.parent / "caredesk" / "triage" / "data" / "corpus"
EN_NAMES = (
    "Maria Lopez", "James Carter", "Priya Shah", "Tom Becker", "Aisha Bello", "Greg Olsen",
    "Hannah Kim", "Luis Ortega", "Chloe Martin", "Derek Wu", "Fatima Noor", "Sean Doyle",
)  # fmt: skip
ZH_NAMES = (
    "王丽", "陈建国", "刘芳", "张伟", "赵敏", "孙浩",
    "周静", "吴强", "郑雪", "黄磊", "何琳", "林峰",
)  # fmt: skip
VENDORS = ("billing@harborrestoration.example", "office@summitelectric.example")


PROPERTIES = {
    "en": (
        "Oak Ridge HOA, {n} Ridge Ct",
        "Cedar Court Apartments #{n}04",
        "SecureStow Self Storage, unit B-{n}0",
        "Willow Bend HOA, {n} Willow Way",
    ),
    "zh": ("阳光嘉园{n}栋", "阳光嘉园{n}栋{n}02", "阳光嘉园地下储物间B-{n}", "阳光嘉园{n}号楼"),
}
# Kinds whose calm message became `general` by the label audit's part 2 (relabel_audit36b.py:
# thanks + "it's fixed", asking nothing): a resident thanking, not a notice, so they keep the
# resident as sender that the other `low` / `general` messages of odd kinds lose.
RESIDENTS_THANKING = {23}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def message(kind_no: int, lang: str, number: int, spec: str) -> dict:
    channel, subject, body, urgency, category, callback, leak = spec.split("|")
    names = EN_NAMES if lang == "en" else ZH_NAMES
    name = names[number % len(names)]
    if channel == "p":
        # a phone message as the desk writes it down: caller, number, what was said (no call
        # is asked for in any of them, so none needs a call-back)
        where, _, said = body.rpartition(" // ")
        where = re.sub(r"^(Caller|来电)[:：]\s*", "", where)
        said = re.sub(r"^来电[:：]\s*", "", said)
        if not where:  # the desk notes the property of every caller
            where = PROPERTIES[lang][number % len(PROPERTIES[lang])].format(n=number % 12 + 1)
        if lang == "en":
            where = f"Property: {where}\n" if where else ""
            phone = f"555-01{number % 100:02d}"
            body = f"Caller: {name}\nPhone: {phone}\n{where}Message: {said}"
            subject = f"Phone message - {name.split()[-1]}: {subject}"
        else:
            where = f"房号：{where}\n" if where else ""
            phone = f"139****{5000 + number:04d}"
            body = f"来电人：{name}\n电话：{phone}\n{where}内容：{said}"
            subject = f"电话留言-{name}：{subject}"
    body = body.replace(" // ", "\n")
    email = f"resident{600 + kind_no}@mail.example"
    if channel == "f" or (channel == "p" and number % 2):
        name = "Reception Desk" if lang == "en" else "前台"
        email = "reception@caredesk-demo.example"
    elif category == "w":
        name = "Dispatch" if lang == "en" else "维修调度"
        email = VENDORS[kind_no % 2]
    elif category == "n" or (
        urgency == "L" and category == "g" and kind_no % 2 and kind_no not in RESIDENTS_THANKING
    ):
        name = "Notices" if lang == "en" else "通知"
        email = "notices@caredesk-demo.example" if category == "g" else "no-reply@bulk.example"
    return {
        "id": f"calm-{lang}-{number:03d}",
        "channel": CHANNELS[channel],
        "from_name": name,
        "from_email": email,
        "subject": subject,
        "body": body,
        "urgency": URGENCIES[urgency],
        "leak_related": leak == "1",
        "category": CATEGORIES[category],
        "needs_callback": callback == "1",
        "lang": lang,
    }


def pairs() -> list[tuple[str, str, str, str]]:
    """Per kind (en twin, en calm, zh twin, zh calm): the twin is the spec whose urgency is E."""
    out = []
    for kind, _group, _what, specs in KINDS:
        en = [s for s in specs if not _CJK.search(s)]
        zh = [s for s in specs if _CJK.search(s)]
        quad = []
        for pair in (en, zh):
            twin = [s for s in pair if s.split("|")[3] == "E"]
            calm = [s for s in pair if s.split("|")[3] != "E"]
            assert len(twin) == 1 and len(calm) == 1, kind
            quad += [twin[0], calm[0]]
        out.append(tuple(quad))
    return out


def rows() -> list[dict]:
    out = []
    for n, (en, en_calm, zh, zh_calm) in enumerate(pairs()):
        out += [
            message(n, "en", 2 * n + 1, en),
            message(n, "en", 2 * n + 2, en_calm),
            message(n, "zh", 2 * n + 1, zh),
            message(n, "zh", 2 * n + 2, zh_calm),
        ]
    return out


def check(path: Path) -> None:
    gold, decided = gold_and_decided(path, shipped_phrases=False)
    table: Counter = Counter()
    others = []
    for lang in ("en", "zh"):
        print(f"== {lang}")
        for g in gold:
            if g["lang"] != lang:
                continue
            d = decided[g["id"]]
            number = int(g["id"][-3:])
            kind, group = KINDS[(number - 1) // 2][:2]
            gold_e = g["urgency"] == "emergency"
            said_e = d["urgency"] == "emergency"
            if gold_e != said_e:
                what = "miss" if gold_e else "false alarm"
                table[(group, lang, what)] += 1
                print(f"  {g['id']} {what:11} {kind}: {g['body'][:70]!r} -> {d['urgency']}")
            for field in ("urgency", "leak_related", "category", "needs_callback"):
                if d[field] != g[field] and not (field == "urgency" and gold_e != said_e):
                    others.append(f"  {g['id']} {field}: {g[field]} -> {d[field]} ({kind})")
    print("== per group: false alarms (calm called an emergency) / misses (twin not)")
    groups = list(dict.fromkeys(k[1] for k in KINDS))
    print(
        f"  {'group':14} {'kinds':>5} {'en false':>8} {'en miss':>7} {'zh false':>8} {'zh miss':>7}"
    )
    for group in groups:
        n = sum(1 for k in KINDS if k[1] == group)
        cells = [table[(group, lang, w)] for lang in ("en", "zh") for w in ("false alarm", "miss")]
        print(f"  {group:14} {n:5d} {cells[0]:8d} {cells[1]:7d} {cells[2]:8d} {cells[3]:7d}")
    print("== other fields")
    print("\n".join(others))


def main() -> None:
    inventory_main(
        doc=__doc__,
        corpus=CORPUS,
        name="calm.jsonl",
        rows=rows,
        kinds=len(KINDS),
        check=check,
    )


if __name__ == "__main__":
    main()
