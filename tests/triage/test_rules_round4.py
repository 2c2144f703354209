"""Round 4: cues bound to what they are about, no heat with or without vulnerable people, oil
and smoke are not water, the emergency threshold and its vetoes, the absolute language gap,
and the single-message path without rule features."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from caredesk.triage import engine
from caredesk.triage.engine import TriageResult, message_decide, message_prepare
from caredesk.triage.evaluation import Evaluation
from caredesk.triage.model import shipped_model
from caredesk.triage.rules import text_lower
from caredesk.triage.training import Example


def hits(rules, text: str, *, field: str = "urgency", value: str = "emergency") -> list:
    return [
        hit
        for hit in rules.match(text=text_lower(text), source="body")
        if hit.field == field and hit.value == value
    ]


# --------------------------------------------------------------------------- cue scope


@pytest.mark.parametrize(
    "body",
    [
        "楼顶水箱溢水，水顺着电梯井往下流，电梯已经停了，请回电。",
        "水从天花板一直往下流，电梯也已经停了。",
        "Water is pouring down the stairwell from the roof. The elevator has stopped.",
    ],
)
def test_a_past_cue_about_another_thing_does_not_date_the_leak(triage, body):
    """Given water moving now and 'stopped' said of the elevator, then still an emergency."""
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "昨天天花板漏水，师傅已经修好了。",
        "Water poured through the ceiling last night. The plumber fixed it this morning.",
        "水从天花板往下流，后来已经修好了。",
    ],
)
def test_a_past_cue_about_the_leak_or_its_fixer_still_dates_it(triage, body):
    """Given a leak and then 'fixed' (by the plumber, or with no subject), then not an
    emergency."""
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Not the fire pit this time - the wood pile next to the fire pit area caught and it's "
        "spreading to the fence!",
        "不是烧烤，是烧烤区旁边的草烧起来了，火在往树那边蔓延！",
    ],
)
def test_a_fire_spreading_next_to_a_look_alike_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_a_look_alike_cancels_only_the_trigger_it_overlaps(shipped_rules):
    """Given 'fire pit' and a fire that spreads, then 'fire' in 'fire pit' is a look-alike and
    the spreading fire is active."""
    found = hits(shipped_rules, "The fire pit is fine but the shed caught and it's spreading.")
    assert {hit.status for hit in found} == {"lookalike", "active"}


# --------------------------------------------------------------------------- no heat


@pytest.mark.parametrize(
    "body",
    [
        "暖气片一点都不热，外面零下十几度，家里有九十岁的老人，冷得受不了，请今天一定回电。",
        "暖气片冰凉，外面零下，家里有刚满月的宝宝。",
        "Heat has been out since last night, it's 12 degrees outside. I have a 2 month old.",
        "No heat and my 85-year-old father is on oxygen.",
    ],
)
def test_no_heat_with_vulnerable_people_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "No heat since this morning and it's below freezing outside. Please come today.",
        "The furnace is out and it's freezing. Just me here, I'm OK with blankets.",
        "暖气坏了，外面零下十度，今天能来修吗？",
        "暖气停了，外面结冰了，我一个人住，请今天派人。",
    ],
)
def test_no_heat_in_freezing_weather_alone_is_urgent(triage, body):
    """The convention: emergency only with vulnerable people; freezing alone is urgent."""
    assert triage(body).urgency == "urgent"


def test_a_contained_cue_inside_the_trigger_does_not_calm_it(shipped_rules):
    """Given 不热 as part of a no-heat trigger, then the trigger stays active."""
    found = hits(shipped_rules, "暖气片一点都不热，家里有九十岁的老人。")
    assert found
    assert {hit.status for hit in found} == {"active"}


# --------------------------------------------------------------------------- not water


@pytest.mark.parametrize(
    "body",
    [
        "对面车位那辆车一直漏油，地上全是油渍。",
        "地库那辆摩托车在滴机油，很滑。",
        "The car in space 22 is leaking oil all over the garage floor.",
    ],
)
def test_an_oil_leak_is_neither_water_nor_an_emergency(triage, body):
    result = triage(body)
    assert result.leak_related is False
    assert result.urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Black smoke is pouring out of the dryer vent below me onto my balcony.",
        "3栋电梯井里冒烟，有烧焦的味道。",
        "配电房门缝里往外冒烟，有焦糊味。",
    ],
)
def test_smoke_pouring_out_is_an_emergency_but_not_a_leak(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is False


# --------------------------------------------------------------------------- the threshold


class _FixedModel:
    """A model that gives the same probabilities to every message."""

    rule_scale = 0.0

    def __init__(self, urgency: dict[str, float], category: str = "maintenance") -> None:
        self.urgency = urgency
        self.category = category

    def predict(self, *, text, rules=None):
        return {
            "urgency": self.urgency,
            "leak_related": {"false": 0.9, "true": 0.1},
            "category": {self.category: 0.9, "general": 0.1},
            "needs_callback": {"false": 0.9, "true": 0.1},
        }


def _urgency(rules, body: str, probabilities: dict[str, float], category="maintenance") -> str:
    prepared = message_prepare(rules=rules, channel="email", subject="", body=body)
    model = _FixedModel(probabilities, category)
    return message_decide(prepared=prepared, model=model).urgency


LEANING = {"emergency": 0.45, "normal": 0.5, "urgent": 0.03, "low": 0.02}


def test_the_threshold_is_035(shipped_rules):
    """0.40 from round 4, 0.325 in round 9, 0.35 since round 10 (cross-validation with blind9
    studied: the same recall as 0.325 with fewer false alarms)."""
    body = "Something odd is going on in the basement storage room."
    assert pytest.approx(0.35) == engine.EMERGENCY_MIN
    assert _urgency(shipped_rules, body, LEANING) == "emergency"
    assert _urgency(shipped_rules, body, dict(LEANING, emergency=0.36)) == "emergency"
    assert _urgency(shipped_rules, body, dict(LEANING, emergency=0.34)) == "normal"


@pytest.mark.parametrize(
    "body",
    [
        "After heavy rain there's always a bit of water in the sliding door track.",
        "Strong smell in the hallway every evening around 9.",
        "下雨的时候阳台门口会有一点水。",
        "The hallway light flickers. Not urgent.",
    ],
)
def test_a_calm_cue_keeps_the_model_from_an_emergency(shipped_rules, body):
    """Given a strong contained cue (every evening, after rain, not urgent) and no active
    emergency phrase, then the model's lean toward an emergency is not followed."""
    assert _urgency(shipped_rules, body, LEANING) != "emergency"


@pytest.mark.parametrize("category", ["complaint", "violation", "amenity", "billing", "parcel"])
def test_a_topic_emergencies_never_have_keeps_the_model_from_one(shipped_rules, category):
    """Given a complaint (a neighbour smoking, noise) and no active emergency phrase, then the
    model alone does not make it an emergency."""
    body = "My neighbor keeps smoking on his balcony and it comes into our bedroom."
    assert _urgency(shipped_rules, body, LEANING, category) != "emergency"


def test_an_active_emergency_phrase_overrides_the_topic_veto(shipped_rules):
    body = "Water is pouring through the ceiling onto the bed."
    assert _urgency(shipped_rules, body, LEANING, "complaint") == "emergency"


# --------------------------------------------------------------------------- evaluation


def _example(lang: str) -> Example:
    labels = {
        "urgency": "emergency",
        "leak_related": "true",
        "category": "maintenance",
        "needs_callback": "false",
    }
    return Example(
        id=lang,
        channel="email",
        from_name="",
        from_email="",
        subject="",
        body="x",
        labels=labels,
        lang=lang,
    )


def test_the_language_gap_is_absolute():
    """Given English far behind Chinese, then Chinese is not 'within 3 points'."""
    evaluation = Evaluation()
    right = TriageResult("emergency", True, "maintenance", False, "zh")
    wrong = TriageResult("normal", False, "billing", True, "en")
    for _ in range(10):
        evaluation.add(example=_example("zh"), result=right)
        evaluation.add(example=_example("en"), result=wrong)
    evaluation.add(example=_example("en"), result=replace(right, language="en"))
    assert evaluation.targets_met()["zh_within_3_points"] is False


# --------------------------------------------------------------------------- speed path


def test_a_model_that_reads_no_rules_gives_the_same_with_or_without_them(shipped_rules):
    model = shipped_model()
    prepared = message_prepare(
        rules=shipped_rules, channel="email", subject="", body="Water is pouring in."
    )
    assert model.rule_scale == 0.0
    without = model.predict(text=prepared.text)
    assert without == model.predict(text=prepared.text, rules=prepared.rules)
    assert [without] == model.predict_many(texts=[prepared.text])
    assert without == model.predict(text=prepared.text, rules=np.zeros_like(prepared.rules))


@pytest.mark.parametrize(
    "body",
    ["卫生间墙面有点潮，不知道是不是渗水。", "卫生间有没有漏水？我看不出来。"],
)
def test_a_chinese_a_not_a_question_is_not_a_negation(triage, body):
    """Given 是不是渗水 or 有没有漏水 (asking, not denying), then leak-related."""
    assert triage(body).leak_related is True


def test_smoke_coming_out_of_a_door_gap_is_not_water(triage):
    result = triage("6栋501烟雾报警器一直在响，门缝里有烟冒出来，敲门没人。")
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_rain_coming_in_through_a_broken_window_is_a_leak(triage):
    result = triage("大树枝砸进卧室窗户，玻璃碎了一床，雨还往里进。")
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_leak_that_might_happen_is_not_leak_related(triage):
    body = "Where is my shutoff valve? I want to know before I travel, in case something leaks."
    assert triage(body).leak_related is False


def test_a_withdrawn_request_is_low(triage):
    body = "Please ignore my earlier email, the gate opened when I tried the code again."
    assert triage(body).urgency == "low"
