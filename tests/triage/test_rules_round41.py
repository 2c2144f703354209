# ruff: noqa: E501
"""Round 41: from blind40's and blind41's mistakes and round 40's leftovers, with fresh
sentences, each with its harmless look-alike or its real emergency. "Never mind the X:" sets a
topic aside; a leg or an arm pinned under equipment now is an emergency and maintenance; "I had
a question about …, but" starts a new event; a fire still burning after another was put out is
an emergency (zh); chlorine gas let loose is maintenance; a gate that will not let one out is
urgent, and a truck shut in a compound is not someone shut in a room (zh); a payment due today
is urgent and a failed payment billing (zh); money to be returned today is urgent (zh); a leak
found by a leak detection firm is a leak; a vendor's notice of a service off is normal; an
insurance claim paid is general; telling the office not to send anyone again is general (zh);
someone cutting units open with a grinder is security; a powered door clamping an arm is
maintenance (zh); what a neighbour put up against the guidelines is a violation; a lock someone
pried is security (zh); standing water left after the inflow stopped is urgent (zh); sewage
cleaned up and disinfected was a leak; melted plastic dripping is no water (zh); something
needed before one flies out tonight is urgent; peeling paint is worn, nothing pressing.
blind40 and blind41 are trained on since; blind42, this round's honest measure, never is."""

from __future__ import annotations

import json
import re
from pathlib import Path

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# ---------------------------------------- "never mind the X:" sets a topic aside


def test_never_mind_the_agenda_then_a_man_under_a_fallen_goal_is_an_emergency(triage):
    result = triage(
        "Never mind the agenda: the soccer goal by the park tipped over onto a man stretching behind it. He's under the crossbar and not answering us.",
        subject="Re: Board meeting Tuesday",
    )
    assert result.urgency == "emergency"


def test_never_mind_my_earlier_email_the_door_works_is_low(triage):
    result = triage(
        "Never mind my earlier email, the storage door opened fine after all. Thanks.",
        subject="Unit door",
    )
    assert result.urgency == "low"


# ---------------------------------------- a leg or an arm pinned under equipment now


def test_a_residents_leg_pinned_under_a_lift_gate_is_an_emergency_and_maintenance(triage):
    result = triage(
        "The liftgate of the moving truck at the loading bay dropped while a resident was stepping off it. Her foot is pinned under the platform and it won't go back up.",
        subject="Loading bay",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_fingers_that_were_pinched_last_week_are_no_emergency(triage):
    result = triage(
        "My son's fingers were pinched in the pool gate last week. He's fine now, but could the latch be slowed down?",
        subject="Pool gate latch",
    )
    assert result.urgency != "emergency"


def test_a_canoe_rack_that_fell_on_a_girl_is_maintenance(triage):
    result = triage(
        "The canoe rack at the lake shed tore out of the wall and came down on a girl getting a life vest. She's lying under two canoes and crying that her ribs hurt.",
        subject="Lake shed",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_loose_canoe_rack_with_nobody_hurt_stays_the_amenitys(triage):
    result = triage(
        "The canoe rack at the lake shed is pulling away from the wall a bit. Could someone re-anchor it before spring?",
        subject="Canoe rack",
    )
    assert result.urgency != "emergency"
    assert result.category == "amenity"


# ---------------------------------------- "I had a question about …, but" starts a new event


def test_a_question_about_a_sticker_then_a_valve_spraying_is_an_emergency(triage):
    result = triage(
        "I had a question about guest parking, but the hot water tank in the laundry room just split a seam and is gushing water out under the door into the hall.",
        subject="Guest parking",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_we_had_a_leak_last_spring_asked_about_stays_past(triage):
    result = triage(
        "We had a leak under the sink last spring and the cabinet floor is still warped. Could it be replaced?",
        subject="Cabinet floor",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- a fire still burning after another was put out (zh)


def test_zh_one_fire_put_out_and_the_curtain_still_burning_is_an_emergency(triage):
    result = triage(
        "烤箱里的烤盘着火了，烤箱里的火我们用湿布闷灭了，可是旁边的窗帘还在烧，火往柜子上走。",
        subject="厨房着火",
    )
    assert result.urgency == "emergency"


def test_zh_a_boiler_that_keeps_burning_is_no_fire(triage):
    result = triage(
        "家里的壁挂炉一直在烧，暖气片却不太热，这个月燃气费特别高，能派人看看吗？",
        subject="燃气费",
    )
    assert result.urgency != "emergency"


def test_zh_a_pan_fire_put_out_with_nothing_burning_is_no_emergency(triage):
    result = triage(
        "刚才锅里的油着火了，已经用锅盖扑灭了，没有烧到别的，跟物业说一声。",
        subject="油锅",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- chlorine gas let loose


def test_chlorine_gas_coming_out_of_the_feeder_room_is_maintenance(triage):
    result = triage(
        "A cloud of chlorine gas is coming out of the pool's chemical room and the attendant is choking and can't see. Swimmers are still in the shallow end.",
        subject="Pool chemical room",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_strong_chlorine_smell_in_the_water_stays_the_pools(triage):
    result = triage(
        "The chlorine smell at the indoor pool has been really strong this week. Could the levels be checked?",
        subject="Pool chlorine",
    )
    assert result.urgency != "emergency"
    assert result.category == "amenity"


def test_zh_chlorine_gas_let_loose_at_the_pool_is_maintenance(triage):
    result = triage(
        "泳池加药间泄漏氯气，白茫茫一片往外飘，管理员捂着嘴跑出来一直咳，池边还有人。",
        subject="加药间",
    )
    assert result.category == "maintenance"


# ---------------------------------------- a gate that will not let one out


def test_a_gate_that_wont_let_me_out_after_getting_in_is_urgent_access(triage):
    result = triage(
        "The garage's card reader ignored my card this morning. I got in behind a neighbor, but the exit gate won't let me out now and I have a doctor's appointment at 11.",
        subject="Garage gate",
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_gate_that_opens_slowly_is_normal(triage):
    result = triage(
        "The garage gate opens really slowly for my card, sometimes on the third try. Could the reader be checked?",
        subject="Garage gate",
    )
    assert result.urgency == "normal"
    assert result.category == "access"


def test_zh_a_driver_and_her_van_shut_in_the_yard_by_a_dead_lock_is_urgent_access(triage):
    result = triage(
        "仓储园区的电子锁没电了，我和我的面包车一起被关在园区里面出不去，四点前要去机场接人。",
        subject="大门",
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_zh_an_old_man_shut_in_a_windowless_storeroom_stays_an_emergency(triage):
    result = triage(
        "我爸在地下储藏室整理东西，门从外面卡死了，他被关在里面出不来，里面没有窗户也没有信号。",
        subject="储藏室",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- a payment due today; a failed payment (zh)


def test_a_fee_that_must_be_paid_today_with_a_broken_page_is_urgent(triage):
    result = triage(
        "My renewal is cancelled if the deposit isn't paid today, but the portal gives an error every time I try. What should I do?",
        subject="Lease renewal",
    )
    assert result.urgency == "urgent"
    assert result.category == "billing"


def test_rent_due_on_the_fifth_is_normal(triage):
    result = triage(
        "Just checking: rent is due on the 5th, right? I set up autopay but want to be sure of the date.",
        subject="Rent date",
    )
    assert result.urgency == "normal"


def test_zh_a_failed_parking_fee_payment_with_a_lock_threatened_is_billing(triage):
    result = triage(
        "车位管理费自动扣款失败了，通知说明天不交就锁车位，可是缴费页面一直进不去，怎么办？",
        subject="车位费",
    )
    assert result.category == "billing"


def test_zh_money_to_be_returned_today_is_urgent(triage):
    result = triage(
        "这个月的停车费被扣了两次，我卡里的钱不够还信用卡了，今天能不能退一笔回来？",
        subject="重复扣款",
    )
    assert result.urgency == "urgent"
    assert result.category == "billing"


def test_zh_a_refund_whenever_is_normal(triage):
    result = triage(
        "这个月的停车费好像多扣了一次，麻烦核对一下，下个月抵扣也行。", subject="停车费"
    )
    assert result.urgency == "normal"


# ---------------------------------------- a leak found by a leak detection firm


def test_a_leak_detection_firms_finding_is_a_leak(triage):
    result = triage(
        "AquaTrace Leak Detection: at 14 Birch Ct we located a pinhole in the cold water line under the laundry slab. Repair options attached.",
        subject="Leak detection report",
    )
    assert result.leak_related is True


def test_a_leak_detection_firms_advert_stays_no_leak(triage):
    result = triage(
        "AquaTrace Leak Detection: 15% off acoustic surveys for HOAs this winter. Reply for a quote.",
        subject="Winter offer",
    )
    assert result.leak_related is False


# ---------------------------------------- a vendor's notice of a service off


def test_a_vendors_notice_of_an_elevator_out_of_service_is_normal(triage):
    result = triage(
        "Apex Elevator: the load test on the building 5 elevator is Monday. It will be out of service from 8 to 1.",
        subject="Load test",
    )
    assert result.urgency == "normal"


def test_a_vendors_notice_of_water_off_for_hours_is_normal(triage):
    result = triage(
        "Clearline Plumbing: WO 8830. We will swap the main shutoff at 7 Alder Rd on Wednesday, water off for three hours. Please let the tenant know.",
        subject="WO 8830",
    )
    assert result.urgency == "normal"


def test_the_offices_own_notice_of_a_shutoff_stays_low(triage):
    result = triage(
        "Reminder: the elevator in building 5 will be out of service Monday 8 to 1 for a load test. Please use the stairs.",
        subject="Elevator notice",
    )
    assert result.urgency == "low"


def test_zh_a_vendors_notice_of_lifts_off_in_turn_is_normal(triage):
    result = triage(
        "安达电梯：工单2290，下周四4栋两台电梯保养，上午9点到11点轮流停用。",
        subject="电梯保养",
    )
    assert result.urgency == "normal"


# ---------------------------------------- an insurance claim paid; not to send anyone again (zh)


def test_an_insurance_claim_paid_for_a_burst_pipe_is_general(triage):
    result = triage(
        "Letting you know the insurance claim for the pipe that burst in our wall in March has been paid. Nothing needed.",
        subject="Claim",
    )
    assert result.category == "general"


def test_zh_a_leak_fixed_by_the_builder_no_one_to_send_again_is_general(triage):
    result = triage(
        "跟物业说一下，之前窗台往里渗水，开发商来打过胶了，这几场雨都没渗，不用再派人了。",
        subject="窗台",
    )
    assert result.category == "general"
    assert result.leak_related is True


def test_zh_a_drip_one_fixed_oneself_no_one_to_send_stays_maintenance(triage):
    result = triage(
        "洗手盆下面那个滴水我自己拧紧了接头，已经不滴了，不用派人。",
        subject="洗手盆",
    )
    assert result.category == "maintenance"


def test_zh_a_leak_settled_with_the_neighbour_is_low(triage):
    result = triage(
        "说一声，上个月我家洗衣机漏水泡了楼下的吊顶，我们已经私下赔了，物业不用管了。",
        subject="已经赔了",
    )
    assert result.urgency == "low"
    assert result.category == "general"


# ---------------------------------------- cutting units open with a grinder; a pried lock (zh)


def test_a_man_cutting_doors_open_with_a_grinder_now_is_security(triage):
    result = triage(
        "A man is working his way down row D of the storage units with an angle grinder right now. Sparks are flying and three doors are already cut open.",
        subject="Row D",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_padlock_cut_by_mistake_stays_access(triage):
    result = triage(
        "Your staff cut the padlock on my unit by mistake this morning. I need a new lock put on so I can get in.",
        subject="Unit lock",
    )
    assert result.category == "access"


def test_zh_a_door_lock_someone_pried_is_security(triage):
    result = triage(
        "1栋一楼的防盗门昨晚被人拿铁棍别过，锁舌弯了，现在一拉就开，希望今天能换锁。",
        subject="单元门",
    )
    assert result.category == "security"


def test_zh_a_lock_that_sticks_stays_access(triage):
    result = triage("3栋单元门的锁有点卡，钥匙要转好几次才开，麻烦来看看。", subject="单元门")
    assert result.category == "access"


# ---------------------------------------- a powered door clamping an arm (zh)


def test_zh_a_powered_gate_clamping_an_old_mans_hand_is_maintenance(triage):
    result = triage(
        "南门的电动平移门关的时候卡住了一个老人的手，门还在往里挤，他拔不出来。",
        subject="南门",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_zh_a_powered_gate_whose_card_reader_fails_stays_access(triage):
    result = triage("南门的电动平移门门禁坏了，刷卡开不了门。", subject="南门")
    assert result.category == "access"


# ---------------------------------------- what a neighbour put up against the guidelines


def test_a_shed_a_neighbour_built_against_the_guidelines_is_a_violation(triage):
    result = triage(
        "The owners at 31 built a metal shed right against the street. The guidelines only allow sheds behind the house.",
        subject="Shed at 31",
    )
    assert result.category == "violation"


def test_asking_whether_one_may_build_a_shed_is_architectural(triage):
    result = triage(
        "We'd like to build a small shed behind the house. What do we need to submit for approval?",
        subject="Shed",
    )
    assert result.category == "architectural"


# ---------------------------------------- standing water left after the inflow stopped (zh)


def test_zh_water_left_on_the_garage_floor_after_it_stopped_is_urgent(triage):
    result = triage(
        "地下车库昨晚进的水已经不往里流了，但是还有一些积水，好几个车位都泡着，今天能安排抽水吗？",
        subject="车库积水",
    )
    assert result.urgency == "urgent"


def test_zh_water_pouring_into_the_garage_stays_an_emergency(triage):
    result = triage(
        "暴雨水正从坡道往地下车库里灌，积水已经没过车轮了，还在涨。",
        subject="车库进水",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- sewage cleaned up; melted plastic dripping (zh)


def test_a_closed_work_order_that_disinfected_after_a_sewer_backup_is_a_leak(triage):
    result = triage(
        "WO 7781: sewer backup at the clubhouse restroom cleared, floor washed down and disinfected. Closed.",
        subject="WO 7781 complete",
    )
    assert result.leak_related is True


def test_a_closed_work_order_for_a_door_closer_stays_no_leak(triage):
    result = triage(
        "WO 7790: door closer on the clubhouse restroom replaced and adjusted. Closed.",
        subject="WO 7790 complete",
    )
    assert result.leak_related is False


def test_zh_a_drain_cleared_and_disinfected_after_sewage_is_a_leak(triage):
    result = triage(
        "工单6640：地下室污水井清掏完毕，地面冲洗并消毒，已完成。",
        subject="工单完成",
    )
    assert result.leak_related is True


def test_zh_melted_plastic_dripping_from_a_burning_lamp_is_no_leak(triage):
    result = triage(
        "阳台上的灯罩着火了，塑料烧化了往下滴，黑烟很大。",
        subject="阳台灯",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is False


# ---------------------------------------- needed before one flies out tonight; peeling paint


def test_a_passport_needed_before_a_flight_tonight_is_urgent(triage):
    result = triage(
        "My visa came back by courier and the concierge signed for it, but the parcel room is locked today and my flight leaves at 9 tonight. Could someone let me in?",
        subject="Visa in the parcel room",
    )
    assert result.urgency == "urgent"


def test_a_passport_waiting_till_next_week_is_normal(triage):
    result = triage(
        "My passport came back by courier and the concierge signed for it. No rush, I'll pick it up next week.",
        subject="Passport",
    )
    assert result.urgency != "urgent"


def test_paint_peeling_off_the_porch_rails_is_no_emergency(triage):
    result = triage(
        "The paint on the railings of the back porch at building 2 is flaking off in big pieces and the wood is turning grey.",
        subject="Porch railings",
    )
    assert result.urgency == "normal"


def test_paint_blistering_over_a_hot_smoking_wall_is_an_emergency(triage):
    result = triage(
        "The paint on the wall behind our stove is peeling and there's smoke coming out of the outlet there. The wall is hot.",
        subject="Wall behind the stove",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- the phrases compile; the training files


def test_round_41_phrases_compile():
    phrases = [p for p in default_phrases() if (p.note or "").startswith("round 41:")]
    assert len(phrases) == 32
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind40_blind41_and_round41():
    assert {"blind40.jsonl", "blind41.jsonl", "round41.jsonl"} <= set(TRAINING_FILES)
    rows = [
        json.loads(line)
        for line in (CORPUS / "blind42.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 120
    assert sum(r["lang"] == "en" for r in rows) == 60
    assert sum(r["urgency"] == "emergency" for r in rows) == 40


def test_round41_lines_are_written_by_their_script():
    import sys

    sys.path.insert(0, str(ROOT / "scripts/triage"))
    try:
        from round41_train import ROWS
    finally:
        sys.path.pop(0)
    shipped = [
        json.loads(line)
        for line in (CORPUS / "round41.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert [r["body"] for r in shipped] == [row[3] for row in ROWS]
