"""Build the Chinese inventory's corpus file, or list the kinds a system gets wrong on it.

    python scripts/triage/zh_inventory.py [--corpus caredesk/triage/data/corpus]
    python scripts/triage/zh_inventory.py --table [FILE]

The kinds are in `zh_inventory_kinds.KINDS` (151 kinds, two messages each: an event and its
look-alike or neighbour, all in Chinese, in the styles listed there). The build writes
`zhvariety.jsonl` (302 labelled messages, ids zv-NNN). --table runs FILE (zhvariety.jsonl by
default) through `caredesk triage --jsonl` (the shipped model and phrases) and lists, per style
and kind, the fields decided otherwise than labelled, then a count per style.
"""

from __future__ import annotations

import collections
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
from zh_inventory_kinds import KINDS  # noqa: E402

CORPUS = HERE.parent.parent / "caredesk" / "triage" / "data" / "corpus"
ZH_NAMES = (
    "王秀兰", "李建军", "张丽娟", "刘洋", "陈静", "杨志强", "黄美玲", "赵磊",
    "周晓燕", "吴国华", "徐婷", "孙立新", "马俊", "朱慧", "胡海涛", "郭雅琪",
)  # fmt: skip
VENDOR = "dispatch@jiayuan-weixiu.example"


def message(number: int, spec: str) -> dict:
    channel, subject, body, urgency, leak, category, callback = spec.split("|")
    body = body.replace(" // ", "\n")
    name = ZH_NAMES[number % len(ZH_NAMES)]
    email = f"owner{700 + number}@mail.example"
    if channel in ("p", "f"):
        name, email = "前台", "frontdesk@caredesk-demo.example"
    elif category == "w":
        name, email = "维修调度", VENDOR
    elif category == "n":
        name, email = "通知", "no-reply@bulk.example"
    return {
        "id": f"zv-{number:03d}",
        "channel": CHANNELS[channel],
        "from_name": name,
        "from_email": email,
        "subject": subject,
        "body": body,
        "urgency": URGENCIES[urgency],
        "leak_related": leak == "1",
        "category": CATEGORIES[category],
        "needs_callback": callback == "1",
        "lang": "zh",
    }


def rows() -> list[dict]:
    out = []
    for _kind, _style, specs in KINDS:
        for spec in specs:
            out.append(message(len(out) + 1, spec))
    return out


def kind_of() -> dict[str, tuple[str, str]]:
    out = {}
    n = 0
    for kind, style, specs in KINDS:
        for _ in specs:
            n += 1
            out[f"zv-{n:03d}"] = (style, kind)
    return out


def table(path: Path) -> None:
    gold, decided = gold_and_decided(path, shipped_phrases=True)
    kinds = kind_of()
    wrong: dict[str, list[str]] = collections.defaultdict(list)
    per_style = collections.Counter()
    messages_per_style = collections.Counter()
    for g in gold:
        d = decided[g["id"]]
        style, kind = kinds[g["id"]]
        messages_per_style[style] += 1
        fields = []
        for field in ("urgency", "leak_related", "category", "needs_callback"):
            if d[field] != g[field]:
                fields.append(f"{field} {g[field]}->{d[field]}")
        if fields:
            per_style[style] += 1
            wrong[style].append(f"  {g['id']} {kind}: {'; '.join(fields)}")
    for style in sorted(wrong, key=lambda s: -per_style[s]):
        print(f"== {style}: {per_style[style]} of {messages_per_style[style]} messages wrong")
        print("\n".join(wrong[style]))
    print("== per style (messages with any field wrong / messages)")
    for style in sorted(messages_per_style):
        print(f"  {style:12} {per_style[style]:3} / {messages_per_style[style]}")


def main() -> None:
    inventory_main(
        doc=__doc__,
        corpus=CORPUS,
        name="zhvariety.jsonl",
        rows=rows,
        kinds=len(KINDS),
        check=table,
        flag="--table",
    )


if __name__ == "__main__":
    main()
