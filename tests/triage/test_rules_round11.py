"""Round 11: from blind10's mistakes. Only cold water is no hot water (urgent); an old age
written out in Chinese (九十一岁) is a vulnerable person in the cold; a reported problem nobody
followed up is a complaint, and nobody calling is no call asked for; a question of who pays if
something happens is a question; a delivery tracked and not received is a parcel. blind10 is
trained on since; blind11, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "We've had nothing but cold water in the shower since Tuesday.",
        "The kitchen tap gives only cold water now, the heater light is off.",
    ],
)
def test_only_cold_water_is_urgent(triage, body):
    """Given only cold water, and nobody vulnerable named, it is urgent like no hot water."""
    assert triage(body).urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "暖气昨晚坏了，外面零下十二度，我父亲八十三岁，屋里冷得很。",
        "家里没有暖气了，零下十度，奶奶九十二岁了。",
    ],
)
def test_an_old_age_in_chinese_numerals_makes_no_heat_an_emergency(triage, body):
    """八十三岁 and 九十二岁 name a vulnerable person, as 八十多岁 and 90岁 do."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "It's been two weeks since I reported the broken oven and nobody has come.",
        "I'm still waiting on someone to look at the bathroom fan, a month now.",
        "空调报修两个星期了，到现在都没人来修。",
    ],
)
def test_a_reported_problem_nobody_followed_up_is_a_complaint(triage, body):
    """A request that went unanswered is a complaint about the desk, not the repair itself."""
    assert triage(body).category == "complaint"


def test_nobody_calling_is_no_call_asked_for(triage):
    """没人联系我 says nobody called; it does not ask for a call."""
    assert not triage("热水器报修十天了，一直没有人联系我。").needs_callback


def test_a_call_asked_for_after_a_grievance_still_counts(triage):
    """The look-alike cancels only its own words: a call asked for later still counts."""
    assert triage("报修一周了没人联系我，请给我回个电话。").needs_callback


def test_who_pays_if_something_happens_is_a_question(triage):
    """如果 … 损失谁负责 asks who is liable: no leak now and not a repair."""
    result = triage("要是我们出国期间暖气管爆了，损失谁负责？")
    assert result.urgency != "emergency"
    assert not result.leak_related
    assert result.category == "general"


@pytest.mark.parametrize(
    "body",
    ["物流显示昨天已签收，但家里没人收过。", "快递App写着放在门岗了，我去问门岗说找不到。"],
)
def test_a_delivery_tracked_and_not_received_is_a_parcel(triage, body):
    """A tracking record and a missing delivery are a parcel matter."""
    assert triage(body).category == "parcel"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind11, round 11's honest measure, was not
    until round 12 studied it); blind10, studied in round 11, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind10.jsonl" in TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "Night shift: nothing to report, all gates locked at 11.",
        "No incidents during my patrol. Pool gate locked.",
        "夜班巡楼一切正常，各单元门都已锁好。",
    ],
)
def test_a_log_with_nothing_to_report_is_low_and_general(triage, body):
    """A guard's log that reports nothing asks nothing: low, general."""
    result = triage(body, channel="frontdesk")
    assert (result.urgency, result.category) == ("low", "general")


def test_a_log_that_reports_something_after_all_is_not_low(triage):
    """'No incidents, but …' reports something after all."""
    result = triage("No incidents overnight, but the lobby door was found propped open at 3am.")
    assert result.urgency != "low"
