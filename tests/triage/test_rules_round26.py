# ruff: noqa: E501
"""Round 26: a topic change ("separate thing", "unrelated") starts a new event, so thanks for an
earlier repair does not date the emergency after it; a pilot or burner flame that goes out is no
fire, and showers that ran cold are no hot water (urgent); a drip shut off at its source "and it
stopped" is over; a sound through the ceiling is no water; "nothing in the house is leaking" is
no leak; a shed or structure of one's own asked about is architectural; parcels stolen with a
camera asked for are security; a condensate or drain pan cracked or replaced is about water; an
FYI that one will be away is low; a CO alarm is not a smoke alarm set off by a shower (Chinese);
agreeing to a visit time with thanks is low (Chinese).
From blind25's two missed emergencies, its three English false alarms, its leak, urgency and
category mistakes, with fresh sentences. blind25 is trained on since; blind26, this round's
honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- a topic change after thanks starts a new event


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for fixing the mailbox lock so fast. Unrelated, but the washer hose just burst and water is spraying all over the laundry closet.",
        "Thanks for getting the parking sticker sorted. Another thing: the ceiling in our hallway is leaking through the light right now.",
    ],
)
def test_an_emergency_after_a_topic_change_is_not_dated_by_the_thanks(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_thanks_for_a_fixed_burst_pipe_stays_over(triage):
    body = "Thanks for getting the burst pipe in the garage repaired on Monday, all dry now."
    assert triage(body).urgency != "emergency"


# ------------------------------------------------- a pilot flame that goes out is no fire


@pytest.mark.parametrize(
    "body",
    [
        "The pilot on our water heater went out again and won't stay lit. No gas smell, just no hot water.",
        "The burner flame on the boiler keeps going out after a minute; it's warm enough in here, no odor.",
    ],
)
def test_a_pilot_flame_that_goes_out_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


def test_showers_running_cold_for_everyone_are_urgent(triage):
    body = (
        "Showers have been ice cold in both bathrooms since yesterday; the heater makes no sound."
    )
    assert triage(body).urgency == "urgent"


def test_a_flame_out_with_gas_smell_stays_an_emergency(triage):
    body = "The pilot light went out and now there's a strong gas smell in the kitchen."
    assert triage(body).urgency == "emergency"


# ------------------------------------------------- a drip shut off at its source, stopped


def test_a_drip_that_stopped_when_its_source_was_shut_is_no_emergency(triage):
    body = (
        "Water leaked from the bathroom ceiling light around midnight. The tenant upstairs "
        "turned off the toilet supply and it stopped. Can someone check the fixture today?"
    )
    result = triage(body)
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_an_elevator_that_stopped_stays_an_emergency(triage):
    body = "My aunt is stuck in the lift at Block C, it stopped and the doors won't open."
    assert triage(body).urgency == "emergency"


# ---------------------------------------------------- a sound through the ceiling is no water


@pytest.mark.parametrize(
    "body",
    [
        "Footsteps and thumping through the ceiling from 4B every night past midnight.",
        "Their subwoofer comes through our walls and ceiling all weekend.",
    ],
)
def test_a_sound_through_the_ceiling_is_no_leak(triage, body):
    result = triage(body)
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_water_through_the_ceiling_is_still_an_emergency(triage):
    body = "Water is pouring through the ceiling of our den, the unit above is not answering."
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is True


# ------------------------------------------------------ nothing in the house is leaking


def test_nothing_in_the_house_leaking_is_no_leak(triage):
    body = "Our sewer and water charge doubled this quarter. Nothing in the condo is leaking that I can see."
    assert triage(body).leak_related is False


# ----------------------------------------------- a shed of one's own asked about


@pytest.mark.parametrize(
    "body",
    [
        "Is there a height limit for a backyard gazebo? We want to put one by the patio.",
        "Caller asks whether he can put up a play set in his yard and how big it may be. Please call.",
    ],
)
def test_a_structure_of_ones_own_asked_about_is_architectural(triage, body):
    assert triage(body).category == "architectural"


def test_a_neighbours_shed_without_approval_is_not_architectural(triage):
    body = "The people next door put up a tall shed right on the property line without approval."
    assert triage(body).category != "architectural"


# ------------------------------------------------------ parcels stolen, a camera asked for


def test_parcels_stolen_with_a_camera_asked_for_is_security(triage):
    body = "Packages keep getting swiped from the lobby shelf. Could management put a camera on it?"
    assert triage(body).category == "security"


# ---------------------------------------------------- a condensate pan is about water


def test_a_closed_work_order_for_a_condensate_pan_is_about_a_leak(triage):
    body = (
        "Ticket 5512 complete: rusted drain pan under the attic furnace replaced, line blown clear."
    )
    result = triage(body)
    assert result.leak_related is True
    assert result.urgency != "emergency"


# --------------------------------------------------------- an FYI that one will be away


def test_an_fyi_of_being_away_is_low(triage):
    body = "Just a heads up, we'll be on vacation until the 20th and a neighbor has our spare key."
    assert triage(body).urgency == "low"


def test_an_fyi_with_a_request_is_not_low(triage):
    body = "FYI we're away next week; could someone check the dripping tub while we're gone?"
    assert triage(body).urgency != "low"


# ----------------------------------------------- a CO alarm is not a shower's smoke alarm


def test_a_co_alarm_while_showering_with_someone_dizzy_is_an_emergency(triage):
    body = "洗澡洗到一半一氧化碳报警器响了，我儿子说头晕站不稳，已经把他扶到客厅开窗了。"
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_smoke_alarm_set_off_by_shower_steam_is_no_emergency(triage):
    body = "一洗澡烟感报警器就响，是不是装得离卫生间太近了？"
    assert triage(body).urgency != "emergency"


# ------------------------------------------------- agreeing to a visit time, with thanks


@pytest.mark.parametrize(
    "body",
    ["好的，周二下午我在家等师傅，多谢。", "行，明天九点等你们过来，辛苦了。"],
)
def test_agreeing_to_a_visit_time_with_thanks_is_low(triage, body):
    assert triage(body).urgency == "low"


def test_agreeing_with_a_question_after_is_not_low(triage):
    body = "好的，周二下午我在家等师傅，谢谢。不过能不能早一点来？"
    assert triage(body).urgency != "low"


# ------------------------------------------------------------------ the honest sets


def test_training_reads_blind25():
    """blind25, studied this round, is a training file (the honest sets: test_training_sets.py)."""
    assert "blind25.jsonl" in TRAINING_FILES


# --------------------------------------- what the model retrained with blind25 got wrong


@pytest.mark.parametrize(
    "body",
    [
        "报修：厨房冰箱前天晚上就不制冷了，肉都臭了，麻烦尽快来修。",
        "The refrigerator in 7C stopped cooling last night and the milk is spoiling. Can a tech come today?",
    ],
)
def test_a_broken_fridge_with_food_spoiling_is_urgent(triage, body):
    assert triage(body).urgency == "urgent"


def test_a_fridge_long_gone_asked_about_is_not_urgent(triage):
    body = "The fridge in the clubhouse kitchen died last month. Is a new one in the budget?"
    assert triage(body).urgency != "urgent"
