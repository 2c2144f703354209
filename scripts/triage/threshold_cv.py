"""Choose the emergency threshold (engine.EMERGENCY_MIN) by k-fold cross-validation.

The training corpus (training.TRAINING_FILES, never the honest sets) is cut into k folds; for
each fold the model is retrained on the others with the project's own training code, and the
whole engine (phrases + model) decides the fold's messages at every threshold. Precision and
recall of `emergency` are pooled over the out-of-fold decisions, by language and together.
Usage: python scripts/triage/threshold_cv.py [--folds 5] [--seed 9] [--misses]
(--misses lists the out-of-fold emergencies no threshold up to 0.40 finds.)"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

from caredesk.triage import engine
from caredesk.triage.engine import messages_decide
from caredesk.triage.model import shipped_model_dir
from caredesk.triage.rules import RuleSet, default_phrases
from caredesk.triage.training import TRAINING_FILES, corpus_read, example_prepare, model_train

THRESHOLDS = (0.20, 0.25, 0.30, 0.325, 0.35, 0.375, 0.40, 0.45, 0.50, 0.55, 0.60, 0.70)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--misses", action="store_true")
    options = parser.parse_args()
    corpus = shipped_model_dir().parent / "corpus"
    examples = corpus_read([corpus / name for name in TRAINING_FILES])
    rules = RuleSet.from_phrases(default_phrases())
    order = list(range(len(examples)))
    random.Random(options.seed).shuffle(order)
    fold_of = {index: n % options.folds for n, index in enumerate(order)}
    # (threshold, lang) -> [true positives, false positives, false negatives]
    counts: dict[tuple[float, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    missed: dict[float, list] = defaultdict(list)
    alone: dict[tuple[float, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # the model alone
    for fold in range(options.folds):
        train = [e for i, e in enumerate(examples) if fold_of[i] != fold]
        test = [e for i, e in enumerate(examples) if fold_of[i] == fold]
        model = model_train(examples=train, rules=rules)
        prepared = [example_prepare(e, rules) for e in test]
        scores = model.predict_many(texts=[one.text for one in prepared], rules=None)
        for threshold in THRESHOLDS:
            for example, score in zip(test, scores, strict=True):
                gold = example.labels["urgency"] == "emergency"
                said = score["urgency"]["emergency"] >= threshold
                for lang in (example.lang or "?", "all"):
                    row = alone[(threshold, lang)]
                    row[0] += gold and said
                    row[1] += said and not gold
                    row[2] += gold and not said
            engine.EMERGENCY_MIN = threshold
            results = messages_decide(prepared=prepared, model=model)
            for example, result in zip(test, results, strict=True):
                gold = example.labels["urgency"] == "emergency"
                said = result.urgency == "emergency"
                for lang in (example.lang or "?", "all"):
                    row = counts[(threshold, lang)]
                    row[0] += gold and said
                    row[1] += said and not gold
                    row[2] += gold and not said
                if gold and not said:
                    missed[threshold].append(example)
        print(f"fold {fold + 1}/{options.folds} done", flush=True)
    print(f"{options.folds}-fold cross-validation over {len(examples)} training messages")
    _print("the whole engine (phrases + model)", counts)
    _print("the model alone", alone)
    if options.misses:
        for example in missed[0.40]:
            print(example.id, "|", example.subject, "|", example.body.replace("\n", " ")[:200])


def _print(title: str, counts: dict) -> None:
    print(f"-- {title}")
    print("threshold   lang  emergencies  recall  precision  false alarms  missed")
    for threshold in THRESHOLDS:
        for lang in ("en", "zh", "all"):
            tp, fp, fn = counts[(threshold, lang)]
            recall = tp / (tp + fn) if tp + fn else 0.0
            precision = tp / (tp + fp) if tp + fp else 0.0
            print(
                f"{threshold:9.3f}   {lang:4}  {tp + fn:11d}  {recall:6.3f}  {precision:9.3f}"
                f"  {fp:12d}  {fn:6d}"
            )


if __name__ == "__main__":
    main()
