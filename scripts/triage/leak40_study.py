"""Session 24's leak study (branch leak40): why first runs get leak_related wrong.

engine._boolean (the leak decision) has been the same function since round 14, so a rule of
it can be replayed on each honest set's first run from a dump made with the code, phrases and
model of its time, and on the out-of-fold decisions of the training corpus (em38_study.py's
oof-cache). Subcommands:

  dump SET.jsonl OUT.jsonl      each message's leak hits, the model's p(leak) and the engine's
                                decision, with the code of its time on PYTHONPATH
                                (PYTHONPATH=/tmp/old python scripts/triage/leak40_study.py ...)
  oof-dump CACHE.pkl OUT.jsonl  the same rows from em38_study.py's out-of-fold cache (the code
                                on the path decides)
  classify DUMP.jsonl ...       the cause of every leak miss and false alarm (letters below)
  replay VARIANTS.json DUMP.jsonl ...
                                leak precision, recall, F1 per language per variant; {} must
                                give the dumped decisions exactly (checked)

Causes: P a decisive leak phrase decided against the model (p(leak) shown), V a veto (a
decisive or weak 'false' phrase) decided against the model, C a look-alike, negation or a
reply's quoted subject cancelled the only leak phrase against the model, M the model alone was
wrong (no phrase decided; the model on the wrong side of 0.5), A both phrase and model wrong
(a phrase decided and the model agreed), O other (a machine's message).

Variant parameters (absent: engine.py's _boolean as it is): phrase_min (a decisive 'true'
phrase does not decide below this p(leak)), false_max (a decisive 'false' phrase does not
decide from this p(leak)), cue_max (negated/look-alike cancelling does not rule a leak out from
this p), quoted_max (the same for a reply's quoted subject alone), doubt_max (a weak 'false'
phrase does not keep the model from saying true from this p), model_min (the model's p(leak)
from which it says true where no phrase decides; 0.5).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import study_folds  # noqa: E402

DECISIVE_DEFAULT = 0.9


def _hit_row(h) -> dict:
    return {
        "value": h.phrase.value,
        "kind": h.phrase.kind,
        "weight": h.phrase.weight,
        "status": h.status,
        "cue": h.cue,
        "text": h.text,
        "source": h.source,
        "rule": h.phrase.rule,
    }


def _row(example_id, lang, gold, prepared, scores, result) -> dict:
    from caredesk.triage.rules import DECISIVE

    machine = any(
        h.phrase.field == "category"
        and h.phrase.value == "non_human"
        and h.status == "active"
        and h.phrase.weight >= DECISIVE
        for h in prepared.hits
    ) and (result.category == "non_human")
    return {
        "id": example_id,
        "lang": lang,
        "gold": gold,
        "decided": bool(result.leak_related),
        "p": round(float(scores["leak_related"].get("true", 0.0)), 4),
        "machine": machine,
        "decisive": DECISIVE,
        "urgency": result.urgency,
        "category": result.category,
        "hits": [_hit_row(h) for h in prepared.hits if h.phrase.field == "leak_related"],
        "reasons": [list(r) for r in result.reasons if r.field == "leak_related"],
    }


def _gold(value) -> bool:
    return value in (True, "true", "True", 1)


def dump(options) -> None:
    from caredesk.triage import engine as E
    from caredesk.triage.model import Model, shipped_model_dir
    from caredesk.triage.rules import RuleSet, default_phrases
    from caredesk.triage.training import corpus_read, example_prepare

    rules = RuleSet.from_phrases(default_phrases())
    model = Model.load(shipped_model_dir())
    examples = corpus_read([Path(options.set)])
    prepared = [example_prepare(e, rules) for e in examples]
    scores = model.predict_many(texts=[p.text for p in prepared], rules=None)
    with open(options.out, "w", encoding="utf-8") as handle:
        for e, p, s in zip(examples, prepared, scores, strict=True):
            result = E._decided(p, s)
            row = _row(e.id, e.lang, _gold(e.labels["leak_related"]), p, s, result)
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def oof_dump(options) -> None:
    from caredesk.triage import engine as E

    rows, _ = study_folds.oof_read(options.cache)
    with open(options.out, "w", encoding="utf-8") as handle:
        for r in rows:
            result = E._decided(r["prepared"], r["p"])
            row = _row(
                r["id"],
                r["lang"],
                _gold(r["labels"]["leak_related"]),
                r["prepared"],
                r["p"],
                result,
            )
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def leak(row: dict, params: dict) -> bool:
    """engine._boolean('leak_related', ...) on a dumped row, under a variant."""
    if row["machine"]:
        return False
    p = row["p"]
    hits = row["hits"]
    cut = params.get("model_min", 0.5)
    if not hits:
        return p >= cut
    dec = row["decisive"]

    def active(value, weight=0.0):
        return [
            h
            for h in hits
            if h["status"] == "active" and h["value"] == value and h["weight"] >= weight
        ]

    def lifted(name):
        limit = params.get(name)
        return limit is not None and p >= limit

    if active("false", dec) and not lifted("false_max"):
        return False
    if active("true", dec) and not (
        params.get("phrase_min") is not None and p < params["phrase_min"]
    ):
        return True
    cancelled = [
        h
        for h in hits
        if h["value"] == "true" and h["status"] in ("negated", "lookalike", "quoted")
    ]
    if cancelled and not active("true"):
        only_quoted = all(h["status"] == "quoted" for h in cancelled)
        limit = "quoted_max" if only_quoted and "quoted_max" in params else "cue_max"
        if not lifted(limit):
            return False
    weak = [h for h in active("false") if h["weight"] < dec]  # the decisive ones spoke above
    if weak and not active("true") and not lifted("doubt_max"):
        return False
    return p >= cut


def cause(row: dict) -> tuple[str, str]:
    """The cause letter and the key hit of a leak miss or false alarm."""
    if row["machine"]:
        return "O", "machine's message"
    hits, p, dec, gold = row["hits"], row["p"], row["decisive"], row["gold"]
    model_right = (p >= 0.5) == gold

    def active(value, weight=0.0):
        return [
            h
            for h in hits
            if h["status"] == "active" and h["value"] == value and h["weight"] >= weight
        ]

    def show(h):
        extra = f" [{h['status']}: {h['cue']}]" if h["status"] != "active" else ""
        return f"'{h['text']}' ({h['value']}, w={h['weight']}){extra}"

    if active("false", dec):
        h = active("false", dec)[0]
        return ("V" if model_right else "A"), show(h)
    if active("true", dec):
        h = active("true", dec)[0]
        return ("P" if model_right else "A"), show(h)
    cancelled = [
        h
        for h in hits
        if h["value"] == "true" and h["status"] in ("negated", "lookalike", "quoted")
    ]
    if cancelled and not active("true"):
        return ("C" if model_right else "A"), show(cancelled[0])
    if active("false") and not active("true"):
        return ("V" if model_right else "A"), show(active("false")[0])
    shown = ", ".join(show(h) for h in hits) or "(no phrase)"
    return "M", shown


def classify(options) -> None:
    counts: Counter = Counter()
    for row in study_folds.dumps_read(options.dumps):
        if row["gold"] == row["decided"]:
            continue
        letter, cue = cause(row)
        kind = "miss" if row["gold"] else "false alarm"
        counts[(row["lang"], kind, letter)] += 1
        print(
            f"{row['set']:8} {row['id']:14} {row['lang']} {kind:11} {letter} "
            f"p={row['p']:.3f}  {cue}"
        )
    print()
    print("counts (lang, kind, cause):")
    for key, value in sorted(counts.items()):
        print(" ", *key, value)


def replay(options) -> None:
    variants = json.loads(Path(options.variants).read_text(encoding="utf-8"))
    rows = study_folds.dumps_read(options.dumps)
    study_folds.leak_replay(rows, variants, leak, moved=options.moved)


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump")
    one.add_argument("set")
    one.add_argument("out")
    one.set_defaults(run=dump)
    one = sub.add_parser("oof-dump")
    one.add_argument("cache")
    one.add_argument("out")
    one.set_defaults(run=oof_dump)
    one = sub.add_parser("classify")
    one.add_argument("dumps", nargs="+")
    one.set_defaults(run=classify)
    one = sub.add_parser("replay")
    one.add_argument("variants")
    one.add_argument("dumps", nargs="+")
    one.add_argument("--moved", action="store_true")
    one.set_defaults(run=replay)
    options = parser.parse_args()
    options.run(options)


if __name__ == "__main__":
    main()
