# ruff: noqa: E501
"""The category inventory (scripts/triage/category_inventory.md): kinds at the boundaries between
confusable categories, with fresh sentences, each with its look-alike across the boundary. A
neighbour's work said to be unapproved is a violation, one's own request architectural; a
neighbour's machine humming is a complaint, our own machine maintenance; a charge on the
statement for a fob is billing, what a fob costs access; keys handed back on moving out and the
fobs new tenants collect are a move, a lost key access; a deck or booth collapsed, someone
trapped inside, is maintenance wherever it is; a window's latch is maintenance, a door's access;
the 办 of 办公室 does not open door access; a person described by clothing is no intruder; an
igniter that won't light is no spark; a parcel taken from a doorstep or shelf is a parcel,
a car broken into security. From the threshold CV's out-of-fold misses: a furnace off in
the cold with someone frail; a flashlight moving inside; a broken piece swinging over a path;
bricks falling one after another; a platform lift stuck with someone on it."""

from __future__ import annotations

import re

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- a neighbour's unapproved work, one's own request


def test_a_neighbours_unapproved_work_is_a_violation(triage):
    en = triage(
        "The people at 41 Juniper just bolted a huge metal carport onto the front of their garage. I'm fairly sure it was never approved.",
        subject="Carport",
    )
    assert en.category == "violation"
    zh = triage("12栋那户在自家院子里搭了一个两层高的阳光房，物业审批过吗？", subject="阳光房")
    assert zh.category == "violation"


def test_ones_own_request_is_architectural(triage):
    en = triage(
        "We'd like to add a metal carport in front of our garage. What do we need to submit for approval?",
        subject="Carport",
    )
    assert en.category == "architectural"
    zh = triage("我们想在自家院子里搭个阳光房，需要先交什么申请材料？", subject="阳光房")
    assert zh.category == "architectural"


# ---------------------------------------- a neighbour's machine, our own machine


def test_a_neighbours_machine_humming_is_a_complaint(triage):
    en = triage(
        "My neighbour's hot tub pump kicks on every twenty minutes through the night with a loud whine right under our window.",
        subject="Pump noise",
    )
    assert en.category == "complaint"
    assert en.urgency == "normal"
    zh = triage("楼下新装的新风机整晚呜呜地响，吵得我们睡不着觉。", subject="噪音")
    assert zh.category == "complaint"
    assert zh.urgency == "normal"


def test_our_own_machine_rattling_is_maintenance(triage):
    en = triage(
        "The bathroom exhaust fan in our unit started rattling loudly last week and barely pulls any air.",
        subject="Fan",
    )
    assert en.category == "maintenance"
    zh = triage(
        "我家卫生间的排风扇最近一开就咔咔响，抽风也没劲了，麻烦来修一下。", subject="排风扇"
    )
    assert zh.category == "maintenance"


# ---------------------------------------- a charge on the statement, what a fob costs


def test_a_charge_on_the_statement_for_a_fob_is_billing(triage):
    en = triage(
        "There's a $40 fee on my account for a garage remote. I still have my original one and never asked for another.",
        subject="Remote fee",
    )
    assert en.category == "billing"
    zh = triage("这个月账单里有一笔补办车库遥控器的钱，我根本没办过。", subject="账单")
    assert zh.category == "billing"


def test_what_a_fob_costs_is_access(triage):
    en = triage(
        "How much does a second garage remote cost, and where do I pick it up?", subject="Remote"
    )
    assert en.category == "access"
    zh = triage("想给家里老人再开通一张门禁卡，要怎么办理？", subject="门禁卡")
    assert zh.category == "access"


# ---------------------------------------- keys handed back on moving out; fobs for new tenants


def test_keys_handed_back_on_moving_out_are_a_move(triage):
    en = triage(
        "We're out of 6C on the 30th. Should we leave the keys and the mailbox key on the counter or return them to you?",
        subject="Keys",
    )
    assert en.category == "move"
    zh = triage("我们下周二退租，办公室下班以后钥匙和门禁卡交给谁？", subject="交钥匙")
    assert zh.category == "move"


def test_fobs_collected_by_new_tenants_are_a_move(triage):
    zh = triage("我们这个周末入住，新租户能领几张门禁卡？在哪里领？", subject="入住")
    assert zh.category == "move"


def test_a_lost_key_is_access(triage):
    en = triage(
        "I dropped my keys somewhere between the lot and my door yesterday and can't find them. Can I get a copy made?",
        subject="Keys",
    )
    assert en.category == "access"
    zh = triage("入住以后我的门禁卡一直刷不开单元门，能帮忙看看吗？", subject="门禁卡")
    assert zh.category == "access"


# ---------------------------------------- a structure collapsed, someone trapped inside


def test_a_collapse_at_an_amenity_is_maintenance(triage):
    en = triage(
        "The pool deck stairs just collapsed while kids were on them, one girl is stuck between the boards and crying.",
        subject="Pool stairs",
    )
    assert en.urgency == "emergency"
    assert en.category == "maintenance"
    zh = triage("活动室外面的木平台刚才塌了一块，一个老人掉下去起不来了。", subject="平台")
    assert zh.urgency == "emergency"
    assert zh.category == "maintenance"


def test_someone_trapped_inside_a_booth_is_maintenance(triage):
    result = triage("门口的收费岗亭被货车撞歪了，收费员被困在里面，门打不开。", subject="岗亭")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_booking_an_amenity_is_still_an_amenity(triage):
    en = triage(
        "Can we book the pool deck and the party room for a graduation party on June 20?",
        subject="Booking",
    )
    assert en.category == "amenity"
    zh = triage("活动室这周六下午能预约吗？我们办个生日会。", subject="预约")
    assert zh.category == "amenity"


# ---------------------------------------- a window's latch, a door's lock


def test_a_windows_latch_is_maintenance(triage):
    result = triage(
        "The lock on the little bathroom window is broken, so the window swings open every time the wind picks up.",
        subject="Window",
    )
    assert result.category == "maintenance"


def test_a_doors_lock_is_access(triage):
    result = triage(
        "The lock on our patio door is broken and the door won't stay shut.", subject="Patio door"
    )
    assert result.category == "access"


# ---------------------------------------- a person described by clothing; an igniter


def test_a_person_described_by_clothing_is_no_intruder(triage):
    result = triage(
        "The lobby camera shows a man in a grey hoodie taking two boxes off the parcel shelf on Sunday afternoon.",
        subject="Parcels",
    )
    assert result.urgency != "emergency"
    assert result.category == "parcel"


def test_a_parcel_taken_from_a_doorstep_is_a_parcel(triage):
    en = triage(
        "Our neighbour's video doorbell caught a teenager on a bike grabbing the package off our mat at noon.",
        subject="Package",
    )
    assert en.category == "parcel"
    zh = triage("门口监控拍到一个骑电动车的人把我家门口的快递抱走了。", subject="快递")
    assert zh.category == "parcel"


def test_a_car_broken_into_is_security(triage):
    en = triage(
        "Somebody broke into my car on level 2 overnight and took my laptop bag from the trunk.",
        subject="Car",
    )
    assert en.category == "security"
    zh = triage("昨天夜里有人撬了我停在地库的车，后备箱里的包被拿走了。", subject="车被撬")
    assert zh.category == "security"


def test_someone_in_the_garage_now_is_an_intruder(triage):
    result = triage(
        "There is a man in our garage right now going through my husband's car, we are upstairs.",
        subject="Help",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_an_igniter_that_wont_light_is_no_spark(triage):
    result = triage("天台那个燃气壁炉打火打了半天没反应，是不是没气了？", subject="壁炉")
    assert result.urgency != "emergency"


def test_sparks_from_an_outlet_are_still_an_emergency(triage):
    result = triage("厨房插座刚才冒火花，还有一股焦糊味。", subject="插座")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ---------------------------------------- the threshold CV's out-of-fold misses, as kinds


def test_a_furnace_off_in_the_cold_with_someone_frail_is_an_emergency(triage):
    result = triage(
        "Our furnace has been off since Sunday night, it's 4 below outside and my mother is 87.",
        subject="Furnace",
    )
    assert result.urgency == "emergency"


def test_a_furnace_off_with_nobody_home_is_no_emergency(triage):
    result = triage(
        "The furnace has been off since noon but we're away until Friday and nobody is home.",
        subject="Furnace",
    )
    assert result.urgency != "emergency"


def test_a_flashlight_moving_inside_is_someone_inside_now(triage):
    zh = triage("仓库的报警器响了，卷帘门被撬开一条缝，里面有手电筒的光照来照去。", subject="报警")
    assert zh.urgency == "emergency"
    assert zh.category == "security"
    en = triage(
        "The office alarm went off and I can see a flashlight moving around inside the clubhouse.",
        subject="Alarm",
    )
    assert en.urgency == "emergency"
    assert en.category == "security"


def test_a_flashlight_kept_or_asked_for_is_no_event(triage):
    en = triage("I keep a flashlight in the storage unit in case the lights go out.", subject="Tip")
    assert en.urgency != "emergency"
    zh = triage("建议楼道里放个手电筒，晚上黑的时候方便大家用。", subject="建议")
    assert zh.urgency != "emergency"


def test_a_broken_piece_swinging_over_a_path_is_an_emergency(triage):
    result = triage("广告牌的铁架子断了，半块牌子吊在人行道上空来回晃。", subject="广告牌")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_lanterns_hanging_in_the_air_are_no_emergency(triage):
    result = triage("春节挂的红灯笼在半空中晃来晃去，挺喜庆的。", subject="灯笼")
    assert result.urgency != "emergency"


def test_bricks_falling_one_after_another_are_an_emergency(triage):
    result = triage("楼顶的女儿墙裂了，砖头一块块往人行道上掉。", subject="女儿墙")
    assert result.urgency == "emergency"


def test_a_brick_fallen_last_year_and_fixed_is_no_emergency(triage):
    result = triage("去年楼顶掉过一块砖头，后来已经修好了，想问问今年还检查吗？", subject="检查")
    assert result.urgency != "emergency"


def test_a_platform_lift_stuck_with_someone_on_it_is_entrapment(triage):
    result = triage("地库的升降机卡在半空了，上面还有一位坐轮椅的老人下不来。", subject="升降机")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_platform_lift_stuck_with_nobody_on_it_is_no_emergency(triage):
    result = triage("升降平台卡在半空了，上面没人，什么时候能修？", subject="升降平台")
    assert result.urgency != "emergency"


# ---------------------------------------- the phrases compile; the corpus


def test_category_inventory_phrases_compile():
    phrases = [p for p in default_phrases() if (p.note or "").startswith("category inventory:")]
    assert len(phrases) == 19
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_the_category_inventory():
    assert "categories.jsonl" in TRAINING_FILES
