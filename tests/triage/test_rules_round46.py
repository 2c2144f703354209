# ruff: noqa: E501
"""Round 46: from blind47's and blind48's mistakes, with fresh sentences, each with its harmless
look-alike or its real emergency. A person hurt when a strap, rope, base or ladder gave way, or
under a thing that came down, or under a parked vehicle, is an accident with equipment,
maintenance, not round 24's collapsed person's security (a person hit by another person or by a
car stays security); water over the outlets is an emergency; a scald with blisters is an
emergency (zh); a child drowsy after rat poison is an emergency (zh); a drip from above caught in
one bucket is urgent (zh); a relief valve dribbling is a leak; an entry door that stopped
latching is access; a reminder asked for in the newsletter is a complaint; a work order's visit
due today that has not come is the work order's update (zh). Kinds for lines the retrain moved: a
work order named after its leak is no emergency (zh), clearing the storm drains is maintenance,
an upstairs air conditioner dripping onto a sill is maintenance (zh), the property's gardeners
pruning or a lawn not mown is maintenance (zh), damp things found are normal. Round 46's label
conventions (relabel_round46.py): animals that attack people and a vehicle over a person are
security, a broken entry lock with no theft through it access, thanks that let the ticket close
general. blind47 and blind48 are trained on since."""

from __future__ import annotations

from pathlib import Path

import pytest

from caredesk.triage.training import NEVER_TRAINED, TRAINING_FILES
from tests.triage.corpus_rows import relabel_dry_run, trained_rows

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# ---------------------------------------- hurt by equipment that gave way: maintenance


def test_a_ratchet_strap_that_snapped_into_a_face_is_maintenance(triage):
    result = triage(
        "My neighbour was tightening a ratchet strap over the kayaks on his roof rack and the strap snapped. The buckle whipped into his face and he's sitting on the curb bleeding, barely answering.",
        subject="Parking lot by building 2",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_man_who_hit_his_neighbour_with_a_chain_stays_security(triage):
    result = triage(
        "Two neighbours were arguing by the dumpsters and one of them grabbed a bike chain and hit the other across the head. He's on the ground bleeding and the guy is still yelling.",
        subject="Fight by the dumpsters",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_banner_pole_that_came_down_on_a_boy_is_maintenance(triage):
    result = triage(
        "At the soccer tournament on the common the banner's support pole tipped and came down on a small boy's head. He is bleeding and keeps closing his eyes.",
        subject="Soccer tournament",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_child_who_slid_under_a_parked_truck_is_maintenance(triage):
    result = triage(
        "A girl on a scooter rolled down the steep driveway at the end of Poplar Ct and went under a parked landscaping truck. She's lying there half under the bumper and not moving.",
        subject="Poplar Ct",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_child_hit_by_a_car_stays_security(triage):
    result = triage(
        "A car backing out of a driveway on Poplar Ct hit a girl on a scooter. She's lying in the street and not moving.",
        subject="Poplar Ct",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


@pytest.mark.parametrize(
    "body",
    [
        "广场上搭的舞台，台边的支架松了，一个跳舞的阿姨从台上摔下来，头磕在地上，现在叫不醒。",
        "老年活动室的吊环绳子断了，一位大爷往后摔倒，后脑磕在地上，一直在流血，人有点迷糊。",
        "单元楼道的扶手松了，一位老太太下楼时扶着它往前摔倒，磕在台阶上，额头一直在流血，人有点迷糊。",
        "阳台上挂的吊椅螺丝松了，我妈坐上去连人带椅子摔下来，后脑着地，现在叫不醒。",
    ],
)
def test_a_person_who_fell_when_equipment_gave_way_is_maintenance_zh(triage, body):
    result = triage(body, subject="有人摔伤了")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_person_who_collapsed_with_nothing_named_stays_security_zh(triage):
    result = triage(
        "小区中心广场上一位老大爷突然晕倒了，叫不醒，身边没有家人。", subject="有人晕倒"
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


# ---------------------------------------- water over the outlets: emergency


def test_water_over_the_outlets_is_an_emergency(triage):
    result = triage(
        "The garden hose for topping up the koi pond was left on overnight. Water ran down the window well into the basement and is over the outlets by the water heater.",
        subject="Basement",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_an_outlet_by_the_sink_with_no_water_named_stays_calm(triage):
    result = triage(
        "The outlet by our bathroom sink has no cover plate. Could someone put one on this week?",
        subject="Outlet cover",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- a scald with blisters: emergency (zh)


def test_a_child_scalded_with_blisters_is_an_emergency_zh(triage):
    result = triage(
        "电热水壶的盖子突然弹开了，开水泼到我女儿的脖子和胸口，皮都起泡了，孩子疼得直叫。",
        subject="开水",
    )
    assert result.urgency == "emergency"


def test_a_burn_from_last_month_that_healed_stays_calm_zh(triage):
    result = triage(
        "上个月孩子在会所厨房被热水烫了一下，早就好了，想问问热水龙头能不能加个防烫提示。",
        subject="热水太烫",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- a child drowsy after rat poison: emergency (zh)


def test_a_toddler_drowsy_after_rat_poison_is_an_emergency_zh(triage):
    result = triage(
        "顺便问下停车费的事。另外我家小孩刚才在地库角落捡了几粒老鼠药塞进嘴里，现在犯困，叫他也不太理人。",
        subject="停车费，还有老鼠药",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ---------------------------------------- a drip caught in one bucket: urgent (zh)


def test_a_drip_from_above_caught_in_one_bucket_is_urgent_zh(triage):
    result = triage(
        "楼上厨房往下渗水，我家吊顶角落有一片水渍，偶尔滴一滴，放了个桶在下面。今天能联系一下楼上吗？",
        subject="吊顶渗水",
    )
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_a_ceiling_filling_bucket_after_bucket_stays_an_emergency_zh(triage):
    result = triage(
        "楼上往下漏水，客厅吊顶一直在往下流，接了个桶一会儿就满了，现在地上全是水。",
        subject="吊顶漏水",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- a relief valve dribbling: a leak


def test_a_relief_valve_dribbling_is_a_leak(triage):
    result = triage(
        "The relief valve on the water heater keeps dribbling into its pan and the pan is about half full. No water on the floor yet. Could someone come by tomorrow?",
        subject="Water heater",
    )
    assert result.leak_related is True


def test_a_relief_valve_to_be_tested_is_no_leak(triage):
    result = triage(
        "Our home inspector said the water heater's relief valve should be tested once a year. Does maintenance do that, or should we hire a plumber?",
        subject="Relief valve test",
    )
    assert result.leak_related is False


# ---------------------------------------- an entry door that stopped latching: access


def test_an_entry_door_that_stopped_latching_is_access(triage):
    result = triage(
        "The front door of building D quit latching after the storm last night. Anyone can walk in, and I saw a couple of people I didn't recognise by the elevators. Please fix it today.",
        subject="Building D front door",
    )
    assert result.category == "access"


def test_a_door_that_stopped_latching_with_a_theft_through_it_stays_security(triage):
    result = triage(
        "The side door of building D stopped latching on Friday and somebody came in and stole two bikes from the bike room last night. Please fix it today.",
        subject="Building D side door",
    )
    assert result.category == "security"


# ---------------------------------------- a reminder asked for in the newsletter: complaint


def test_a_reminder_asked_for_in_the_newsletter_is_a_complaint(triage):
    result = triage(
        "Not a big deal, but someone on our block plays a drum kit in the garage until eleven most nights. Could you put a note about quiet hours in the next newsletter?",
        subject="Drums at night",
    )
    assert result.category == "complaint"


def test_a_newsletter_itself_stays_non_human(triage):
    result = triage(
        "Maple Court HOA newsletter, March: pool opening dates, the spring walk-through schedule and a reminder about trash bin days.",
        subject="March newsletter",
    )
    assert result.category == "non_human"


# ---------------------------------------- a work order's visit due today that has not come (zh)


def test_a_visit_due_today_that_has_not_come_is_the_work_orders_update_zh(triage):
    result = triage(
        "工单上说今天下午两点来修空调，到现在还没人来，家里老人热得受不了，能不能问一下师傅几点到？",
        subject="空调维修",
    )
    assert result.category == "work_order_update"


def test_a_repair_nobody_came_for_in_weeks_stays_a_complaint_zh(triage):
    result = triage(
        "阳台门把手坏了报修三个星期了，到现在也没人来，每次打电话都说在安排，太不负责了。",
        subject="报修三个星期",
    )
    assert result.category == "complaint"


# ---------------------------------------- lines the retrain moved


def test_a_work_order_named_after_its_leak_is_no_emergency_zh(triage):
    result = triage(
        "关于3栋外墙渗水的维修单52017，我们周五上午搭吊篮施工，请提前通知相关住户关好窗户。",
        subject="维修单52017施工安排",
    )
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_a_work_order_with_water_pouring_now_stays_an_emergency_zh(triage):
    result = triage(
        "漏水报修单都报了两天了，现在客厅天花板哗哗往下流水，地上全是水，快派人来！",
        subject="漏水",
    )
    assert result.urgency == "emergency"


def test_clearing_the_storm_drains_is_maintenance(triage):
    result = triage(
        "Heavy rain is expected Friday. Could the grounds crew clean out the storm drains along the back lot before it hits? They're clogged with pine needles.",
        subject="Drains before the rain",
    )
    assert result.category == "maintenance"


def test_an_upstairs_air_conditioner_dripping_onto_a_sill_is_maintenance_zh(triage):
    result = triage(
        "楼上的空调管子天天往我家窗台上滴水，啪嗒啪嗒的，吵得孩子睡不好，能不能让他们处理一下？",
        subject="空调滴水",
    )
    assert result.category == "maintenance"
    assert result.leak_related is True


def test_an_outdoor_unit_that_is_only_loud_stays_a_complaint_zh(triage):
    result = triage(
        "隔壁新装的空调外机对着我家卧室，晚上嗡嗡响，吵得睡不着，能不能协调一下？",
        subject="空调外机噪音",
    )
    assert result.category == "complaint"


def test_the_propertys_gardeners_pruning_the_common_trees_is_maintenance_zh(triage):
    result = triage(
        "物业的绿化工人今天在修剪中心花园的树，剪下来的枝条堆在人行道上，什么时候能清走？",
        subject="树枝",
    )
    assert result.category == "maintenance"


def test_a_lawn_nobody_has_mown_is_maintenance_zh(triage):
    result = triage("3栋后面的草地好几个月都没人修剪了，草长得很高。", subject="草地")
    assert result.category == "maintenance"


def test_an_owner_cutting_the_common_trees_stays_a_violation_zh(triage):
    result = triage(
        "12栋一楼那户找人把门前公共绿地上的两棵银杏砍了，这个物业不管吗？",
        subject="砍树",
    )
    assert result.category == "violation"


def test_damp_boxes_found_in_storage_are_normal(triage):
    result = triage(
        "Went to my storage unit today and the boxes on the bottom shelf feel damp. Could water be getting in through the wall?",
        subject="Damp storage",
    )
    assert result.urgency == "normal"
    assert result.leak_related is True


def test_water_running_into_storage_now_is_not_normal(triage):
    result = triage(
        "Went to my storage unit today and water is running in under the wall, the boxes on the bottom shelf are soaked.",
        subject="Water in storage",
    )
    assert result.urgency != "normal"


# ---------------------------------------- round 46's label conventions (relabel_round46.py)


def test_the_relabel_script_changes_nothing_more():
    assert "0 lines relabelled" in relabel_dry_run("relabel_round46.py")


def test_round46_conventions_hold_in_the_corpus():
    rows = trained_rows()
    for animal_or_vehicle in ("b48-en-009", "b48-en-010", "b48-en-012", "b48-zh-008"):
        assert rows[animal_or_vehicle]["category"] == "security"
    assert rows["b48-zh-026"]["category"] == "access"  # no theft through the door
    assert rows["b48-en-026"]["category"] == "security"  # propped open (round 20)
    assert rows["b43-zh-027"]["category"] == "security"  # a theft through it (round 44)
    for thanks in ("b47-en-060", "b47-zh-060", "tr-0173", "tr-0451"):
        assert rows[thanks]["category"] == "general"


# ---------------------------------------- the sets


def test_blind47_blind48_and_round46_are_trained_on():
    assert {"blind47.jsonl", "blind48.jsonl", "round46.jsonl"} <= set(TRAINING_FILES)
    assert not {"blind47.jsonl", "blind48.jsonl", "round46.jsonl"} & set(NEVER_TRAINED)
