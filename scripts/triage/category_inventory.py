"""Build the category inventory's corpus file and its table.

    python scripts/triage/category_inventory.py            # writes categories.jsonl
    python scripts/triage/category_inventory.py --table    # runs the shipped system on it and
                                                           # prints the kinds it gets wrong

Each kind of `category_inventory_kinds.KINDS` (a category at the boundary with a confusable
neighbour) becomes one English and one Chinese message with the same labels:
caredesk/triage/data/corpus/categories.jsonl, ids cat-en-NNN / cat-zh-NNN. The judgement calls
behind the labels are in scripts/triage/category_inventory.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from category_inventory_kinds import KINDS  # noqa: E402

OUT = HERE.parent.parent / "caredesk" / "triage" / "data" / "corpus" / "categories.jsonl"

EN_NAMES = [
    ("Grace Holloway", "Holloway"),
    ("Daniel Ortiz", "Ortiz"),
    ("Priya Raman", "Raman"),
    ("Tom Becker", "Becker"),
    ("Aisha Bello", "Bello"),
    ("Kevin Tran", "Tran"),
    ("Maria Santos", "Santos"),
    ("Hank Ferris", "Ferris"),
    ("Olivia Nash", "Nash"),
    ("Samir Haddad", "Haddad"),
    ("Julia Brandt", "Brandt"),
    ("Chris Okoye", "Okoye"),
]
ZH_NAMES = [
    ("王丽华", "王女士"),
    ("陈建国", "陈先生"),
    ("刘芳", "刘女士"),
    ("赵志强", "赵先生"),
    ("孙晓梅", "孙女士"),
    ("周海涛", "周先生"),
    ("吴静", "吴女士"),
    ("郑伟", "郑先生"),
    ("黄美玲", "黄女士"),
    ("何立军", "何先生"),
    ("林晓燕", "林女士"),
    ("马俊", "马先生"),
]
EN_PLACES = [
    "Cedar Point HOA",
    "Maple Court Rentals",
    "Sunridge Self Storage",
    "Harbor Point Condominiums",
]
ZH_PLACES = ["阳光嘉园", "阳光嘉园", "安达自助仓储", "翠湖公寓"]
VENDOR = {
    "en": ("Dispatch", "dispatch@vendor.example"),
    "zh": ("维修调度", "dispatch@weixiu.example"),
}


def records() -> list[dict]:
    rows = []
    for n, kind in enumerate(KINDS, start=1):
        _name, _edge, category, urgency, leak, callback, channel = kind[:7]
        texts = {"en": kind[7:9], "zh": kind[9:11]}
        for lang in ("en", "zh"):
            subject, body = texts[lang]
            names = EN_NAMES if lang == "en" else ZH_NAMES
            full, short = names[n % len(names)]
            place = (EN_PLACES if lang == "en" else ZH_PLACES)[n % 4]
            email = f"resident{700 + n}@{'mail' if lang == 'en' else '163'}.example"
            if category in ("work_order_update", "non_human") and channel == "email":
                full, email = VENDOR[lang]
                if category == "non_human":
                    full, email = (place, f"noreply{n}@notices.example")
            if channel == "pre":
                if lang == "en":
                    subject = f"Phone message - {short}"
                    body = (
                        f"Caller: {full}\nPhone: 555-01{n % 100:02d}\nProperty: {place}\n"
                        f"Message: {body}"
                    )
                    full, email = "Reception Desk", "reception@caredesk-demo.example"
                else:
                    subject = f"电话留言-{short}"
                    phone = f"13{n % 10}****{4000 + n}"
                    body = f"来电人：{short}\n电话：{phone}\n小区：{place}\n留言：{body}"
                    full, email = "前台", "reception@caredesk-demo.example"
            rows.append(
                {
                    "id": f"cat-{lang}-{n:03d}",
                    "channel": channel,
                    "from_name": full,
                    "from_email": email,
                    "subject": subject,
                    "body": body,
                    "urgency": urgency,
                    "leak_related": leak,
                    "category": category,
                    "needs_callback": callback,
                    "lang": lang,
                }
            )
    return rows


def run(rows: list[dict]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        out = Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        caredesk = Path(sys.executable).with_name("caredesk")
        subprocess.run(
            [str(caredesk), "triage", "--jsonl", str(src), "--out", str(out)],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        return {d["id"]: d for d in map(json.loads, out.read_text().splitlines())}


def table(rows: list[dict]) -> None:
    got = run(rows)
    wrong = Counter()
    lines = []
    for n, kind in enumerate(KINDS, start=1):
        cells = []
        for lang in ("en", "zh"):
            decided = got[f"cat-{lang}-{n:03d}"]["category"]
            if decided != kind[2]:
                wrong[lang] += 1
                cells.append(f"{lang}: {decided}")
        if cells:
            lines.append(f"| {n} | {kind[1]} | {kind[0]} | {kind[2]} | {'; '.join(cells)} |")
    print(f"kinds: {len(KINDS)}; category wrong: en {wrong['en']}, zh {wrong['zh']}")
    print("| # | boundary | kind | labelled | decided |")
    print("|---|---|---|---|---|")
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", action="store_true", help="run the system, list the misses")
    args = parser.parse_args()
    rows = records()
    if args.table:
        table(rows)
        return
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} messages -> {OUT}")


if __name__ == "__main__":
    main()
