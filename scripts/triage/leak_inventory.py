"""Build the leak inventory's corpus file, or check the shipped system against it.

    python scripts/triage/leak_inventory.py [--corpus caredesk/triage/data/corpus]
    python scripts/triage/leak_inventory.py --check [FILE]

The kinds are in `leak_inventory_kinds.KINDS` (124 kinds, four messages each: the leak-related
message and its look-alike in English and in Chinese). The build writes `leaks.jsonl` (496
labelled messages, trained on). --check runs FILE (leaks.jsonl by default) through
`caredesk triage --jsonl` (the shipped model and phrases) and lists, per kind and language, the
leak decisions that differ from the labels (a miss: a leak called dry; a false leak: a
look-alike called a leak), then the other fields' mistakes.
"""

from __future__ import annotations

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
from leak_inventory_kinds import KINDS  # noqa: E402

CORPUS = HERE.parent.parent / "caredesk" / "triage" / "data" / "corpus"
EN_NAMES = (
    "Maria Lopez", "James Carter", "Priya Shah", "Tom Becker", "Aisha Bello", "Greg Olsen",
    "Hannah Kim", "Luis Ortega", "Chloe Martin", "Derek Wu", "Fatima Noor", "Sean Doyle",
)  # fmt: skip
ZH_NAMES = (
    "王丽", "陈建国", "刘芳", "张伟", "赵敏", "孙浩",
    "周静", "吴强", "郑雪", "黄磊", "何琳", "林峰",
)  # fmt: skip
VENDORS = ("dispatch@kesslerplumbing.example", "service@brightfixhvac.example")


_CJK = re.compile(r"[\u4e00-\u9fff]")


def message(kind_no: int, lang: str, leak: bool, spec: str) -> dict:
    channel, subject, body, urgency, category, callback = spec.split("|")
    body = body.replace(" // ", "\n")
    names = EN_NAMES if lang == "en" else ZH_NAMES
    name = names[(kind_no * 2 + leak) % len(names)]
    email = f"resident{400 + kind_no}@mail.example"
    if channel in ("p", "f"):
        name = "Reception Desk" if lang == "en" else "前台"
        email = "reception@caredesk-demo.example"
    elif category == "w":
        name = "Dispatch" if lang == "en" else "维修调度"
        email = VENDORS[kind_no % 2]
    elif category == "n" or (urgency == "L" and category == "g" and kind_no % 2):
        name = "Notices" if lang == "en" else "通知"
        email = "notices@caredesk-demo.example" if category == "g" else "no-reply@bulk.example"
    return {
        "id": f"lk-{lang}-{kind_no + 1:03d}{'t' if leak else 'f'}",
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
        # each language's pair is written leak first, look-alike second; some kinds give
        # the Chinese pair first
        en, en_look = [s for s in specs if not _CJK.search(s)]
        zh, zh_look = [s for s in specs if _CJK.search(s)]
        out += [
            message(n, "en", True, en),
            message(n, "en", False, en_look),
            message(n, "zh", True, zh),
            message(n, "zh", False, zh_look),
        ]
    return out


def check(path: Path) -> None:
    gold, decided = gold_and_decided(path, shipped_phrases=True)
    kinds = {f"{n + 1:03d}": k[0] for n, k in enumerate(KINDS)}
    others = []
    for lang in ("en", "zh"):
        print(f"== {lang}")
        for g in gold:
            if g["lang"] != lang:
                continue
            d = decided[g["id"]]
            kind = kinds.get(g["id"][6:9], "")
            if d["leak_related"] != g["leak_related"]:
                what = "miss" if g["leak_related"] else "false leak"
                print(f"  {g['id']} {what:10} {kind}: {g['body'][:70]!r}")
            for field in ("urgency", "category", "needs_callback"):
                if d[field] != g[field]:
                    others.append(f"  {g['id']} {field}: {g[field]} -> {d[field]} ({kind})")
    print("== other fields")
    print("\n".join(others))


def main() -> None:
    inventory_main(
        doc=__doc__,
        corpus=CORPUS,
        name="leaks.jsonl",
        rows=rows,
        kinds=len(KINDS),
        check=check,
    )


if __name__ == "__main__":
    main()
