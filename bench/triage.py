#!/usr/bin/env python3
"""Benchmark triage: how long the shipped model takes to load, and messages per second on one
core over the shipped corpus (train and held-out files), with the shipped phrases.

Run it with the Python of the virtualenv caredesk is installed in:

    python bench/triage.py [--repeat 3] [--json]

Targets (issue 5): the model loads in under 1 second; at least 2,000 messages/s on one core,
one message at a time. Also shown: triage_many() in batches of 100 (intake's batch size),
aiming at 5,000 messages/s. Rates are messages per second of CPU time of this process.
Exit status 1 when a target (load, single rate) is missed (everything is still printed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
LOAD_TARGET_S = 1.0
RATE_TARGET = 2000.0
BATCH_TARGET = 5000.0  # intake's batches of 100: well under 0.5 ms a message
BATCH = 100


def one_core() -> None:
    """Pin this process to one CPU and keep numpy's thread pools to one thread."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def load_seconds() -> float:
    """Wall time to import the engine and load the shipped model in a fresh interpreter."""
    import subprocess

    code = (
        "import time; t = time.perf_counter();"
        "from caredesk.triage.model import Model, shipped_model_dir;"
        "Model.load(shipped_model_dir()); print(time.perf_counter() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_DIR
    )
    return float(done.stdout.strip().splitlines()[-1])


def messages() -> list[dict]:
    corpus = REPO_DIR / "caredesk" / "triage" / "data" / "corpus"
    rows = []
    for path in sorted(corpus.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return rows


def rate(rows: list[dict], repeat: int, batch: int = 0) -> tuple[float, float]:
    """Best and median messages/s of `repeat` passes over rows: one message at a time, or
    with triage_many() in batches of `batch` messages. CPU time of this process
    (time.process_time): other work on a shared machine does not count against it."""
    from caredesk.triage.model import shipped_model
    from caredesk.triage.rules import RuleSet, default_phrases
    from caredesk.triage.services import message_triage, triage_many

    rules, model = RuleSet.from_phrases(default_phrases()), shipped_model()
    triage_many(rows[:10], rules=rules, model=model)  # warm up
    rates = []
    for _ in range(repeat):
        started = time.process_time()
        if batch:
            for start in range(0, len(rows), batch):
                triage_many(rows[start : start + batch], rules=rules, model=model)
            rates.append(len(rows) / (time.process_time() - started))
            continue
        for row in rows:
            message_triage(
                channel=row["channel"],
                subject=row["subject"],
                body=row["body"],
                from_name=row.get("from_name", ""),
                from_email=row.get("from_email", ""),
                rules=rules,
                model=model,
            )
        rates.append(len(rows) / (time.process_time() - started))
    return max(rates), statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    one_core()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caredesk.config.settings")
    sys.path.insert(0, str(REPO_DIR))
    import django

    django.setup()
    loaded = min(load_seconds() for _ in range(3))
    rows = messages()
    best, median = rate(rows, max(1, args.repeat))
    batch_best, batch_median = rate(rows, max(1, args.repeat), batch=BATCH)
    figures = {
        "python": f"{platform.python_version()} ({os.path.realpath(sys._base_executable)})",
        "model_load_seconds": round(loaded, 3),
        "messages": len(rows),
        "messages_per_second_best": round(best, 1),
        "messages_per_second_median": round(median, 1),
        "load_target_met": loaded < LOAD_TARGET_S,
        "batch_size": BATCH,
        "batch_messages_per_second_best": round(batch_best, 1),
        "batch_messages_per_second_median": round(batch_median, 1),
        "rate_target_met": median >= RATE_TARGET,
        "batch_target_met": batch_median >= BATCH_TARGET,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"Python                                     {figures['python']}")
        print(f"model load (fresh interpreter, best of 3)  {loaded:8.3f} s   (target < 1 s)")
        print(f"messages in the corpus                     {len(rows):8d}")
        print(
            f"triage rate, one core (median of {args.repeat})       {median:8.1f} msg/s (CPU time)"
        )
        print(f"triage rate, one core (best)               {best:8.1f} msg/s (target >= 2,000)")
        print(
            f"triage_many, batches of {BATCH} (median)      {batch_median:8.1f} msg/s "
            f"(best {batch_best:.1f}; aim >= 5,000)"
        )
    return 0 if figures["load_target_met"] and figures["rate_target_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
