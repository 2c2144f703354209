# ruff: noqa: E501
"""Leak phrases from session 26's leak study ("Leak study, part 2"): the kinds it left for a
phrase round, with fresh sentences, each beside the look-alike that must stay as it is. A work
order that mopped or extracted a room and dried it closed a water job; a leak detection firm
that located a failed joint on a water line found a leak; a water line cracked under a walk is a
leak though an irrigation man reports it; a gas hose that came off is no water; leaks looked for
and none found is no water, said any way; a room that stayed dry or is dry again after a repair
is about the leak (zh too: 修好了，现在地面是干的); anything burnt until it melts and drips is no
water (zh); 未发现渗漏 after a look is no water (zh); a toilet that ran over, or whose braided
supply hose split, is a leak."""

from __future__ import annotations

import pytest

# ---------------------------------------- work orders that dried a room


def test_a_work_order_that_mopped_and_dried_a_room_closed_a_leak(triage):
    result = triage(
        "WO 5521: water heater drain valve replaced, laundry room mopped and dried. Closed.",
        subject="WO 5521 complete",
    )
    assert result.leak_related is True
    assert result.urgency != "emergency"


def test_a_work_order_that_extracted_and_dried_a_hallway_closed_a_leak(triage):
    result = triage(
        "WO 2290: ice maker line re-crimped, hallway carpet extracted and dehumidified. Closed.",
        subject="WO 2290 complete",
    )
    assert result.leak_related is True


def test_a_work_order_for_a_dryer_vent_stays_no_leak(triage):
    result = triage(
        "WO 6121: dryer vent cleaned and the lint trap replaced. Closed.",
        subject="WO 6121 complete",
    )
    assert result.leak_related is False


# ---------------------------------------- a leak detection firm's finding


def test_a_leak_detection_firm_locating_a_failed_joint_found_a_leak(triage):
    result = triage(
        "Summit Leak Detection: WO 6640. We located a corroded copper joint on the cold line under the kitchen slab. Estimate for a reroute attached for approval.",
        subject="WO 6640 - slab",
    )
    assert result.leak_related is True


def test_a_leak_detection_firm_that_found_nothing_is_no_leak(triage):
    result = triage(
        "Summit Leak Detection: WO 6641. We tested every line under the slab and found no leaks. Nothing to repair.",
        subject="WO 6641",
    )
    assert result.leak_related is False


# ---------------------------------------- a water line cracked, an irrigation man reporting


def test_a_main_line_cracked_under_a_walk_is_a_leak_though_irrigation_is_named(triage):
    result = triage(
        "The irrigation contractor says the main line under the front walk cracked overnight. He shut it off so nothing is spraying now, but it has to be dug up today before the freeze.",
        subject="Irrigation main",
    )
    assert result.leak_related is True


def test_a_gas_line_cracked_under_a_drive_is_no_water(triage):
    result = triage(
        "The gas line under the driveway cracked when the contractor dug, and we can smell gas outside.",
        subject="Gas line",
    )
    assert result.leak_related is False
    assert result.urgency == "emergency"


def test_a_phone_line_that_broke_in_an_office_is_no_water(triage):
    result = triage(
        "The phone line in the front office broke again, can someone call the provider?",
        subject="Phone",
    )
    assert result.leak_related is False


# ---------------------------------------- a gas hose that came off


def test_a_gas_hose_that_came_off_a_dryer_is_no_water(triage):
    result = triage(
        "The gas hose came off the back of the dryer and the whole laundry room smells of gas.",
        subject="Gas",
    )
    assert result.leak_related is False
    assert result.urgency == "emergency"


def test_a_washer_hose_that_came_off_stays_a_leak(triage):
    result = triage(
        "The washer hose came off the valve and water is all over the laundry room.",
        subject="Washer",
    )
    assert result.leak_related is True


# ---------------------------------------- leaks looked for, none found


@pytest.mark.parametrize(
    "body",
    [
        "My bill is twice last month's. We had a plumber check for leaks and he didn't find any. Could you check the meter?",
        "Water bill looks wrong. Checked all the taps and toilets for leaks, found nothing. Please re-read the meter.",
    ],
)
def test_leaks_looked_for_and_none_found_is_no_water(triage, body):
    result = triage(body, subject="Water bill")
    assert result.leak_related is False


def test_leaks_looked_for_and_one_found_stays_a_leak(triage):
    result = triage(
        "We checked for leaks and found one under the kitchen sink, so that explains the bill. Can you send a plumber?",
        subject="Water bill",
    )
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "管道试压已经做完了，未发现渗漏，请知悉。",
        "我们家水费突然很高，师傅来看过，未发现渗漏，能帮忙查一下水表吗？",
    ],
)
def test_no_seep_found_is_no_water_zh(triage, body):
    result = triage(body, subject="水管检查")
    assert result.leak_related is False


def test_a_leak_whose_place_is_not_found_yet_stays_a_leak_zh(triage):
    result = triage("师傅来了两次都没发现漏点在哪，天花板还在往下滴水。", subject="天花板")
    assert result.leak_related is True


# ---------------------------------------- dry again after a repair, under a quoted subject


def test_a_room_that_stayed_dry_after_the_roofer_is_about_the_leak(triage):
    result = triage(
        "Thanks so much, the roofer finished yesterday. It rained all night and the bedroom stayed dry.",
        subject="Re: Roof leak",
    )
    assert result.leak_related is True
    assert result.urgency == "low"


def test_a_garage_dry_again_under_a_quoted_subject_is_about_the_leak(triage):
    result = triage(
        "Thanks, the crew sealed the threshold and the garage is dry now.",
        subject="Re: Water coming in at the garage door",
    )
    assert result.leak_related is True
    assert result.urgency == "low"


def test_a_bare_thank_you_under_a_leak_subject_stays_no_leak(triage):
    result = triage("Thanks, all good now.", subject="Re: Roof leak")
    assert result.leak_related is False


def test_a_unit_that_stayed_dry_in_a_storm_with_a_question_is_no_leak(triage):
    result = triage(
        "The storm was bad but our unit stayed dry. Can I book the clubhouse for Saturday?",
        subject="Clubhouse",
    )
    assert result.leak_related is False


# ---------------------------------------- melted and dripping (zh)


def test_a_lampshade_burnt_until_it_drips_is_no_water_zh(triage):
    result = triage("厨房的吸顶灯冒烟了，灯罩烧化了往下滴，已经关了电闸。", subject="灯冒烟")
    assert result.leak_related is False
    assert result.urgency == "emergency"


def test_snow_melting_and_dripping_in_stays_water_zh(triage):
    result = triage("屋顶的积雪融化了往下滴，顺着阳台门缝流进来了。", subject="阳台进水")
    assert result.leak_related is True


def test_a_repair_watched_for_no_more_seep_stays_a_leak_zh(triage):
    result = triage(
        "工单回访：厨房水槽下换了新的进水软管，开水观察一小时未见渗水，业主已确认。",
        subject="工单回访",
    )
    assert result.leak_related is True


# ---------------------------------------- toilets


def test_a_toilet_that_ran_over_and_is_shut_off_is_a_leak(triage):
    result = triage(
        "Toilet ran over last night. Valve is off now. Need a plumber Monday.",
        subject="Plumber Monday",
    )
    assert result.leak_related is True
    assert result.urgency != "emergency"


def test_a_toilet_that_was_running_over_is_a_leak(triage):
    result = triage(
        "Our toilet was running over so I shut the valve behind it. Now the valve is stuck closed and it's our only toilet. Can a plumber come today?",
        subject="Toilet",
    )
    assert result.leak_related is True


def test_a_toilet_that_keeps_running_stays_no_leak(triage):
    result = triage(
        "Our toilet runs constantly and the water bill is huge. Can you check the flapper?",
        subject="Water bill",
    )
    assert result.leak_related is False


@pytest.mark.parametrize(
    "body",
    [
        "The braided line to our toilet cracked overnight, the shutoff is closed and the floor is mopped. Can it be replaced today?",
        "The braided line feeding the guest toilet split this morning. I closed the little valve and mopped up, but can someone replace it today?",
        "The toilet supply hose in 4C burst while the tenant was at work. Valve is closed now, please send someone to replace it.",
    ],
)
def test_a_toilets_supply_hose_that_split_is_a_leak(triage, body):
    result = triage(body, subject="Toilet hose")
    assert result.leak_related is True
    assert result.urgency != "emergency"


def test_a_braided_gas_connector_that_cracked_is_no_water(triage):
    result = triage(
        "The braided gas connector behind the stove cracked and it smells like gas in the kitchen.",
        subject="Gas",
    )
    assert result.leak_related is False


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("回复：车库漏水", "谢谢，已经修好了，现在地面是干的。"),
        ("回复：卧室渗水", "外墙已经补好了，下了两天雨，卧室墙面干干的，谢谢你们。"),
    ],
)
def test_a_floor_dry_after_a_repair_under_a_quoted_subject_is_about_the_leak_zh(
    triage, subject, body
):
    result = triage(body, subject=subject)
    assert result.leak_related is True
    assert result.urgency == "low"


def test_a_bare_thank_you_under_a_leak_subject_stays_no_leak_zh(triage):
    result = triage("好的，收到，谢谢。", subject="回复：漏水")
    assert result.leak_related is False


def test_a_dry_floor_with_no_repair_and_a_question_stays_no_leak_zh(triage):
    result = triage("昨天下大雨，我家地面是干的，想问一下车位月租怎么续？", subject="车位")
    assert result.leak_related is False
