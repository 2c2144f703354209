# ruff: noqa: E501
"""Round 40: from blind39's mistakes and round 39's leftovers, with fresh sentences, each with its
harmless look-alike or its real emergency. Things driven or carried out of a barn or a unit right
now are a theft in progress, an emergency and security; someone struck by a gate's barrier arm is
maintenance; a parcel locked in a parcel room or locker that will not open is a parcel; leaks
looked for and none found are no water; open flames the rules ban are a violation and no fire; a
room or a cabinet dried in a work order was wet; a reply that takes note of a notice and says
what one will do is low; a claim for a pipe that burst is about a leak and, paid or closed,
general; scalding water over a child's skin is an emergency; something needed today is urgent
(zh); a vendor asking the office to tell an owner is normal (zh); a wallet or a phone found or
lost is general; a heads-up that there is nothing to worry about is low (zh); animals under the
eaves are maintenance; a pipe that burst last week is past; cameras down with a guard wanted
until they are back are urgent. blind39 is trained on since; blind40, this round's honest
measure, never is."""

from __future__ import annotations

import json
import re
from pathlib import Path

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# ---------------------------------------- a theft in progress


def test_bikes_loaded_out_of_a_unit_right_now_are_a_theft_in_progress(triage):
    result = triage(
        "Two guys in a pickup are loading the bikes out of unit F-12 right now and the lock is cut. That's not their unit.",
        subject="Storage row F",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_bike_taken_over_the_weekend_is_normal_security(triage):
    result = triage(
        "My son's bike was taken from the rack behind building 5 some time over the weekend. Can we see the footage?",
        subject="Bike gone",
    )
    assert result.urgency == "normal"
    assert result.category == "security"


def test_zh_mowers_hauled_out_of_the_tool_room_now_are_an_emergency(triage):
    result = triage(
        "前台：有两个人正从地库的工具房往外搬割草机，门上的锁被剪断了，物业的人今天都休息。",
        subject="工具房",
        channel="frontdesk",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_zh_a_scooter_stolen_last_week_is_normal(triage):
    result = triage("我的电动车上周放在车棚里被人偷了，能不能调一下监控？", subject="车被偷")
    assert result.urgency == "normal"
    assert result.category == "security"


# ---------------------------------------- struck by a gate's barrier arm


def test_a_barrier_arm_on_a_cyclists_head_is_maintenance(triage):
    result = triage(
        "The barrier arm at the garage exit dropped on a cyclist's head as she went under it. She's sitting on the ramp dazed and her helmet is cracked.",
        subject="Garage exit",
    )
    assert result.category == "maintenance"


def test_a_barrier_arm_stuck_down_with_a_car_behind_it_is_access(triage):
    result = triage(
        "The barrier arm at the garage exit is stuck down and my car is behind it. I need to get to work. Can someone lift it?",
        subject="Garage exit arm",
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_zh_a_barrier_arm_on_a_riders_head_is_maintenance(triage):
    result = triage(
        "地库出口的道闸杆突然落下来砸到一个骑电动车的人头上，人摔在地上起不来了。",
        subject="地库出口",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ---------------------------------------- a parcel locked in a locker


def test_medicine_in_a_package_locker_that_wont_open_is_a_parcel(triage):
    result = triage(
        "The package locker's screen says error and won't open. My daughter's inhaler was delivered into it this afternoon and she needs it tonight.",
        subject="Locker",
    )
    assert result.urgency == "urgent"
    assert result.category == "parcel"


def test_the_front_door_code_not_working_stays_access(triage):
    result = triage(
        "The front door code isn't working this evening and I'm standing outside with groceries. Can someone buzz me in?",
        subject="Front door code",
    )
    assert result.category == "access"


def test_zh_medicine_in_a_broken_parcel_locker_tonight_is_urgent_parcel(triage):
    result = triage(
        "快递柜一直显示故障打不开，我爸的降压药在里面，今晚就要吃，能帮忙取一下吗？",
        subject="快递柜",
    )
    assert result.urgency == "urgent"
    assert result.category == "parcel"


def test_zh_the_entrance_code_not_working_stays_access(triage):
    result = triage("单元门的密码不对了，我在门口进不去，能帮忙开一下吗？", subject="单元门密码")
    assert result.category == "access"


# ---------------------------------------- leaks looked for and none found


def test_a_high_bill_with_no_leak_found_is_no_water(triage):
    result = triage(
        "Our sewer and water charge tripled this quarter. We had a plumber check for leaks and he found none. Can you look at the meter?",
        subject="Sewer bill",
    )
    assert result.leak_related is False
    assert result.category == "billing"


def test_a_leak_found_after_a_high_bill_is_a_leak(triage):
    result = triage(
        "We checked for leaks after the high bill and found one: the toilet in the hall runs all night. Can someone fix the flapper?",
        subject="Leak found",
    )
    assert result.leak_related is True


def test_zh_a_high_bill_with_no_leak_found_is_no_water(triage):
    result = triage(
        "这个月水费是上个月的三倍，我家里都查过了，没有漏水的地方，能帮忙看看水表吗？",
        subject="水费",
    )
    assert result.leak_related is False
    assert result.category == "billing"


# ---------------------------------------- open flames the rules ban


def test_candles_the_rules_prohibit_are_a_violation_not_a_fire(triage):
    result = triage(
        "The couple in 2B keep candles burning on their balcony railing every evening, and the house rules prohibit open flames on balconies.",
        subject="Candles",
    )
    assert result.urgency == "normal"
    assert result.category == "violation"


def test_candles_that_set_a_chair_on_fire_are_an_emergency(triage):
    result = triage(
        "The candles on 2B's balcony tipped into their wicker chair and it's on fire, flames are climbing the railing.",
        subject="Candles fire",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_zh_a_barbecue_the_rules_ban_is_a_violation(triage):
    result = triage("楼下那户天天在草坪上烧烤，小区规定禁止明火，说了也不听。", subject="烧烤")
    assert result.urgency == "normal"
    assert result.category == "violation"


# ---------------------------------------- a cabinet dried in a work order


def test_a_work_order_that_dried_a_cabinet_is_a_leak(triage):
    result = triage(
        "WO 7718: dishwasher supply valve replaced, cabinet base dried out and sanitized. Closed.",
        subject="WO 7718 closed",
    )
    assert result.leak_related is True
    assert result.urgency == "low"
    assert result.category == "work_order_update"


def test_paint_that_dried_in_a_work_order_is_no_leak(triage):
    result = triage(
        "WO 7719: hallway repainted, second coat dried overnight. Closed.", subject="WO 7719 closed"
    )
    assert result.leak_related is False


def test_zh_a_work_order_that_dried_a_cabinet_is_a_leak(triage):
    result = triage("工单8120：厨房角阀已更换，橱柜已烘干。已完成。", subject="工单 8120 完成")
    assert result.leak_related is True
    assert result.urgency == "low"


# ---------------------------------------- a reply that takes note of a notice


def test_a_reply_noting_a_closure_with_ones_own_plan_is_low(triage):
    result = triage(
        "Noted, we'll take the kids to the lake that weekend instead.\n\n> On Fri, the office wrote:\n> The pool will be closed Saturday and Sunday for repairs.",
        subject="Re: Pool closure",
    )
    assert result.urgency == "low"


def test_a_reply_noting_a_closure_with_a_question_is_normal(triage):
    result = triage(
        "Noted, but can we still use the hot tub that weekend?\n\n> On Fri, the office wrote:\n> The pool will be closed Saturday and Sunday for repairs.",
        subject="Re: Pool closure",
    )
    assert result.urgency == "normal"


def test_zh_a_reply_noting_lift_service_with_ones_own_plan_is_low(triage):
    result = triage(
        "收到，那天我们就走楼梯。\n\n> 周一，物业写道：\n> 周三上午3栋电梯保养，暂停使用。",
        subject="回复：电梯保养",
    )
    assert result.urgency == "low"


# ---------------------------------------- a claim for a pipe that burst


def test_a_claim_paid_for_a_line_that_broke_is_a_leak_and_general(triage):
    result = triage(
        "Just letting you know the insurer paid out for the water line that broke under our kitchen in January. No action needed.",
        subject="Claim paid",
    )
    assert result.leak_related is True
    assert result.urgency == "low"
    assert result.category == "general"


def test_coverage_asked_in_general_stays_no_leak(triage):
    result = triage(
        "Is water damage from a burst pipe covered under the association's policy, in general?",
        subject="Coverage",
    )
    assert result.leak_related is False
    assert result.urgency != "emergency"


def test_zh_a_claim_paid_for_a_leak_is_general(triage):
    result = triage("上次楼上漏水泡坏我家地板的保险理赔已经到账了，跟物业说一声。", subject="保险")
    assert result.leak_related is True
    assert result.category == "general"


# ---------------------------------------- scalding water on a child


def test_zh_boiling_water_over_a_childs_hand_blistering_is_an_emergency(triage):
    result = triage(
        "家里孩子把桌上的开水壶碰倒了，开水全浇在他手上，已经起泡了，孩子一直在哭。", subject="烫伤"
    )
    assert result.urgency == "emergency"


def test_zh_a_scald_last_month_now_healed_is_not(triage):
    result = triage("上个月孩子被开水烫了一下，现在已经好了，谢谢关心。", subject="烫伤好了")
    assert result.urgency == "low"


def test_boiling_water_over_a_toddlers_arm_blistering_is_an_emergency(triage):
    result = triage(
        "My toddler pulled the kettle off the counter and the boiling water went all over her arm. It's blistering and she's screaming.",
        subject="Scald",
    )
    assert result.urgency == "emergency"


def test_a_kettle_that_leaks_a_little_is_normal(triage):
    result = triage(
        "The kettle in the clubhouse kitchen leaks a little from the bottom. Can someone replace it?",
        subject="Kettle",
    )
    assert result.urgency == "normal"


# ---------------------------------------- something needed today (zh)


def test_zh_a_walker_part_needed_this_afternoon_is_urgent(triage):
    result = triage(
        "我的助行器配件送到隔壁小区去了，今天下午就要用，能帮忙找回来吗？", subject="配件"
    )
    assert result.urgency == "urgent"


def test_zh_a_walker_part_needed_next_week_is_normal(triage):
    result = triage("我的助行器配件送错了，下周才用，不着急，麻烦有空帮忙找一下。", subject="不急")
    assert result.urgency == "normal"


# ---------------------------------------- a vendor asking the office to tell an owner (zh)


def test_zh_a_vendor_asking_the_office_to_tell_the_top_floor_is_normal(triage):
    result = triage(
        "防水公司：工单7710，下周二屋面做淋水试验，请通知5栋顶楼住户。", subject="工单 7710-通知"
    )
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


def test_zh_a_notice_asking_owners_to_take_note_stays_low(triage):
    result = triage("物业通知：周四3栋停水，请业主在家留意。", subject="停水通知")
    assert result.urgency == "low"


# ---------------------------------------- lost and found


def test_zh_keys_and_an_id_found_with_a_notice_asked_are_normal_general(triage):
    result = triage(
        "在会所门口捡到一串钥匙和一个身份证，已经交到前台了，麻烦帮忙发个失物招领。", subject="钥匙"
    )
    assert result.urgency == "normal"
    assert result.category == "general"


def test_a_phone_lost_in_the_gym_is_general(triage):
    result = triage(
        "I think I lost my phone in the clubhouse gym this morning. Has anyone turned it in?",
        subject="Lost phone",
    )
    assert result.category == "general"


def test_zh_a_parcel_missing_at_the_station_stays_a_parcel(triage):
    result = triage("快递显示送到驿站了，可是驿站找不到，能查一下吗？", subject="快递丢了")
    assert result.category == "parcel"


# ---------------------------------------- nothing to worry about (zh)


def test_zh_dry_ice_for_a_video_nothing_to_worry_about_is_low(triage):
    result = triage(
        "这周六我们在楼下拍个短视频，会放一点干冰，可能看着像冒烟，大家不用担心。", subject="拍视频"
    )
    assert result.urgency == "low"


def test_zh_smoke_with_a_fire_still_burning_stays_an_emergency(triage):
    result = triage(
        "楼下垃圾房冒烟了，烟很大，大家不用担心，我已经打了119，但是火还在烧。", subject="冒烟"
    )
    assert result.urgency == "emergency"


# ---------------------------------------- round 39's leftovers


def test_pigeons_nesting_in_the_soffit_are_maintenance(triage):
    result = triage(
        "Pigeons have built nests in the soffit above our bedroom window. Could someone get them out and close it up?",
        subject="Eaves",
    )
    assert result.category == "maintenance"


def test_a_neighbours_dog_barking_stays_a_complaint(triage):
    result = triage(
        "The neighbor's dog barks every morning at 6 when they leave for work.",
        subject="Neighbor's dog",
    )
    assert result.category == "complaint"


def test_a_pipe_that_burst_last_month_asked_about_cover_is_no_emergency(triage):
    result = triage(
        "A pipe burst in our laundry room last month and wrecked the floor. Does the HOA policy pay for that?",
        subject="Pipe last month",
    )
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_a_pipe_that_burst_this_morning_spraying_is_an_emergency(triage):
    result = triage(
        "A pipe burst in our laundry room this morning and water is still spraying everywhere.",
        subject="Pipe now",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_cameras_dead_with_a_guard_wanted_until_they_are_back_are_urgent(triage):
    result = triage(
        "The lot cameras have been dead since the storm and there were two car break-ins. We need a guard walking the lot until they're back.",
        subject="Cameras",
    )
    assert result.urgency == "urgent"
    assert result.category == "security"


def test_cameras_out_for_weeks_asked_when_are_normal(triage):
    result = triage(
        "The lot cameras have been out for weeks. Any idea when they'll be replaced?",
        subject="Cameras weeks",
    )
    assert result.urgency == "normal"


# ---------------------------------------- smoking meat with nothing on fire


def test_smoking_ribs_with_nothing_on_fire_is_no_emergency(triage):
    result = triage(
        "Just a heads-up that I'm smoking ribs out back on Sunday, so hickory smoke will be drifting over for a few hours. Nothing is on fire.",
        subject="Smoker",
    )
    assert result.urgency == "low"


def test_ribs_on_a_smoker_that_caught_fire_are_an_emergency(triage):
    result = triage(
        "The ribs on my smoker caught fire and the flames are up the siding.", subject="Grill"
    )
    assert result.urgency == "emergency"


def test_nothing_on_fire_here_but_a_garage_burning_next_door_is_an_emergency(triage):
    result = triage(
        "Nothing is on fire at my place, but the garage next door is burning and the flames are reaching our fence.",
        subject="Fire next door",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- an elevator's door is the elevator's


def test_zh_a_lift_door_that_keeps_reopening_is_maintenance(triage):
    result = triage("5栋电梯门老是关不上，关到一半又弹开，已经好几天了。", subject="电梯门")
    assert result.category == "maintenance"


def test_an_elevator_door_that_keeps_reopening_is_maintenance(triage):
    result = triage(
        "The elevator car door in building 2 keeps reopening before it shuts, for three days now.",
        subject="Elevator door",
    )
    assert result.category == "maintenance"


def test_zh_a_bedroom_door_lock_broken_is_not_the_elevators(triage):
    result = triage("卧室的门锁坏了，关不上，能派人来换一个吗？", subject="门锁")
    assert result.category != "general"


# ---------------------------------------- going under several times (round 37's list)


def test_zh_a_child_going_under_several_times_struggling_is_an_emergency(triage):
    result = triage(
        "泳池深水区有个小孩沉下去好几次了，旁边没有救生员，他好像在挣扎。", subject="泳池"
    )
    assert result.urgency == "emergency"


def test_zh_a_learner_who_went_under_in_a_lesson_is_normal(triage):
    result = triage(
        "孩子刚学游泳，今天在浅水区沉下去好几次，呛了几口水，教练说正常，想问下周还能约课吗？",
        subject="泳池",
    )
    assert result.urgency == "normal"


def test_a_boy_going_under_several_times_in_a_pond_is_an_emergency(triage):
    result = triage(
        "A little boy in the pond went under several times and is thrashing, nobody's with him.",
        subject="Pond",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_learner_who_went_under_in_a_swim_lesson_is_not(triage):
    result = triage(
        "My son went under a few times in his first swim lesson today, the instructor says that's normal. Is there a class next week too?",
        subject="Swim lesson",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- round 36's list: a stranger seen, a meter box's lid, an iced ramp, a mailbox


def test_a_stranger_looking_into_cars_told_just_so_you_know_is_normal(triage):
    result = triage(
        "Just letting you know, a man I didn't recognize was walking along building C yesterday evening looking into parked cars with a flashlight.",
        subject="Stranger",
    )
    assert result.urgency == "normal"
    assert result.category == "security"


def test_a_brother_staying_told_just_so_you_know_stays_low(triage):
    result = triage(
        "Just letting you know my brother will be staying with us next week.", subject="Moving in"
    )
    assert result.urgency == "low"


def test_zh_a_stranger_trying_car_doors_told_only_is_normal(triage):
    result = triage(
        "跟物业说一声，昨天傍晚有个陌生男子在5栋车库里来回转悠，还拉了几辆车的车门。",
        subject="陌生人",
    )
    assert result.urgency == "normal"
    assert result.category == "security"


def test_zh_a_meter_pits_cover_caved_in_is_a_worry_not_an_emergency(triage):
    result = triage("门口的水表井盖塌下去了，有个洞，怕有人踩空。", subject="水表井")
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_zh_an_old_man_fallen_into_a_caved_in_pit_is_an_emergency(triage):
    result = triage("小区门口的井盖塌了，一个老人踩空掉下去了，卡在里面出不来。", subject="井盖")
    assert result.urgency == "emergency"


def test_a_meter_boxs_lid_caved_in_is_no_water(triage):
    result = triage(
        "The lid on the water meter box by our driveway has caved in and there's a hole someone could step into.",
        subject="Meter box",
    )
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_a_kid_fallen_through_a_drain_cover_is_an_emergency(triage):
    result = triage(
        "The cover on the storm drain by the playground collapsed and a kid fell in, he's stuck up to his chest and crying.",
        subject="Hole",
    )
    assert result.urgency == "emergency"


def test_a_pickup_slid_down_an_iced_ramp_onto_a_man_is_maintenance(triage):
    result = triage(
        "A pickup slid down the icy garage ramp this morning and pinned a man against the pay station. He's conscious but can't get free.",
        subject="Garage ramp",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_zh_mailboxes_found_pried_this_morning_are_normal(triage):
    result = triage(
        "今天早上发现一楼好几个信箱被撬开了，里面的信都不见了，能不能看看监控？", subject="信箱"
    )
    assert result.urgency == "normal"
    assert result.category == "security"


# ---------------------------------------- the phrases compile; the training files


def test_round_40_phrases_compile():
    phrases = [p for p in default_phrases() if (p.note or "").startswith("round 40:")]
    assert len(phrases) == 43
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind39_and_round40():
    # blind40 was this round's honest set; it is trained on since round 41
    assert {"blind39.jsonl", "round40.jsonl"} <= set(TRAINING_FILES)
    rows = [
        json.loads(line)
        for line in (CORPUS / "blind40.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 120
    assert sum(r["lang"] == "en" for r in rows) == 60
    assert sum(r["urgency"] == "emergency" for r in rows) == 40
    assert sum(r["leak_related"] for r in rows) == 28
