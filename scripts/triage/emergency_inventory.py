"""Run the emergency inventory's probes through the engine and write the table.

    python scripts/triage/emergency_inventory.py [--out scripts/triage/emergency_inventory.md]

Each kind of `emergency_inventory_kinds.KINDS` has four probes: the emergency in English and
in Chinese (must be `emergency`) and its look-alike in both (must not be). The probes go
through `caredesk triage --jsonl` (the shipped model and phrases); a kind is missed in a
language when its emergency is not called one, and a false alarm when its look-alike is.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from emergency_inventory_kinds import KINDS  # noqa: E402

CHANNELS = ("email", "pre", "portal")


def probes() -> list[dict]:
    rows = []
    for n, (_kind, _group, en, zh, en_look, zh_look) in enumerate(KINDS):
        for lang, which, text in (
            ("en", "E", en),
            ("zh", "E", zh),
            ("en", "L", en_look),
            ("zh", "L", zh_look),
        ):
            channel = CHANNELS[(n + len(rows)) % 3]
            body = text
            if channel == "pre":
                body = f"Caller: Resident\nPhone: 555-0100\nMessage: {text}"
            rows.append(
                {
                    "id": f"{n:03d}-{lang}-{which}",
                    "channel": channel,
                    "from_name": "Resident",
                    "from_email": "resident@mail.example",
                    "subject": "",
                    "body": body,
                }
            )
    return rows


def run(rows: list[dict]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        out = Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        caredesk = Path(sys.executable).with_name("caredesk")
        subprocess.run(
            [str(caredesk), "triage", "--jsonl", str(src), "--out", str(out)], check=True
        )
        return {d["id"]: d["urgency"] for d in map(json.loads, out.read_text().splitlines())}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=None, help="write the markdown table here")
    args = parser.parse_args()
    got = run(probes())
    lines = [
        "| # | group | kind | EN | ZH | EN look-alike | ZH look-alike |",
        "|---|---|---|---|---|---|---|",
    ]
    missed = {"en": 0, "zh": 0}
    alarms = {"en": 0, "zh": 0}
    for n, (kind, group, *_texts) in enumerate(KINDS):
        cells = []
        for lang in ("en", "zh"):
            ok = got[f"{n:03d}-{lang}-E"] == "emergency"
            missed[lang] += not ok
            cells.append("caught" if ok else f"**missed** ({got[f'{n:03d}-{lang}-E']})")
        for lang in ("en", "zh"):
            bad = got[f"{n:03d}-{lang}-L"] == "emergency"
            alarms[lang] += bad
            cells.append("**false alarm**" if bad else got[f"{n:03d}-{lang}-L"])
        lines.append(f"| {n + 1} | {group} | {kind} | " + " | ".join(cells) + " |")
    summary = (
        f"{len(KINDS)} kinds; emergencies missed EN {missed['en']} ZH {missed['zh']}; "
        f"look-alikes called emergency EN {alarms['en']} ZH {alarms['zh']}"
    )
    print(summary)
    for line in lines[2:]:
        if "**" in line:
            print(line)
    if args.out:
        Path(args.out).write_text(summary + "\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
