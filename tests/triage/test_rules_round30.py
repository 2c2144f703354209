# ruff: noqa: E501
"""Round 30: a machine that has stopped (a fan, an oxygen machine) does not make the danger
over; bricks or masonry dropping is a collapse under way; a tree down and leaning on a roof is a
tree on a house (leaning toward it is still a worry); a car already up on the flatbed is a tow
under way, urgent and access; a fire report asked for after a fire is paperwork (both
languages); a work order asking us to schedule a follow-up is normal; someone at the door
claiming to be from the gas company is a question for security, no gas leak; smoke alarms that
passed an inspection are no fire; a wall cracking and dropping bricks is maintenance; strangers
in my home now (两个男的现在在我家翻东西) are a break-in; a lost card with no other way in is
urgent; a dryer and its vent are maintenance; 请打开 is no call; 不是漏水，是拖地的水 is
maintenance (what the model retrained with blind29 changed); "no leak, just condensation
dripping off the line" is no leak (README's round-29 list). From blind29's mistakes, with fresh
sentences. blind29 is trained on since; blind30, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- a machine that has stopped: the danger goes on


@pytest.mark.parametrize(
    "body",
    [
        "Black smoke is coming out of the laundry room vent, the dryer motor has stopped and it smells like melting plastic.",
        "My father is on a ventilator at home; the power went out on our floor, the ventilator has stopped and the battery is nearly flat.",
    ],
)
def test_a_machine_that_has_stopped_leaves_the_danger_on(triage, body):
    assert triage(body, subject="Help").urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Smoke was coming out of the dryer vent yesterday but it has stopped and the tech replaced the belt.",
        "Water was dripping through the hall ceiling this morning; it has stopped since the plumber came.",
    ],
)
def test_an_event_that_has_stopped_is_still_over(triage, body):
    assert triage(body, subject="Update").urgency != "emergency"


# ---------------------------------------- masonry falling


@pytest.mark.parametrize(
    "body",
    [
        "The parapet on top of building 2 is cracked and chunks of concrete keep falling onto the sidewalk by the entrance.",
        "Since the truck clipped the corner, bricks are dropping off the wall over the mail kiosk.",
    ],
)
def test_masonry_dropping_is_an_emergency(triage, body):
    result = triage(body, subject="Building")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_bricks_asked_about_are_no_emergency(triage):
    assert (
        triage("Can we use bricks instead of pavers for our new patio?", subject="Patio").urgency
        != "emergency"
    )


# ---------------------------------------- a tree down on a roof


def test_a_tree_down_and_leaning_on_a_roof_is_an_emergency(triage):
    body = "The old cottonwood behind 14 snapped at the base last night. The trunk is resting on the roof of their carport and the posts are bending."
    assert triage(body, subject="Tree").urgency == "emergency"


def test_a_tree_leaning_toward_a_house_is_a_worry(triage):
    body = "The big maple by unit 6 is leaning toward the house more every week. Could an arborist look at it?"
    assert triage(body, subject="Tree").urgency != "emergency"


# ---------------------------------------- a car on the flatbed


def test_a_car_already_on_the_flatbed_is_an_urgent_tow(triage):
    body = "The tow guy has my truck up on his flatbed in lot C right now and won't let it down. I have a permit!"
    result = triage(body, subject="Tow")
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_tow_truck_that_hit_a_gas_meter_is_no_access(triage):
    body = "A tow truck backing up hit the gas meter at building 5 and gas is hissing out."
    result = triage(body, subject="Gas")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ---------------------------------------- a fire report after a fire


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Our adjuster is asking for a copy of the fire report for unit 4B's claim. Where can I get one?",
            "Claim",
        ),
        ("保险公司让我交火灾证明，上个月的火灾，找谁开？", "火灾证明"),
    ],
)
def test_a_fire_report_asked_for_is_paperwork(triage, body, subject):
    result = triage(body, subject=subject)
    assert result.urgency == "normal"
    assert result.category == "general"


def test_a_fire_now_is_still_an_emergency(triage):
    assert (
        triage(
            "There's a fire in the trash room on 3, flames under the door!", subject="Fire"
        ).urgency
        == "emergency"
    )


# ---------------------------------------- a follow-up to schedule


def test_a_work_order_asking_to_schedule_a_follow_up_is_normal(triage):
    body = "WO 7702: roofer resealed the flashing around the vent over 3C. Drywall in 3C needs patching once dry; please schedule for next Tuesday."
    result = triage(body, subject="WO 7702")
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


def test_a_follow_up_already_scheduled_is_an_fyi(triage):
    body = "WO 7703 closed: gutter guards installed on building B, all downspouts clear."
    assert triage(body, subject="WO 7703 closed").urgency == "low"


# ---------------------------------------- a man claiming to be from the gas company


def test_someone_claiming_to_be_from_a_utility_is_a_security_question(triage):
    body = "Two guys in vests knocked on doors this morning claiming to be from the power company and asking to see our breaker boxes. Did you send them?"
    result = triage(body, subject="Strangers")
    assert result.urgency == "normal"
    assert result.category == "security"


def test_a_gas_smell_with_the_gas_company_named_is_still_an_emergency(triage):
    body = "Strong gas smell in the stairwell of building 3; I called the gas company and they said to get out."
    assert triage(body, subject="Gas").urgency == "emergency"


# ---------------------------------------- smoke alarms that passed


def test_smoke_alarms_that_passed_are_no_fire(triage):
    body = "FYI the smoke detectors in our unit were all tested this morning by the fire safety company. Thanks!"
    assert triage(body, subject="Detectors").urgency != "emergency"


def test_a_smoke_alarm_going_off_is_still_an_emergency(triage):
    body = (
        "The smoke alarm in the hallway is going off and there's smoke coming from under 5D's door."
    )
    assert triage(body, subject="Smoke").urgency == "emergency"


# ---------------------------------------- Chinese: a wall cracking, strangers in the home, no way in, a dryer


def test_a_wall_cracking_and_dropping_bricks_is_maintenance(triage):
    body = "来电人：李先生\n电话：139****1234\n小区：阳光嘉园\n留言：地库入口的道闸被车撞了，旁边的墙体开裂，往下掉砖块。请回电。"
    result = triage(body, subject="电话留言", channel="pre")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_strangers_in_my_home_now_are_a_break_in(triage):
    result = triage("监控里看到有个陌生人正在我家里翻柜子，我在外地！", subject="监控")
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_lost_card_with_no_other_way_in_is_urgent(triage):
    result = triage(
        "钥匙和门卡都落在公司了，单元门十点就锁，我没有其他办法进门。", subject="进不了门"
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_dryer_and_its_vent_are_maintenance(triage):
    assert (
        triage("家里烘干机烘完衣服还是潮的，排气管是不是该清理了？", subject="烘干机").category
        == "maintenance"
    )


def test_please_open_is_no_call(triage):
    body = "阳光嘉园温馨提示：寒潮来临，请打开水龙头保持细流；3号楼下周二停水。"
    assert triage(body, subject="温馨提示").needs_callback is False


def test_mopping_water_not_a_leak_is_maintenance(triage):
    result = triage("我是阳光嘉园5栋801的业主，不是漏水，是孩子打翻的水。", subject="报修")
    assert result.category == "maintenance"
    assert result.leak_related is False


def test_condensation_dripping_off_a_line_is_no_leak(triage):
    body = "The tech says no leak, just condensation dripping off the AC line. We're all set."
    assert triage(body, subject="AC").leak_related is False


def test_training_reads_blind29(triage):
    assert "blind29.jsonl" in TRAINING_FILES


def test_every_shipped_phrase_compiles_once_expanded():
    """A space in a look-behind becomes \\s+ (pattern_expand), which no look-behind may hold:
    such a phrase would be skipped without a word (round 30's first draft of the machine cue);
    write \\s in a look-behind instead, as round 28's 'dying to' phrase does."""
    import re

    from caredesk.triage.rules import default_phrases, pattern_expand

    for phrase in default_phrases():
        re.compile(pattern_expand(phrase.pattern))
