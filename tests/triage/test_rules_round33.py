# ruff: noqa: E501
"""Round 33: from blind32's mistakes, false alarms first, with fresh sentences, each with its
harmless look-alike or its real emergency. A bounce quoting an urgent subject is no event (zh);
a smell that is gone in a closed work order (zh); drowning in debt is spam's figure of speech; a
parcel wet from a broken bottle is no leak; melted plastic dripping is no water; a neighbour's
heat pump humming is a complaint; a garage door come down on a car with its driver stuck is
entrapment; a heater glowing red with smoke (zh); an awning's frame slamming into windows (zh);
the movers' trailer is a move; a card charged for a unit given up is billing (zh); a charger
fault is maintenance. blind32 is trained on since; blind33, this round's honest measure, never is."""

from __future__ import annotations

import re

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- a bounce, a smell that is gone, figures of speech


def test_a_bounce_quoting_an_urgent_subject_is_no_event(triage):
    result = triage(
        "邮件无法投递给以下收件人：wuye-2019@jiayuan.example，该邮箱不存在。\n\n原邮件主题：急！楼上在往下灌水",
        subject="退信：急！楼上在往下灌水",
    )
    assert result.urgency == "low"
    assert result.category == "non_human"
    assert result.leak_related is False


def test_water_pouring_in_now_is_still_an_emergency(triage):
    result = triage("急！楼上在往下灌水，我家客厅吊顶都湿透了。", subject="漏水")
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_burning_smell_gone_is_no_emergency(triage):
    result = triage(
        "工单8260：配电箱里烧坏的接触器换好了，糊味已经没了。已关闭。", subject="工单8260"
    )
    assert result.urgency != "emergency"


def test_a_burning_smell_with_smoke_is_still_an_emergency(triage):
    result = triage("配电箱里一股糊味，还在往外冒烟，箱门都烫手。", subject="配电箱")
    assert result.urgency == "emergency"


def test_drowning_in_debt_is_no_flood(triage):
    zh = triage("账单多得快把你淹没了？一键申请，专家帮您扑灭财务大火！", subject="贷款")
    assert zh.leak_related is False
    assert zh.urgency == "low"
    en = triage(
        "Drowning in debt? Our advisers will put out the fire in your finances in one call.",
        subject="Relief",
    )
    assert en.leak_related is False
    assert en.urgency != "emergency"


def test_a_flooded_basement_is_still_a_flood(triage):
    result = triage("地下室被淹了，水还在往上涨，已经漫到配电箱下面了。", subject="地下室")
    assert result.urgency == "emergency"
    assert result.leak_related is True


# ---------------------------------------- a parcel wet from a broken bottle, melted plastic


def test_a_parcel_wet_from_a_broken_bottle_is_no_leak(triage):
    en = triage(
        "The package on my mat was wet and dripping when I got home - a jar of honey and a bottle of olive oil had cracked inside. Can the courier bring boxes to the desk instead?",
        subject="Soggy parcel",
    )
    assert en.leak_related is False
    assert en.urgency != "emergency"
    zh = triage(
        "放在门口的快递纸箱湿了还在滴，拆开一看是一瓶酱油碎了。以后能不能都放快递柜？",
        subject="快递",
    )
    assert zh.leak_related is False
    assert zh.urgency != "emergency"


def test_a_box_soaked_by_water_from_next_door_is_a_leak(triage):
    result = triage(
        "Water is pouring out from under my neighbour's door and the boxes by my door are soaked.",
        subject="Hallway",
    )
    assert result.leak_related is True
    assert result.urgency == "emergency"


def test_melted_plastic_dripping_is_no_water_but_still_an_emergency(triage):
    result = triage(
        "The exit sign over the stairwell door is smoking and dripping melted plastic onto the landing.",
        subject="Exit sign",
    )
    assert result.leak_related is False
    assert result.urgency == "emergency"


# ---------------------------------------- a neighbour's heat pump humming


def test_a_neighbours_heat_pump_humming_is_a_complaint(triage):
    en = triage(
        "Our neighbour's new AC unit was bolted to the wall by our bedroom and drones all night long.",
        subject="Drone",
    )
    assert en.urgency == "normal"
    assert en.category == "complaint"
    zh = triage("隔壁新装的空调外机正对着我家卧室，轰轰地响一整夜，根本睡不着。", subject="外机")
    assert zh.urgency == "normal"
    assert zh.category == "complaint"


def test_our_own_heat_pump_broken_is_maintenance(triage):
    result = triage(
        "Our heat pump stopped heating yesterday and the outdoor unit is iced over.",
        subject="Heat pump",
    )
    assert result.category == "maintenance"


# ---------------------------------------- a garage door on a car with its driver inside


def test_a_garage_door_on_a_car_with_its_driver_stuck_is_entrapment(triage):
    en = triage(
        "The overhead door in the P2 garage just dropped on a delivery van and the driver is trapped in the cab.",
        subject="P2",
    )
    assert en.urgency == "emergency"
    assert en.category == "maintenance"
    zh = triage("车库的道闸刚才砸下来落在我车顶上，车门打不开，我出不来。", subject="道闸")
    assert zh.urgency == "emergency"
    assert zh.category == "maintenance"


def test_a_gate_that_scratched_a_car_is_no_emergency(triage):
    result = triage(
        "The gate closed too early yesterday and scratched the side of my car. Who pays for the paint?",
        subject="Gate",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- a heater glowing red, an awning's frame (zh)


def test_a_heater_glowing_red_with_smoke_is_an_emergency(triage):
    result = triage(
        "活动室的电暖器烧得通红，旁边的窗帘已经烤焦了在冒烟，屋里没人。", subject="活动室"
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_heater_that_does_not_warm_is_no_emergency(triage):
    result = triage("活动室的电暖器开了一上午都不热，能换一台吗？", subject="电暖器")
    assert result.urgency != "emergency"


def test_an_awning_frame_slamming_into_windows_is_an_emergency(triage):
    result = triage(
        "3栋商铺门口的雨棚被风刮松了，铁架子一下一下砸在二楼窗户上，底下有人排队买早点。",
        subject="雨棚",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_an_awning_to_be_replaced_is_no_emergency(triage):
    result = triage("我家阳台的雨棚旧了褪色了，想换个新的，要业委会批准吗？", subject="雨棚")
    assert result.urgency != "emergency"


# ---------------------------------------- categories: a movers' trailer, a card charged, a charger


def test_the_movers_trailer_is_a_move(triage):
    result = triage(
        "Our moving company wants to park their trailer by the loading dock overnight on the 14th, the day before we hand back the keys. OK?",
        subject="Trailer",
    )
    assert result.category == "move"


def test_movers_waiting_in_a_truck_at_a_gate_are_access(triage):
    result = triage(
        "The gate keypad won't take my code and my movers are sitting in their truck outside it.",
        subject="Gate code",
    )
    assert result.category == "access"


def test_a_card_charged_for_a_unit_given_up_is_billing(triage):
    result = triage(
        "上个月就把88号仓退了，这个月银行卡又扣了两个仓的租金。请回电。", subject="扣费"
    )
    assert result.category == "billing"
    assert result.needs_callback is True


def test_a_charger_fault_is_maintenance(triage):
    result = triage(
        "The charging station by the visitor spaces shows an error and won't charge. Who fixes it?",
        subject="Charger",
    )
    assert result.category == "maintenance"
    assert result.urgency != "emergency"


# ---------------------------------------- the phrases compile; the honest sets


def test_round33_phrases_compile():
    phrases = [p for p in default_phrases() if "round 33" in (p.note or "")]
    assert len(phrases) == 25
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind32(triage):
    assert "blind32.jsonl" in TRAINING_FILES
