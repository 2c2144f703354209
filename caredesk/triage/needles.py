"""The needles of the shipped phrases, found once and shipped in the package.

Finding a phrase's needles (the literal strings every match must contain, ``rules.needles_of``)
parses its regular expression a second time: for the five hundred shipped phrases that is
half a second, paid by every process that starts with an empty var folder (a fresh install,
each `caredesk ingest` of a benchmark). ``data/needles.json`` holds them, with a key of the code
that found them (rules.py): when it changes, the file is ignored (and the needles are found
again) until `caredesk triage train` or `caredesk triage needles` writes it anew; a test
checks that the shipped file is current.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from caredesk.triage import rules as rules_module
from caredesk.triage.rules import Phrase, RuleSet, default_phrases, pattern_expand

# expanded pattern -> its sets of needles, the one looked for first (rules.needles_of; None:
# not a valid expression)
Needles = dict[str, tuple[tuple[str, ...], ...] | None]


def shipped_needles_path() -> Path:
    return Path(str(resources.files("caredesk.triage").joinpath("data/needles.json")))


@cache
def needles_code() -> str:
    """A key of the code that finds needles: the text of rules.py (which finds them, and the
    text they are looked for in) and the Python version (whose regular expression parser it
    reads). Any edit of rules.py makes kept needles stale, so none is ever trusted wrongly;
    `caredesk triage train` (or `needles`) writes the shipped ones anew."""
    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    digest.update(Path(rules_module.__file__).read_bytes())
    return digest.hexdigest()[:32]


def needles_read(path: Path) -> Needles:
    """The needles kept in a file by the current code ({} when none, stale or unreadable)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("code") != needles_code():
            return {}
        return {
            pattern: None if sets is None else tuple(_strings(needles) for needles in sets)
            for pattern, sets in document["needles"].items()
        }
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return {}


def _strings(needles: object) -> tuple[str, ...]:
    if not isinstance(needles, list) or not all(isinstance(n, str) for n in needles):
        raise TypeError("a set of needles is a list of strings")
    return tuple(needles)


def needles_document(known: Needles, phrases: Iterable[Phrase]) -> dict:
    """What a needles file holds: the needles of these phrases, with the code key."""
    wanted = {pattern_expand(phrase.pattern) for phrase in phrases}
    return {
        "code": needles_code(),
        "needles": {pattern: known[pattern] for pattern in sorted(wanted) if pattern in known},
    }


def shipped_needles_write(path: Path | None = None) -> int:
    """Find the needles of the shipped phrases and write them into the package; the count."""
    phrases = default_phrases()
    known: Needles = {}
    RuleSet.from_phrases(phrases, known)  # compiling fills in each pattern's needles
    document = needles_document(known, phrases)
    target = path or shipped_needles_path()
    text = json.dumps(document, ensure_ascii=False, indent=0, sort_keys=True)
    target.write_text(text + "\n", encoding="utf-8")
    return len(document["needles"])
