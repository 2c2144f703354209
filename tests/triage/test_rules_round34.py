# ruff: noqa: E501
"""Round 34: from blind33's mistakes, false alarms first, with fresh sentences, each with its
harmless look-alike or its real emergency. A car (no person) on a stalled parking lift is access;
no heating oil with adults only is urgent; a crane that swings over a playground by day, asked
about; things still soaked after the water stopped (zh); a camera pointing the wrong way (zh); a
collapse in a hypothetical (zh) and an evacuation route asked; a grill burning indoors; someone
pinned under a fallen thing (zh); a crane dropping a load (zh); oil, a draft and a CO2 alarm are
no water; smoke out along the ground is no water (zh); a slope sliding is earth (zh); solar
panels with no output are no power cut; heavy things thrown off a balcony are security, litter
a violation; a lock cut by mistake is access; escalators are maintenance; movers and the freight
elevator are a move; keeping an aquarium, asked, is general; a person caught in a parking lift
and an unanchored goal are maintenance (zh); the two label conflicts settled: a spa drain holding
a limb is maintenance, a rotten smell is an emergency only with a person pointed at. blind33 is
trained on since; blind34, this round's honest measure, never is."""

from __future__ import annotations

import re

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- false alarms: a parking lift, heating oil, a crane


def test_a_car_left_on_a_stalled_parking_lift_is_access_not_entrapment(triage):
    result = triage(
        "The car stacker in the garage jammed halfway with my SUV on the top deck and I have to pick up my kids from school at 3.",
        subject="Car stacker",
    )
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_man_pinned_by_a_parking_lift_is_an_emergency(triage):
    result = triage(
        "The parking lift dropped while the valet was under the top platform and he's pinned, he can't get out.",
        subject="Lift",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_car_stuck_on_a_parking_lift_is_access_zh(triage):
    result = triage(
        "立体车库的车板卡住了，降不下来，我的车取不出来，今天还要上班。", subject="车库"
    )
    assert result.urgency != "emergency"
    assert result.category == "access"


def test_a_person_caught_in_a_parking_lift_is_maintenance_zh(triage):
    result = triage("机械车位的车板突然掉下来，一个师傅被压在下面出不来。", subject="车板")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_out_of_heating_oil_with_adults_only_is_urgent(triage):
    result = triage(
        "We've run out of heating oil, the boiler died and it's 55 in here. It's just me and my husband.",
        subject="Oil",
    )
    assert result.urgency == "urgent"


def test_out_of_heating_oil_with_a_newborn_is_an_emergency(triage):
    result = triage(
        "Our oil tank is empty and the furnace is off; it's 50 degrees inside and our baby is 3 weeks old.",
        subject="Oil",
    )
    assert result.urgency == "emergency"


def test_a_crane_that_swings_over_a_playground_by_day_is_no_event(triage):
    result = triage(
        "The crane on the site next door swings over the playground every day. Will the playground be shut while they build?",
        subject="Crane",
    )
    assert result.urgency != "emergency"


def test_a_crane_swinging_bricks_over_children_now_is_an_emergency(triage):
    result = triage(
        "The crane is swinging a pallet of bricks over the playground right now and the kids are still under it.",
        subject="Crane",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- false alarms (zh): soaked after the water stopped, a camera, a hypothetical


def test_things_soaked_after_the_water_stopped_are_no_flood_zh(triage):
    result = triage("楼上的水已经关了，不漏了，但我们床都湿透了，今天能来看看吗？", subject="泡水")
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_things_soaked_with_water_still_pouring_is_an_emergency_zh(triage):
    result = triage("楼上的水还在往下灌，我们床都湿透了。", subject="漏水")
    assert result.urgency == "emergency"


def test_a_camera_pointing_the_wrong_way_is_no_emergency_zh(triage):
    result = triage("车库入口的监控歪了好几天了，拍不到进出的车。", subject="监控")
    assert result.urgency == "normal"
    assert result.category == "security"


def test_a_collapse_in_a_hypothetical_is_no_event_zh(triage):
    result = triage("要是挡土墙哪天塌了，我们车库会不会被埋？", subject="挡土墙")
    assert result.urgency != "emergency"


def test_a_retaining_wall_that_collapsed_is_an_emergency_zh(triage):
    result = triage("挡土墙刚才塌了，泥土全冲进车库了。", subject="挡土墙")
    assert result.urgency == "emergency"


def test_an_evacuation_route_asked_is_general(triage):
    en = triage(
        "Where is the evacuation route for building F posted, in case there's ever a wildfire?",
        subject="Wildfire",
    )
    assert en.category == "general"
    assert en.urgency != "emergency"
    zh = triage("小区的疏散路线图在哪里能看到？", subject="疏散")
    assert zh.category == "general"


# ---------------------------------------- missed emergencies: a grill indoors, pinned, a crane (zh)


def test_a_grill_burning_indoors_is_an_emergency(triage):
    result = triage(
        "My neighbor is burning a charcoal grill inside his apartment with the windows shut and the hallway is hazy.",
        subject="Hallway",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_grill_smoke_drifting_from_a_patio_is_no_emergency(triage):
    result = triage(
        "The smoke from the grill on the patio below keeps drifting into my bedroom.",
        subject="Patio",
    )
    assert result.urgency != "emergency"


def test_someone_pinned_under_a_fallen_thing_is_an_emergency_zh(triage):
    result = triage("一个工人被倒下的脚手架压在下面，我们几个人都抬不动。", subject="脚手架")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_someone_pinned_last_month_is_no_emergency_zh(triage):
    result = triage(
        "上个月有个小孩被倒下的球门压在下面，幸好没事，能不能加固一下？", subject="球门"
    )
    assert result.urgency != "emergency"


def test_a_crane_dropping_a_load_is_an_emergency_zh(triage):
    result = triage("塔吊吊的砖头刚才掉下来砸在我们车库顶上了。", subject="塔吊")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_crane_passing_over_daily_asked_about_is_no_emergency_zh(triage):
    result = triage("隔壁工地的塔吊每天都从我们楼顶上转过去，请问有没有审批？", subject="塔吊")
    assert result.urgency != "emergency"


# ---------------------------------------- leak: oil, a draft, smoke along the ground, a slope


def test_diesel_seeping_is_no_water(triage):
    result = triage(
        "The diesel from the backup generator is seeping across the garage floor.", subject="Diesel"
    )
    assert result.leak_related is False


def test_water_seeping_is_water(triage):
    result = triage(
        "Water is seeping across the garage floor from the generator room.", subject="Water"
    )
    assert result.leak_related is True


def test_a_draft_is_no_water_and_no_emergency(triage):
    result = triage(
        "There's a draft coming in around the sliding door all winter.", subject="Draft"
    )
    assert result.leak_related is False
    assert result.urgency != "emergency"


def test_smoke_out_from_under_a_door_is_an_emergency_and_no_water_zh(triage):
    result = triage("302的门底下一直有浓烟往外冒，敲门没人应。", subject="浓烟")
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_water_out_from_under_a_door_is_water_zh(triage):
    result = triage("302的门底下一直有水往外冒，敲门没人应。", subject="冒水")
    assert result.leak_related is True


def test_a_slope_sliding_is_no_water_zh(triage):
    result = triage("车道旁边的边坡在往下滑，泥土已经堆到车道上了。", subject="边坡")
    assert result.leak_related is False


# ---------------------------------------- urgency: solar panels with no output


def test_solar_panels_with_no_output_are_no_power_cut(triage):
    result = triage(
        "Our rooftop panels have been generating nothing for a week; the inverter just shows a fault code.",
        subject="Panels",
    )
    assert result.urgency == "normal"


def test_no_power_in_the_unit_is_urgent(triage):
    result = triage("We have no power in the whole unit since this morning.", subject="Power")
    assert result.urgency == "urgent"


# ---------------------------------------- categories


def test_heavy_things_thrown_off_a_balcony_are_security(triage):
    en = triage(
        "Someone on the 9th floor is hurling bottles off the balcony into the courtyard.",
        subject="Bottles",
    )
    assert en.category == "security"
    zh = triage("有人从楼上往下扔酒瓶，砸在单元门口，差点砸到人。", subject="酒瓶")
    assert zh.category == "security"


def test_litter_thrown_down_is_no_security(triage):
    en = triage(
        "Someone keeps tossing cigarette butts off their balcony onto my patio.", subject="Butts"
    )
    assert en.category != "security"
    assert en.urgency != "emergency"
    zh = triage("楼上总往下扔烟头，我家阳台上全是。", subject="阳台")
    assert zh.category == "violation"
    assert zh.urgency != "emergency"


def test_a_lock_cut_by_mistake_is_access(triage):
    en = triage(
        "The auction crew clipped the padlock on my unit by mistake. Can you relock it today?",
        subject="Padlock",
    )
    assert en.category == "access"
    assert en.urgency == "urgent"
    zh = triage("你们清仓的时候把我的锁撬错了，今天能重新锁上吗？", subject="锁")
    assert zh.category == "access"


def test_a_lock_being_cut_now_is_a_break_in(triage):
    result = triage(
        "Someone is cutting the lock on unit 55 right now with a grinder.", subject="Cutting"
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_an_escalator_is_maintenance(triage):
    result = triage(
        "The escalator up to the retail level has been making a grinding noise for a week.",
        subject="Escalator",
    )
    assert result.category == "maintenance"
    assert result.urgency == "normal"


def test_movers_and_the_freight_elevator_are_a_move(triage):
    en = triage(
        "Our movers come Saturday morning; can the freight elevator be padded and reserved for us?",
        subject="Movers",
    )
    assert en.category == "move"
    zh = triage("周六搬家公司来，货梯能不能给我们留一上午？", subject="搬家")
    assert zh.category == "move"


def test_keeping_an_aquarium_asked_is_general(triage):
    en = triage("May we have a 40-gallon fish tank in the bedroom of our rental?", subject="Fish")
    assert en.category == "general"
    assert en.leak_related is False
    zh = triage("可以在客厅放一个大鱼缸吗？租房合同上没写。", subject="鱼缸")
    assert zh.category == "general"


def test_an_unanchored_hoop_is_maintenance_zh(triage):
    result = triage("篮球架底座没固定，风一吹就晃，能来看看吗？", subject="篮球架")
    assert result.category == "maintenance"
    assert result.urgency == "normal"


# ---------------------------------------- the two label conflicts


def test_a_limb_held_by_a_pool_drain_is_maintenance(triage):
    result = triage(
        "A boy's foot is stuck in the suction outlet of the wading pool and he can't pull it out.",
        subject="Wading pool",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_rotten_smell_and_flies_alone_is_a_complaint_zh(triage):
    result = triage("隔壁仓库一股腐烂的臭味，门口好多苍蝇。", subject="苍蝇")
    assert result.urgency == "normal"
    assert result.category == "complaint"


def test_a_rotten_smell_with_a_person_pointed_at_is_an_emergency_zh(triage):
    alone = triage("隔壁那个独居老人好几天没见了，屋里一股腐臭味。", subject="独居")
    assert alone.urgency == "emergency"
    assert alone.category == "security"
    knock = triage("楼下那位独居的阿姨家门口有股腐烂的臭味，敲门也没人应。", subject="臭味")
    assert knock.urgency == "emergency"
    assert knock.category == "security"


# ---------------------------------------- the phrases compile; the honest sets


def test_round34_phrases_compile():
    phrases = [p for p in default_phrases() if "round 34" in (p.note or "")]
    assert len(phrases) == 41
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind33(triage):
    assert "blind33.jsonl" in TRAINING_FILES
