"""The compiled phrases' needles are kept between processes; kept or not, triage decides alike."""

from __future__ import annotations

import json

import pytest

from caredesk.triage import services
from caredesk.triage.models import TriagePhrase
from caredesk.triage.needles import (
    needles_code,
    needles_read,
    shipped_needles_path,
    shipped_needles_write,
)
from caredesk.triage.rules import Phrase, RuleSet, default_phrases, pattern_expand

TEXTS = [
    "Water is pouring through my bathroom ceiling right now, please send someone!",
    "The leak under the sink was fixed last week, thanks.",
    "We had a fire pit party, no emergency.",
    "楼上漏水，我家卫生间天花板一直在往下滴水。",
    "昨天漏过水，现在已经修好了。",
]


def _hits(rules: RuleSet) -> list:
    return [
        [(h.phrase.pattern, h.start, h.end, h.status) for h in rules.match(text=t, source="body")]
        for t in (text.lower() for text in TEXTS)
    ]


def test_rules_built_from_kept_needles_match_as_fresh_ones():
    known: dict = {}
    fresh = RuleSet.from_phrases(default_phrases(), known)
    assert known, "compiling fills in the needles it found"
    assert any(needles for needles in known.values())
    again = RuleSet.from_phrases(default_phrases(), dict(known))
    assert _hits(again) == _hits(fresh)
    assert any(hits for hits in _hits(fresh)), "the texts do hit phrases"


def test_a_bad_pattern_is_remembered_as_bad_and_still_skipped():
    bad = Phrase(
        language="en", field="urgency", value="emergency", pattern="(unclosed", kind="trigger"
    )
    known: dict = {}
    assert RuleSet.from_phrases([bad], known).every == []
    assert list(known.values()) == [None]
    assert RuleSet.from_phrases([bad], known).every == []


def test_the_shipped_needles_are_those_of_the_shipped_phrases_and_current_code(tmp_path):
    shipped = needles_read(shipped_needles_path())
    assert shipped, (
        "data/needles.json is missing or was found by other code: run `caredesk triage needles`"
    )
    missing = {pattern_expand(p.pattern) for p in default_phrases()} - set(shipped)
    assert not missing, (
        f"{len(missing)} shipped patterns lack needles: run `caredesk triage needles`"
    )
    known: dict = {}
    RuleSet.from_phrases(default_phrases(), known)
    assert shipped == known, "the shipped needles are what compiling finds now"

    fresh = tmp_path / "needles.json"
    assert shipped_needles_write(fresh) == len(shipped)
    assert needles_read(fresh) == shipped


def test_needles_of_other_code_or_an_unreadable_file_are_not_used(tmp_path):
    path = tmp_path / "needles.json"
    shipped_needles_write(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["code"] == needles_code()
    document["code"] = "0" * 32
    path.write_text(json.dumps(document), encoding="utf-8")
    assert needles_read(path) == {}
    path.write_text("{not json", encoding="utf-8")
    assert needles_read(path) == {}
    assert needles_read(tmp_path / "none.json") == {}


@pytest.mark.django_db
def test_rules_current_keeps_only_new_patterns_needles_in_the_var_folder(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    path = tmp_path / "cache" / "triage-needles.json"
    services.rules_forget()
    first = services.rules_current()
    assert not path.exists(), "the shipped phrases' needles come from the package"

    TriagePhrase.objects.create(
        language="en",
        field="urgency",
        value="emergency",
        pattern="hippopotamus (stuck|trapped)",
        kind="trigger",
        weight=1.0,
    )
    services.rules_forget()
    rules = services.rules_current()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["code"] == needles_code()
    added = pattern_expand("hippopotamus (stuck|trapped)")
    assert document["needles"][added] == [["hippopotamus stuck", "hippopotamus trapped"]]
    assert list(document["needles"]) == [added], "the package's own are not kept twice"
    text = "a hippopotamus trapped in the pool gate"
    assert any(h.phrase.pattern.startswith("hippo") for h in rules.match(text=text, source="body"))

    # kept needles of other code are not trusted; an unreadable file is found again (with
    # no compiled rules kept, which would not read the needles at all)
    _prepared_drop(tmp_path)
    document["code"] = "0" * 32
    document["needles"] = {pattern: ["zzzz-never"] for pattern in document["needles"]}
    path.write_text(json.dumps(document), encoding="utf-8")
    services.rules_forget()
    again = services.rules_current()
    assert any(h.phrase.pattern.startswith("hippo") for h in again.match(text=text, source="body"))
    assert _hits(again) == _hits(first)
    path.write_text("{not json", encoding="utf-8")
    _prepared_drop(tmp_path)
    services.rules_forget()
    assert _hits(services.rules_current()) == _hits(first)
    services.rules_forget()


def _prepared(var) -> list:
    return sorted((var / "cache").glob("triage-rules-*.pickle"))


def _prepared_drop(var) -> None:
    for path in _prepared(var):
        path.unlink()


@pytest.mark.django_db
def test_compiled_rules_are_kept_for_the_next_process_and_decide_alike(
    settings, tmp_path, monkeypatch
):
    settings.VAR_DIR = tmp_path
    services.rules_forget()
    built = services.rules_current()
    [kept] = _prepared(tmp_path)
    store = services._regexes()
    assert all(c.store is store for c in built.every), "saving leaves this process's rules whole"

    # the next process: the rules come from the file, none is compiled from the phrases
    def refuse(*args, **kwargs):
        raise AssertionError("the kept rules should have been used")

    monkeypatch.setattr(RuleSet, "from_phrases", refuse)
    services._cache.pop("regexes", None)
    services.rules_forget()
    loaded = services.rules_current()
    assert loaded is not built
    assert _hits(loaded) == _hits(built)
    assert all(c.store is services._regexes() for c in loaded.every)
    assert services.triage_many([{"channel": "email", "subject": "", "body": t} for t in TEXTS])
    monkeypatch.undo()

    # a phrase changed: other rules, another file (the old one goes)
    TriagePhrase.objects.create(
        language="en",
        field="urgency",
        value="emergency",
        pattern="hippopotamus (stuck|trapped)",
        kind="trigger",
        weight=1.0,
    )
    services.rules_forget()
    changed = services.rules_current()
    [other] = _prepared(tmp_path)
    assert other != kept
    text = "a hippopotamus trapped in the pool gate"
    assert any(
        h.phrase.pattern.startswith("hippo") for h in changed.match(text=text, source="body")
    )
    assert not any(
        h.phrase.pattern.startswith("hippo") for h in built.match(text=text, source="body")
    )

    # a damaged file is compiled anew (and written again)
    other.write_bytes(b"not a pickle")
    services.rules_forget()
    again = services.rules_current()
    assert _hits(again) == _hits(changed)
    assert other.read_bytes() != b"not a pickle"
    services.rules_forget()


@pytest.mark.django_db
def test_rules_are_compiled_as_before_when_the_var_folder_cannot_be_written(settings, tmp_path):
    blocked = tmp_path / "var"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    settings.VAR_DIR = blocked
    services.rules_forget()
    rules = services.rules_current()
    assert any(hits for hits in _hits(rules))
    assert not list(tmp_path.glob("**/triage-rules-*"))
    services.rules_forget()


@pytest.mark.django_db
def test_the_shipped_phrases_are_kept_too_when_the_table_has_none(settings, tmp_path, monkeypatch):
    settings.VAR_DIR = tmp_path
    TriagePhrase.objects.all().delete()
    services.rules_forget()
    built = services.rules_current()
    assert [p.rule for p in built.phrases] == [p.rule for p in default_phrases()]
    [kept] = _prepared(tmp_path)

    def refuse(*args, **kwargs):
        raise AssertionError("the kept rules should have been used")

    monkeypatch.setattr(RuleSet, "from_phrases", refuse)
    services.rules_forget()
    loaded = services.rules_current()
    assert _hits(loaded) == _hits(built)
    assert _prepared(tmp_path) == [kept]
    services.rules_forget()
