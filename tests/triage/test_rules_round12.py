"""Round 12: from blind11's mistakes, Chinese false emergencies first. A mark a leak left, long
dry, is past; a leak a plumber has found is no emergency; a detector at the end of its life, a
stove igniter that keeps clicking and a fire cabinet's broken glass are repairs; a leak that
stopped and wants a look today is urgent. blind11 is trained on since; blind12, this round's
honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "书房顶上有一块灰印，是去年楼上渗水留下的，现在干透了。",
        "卫生间门口地板有几块白印子，是楼上漏水留下来的，早就干了。",
    ],
)
def test_a_mark_a_leak_left_long_dry_is_normal_and_leak_related(triage, body):
    """A stain a past leak left, dry now, is leak-related and normal."""
    result = triage(body)
    assert result.urgency == "normal"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "师傅说3栋墙里的漏点已经找到，下周二来换管子，请通知业主留门。",
        "水电工：地下室暗管漏水查到了，周四需要进2号车库，请协调。",
    ],
)
def test_a_leak_a_plumber_has_found_is_no_emergency(triage, body):
    """A vendor reporting where a leak is asks for access, not for help now."""
    result = triage(body)
    assert result.urgency != "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "厨房的烟雾报警器过期了，要换吗？",
        "卧室的一氧化碳探测器提示低电量，该换了。",
    ],
)
def test_a_detector_at_the_end_of_its_life_is_no_alarm(triage, body):
    """A detector that needs replacing is a repair, not CO or smoke now."""
    assert triage(body).urgency == "normal"


@pytest.mark.parametrize(
    "body",
    ["灶台的电子打火一直哒哒响，关不掉，没有燃气味。", "煤气灶点火器老是咔咔打火。"],
)
def test_a_clicking_stove_igniter_is_a_repair(triage, body):
    """打火 of a stove igniter is no spark from wiring."""
    assert triage(body).urgency != "emergency"


def test_a_fire_cabinets_broken_glass_is_no_break_in(triage):
    """消防栓箱玻璃碎了 with nobody hurt is a repair, neither urgent nor a break-in."""
    result = triage("3栋一楼消火栓箱的玻璃碎了，没人受伤，找人换一下吧。")
    assert result.urgency == "normal"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "厨房顶上不漏了，可是石膏板鼓着，麻烦今天上门检查一下。",
        "关了阀门以后水止住了，但是地板泡起来了，希望今天有人来看。",
    ],
)
def test_a_stopped_leak_wanting_a_look_today_is_urgent(triage, body):
    """A leak over, with damage to inspect today, is urgent (not emergency, not normal)."""
    assert triage(body).urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "My fob stopped opening the pool gate, the side gate still works. Can I get a new one?",
        "车库门的遥控器不灵了，不过正门还能刷开，有空帮我看看。",
    ],
)
def test_access_with_another_way_in_is_not_urgent(triage, body):
    """Access is urgent when someone is stuck; another way in that works says nobody is, even
    when the model leans to urgent (an engine rule, round 12)."""
    assert triage(body).urgency == "normal"


def test_access_with_someone_stuck_stays_urgent(triage):
    """The calm rule does not touch a resident who is stuck."""
    assert triage("The garage gate won't open and I'm stuck inside, late for work.").urgency == (
        "urgent"
    )


def test_a_real_leak_upstairs_is_still_an_emergency(triage):
    """The past and found phrases do not hide a leak happening now."""
    result = triage("楼上漏水，水正从我家天花板往下流，地上全是水！")
    assert result.urgency == "emergency"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind12, round 12's honest measure, was not
    then; round 13 studied it and trains on it); blind11, studied in round 12, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind11.jsonl" in TRAINING_FILES
