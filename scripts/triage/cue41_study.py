"""Session 25's cue study (branch cue41): a cue speaks for its own clause, not the message.

The look-alike, negation, past and calming cues take the model's emergency away from the whole
message when no active emergency phrase is left (engine._urgency). This study replays, on the
first runs of blind28..blind41 (each set with the code, phrases and model of the commit that
added it, as em38_study.py) and out of fold over the training corpus, variants in which the
model reads the message again without the clauses or sentences the cues speak for, and the veto
stands only if that reading finds no emergency. Subcommands (the old tree on PYTHONPATH):

  replay SET.jsonl VARIANTS.json OUT.json   every message's urgency and category per variant
  oof-cache OUT.pkl                         em38_study's 5 folds (seed 9), with the fold models
  oof-replay OUT.pkl VARIANTS.json          out-of-fold emergency figures per variant
  table SYSTEMS.json OUT.json ... [--sets VARIANT ...]
                                            first-run figures per variant over the replays
                                            (cue41_systems.json: each set's system, "old" for
                                            rounds 28-38, "s24" for session 24's engine)

Variant parameters, besides em38_study's (veto_max, dem, calm, cat, cat_categories, phrase_min):
  scope       the model's p(emergency) on the message without the cues' clauses from which the
              cues do not veto (engine.CUE_SCOPE_MIN)
  words       the words whose clauses are left out: "trigger" the cued triggers', their
              look-alikes' and the calming phrases'; "cue" a past trigger's cue instead of its
              words; "both" a past trigger's words and its cue's (engine.cue_words)
  full        the model's p on the whole message from which the scope is read at all (default
              EMERGENCY_MIN; engine.CUE_SCOPE_MODEL_MIN)
  clauses     cut at commas too, not only at the ends of sentences (engine._CLAUSE_END)
  calm_whole  a calming cue keeps its veto over the whole message (the engine's)
  present     a past trigger with a present-danger marker in its sentence and not its cue
              counts as active"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import em38_study  # noqa: E402  (its imports take the old tree on PYTHONPATH)
import study_folds  # noqa: E402

from caredesk.triage import engine as E  # noqa: E402
from caredesk.triage.model import Model, shipped_model_dir  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "cue41_engine", Path(__file__).parents[2] / "caredesk" / "triage" / "engine.py"
)
NEW = importlib.util.module_from_spec(_spec)  # this branch's engine: cue_outside, cue_words
sys.modules["cue41_engine"] = NEW
_spec.loader.exec_module(NEW)

PRESENT = re.compile(
    r"\b(?:right now|still|now|again|keeps|is getting|getting worse)\b"
    r"|正在|还在|现在|又|一直|越来越"
)

CURRENT: dict = {}  # the message being decided: its model text and its model


def _words(demoted, calm, mode: str) -> set[str]:
    """The words whose clauses are left out: "both" is the engine's (engine.cue_words)."""
    words = {h.text for h in calm}
    if mode == "both":
        return words | NEW.cue_words(demoted)
    words |= {h.cue for h in demoted if h.status == "lookalike" and h.cue}
    for h in demoted:
        words.add(h.cue if mode == "cue" and h.status == "past" and h.cue else h.text)
    return words


SENTENCE_END = re.compile(r"[.!?;|。！？；]+")


def _elsewhere(words: set[str], clauses: bool = False) -> float:
    ends = NEW._CLAUSE_END if clauses else SENTENCE_END
    rest = NEW.cue_outside(CURRENT["text"], words, ends)
    if not rest:
        return 0.0
    return float(CURRENT["model"].predict(text=rest, rules=None)["urgency"]["emergency"])


def _present(hit) -> bool:
    """A past trigger whose own sentence (not its cue's) says the danger is there now."""
    text = CURRENT["text"]
    word = NEW.model_text(channel="", sender="", subject="", body=hit.text)[6:]
    cue = NEW.model_text(channel="", sender="", subject="", body=hit.cue or "")[6:]
    for sentence in re.split(r"[.!?;|。！？；]+", text):
        if word and word in sentence and not (cue and cue in sentence) and PRESENT.search(sentence):
            return True
    return False


def urgency_variant(params: dict):
    """em38_study.urgency_variant with the cues' scope (see the module's doc)."""
    base = em38_study.urgency_variant(params)
    scope = params.get("scope")
    mode = params.get("words", "both")
    full = params.get("full", E.EMERGENCY_MIN)
    present = params.get("present", False)

    def _urgency(mine, categories, probabilities, category, *_):  # *_: this branch's elsewhere
        value, reasons = base(mine, categories, probabilities, category)
        if scope is None and not present:
            return value, reasons
        p_em = probabilities.get("emergency", 0.0)
        if value == "emergency" or p_em < max(full, E.EMERGENCY_MIN):
            return value, reasons
        demoted = [h for h in mine if h.value == "emergency" and h.status != "active"]
        calm = [h for h in mine if h.phrase.kind == "contained"]
        signs = E._active(mine, "urgency", "emergency")
        if signs or not (demoted or calm):
            return value, reasons  # not the cues' veto
        if calm and params.get("calm_whole"):
            return value, reasons  # a calming cue speaks for the whole message
        if present:
            demoted = [h for h in demoted if not (h.status == "past" and _present(h))]
        lifted = not (demoted or calm)
        if not lifted and scope is not None:
            words = _words(demoted, calm, mode)
            lifted = _elsewhere(words, params.get("clauses", False)) >= scope
        if not lifted:
            return value, reasons
        # the cues' veto gone: the base rule again with them out of its sight
        kept = [h for h in mine if h not in demoted and h not in calm]
        return base(kept, categories, probabilities, category)

    return _urgency


def decide(items: list, params: dict) -> list:
    saved = E._urgency
    E._urgency = urgency_variant(params)
    try:
        out = []
        for (prepared, probabilities), model in items:
            CURRENT.update(text=prepared.text, model=model)
            out.append(E._decided(prepared, probabilities))
        return out
    finally:
        E._urgency = saved


def replay(options) -> None:
    variants = json.loads(Path(options.variants).read_text(encoding="utf-8"))
    examples, items = em38_study._set_items(options.set)
    model = Model.load(shipped_model_dir())
    items = [(item, model) for item in items]
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
    rows, models = study_folds.oof_read(options.cache)
    variants = json.loads(Path(options.variants).read_text(encoding="utf-8"))
    items = [((row["prepared"], row["p"]), models[row["fold"]]) for row in rows]
    print("variant                          lang  recall  precision  fa  missed  urgency  cat mF1")
    base = None
    for name, params in variants.items():
        results = decide(items, params)
        for lang in ("en", "zh"):
            f = study_folds.urgency_figures(rows, results, lang)
            print(
                f"{name:32} {lang}    {f['recall']:.4f}  {f['precision']:9.4f}  {f['fp']:3d}"
                f"  {f['fn']:6d}  {f['urgency']:.4f}  {f['category']:.4f}"
            )
        if base is None:
            base = results
            continue
        for row, was, now in zip(rows, base, results, strict=True):
            if was.urgency != now.urgency:
                print(
                    f"    moved {row['id']:14} {row['labels']['urgency']:9} "
                    f"{was.urgency} -> {now.urgency}"
                )


def table(options) -> None:
    """First-run figures: each set under its system's variant, and under each variant's scope
    added to it (a variant named 'X' is read as the set's own variant 'base' plus 'X')."""
    systems = json.loads(Path(options.systems).read_text(encoding="utf-8"))
    totals: dict = {}
    per_set = []
    for path in options.replays:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        name = Path(path).stem.split(".")[0]
        own = systems[name]
        for variant, decided in data["res"].items():
            if not variant.startswith(own + " "):
                continue
            label = variant[len(own) + 1 :]
            for lang in ("en", "zh"):
                c = Counter()
                for key, (lg, gold, gold_cat) in data["labels"].items():
                    if lg != lang:
                        continue
                    urgency, category = decided[key]
                    c["n"] += 1
                    c["em"] += gold == "emergency"
                    c["tp"] += gold == "emergency" and urgency == "emergency"
                    c["fa"] += gold != "emergency" and urgency == "emergency"
                    c["urg"] += gold == urgency
                    c["cat"] += gold_cat == category
                totals.setdefault((label, lang), Counter()).update(c)
                per_set.append((name, lang, label, c))
    print("set      lang variant                           found  false alarms  urgency  category")
    for name, lang, label, c in per_set:
        if label in (options.sets or ()):
            print(
                f"{name:8} {lang}   {label:32} {c['tp']:3d}/{c['em']:3d}  {c['fa']:12d}"
                f"  {c['urg'] / c['n']:.3f}    {c['cat'] / c['n']:.3f}"
            )
    for (label, lang), c in totals.items():
        prec = c["tp"] / max(1, c["tp"] + c["fa"])
        print(
            f"all      {lang}   {label:32} {c['tp']:3d}/{c['em']:3d} {c['tp'] / c['em']:.3f}"
            f"  prec {prec:.3f} fa {c['fa']:3d}  urg {c['urg'] / c['n']:.3f}"
            f"  cat {c['cat'] / c['n']:.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
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
    one = sub.add_parser("table")
    one.add_argument("systems")
    one.add_argument("replays", nargs="+")
    one.add_argument("--sets", nargs="*", help="the variants shown set by set")
    one.set_defaults(run=table)
    options = parser.parse_args()
    options.run(options)


if __name__ == "__main__":
    main()
