"""triage.regexes.RegexStore: compiled expressions kept for the next process, exactly what
re.compile makes, and re.compile itself whenever a kept one cannot be trusted."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import pytest

from caredesk.triage import regexes
from caredesk.triage.regexes import RegexStore
from caredesk.triage.rules import RuleSet, default_phrases

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


def test_cpython_here_builds_patterns_from_kept_code():
    assert regexes.SUPPORTED is (sys.implementation.name == "cpython")


@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_kept_patterns_are_what_re_compile_makes_and_skip_compiling(tmp_path, monkeypatch):
    first = _store(tmp_path)
    made = [first.compile(pattern) for pattern in PATTERNS]
    first.save()
    assert first.path.is_file()

    def no_compiling(pattern):
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(regexes, "_compile_parts", no_compiling)
    second = _store(tmp_path)
    for pattern, earlier in zip(PATTERNS, made, strict=True):
        kept = second.compile(pattern)
        assert kept == re.compile(pattern) == earlier  # flags, pattern and code
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
        assert store.compile(PATTERNS[0]) == re.compile(PATTERNS[0])
    assert "unreadable" in caplog.text
    store.save()

    # an entry whose code the matcher refuses (_sre checks it): compiled by re instead
    damaged = _store(tmp_path)
    flags, code, groups, groupindex, indexgroup = damaged._kept()[PATTERNS[0]]
    damaged._kept()[PATTERNS[0]] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    with caplog.at_level(logging.INFO, logger="caredesk.triage.regexes"):
        assert damaged.compile(PATTERNS[0]) == re.compile(PATTERNS[0])
    assert "did not load" in caplog.text


def test_without_a_path_it_is_re_compile(tmp_path):
    store = RegexStore(None)
    assert store.compile(PATTERNS[1]) == re.compile(PATTERNS[1])
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
    assert all(c._regex is None or c._regex == re.compile(c.expanded) for c in kept.every)


@pytest.mark.django_db
@pytest.mark.skipif(not regexes.SUPPORTED, reason="only CPython keeps compiled code")
def test_migrate_leaves_every_active_phrase_compiled_for_the_next_process(settings, tmp_path):
    from caredesk.triage import services

    settings.VAR_DIR = tmp_path
    services._cache.pop("regexes", None)
    services.rules_forget()
    try:
        services.rules_prepare()
        path = tmp_path / "cache" / RegexStore.file_name()
        kept = _store(tmp_path)._kept()
        assert path.is_file()
        assert set(kept) == {c.expanded for c in services.rules_current().every}
    finally:
        services._cache.pop("regexes", None)
        services.rules_forget()
