# ruff: noqa: E501
"""Round 36: from blind35's mistakes, with fresh sentences, each with its harmless look-alike or
its real emergency. A person shut inside a steam room, a sauna, a freezer or a storage unit is an
emergency and maintenance (not a lock, not a break-in); a garage door's spring or cable is
maintenance; the window cleaners' dates are a general question; a reply setting a time for the
installer is normal maintenance; bees or wasps to move are maintenance; a balance or a fee asked
about is billing; frozen pipes that burst are a leak, past as well, and pipes to insulate are
maintenance; a door to grease is maintenance; a parcel locker's slot that won't open is not
urgent; a lift station's overflow is leak-related; a dip that sinks slowly is no sinkhole;
rainwater sitting on a cover is no leak and no emergency; a leg caught between springs or bars is
an emergency and maintenance (zh); blood is no water (zh); 'today' dating a finding asks for
nothing today (zh). From round 35's list: a hand caught by a door and hair sucked by a drain are
maintenance. blind35 is trained on since; blind36, this round's honest measure, never is."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"
RELABEL = ROOT / "scripts/triage/relabel_round36.py"

# ---------------------------------------- a person shut inside a small room


def test_a_man_locked_inside_a_sauna_is_an_emergency_and_maintenance(triage):
    result = triage(
        "Can you send someone? An older gentleman is locked inside the sauna at the fitness center, the latch jammed and it's still heating up. He's knocking on the glass.",
        subject="Fitness center",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_cook_shut_in_the_walk_in_freezer_is_an_emergency(triage):
    result = triage(
        "The cook is shut in the walk-in freezer behind the cafe, the inside release broke off and she's been in there fifteen minutes.",
        subject="Cafe",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_being_locked_in_the_sauna_in_a_hypothetical_is_no_emergency(triage):
    result = triage(
        "If someone got locked in the sauna, is there a panic button inside?",
        subject="Sauna question",
    )
    assert result.urgency != "emergency"
    assert result.category == "general"


def test_a_sticking_sauna_door_is_no_emergency(triage):
    result = triage(
        "The sauna door sticks a little when you pull it. Could someone adjust it this week?",
        subject="Sauna door",
    )
    assert result.urgency == "normal"


def test_a_roll_up_door_latched_on_someone_inside_is_maintenance(triage):
    result = triage(
        "My dad was inside unit 118 sorting boxes when the roll-up door rolled down and latched. He can't get it up and it's like an oven in there. Call me back.",
        subject="Unit 118",
        channel="pre",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_someone_locked_in_by_thieves_stays_security(triage):
    result = triage(
        "Someone locked the night guard in the storage office from the outside and they're loading a van with our stuff right now.",
        subject="Break-in",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


# ---------------------------------------- a garage door's spring, a door to grease


def test_a_garage_doors_snapped_cable_is_maintenance(triage):
    result = triage(
        "One of the cables on our garage door snapped last night, the door is hanging crooked and my car is stuck inside. I need it for work at noon.",
        subject="Garage",
    )
    assert result.urgency == "urgent"
    assert result.category == "maintenance"


def test_the_parking_garage_gate_that_wont_open_stays_access(triage):
    result = triage(
        "The gate to the parking garage won't open with my fob and I'm stuck outside with a delivery van waiting.",
        subject="Parking garage",
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_squealing_door_to_oil_is_maintenance(triage):
    result = triage(
        "The sliding door to our patio squeals every time. Could maintenance oil the track when they're around?",
        subject="Slider noise",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_neighbours_slamming_doors_stay_a_complaint(triage):
    result = triage(
        "The people upstairs drag furniture at midnight and slam doors, it's so loud.",
        subject="Noise",
    )
    assert result.category == "complaint"


# ---------------------------------------- the window cleaners' dates; a reply setting a time


def test_when_the_window_washing_is_is_general(triage):
    result = triage(
        "When is the window washing scheduled for building C? I'd like to take down my blinds before.",
        subject="Windows",
    )
    assert result.urgency == "normal"
    assert result.category == "general"


def test_a_window_that_wont_close_stays_maintenance(triage):
    result = triage(
        "The window in our bedroom won't close all the way and there's a draft. Could somebody fix it?",
        subject="Window",
    )
    assert result.category == "maintenance"


def test_a_reply_setting_the_plumbers_time_is_normal_maintenance(triage):
    result = triage(
        "Friday after 2 works for the plumber.\n\n> On Thu, the office wrote:\n> We'll send a plumber about the water under your sink.",
        subject="Re: Leak under the sink",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"
    assert not result.leak_related


def test_a_thank_you_under_a_quoted_repair_stays_low(triage):
    result = triage(
        "Thanks, all good now.\n\n> On Thu, the office wrote:\n> The plumber fixed the leak under your sink.",
        subject="Re: Sink",
    )
    assert result.urgency == "low"


def test_a_reply_setting_the_fitters_time_is_normal_maintenance_zh(triage):
    result = triage(
        "明天上午十点可以，安装师傅过来就行。\n\n> 周二，物业写道：\n> 您家热水器漏水，我们安排师傅上门更换。",
        subject="回复：热水器",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


# ---------------------------------------- bees; a balance or a fee


def test_a_hive_of_bees_by_the_courts_is_maintenance(triage):
    result = triage(
        "There's a hive of bees in the hollow of the oak by the tennis courts. Nobody has been stung, but kids play nearby.",
        subject="Bees",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_wasps_attacking_children_stay_an_emergency(triage):
    result = triage(
        "A swarm of wasps is attacking the kids at the playground, one boy is stung all over and can't breathe properly.",
        subject="Playground",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_wild_bees_nesting_on_the_bike_shed_are_maintenance_zh(triage):
    result = triage("车棚顶上有一群野蜂在筑巢，还没有人被蜇，能不能找人处理？", subject="野蜂")
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_an_outstanding_balance_asked_is_billing(triage):
    result = triage(
        "I was on hold forever today, your phones must be swamped. What is my outstanding balance after the March payment?",
        subject="Account",
    )
    assert result.urgency == "normal"
    assert result.category == "billing"
    assert not result.leak_related


def test_a_parking_fee_asked_is_billing_zh(triage):
    result = triage("我想问一下下半年的停车费怎么算？", subject="停车费")
    assert result.category == "billing"


def test_someone_in_my_parking_space_stays_access_zh(triage):
    result = triage("我的车位被别人的车占了，我现在停不进去，要去上班。", subject="车位")
    assert result.urgency == "urgent"
    assert result.category == "access"


# ---------------------------------------- frozen pipes; a lift station's overflow


def test_pipes_that_froze_and_split_are_a_leak_and_maintenance(triage):
    result = triage(
        "Two winters ago the pipes in the garage froze and split. Can someone wrap them with heat tape before December?",
        subject="Garage pipes",
    )
    assert result.urgency == "normal"
    assert result.leak_related
    assert result.category == "maintenance"


def test_pipes_freezing_in_a_hypothetical_are_no_leak(triage):
    result = triage(
        "If the pipes ever froze while we're away, who would pay for the damage?",
        subject="Freeze question",
    )
    assert result.urgency == "normal"
    assert not result.leak_related
    assert result.category == "general"


def test_a_pipe_bursting_now_stays_an_emergency(triage):
    result = triage(
        "The pipe under the kitchen froze and burst, water is spraying all over the floor right now.",
        subject="Burst",
    )
    assert result.urgency == "emergency"
    assert result.leak_related


def test_a_lift_station_overflow_cleaned_up_is_leak_related(triage):
    result = triage(
        "WO 5521: lift station by building F pumped out after the overflow, the lawn disinfected. Closed.",
        subject="WO 5521",
    )
    assert result.urgency == "low"
    assert result.leak_related
    assert result.category == "work_order_update"


def test_a_humming_lift_station_is_no_leak(triage):
    result = triage(
        "The lift station behind building F hums a lot at night. Is that normal?",
        subject="Lift station",
    )
    assert result.urgency == "normal"
    assert not result.leak_related


# ---------------------------------------- a parcel locker's slot


def test_a_parcel_locker_slot_that_wont_open_is_not_urgent(triage):
    result = triage(
        "The door of my parcel locker compartment won't open even with the new code. Could someone reset it this week?",
        subject="Locker",
    )
    assert result.urgency == "normal"
    assert result.category == "parcel"


def test_the_front_door_that_wont_open_stays_urgent(triage):
    result = triage(
        "The building's front door won't open with my fob and I'm locked out in the rain.",
        subject="Front door",
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


# ---------------------------------------- a slowly sinking dip; rainwater on a cover


def test_a_low_spot_sinking_slowly_is_normal_maintenance(triage):
    result = triage(
        "The shared driveway has a low spot that has been sinking slowly over the past months. Could someone look at it?",
        subject="Driveway",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_pavement_giving_way_under_a_car_stays_an_emergency(triage):
    result = triage(
        "The pavement in the visitor lot just gave way and a car's front wheels dropped into the hole, the edge is still crumbling.",
        subject="Sinkhole",
    )
    assert result.urgency == "emergency"


def test_ground_sinking_bit_by_bit_is_normal_zh(triage):
    result = triage(
        "车库门口的地面这几个月一点点往下沉，现在有个小坑，麻烦派人看看。", subject="车库门口"
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_a_road_caving_in_under_a_car_stays_an_emergency_zh(triage):
    result = triage(
        "小区门口的路面突然塌了一个大坑，一辆车的前轮掉进去了，边上还在往下塌。", subject="路面塌陷"
    )
    assert result.urgency == "emergency"


def test_rainwater_sitting_on_a_tarp_is_no_leak_and_no_emergency(triage):
    result = triage(
        "There's a lot of rainwater sitting on the tarp over the woodpile and it's sagging. Should I tip it off?",
        subject="Tarp",
    )
    assert result.urgency == "normal"
    assert not result.leak_related


def test_rainwater_pouring_in_under_a_door_stays_an_emergency(triage):
    result = triage(
        "Rainwater is pouring in under our balcony door and the living room carpet is soaked.",
        subject="Storm",
    )
    assert result.urgency == "emergency"
    assert result.leak_related


def test_rainwater_on_an_awning_is_no_leak_zh(triage):
    result = triage("一楼雨棚上积了一大滩雨水，棚子往下坠了，能不能派人清一下？", subject="雨棚")
    assert result.urgency == "normal"
    assert not result.leak_related


def test_water_off_an_awning_into_a_living_room_stays_a_leak_zh(triage):
    result = triage("雨棚上的积水顺着墙缝灌进我家客厅了，地板全泡了，还在往里流。", subject="雨棚")
    assert result.urgency == "emergency"
    assert result.leak_related


# ---------------------------------------- caught fast (zh); blood (zh); 'today' dating a finding (zh)


def test_a_foot_caught_between_bars_is_an_emergency_and_maintenance_zh(triage):
    result = triage(
        "一个小孩的脚卡在健身器材的两根铁杆中间，拔不出来，一直在哭。", subject="健身器材"
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_caught_between_a_slide_and_a_railing_is_an_emergency_zh(triage):
    result = triage("孩子从滑梯上下来，卡在滑梯和栏杆中间，腿拔不出来，疼得直哭。", subject="滑梯")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_gap_a_shoe_once_fell_into_is_no_emergency_zh(triage):
    result = triage("滑梯和栏杆中间的缝有点大，孩子的鞋掉进去过，能不能加块挡板？", subject="滑梯")
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_a_hand_caught_by_a_barrier_arm_is_maintenance_zh(triage):
    result = triage("道闸杆落下来，一个老人的手被夹在杆子和岗亭中间，松不开。", subject="道闸")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_bleeding_from_broken_glass_is_no_leak_zh(triage):
    result = triage(
        "阳台的玻璃门突然碎了，我女儿的手被划开一道大口子，一直在流血。", subject="阳台"
    )
    assert result.urgency == "emergency"
    assert not result.leak_related


def test_water_through_a_ceiling_with_a_bleeding_fall_stays_a_leak_zh(triage):
    result = triage("卫生间天花板在往下流水，我滑倒了头在流血，水还在流。", subject="卫生间")
    assert result.urgency == "emergency"
    assert result.leak_related


def test_today_dating_a_finding_asks_nothing_today_zh(triage):
    result = triage("今天一早看到楼道的灯罩掉了一个，麻烦有空换一下。", subject="楼道")
    assert result.urgency == "normal"


def test_today_as_a_deadline_stays_urgent_zh(triage):
    result = triage("单元门禁坏了，今天一定要修好，老人进不去家门。", subject="门禁")
    assert result.urgency == "urgent"


# ---------------------------------------- from round 35's list: a hand caught, hair sucked in


def test_an_arm_caught_in_elevator_doors_is_an_emergency_and_maintenance(triage):
    result = triage(
        "The elevator doors closed on my daughter's arm and it's stuck between them, the car won't move and she's screaming.",
        subject="Elevator",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_fingers_caught_in_a_hinge_last_year_are_a_normal_repair(triage):
    result = triage(
        "Last year my son's fingers got caught in the lobby door hinge. Could a finger guard be fitted?",
        subject="Lobby door",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_a_hand_sucked_by_a_pool_drain_is_maintenance_zh(triage):
    result = triage("泳池排水口把一个小男孩的手吸住了，拽不出来，他一直在呛水。", subject="泳池")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_the_pools_hours_stay_amenity_zh(triage):
    result = triage("会所泳池周末几点开门？", subject="泳池")
    assert result.urgency == "normal"
    assert result.category == "amenity"


# ---------------------------------------- from round 35's list: a small box that collapsed


def test_a_sprinkler_valve_box_that_collapsed_is_no_emergency(triage):
    result = triage(
        "The little plastic valve box for the sprinklers by my driveway has collapsed, the lid is cracked. Could the landscapers replace it?",
        subject="Sprinkler box",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_a_carport_roof_collapsing_on_someone_stays_an_emergency(triage):
    result = triage(
        "The carport roof just collapsed onto two cars and someone was getting into one of them.",
        subject="Carport",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- 'just send maintenance' (kept heldout where it was)


def test_just_send_maintenance_for_a_chirping_detector_is_normal(triage):
    result = triage(
        "The smoke alarm in the back bedroom chirps every minute, the battery must be going. Just send maintenance when you can, no call needed.",
        subject="Smoke alarm",
        channel="pre",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


def test_a_smoke_alarm_going_off_with_smoke_stays_an_emergency(triage):
    result = triage(
        "The smoke alarm is going off and smoke is pouring out of the outlet behind the couch. Please send someone now.",
        subject="Smoke",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- the phrases compile; the honest sets


def test_round36_phrases_compile():
    phrases = [p for p in default_phrases() if "round 36" in (p.note or "")]
    assert len(phrases) == 41
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind35(triage):
    # blind36 was this round's honest set; it is trained on since round 37
    assert {"blind35.jsonl", "round36.jsonl"} <= set(TRAINING_FILES)


def _relabel():
    spec = importlib.util.spec_from_file_location("relabel_round36", RELABEL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_corpus_follows_round_36s_label_convention():
    """An entrapment emergency is maintenance in every set but blind36: the script changes
    nothing more."""
    module = _relabel()
    for file in sorted(CORPUS.glob("*.jsonl")):
        if file.name in module.SKIP:
            continue
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert module.relabel(row) == row, (file.name, row["id"])


def test_the_convention_relabels_what_it_names():
    relabel = _relabel().relabel
    row = {
        "body": "孩子的腿卡在秋千架中间拔不出来。",
        "urgency": "emergency",
        "category": "amenity",
    }
    assert relabel(row)["category"] == "maintenance"
    row = {
        "body": "A boy went under in the deep end and isn't breathing.",
        "urgency": "emergency",
        "category": "amenity",
    }
    assert relabel(row)["category"] == "amenity"
