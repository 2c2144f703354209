"""Out-of-fold decisions of the whole engine over the training corpus, to find suspect labels
(session 22's label audit, `audit36`).

The training corpus (training.TRAINING_FILES, never the honest sets) is cut into k folds as in
threshold_cv.py (the same shuffle and seed); for each fold the model is retrained on the others
with the project's own training code and the whole engine (phrases + model, at the shipped
threshold) decides the fold's messages. Prints the out-of-fold figures per language (emergency
recall and precision, leak F1, urgency accuracy, category macro-F1, call-back accuracy) and
writes every out-of-fold decision, with the model's probability of the label and of the
decision and the rule that decided, to --out (JSON lines), for label_audit_suspects.py.
Usage: taskset -c 1 nice -n 10 python scripts/triage/label_audit_cv.py [--folds 5] [--seed 9]
    [--out /tmp/oof.jsonl]"""

from __future__ import annotations

import argparse
import json
import random

from caredesk.triage.engine import messages_decide
from caredesk.triage.evaluation import Evaluation
from caredesk.triage.model import shipped_model_dir
from caredesk.triage.rules import RuleSet, default_phrases
from caredesk.triage.training import (
    LABELS,
    TRAINING_FILES,
    corpus_read,
    example_prepare,
    label_text,
    model_train,
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--out", default="")
    options = parser.parse_args()
    corpus = shipped_model_dir().parent / "corpus"
    examples, files = [], []
    for name in TRAINING_FILES:
        read = corpus_read([corpus / name])
        examples += read
        files += [name] * len(read)
    rules = RuleSet.from_phrases(default_phrases())
    order = list(range(len(examples)))
    random.Random(options.seed).shuffle(order)
    fold_of = {index: n % options.folds for n, index in enumerate(order)}
    evaluation = Evaluation()
    rows: dict[int, dict] = {}
    for fold in range(options.folds):
        train = [e for i, e in enumerate(examples) if fold_of[i] != fold]
        where = [i for i in range(len(examples)) if fold_of[i] == fold]
        test = [examples[i] for i in where]
        model = model_train(examples=train, rules=rules)
        prepared = [example_prepare(e, rules) for e in test]
        scores = model.predict_many(texts=[one.text for one in prepared], rules=None)
        results = messages_decide(prepared=prepared, model=model)
        for index, example, score, result in zip(where, test, scores, results, strict=True):
            evaluation.add(example=example, result=result)
            got = result.as_dict()
            fields = {}
            for name in LABELS:
                decided = label_text(got[name])
                rule = [r.rule for r in result.reasons if r.field == name and r.value == decided]
                fields[name] = {
                    "gold": example.labels[name],
                    "decided": decided,
                    "p_gold": round(float(score[name].get(example.labels[name], 0.0)), 4),
                    "p_decided": round(float(score[name].get(decided, 0.0)), 4),
                    "model_top": max(score[name], key=score[name].get),
                    "rule": rule[0] if rule else "",
                }
            rows[index] = {
                "id": example.id,
                "file": files[index],
                "lang": example.lang,
                "fields": fields,
            }
        print(f"fold {fold + 1}/{options.folds} done", flush=True)
    print(f"{options.folds}-fold cross-validation over {len(examples)} training messages")
    print("out-of-fold figures of the whole engine (phrases + model):")
    print("lang   n     em.recall  em.precision  leak F1  urgency acc  category mF1  callback acc")
    for lang in ("en", "zh", "all"):
        if not evaluation.count(lang):
            continue
        f = evaluation.figures(lang)
        callback = evaluation.scores[lang]["needs_callback"].accuracy()
        print(
            f"{lang:4} {evaluation.count(lang):5d}  {f['emergency_recall']:9.3f}"
            f"  {f['emergency_precision']:12.3f}  {f['leak_f1']:7.3f}"
            f"  {f['urgency_accuracy']:11.3f}  {f['category_macro_f1']:12.3f}  {callback:12.3f}"
        )
    wrong = {name: 0 for name in LABELS}
    for row in rows.values():
        for name in LABELS:
            wrong[name] += row["fields"][name]["gold"] != row["fields"][name]["decided"]
    listed = ", ".join(f"{k} {v}" for k, v in wrong.items())
    print("out-of-fold decisions unlike the label:", listed)
    if options.out:
        with open(options.out, "w", encoding="utf-8") as handle:
            for index in range(len(examples)):
                handle.write(json.dumps(rows[index], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
