"""Write blind3a.jsonl (about 60%) and blind3b.jsonl (40%) from blind3_en.py and blind3_zh.py.

Third held-out set, written blind before any change in round 3; never train on it.
The split is random per language with a fixed seed; blind3b is looked at only at the end.
Usage: python blind3_build.py caredesk/triage/data/corpus"""

import json
import random
import sys

from blind3_en import EN
from blind3_zh import ZH

NAMES = {
    "en": [
        "Marcus Bell",
        "Priya Shah",
        "Owen Clark",
        "Sofia Ramos",
        "Ben Foster",
        "Chloe Nguyen",
        "Ahmed Khan",
        "Ivy Turner",
    ],
    "zh": ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄丽"],
}
DESK = {
    ("pre", "en"): ("Reception Desk", "reception@caredesk-demo.example"),
    ("pre", "zh"): ("前台", "reception@caredesk-demo.example"),
    ("frontdesk", "en"): ("Front Desk", "frontdesk@caredesk-demo.example"),
    ("frontdesk", "zh"): ("前台值班", "frontdesk@caredesk-demo.example"),
}
VENDOR = {
    "en": ("Vendor Dispatch", "dispatch@vendor.example"),
    "zh": ("安居维修", "dispatch@anju.example"),
}


def sender(rng: random.Random, lang: str, channel: str, category: str) -> tuple[str, str]:
    if (channel, lang) in DESK:
        return DESK[channel, lang]
    if category == "work_order_update":
        return VENDOR[lang]
    if category == "non_human":
        return "", "noreply@mailer.example"
    name = rng.choice(NAMES[lang])
    domain = "mail" if lang == "en" else "163"
    return name, f"resident{rng.randint(100, 999)}@{domain}.example"


def main(path: str) -> None:
    rng = random.Random(3)
    out = []
    for lang, rows in (("en", EN), ("zh", ZH)):
        for i, (channel, subject, body, urgency, leak, category, callback) in enumerate(rows, 1):
            name, email = sender(rng, lang, channel, category)
            out.append(
                {
                    "id": f"b3-{lang}-{i:03d}",
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
            )
    split = random.Random(20261123)
    halves: dict[str, list[dict]] = {"a": [], "b": []}
    for lang in ("en", "zh"):
        rows = [row for row in out if row["lang"] == lang]
        split.shuffle(rows)
        cut = round(len(rows) * 0.6)
        halves["a"] += sorted(rows[:cut], key=lambda r: r["id"])
        halves["b"] += sorted(rows[cut:], key=lambda r: r["id"])
    for half, rows in halves.items():
        with open(f"{path}/blind3{half}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(EN), len(ZH), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
