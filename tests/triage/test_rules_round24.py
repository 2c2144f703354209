"""Round 24: no heat said in more words (the boiler died, the radiators went cold, the heat pump
quit) with someone frail (a C-section, a newborn, surgery) is an emergency, and a temperature
said now keeps a failure found in the morning going; a soaked ceiling board that sags is no
collapse; a garden sprinkler spraying is irrigation in Chinese too; a flame that will not go
out is maintenance whatever is asked first; a person collapsed or hurt, with nothing of the
building, an amenity, gas or water named, is security; gasoline or oil running out is no water
leak; a work order closed with water named at a fixture is about a leak; an acknowledgement
that only confirms an arrangement, and praise said as 点个赞, are low; an emergency of fire, gas
or water after a question about an amenity is maintenance.
From blind23's missed English emergency, its two Chinese false alarms, its leak mistakes and its
urgency and category mistakes, with fresh sentences. blind23 is trained on since; blind24, this
round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------------ no heat in more words, someone frail


@pytest.mark.parametrize(
    "body",
    [
        "The radiators went cold sometime last night, it's 44 inside now and my grandfather is 93.",
        "Heat pump quit this morning. It's 15 outside; I'm home from surgery and can barely move.",
        "We just had our baby on Monday and now the boiler is dead, the house is at 52 degrees.",
        "My wife is pregnant and on bed rest, and the furnace has been blowing cold air all day.",
    ],
)
def test_no_heat_in_more_words_with_someone_frail_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_a_heating_system_replaced_and_working_is_no_emergency(triage):
    result = triage("Our boiler was replaced last month and works great, the newborn sleeps well.")
    assert result.urgency != "emergency"


def test_no_heat_with_nobody_frail_stays_urgent(triage):
    assert (
        triage("The boiler quit this morning and it's below freezing outside.").urgency == "urgent"
    )


# ------------------------------------------------------------ a soaked board that sags


@pytest.mark.parametrize(
    "body",
    [
        "前天楼上热水器漏水，现在已经修好不漏了，就是我家卫生间吊顶泡胀了往下垂，麻烦今天来看看。",
        "上周漏进来的水早就停了，但是阳台天花板的石膏板泡发了有点下沉，能安排人今天过来吗？",
    ],
)
def test_a_soaked_ceiling_board_that_sags_after_the_leak_stopped_is_urgent(triage, body):
    result = triage(body)
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_a_ceiling_that_falls_down_is_still_an_emergency(triage):
    assert triage("客厅吊顶的石膏板刚才整块掉下来了，差点砸到孩子。").urgency == "emergency"


# ------------------------------------------------------------ a garden sprinkler spraying


@pytest.mark.parametrize(
    "body",
    [
        "3栋后面草坪上有个喷灌头歪了，一开就往车上喷水。",
        "花坛里的洒水器坏了，每天傍晚都滋水到单元门口的台阶上。",
    ],
)
def test_a_garden_sprinkler_spraying_is_no_leak_and_no_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "normal"
    assert result.leak_related is False


def test_a_pipe_spraying_indoors_is_still_an_emergency(triage):
    result = triage("厨房水槽下面的水管突然往外喷水，地上全是水了。")
    assert result.urgency == "emergency"
    assert result.leak_related is True


# ----------------------------------------------------- a flame that will not go out


def test_a_flame_that_will_not_go_out_after_a_fee_question_is_maintenance(triage):
    result = triage("请问车位费可以按年续费吗？另外热水器关了还有火苗一直烧，关不上。")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ------------------------------------------------------------- a person collapsed or hurt


@pytest.mark.parametrize(
    "body",
    [
        "The man from 7 fainted on the sidewalk by the mailboxes and is unresponsive, 911 called.",
        "My elderly neighbor is on her kitchen floor, not responding, I can see her through the "
        "window.",
        "小广场上有个大妈突然昏过去了，怎么叫都叫不醒，已经打了120。",
        "对面的老王在自己家里摔倒了，隔着窗户看见他躺着动不了，门从里面锁着。",
    ],
)
def test_a_person_collapsed_or_hurt_is_a_security_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "security"


@pytest.mark.parametrize(
    "body",
    [
        "A swimmer collapsed on the pool deck and is not moving, the lifeguard is doing CPR.",
        "健身房有位大爷在跑步机上突然晕倒了，叫不醒。",
    ],
)
def test_a_person_collapsed_at_an_amenity_stays_amenity(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "amenity"


def test_someone_overcome_by_fumes_stays_maintenance(triage):
    result = triage("热水器开着的时候我爸在浴室里晕倒了，屋里有股煤气味。")
    assert result.category == "maintenance"


# -------------------------------------------------------------- gasoline is no water


@pytest.mark.parametrize(
    "body",
    [
        "Motor oil is pooling under the car in space 14 and running toward the drain.",
        "Someone's gas can tipped over in the storage aisle and gasoline is spilling across the "
        "floor.",
    ],
)
def test_gasoline_or_oil_running_out_is_no_water_leak(triage, body):
    assert triage(body).leak_related is False


# ----------------------------------------------- a closeout naming water at a fixture


def test_a_closeout_naming_water_at_a_fixture_is_about_a_leak(triage):
    result = triage("Job 3391 done: new wax ring under the guest toilet, no water around the base.")
    assert result.leak_related is True


# ---------------------------------------------------------- acknowledgements and praise


@pytest.mark.parametrize(
    "body",
    [
        "Sounds good, I'll have the dog in the bedroom when the painters come Friday.",
        "Noted. The garage will be open for the crew from 8.",
    ],
)
def test_an_acknowledgement_that_only_confirms_is_low_and_general(triage, body):
    result = triage(body)
    assert result.urgency == "low"
    assert result.category == "general"


def test_an_acknowledgement_with_a_request_is_not_low(triage):
    result = triage("Got it, but the garage door still won't close, can someone come today?")
    assert result.urgency != "low"


@pytest.mark.parametrize(
    "body",
    [
        "给绿化组的师傅们点一个赞，花坛修得真漂亮。",
        "必须给夜班保安竖个大拇指，巡逻特别认真。",
    ],
)
def test_praise_said_as_a_thumbs_up_is_low(triage, body):
    assert triage(body).urgency == "low"


# ----------------------------------------------- an amenity question, then an emergency


def test_an_amenity_question_then_water_pouring_is_maintenance(triage):
    result = triage(
        "Can we book the party room for the 12th? Also water is pouring out of the water heater "
        "closet into our hallway right now."
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ------------------------------------- what the model retrained with blind23 got wrong


def test_a_visitor_for_a_unit_at_the_gate_is_normal(triage):
    assert triage("Visitor for 118 at the front gate, no answer at the unit.").urgency == "normal"


def test_a_visitor_at_the_desk_reporting_smoke_is_still_an_emergency(triage):
    result = triage("Guest for 9C in the lobby says smoke is pouring out from under 9C's door.")
    assert result.urgency == "emergency"


def test_opening_door_access_for_someone_is_access(triage):
    assert triage("麻烦给我家新来的护工录入一下人脸识别，她下周一开始上班。").category == "access"


def test_a_leak_that_turned_out_not_to_be_one_is_maintenance(triage):
    result = triage("刚才报的那个问题，师傅看了原来没漏水，是空调冷凝水，打扰了。")
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "可以，周三下午家里有人。师傅什么时候过来？",
        "Sure, Thursday works. When will the electrician get here?",
    ],
)
def test_a_yes_that_asks_when_the_worker_comes_is_normal(triage, body):
    assert triage(body).urgency == "normal"


def test_a_lift_out_asked_when_fixed_stays_as_it_was(triage):
    assert triage("8栋电梯又坏了，我们住二十楼，老人下不了楼，什么时候能修好？").urgency != "normal"


# ------------------------------------------------------------------ the honest sets


def test_blind23_and_blind24_are_trained_on_blind3b_and_heldout_never():
    """blind24 was round 24's honest measure and is studied and trained on since round 25
    (tests/triage/test_rules_round25.py keeps blind25 out); blind3b and heldout never are."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert {"blind23.jsonl", "blind24.jsonl"} <= set(TRAINING_FILES)
