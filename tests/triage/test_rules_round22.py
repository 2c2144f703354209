"""Round 22: something loose over where children play is an emergency; smoke a shop or a
neighbour sends our way every night is a `complaint`; agreeing to be home for a visit is `low`;
a smoke alarm chirping further on is battery talk; a tow under way is `urgent`; a tree through a
roof is no leak by the model alone; a gate that won't open with someone stuck inside with the
car is `urgent` `access`, not entrapment, unless the engine runs in a shut garage; a repair
"tested, no leaks" is still about a leak. From blind21's missed Chinese emergency, its false
alarms and its urgency, leak and category mistakes, and two items left by round 21, with fresh
sentences. After the retraining: a ceiling fallen in with no water said is no leak by the model
alone (it said leak to blind7's); a power cut and nothing more is `urgent` (it said emergency to
round 13's test), with a ventilator or smoke an emergency. blind21 is trained on since;
blind22, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------- something loose over where children play


@pytest.mark.parametrize(
    "body",
    [
        "二楼空调外机的支架松了，刮风的时候一直晃，下面就是小朋友玩滑梯的地方。",
        "也没啥大事，楼顶那块广告牌歪了，吊着晃来晃去，底下正好是老人乘凉的长椅。",
        "7栋外墙有块铝板翘起来了，风一吹就响，下方就是孩子们放学走的通道。",
    ],
)
def test_something_loose_over_children_or_passers_by_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_something_loose_with_nobody_below_is_no_emergency(triage):
    assert triage("阳台的晾衣杆有点松了，有空来紧一下。").urgency != "emergency"


# --------------------------------------------------- a shop's or a neighbour's smoke nightly


@pytest.mark.parametrize(
    "body",
    [
        "小区门口那家串店每天晚上都往我们单元这边排烟，屋里全是味。",
        "隔壁楼的饭馆一做饭就冒油烟，我们家衣服都不敢晾外面。",
    ],
)
def test_a_shops_smoke_every_night_is_a_complaint(triage, body):
    result = triage(body)
    assert (result.urgency, result.category) == ("normal", "complaint")


def test_a_shop_on_fire_is_still_an_emergency(triage):
    result = triage("楼下那家饭馆往外冒烟，里面好像着火了，火苗都窜出来了。")
    assert result.urgency == "emergency"


# ------------------------------------------------------ agreeing to be home for the visit


@pytest.mark.parametrize(
    "body",
    ["好的，那我明天下午在家等师傅。", "收到，周五上午家里有人，师傅直接来就行。"],
)
def test_agreeing_to_be_home_for_a_visit_is_low_and_general(triage, body):
    result = triage(body)
    assert (result.urgency, result.category) == ("low", "general")


def test_agreeing_with_a_leak_still_going_is_not_low(triage):
    assert triage("好的，我在家等师傅，不过厨房水管还在漏。").urgency != "low"


# --------------------------------------------------------- a smoke alarm chirping further on


@pytest.mark.parametrize(
    "body",
    [
        "The smoke alarm at the top of our stairs, right above the landing, chirps every minute "
        "or so. Probably wants a new battery.",
        "Our smoke detectors, both the one in the hall and the one by the kitchen, keep chirping "
        "on and off since Sunday.",
    ],
)
def test_a_smoke_alarm_chirping_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


def test_a_smoke_alarm_with_smoke_coming_is_still_an_emergency(triage):
    body = "The smoke alarm in the hallway is going off and smoke is coming from under 3B's door."
    assert triage(body).urgency == "emergency"


# ------------------------------------------------------------------- a tow under way


@pytest.mark.parametrize(
    "body",
    [
        "A tow truck is backing up to my Jeep in space 14 and the driver is hooking it up as we "
        "speak. I live here!",
        "The tow guy is strapping my van onto the flatbed right now, I have a valid permit.",
    ],
)
def test_a_tow_under_way_is_urgent(triage, body):
    assert triage(body).urgency == "urgent"


# -------------------------------------------------------------- a tree through a roof


@pytest.mark.parametrize(
    "body",
    [
        "A huge oak limb crashed through the roof of the clubhouse porch in the wind, glass "
        "everywhere.",
        "大风把小区里的一棵大树刮倒了，树干砸在车棚顶上，车棚塌了一半。",
    ],
)
def test_a_tree_through_a_roof_is_no_leak(triage, body):
    result = triage(body)
    assert (result.urgency, result.leak_related) == ("emergency", False)


def test_a_tree_through_a_roof_with_rain_coming_in_is_a_leak(triage):
    body = "A branch punched through the roof over our bedroom and rain is pouring in onto the bed."
    assert triage(body).leak_related is True


# ------------------------------------------------- stuck inside with the car behind a gate


@pytest.mark.parametrize(
    "body",
    [
        "My daughter is stuck inside the parking garage with her car, the exit gate won't lift "
        "and she has class at 10.",
        "The barrier arm is jammed and I'm trapped in the lot with my truck, I have a delivery "
        "to make.",
        "地库出口的栏杆一直不抬杆，我老公开着车被堵在里面出不去，九点要上班。",
    ],
)
def test_stuck_inside_with_the_car_behind_a_gate_is_urgent_access(triage, body):
    result = triage(body)
    assert (result.urgency, result.category) == ("urgent", "access")


def test_an_engine_running_in_a_shut_garage_is_an_emergency(triage):
    body = "I'm shut in the garage with the engine running, the door won't open and I feel dizzy."
    assert triage(body).urgency == "emergency"


def test_someone_trapped_in_a_storage_unit_is_still_an_emergency(triage):
    body = "The roll-up door of unit 31 fell shut and my husband is trapped inside, no car, no air."
    assert triage(body).urgency == "emergency"


# ---------------------------------------------------------- a repair tested, no leaks


def test_a_repair_tested_no_leaks_is_leak_related(triage):
    body = "WO 8804 closed: new fill valve on the hall toilet in unit 5, tested, no leaks."
    assert triage(body).leak_related is True


def test_a_check_with_no_repair_finding_no_leaks_is_not(triage):
    body = "We checked the attic after the storm and found no leaks, all good."
    assert triage(body).leak_related is False


# ------------------------------------------------ a ceiling fallen in with no water said


def test_a_ceiling_fallen_in_with_no_water_is_no_leak(triage):
    body = "Half the bedroom ceiling caved in overnight, drywall all over the bed, rest is sagging."
    result = triage(body)
    assert (result.urgency, result.leak_related) == ("emergency", False)


def test_a_ceiling_fallen_in_with_water_after_it_is_a_leak(triage):
    body = "The hall ceiling came down in a heap. Water keeps dribbling out of the hole above."
    assert triage(body).leak_related is True


# ------------------------------------------------------------------ a power cut


@pytest.mark.parametrize(
    "body", ["3号楼整个单元都停电了，走廊里黑乎乎的。", "家里突然没电了，空调也停了。"]
)
def test_a_power_cut_and_nothing_more_is_urgent(triage, body):
    assert triage(body).urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "停电了，我爸晚上要用呼吸机，现在用不了。",
        "Power is out on our street and my wife's oxygen concentrator stopped, her backup tank "
        "is low.",
        "突然断电了，配电房那边在冒烟。",
    ],
)
def test_a_power_cut_with_a_ventilator_or_smoke_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


# ------------------------------------------------------------------ the honest sets


def test_blind3b_and_heldout_are_never_trained_on():
    """blind3b and heldout are not training files; blind21, studied this round, is (blind22,
    round 22's honest measure, is trained on since round 23)."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind21.jsonl" in TRAINING_FILES
