# ruff: noqa: E501
"""Session 24's engine change (README "Engine study (session 24)"): the model's probability of an
emergency is shown to the category veto and to the decisive phrases.
a. the category veto (a category emergencies never have) stands for access and amenity (a gate,
   a door, a pool, a gym) only below PLACE_VETO_MAX (0.7), and for the other categories (a
   complaint, a violation, a bill) whatever the model says;
b. a decisive emergency phrase does not decide against a model below PHRASE_MODEL_MIN (0.05 since session 27; 0.02 before);
   the reasons name the phrase, overruled;
c. a look-alike, negation or past cue that rules out every emergency phrase, and a calming cue,
   still veto the model however sure it is (the study found the model as sure of the rounds'
   look-alikes as of the emergencies those cues held back).
Each rule is tried with a model that gives fixed probabilities, on either side of its limit."""

from __future__ import annotations

import pytest

from caredesk.triage import engine
from tests.triage.fixed_model import field_hits, fixed_decide


def test_the_limits_are_ordered():
    assert pytest.approx(0.05) == engine.PHRASE_MODEL_MIN
    assert pytest.approx(0.7) == engine.PLACE_VETO_MAX
    assert engine.PHRASE_MODEL_MIN < engine.EMERGENCY_MIN < engine.PLACE_VETO_MAX
    assert set(engine.PLACE_CATEGORIES) == {"access", "amenity"}
    assert not hasattr(engine, "VETO_MAX")  # the cues' veto has no limit (tried, dropped)


# ------------------------------------------------------------ c. past, look-alike, calm cues

PAST = [
    "There was a burning smell from the dryer vent earlier but it has stopped.",
    "楼道里刚才有一股煤气味，现在已经停了。",
]
CALM = [
    "Every time it rains the porch rail wobbles and leans out.",
    "阳台的栏杆有点松了，往外歪，不着急。",
]


@pytest.mark.parametrize("body", PAST)
def test_a_past_cue_stands_against_a_model_however_sure(shipped_rules, body):
    hits = field_hits(shipped_rules, body, "urgency")
    demoted = [h for h in hits if h.phrase.value == "emergency" and h.status != "active"]
    active = [h for h in hits if h.phrase.value == "emergency" and h.status == "active"]
    assert demoted and not active  # the premise: every emergency phrase is dated
    for p_emergency in (0.9, 0.96, 0.99):
        assert fixed_decide(shipped_rules, body, p_emergency=p_emergency).urgency != "emergency"


@pytest.mark.parametrize("body", CALM)
def test_a_calming_cue_stands_against_a_model_however_sure(shipped_rules, body):
    hits = field_hits(shipped_rules, body, "urgency")
    assert any(h.phrase.kind == "contained" for h in hits)  # the premise: a calming cue
    assert not any(h.phrase.value == "emergency" and h.status == "active" for h in hits)
    for p_emergency in (0.9, 0.96, 0.99):
        assert fixed_decide(shipped_rules, body, p_emergency=p_emergency).urgency != "emergency"


def test_a_water_fight_in_the_lobby_stays_no_emergency_at_any_model(shipped_rules):
    """The study's counter-example: the shipped model gives it 0.95, a look-alike and a calming
    cue hold it back (test_zh_inventory)."""
    body = "几个小孩在大堂打水仗，地上全是水，滑得很。"
    assert (
        fixed_decide(shipped_rules, body, p_emergency=0.99, subject="大堂").urgency != "emergency"
    )


# ------------------------------------------------------------ a. the category veto

PLACE = [
    ("The barrier arm at the car park exit keeps going up and down by itself.", "access"),
    ("游泳池边的躺椅坏了一把，靠背掉下来了。", "amenity"),
]


@pytest.mark.parametrize(("body", "category"), PLACE)
def test_a_place_category_vetoes_a_model_below_its_limit(shipped_rules, body, category):
    result = fixed_decide(shipped_rules, body, p_emergency=0.65, category=category)
    assert result.category == category
    assert result.urgency != "emergency"


@pytest.mark.parametrize(("body", "category"), PLACE)
def test_a_place_category_does_not_veto_a_model_sure_of_an_emergency(shipped_rules, body, category):
    result = fixed_decide(shipped_rules, body, p_emergency=0.75, category=category)
    assert result.category == category
    assert result.urgency == "emergency"
    assert result.reasons[0].rule == "model: 0.75"


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("The people in 4B have left rubbish bags outside their door for a week.", "complaint"),
        ("楼下那户天天在车位上堆杂物，物业能不能管一管。", "violation"),
        ("I was charged twice for the parking fee this month.", "billing"),
    ],
)
def test_other_categories_veto_whatever_the_model_says(shipped_rules, body, category):
    result = fixed_decide(shipped_rules, body, p_emergency=0.99, category=category)
    assert result.category == category
    assert result.urgency != "emergency"


# ------------------------------------------------------------ b. a phrase against a sure model

PHRASE = [
    "Smoke is pouring out of the kitchen and the fire alarm is going off.",
    "厨房着火了，烟很大。",
]


@pytest.mark.parametrize("body", PHRASE)
def test_a_decisive_phrase_decides_against_a_model_at_the_limit_or_above(shipped_rules, body):
    hits = field_hits(shipped_rules, body, "urgency")
    assert any(
        h.phrase.value == "emergency" and h.status == "active" and h.weight >= 1.0 for h in hits
    )
    assert fixed_decide(shipped_rules, body, p_emergency=0.06).urgency == "emergency"
    assert fixed_decide(shipped_rules, body, p_emergency=0.05).urgency == "emergency"
    assert fixed_decide(shipped_rules, body, p_emergency=0.04).urgency != "emergency"


@pytest.mark.parametrize("body", PHRASE)
def test_a_decisive_phrase_does_not_decide_against_a_model_sure_there_is_none(shipped_rules, body):
    result = fixed_decide(shipped_rules, body, p_emergency=0.01)
    assert result.urgency != "emergency"
    overruled = [r for r in result.reasons if r.note.startswith("overruled by the model")]
    assert overruled
    assert all(r.field == "urgency" and r.value == result.urgency for r in overruled)
    assert overruled[0].note == "overruled by the model: 0.01"


def test_a_strong_urgent_phrase_still_decides_when_the_emergency_phrase_is_overruled(
    shipped_rules,
):
    body = "No heat since last night and it's below freezing outside, the fire in the grate is all we have."
    result = fixed_decide(shipped_rules, body, p_emergency=0.01)
    assert result.urgency != "emergency"
