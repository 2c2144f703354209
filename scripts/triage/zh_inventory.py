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

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from zh_inventory_kinds import KINDS  # noqa: E402

CORPUS = HERE.parent.parent / "caredesk" / "triage" / "data" / "corpus"
CHANNELS = {"e": "email", "p": "pre", "w": "portal", "f": "frontdesk"}
URGENCIES = {"E": "emergency", "U": "urgent", "N": "normal", "L": "low"}
CATEGORIES = {
    "m": "maintenance",
    "b": "billing",
    "a": "access",
    "c": "complaint",
    "v": "violation",
    "ar": "architectural",
    "am": "amenity",
    "s": "security",
    "pa": "parcel",
    "mv": "move",
    "g": "general",
    "w": "work_order_update",
    "n": "non_human",
}
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
    gold = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        caredesk = Path(sys.executable).with_name("caredesk")
        subprocess.run(
            [str(caredesk), "triage", "--jsonl", str(path), "--out", str(out), "--shipped-phrases"],
            check=True,
            capture_output=True,
        )
        decided = {d["id"]: d for d in map(json.loads, out.read_text().splitlines())}
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--table", nargs="?", const="", default=None, metavar="FILE")
    args = parser.parse_args()
    if args.table is not None:
        table(Path(args.table) if args.table else args.corpus / "zhvariety.jsonl")
        return
    data = rows()
    target = args.corpus / "zhvariety.jsonl"
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data))
    print(f"{target}: {len(data)} messages, {len(KINDS)} kinds")


if __name__ == "__main__":
    main()
