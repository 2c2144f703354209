"""Write caredesk/triage/data/corpus/blind.jsonl from blind_en.py and blind_zh.py.

A held-out set written blind (labels fixed before the model saw it); never train on it."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blind_en import EN  # noqa: E402
from blind_zh import ZH  # noqa: E402

CHANNELS = {"e": "email", "p": "pre", "o": "portal", "f": "frontdesk"}
URGENCY = {"E": "emergency", "U": "urgent", "N": "normal", "L": "low"}
CATEGORY = {
    "mt": "maintenance",
    "bi": "billing",
    "ac": "access",
    "co": "complaint",
    "vi": "violation",
    "ar": "architectural",
    "am": "amenity",
    "se": "security",
    "pa": "parcel",
    "mv": "move",
    "ge": "general",
    "wo": "work_order_update",
    "nh": "non_human",
}
NAMES = {
    "en": [
        "Olivia Grant",
        "Marcus Bell",
        "Priya Nair",
        "Hector Ruiz",
        "Emma Schultz",
        "Kwame Mensah",
        "Sara Lindqvist",
        "Jon Whitaker",
        "Mei Tanaka",
        "Luis Ortega",
    ],
    "zh": ["王丽", "陈建国", "刘洋", "赵敏", "孙浩", "周婷", "吴强", "郑雪", "黄磊", "林芳"],
}


def sender(code, lang, n, channel):
    if code == "pre":
        return ("Reception Desk" if lang == "en" else "前台", "reception@caredesk-demo.example")
    if code == "r":
        name = NAMES[lang][n % 10]
        return (name, f"owner{700 + n}@mail.example")
    name, email = code.rsplit("<", 1)
    return name.strip(), email.strip(">").strip()


def main():
    out = HERE.parents[1] / "caredesk/triage/data/corpus/blind.jsonl"
    lines = []
    for lang, rows in (("en", EN), ("zh", ZH)):
        for n, (ch, who, subject, body, u, leak, cat, cb) in enumerate(rows, start=1):
            name, email = sender(who, lang, n, ch)
            lines.append(
                json.dumps(
                    {
                        "id": f"bl-{lang}-{n:03d}",
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
                    },
                    ensure_ascii=False,
                )
            )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} messages written to {out}")


if __name__ == "__main__":
    main()
