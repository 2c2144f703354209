"""Session 24's engine study (branch em38): why first runs miss emergencies.

engine.py was the same file in rounds 28 to 37, so an engine rule can be replayed on each honest
set's first run with the code, phrases and model of its time, and on cached out-of-fold
decisions of the training corpus. Subcommands:

  dump SET.jsonl OUT.jsonl      each message's hits, the model's probabilities and the decision,
                                with the code on PYTHONPATH (run it with an old worktree first:
                                PYTHONPATH=/work/wt-old python scripts/triage/em38_study.py ...)
  classify DUMP.jsonl ...       the cause of every missed emergency and false alarm (see
                                em38_first_run_misses.txt for the causes' letters)
  replay SET.jsonl VARIANTS.json OUT.json
                                the urgency and category of every message under each variant
                                (a JSON object: name -> parameters of `urgency_variant`)
  oof-cache OUT.pkl             5-fold cross-validation over training.TRAINING_FILES (seed 9, the
                                folds of threshold_cv.py): each message's Prepared and its fold
                                model's probabilities (about 5 minutes on one core)
  oof-replay OUT.pkl VARIANTS.json
                                out-of-fold emergency recall, precision, false alarms, misses,
                                urgency accuracy and category macro-F1 per language per variant

Variant parameters (absent: as engine.py before session 24): veto_max (the model's probability from
which no veto - look-alike/negation/past, calming cue, category - takes an emergency away), the
three vetoes' own limits (dem, calm, cat), cat_categories (the categories whose veto the model
may lift at all; the others veto whatever it says) and phrase_min (the model's probability below
which a decisive emergency phrase does not decide). A variant replaces engine._urgency whole (its
reasons cut to the model's), so {} is the engine of rounds 28 to 37 and session 24's is
{"cat": 0.7, "cat_categories": ["access", "amenity"], "phrase_min": 0.02}, whatever engine.py is
on the path (em38_variants.json holds the grid)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import study_folds  # noqa: E402

from caredesk.triage import engine as E
from caredesk.triage.model import Model, shipped_model_dir
from caredesk.triage.rules import DECISIVE, STRONG, RuleSet, default_phrases
from caredesk.triage.training import corpus_read, example_prepare

EMERGENCY_CATEGORIES = ("maintenance", "security", "work_order_update")


def urgency_variant(params: dict):
    """engine._urgency (rounds 28 to 37) with the model's probability shown to the vetoes."""
    veto_max = params.get("veto_max")
    limits = {name: params.get(name, veto_max) for name in ("dem", "calm", "cat")}
    phrase_min = params.get("phrase_min")
    places = params.get("cat_categories")  # the categories whose veto the model may lift

    def below(name: str, p: float, category: str = "") -> bool:
        if name == "cat" and places is not None and category not in places:
            return True
        return limits[name] is None or p < limits[name]

    def _urgency(mine, categories, probabilities, category):
        p_em = probabilities.get("emergency", 0.0)
        if category == "non_human":
            deciding = E._decisive(categories, "category", "non_human")
            if deciding:
                return "low", [E._reason(h, field="urgency", value="low") for h in deciding]
        for value in ("emergency", "urgent"):
            deciding = E._decisive(mine, "urgency", value)
            if value == "emergency" and deciding and phrase_min is not None and p_em < phrase_min:
                continue
            if (
                value == "urgent"
                and deciding
                and p_em >= E.EMERGENCY_MIN
                and all(h.weight < STRONG for h in deciding)
            ):
                break
            if deciding:
                return value, [E._reason(h) for h in deciding]
        deciding = E._decisive(mine, "urgency", "low")
        if deciding:
            return "low", [E._reason(h) for h in deciding]
        steady = E._decisive(mine, "urgency", "normal")
        if (
            steady
            and not E._active(mine, "urgency", "emergency")
            and not E._decisive(mine, "urgency", "urgent")
        ):
            return "normal", [E._reason(h) for h in steady]
        allowed = dict(probabilities)
        if steady:
            allowed.pop("low", None)
        demoted = [h for h in mine if h.value == "emergency" and h.status != "active"]
        calm = [h for h in mine if h.phrase.kind == "contained"]
        mundane = category not in EMERGENCY_CATEGORIES
        signs = E._active(mine, "urgency", "emergency")
        vetoed = (
            (demoted and not signs and below("dem", p_em))
            or (calm and not signs and below("calm", p_em))
            or (
                mundane
                and not any(h.weight >= DECISIVE for h in signs)
                and below("cat", p_em, category)
            )
        )
        if vetoed:
            allowed.pop("emergency", None)
        if (
            category == "access"
            and any(h.weight >= STRONG for h in calm)
            and not E._decisive(mine, "urgency", "urgent")
        ):
            allowed.pop("urgent", None)
        value = max(allowed, key=allowed.__getitem__)
        if allowed.get("emergency", 0.0) >= E.EMERGENCY_MIN:
            value = "emergency"
        return value, [E._model_reason("urgency", value, probabilities[value])]

    return _urgency


def decide(items: list, params: dict) -> list:
    """engine._decided for (Prepared, probabilities) pairs under a variant."""
    saved = E._urgency
    E._urgency = urgency_variant(params)
    try:
        return [E._decided(prepared, probabilities) for prepared, probabilities in items]
    finally:
        E._urgency = saved


def _set_items(path: str):
    rules = RuleSet.from_phrases(default_phrases())
    model = Model.load(shipped_model_dir())
    examples = corpus_read([Path(path)])
    prepared = [example_prepare(e, rules) for e in examples]
    scores = model.predict_many(texts=[p.text for p in prepared], rules=None)
    return examples, list(zip(prepared, scores, strict=True))


def dump(options) -> None:
    examples, items = _set_items(options.set)
    results = decide(items, {})
    with open(options.out, "w", encoding="utf-8") as handle:
        for example, (prepared, scores), result in zip(examples, items, results, strict=True):
            row = {
                "id": example.id,
                "lang": example.lang,
                "gold": example.labels,
                "decided": {"urgency": result.urgency, "category": result.category},
                "p": {k: {a: round(float(b), 4) for a, b in v.items()} for k, v in scores.items()},
                "hits": [
                    {
                        "field": h.phrase.field,
                        "value": h.phrase.value,
                        "kind": h.phrase.kind,
                        "weight": h.phrase.weight,
                        "status": h.status,
                        "cue": h.cue,
                        "text": h.text,
                        "rule": h.phrase.rule,
                    }
                    for h in prepared.hits
                ],
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def cause(row: dict) -> tuple[str, str]:
    """The cause letter and the key cue of a missed emergency or a false alarm."""
    hits = [h for h in row["hits"] if h["field"] == "urgency"]

    def active(value, weight=0.0):
        return [
            h
            for h in hits
            if h["status"] == "active"
            and h["value"] == value
            and h["kind"] == "trigger"
            and h["weight"] >= weight
        ]

    p_em = row["p"]["urgency"]["emergency"]
    signs, decisive = active("emergency"), active("emergency", DECISIVE)
    category = row["decided"]["category"]
    if row["gold"]["urgency"] != "emergency":  # a false alarm
        if decisive:
            h = max(decisive, key=lambda h: h["weight"])
            return "b", f"phrase fired, no cue cancelled it: {h['text']} (w={h['weight']})"
        return "a", "model alone above threshold"
    demoted = [h for h in hits if h["value"] == "emergency" and h["status"] != "active"]
    calm = [h for h in hits if h["kind"] == "contained"]
    urgent = active("urgent", DECISIVE)
    if urgent and (p_em < E.EMERGENCY_MIN or any(h["weight"] >= STRONG for h in urgent)):
        return "d", urgent[0]["text"]
    if active("low", DECISIVE):
        return "e", "low phrase: " + active("low", DECISIVE)[0]["text"]
    if active("normal", DECISIVE) and not signs:
        return "c", "normal phrase: " + active("normal", DECISIVE)[0]["text"]
    by_category = category not in EMERGENCY_CATEGORIES and not decisive
    if demoted and not signs:
        h = demoted[0]
        return "b", f"{h['text']} {h['status']}: {h['cue']}"
    if calm and not signs:
        return "c", f"calm cue: {calm[0]['cue']} (w={calm[0]['weight']})"
    if by_category:
        top = max(row["p"]["category"], key=row["p"]["category"].get)
        return "c", f"category veto: {category} (model's top category {top})"
    if p_em < E.EMERGENCY_MIN:
        return "a", "(none)"
    return "e", "?"


def classify(options) -> None:
    counts: Counter = Counter()
    for path in options.dumps:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        for line in lines:
            row = json.loads(line)
            gold = row["gold"]["urgency"] == "emergency"
            if gold == (row["decided"]["urgency"] == "emergency"):
                continue
            letter, cue = cause(row)
            kind = "miss" if gold else "false alarm"
            counts[(kind, row["lang"], letter)] += 1
            print(
                f"{row['id']:12} {row['lang']} {row['gold']['urgency']:9} "
                f"{row['decided']['urgency']:9} {letter} "
                f"{row['p']['urgency']['emergency']:.3f} {cue}"
            )
    for key, value in sorted(counts.items()):
        print(*key, value)


def replay(options) -> None:
    variants = json.loads(Path(options.variants).read_text(encoding="utf-8"))
    examples, items = _set_items(options.set)
    out = {
        "labels": {e.id: [e.lang, e.labels["urgency"], e.labels["category"]] for e in examples},
        "res": {},
    }
    for name, params in variants.items():
        results = decide(items, params)
        out["res"][name] = {
            e.id: [r.urgency, r.category] for e, r in zip(examples, results, strict=True)
        }
    Path(options.out).write_text(json.dumps(out), encoding="utf-8")


def oof_cache(options) -> None:
    study_folds.oof_write(options.out)


def oof_replay(options) -> None:
    rows, _ = study_folds.oof_read(options.cache)
    variants = json.loads(Path(options.variants).read_text(encoding="utf-8"))
    items = [(row["prepared"], row["p"]) for row in rows]
    print("variant               lang  recall  precision  false alarms  missed  urgency  cat mF1")
    for name, params in variants.items():
        results = decide(items, params)
        for lang in ("en", "zh"):
            f = study_folds.urgency_figures(rows, results, lang)
            print(
                f"{name:20}  {lang}    {f['recall']:.4f}  {f['precision']:9.3f}  {f['fp']:12d}"
                f"  {f['fn']:6d}  {f['urgency']:.4f}  {f['category']:.4f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump")
    one.add_argument("set")
    one.add_argument("out")
    one.set_defaults(run=dump)
    one = sub.add_parser("classify")
    one.add_argument("dumps", nargs="+")
    one.set_defaults(run=classify)
    one = sub.add_parser("replay")
    one.add_argument("set")
    one.add_argument("variants")
    one.add_argument("out")
    one.set_defaults(run=replay)
    one = sub.add_parser("oof-cache")
    one.add_argument("out")
    one.set_defaults(run=oof_cache)
    one = sub.add_parser("oof-replay")
    one.add_argument("cache")
    one.add_argument("variants")
    one.set_defaults(run=oof_replay)
    options = parser.parse_args()
    options.run(options)


if __name__ == "__main__":
    main()
