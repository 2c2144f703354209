# ruff: noqa: E501
"""The urgent inventory (scripts/triage/urgent_inventory*.py): urgent messages (action needed
today, nothing damaged and nobody in danger now) held below emergency, and each one's emergency
twin (one detail flipped), with fresh sentences (none is a line of urgent.jsonl). urgent.jsonl
is trained on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk" / "triage" / "data" / "corpus"


def test_the_inventory_is_trained_on_and_has_both_languages():
    assert "urgent.jsonl" in TRAINING_FILES
    rows = [json.loads(line) for line in (CORPUS / "urgent.jsonl").read_text().splitlines()]
    assert len(rows) >= 550
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        # odd ids the urgent (or normal) message, even ones its emergency twin
        twins = [r for r in mine if int(r["id"][7:10]) % 2 == 0]
        assert all(r["urgency"] == "emergency" for r in twins)
        assert all(r["urgency"] != "emergency" for r in mine if r not in twins)


def test_the_inventory_file_is_built_from_its_kinds():
    sys.path.insert(0, str(ROOT / "scripts" / "triage"))
    try:
        import urgent_inventory
    finally:
        sys.path.pop(0)
    built = urgent_inventory.rows()
    assert len(urgent_inventory.KINDS) >= 130
    shipped = [json.loads(line) for line in (CORPUS / "urgent.jsonl").read_text().splitlines()]
    assert built == shipped


# ---------------------------------------------------------- a hazard made safe / the hazard now


def test_a_loose_thing_taped_off_is_no_emergency(triage):
    en = triage(
        "A gutter section over the side path has pulled loose and hangs down at one end. The porter taped off the path below, could the roofer come by this afternoon?",
        subject="Gutter hanging",
    )
    assert en.urgency != "emergency"
    zh = triage(
        "2号楼侧面一段落水管松了吊在半空，保安已经把下面的小路围起来了，麻烦今天下午找人来固定。"
    )
    assert zh.urgency != "emergency"


def test_the_loose_thing_falling_on_people_is_an_emergency(triage):
    en = triage(
        "The gutter section over the side path is ripping off the wall right now and the lunch crowd is walking underneath it.",
        subject="Gutter falling",
    )
    assert en.urgency == "emergency"
    zh = triage("2号楼侧面那段落水管正在往下掉，下面全是放学的孩子。")
    assert zh.urgency == "emergency"


def test_a_hole_with_a_cone_over_it_is_no_emergency(triage):
    zh = triage("地库入口有块检修盖板不见了，我先用个锥桶挡着了，今天请补一块。")
    assert zh.urgency != "emergency"


def test_a_cordon_does_not_calm_smoke(triage):
    # the cordon only calms a hazard that stands still: a fire behind the tape goes on
    zh = triage("地下室水泵房门口在往外冒黑烟，保安已经拉了警戒线。")
    assert zh.urgency == "emergency"
    en = triage(
        "Black smoke is pushing out of the pump room door; security has taped off the corridor."
    )
    assert en.urgency == "emergency"


def test_a_tree_down_that_hit_nothing_is_no_emergency(triage):
    en = triage(
        "An old poplar blew over onto the service road overnight. It missed everything, it's just blocking the bins lorry. Can the tree people come today?",
        subject="Tree on service road",
    )
    assert en.urgency != "emergency"
    zh = triage(
        "昨晚一棵杨树倒在后面的小路上，没砸到人也没碰到电线，就是垃圾车过不去了，今天能清走吗？"
    )
    assert zh.urgency != "emergency"


def test_a_tree_down_on_a_car_with_someone_inside_is_an_emergency(triage):
    zh = triage("一棵杨树倒在后面小路的一辆车上，车顶压扁了，司机还在里面。")
    assert zh.urgency == "emergency"


def test_a_drop_ceiling_tile_that_fell_is_a_repair(triage):
    en = triage(
        "One of the drop ceiling tiles in the laundry room fell down last night. It's dry above it, nothing else moved.",
        subject="Ceiling tile",
    )
    assert en.urgency != "emergency"


def test_a_ceiling_coming_down_is_still_an_emergency(triage):
    en = triage(
        "The laundry room ceiling is coming down in chunks of plaster and the joists above are cracking."
    )
    assert en.urgency == "emergency"


# ---------------------------------------------------------- smells, burnt food, stopped water


def test_a_drain_that_only_smells_is_no_emergency(triage):
    en = triage(
        "The shower drain in 2C has had a sewer smell since yesterday, nothing is backing up, it's just the smell. Could someone look today?",
        subject="Drain smell",
    )
    assert en.urgency != "emergency"


def test_burnt_food_is_no_one_burned(triage):
    en = triage(
        "My neighbour burnt her toast and the hallway smelled for a bit, all aired out now. Can the hall fan be switched on?",
        subject="Hall fan",
    )
    assert en.urgency != "emergency"


def test_a_leak_that_has_not_dripped_since_wants_a_look_today(triage):
    zh = triage(
        "昨天晚上厨房吊顶渗了点水，楼上关了阀门以后就没再漏过，吊顶看着没变形，今天能派人来看看吗？"
    )
    assert zh.urgency != "emergency"
    assert zh.leak_related is True


def test_a_leak_still_going_is_an_emergency(triage):
    zh = triage("昨晚厨房吊顶开始漏水，楼上关了阀门也没用，现在还在往下滴，吊顶往下坠。")
    assert zh.urgency == "emergency"


def test_a_hose_with_its_valve_shut_and_the_floor_mopped_is_no_emergency(triage):
    zh = triage("净水器的进水管今天裂了个口子，我已经把角阀关了，地也擦干了，这周能来换根管子吗？")
    assert zh.urgency != "emergency"
    assert zh.leak_related is True


def test_a_hose_whose_valve_will_not_close_is_an_emergency(triage):
    zh = triage("净水器的进水管裂了，角阀拧不动关不上，水一直往外喷，厨房地上全是水。")
    assert zh.urgency == "emergency"


def test_a_sprinkler_head_knocked_crooked_is_no_water(triage):
    zh = triage("装修工人把走廊的喷淋头碰歪了，没有漏水，今天能来人看看吗？")
    assert zh.urgency != "emergency"


def test_a_sprinkler_head_knocked_off_is_an_emergency(triage):
    zh = triage("装修工人把走廊的喷淋头撞断了，水哗哗地往外喷，走廊全淹了。")
    assert zh.urgency == "emergency"


def test_a_co_detector_at_the_end_of_its_life_is_no_emergency(triage):
    zh = triage("卧室的一氧化碳报警器一直嘀一声，说明书上写这是寿命到期的提示，能帮忙换个新的吗？")
    assert zh.urgency != "emergency"


def test_a_co_detector_sounding_with_headaches_is_an_emergency(triage):
    zh = triage("卧室的一氧化碳报警器一直在报警，我和老公都头晕想吐。")
    assert zh.urgency == "emergency"


# ---------------------------------------------------------- the vulnerable person is elsewhere / names a room


def test_no_heat_with_the_old_person_staying_elsewhere_is_urgent(triage):
    en = triage(
        "Grandpa's heating in 5B quit on Sunday. He's staying with his son until it's fixed, so no rush tonight, but please book it for today.",
        subject="5B heating",
    )
    assert en.urgency != "emergency"


def test_no_heat_with_a_frail_old_person_at_home_is_an_emergency(triage):
    en = triage(
        "The heating in 5B has been off since Sunday, it's 20 degrees out and my 91-year-old grandfather is at home shivering."
    )
    assert en.urgency == "emergency"


def test_the_kids_room_radiator_cold_is_no_vulnerable_person(triage):
    zh = triage("小孩房间的暖气片今天不太热，别的屋都正常，能今天来放放气吗？")
    assert zh.urgency != "emergency"


def test_someone_in_my_parking_bay_is_no_intruder(triage):
    en = triage(
        "Somebody has been parked in my assigned bay since Friday, can it be towed today?",
        subject="Someone in my bay",
    )
    assert en.urgency != "emergency"


def test_someone_in_my_flat_is_an_intruder(triage):
    en = triage(
        "There's someone in my flat right now, I can see him through the window going through drawers."
    )
    assert en.urgency == "emergency"


# ---------------------------------------------------------- the twins: someone in danger now


def test_someone_lying_on_the_floor_not_moving_is_an_emergency(triage):
    en = triage(
        "Through the glass I can see the tenant of 4D lying by the sofa, not moving, and she won't answer the door."
    )
    assert en.urgency == "emergency"
    zh = triage("从窗户看见4D的大爷趴在客厅地上一动不动，敲门也不开。")
    assert zh.urgency == "emergency"


def test_a_tenant_asking_for_a_key_today_is_urgent(triage):
    zh = triage("4D的大爷钥匙丢了，人在楼下等着，没什么事，就是想今天配一把。")
    assert zh.urgency != "emergency"


def test_a_broken_lock_alone_is_no_break_in(triage):
    en = triage(
        "The lock on our back door broke this morning, it just spins. Nobody tried to get in. Could a locksmith come today?",
        subject="Back door lock",
    )
    assert en.urgency != "emergency"


def test_a_forced_door_with_someone_heard_inside_is_a_break_in(triage):
    en = triage(
        "Our back door has been pried open and I can hear somebody walking around in the kitchen. I'm across the street."
    )
    assert en.urgency == "emergency"
    zh = triage("后门被撬开了，屋里还有人翻东西的声音，我躲在楼下。")
    assert zh.urgency == "emergency"


def test_a_toddler_alone_while_the_parent_is_shut_out_is_an_emergency(triage):
    en = triage(
        "I'm stuck outside the building, my fob died, and my 3-year-old is alone in the flat upstairs."
    )
    assert en.urgency == "emergency"
    zh = triage("我被锁在单元门外了，三岁的儿子一个人在家里。")
    assert zh.urgency == "emergency"


def test_a_lockout_with_nobody_inside_is_urgent(triage):
    en = triage(
        "I'm stuck outside the building, my fob died. Nobody's home, I just need to get in before my shift.",
        subject="Fob",
    )
    assert en.urgency == "urgent"


def test_a_life_support_machine_on_its_battery_is_an_emergency(triage):
    en = triage(
        "No power on our floor since 2pm. My wife's oxygen concentrator is running on its battery and it shows one bar."
    )
    assert en.urgency == "emergency"
    zh = triage("我们这层下午两点停电了，我爱人的制氧机现在用的是电池，只剩一格了。")
    assert zh.urgency == "emergency"


def test_a_power_cut_with_nothing_depending_on_it_is_urgent(triage):
    en = triage(
        "No power on our floor since 2pm, nothing sparking, everyone's fine. When will it be back?",
        subject="Power",
    )
    assert en.urgency != "emergency"


def test_a_baby_listless_in_a_hot_flat_is_an_emergency(triage):
    en = triage(
        "The AC quit this morning and it's 94 in here; our 6-week-old is limp and not feeding."
    )
    assert en.urgency == "emergency"
    zh = triage("空调早上坏了，屋里36度，六周大的宝宝没精神，一直不吃奶。")
    assert zh.urgency == "emergency"


def test_an_arm_clamped_by_a_door_is_an_emergency(triage):
    zh = triage("地库的卷帘门夹住了一个快递员的胳膊，门停在半截，他抽不出来。")
    assert zh.urgency == "emergency"


def test_someone_trapped_under_a_fallen_thing_is_an_emergency(triage):
    en = triage(
        "A shelving unit in the storage room tipped over and a worker's trapped under it, we can't lift it off."
    )
    assert en.urgency == "emergency"
    zh = triage("储藏室的铁货架倒了，压住一个保洁阿姨，几个人正在抬。")
    assert zh.urgency == "emergency"


def test_someone_who_stopped_breathing_is_an_emergency(triage):
    en = triage(
        "A man at the bus shelter by our gate collapsed and has stopped breathing, a neighbour is doing CPR."
    )
    assert en.urgency == "emergency"


def test_something_tearing_off_its_mount_over_an_entrance_is_an_emergency(triage):
    en = triage(
        "The big sign on the 3rd floor is tearing off its brackets in this wind, right above the lobby entrance."
    )
    assert en.urgency == "emergency"


def test_someone_locked_in_who_needs_medicine_is_an_emergency(triage):
    en = triage(
        "The gym locked at 9 with a resident still inside; he's asthmatic and his inhaler is in his car."
    )
    assert en.urgency == "emergency"
    zh = triage("会所晚上九点锁门把一个业主关在里面了，他有哮喘，药在车上。")
    assert zh.urgency == "emergency"


def test_a_care_alarm_pressed_with_no_answer_is_an_emergency(triage):
    en = triage(
        "Call centre: the care alarm pendant in 8A was pressed two minutes ago and there is no answer on the speaker or at the door."
    )
    assert en.urgency == "emergency"


def test_a_pot_left_on_behind_a_locked_door_is_an_emergency(triage):
    en = triage(
        "I locked myself out and I left a pan of chips on the hob; the smoke alarm inside is going off."
    )
    assert en.urgency == "emergency"


def test_a_child_at_the_pool_edge_now_is_an_emergency(triage):
    zh = triage("泳池没人看着，一个小朋友自己溜进去了，现在站在池边上往水里看。")
    assert zh.urgency == "emergency"


def test_fumes_with_people_dizzy_are_an_emergency(triage):
    zh = triage("垃圾房里有股很刺鼻的气味，清运工进去以后头晕站不稳。")
    assert zh.urgency == "emergency"


def test_threats_at_the_door_are_an_emergency(triage):
    zh = triage("楼下有个男的在拍我家门，扬言今天一定要闯进来。")
    assert zh.urgency == "emergency"


def test_a_truck_rolling_away_is_an_emergency(triage):
    en = triage(
        "The delivery van's handbrake let go and it's rolling down the ramp toward the parked cars, no driver in it."
    )
    assert en.urgency == "emergency"
    zh = triage("送货车没拉手刹，正往下溜，朝着停车场滑过去了。")
    assert zh.urgency == "emergency"


def test_tingling_from_a_pool_ladder_is_current(triage):
    zh = triage("游泳的人说摸到扶梯的时候手发麻，好像有电。")
    assert zh.urgency == "emergency"


def test_a_fire_told_in_the_present_goes_on_after_everyone_got_out(triage):
    en = triage(
        "The bin store is on fire, the flames are up the wall, we've got the kids out of the ground floor flats."
    )
    assert en.urgency == "emergency"


def test_a_child_in_a_car_being_towed_is_an_emergency(triage):
    en = triage(
        "The tow truck driver is lifting my car onto the flatbed and my son is still asleep in the back seat!"
    )
    assert en.urgency == "emergency"


def test_a_hot_tub_full_of_leaves_is_a_clean_up(triage):
    en = triage(
        "The spa by the clubhouse is full of leaves and twigs after the wind, could someone skim it?",
        subject="Spa",
    )
    assert en.urgency == "normal"


def test_a_child_under_the_water_in_a_leafy_hot_tub_is_an_emergency(triage):
    en = triage(
        "The spa is full of leaves and a little boy slipped in and is under the water, we can't see him!",
        subject="Spa",
    )
    assert en.urgency == "emergency"


def test_a_flickering_light_by_an_amenity_is_maintenance(triage):
    en = triage(
        "The lamp posts along the pickleball courts keep flickering after dark.",
        subject="Court lights",
    )
    assert en.category == "maintenance"


def test_thanks_after_an_alarm_went_off_is_no_leak(triage):
    en = triage(
        "Thanks to the night guard who came so fast when our alarm went off on Saturday.",
        subject="Thanks",
    )
    assert en.leak_related is False


def test_a_leak_alarm_going_off_is_still_water(triage):
    en = triage(
        "The water leak alarm under our kitchen sink went off and there's a puddle spreading across the floor."
    )
    assert en.leak_related is True
