"""Write blindN.jsonl from blindN_en.py and blindN_zh.py (the held-out sets of rounds 4 on).

Each set is written blind before any change of its round and never trained on while it is the
honest measure: run once before the round's changes and once at the end, its mistakes not
studied until the next round.
Usage: python scripts/triage/blind_set_build.py N caredesk/triage/data/corpus"""

import importlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind3_build import sender  # noqa: E402


def main(number: int, path: str) -> None:
    rng = random.Random(number)
    sets = [
        (lang, importlib.import_module(f"blind{number}_{lang}").__dict__[lang.upper()])
        for lang in ("en", "zh")
    ]
    out = []
    for lang, rows in sets:
        for i, (channel, subject, body, urgency, leak, category, callback) in enumerate(rows, 1):
            name, email = sender(rng, lang, channel, category)
            out.append(
                {
                    "id": f"b{number}-{lang}-{i:03d}",
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
    with open(f"{path}/blind{number}.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(*(len(rows) for _, rows in sets), file=sys.stderr)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
