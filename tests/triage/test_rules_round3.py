"""Round 3: concepts instead of set phrases, Chinese timing per comma clause, a negation that
covers a trigger's start, calmed drips, and a model that reads the text on its own."""

from __future__ import annotations

import numpy as np
import pytest

from caredesk.triage import engine
from caredesk.triage.engine import message_decide, message_prepare
from caredesk.triage.model import shipped_model
from caredesk.triage.rules import DECISIVE, text_lower


def statuses(rules, text: str, *, value: str = "emergency") -> set[str]:
    """The statuses of the deciding urgency triggers (weight >= 1) of one value in text."""
    return {
        hit.status
        for hit in rules.match(text=text_lower(text), source="body")
        if hit.field == "urgency" and hit.value == value and hit.weight >= DECISIVE
    }


@pytest.mark.parametrize(
    "body",
    [
        "There's water coming out of the light fixture in the hall and the bulb just popped.",
        "Water is dribbling out of the ceiling fan in the living room.",
        "Brown water is bubbling up through the tiles in the downstairs bathroom.",
        "The puddle under the fridge keeps growing and the wall behind it is soaked.",
        "A delivery driver is stuck in the freight elevator between 3 and 4.",
        "The detector by the bedrooms keeps going off and we both feel dizzy.",
        "There's a man with a crowbar in the parking garage.",
        "楼上不知道怎么了，水从厨房灯座里流下来，顺着墙往下淌。",
        "卧室墙角一直往外渗水，擦都擦不干，越来越多。",
        "快递员说13栋电梯困了一位孕妇。",
        "储物间里有人在翻东西，我人不在那边。",
    ],
)
def test_a_concept_in_new_words_is_an_active_emergency(shipped_rules, body):
    """Given a place and a moving-water verb, a trapped person, CO symptoms or a weapon in
    words no set phrase holds, then an active emergency trigger is found."""
    assert "active" in statuses(shipped_rules, body)


@pytest.mark.parametrize(
    "body",
    [
        "浴室排风扇一直在滴水，只是小滴，用桶接着。",
        "The dripping from her ceiling stopped overnight, there's a wet patch to look at.",
        "The car in space 14 is leaking oil all over the garage floor.",
        "厨房水龙头一直滴水，关不紧，麻烦派人换个阀芯。",
        "只有下大雨的时候，卧室墙角会渗一点水，现在是干的。",
    ],
)
def test_a_calmed_over_or_look_alike_concept_is_not_active(shipped_rules, body):
    """Given a small drip (even with 一直), a drip that stopped, rain-only seeping or an oil
    leak, then no active emergency trigger."""
    assert "active" not in statuses(shipped_rules, body)


def test_chinese_past_does_not_reach_a_later_clause(shipped_rules):
    """Given 昨天修好了，今天天花板又往下流水了, then the later clause is active: a past cue
    dates its own clause and the ones before it, not the ones after."""
    assert statuses(shipped_rules, "昨天修好了，今天天花板又往下流水了。") == {"active"}


def test_chinese_past_reaches_an_earlier_clause(shipped_rules):
    """Given 天花板往下流水，师傅已经修好了, then the event is over."""
    assert statuses(shipped_rules, "天花板往下流水，师傅已经修好了。") == {"past"}


def test_a_lamp_that_went_out_does_not_end_the_leak(shipped_rules):
    """Given 灯已经灭了 (the lamp went out) after water through the lamp, then the leak is
    still active: 灭了 ends a fire, not a leak."""
    text = "水从厨房灯座里流下来，顺着墙往下淌，灯已经灭了。"
    assert statuses(shipped_rules, text) == {"active"}


def test_a_chinese_negation_that_covers_a_trigger_start_negates_it(shipped_rules):
    """Given 没有闻到燃气味 (有闻到燃气味 starts inside 没有), then the gas smell is negated."""
    assert statuses(shipped_rules, "燃气灶有一个眼打不着火，没有闻到燃气味。") <= {"negated"}


def test_a_shutoff_notice_is_not_urgent(shipped_rules):
    """Given 收到停水通知 or a question whether the water will be off, then no urgent trigger
    is active."""
    assert "active" not in statuses(shipped_rules, "收到停水通知了，谢谢。", value="urgent")
    assert "active" not in statuses(shipped_rules, "周五管道疏通会停水吗？", value="urgent")


@pytest.mark.parametrize(
    "body",
    [
        "Spring savings on gutters! Protect your home from water damage. Click to book.",
        "专业防水补漏，卫生间漏水不砸砖，十年质保，欢迎来电咨询。",
    ],
)
def test_an_advertisement_is_not_leak_related(triage, body):
    """Given an advert about leaks, then it is not leak-related and not from a person."""
    result = triage(body)
    assert result.leak_related is False
    assert result.category == "non_human"


def test_a_dry_stain_on_a_ceiling_is_leak_related(triage):
    """Given a dry ring on the ceiling with 'no dripping', then still leak-related."""
    body = "There's a dry brownish ring on my closet ceiling. No dripping, I just noticed it."
    assert triage(body).leak_related is True


class _FixedModel:
    """A model that gives the same probabilities to every message."""

    rule_scale = 0.0

    def __init__(self, urgency: dict[str, float]) -> None:
        self.urgency = urgency

    def predict(self, *, text, rules):
        return {
            "urgency": self.urgency,
            "leak_related": {"false": 0.9, "true": 0.1},
            "category": {"maintenance": 0.9, "general": 0.1},
            "needs_callback": {"false": 0.9, "true": 0.1},
        }


def _urgency(rules, body: str, probabilities: dict[str, float]) -> str:
    prepared = message_prepare(rules=rules, channel="email", subject="", body=body)
    return message_decide(prepared=prepared, model=_FixedModel(probabilities)).urgency


def test_the_model_leans_toward_an_emergency(shipped_rules):
    """Given no rule decides and the model gives an emergency EMERGENCY_MIN while 'normal'
    scores more, then the message is an emergency; just below it, it is not."""
    body = "Something odd is going on in the basement storage room."
    at = {"emergency": engine.EMERGENCY_MIN, "normal": 0.5, "urgent": 0.1, "low": 0.05}
    assert _urgency(shipped_rules, body, at) == "emergency"
    below = dict(at, emergency=engine.EMERGENCY_MIN - 0.01)
    assert _urgency(shipped_rules, body, below) == "normal"


def test_a_look_alike_keeps_the_model_from_an_emergency(shipped_rules):
    """Given only a look-alike (the fire pit) and a model that leans to an emergency, then
    the message is not an emergency."""
    body = "Can we reserve the fire pit on Saturday?"
    probabilities = {"emergency": 0.6, "normal": 0.3, "urgent": 0.05, "low": 0.05}
    assert _urgency(shipped_rules, body, probabilities) != "emergency"


def test_the_shipped_model_reads_the_text_alone(shipped_rules):
    """Given the same text with and without rule hits, then the shipped model gives the same
    probabilities: rule hits are not features (they decide in the engine instead)."""
    model = shipped_model()
    prepared = message_prepare(
        rules=shipped_rules,
        channel="email",
        subject="",
        body="Water is pouring through the ceiling.",
    )
    assert prepared.rules.any()
    with_rules = model.predict(text=prepared.text, rules=prepared.rules)
    without = model.predict(text=prepared.text, rules=np.zeros_like(prepared.rules))
    assert with_rules == without
