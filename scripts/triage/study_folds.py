"""What the engine studies (em38, cue41, leak40, leak46) share: the training corpus decided out of
fold, and the figures a replay prints.

The out-of-fold cache is 5-fold cross-validation over training.TRAINING_FILES (seed 9, the folds
of threshold_cv.py): for each message its Prepared, its fold model's probabilities and its fold;
the fold models are kept so that a replay may score new text with the model that never saw it.
Like the studies, it imports caredesk from whatever tree is on PYTHONPATH, so an old worktree's
engine can be replayed on its own corpus."""

from __future__ import annotations

import json
import pickle
import random
from pathlib import Path

FOLDS = 5
SEED = 9


def oof_rows() -> tuple[list[dict], list]:
    """Every training message decided by a model trained on the other four folds (about 5
    minutes on one core): rows of id, lang, labels, prepared, p (the probabilities) and fold,
    and the five models."""
    from caredesk.triage.model import shipped_model_dir
    from caredesk.triage.rules import RuleSet, default_phrases
    from caredesk.triage.training import (
        TRAINING_FILES,
        corpus_read,
        example_prepare,
        model_train,
    )

    corpus = shipped_model_dir().parent / "corpus"
    examples = corpus_read([corpus / name for name in TRAINING_FILES])
    rules = RuleSet.from_phrases(default_phrases())
    order = list(range(len(examples)))
    random.Random(SEED).shuffle(order)
    fold_of = {index: n % FOLDS for n, index in enumerate(order)}
    prepared = [example_prepare(e, rules) for e in examples]
    rows: list = [None] * len(examples)
    models = []
    for fold in range(FOLDS):
        model = model_train(
            examples=[e for i, e in enumerate(examples) if fold_of[i] != fold], rules=rules
        )
        models.append(model)
        where = [i for i in range(len(examples)) if fold_of[i] == fold]
        scores = model.predict_many(texts=[prepared[i].text for i in where], rules=None)
        for i, score in zip(where, scores, strict=True):
            rows[i] = {
                "id": examples[i].id,
                "lang": examples[i].lang,
                "labels": examples[i].labels,
                "prepared": prepared[i],
                "p": score,
                "fold": fold,
            }
        print(f"fold {fold + 1}/{FOLDS} done", flush=True)
    return rows, models


def oof_write(path: str) -> None:
    rows, models = oof_rows()
    with open(path, "wb") as handle:
        pickle.dump({"rows": rows, "models": models}, handle)


def oof_read(path: str) -> tuple[list[dict], list]:
    """The rows and models of a cache; em38's first caches hold the rows alone (no models)."""
    with open(path, "rb") as handle:
        cache = pickle.load(handle)  # noqa: S301 - our own cache
    if isinstance(cache, list):
        return cache, []
    return cache["rows"], cache["models"]


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 over (gold, decided) pairs, every label either side counted."""
    scores = []
    for label in {g for g, _ in pairs} | {d for _, d in pairs}:
        tp = sum(g == label and d == label for g, d in pairs)
        wrong = sum((g == label) != (d == label) for g, d in pairs)
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return sum(scores) / len(scores)


def urgency_figures(rows: list[dict], results: list, lang: str) -> dict:
    """Emergency tp/fp/fn, urgency accuracy and category macro-F1 of one language's rows."""
    tp = fp = fn = right = n = 0
    pairs = []
    for row, result in zip(rows, results, strict=True):
        if row["lang"] != lang:
            continue
        gold = row["labels"]["urgency"] == "emergency"
        said = result.urgency == "emergency"
        tp, fp, fn = tp + (gold and said), fp + (said and not gold), fn + (gold and not said)
        right, n = right + (result.urgency == row["labels"]["urgency"]), n + 1
        pairs.append((row["labels"]["category"], result.category))
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "recall": tp / (tp + fn),
        "precision": tp / (tp + fp),
        "urgency": right / n,
        "category": macro_f1(pairs),
    }


def leak_figures(rows: list[dict], decisions: list[bool], lang: str):
    """Leak tp, fp, fn and F1 of one language's dumped rows (their "gold")."""
    tp = fp = fn = 0
    for row, said in zip(rows, decisions, strict=True):
        if row["lang"] != lang:
            continue
        tp += row["gold"] and said
        fp += said and not row["gold"]
        fn += row["gold"] and not said
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return tp, fp, fn, f1


def dumps_read(paths, prefix: str = "") -> list[dict]:
    """The rows of the studies' dumps, each with its set's name (the file's stem, less prefix)."""
    rows = []
    for path in paths:
        name = Path(path).stem.removeprefix(prefix)
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            row["set"] = name
            rows.append(row)
    return rows


def leak_replay(rows: list[dict], variants: dict, leak, *, moved: bool) -> None:
    """Leak F1 per language under each variant of leak(row, params), and what each moved
    against the engine as dumped ({} must replay the dump exactly)."""
    base = [leak(r, {}) for r in rows]
    wrong = [r["id"] for r, b in zip(rows, base, strict=True) if b != r["decided"]]
    if wrong:
        raise SystemExit(f"the replay of {{}} differs from the dump: {wrong[:10]}")
    print("variant                     lang   tp  fp  fn    F1    moved (set right / set wrong)")
    for name, params in variants.items():
        said = [leak(r, params) for r in rows]
        for lang in ("en", "zh"):
            tp, fp, fn, f1 = leak_figures(rows, said, lang)
            changed = [
                s == r["gold"]
                for r, s, b in zip(rows, said, base, strict=True)
                if r["lang"] == lang and s != b
            ]
            right, worse = sum(changed), len(changed) - sum(changed)
            print(f"{name:26}  {lang}   {tp:4d} {fp:3d} {fn:3d}  {f1:.3f}   +{right} / -{worse}")
        if moved and name != "base":
            for r, s, b in zip(rows, said, base, strict=True):
                if s != b:
                    ok = "right" if s == r["gold"] else "WRONG"
                    print(f"    {r['set']:8} {r['id']:14} {r['lang']} -> {s} ({ok}) p={r['p']:.3f}")
