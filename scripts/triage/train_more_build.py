"""Append the messages of train_more.py to caredesk/triage/data/corpus/train.jsonl (once)."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blind_build import CATEGORY, CHANNELS, URGENCY, sender  # noqa: E402
from train_more import MORE  # noqa: E402


def main():
    path = HERE.parents[1] / "caredesk/triage/data/corpus/train.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    if any('"tm-' in line for line in lines):
        print("already appended")
        return
    for n, (lang, ch, who, subject, body, u, leak, cat, cb) in enumerate(MORE, start=1):
        name, email = sender(who, lang, n + 20, ch)
        lines.append(
            json.dumps(
                {
                    "id": f"tm-{n:03d}",
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
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(MORE)} messages appended to {path}")


if __name__ == "__main__":
    main()
