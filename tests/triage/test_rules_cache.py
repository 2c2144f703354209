"""The compiled phrases' needles are kept between processes; kept or not, triage decides alike."""

from __future__ import annotations

import json

import pytest

from caredesk.triage import services
from caredesk.triage.rules import Phrase, RuleSet, default_phrases

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


@pytest.mark.django_db
def test_rules_current_keeps_needles_in_the_var_folder(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    services.rules_forget()
    first = services.rules_current()
    path = tmp_path / "cache" / "triage-needles.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["code"] == services._needles_code()
    assert len(document["needles"]) >= len(first.every) // 2

    services.rules_forget()
    assert _hits(services.rules_current()) == _hits(first)

    # needles found by other code are not trusted; an unreadable file is found again
    document["code"] = [0, 0]
    document["needles"] = {pattern: ["zzzz-never"] for pattern in document["needles"]}
    path.write_text(json.dumps(document), encoding="utf-8")
    services.rules_forget()
    assert _hits(services.rules_current()) == _hits(first)
    path.write_text("{not json", encoding="utf-8")
    services.rules_forget()
    assert _hits(services.rules_current()) == _hits(first)
    services.rules_forget()
