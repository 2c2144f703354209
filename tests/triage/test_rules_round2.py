"""Round 2 of the rules: wider emergency wording, past and 'over' cues, soft negation that
closes or covers a plain one, and the needle filter (which must never change a result)."""

from __future__ import annotations

import json

import pytest

from caredesk.triage.model import corpus_files, shipped_model
from caredesk.triage.rules import RuleSet, needles_of, pattern_expand


@pytest.mark.parametrize(
    "body",
    [
        "caller says water coming thru ceiling in hall bath, upstairs not home. pls call back",
        "The washer hose popped off and water is spraying all over the laundry room.",
        "Sewage is bubbling up out of the shower drain and spreading across the floor.",
        "The dryer is smoking and there's a burnt plastic smell.",
        "The heat is out, it's below freezing outside and we have a newborn.",
        "Someone is prying the lock on unit 212 as we speak.",
        "A big branch came down on the carport and crushed two cars.",
        "卫生间顶上的水哗哗往下流，楼上没人。",
        "地漏往上冒污水，卫生间全是。",
        "楼道里冒黑烟，好像是电表箱。",
        "插座跳闸冒火花，还有焦味。",
        "没有暖气，家里有八十岁老人，屋里只有十二度。",
    ],
)
def test_more_ways_of_saying_an_emergency(triage, body):
    """Given a hazard in everyday, colloquial or phone-message wording, then an emergency."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The garage is not flooding anymore, the pump came back on. Please check it this week.",
        "The kitchen pipe was leaking yesterday but it is fine now.",
        "厨房已经不漏了，麻烦下周来看看。",
        "昨天漏过水，现在好了。",
    ],
)
def test_a_leak_that_is_over_is_leak_related_but_not_an_emergency(triage, body):
    """Given 'not flooding anymore' / 不漏了 / 漏过水现在好了, then leak-related, no emergency."""
    result = triage(body)
    assert result.leak_related is True
    assert result.urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "My neighbor keeps smoking on his balcony and it comes into our bedroom.",
        "The smoke was from burnt toast, no need to send anyone.",
        "We tested our CO detectors today and they all work.",
    ],
)
def test_people_smoking_and_cooking_smoke_are_not_emergencies(triage, body):
    assert triage(body).urgency != "emergency"


def test_shutting_the_power_off_does_not_date_sparks(triage):
    """Given sparks and 已经关了电闸, then still an emergency (a shut breaker is not 'fixed')."""
    assert triage("卫生间浴霸开关冒火花，还有糊味，已经关了电闸。").urgency == "emergency"


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        ("(ac|a/c|air conditioning)", "a/c"),
        ("if|in case|in the event of", "in case"),
        ("(灌|涌|流)进水", "灌进水"),
    ],
)
def test_needles_take_literal_prefixes_spaces_and_character_classes(pattern, needle):
    assert needle in needles_of(pattern_expand(pattern))[0]


def test_the_needle_filter_never_changes_a_match(shipped_rules):
    """Every corpus message: the filtered rules find exactly what every phrase finds."""
    unfiltered = RuleSet.from_phrases(shipped_rules.phrases)
    unfiltered.finder, unfiltered.unfiltered = None, set(range(len(unfiltered.every)))
    for path in corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = f"{row['subject']}\n{row['body']}".lower()
            assert shipped_rules.match(text=text, source="m") == unfiltered.match(
                text=text, source="m"
            ), row["id"]


def test_one_message_scores_as_in_a_batch(shipped_rules):
    """Model.predict() gives exactly what predict_many() gives for each message of a batch."""
    from caredesk.triage.engine import message_prepare

    model = shipped_model()
    rows = [json.loads(line) for line in corpus_files()[0].read_text().splitlines()[:150]]
    prepared = [
        message_prepare(
            rules=shipped_rules,
            channel=r["channel"],
            subject=r["subject"],
            body=r["body"],
            from_email=r.get("from_email", ""),
        )
        for r in rows
    ]
    batch = model.predict_many(texts=[p.text for p in prepared], rules=[p.rules for p in prepared])
    assert batch == [model.predict(text=p.text, rules=p.rules) for p in prepared]
