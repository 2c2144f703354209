# ruff: noqa: E501
"""Round 35: from blind34's mistakes, false alarms first, with fresh sentences, each with its
harmless look-alike or its real emergency. A smell (not a person) getting into a hallway is no
break-in; a trash chute backed up is urgent; an elevator out of order with nobody inside, and
movers waiting with the freight lift out, are urgent and a move; a gap left open, asked to be
blocked off today, is urgent; a railing knocked off by a car is no person hit (zh); someone shut
in, in a hypothetical, is no entrapment; an insurance question is general; a person stuck in a
bin or a chute is an emergency and maintenance; fumes through a wall making people sick are an
emergency (zh), and 渗过来 is no past; blood and a waterproofing crew are no water; an inflatable
blown away with children inside is an emergency at an amenity; pest treatment is a maintenance
topic; a Christmas tree is general, not a tree to tend; a building shaken all day by works next
door is a complaint; a relative using my spot, told, is general; a person pinned by a machine or
a car is maintenance (zh); a trench left open and a door's speed are maintenance (zh). blind34
is trained on since; blind35, this round's honest measure, never is."""

from __future__ import annotations

import re

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- false alarms: a smell, a trash chute, a lift, a gap


def test_a_smell_getting_into_the_hallway_is_no_break_in(triage):
    result = triage(
        "The recycling room hasn't been emptied in a week and the stench is getting into the stairwell now.",
        subject="Recycling room",
    )
    assert result.urgency != "emergency"


def test_a_stranger_getting_into_cars_is_still_an_emergency(triage):
    result = triage(
        "Two guys in hoodies are getting into the cars on level 2 of the garage right now, one has a slim jim.",
        subject="Garage",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_trash_chute_backed_up_is_urgent(triage):
    result = triage(
        "The garbage chute on our side is blocked all the way up to the 6th floor and people are leaving bags on the landing.",
        subject="Chute",
    )
    assert result.urgency == "urgent"
    assert result.category == "maintenance"


def test_a_person_in_a_jammed_compactor_is_an_emergency(triage):
    result = triage(
        "The compactor is jammed and somebody is trapped in it, we can hear him knocking.",
        subject="Compactor",
    )
    assert result.urgency == "emergency"


def test_a_trash_chute_backed_up_is_urgent_zh(triage):
    result = triage("5栋的垃圾道又堵满了，各层垃圾间都堆不下了，臭得很。", subject="垃圾道")
    assert result.urgency == "urgent"


def test_an_elevator_out_of_order_with_nobody_inside_is_no_emergency(triage):
    result = triage(
        "The service elevator in tower B is out of order again. I have to carry my groceries up eight flights.",
        subject="Elevator",
    )
    assert result.urgency != "emergency"


def test_an_elevator_out_of_order_with_someone_stuck_inside_is_an_emergency(triage):
    result = triage(
        "The elevator is out of order and my neighbour is stuck inside between the 3rd and 4th floor.",
        subject="Elevator",
    )
    assert result.urgency == "emergency"


def test_movers_waiting_with_the_freight_lift_out_are_urgent_and_a_move(triage):
    result = triage(
        "The goods lift at the warehouse units has broken down and my movers are waiting downstairs to clear out unit 209.",
        subject="Goods lift",
    )
    assert result.urgency == "urgent"
    assert result.category == "move"


def test_a_gap_left_open_asked_to_be_blocked_off_today_is_urgent(triage):
    result = triage(
        "The railing on the parking deck that the delivery van knocked over is still lying on the ground. Could you put some cones across the gap today?",
        subject="Parking deck railing",
    )
    assert result.urgency == "urgent"


def test_a_railing_giving_way_under_someone_is_an_emergency(triage):
    result = triage(
        "The railing on the parking deck just gave way and a man fell onto the ramp below, he isn't moving.",
        subject="Parking deck",
    )
    assert result.urgency == "emergency"


def test_a_railing_knocked_off_by_a_car_is_no_person_hit_zh(triage):
    result = triage(
        "地库出口被车撞坏的那根栏杆还没修，缺口对着坡道。请今天先围起来。", subject="栏杆"
    )
    assert result.urgency == "urgent"
    assert result.category == "maintenance"


def test_a_person_hit_by_a_car_is_still_an_emergency_zh(triage):
    result = triage("地库出口一个小孩被车撞倒了，躺在地上哭。", subject="地库")
    assert result.urgency == "emergency"


def test_someone_shut_in_in_a_hypothetical_is_no_entrapment(triage):
    result = triage(
        "What if a kid got locked in the pool equipment room? Can that door be opened from the inside?",
        subject="Pool equipment room",
    )
    assert result.urgency == "normal"
    assert result.category == "general"


def test_someone_shut_in_now_is_an_emergency(triage):
    result = triage(
        "A kid got locked in the walk-in freezer of the clubhouse kitchen and the door won't open from the outside.",
        subject="Clubhouse kitchen",
    )
    assert result.urgency == "emergency"


def test_someone_shut_in_in_a_hypothetical_is_no_entrapment_zh(triage):
    result = triage("如果有人被锁在设备间里，里面能不能打开门？", subject="设备间")
    assert result.urgency == "normal"
    assert result.category == "general"


def test_an_insurance_question_is_general(triage):
    result = triage(
        "If a branch from the common area falls on my car, would the association's insurance cover it?",
        subject="Insurance",
    )
    assert result.urgency == "normal"
    assert result.category == "general"


def test_an_insurance_question_is_general_zh(triage):
    result = triage("阳台玻璃要是被冰雹砸碎了，小区的保险赔不赔？", subject="保险")
    assert result.urgency == "normal"
    assert result.category == "general"


def test_damage_that_happened_is_still_not_a_hypothetical_zh(triage):
    result = triage(
        "阳台玻璃刚才被冰雹砸碎了，碎玻璃掉了一地，今天能来封一下吗？", subject="阳台玻璃"
    )
    assert result.urgency in ("urgent", "emergency")


# ---------------------------------------- missed emergencies: a bin, fumes


def test_a_person_stuck_in_a_bin_is_an_emergency(triage):
    result = triage(
        "My little boy crawled into the big recycling bin behind building 2 and he's stuck upside down in the bin, we can't pull him out.",
        subject="Recycling bin",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_parcel_stuck_in_a_chute_is_no_emergency(triage):
    result = triage(
        "My parcel got stuck in the mail chute on the 4th floor. Can someone fish it out?",
        subject="Mail chute",
    )
    assert result.urgency != "emergency"


def test_a_person_stuck_in_a_bin_is_maintenance_zh(triage):
    result = triage("一个小男孩钻进了垃圾桶，卡在垃圾桶里出不来了，一直在哭。", subject="垃圾桶")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_fumes_through_a_wall_making_people_sick_are_an_emergency_zh(triage):
    result = triage(
        "楼下在喷杀虫剂，药味从地板缝里透上来了，我妈和孩子都吐了，喘不过气。", subject="药味"
    )
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_fumes_through_a_wall_with_nobody_sick_are_no_leak_zh(triage):
    result = triage("隔壁装修，油漆味从墙缝里渗过来，能不能让他们开窗？", subject="油漆味")
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_water_seeping_across_from_next_door_is_not_past_zh(triage):
    result = triage("隔壁卫生间的水从墙里渗过来了，我家墙根全湿了，还在往外冒。", subject="渗水")
    assert result.leak_related is True
    assert result.urgency == "emergency"


# ---------------------------------------- leak: blood and waterproofing are no water


def test_blood_is_no_water(triage):
    result = triage(
        "A man fell off the ladder at the pool house and cut his head open, he's bleeding a lot. Please send someone.",
        subject="Pool house",
    )
    assert result.leak_related is False


def test_blood_next_to_a_real_leak_is_still_a_leak(triage):
    result = triage(
        "Water is pouring through the kitchen ceiling and my husband slipped on it, his hand is bleeding.",
        subject="Kitchen",
    )
    assert result.leak_related is True
    assert result.urgency == "emergency"


def test_a_waterproofing_crew_is_no_water_zh(triage):
    result = triage("楼顶刷防水的工人把材料堆在楼梯口了，老人上下楼不方便。", subject="楼顶")
    assert result.leak_related is False


def test_waterproofing_because_of_a_leak_is_still_a_leak_zh(triage):
    result = triage("做防水的师傅走了以后，我家天花板还是在滴水，一晚上接了两盆。", subject="防水")
    assert result.leak_related is True


# ---------------------------------------- an inflatable, pests, trees, works, a relative


def test_an_inflatable_blown_away_with_children_inside_is_an_emergency(triage):
    result = triage(
        "The wind just lifted the bouncy castle at the block party and it's rolling down the street with three children inside!",
        subject="Block party",
    )
    assert result.urgency == "emergency"
    assert result.category == "amenity"


def test_an_inflatable_booked_is_an_amenity(triage):
    result = triage(
        "Can we book the clubhouse lawn for a bouncy castle on the 14th for my daughter's party?",
        subject="Party",
    )
    assert result.urgency == "normal"
    assert result.category == "amenity"


def test_an_inflatable_blown_away_with_children_inside_is_an_emergency_zh(triage):
    result = triage("广场上的充气滑梯被大风吹翻了，里面还有好几个孩子！", subject="充气滑梯")
    assert result.urgency == "emergency"
    assert result.category == "amenity"


def test_pest_treatment_is_maintenance(triage):
    result = triage(
        "Is the building's pest control service coming this month? We have a new puppy and need to plan.",
        subject="Pest control",
    )
    assert result.category == "maintenance"


def test_a_christmas_tree_is_general_not_a_tree_to_tend(triage):
    result = triage(
        "Are residents allowed to put a Christmas wreath on their front doors?", subject="Wreath"
    )
    assert result.category == "general"


def test_a_christmas_tree_on_fire_is_an_emergency_and_maintenance(triage):
    result = triage(
        "The Christmas tree in the clubhouse caught fire and the flames are reaching the curtains!",
        subject="Clubhouse",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_dead_tree_in_the_common_area_is_maintenance(triage):
    result = triage(
        "The big pine by the tennis court is dead and dropping branches. Could the landscaper look at it?",
        subject="Dead tree",
    )
    assert result.category == "maintenance"


def test_a_building_shaken_all_day_by_works_is_a_complaint(triage):
    result = triage(
        "The pile driving on the new site rattles our windows every day from 7 am. Can the HOA talk to the developer?",
        subject="Pile driving",
    )
    assert result.category == "complaint"


def test_a_relative_using_my_spot_told_is_general(triage):
    result = triage(
        "Heads up: my daughter will be using my parking space while I'm in hospital. No action needed.",
        subject="My space",
    )
    assert result.category == "general"
    assert result.urgency == "low"


def test_a_relative_using_my_spot_told_is_general_zh(triage):
    result = triage("说一声，下周我女儿用我的车位，不用处理。", subject="车位")
    assert result.category == "general"


def test_a_stranger_in_my_spot_is_still_access(triage):
    result = triage(
        "Someone I don't know has been parking in my spot all week and I had to park on the street.",
        subject="My spot",
    )
    assert result.category == "access"


# ---------------------------------------- Chinese categories: pinned, a trench, a door's speed


def test_a_person_pinned_by_a_machine_is_maintenance_zh(triage):
    result = triage("搬运工的脚被推车压住了，肿得厉害，动不了。", subject="装卸区")
    assert result.category == "maintenance"


def test_a_car_on_a_person_is_maintenance_zh(triage):
    result = triage("地库里一辆车溜车了，车压在一个老人腿上，他在喊救命。", subject="地库")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_trench_left_open_is_maintenance_zh(triage):
    result = triage(
        "小区南路挖开的坑晚上一直敞着，路灯也不亮，能不能让施工队盖一下？", subject="路上的坑"
    )
    assert result.category == "maintenance"


def test_a_doors_speed_to_adjust_is_maintenance_zh(triage):
    result = triage("单元门的闭门器关得太快了，老人经常被夹，能调慢一点吗？", subject="单元门")
    assert result.category == "maintenance"


# ---------------------------------------- round 33's list: a generator test, a door handle


def test_a_smell_during_a_generator_test_is_no_emergency(triage):
    result = triage(
        "The backup generator test ran this afternoon and the lobby smelled of exhaust for an hour. Is that normal?",
        subject="Generator",
    )
    assert result.urgency != "emergency"


def test_smoke_pouring_out_during_a_generator_test_is_an_emergency(triage):
    result = triage(
        "During the generator test thick smoke is pouring out of the generator room and the fire alarm went off.",
        subject="Generator room",
    )
    assert result.urgency == "emergency"


def test_a_smell_during_a_generator_test_is_no_emergency_zh(triage):
    result = triage("今天下午备用发电机测试，大堂里一股尾气味，正常吗？", subject="发电机")
    assert result.urgency != "emergency"


def test_a_bathroom_door_handle_is_no_water_zh(triage):
    result = triage("浴室门的把手松了，门关不严。", subject="浴室门")
    assert result.leak_related is False


def test_a_bathroom_door_handle_next_to_a_leak_is_still_a_leak_zh(triage):
    result = triage(
        "浴室门把手坏了，而且淋浴房底下一直在漏水，楼下说天花板滴水了。", subject="浴室"
    )
    assert result.leak_related is True


def test_a_beep_of_unknown_source_is_no_emergency_zh(triage):
    result = triage("客厅里不知道什么东西隔一会儿就嘀嘀叫，吵得人睡不着。", subject="嘀嘀声")
    assert result.urgency != "emergency"


def test_a_smoke_alarm_beeping_with_smoke_is_still_an_emergency_zh(triage):
    result = triage("走廊的烟感一直哔哔响，楼梯间已经有黑烟冒上来了。", subject="烟感")
    assert result.urgency == "emergency"


def test_a_tub_filled_with_water_over_a_crack_is_no_leak(triage):
    result = triage(
        "Our upstairs neighbours filled an inflatable pool on their deck and the beam under it has started to crack and sag.",
        subject="Deck",
    )
    assert result.leak_related is False


def test_a_tub_filled_with_water_leaking_through_is_a_leak_zh(triage):
    result = triage("楼上露台的充气泳池装满了水，现在水顺着我家窗框往里渗。", subject="泳池")
    assert result.leak_related is True


def test_an_inside_doors_latch_is_no_entry_lock(triage):
    result = triage(
        "The closet door in the second bedroom won't latch any more, it keeps swinging open.",
        subject="Closet door",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_the_front_doors_latch_is_still_an_entry_lock(triage):
    result = triage(
        "Our front door won't latch since the storm and we can't lock it tonight.",
        subject="Front door",
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


# ---------------------------------------- the phrases compile; the honest sets


def test_round35_phrases_compile():
    phrases = [p for p in default_phrases() if "round 35" in (p.note or "")]
    assert len(phrases) == 52
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind34(triage):
    assert "blind34.jsonl" in TRAINING_FILES
