"""Write blind6.jsonl from blind6_en.py and blind6_zh.py.

Sixth held-out set, written blind before any change in round 6; never train on it.
It is run once before the changes of round 6 and once at the end; its mistakes are not studied.
Usage: python blind6_build.py caredesk/triage/data/corpus"""

import json
import random
import sys

from blind3_build import sender
from blind6_en import EN
from blind6_zh import ZH


def main(path: str) -> None:
    rng = random.Random(6)
    out = []
    for lang, rows in (("en", EN), ("zh", ZH)):
        for i, (channel, subject, body, urgency, leak, category, callback) in enumerate(rows, 1):
            name, email = sender(rng, lang, channel, category)
            out.append(
                {
                    "id": f"b6-{lang}-{i:03d}",
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
    with open(f"{path}/blind6.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(EN), len(ZH), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
