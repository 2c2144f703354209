"""Session 27's emergency study, part 2 (branch em51): why first runs miss emergencies.

Each honest set blind38 ... blind50 is run with the code, phrases and model of its first run
(a detached worktree of that commit on PYTHONPATH), and every missed emergency and false alarm
is classified by cause. Subcommands:

  dump SET.jsonl OUT.jsonl     per message: gold and decided urgency, the model's urgency
                               probabilities, every urgency hit (value, kind, weight, status,
                               cue), the calming cues, the category, the engine's reasons, and
                               the decided urgency under a few engine variants (module constants
                               of that commit's engine.py changed for the call)
  classify OUT.txt DUMP.jsonl ...
                               the cause table (letters below) and the list of messages
  replay OUT.txt DUMP.jsonl ...
                               the candidates' gains (misses found) and costs (false alarms
                               added), per language, counted on the first runs

First-run systems (the dump reproduces each set's first-run emergency recall and precision in
both languages, scripts/triage/blindNN_first_run.txt): blind38 fceb887, blind39 6d49e62 (round
38's system; 700ac80, the first-run file's parent, already has session 24's engine and gives one
English false alarm fewer), blind40 eeb8947, blind41 e9261ea, blind42 ce2210c, blind43 3cded26,
blind44 and blind45 35aba73, blind46 736d42c, blind47 49931c9, blind48 122aee6, blind49 8ed699c,
blind50 0b1a054. The sets are read from this branch: no urgency label changed since any set was
added (only leak labels, b39-zh-048 and b41-zh-044, and eight category labels in blind42, 47,
48 and 50).

Causes of a missed emergency:
  A  no emergency phrase, model below the emergency limit (EMERGENCY_MIN, 0.35) and p < 0.5
     (A: p < 0.2, A+: 0.2 <= p < 0.35)
  B  no emergency phrase, model at or above the limit, taken away: B-phrase a decisive low or
     urgent phrase decided first ("never mind", "thanks", a strong urgent phrase), B-calm a calming
     cue (kind "contained"), B-cat the mundane-category veto, B-place the access/amenity veto
     (p below PLACE_VETO_MAX)
  C  an emergency phrase matched, but demoted: C-neg negated, C-past past, C-look look-alike,
     C-quot quoted (reply subject or history), C-calm a calming cue ("contained" kind: hedge,
     "probably nothing", thanks), C-cat category veto (a weak phrase in a mundane category),
     C-model the model overruled a decisive phrase (p < PHRASE_MODEL_MIN)
  D  the emergency sits in quoted history cut away by body_new_text (the model and the rules
     never saw it)
Causes of a false alarm: P-<kind> an active emergency phrase decided it; M the model alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import study_folds  # noqa: E402

LIMIT = 0.35  # EMERGENCY_MIN in every first run's engine.py (blind38 ... blind50)

# candidate engine-level change: an injury-now cue (a person hurt or in danger now). NARROW is
# the brief's list; BROAD adds the kinds of harm the first runs missed (pinned, burnt, poisoned,
# can't breathe), written as kinds - its counts on the first runs are in-sample.
NARROW = re.compile(
    r"\b(bleed\w*|unconscious|not breathing|won'?t wake|seizure\w*|can'?t see|trapped)\b"
    r"|(流血|出血|昏迷|没有呼吸|没呼吸|叫不醒|抽搐|看不见|被困|困在)"
)
BROAD = re.compile(
    r"\b(bleed\w*|blood|unconscious|passed out|not breathing|can'?t breathe|won'?t wake|"
    r"unresponsive|seizure\w*|collaps\w*|can'?t see|trapped|pinned|crushed|"
    r"(is|are|lying) under|(isn'?t|not) moving|throat is closing|wheez\w*|slurring|"
    r"thrown up|vomit\w*|in (his|her|their) mouth|swallow\w*|scald\w*|burn(ed|t)|blister\w*|"
    r"down and confused)\b"
    r"|(流血|出血|昏迷|晕倒|昏倒|没有呼吸|没呼吸|喘不上气|叫不醒|抽搐|看不见|被困|困在|压在|压住|"
    r"夹在|夹住|不动了|烫伤|烫到|烧伤|起泡|吐了|头晕|往嘴里|吃下去|窒息|不省人事)"
)
PAST_EN = re.compile(
    r"\b(last (week|month|year|night)|yesterday|years? ago|weeks? ago|was fixed|recovered|"
    r"(is|are) fine now|back in 20\d\d|in 20\d\d)\b"
)
PAST_ZH = re.compile(r"(上周|上个月|去年|前年|昨天|昨晚|已经好了|已经没事|已经康复|当年|以前|之前)")
_CLAUSE = re.compile(r"[.!?;。！？；\n|]+")
# a message that opens on another matter ("I had a question about my permit, but ...",
# "先问一下物业费 ... 另外 ...", "Thanks for the potluck ... writing because ...")
AFTER_OTHER = re.compile(
    r"(\?|？|question|never mind|thank|先问|想问|问一下|问下|另外|also,)", re.IGNORECASE
)


def injury_now(text: str, pattern: re.Pattern = BROAD) -> bool:
    """An injury word in a sentence with no past marker."""
    for clause in _CLAUSE.split(text.lower()):
        if pattern.search(clause) and not (PAST_EN.search(clause) or PAST_ZH.search(clause)):
            return True
    return False


# one-line gists of the first runs' misses and false alarms, in the study's own words
GISTS = {
    "b38-zh-021": "AC condensate dripped through a wardrobe ceiling overnight, board sagging",
    "b39-en-014": "front desk: strangers driving mowers out of a cut-open barn now",
    "b39-en-037": "a neighbour's torches burn all night against the open-flame rule",
    "b39-en-058": "heads-up: a fog machine on a patio this weekend, nothing to worry about",
    "b39-zh-002": "hot-water bottle burst on a baby's legs, skin blistered",
    "b40-en-004": "dock plate dropped, a mover's legs pinned under it",
    "b40-en-016": "reply about court resurfacing: a light pole fell on players, one not moving",
    "b40-zh-001": "hot-pot burner flare: sleeve put out, tablecloth still burning toward curtains",
    "b40-zh-031": "garage no longer taking water, a layer still standing around cars",
    "b41-en-020": "permit question, then a sprinkler riser fitting blew, water into elevator pit",
    "b41-zh-022": "storage yard gate lock dead, caller and a van shut inside, deadline",
    "b42-en-025": "a tow truck backing up to a resident's legally parked car",
    "b42-zh-026": "leak upstairs stopped, ceiling and light fitting still dripping",
    "b43-en-014": "chain cut at the RV lot, men hitching a trailer to leave now",
    "b43-en-018": "valve broke off during a fire pump test, water blasting into units",
    "b43-en-021": "heating loop pipe failed last night, shut off, film on the floor",
    "b43-en-045": "fire contractor's work order: dry valve weeping, quote attached",
    "b43-zh-030": "balcony drain backed up in the rain, water gone, floor edges lifting",
    "b43-zh-046": "front desk: a lift-lobby ceiling light out for a week",
    "b44-en-027": "ceiling light drips whenever upstairs showers, breaker off",
    "b44-en-028": "laundry floor drain backs up an inch whenever a washer empties",
    "b44-zh-004": "a row of parcel lockers fell on a courier, pinned",
    "b44-zh-015": "fee question, then a folding table closed on a child, can't free",
    "b44-zh-027": "bathroom ceiling drips when upstairs showers, basin under it",
    "b45-en-041": "downsizing: asking about a smaller unit and the deposit",
    "b45-zh-007": "spray-foam fumes from a renovation: children vomiting, elder dizzy",
    "b45-zh-018": "drain-stack test plug blew, sewage spraying out of an access panel",
    "b45-zh-032": "a barbecue stall's smoke blows into the building every night",
    "b46-en-003": "reply on pest control: toddler had bait pellets in his mouth, vomiting, drowsy",
    "b46-en-009": "'can wait till Monday': a man fell into the drained pool, lying at the bottom",
    "b46-zh-003": "invoice question, then a child ate what looks like rat bait, pale",
    "b46-zh-025": "a resident felling trees on common ground right now",
    "b47-en-012": "a man driving golf balls at houses, a woman hit in the head, confused",
    "b47-en-018": "rink-flooding hose left running all night (water reaching a panel?)",
    "b47-zh-014": "candy-floss machine head flew off and burnt a girl's face",
    "b48-zh-007": "fee question, then a toddler put rat bait in his mouth, drowsy",
    "b48-zh-027": "radiator valve dripping, a basin fills in half a day",
    "b48-zh-028": "kitchen ceiling seeping from upstairs bathroom, bucket under it",
    "b49-en-002": "'maybe nothing': toddler covered in fire ants, swelling, wheezing",
    "b49-en-003": "pond-ice question, then men in a shut shanty with a heater, slurring",
    "b49-en-006": "thanks for the potluck, then a boy's throat closing after peanuts",
    "b49-en-024": "bike-room padlock cut overnight, bikes gone, gate open",
    "b49-en-025": "contractor spraying weed killer into the creek now",
    "b49-en-037": "neighbour's smoker fills a nursery with smoke every Saturday",
    "b49-en-045": "a car with two people parked by the dumpsters late at night",
    "b49-zh-024": "storage rooms broken into overnight, doors still open",
    "b49-zh-030": "work order: cracked stack seeping into a ceiling below, access today",
    "b50-en-010": "a rototiller pulled a gardener's foot in, bleeding",
    "b50-en-030": "plumber's work order: washer box leaking into a wall, access today",
    "b50-en-044": "a man looked into car windows yesterday, nothing taken",
    "b50-en-051": "thanks for the ceiling repair after an overflow",
    "b50-zh-013": "a toddler shut inside a front-loading washer that is filling",
    "b50-zh-022": "bathroom ceiling dripping from upstairs, neighbours unreachable",
    "b50-zh-024": "work order: stack in a shaft cracked and seeping, access today",
    "b50-zh-027": "someone pouring waste oil into a storm drain now",
}


VARIANTS = {
    # name -> module constants of engine.py changed for the call
    "limit_0.25": {"EMERGENCY_MIN": 0.25},
    "limit_0.20": {"EMERGENCY_MIN": 0.20},
    "no_category_veto": {"EMERGENCY_CATEGORIES": None},  # every category may be an emergency
    "cue_scope_model_0.5": {"CUE_SCOPE_MODEL_MIN": 0.5},
    "phrase_min_0.05": {"PHRASE_MODEL_MIN": 0.05},
    "phrase_min_0.08": {"PHRASE_MODEL_MIN": 0.08},
    "phrase_min_0.10": {"PHRASE_MODEL_MIN": 0.10},
}
MODEL_OVER = (0.8, 0.85, 0.9, 0.95)  # candidate: the model at or above this is an emergency


def dump(options) -> None:
    from caredesk.triage import engine as E
    from caredesk.triage.model import Model, shipped_model_dir
    from caredesk.triage.rules import RuleSet, default_phrases
    from caredesk.triage.text import body_new_text
    from caredesk.triage.training import corpus_read, example_prepare

    rules = RuleSet.from_phrases(default_phrases())
    model = Model.load(shipped_model_dir())
    examples = corpus_read([Path(options.set)])
    prepared = [example_prepare(e, rules) for e in examples]
    results = E.messages_decide(prepared=prepared, model=model)
    probabilities = model.predict_many(texts=[p.text for p in prepared], rules=None)
    variants: dict[str, list[str]] = {}
    all_categories = tuple(sorted({r.category for r in results}) + ["maintenance", "security"])
    for name, changes in VARIANTS.items():
        saved = {}
        for key, value in changes.items():
            if not hasattr(E, key):
                continue
            saved[key] = getattr(E, key)
            setattr(E, key, all_categories + tuple(saved[key]) if value is None else value)
        if saved:
            variants[name] = [r.urgency for r in E.messages_decide(prepared=prepared, model=model)]
        for key, value in saved.items():
            setattr(E, key, value)
    with open(options.out, "w", encoding="utf-8") as handle:
        for i, (e, p, r, s) in enumerate(
            zip(examples, prepared, results, probabilities, strict=True)
        ):
            new_body = body_new_text(e.body or "")
            row = {
                "id": e.id,
                "lang": e.lang or p.language,
                "gold": e.labels.get("urgency"),
                "decided": r.urgency,
                "category": r.category,
                "gold_category": e.labels.get("category"),
                "p": s["urgency"],
                "p_em": s["urgency"].get("emergency", 0.0),
                "hits": [
                    {
                        "value": h.phrase.value,
                        "kind": getattr(h.phrase, "kind", ""),
                        "weight": h.phrase.weight,
                        "status": h.status,
                        "cue": h.cue,
                        "text": h.text,
                        "source": h.source,
                    }
                    for h in p.hits
                    if h.phrase.field == "urgency"
                ],
                "reasons": [x.as_dict() for x in r.reasons if x.field == "urgency"],
                "history_cut": len(new_body) < len((e.body or "").strip()),
                "subject": e.subject,
                "body": e.body,
                "new_text": f"{e.subject}\n{new_body}",
                "variants": {name: urg[i] for name, urg in variants.items()},
                "engine": {
                    k: getattr(E, k, None)
                    for k in ("EMERGENCY_MIN", "PHRASE_MODEL_MIN", "PLACE_VETO_MAX")
                },
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _veto(row: dict) -> str:
    """What took the model's emergency (p >= the limit) away."""
    decided_by = [x for x in row["reasons"] if x["rule"].startswith(("default:", "phrase:"))]
    if decided_by and not any(x["rule"].startswith("model") for x in row["reasons"]):
        return "B-phrase"  # a decisive low / urgent phrase decided before the model
    if any(h["kind"] == "contained" for h in row["hits"]):
        return "B-calm"
    if row["category"] in ("access", "amenity"):
        return "B-place"
    return "B-cat"


def cause(row: dict) -> str:
    """The cause letter of a missed emergency or a false alarm (see the module's doc)."""
    p = row["p_em"]
    em = [h for h in row["hits"] if h["value"] == "emergency"]
    if row["gold"] == "emergency":  # a miss
        if not em:
            if row["history_cut"] and p < LIMIT:
                return "D"
            if p < LIMIT:
                return "A" if p < 0.2 else "A+"
            return _veto(row)
        active = [h for h in em if h["status"] == "active"]
        if active:
            if p < (row["engine"].get("PHRASE_MODEL_MIN") or 0.0):
                return "C-model"
            return "C-cat"
        if p >= LIMIT and _veto(row) == "B-phrase":
            return "B-phrase"
        statuses = {h["status"] for h in em}
        for status, letter in (
            ("quoted", "C-quot"),
            ("negated", "C-neg"),
            ("past", "C-past"),
            ("contained", "C-calm"),
        ):
            if status in statuses:
                return letter
        if statuses - {"contained"} and any("look" in s or "alike" in s for s in statuses):
            return "C-look"
        return "C-" + "/".join(sorted(statuses))
    active = [h for h in em if h["status"] == "active"]
    if active:
        return "P-" + (active[0]["kind"] or "phrase")
    return "M"


def _after_other(row: dict) -> bool:
    """The message's first sentence is about another matter (a question, thanks)."""
    first = re.split(r"[.!。！\n]", " ".join((row["body"] or "").split()))[0]
    return bool(AFTER_OTHER.search(first))


def _gist_text(row: dict) -> str:
    return " ".join((row["new_text"] or "").split())[:70]


def classify(options) -> None:
    rows = study_folds.dumps_read(options.dumps, prefix="em51_dump_")
    counts: Counter = Counter()
    lines = []
    for row in rows:
        miss = row["gold"] == "emergency" and row["decided"] != "emergency"
        alarm = row["gold"] != "emergency" and row["decided"] == "emergency"
        if not (miss or alarm):
            continue
        letter = cause(row)
        kind = "miss" if miss else "false alarm"
        counts[(kind, letter, row["lang"])] += 1
        if miss and _after_other(row):
            counts[(kind, "+Q (after another matter)", row["lang"])] += 1
            letter += "+Q"
        em = [
            f"{h['text']}[{h['status']}{'/' + h['cue'] if h['cue'] else ''}]"
            for h in row["hits"]
            if h["value"] == "emergency" or h["kind"] == "contained"
        ]
        lines.append(
            f"{row['id']:11} {kind:11} {letter:10} p={row['p_em']:.2f} {GISTS.get(row['id'], '')}"
        )
        lines.append(
            f"{'':11} {row['set']:8} "
            f"gold={row['gold']:9} decided={row['decided']:9} cat={row['category']:12} "
            f"hits={' '.join(em)[:80]}"
        )
    out = ["the causes' letters: see the docstring of scripts/triage/em51_study.py", ""]
    out += ["== counts (kind, cause, language)"]
    for key in sorted(counts):
        out.append(f"{key[0]:11} {key[1]:8} {key[2]}  {counts[key]}")
    out.append("")
    out.append("== messages")
    out += lines
    Path(options.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))


def replay(options) -> None:
    rows = study_folds.dumps_read(options.dumps, prefix="em51_dump_")
    names = sorted({n for r in rows for n in r["variants"]})
    names += ["narrow_injury_now", "narrow_injury_now_p0.1", "injury_now", "injury_now_p0.1"]
    names += [f"model_over_{x}" for x in MODEL_OVER]
    base = defaultdict(Counter)
    table = {n: defaultdict(Counter) for n in names}
    sets_with = {n: set() for n in names}
    for row in rows:
        gold_em = row["gold"] == "emergency"
        was = row["decided"] == "emergency"
        base[row["lang"]][
            "tp" if gold_em and was else "fn" if gold_em else "fp" if was else "tn"
        ] += 1
        for name in names:
            if name.startswith("model_over_"):
                now = was or row["p_em"] >= float(name.rsplit("_", 1)[1])
            elif "injury_now" in name:
                floor = 0.1 if name.endswith("0.1") else 0.0
                pattern = NARROW if name.startswith("narrow") else BROAD
                now = was or (injury_now(row["new_text"], pattern) and row["p_em"] >= floor)
            elif name in row["variants"]:
                sets_with[name].add(row["set"])
                now = row["variants"][name] == "emergency"
            else:
                continue
            c = table[name][row["lang"]]
            if gold_em and now and not was:
                c["found"] += 1
            if gold_em and was and not now:
                c["lost"] += 1
            if not gold_em and now and not was:
                c["new_alarms"] += 1
            if not gold_em and was and not now:
                c["alarms_gone"] += 1
    out = ["== first runs as they were (tp / fn / fp per language)"]
    for lang, c in sorted(base.items()):
        out.append(f"{lang}: tp {c['tp']} fn {c['fn']} fp {c['fp']}")
    out.append("")
    out.append("== candidates: misses found / lost, false alarms added / removed, per language")
    for name in names:
        for lang in sorted(base):
            c = table[name][lang]
            out.append(
                f"{name:22} {lang}: found {c['found']} lost {c['lost']} "
                f"new_alarms {c['new_alarms']} alarms_gone {c['alarms_gone']}"
            )
        if sets_with[name]:
            out.append(f"{'':22} (sets whose engine has the constant: {len(sets_with[name])})")
    Path(options.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))


def oof_replay(options) -> None:
    """The candidates out of fold on the training corpus, with the engine on PYTHONPATH."""
    from caredesk.triage import engine as E

    rows, models = study_folds.oof_read(options.cache)

    def decide(changes: dict) -> list:
        saved = {k: getattr(E, k) for k in changes if hasattr(E, k)}
        for key in saved:
            setattr(E, key, changes[key])
        try:
            return [E._decided(r["prepared"], r["p"], model=models[r["fold"]]) for r in rows]
        finally:
            for key, value in saved.items():
                setattr(E, key, value)

    base = decide({})
    gold = [r["labels"]["urgency"] == "emergency" for r in rows]
    was = [b.urgency == "emergency" for b in base]
    p_em = [r["p"]["urgency"].get("emergency", 0.0) for r in rows]
    text = [r["prepared"].text for r in rows]
    candidates: dict[str, list[bool]] = {}
    for name, changes in VARIANTS.items():
        if name == "no_category_veto":
            changes = {"EMERGENCY_CATEGORIES": tuple({r["labels"]["category"] for r in rows})}
        candidates[name] = [x.urgency == "emergency" for x in decide(changes)]
    for x in MODEL_OVER:
        candidates[f"model_over_{x}"] = [w or p >= x for w, p in zip(was, p_em, strict=True)]
    for name, pattern in (("narrow_injury_now", NARROW), ("injury_now", BROAD)):
        for floor in (0.0, 0.1):
            candidates[name + ("_p0.1" if floor else "")] = [
                w or (p >= floor and injury_now(t, pattern))
                for w, p, t in zip(was, p_em, text, strict=True)
            ]
    out = ["== out of fold (5 folds, seed 9) on the training corpus, per language"]
    for lang in ("en", "zh"):
        keep = [i for i, r in enumerate(rows) if r["lang"] == lang]
        tp = sum(gold[i] and was[i] for i in keep)
        fn = sum(gold[i] and not was[i] for i in keep)
        fp = sum(was[i] and not gold[i] for i in keep)
        out.append(f"{lang}: as the engine is: tp {tp} fn {fn} fp {fp}")
        for name, now in candidates.items():
            found = sum(gold[i] and now[i] and not was[i] for i in keep)
            lost = sum(gold[i] and was[i] and not now[i] for i in keep)
            added = sum(now[i] and not was[i] and not gold[i] for i in keep)
            gone = sum(was[i] and not now[i] and not gold[i] for i in keep)
            out.append(
                f"  {name:24} found {found:3} lost {lost:3} new_alarms {added:3} "
                f"alarms_gone {gone:3}"
            )
    Path(options.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump")
    one.add_argument("set")
    one.add_argument("out")
    one.set_defaults(run=dump)
    two = sub.add_parser("classify")
    two.add_argument("out")
    two.add_argument("dumps", nargs="+")
    two.set_defaults(run=classify)
    three = sub.add_parser("replay")
    three.add_argument("out")
    three.add_argument("dumps", nargs="+")
    three.set_defaults(run=replay)
    four = sub.add_parser("oof-replay")
    four.add_argument("cache")
    four.add_argument("out")
    four.set_defaults(run=oof_replay)
    options = parser.parse_args()
    options.run(options)


if __name__ == "__main__":
    main()
