# ruff: noqa: E501
"""Round 43: from blind43's and blind44's mistakes, with fresh sentences, each with its harmless
look-alike or its real emergency. Water blasting out during a pump test is an emergency; thieves
at work right now are an emergency and security; a person pinned under a toppled cabinet or a
child's hand caught in a folding table is an emergency and maintenance, whatever was asked first
(zh); a drip that comes only when the neighbours above shower or flush is urgent; water that came
up through a drain and went down again is urgent (zh); a leak stopped for now with its repair
asked is still leak-related; a fire-protection firm's name is no fire; someone shut in by a broken
handle, or hurt by playground or gym equipment, is maintenance; an owner's crew cutting the
association's trees is a violation; a courier's own delivery notice is a machine's (zh).
blind43 and blind44 are trained on since; blind45, the honest measure, never is."""

from __future__ import annotations

import json
from pathlib import Path

from caredesk.triage.training import NEVER_TRAINED, TRAINING_FILES
from tests.triage.corpus_rows import relabel_dry_run, trained_rows

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# ---------------------------------------- emergencies missed


def test_water_blasting_out_during_a_pump_test_is_an_emergency(triage):
    result = triage(
        "While the contractor was running the fire pump test, a fitting on the test header snapped off. Water is blasting into the electrical room and across the garage.",
        subject="Garage",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True
    assert result.category == "maintenance"


def test_a_pump_test_booked_for_a_day_is_no_emergency(triage):
    result = triage(
        "Reminder: the annual fire pump test is on Thursday from 9 to 11 am. You may hear it running in the garage.",
        subject="Pump test Thursday",
    )
    assert result.urgency != "emergency"
    assert result.leak_related is False


def test_thieves_hitching_a_trailer_right_now_are_an_emergency(triage):
    result = triage(
        "Two men cut the chain on the boat storage gate and are hooking a camper trailer to their truck right now. They're about to pull out.",
        subject="Boat storage",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_lock_cut_last_weekend_is_no_emergency(triage):
    result = triage(
        "Someone cut the lock on our storage cage over the weekend and took two bikes. Could we see the camera footage from Saturday?",
        subject="Storage cage",
    )
    assert result.urgency != "emergency"
    assert result.category == "security"


def test_a_person_pinned_under_a_toppled_parcel_rack_is_an_emergency(triage):
    result = triage(
        "驿站门口那排快递货架整个倒下来，把一个取件的大爷压在底下，只看得见脚，我们几个人抬不动。",
        subject="快递货架倒了",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_toppled_cabinet_with_nobody_under_it_is_no_emergency(triage):
    result = triage(
        "地下室的储物柜倒了，幸好当时没人在旁边，东西撒了一地，麻烦派人来扶一下。",
        subject="储物柜倒了",
    )
    assert result.urgency != "emergency"


def test_a_childs_hand_caught_in_a_folding_table_after_a_fee_question(triage):
    result = triage(
        "物业费能分期交吗？另外会议室那张折叠床突然合上了，把一个小孩夹在中间，孩子已经不哭了，我们掰不开，能马上派人来吗？",
        subject="停车费发票，还有折叠桌",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_stiff_folding_table_is_no_emergency(triage):
    result = triage(
        "会议室有张折叠桌的合页松了，收起来很费劲，有空来修一下。",
        subject="折叠桌",
    )
    assert result.urgency == "normal"
    assert result.category == "maintenance"


# ---------------------------------------- false alarms: drips that come and go, water gone down


def test_a_drip_only_when_the_neighbours_above_shower_is_urgent(triage):
    result = triage(
        "Water keeps dripping out of our bedroom ceiling light every time the family upstairs showers. I've flipped the breaker off. Can someone look today?",
        subject="Dripping through the light",
    )
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_water_pouring_out_of_a_fan_now_stays_an_emergency(triage):
    result = triage(
        "Water is pouring out of our bathroom exhaust fan right now and the ceiling around it is sagging.",
        subject="Water through the fan",
    )
    assert result.urgency == "emergency"


def test_a_drip_each_time_upstairs_flushes_is_urgent_zh(triage):
    result = triage(
        "楼上一冲马桶，我家厨房顶上就往下滴水，现在拿桶接着，麻烦今天来看一下。",
        subject="厨房顶上滴水",
    )
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_water_streaming_down_from_upstairs_now_stays_an_emergency_zh(triage):
    result = triage(
        "楼上的水从我家厨房顶上哗哗往下流，已经漫到客厅了。",
        subject="厨房顶上流水",
    )
    assert result.urgency == "emergency"


def test_a_drain_that_came_up_and_went_down_again_is_urgent_zh(triage):
    result = triage(
        "昨晚暴雨，厨房阳台的地漏返水，现在雨停了水也退了，可是踢脚线那里还湿着，地板边都鼓起来了，今天能来处理吗？",
        subject="阳台地漏返水",
    )
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_a_drain_coming_up_now_stays_an_emergency_zh(triage):
    result = triage(
        "车库地漏正在往外冒污水，已经漫到电梯口了。",
        subject="地漏冒污水",
    )
    assert result.urgency == "emergency"


def test_a_pipe_that_let_go_with_nothing_spraying_now_is_urgent_and_a_leak(triage):
    result = triage(
        "The snowmelt system under the ramp was shut off last night after a pipe let go, and nothing is spraying now. A slick green film covers half the garage floor. Can someone check the loop today?",
        subject="Snowmelt loop",
    )
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_a_pipe_that_let_go_and_sprays_stays_an_emergency(triage):
    result = triage(
        "A pipe in the boiler room just let go and it's spraying all over the boiler.",
        subject="Boiler room pipe",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


# ---------------------------------------- leak: stopped for now, repair asked


def test_a_capped_line_with_nothing_leaking_now_is_still_a_leak(triage):
    result = triage(
        "The plumber capped the broken shower arm pipe last night and shut the water to our bathroom. Nothing is leaking now, but we can't shower. Can the repair be done today?",
        subject="Shower arm",
    )
    assert result.leak_related is True


def test_nothing_leaking_after_a_check_is_no_leak(triage):
    result = triage(
        "We had someone look under the sink and nothing is leaking; the smell was the garbage disposal. Thanks anyway.",
        subject="Sink smell",
    )
    assert result.leak_related is False


# ---------------------------------------- a fire-protection firm's name is no fire


def test_a_fire_protection_firms_quote_is_no_emergency(triage):
    result = triage(
        "Summit Fire Protection: WO 8812. The check valve on the standpipe in stairwell B is corroded and seeping a little. We recommend replacing it; quote attached.",
        subject="WO 8812 - standpipe valve",
    )
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


def test_a_fire_in_the_trash_room_stays_an_emergency(triage):
    result = triage(
        "There's a fire in the trash room on the second floor and smoke is filling the hallway.",
        subject="Fire",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- category: shut in, hurt by equipment


def test_someone_shut_in_a_steam_room_by_a_broken_handle_is_maintenance(triage):
    result = triage(
        "The door handle of the steam room snapped off in an elderly man's hand and he can't get out. It's getting hotter and he sounds faint.",
        subject="Steam room",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_front_door_handle_that_came_off_is_access(triage):
    result = triage(
        "The handle on our front door broke off this morning. We can still lock it with the key. Could someone replace it this week?",
        subject="Front door handle",
    )
    assert result.urgency != "emergency"
    assert result.category == "access"


def test_a_child_hurt_by_a_swing_that_broke_is_maintenance(triage):
    result = triage(
        "The bolt on the tire swing sheared off and a boy flew off and hit his head on the post. He's lying there and not answering.",
        subject="Tire swing",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_child_hurt_by_a_broken_slide_is_maintenance_zh(triage):
    result = triage(
        "滑梯的螺丝断了，一个小女孩被甩出去，头撞在栏杆上，现在躺着叫不应。",
        subject="滑梯",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_shelf_shattered_onto_a_child_after_a_fee_question_is_maintenance(triage):
    result = triage(
        "Could the late fee on my March dues be waived? Also the glass shelf in our bathroom just shattered onto my daughter and she has a deep cut on her leg that won't stop bleeding.",
        subject="Late fee and the shelf",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_table_tipped_onto_a_child_in_the_game_room_is_maintenance(triage):
    result = triage(
        "Kids were climbing on the foosball table in the clubhouse game room and it tipped over. It's lying across a girl's legs and we can't lift it.",
        subject="Game room",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_booking_the_game_room_stays_amenity(triage):
    result = triage(
        "Can we book the clubhouse game room for a birthday party on Saturday afternoon?",
        subject="Game room",
    )
    assert result.category == "amenity"


# ---------------------------------------- category: the association's trees, a courier's notice


def test_an_owners_crew_cutting_the_associations_trees_is_a_violation(triage):
    result = triage(
        "The owner at lot 9 has a landscaper pulling out the HOA hedges along the common path right now. Can someone stop them?",
        subject="Hedges on the common path",
    )
    assert result.category == "violation"
    assert result.urgency == "urgent"


def test_a_dead_limb_on_an_association_tree_stays_maintenance(triage):
    result = triage(
        "The big oak by the pool has a dead limb hanging over the path. Could the arborist take a look?",
        subject="Oak by the pool",
    )
    assert result.category == "maintenance"


def test_a_couriers_own_delivery_notice_is_a_machines(triage):
    result = triage(
        "您的包裹已由阳光嘉园南门丰巢柜签收，取件码 6-1-2043，如有疑问请联系快递员。",
        subject="包裹已签收",
    )
    assert result.category == "non_human"
    assert result.urgency == "low"


def test_a_parcel_shown_signed_for_but_not_received_stays_parcel(triage):
    result = triage(
        "快递显示已经签收了，可是我家门口和驿站都没有，能帮忙查一下监控吗？",
        subject="快递没收到",
    )
    assert result.category == "parcel"


# ---------------------------------------- training files


def test_training_reads_blind43_blind44_and_round43():
    assert {"blind43.jsonl", "blind44.jsonl", "round43.jsonl"} <= set(TRAINING_FILES)
    assert not {"blind43.jsonl", "blind44.jsonl", "round43.jsonl"} & set(NEVER_TRAINED)
    rows = [
        json.loads(line)
        for line in (CORPUS / "round43.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 14


def test_round43_lines_are_written_by_their_script(tmp_path):
    import subprocess
    import sys

    script = ROOT / "scripts/triage/round43_train.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    assert (tmp_path / "round43.jsonl").read_text(encoding="utf-8") == (
        CORPUS / "round43.jsonl"
    ).read_text(encoding="utf-8")


# ---------------------------------------- leak: a reply that says the ceiling is dry again


def test_a_reply_saying_the_wall_is_dry_again_is_about_the_leak(triage):
    result = triage(
        "Great news, the wall has dried out and the plasterer was here this afternoon. Thanks for chasing it.\n\n> The office wrote:\n> The roofer resealed the flashing above your bedroom.",
        subject="Re: Bedroom wall",
    )
    assert result.leak_related is True
    assert result.urgency == "low"


def test_a_bare_all_good_reply_is_no_leak(triage):
    result = triage(
        "Thanks, all good now.\n\n> The office wrote:\n> Is the parking permit sticker on your windshield yet?",
        subject="Re: Parking sticker",
    )
    assert result.leak_related is False


def test_a_floor_found_dry_beside_another_fault_is_no_leak(triage):
    result = triage(
        "The flush lever in our only toilet broke off inside the tank this morning, so we can't flush. The floor's dry.",
        subject="Only toilet",
    )
    assert result.leak_related is False


# ---------------------------------------- the leak head's cluster: no water named


def test_a_quote_after_a_fire_naming_no_water_is_no_leak(triage):
    result = triage(
        "After the grease fire in unit 4A in October, our estimate to replace the range hood, upper cabinets and scorched drywall comes to $6,200. Please approve so we can order.",
        subject="Estimate: unit 4A kitchen",
    )
    assert result.leak_related is False


def test_the_fire_crews_water_after_a_fire_stays_a_leak(triage):
    result = triage(
        "After the fire in 4A last night the water from the fire hoses came down through our ceiling and the carpet is soaked.",
        subject="Water from the fire",
    )
    assert result.leak_related is True


def test_a_cracked_pane_not_letting_water_in_yet_is_no_leak(triage):
    result = triage(
        "A branch cracked the big window in our stairwell during the wind. It's taped and not letting any rain in yet, but more wind is coming tonight. Could it be boarded today?",
        subject="Stairwell window",
    )
    assert result.leak_related is False


def test_a_cracked_pane_letting_rain_in_stays_a_leak(triage):
    result = triage(
        "A branch cracked the big window in our stairwell and rain is blowing in onto the landing.",
        subject="Stairwell window",
    )
    assert result.leak_related is True


# ---------------------------------------- round 43's leak convention (relabel_round43.py)


def test_the_relabel_script_changes_nothing_more():
    assert "0 lines relabelled" in relabel_dry_run("relabel_round43.py")


def test_a_closed_water_test_names_a_leak_or_is_none():
    rows = trained_rows()
    assert rows["b39-zh-048"]["leak_related"] is False
    assert rows["b41-zh-044"]["leak_related"] is False
    for kept in ("b6-zh-053", "b8-zh-056", "b21-zh-039"):
        assert rows[kept]["leak_related"] is True


def test_a_closed_water_test_scheduled_is_no_leak(triage):
    result = triage(
        "工单5518：8栋顶楼露台的防水层刚刷完，周四起做48小时闭水试验，请通知顶楼住户别上露台。",
        subject="工单5518-闭水试验",
    )
    assert result.leak_related is False


# ---------------------------------------- the sweep: a detector to replace


def test_whether_a_detector_needs_replacing_is_maintenance(triage):
    result = triage(
        "厨房的燃气报警器装了快六年了，需要换新的吗？",
        subject="报警器",
    )
    assert result.category == "maintenance"
    assert result.urgency == "normal"


def test_a_detector_going_off_while_cooking_stays_no_emergency(triage):
    result = triage(
        "刚才炒辣椒的时候烟感响了一下，开窗就好了，没事。",
        subject="烟感",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- round 42's leftover: a flood elsewhere


def test_a_flood_on_the_news_with_our_plan_asked_is_no_leak(triage):
    result = triage(
        "Saw on the news that the valley towns flooded after Saturday's storm. Do we have a plan if our creek overflows? Only wondering.",
        subject="Flood question",
    )
    assert result.leak_related is False


def test_our_own_hallway_flooding_stays_a_leak(triage):
    result = triage(
        "Did you see the basement hallway is flooding? Water's coming in under the storage room doors.",
        subject="Basement flooding",
    )
    assert result.leak_related is True
