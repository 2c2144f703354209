"""Round 15: a present danger wins over a calming word. From blind14's two missed English
emergencies (sewage over the edge of a tub calmed by "every time the people upstairs flush";
water spreading from the dishwasher with no phrase) and probes of round 14's calming rules: a
calming cue followed by a strong present-time cue in a later sentence, or after a "but", does
not calm the message; a calming cue does not reach a trigger past a "but" (但是, 不过); "not
sure if" is uncertainty, not negation; 没过脚踝 is "up over the ankles", not 没; a CO detector
with symptoms anywhere in its sentence is going off; water that has crept into another room,
water oozing up between tiles and sewage in plain words are emergencies. blind14 is trained on
since; blind15, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.rules import text_lower
from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------ a calming cue overtaken by what happens now


@pytest.mark.parametrize(
    "body",
    [
        "Whenever the laundry upstairs drains, our shower gurgles a bit. Now it's spilling grey"
        " water across the bathroom floor and into the hall.",
        "It happens every time the neighbours run their dishwasher. This time the water keeps"
        " coming up out of our sink and over the counter.",
        "每次下大雨车库都会进一点水，但是这回水还在往上涨，已经到车门了。",
    ],
)
def test_a_recurring_cue_does_not_calm_what_is_happening_now(triage, body):
    assert triage(body).urgency == "emergency"


def test_an_overtaken_calm_cue_is_not_a_reason(shipped_rules):
    text = text_lower(
        "Every time they shower upstairs the ceiling fan drips. Now it's pouring and still going."
    )
    hits = shipped_rules.match(text=text, source="body")
    assert not [h for h in hits if h.phrase.kind == "contained" and h.phrase.value == "normal"]


@pytest.mark.parametrize(
    "body",
    [
        "It's not freezing out yet, but there's smoke coming out of the dryer vent and a smell"
        " of burning rubber.",
        "No rush on the screen door, but the panel in the hall is buzzing and throwing sparks.",
        "不着急修纱窗，不过配电箱那边一直冒火花，有焦味。",
    ],
)
def test_a_calm_cue_does_not_reach_past_a_but(triage, body):
    assert triage(body).urgency == "emergency"


# ------------------------------------------------ words that are not negations


@pytest.mark.parametrize(
    "body",
    [
        "Not sure if it counts as an emergency, but the ceiling over the crib is dripping water"
        " onto the mattress.",
        "I don't know if this is an emergency, there's a strong smell of gas by the mailboxes.",
    ],
)
def test_not_sure_if_is_uncertainty_not_negation(triage, body):
    assert triage(body).urgency == "emergency"


def test_if_alone_still_negates(triage):
    assert triage("What should we do if a pipe bursts while we're away?").urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    ["地下车库的积水已经没过轮胎了，还在涨。", "雨水从门缝灌进来，屋里的水已经没过脚踝了。"],
)
def test_meiguo_is_up_over_not_a_negation(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is True


# ------------------------------------------------ symptoms and new concepts


def test_a_co_detector_with_symptoms_further_on_is_going_off(triage):
    result = triage(
        "The CO detector in the upstairs hallway keeps chirping loudly and the kids woke up with"
        " headaches and nausea."
    )
    assert result.urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The wet patch under the fridge has worked its way across the hallway into the bedroom.",
        "Water is welling up through the floorboards in the dining room whenever you step there"
        " and it is getting wider.",
        "Black sludge keeps coming up in our kitchen sink and it smells like a sewer.",
        "浴缸下水口的污水往上冒出来，已经溢出来了。",
    ],
)
def test_water_spreading_oozing_up_and_plain_sewage_are_emergencies(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "Every time it rains the window sill gets a little damp. It's dry again today.",
        "Not sure if the pool opens Monday or Tuesday this year?",
        "每次楼上洗澡我们卫生间都有点水声，但没有漏水，就是问一下正常吗。",
    ],
)
def test_calm_messages_stay_calm(triage, body):
    assert triage(body).urgency != "emergency"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind15, round 15's honest measure, was not
    then; round 16 studied it and trains on it); blind14, studied in round 15, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind14.jsonl" in TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "这个月火烧眉毛的事太多了，停车费能不能下周再交？",
        "卫生间顶上那圈水印是去年楼上漏水留下的，现在干了，想找人刷一下。",
    ],
)
def test_an_idiom_and_an_old_leaks_mark_are_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"
