"""Round 16: a lift stopped between floors with someone in it is an emergency in Chinese too,
and things found afterwards are past. From blind15's missed Chinese emergency (a lift stopped
between the 12th and 13th floors, a delivery man inside ringing the alarm: no phrase reached
from 电梯 to 里面有 across the floors named) and its two English false alarms (a car window
smashed overnight with a police report filed; irrigation heads that "fire off" at midday), and
from round 15's list of blind14's false alarms (a break-in found this morning, a doorbell
camera that caught someone last night, 已经报警了 after the fact, a relief valve dripping into
a drain). blind15 is trained on since; blind16, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------ a lift stopped between floors, someone inside


@pytest.mark.parametrize(
    "body",
    [
        "3号楼电梯停在8楼和9楼之间不动了，里头有个快递小哥，目前人没事，一直在按警铃。",
        "跟你们说个事，物业费我下周交。还有刚才6栋电梯停在七楼跟八楼中间，里边有个阿姨，听着蛮慌的。",
        "电梯停在10楼和11楼中间，里面有个老太太，她一直拍门喊人。",
        "业主群里在说呢，我在电梯里面了，停在五六楼中间一动不动，手机快没电了。",
        "我被关在电梯里面了，电梯一动不动，信号也不好，快来人。",
        "电梯吊在半空不上不下，里头两个小娃儿在哭，在一直拍门。",
    ],
)
def test_a_lift_stopped_between_floors_with_someone_inside_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "电梯里面有个广告屏坏了，一直黑屏。",
        "电梯里面有股尿骚味，好几天了。",
        "电梯昨天停在两层中间半小时，人早出来了，麻烦查查原因。",
    ],
)
def test_a_thing_in_the_lift_or_a_stop_that_is_over_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


def test_the_second_bu_of_bu_shang_bu_xia_is_no_negation(triage):
    result = triage("电梯卡在半截不上不下，里面有人在喊救命。")
    assert result.urgency == "emergency"


# ------------------------------------------------ found afterwards: past


@pytest.mark.parametrize(
    "body",
    [
        "Someone keyed my car and slashed a tire in the garage overnight. Could I get the footage?",
        "Got back from the gym and my storage unit lock had been pried open, a bike is gone."
        " I've made a police report.",
        "Our Ring camera caught two guys trying car doors along the back row last night."
        " Should we worry?",
        "Front desk says a man was wandering around the storage aisles yesterday with no unit."
        " Just so you know.",
        "昨晚电动车的电瓶被人偷了，已经报警了，能不能看下车棚的监控？",
        "储藏室的锁被撬了，东西少了几箱，已经报警了，麻烦调一下录像。",
    ],
)
def test_a_break_in_found_afterwards_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Someone broke into my storage unit overnight and they are still inside it right now,"
        " I can hear them.",
        "Someone smashed my car window in the garage and he's still inside the car going through"
        " it right now.",
        "仓库的门被撬开了，有人正在往外搬东西，我已经报警了。",
        "有人正在砸我车的玻璃，就在地库B2，现在还在砸！",
    ],
)
def test_a_break_in_going_on_is_still_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


# ------------------------------------------------ words that only look like danger


@pytest.mark.parametrize(
    "body",
    [
        "The sprinkler heads by the pool fire off at 7am and soak the lounge chairs.",
        "Before I fire off a complaint to the board, can someone explain the new parking rule?",
        "锅炉的安全阀一直滴水，下面放了个盆，麻烦这周来看一下。",
        "空调外机的冷凝水管一直往楼下阳台滴水，能不能让他们接根管子。",
    ],
)
def test_firing_off_and_a_valve_made_to_drip_are_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "There's a fire up on the third floor, I can see flames in the hallway window.",
        "The dryer caught fire in the laundry room, smoke everywhere.",
        "热水器泄压阀一直在喷热水，地上全是水，流到客厅了。",
    ],
)
def test_a_real_fire_or_a_valve_spraying_is_still_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind16, round 16's honest measure, was not
    then; round 17 studied it and trains on it); blind15, studied in round 16, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind15.jsonl" in TRAINING_FILES
