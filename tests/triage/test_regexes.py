"""triage.regexes.RegexStore: compiled expressions kept for the next process, exactly what
re.compile makes but for the set of characters a match starts with (which finds the same
matches sooner), and compiled anew whenever a kept one cannot be trusted."""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from caredesk.triage import regexes
from caredesk.triage.model import corpus_files
from caredesk.triage.regexes import RegexStore
from caredesk.triage.rules import RuleSet, default_phrases, finder_text, text_lower

PATTERNS = [
    r"\b(water|leak(?:ing)?)\b[^.!?]{0,40}?\bceiling",
    r"(?P<what>gas|燃气)\s*(smell|味)",
    r"(?<!no )smoke(?! detector)",
    r"(?i:Fire)\s+alarm",
    r"漏水|渗水|滴水",
]
TEXT = "Water is leaking through the ceiling! gas smell; 燃气味 no smoke detector, FIRE alarm 漏水"


def _store(path: Path) -> RegexStore:
    return RegexStore(path / "cache" / RegexStore.file_name())


def _fresh(pattern: str) -> re.Pattern[str]:
    return regexes._compile_parts(pattern)[0]


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in regex.finditer(text)]


def test_cpython_here_builds_patterns_from_kept_code():
    assert regexes.SUPPORTED is (sys.implementation.name == "cpython")


@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_kept_patterns_are_what_re_compile_makes_and_skip_compiling(tmp_path, monkeypatch):
    first = _store(tmp_path)
    made = [first.compile(pattern) for pattern in PATTERNS]
    fresh = [_fresh(pattern) for pattern in PATTERNS]
    first.save()
    assert first.path.is_file()

    def no_compiling(pattern):
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(regexes, "_compile_parts", no_compiling)
    second = _store(tmp_path)
    for pattern, earlier, anew in zip(PATTERNS, made, fresh, strict=True):
        kept = second.compile(pattern)
        assert kept == earlier == anew  # flags, pattern and code
        assert (kept.pattern, kept.flags) == (pattern, re.compile(pattern).flags)
        assert kept.groupindex == re.compile(pattern).groupindex
        assert [m.span() for m in kept.finditer(TEXT)] == [
            m.span() for m in re.finditer(pattern, TEXT)
        ]


@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_a_damaged_file_or_entry_is_compiled_anew(tmp_path, caplog):
    store = _store(tmp_path)
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"\x00not marshal at all")
    with caplog.at_level(logging.INFO, logger="caredesk.triage.regexes"):
        assert store.compile(PATTERNS[0]) == _fresh(PATTERNS[0])
    assert "unreadable" in caplog.text
    store.save()

    # an entry whose code the matcher refuses (_sre checks it): compiled anew
    damaged = _store(tmp_path)
    flags, code, groups, groupindex, indexgroup = damaged._kept()[PATTERNS[0]]
    damaged._kept()[PATTERNS[0]] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    with caplog.at_level(logging.INFO, logger="caredesk.triage.regexes"):
        assert damaged.compile(PATTERNS[0]) == _fresh(PATTERNS[0])
    assert "did not load" in caplog.text


def test_without_a_path_it_compiles_each_time_and_keeps_nothing(tmp_path):
    store = RegexStore(None)
    for pattern in PATTERNS:
        assert _spans(store.compile(pattern), TEXT) == _spans(re.compile(pattern), TEXT)
    store.save()  # nothing to write, nowhere
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_only_the_patterns_worth_keeping_are_written(tmp_path):
    store = _store(tmp_path)
    for pattern in PATTERNS:
        store.compile(pattern)
    store.keep = set(PATTERNS[:2])
    store.save()
    assert set(_store(tmp_path)._kept()) == set(PATTERNS[:2])


@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_rules_from_a_store_decide_as_rules_compiled_by_re(tmp_path, shipped_rules):
    phrases = default_phrases()
    warm = RuleSet.from_phrases(phrases, regexes=_store(tmp_path))
    for compiled in warm.every:
        compiled.regex  # noqa: B018 - compiled into the store
    warm.every[0].store.save()
    kept = RuleSet.from_phrases(phrases, regexes=_store(tmp_path))
    texts = [
        "Water pouring through the kitchen ceiling right now, please send someone!",
        "楼上漏水，天花板在滴水，已经关了总阀",
        "Thanks for fixing the leak last week, all dry now.",
        "I smell gas in the hallway near 4B",
    ]
    for text in texts:
        lowered = text.lower()
        assert kept.match(text=lowered, source="body") == shipped_rules.match(
            text=lowered, source="body"
        )
    assert all(c._regex is None or c._regex == _fresh(c.expanded) for c in kept.every)


@pytest.mark.django_db
@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_migrate_leaves_every_active_phrase_compiled_for_the_next_process(settings, tmp_path):
    from caredesk.triage import services

    settings.VAR_DIR = tmp_path
    services._cache.pop("regexes", None)
    services._cache.pop("model", None)
    services.rules_forget()
    try:
        services.rules_prepare()
        path = tmp_path / "cache" / RegexStore.file_name()
        kept = _store(tmp_path)._kept()
        assert path.is_file()
        assert set(kept) == {c.expanded for c in services.rules_current().every}
        # ...and the model's arrays prepared, which the next process maps (Model.load_prepared)
        [prepared] = (tmp_path / "cache").glob("triage-model-*")
        assert (prepared / "stacked.npy").is_file()
        services._cache.pop("model", None)
        assert isinstance(services.model_current()._stacked.base, np.memmap)
    finally:
        services._cache.pop("regexes", None)
        services._cache.pop("model", None)
        services.rules_forget()


FIRST_CHARS = [  # (pattern, whether a set of first characters is added to re's code)
    (r"\bwater\b", True),  # re: no prefix after \b
    (r"(?<=lights )(out|dark)", True),
    (r"\b(leak(s|ing)?|drip)\b[^.]{0,20}ceiling", True),
    (r"(?<!no )(smoke|烟)(?! detector)", True),
    (r"(a|b)?c", True),  # a, b or c
    (r"(\s+|-)?(burst|破)", True),  # white space (a category) counts too
    (r"(?:x{0}|y*)z", True),
    (r"fire|smoke", False),  # re has the set already
    (r"water", False),  # re has the prefix
    (r"\b(a|b)?", False),  # may match nothing
    (r"\b[^.!?]{0,5}fire", False),  # nearly any character
    (r"\b.fire", False),
    (r"\b(?i:fire)", False),  # ignores case
    (r"(?i)\bfire", False),
    (r"\b(\w)\1", True),  # a word character (the back reference comes after it)
    (r"(a?)\1b", False),  # a back reference may come first
    (r"^(a|b)c", False),  # anchored: the matcher tries the first position only
    (r"\A\b(a|b)c", False),
]
TRICKY = [
    "Water water WATER waterproof; the lights out, lights dark, lights  out",
    "leaks through the ceiling. drip, drip... ceiling leaking on ceiling",
    "no smoke, smoke detector, 烟 烟 detector smoke",
    "abc ac bc c ab aac",
    " burst -burst 破破 \n\tburst",
    "zz yyz xz yz",
    "",
    "fire smoke firesmoke",
    "aa bb ab aab b",
]


@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
@pytest.mark.parametrize(("pattern", "added"), FIRST_CHARS)
def test_the_first_characters_are_added_only_where_told_and_find_the_same(pattern, added):
    made = _fresh(pattern)
    assert (made != re.compile(pattern)) is added
    assert made.pattern == pattern
    for text in TRICKY:
        assert _spans(made, text) == _spans(re.compile(pattern), text), text
        assert _spans(made, text[3:]) == _spans(re.compile(pattern), text[3:])


@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_every_shipped_phrase_finds_what_re_finds_in_every_corpus_message(shipped_rules):
    """Each expression is run where the rules run it: on the texts that hold one of its
    needles (or on every text, when it has none)."""
    texts = []
    for path in corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            message = json.loads(line)
            texts.append(text_lower(f"{message.get('subject') or ''}\n{message['body']}"))
    compiled = {c.expanded: _fresh(c.expanded) for c in shipped_rules.every}
    plain = {pattern: re.compile(pattern) for pattern in compiled}
    added = sum(compiled[p] != plain[p] for p in compiled)
    assert added > len(compiled) // 4  # the sets are there: a third of the phrases had none
    runs = 0
    for text in texts:
        found = finder_text(text)
        for c in shipped_rules.every:
            if c.needles and not any(needle in found for needle in c.needles):
                continue
            runs += 1
            expected = _spans(plain[c.expanded], text)
            assert _spans(compiled[c.expanded], text) == expected, (c.expanded, text)
    assert len(texts) > 4000 and runs > 50000
