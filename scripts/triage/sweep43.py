"""Round 43's sweep: every line of the corpus decided by one system (the tree's phrases and a
model folder), kept as JSON, and two such dumps compared field by field against the labels.

  dump OUT.json [--model DIR]   decide every corpus file's lines (the four fields, and the
                                model's p(leak) and p(emergency))
  compare BEFORE.json AFTER.json
                                per file: fields that moved toward their label and away from
                                it; the ids only for the files trained on (the honest sets,
                                NEVER_TRAINED, give counts alone)
  near DUMP.json [--lo 0.4 --hi 0.6]
                                the trained-on lines whose p(leak) lies in [lo, hi]

Usage: python scripts/triage/sweep43.py dump /tmp/r43-var/main.json"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from caredesk.triage.engine import messages_decide
from caredesk.triage.model import Model, shipped_model_dir
from caredesk.triage.rules import RuleSet, default_phrases
from caredesk.triage.training import (
    LABELS,
    NEVER_TRAINED,
    TRAINING_FILES,
    corpus_read,
    example_prepare,
)

CORPUS = Path(__file__).resolve().parents[2] / "caredesk" / "triage" / "data" / "corpus"
FIELDS = ("urgency", "leak_related", "category", "needs_callback")


def _value(result, name: str) -> str:
    value = getattr(result, name)
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def dump(out: Path, model_dir: Path) -> None:
    rules = RuleSet.from_phrases(default_phrases())
    model = Model.load(model_dir)
    files = [p for p in sorted(CORPUS.glob("*.jsonl"))]
    found: dict[str, dict] = {}
    for path in files:
        examples = corpus_read([path])
        prepared = [example_prepare(one, rules) for one in examples]
        results = messages_decide(prepared=prepared, model=model)
        probabilities = model.predict_many(texts=[one.text for one in prepared])
        per = {}
        for example, result, p in zip(examples, results, probabilities, strict=True):
            per[example.id] = {
                "labels": {name: example.labels[name] for name in LABELS},
                "decided": {name: _value(result, name) for name in FIELDS},
                "p_leak": round(float(p["leak_related"].get("true", 0.0)), 4),
                "p_emergency": round(float(p["urgency"].get("emergency", 0.0)), 4),
            }
        found[path.name] = per
    out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    print(f"{out}: {sum(len(v) for v in found.values())} lines in {len(found)} files")


def compare(before: Path, after: Path) -> None:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    total_to = total_away = 0
    for name in sorted(new):
        if name not in old:
            continue
        toward, away, other = [], [], []
        for line_id, row in new[name].items():
            was = old[name].get(line_id)
            if was is None:
                continue
            for field in FIELDS:
                a, b, gold = was["decided"][field], row["decided"][field], row["labels"][field]
                if a == b:
                    continue
                if b == gold:
                    toward.append(f"{line_id} {field} {a}->{b}")
                elif a == gold:
                    away.append(f"{line_id} {field} {a}->{b} (label {gold})")
                else:
                    other.append(f"{line_id} {field} {a}->{b} (label {gold})")
        if not (toward or away or other):
            continue
        print(f"{name}: {len(toward)} toward, {len(away)} away, {len(other)} wrong to wrong")
        if name in NEVER_TRAINED or name not in TRAINING_FILES:
            continue  # an honest set, or one named nowhere yet (a set being written): counts
        for line in toward:
            print(f"  + {line}")
        for line in away:
            print(f"  - {line}")
        for line in other:
            print(f"  ~ {line}")
        if name in TRAINING_FILES:
            total_to += len(toward)
            total_away += len(away)
    print(f"trained-on files: {total_to} toward, {total_away} away")


def near(path: Path, lo: float, hi: float) -> None:
    rows = json.loads(path.read_text(encoding="utf-8"))
    for name in TRAINING_FILES:
        for line_id, row in rows.get(name, {}).items():
            if lo <= row["p_leak"] <= hi:
                flag = (
                    "WRONG"
                    if row["decided"]["leak_related"] != row["labels"]["leak_related"]
                    else ""
                )
                print(
                    f"{row['p_leak']:.3f} {row['labels']['leak_related']:5} {name} {line_id} {flag}"
                )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="action", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--model", type=Path, default=shipped_model_dir())
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    nearing = commands.add_parser("near")
    nearing.add_argument("path", type=Path)
    nearing.add_argument("--lo", type=float, default=0.4)
    nearing.add_argument("--hi", type=float, default=0.6)
    options = parser.parse_args(argv)
    if options.action == "dump":
        dump(options.out, options.model)
    elif options.action == "compare":
        compare(options.before, options.after)
    else:
        near(options.path, options.lo, options.hi)


if __name__ == "__main__":
    main(sys.argv[1:])
