"""Where category macro-F1 is lost on the honest first runs (blind24..blind33), per language.

Reads the category confusion matrices of scripts/triage/blindNN_first_run.txt (summary figures
only: which messages failed is not read) and prints, per language:
- each class's cost: (1 - F1) / number of classes of that set's macro average, summed over sets;
- each confusion (labelled -> decided): what macro-F1 would gain if one such error were set
  right, summed over its errors and sets (a class decided but never labelled costs a whole
  class: its F1 is 0).

    python scripts/triage/category_inventory_measure.py [24 33]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def matrices(path: Path) -> dict[str, dict[tuple[str, str], int]]:
    """{language: {(labelled, decided): count}} of the category field."""
    out: dict[str, dict[tuple[str, str], int]] = {}
    lang = None
    state = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== language:"):
            lang = line.split(":")[1].split("(")[0].strip()
            state = None
        elif line.startswith("-- "):
            state = "table" if line.startswith("-- category:") else None
        elif state == "table" and line.strip().startswith("confusion"):
            state = "header"
        elif state == "header":
            state = "rows"
            out[lang] = {}
        elif state == "rows" and line.strip():
            parts = line.split()
            out[lang][parts[0]] = [int(x) for x in parts[1:]]
    result = {}
    for lang, rows in out.items():
        names = list(rows)
        result[lang] = {
            (gold, names[j]): n for gold, counts in rows.items() for j, n in enumerate(counts) if n
        }
    return result


def macro(cells: dict[tuple[str, str], int]) -> tuple[float, dict[str, float]]:
    classes = sorted({g for g, _ in cells} | {p for _, p in cells})
    f1s = {}
    for c in classes:
        tp = cells.get((c, c), 0)
        predicted = sum(n for (_, p), n in cells.items() if p == c)
        support = sum(n for (g, _), n in cells.items() if g == c)
        pr = tp / predicted if predicted else 0.0
        rc = tp / support if support else 0.0
        f1s[c] = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return sum(f1s.values()) / len(f1s), f1s


def main(first: int = 24, last: int = 33) -> None:
    class_cost: dict[str, Counter] = defaultdict(Counter)
    pair_cost: dict[str, Counter] = defaultdict(Counter)
    pair_count: dict[str, Counter] = defaultdict(Counter)
    print("set       lang  macro-F1  classes  errors")
    for n in range(first, last + 1):
        path = HERE / f"blind{n}_first_run.txt"
        if not path.exists():
            continue
        for lang, cells in matrices(path).items():
            if lang == "all":
                continue
            score, f1s = macro(cells)
            errors = sum(v for (g, p), v in cells.items() if g != p)
            print(f"blind{n:<4} {lang:<5} {score:8.3f} {len(f1s):8d} {errors:7d}")
            for c, f in f1s.items():
                class_cost[lang][c] += (1 - f) / len(f1s)
            for (g, p), v in cells.items():
                if g == p:
                    continue
                for _ in range(v):
                    fixed = dict(cells)
                    fixed[(g, p)] -= 1
                    fixed[(g, g)] = fixed.get((g, g), 0) + 1
                    fixed = {k: x for k, x in fixed.items() if x}
                    pair_cost[lang][(g, p)] += macro(fixed)[0] - score
                pair_count[lang][(g, p)] += v
    for lang in sorted(class_cost):
        print(f"\n== {lang}: class cost (macro-F1 points lost, summed over sets) ==")
        for c, v in class_cost[lang].most_common():
            if v > 0.0005:
                print(f"  {c:<18} {100 * v:6.1f}")
        print(f"\n== {lang}: confusions (labelled -> decided), errors and macro-F1 points ==")
        for (g, p), v in pair_cost[lang].most_common(25):
            print(f"  {g:>18} -> {p:<18} {pair_count[lang][(g, p)]:3d} {100 * v:6.1f}")
    both: Counter = Counter()
    counts: Counter = Counter()
    for lang in pair_cost:
        for (g, p), v in pair_cost[lang].items():
            key = tuple(sorted((g, p)))
            both[key] += v
            counts[key] += pair_count[lang][(g, p)]
    print("\n== both languages: confusable pairs (either direction) ==")
    for (a, b), v in both.most_common(25):
        print(f"  {a:>18} ~ {b:<18} {counts[(a, b)]:3d} {100 * v:6.1f}")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
