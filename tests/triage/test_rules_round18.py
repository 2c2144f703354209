"""Round 18: a hand, a leg or a head caught or pinned that will not come free is an emergency;
someone trying my door handle now while I hide is an emergency; someone shut in a storage unit
or a room who cannot get out is an emergency in Chinese; someone calling for help (喊救命) is an
emergency in Chinese; a dead or leaning tree feared to fall in the next storm is urgent, not an
emergency (the issue: a tree on a house or a car is an emergency, a hazard that needs action
today urgent), while a tree that has fallen on something or is falling now stays an emergency.
From blind17's missed emergencies (a toddler's hand caught in the automatic door; "he
tried my handle. I'm in the bathroom"; 卷帘门…人在里面出不来; 楼上1503好像有人在喊救命) and the
demo's "dead tree leaning toward the walkway". blind17 is trained on since; blind18, this
round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------ caught, pinned, shut in, calling for help


@pytest.mark.parametrize(
    "body",
    [
        "My girl's arm got caught in the garage door track and it won't let go, she's screaming.",
        "The delivery guy's leg is pinned under the pallet that tipped over by the loading dock.",
        "A guy in the hall just tried my front door handle twice, I'm hiding in the closet.",
        "他在储物间整理东西，门被风关上锁死了，人在里面出不来，敲门呢。",
        "我家孩子把自己反锁在卫生间里了，打不开，才三岁，一直在哭。",
        "我儿子的手卡在电梯门缝里拔不出来了，快来人！",
        "老人的脚卡在楼梯栏杆中间拿不出来，疼得直叫。",
        "隔壁好像有人喊救命，声音很急，敲门没人开。",
    ],
)
def test_caught_pinned_shut_in_or_calling_for_help_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "My doorbell camera shows someone tried our door handle last night around 3am.",
        "钥匙锁在屋里了，能帮忙开一下吗？",
        "楼下小孩在玩游戏一直喊救命，太吵了。",
    ],
)
def test_their_look_alikes_are_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ------------------------------------------------ a tree before it falls, a tree that fell


@pytest.mark.parametrize(
    "body",
    [
        "A dead tree is leaning toward the path, worried it'll come down in the next windstorm.",
        "An old pine leans over the playground, I'm afraid it could fall when the storm hits.",
        # words between the tree and its lean (the demo's "pine tree behind my lot is dead and
        # leaning toward the walkway"), and the fear in the next sentence
        "The maple tree by our gate is dead and leaning toward the sidewalk. I'm worried it "
        "will fall in the next storm.",
        "小区门口那棵枯树一直往马路那边歪，担心哪天刮大风会倒下来，能不能处理下？",
        "西门那棵大树斜着长，树干裂了一道口子，担心下次台风会断，能不能派人看看？",
    ],
)
def test_a_tree_feared_to_fall_in_the_next_storm_is_urgent(triage, body):
    assert triage(body).urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "The tree leaning on our roof just fell onto the car and the windshield is smashed.",
        "A huge branch is falling onto the house right now, the roof is cracking.",
        "That leaning tree by the pool fell on the fence and the power line is down and sparking.",
        "The old oak is cracked down the middle and a big branch just snapped and fell on my car.",
        "刚才那棵歪着的树倒了，压在我家车顶上了，车里没人。",
        "大树正在往楼这边倒，根都翻出来了，快来人！",
        "The bathroom ceiling is sagging with water, worried it'll fall.",
    ],
)
def test_a_tree_that_fell_or_is_falling_and_a_sagging_ceiling_stay_emergencies(triage, body):
    assert triage(body).urgency == "emergency"


# ------------------------------------------------ a child on a high windowsill or a railing


@pytest.mark.parametrize(
    "body",
    [
        "对面楼那个小孩爬到窗台上了，窗户大开着，家里好像没大人。",
        "楼上有个小朋友站在阳台栏杆外面玩，太吓人了。",
        "There's a toddler standing on the open window sill on the 9th floor, no adult in sight.",
        "A little boy is climbing over the balcony railing on 6, please send someone.",
    ],
)
def test_a_child_on_a_high_windowsill_or_a_railing_is_an_emergency(triage, body):
    """blind17's 邻居家小孩在12楼窗台上坐着, the one emergency the cross-validation missed."""
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "我想给孩子房间窗台装个护栏，有什么规定吗？",
        "Can we put a child safety bar on the window sill in the kids' room?",
    ],
)
def test_a_window_guard_asked_about_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ------------------------------------------------ a gutter spilling over in the rain


@pytest.mark.parametrize(
    "body",
    [
        "When it pours, the gutter over the back door overflows, water cascades onto the patio.",
        "The rain gutter on the north side spills over in heavy rain, water streams down the wall.",
        "下大雨的时候单元门口那根落水管老是往外冒水，地上一滩，能不能疏通一下？",
    ],
)
def test_a_gutter_spilling_over_in_the_rain_is_no_emergency(triage, body):
    """blind17's false alarm: Every storm the downspout…spills over the top."""
    result = triage(body)
    assert result.urgency == "normal"
    assert result.leak_related


@pytest.mark.parametrize(
    "body",
    [
        "The gutter overflowed in the storm and now water is pouring into our living room.",
        "落水管堵了往外冒水，水已经灌进我家客厅了，越来越多。",
    ],
)
def test_a_gutter_that_sends_water_indoors_stays_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind18, round 18's honest measure, was not
    then; round 19 studied it and trains on it); blind17, studied in round 18, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind17.jsonl" in TRAINING_FILES
