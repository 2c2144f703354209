"""Near-duplicate training lines whose category or urgency disagree, with the boilerplate of
phone messages and front-desk notes left out (the label audit's part 3, session 23, `conv37`).

label_audit_suspects.py compares subject + body whole, so the template lines of train.jsonl
("Caller: ... Phone: ... Property: ...", "Resident from ... came to the desk:") are alike by their
frame and hide the pairs that are alike by what they say. Here the frame (caller, phone,
property and room lines, "Front desk:", "Please call back", "请回电", the subject) is cut
away first; candidates are found by a character n-gram cosine (2-4, >= 0.4) and kept when
difflib's ratio of the rest reaches --ratio. Pairs from two different files are listed first
(--cross-only: only those): lines written by different writers for different rounds, where a
label convention that drifted shows; pairs of one file are mostly minimal pairs written on
purpose (a leak and its look-alike). Read each against issue 5 and the README's conventions.
Usage: python scripts/triage/label_audit_pairs.py [--ratio 0.5] [--cross-only]"""

from __future__ import annotations

import argparse
import difflib
import re

from label_audit_suspects import lang_of, line, rows_read

FIELDS = ("urgency", "category")
FRAME = re.compile(
    r"^(caller|phone|property|unit|from|来电人|电话|房号|小区|地址)\s*[:：].*$"
    r"|^(message|内容|留言)\s*[:：]\s*|front desk:\s*|前台[:：]\s*"
    r"|resident from .*? came to the desk:\s*|业主到前台反映[:：]"
    r"|please call( me)? back\.?|call back\.?|请回电。?|sent from my \w+",
    re.I | re.M,
)


def said(row: dict) -> str:
    """What the message says, without the frame of its channel."""
    text = FRAME.sub("", (row.get("body") or "").lower())
    return re.sub(r"\s+", " ", text).strip()


def pairs(rows: list[dict], ratio: float, cross_only: bool) -> list[tuple]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    found = []
    for lang in ("en", "zh"):
        group = [r for r in rows if lang_of(r) == lang]
        texts = [said(r) for r in group]
        vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit_transform(texts)
        similar = (vectors @ vectors.T).tocoo()
        for i, j, cosine in zip(similar.row, similar.col, similar.data, strict=True):
            if i >= j or cosine < 0.4:
                continue
            one, other = group[i], group[j]
            cross = one["_file"] != other["_file"]
            if cross_only and not cross:
                continue
            differ = [f for f in FIELDS if one[f] != other[f]]
            if not differ:
                continue
            r = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False).ratio()
            if r >= ratio:
                found.append((not cross, -r, r, one, other, differ))
    found.sort(key=lambda t: t[:2])
    return [(r, one, other, differ) for _same, _neg, r, one, other, differ in found]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ratio", type=float, default=0.5)
    parser.add_argument("--cross-only", action="store_true")
    options = parser.parse_args()
    rows = rows_read()
    found = pairs(rows, options.ratio, options.cross_only)
    print(f"== near-duplicates (frame cut away, difflib >= {options.ratio}) unlike in")
    print("   urgency or category; labels are: urgency leak_related category needs_callback")
    for r, one, other, differ in found:
        where = "two files" if one["_file"] != other["_file"] else "one file"
        print(f"-- {r:.2f} {where}, differ: {', '.join(differ)}")
        print("   " + line(one))
        print("   " + line(other))
    print(f"({len(found)} pairs)")


if __name__ == "__main__":
    main()
