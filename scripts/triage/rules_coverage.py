"""Run the phrases alone over every labelled emergency of the training corpus and list those no
active emergency trigger decides (the model alone has to find them).

Also counts the non-emergencies an active emergency trigger fires on (the phrases' false alarms).
Usage: python scripts/triage/rules_coverage.py [FILE ...] (default: the training files)"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from caredesk.triage.model import shipped_model_dir
from caredesk.triage.rules import DECISIVE, RuleSet, default_phrases
from caredesk.triage.training import TRAINING_FILES, corpus_read, example_prepare


def main(paths: list[Path]) -> None:
    examples = corpus_read(paths)
    rules = RuleSet.from_phrases(default_phrases())
    missed, alarms, total = [], [], Counter()
    leaks_missed = []
    for example in examples:
        hits = example_prepare(example, rules).hits
        fired = [
            h
            for h in hits
            if h.field == "urgency"
            and h.value == "emergency"
            and h.status == "active"
            and h.weight >= DECISIVE
        ]
        leak = [
            h
            for h in hits
            if h.field == "leak_related" and h.value == "true" and h.weight >= DECISIVE
        ]
        if example.labels["leak_related"] == "true" and not leak:
            leaks_missed.append(example)
        if example.labels["leak_related"] != "true" and leak:
            total[(example.lang, "leak false alarm")] += 1
        gold = example.labels["urgency"] == "emergency"
        total[(example.lang, gold)] += 1
        if gold and not fired:
            missed.append(example)
        if fired and not gold:
            alarms.append((example, fired))
    for lang in ("en", "zh"):
        emergencies = total[(lang, True)]
        lost = sum(e.lang == lang for e in missed)
        print(f"{lang}: {emergencies} emergencies, {lost} without an active trigger")
    print(f"phrases' false alarms: {len(alarms)}")
    for lang in ("en", "zh"):
        alarms_leak = total[(lang, "leak false alarm")]
        print(f"{lang}: leak phrases on messages not leak-related: {alarms_leak}")
    for example in missed + [None] + leaks_missed:
        if example is None:
            print(f"-- leak-related without a leak phrase: {len(leaks_missed)}")
            continue
        print(example.id, "|", example.subject, "|", example.body.replace("\n", " ")[:220])


if __name__ == "__main__":
    corpus = shipped_model_dir().parent / "corpus"
    main([Path(p) for p in sys.argv[1:]] or [corpus / name for name in TRAINING_FILES])
