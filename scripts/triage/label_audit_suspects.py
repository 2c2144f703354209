"""List suspect labels of the training corpus (session 22's label audit, `audit36`).

Three lists, written for a person to review against issue 5's conventions (nothing is changed):
1. near-duplicates with different labels: two training messages of the same language whose
   subject + body are alike (difflib ratio >= --ratio, default 0.8; candidates found first by
   a character n-gram cosine >= 0.5), whose urgency, leak, category or call-back differ;
2. twins with different labels: a line xx-en-NNN and its xx-zh-NNN of the same file (the
   inventories and blind29 onwards write each kind in both languages; a file counts as twinned
   when 9 pairs in 10 agree) whose urgency, leak or category differ (call-backs may differ
   between a phone message and an email);
3. out-of-fold disagreements (from label_audit_cv.py's --out): each field whose out-of-fold
   decision is not the label, most confident first (the model's probability of its decision
   minus its probability of the label; a field decided by a phrase comes with the phrase's
   rule).
Usage: python scripts/triage/label_audit_suspects.py OOF.jsonl [--ratio 0.8] [--top 400]"""

from __future__ import annotations

import argparse
import difflib
import json
import re
from pathlib import Path

from caredesk.triage.model import shipped_model_dir
from caredesk.triage.training import TRAINING_FILES

FIELDS = ("urgency", "leak_related", "category", "needs_callback")
TWIN = re.compile(r"^(.*)-(en|zh)-(\d+\w*)$")


def rows_read() -> list[dict]:
    corpus = shipped_model_dir().parent / "corpus"
    rows = []
    for name in TRAINING_FILES:
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["_file"] = name
                rows.append(row)
    return rows


def text_of(row: dict) -> str:
    return f"{row.get('subject') or ''}\n{row.get('body') or ''}".lower()


def lang_of(row: dict) -> str:
    if row.get("lang"):
        return row["lang"]
    return "zh" if re.search(r"[\u4e00-\u9fff]", text_of(row)) else "en"


def labels(row: dict) -> str:
    return " ".join(f"{row[f]}" for f in FIELDS)


def near_duplicates(rows: list[dict], ratio: float) -> list[tuple]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    found = []
    for lang in ("en", "zh"):
        group = [r for r in rows if lang_of(r) == lang]
        texts = [text_of(r) for r in group]
        vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit_transform(texts)
        similar = (vectors @ vectors.T).tocoo()
        for i, j, cosine in zip(similar.row, similar.col, similar.data, strict=True):
            if i >= j or cosine < 0.5:
                continue
            one, other = group[i], group[j]
            differ = [f for f in FIELDS if one[f] != other[f]]
            if not differ:
                continue
            r = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False).ratio()
            if r >= ratio:
                found.append((r, one, other, differ))
    found.sort(key=lambda t: -t[0])
    return found


def twins(rows: list[dict]) -> list[tuple]:
    by_key = {}
    for row in rows:
        match = TWIN.match(str(row["id"]))
        if match:
            by_key.setdefault((row["_file"], match[1], match[3]), {})[match[2]] = row
    pairs: dict[str, list] = {}
    for (file, _prefix, _number), pair in by_key.items():
        if "en" in pair and "zh" in pair:
            differ = [f for f in FIELDS[:3] if pair["en"][f] != pair["zh"][f]]
            pairs.setdefault(file, []).append((pair["en"], pair["zh"], differ))
    found = []
    for listed in pairs.values():
        # older sets number their two languages alike without translating: only files whose
        # pairs agree at least 9 times in 10 are read as twins
        if sum(not differ for *_, differ in listed) >= 0.9 * len(listed):
            found += [one for one in listed if one[2]]
    return found


def line(row: dict, width: int = 160) -> str:
    text = f"{row.get('subject') or ''} | {row.get('body') or ''}".replace("\n", " ")
    return f"{row['id']} [{row['_file']}] {labels(row)} :: {text[:width]}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("oof")
    parser.add_argument("--ratio", type=float, default=0.8)
    parser.add_argument("--top", type=int, default=400)
    options = parser.parse_args()
    rows = rows_read()
    by_id = {row["id"]: row for row in rows}
    print(f"== 1. near-duplicates (difflib >= {options.ratio}) with different labels")
    print("   labels are: urgency leak_related category needs_callback")
    for r, one, other, differ in near_duplicates(rows, options.ratio):
        print(f"-- {r:.2f} differ: {', '.join(differ)}")
        print("   " + line(one))
        print("   " + line(other))
    print()
    print("== 2. en/zh twins of one file with different urgency, leak or category")
    for en, zh, differ in twins(rows):
        print(f"-- differ: {', '.join(differ)}")
        print("   " + line(en))
        print("   " + line(zh))
    print()
    print("== 3. out-of-fold decisions unlike the label, most confident first")
    suspects = []
    for text in Path(options.oof).read_text(encoding="utf-8").splitlines():
        oof = json.loads(text)
        for name, f in oof["fields"].items():
            if f["gold"] != f["decided"]:
                suspects.append((f["p_decided"] - f["p_gold"], oof, name, f))
    suspects.sort(key=lambda t: -t[0])
    for margin, oof, name, f in suspects[: options.top]:
        decided_by = f["rule"] or "model"
        print(
            f"-- {margin:+.2f} {name}: label {f['gold']} -> decided {f['decided']}"
            f" (model {f['p_decided']:.2f} vs {f['p_gold']:.2f}; by {decided_by})"
        )
        print("   " + line(by_id[oof["id"]]))
    print(f"({len(suspects)} out-of-fold disagreements in all, {options.top} listed)")


if __name__ == "__main__":
    main()
