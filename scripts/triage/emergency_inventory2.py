"""The second emergency inventory: build its corpus, run it through the engine, write the table.

    python scripts/triage/emergency_inventory2.py --write-corpus   # inventory2.jsonl anew
    python scripts/triage/emergency_inventory2.py [--out scripts/triage/emergency_inventory2.md]

Each kind of `emergency_inventory2_kinds.KINDS` gives four labelled messages: the emergency in
English and in Chinese (must be `emergency`) and its look-alike in both (must not be); each of
`URGENT` gives an urgent neighbour in both languages (must be `urgent`). They are written, with
their labels, to `caredesk/triage/data/corpus/inventory2.jsonl` (emails, portal messages and
phone messages; a phone message asks for a call back). The run goes through `caredesk triage
--jsonl --shipped-phrases` (the shipped model and phrases): a kind is missed in a language when
its emergency is not called one, a false alarm when its look-alike is.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from emergency_inventory2_kinds import KINDS, URGENT  # noqa: E402

CORPUS = ROOT / "caredesk" / "triage" / "data" / "corpus" / "inventory2.jsonl"
CHANNELS = ("email", "portal", "pre")
HEADER = """# Emergency inventory, part 2

Kinds of emergency outside the first inventory (`emergency_inventory.md`) and every blind set's
emergencies, by a walk over hazard x place x who is at risk and over the ways people write
(`emergency_inventory2_kinds.py`); each with its look-alike, and urgent neighbours. The first run
with main's system, before any change, is in `emergency_inventory2_first_run.txt` (107 kinds:
emergencies missed EN 9 ZH 13, look-alikes called emergency EN 8 ZH 8, urgent neighbours called
emergency EN 3 ZH 3). This table is the run with the shipped system as it is now
(`python scripts/triage/emergency_inventory2.py --out scripts/triage/emergency_inventory2.md`);
inventory2.jsonl is trained on, so it is no fresh measure.

"""
NAMES = {
    "en": ["Grace Holt", "Omar Haddad", "Lena Fischer", "Tom Baker", "Priya Nair", "Jorge Ruiz"],
    "zh": ["王建国", "陈晓梅", "刘洋", "张丽", "赵志强", "孙悦"],
}
SUBJECTS = {
    "en": ["Message from a resident", "Hello", "From the owner of my unit", "Building"],
    "zh": ["业主来信", "您好", "反映情况", "小区"],
}


def _texts():
    """(key, lang, text, urgency, leak, category) for every message, in a stable order."""
    for n, (_kind, _group, cat, leak, en, zh, en_look, zh_look, look) in enumerate(KINDS):
        l_urg, l_leak, l_cat = look.split("/")
        yield f"{n:03d}-E", "en", en, "emergency", leak, cat
        yield f"{n:03d}-E", "zh", zh, "emergency", leak, cat
        yield f"{n:03d}-L", "en", en_look, l_urg, l_leak == "1", l_cat
        yield f"{n:03d}-L", "zh", zh_look, l_urg, l_leak == "1", l_cat
    for n, (_kind, cat, leak, en, zh) in enumerate(URGENT):
        yield f"u{n:02d}-U", "en", en, "urgent", leak, cat
        yield f"u{n:02d}-U", "zh", zh, "urgent", leak, cat


def corpus() -> list[dict]:
    rows = []
    count = {"en": 0, "zh": 0}
    for i, (key, lang, text, urgency, leak, cat) in enumerate(_texts()):
        count[lang] += 1
        name = NAMES[lang][i % len(NAMES[lang])]
        channel = CHANNELS[(i // 2) % 3]
        if urgency == "low" and channel == "pre":
            channel = "email"  # a notice or an FYI is no phone message asking for a call
        subject = ""
        body = text
        if " || " in text:
            subject, body = text.split(" || ", 1)
            channel = "email"
        callback = False
        if channel == "pre":
            callback = (i // 6) % 2 == 0  # every other phone message asks for no call
            phone = f"555-01{i % 100:02d}" if lang == "en" else f"138-0000-{i % 10000:04d}"
            if lang == "en":
                subject = f"Phone message - {name.split()[-1]}"
                ask = " Please call back." if callback else ""
                body = f"Caller: {name}\nPhone: {phone}\nMessage: {body}{ask}"
            else:
                subject = f"电话留言 - {name}"
                ask = "请回电。" if callback else ""
                body = f"来电人：{name}\n电话：{phone}\n留言：{body}{ask}"
        elif channel == "email" and not subject:
            subject = SUBJECTS[lang][i % len(SUBJECTS[lang])]
        rows.append(
            {
                "id": f"inv2-{lang}-{count[lang]:03d}",
                "key": key,
                "channel": channel,
                "from_name": name,
                "from_email": f"resident{400 + i % 97}@mail.example",
                "subject": subject,
                "body": body,
                "urgency": urgency,
                "leak_related": bool(leak),
                "category": cat,
                "needs_callback": callback,
                "lang": lang,
            }
        )
    return rows


def write_corpus() -> None:
    lines = []
    for row in corpus():
        row = {k: v for k, v in row.items() if k != "key"}
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    CORPUS.write_text("".join(lines))
    print(f"{len(lines)} messages written to {CORPUS.relative_to(ROOT)}")


def run(rows: list[dict]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        out = Path(tmp) / "out.jsonl"
        keep = ("id", "channel", "from_name", "from_email", "subject", "body")
        src.write_text(
            "".join(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n" for r in rows)
        )
        caredesk = Path(sys.executable).with_name("caredesk")
        subprocess.run(
            [str(caredesk), "triage", "--jsonl", str(src), "--out", str(out), "--shipped-phrases"],
            check=True,
        )
        return {d["id"]: d["urgency"] for d in map(json.loads, out.read_text().splitlines())}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=None, help="write the markdown table here")
    parser.add_argument("--write-corpus", action="store_true", help="write inventory2.jsonl")
    args = parser.parse_args()
    if args.write_corpus:
        write_corpus()
        return
    rows = corpus()
    urg = run(rows)
    got = {(r["key"], r["lang"]): urg[r["id"]] for r in rows}
    lines = [
        "| # | group | kind | EN | ZH | EN look-alike | ZH look-alike |",
        "|---|---|---|---|---|---|---|",
    ]
    missed = {"en": 0, "zh": 0}
    alarms = {"en": 0, "zh": 0}
    for n, (kind, group, *_rest) in enumerate(KINDS):
        cells = []
        for lang in ("en", "zh"):
            u = got[(f"{n:03d}-E", lang)]
            missed[lang] += u != "emergency"
            cells.append("caught" if u == "emergency" else f"**missed** ({u})")
        for lang in ("en", "zh"):
            u = got[(f"{n:03d}-L", lang)]
            alarms[lang] += u == "emergency"
            cells.append("**false alarm**" if u == "emergency" else u)
        lines.append(f"| {n + 1} | {group} | {kind} | " + " | ".join(cells) + " |")
    lines += ["", "| # | urgent neighbour | EN | ZH |", "|---|---|---|---|"]
    urgent_off = {"en": 0, "zh": 0}
    for n, (kind, *_rest) in enumerate(URGENT):
        cells = []
        for lang in ("en", "zh"):
            u = got[(f"u{n:02d}-U", lang)]
            urgent_off[lang] += u == "emergency"
            cells.append(u if u != "emergency" else "**emergency**")
        lines.append(f"| u{n + 1} | {kind} | " + " | ".join(cells) + " |")
    summary = (
        f"{len(KINDS)} kinds; emergencies missed EN {missed['en']} ZH {missed['zh']}; "
        f"look-alikes called emergency EN {alarms['en']} ZH {alarms['zh']}; "
        f"{len(URGENT)} urgent neighbours called emergency EN {urgent_off['en']} "
        f"ZH {urgent_off['zh']}"
    )
    print(summary)
    for line in lines:
        if "**" in line:
            print(line)
    if args.out:
        Path(args.out).write_text(HEADER + summary + "\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
