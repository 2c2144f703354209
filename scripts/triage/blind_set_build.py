"""Write blindN.jsonl from blindN_en.py and blindN_zh.py (the held-out sets of rounds 4 on).

Each set is written blind before any change of its round and never trained on while it is the
honest measure: run once before the round's changes and once at the end, its mistakes not
studied until the next round.
It prints how many lines each half has, then how new the set is: for each line, the closest
body of an earlier corpus file (difflib ratio; a set is new enough when no line reaches 0.70),
the lines at 0.60 or more first.
Usage: python scripts/triage/blind_set_build.py N caredesk/triage/data/corpus"""

import difflib
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
    novelty_report(out, path, number)


def novelty_report(rows: list[dict], path: str, number: int, shown: float = 0.60) -> None:
    """Print, for the new set, each line's closest earlier corpus body and their difflib ratio.

    A line of an honest set (NEVER_TRAINED) is named by its file and ratio only, never shown:
    the writer of a new set must not read the sets the system is measured on."""
    from caredesk.triage.training import NEVER_TRAINED

    honest = {Path(name).stem for name in NEVER_TRAINED}
    earlier = []
    for file in sorted(Path(path).glob("*.jsonl")):
        if file.name == f"blind{number}.jsonl":
            continue
        with open(file, encoding="utf-8") as f:
            earlier += [(file.stem, json.loads(line)["body"]) for line in f if line.strip()]
    closest = []
    for row in rows:
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(row["body"])
        best, where, text = 0.0, "", ""
        for stem, body in earlier:
            matcher.set_seq1(body)
            if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                continue
            ratio = matcher.ratio()
            if ratio > best:
                best, where, text = ratio, stem, body
        closest.append((best, row["id"], where, text))
    closest.sort(reverse=True)
    print(f"closest earlier line: {closest[0][0]:.2f} ({closest[0][1]})", file=sys.stderr)
    for ratio, ident, where, text in closest:
        if ratio >= shown:
            said = "(an honest set's line, not shown)" if where in honest else repr(text[:90])
            print(f"  {ratio:.2f} {ident} ~ {where}: {said}", file=sys.stderr)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
