# ruff: noqa: E501
"""The leak inventory (scripts/triage/leak_inventory*.py): leak decisions in indirect words and
the look-alikes that use water's words without being a leak, with fresh sentences (none is a
line of leaks.jsonl), each kind with its look-alike or its real leak. leaks.jsonl is trained on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk" / "triage" / "data" / "corpus"


def test_the_inventory_is_trained_on_and_has_both_languages():
    assert "leaks.jsonl" in TRAINING_FILES
    rows = [json.loads(line) for line in (CORPUS / "leaks.jsonl").read_text().splitlines()]
    assert len(rows) >= 480
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        assert sum(r["leak_related"] for r in mine) == len(mine) // 2


def test_the_inventory_file_is_built_from_its_kinds():
    sys.path.insert(0, str(ROOT / "scripts" / "triage"))
    try:
        import leak_inventory
    finally:
        sys.path.pop(0)
    built = leak_inventory.rows()
    assert len(leak_inventory.KINDS) >= 120
    shipped = [json.loads(line) for line in (CORPUS / "leaks.jsonl").read_text().splitlines()]
    assert built == shipped


# ---------------------------------------------------------- cleaning, food, tests announced


def test_a_carpet_damp_from_its_cleaning_is_no_leak(triage):
    result = triage(
        "We had the rugs shampooed on Monday. The one in the den still feels damp, is that normal after two days?",
        subject="Rug",
    )
    assert result.leak_related is False


def test_a_carpet_damp_for_no_reason_is_a_leak(triage):
    result = triage(
        "The carpet in the den feels damp along the outside wall and we haven't cleaned it or spilled anything.",
        subject="Rug",
    )
    assert result.leak_related is True


def test_mouldy_food_is_no_leak(triage):
    en = triage("Somebody's leftovers in the gym cooler have gone mouldy. Can it be emptied?")
    assert en.leak_related is False
    zh = triage("健身房冷柜里不知道谁放的面包都长霉了，能清一下吗？")
    assert zh.leak_related is False


def test_mould_on_a_wall_is_still_a_leak(triage):
    en = triage("Mould keeps coming back on the wall behind the headboard.")
    assert en.leak_related is True
    zh = triage("床头后面的墙上一直在长霉，擦了又长。")
    assert zh.leak_related is True


def test_a_flood_test_of_a_new_shower_is_no_flood(triage):
    en = triage(
        "The contractor in 304 will flood-test the new shower pan from Monday for two days.",
        subject="Notice",
    )
    assert en.leak_related is False
    zh = triage("2栋304卫生间改造，本周做闭水测试，请知悉。", subject="通知")
    assert zh.leak_related is False


def test_a_flood_in_a_bathroom_is_still_a_leak(triage):
    en = triage("The bathroom in 304 flooded this morning when the new shower pan gave way.")
    assert en.leak_related is True
    zh = triage("楼上卫生间改完以后我家顶上开始渗水了。")
    assert zh.leak_related is True


# ---------------------------------------------------------- nothing wet, condensation


def test_nothing_wet_says_no_leak(triage):
    en = triage(
        "The pipe knocks when the heat comes on but nothing under it is wet.", subject="Pipe"
    )
    assert en.leak_related is False
    zh = triage("墙上那道裂缝又长了一点，屋里哪里都没有水，就是怕继续裂。", subject="裂缝")
    assert zh.leak_related is False


def test_something_wet_is_a_leak(triage):
    en = triage(
        "The pipe knocks when the heat comes on and the floor under it is wet.", subject="Pipe"
    )
    assert en.leak_related is True
    zh = triage("墙上那道裂缝在往外渗水，地上湿了一片。", subject="裂缝")
    assert zh.leak_related is True


def test_beads_on_a_cold_pipe_are_no_leak(triage):
    result = triage("夏天车库里那根冷水管表面结了一层水珠，底下干干的，需要处理吗？")
    assert result.leak_related is False


def test_a_cold_pipe_dripping_onto_things_is_a_leak(triage):
    result = triage("车库里那根冷水管一直往下滴水，把我放在下面的纸箱都滴湿了。")
    assert result.leak_related is True


# ---------------------------------------------------------- weather carried in, other liquids


def test_snow_off_boots_and_wet_umbrellas_are_no_leak(triage):
    en = triage(
        "Slush off people's boots leaves puddles all over the mailroom floor in winter. Could we get a bigger mat?"
    )
    assert en.leak_related is False
    en2 = triage("Wet umbrellas dripping by the elevators make the floor slippery every rainy day.")
    assert en2.leak_related is False
    zh = triage("下雨天大家的湿雨伞滴得电梯厅全是水，能放个伞套机吗？")
    assert zh.leak_related is False


def test_water_dripping_from_a_ceiling_is_a_leak(triage):
    result = triage("Water drips from the ceiling by the elevators every time it rains.")
    assert result.leak_related is True


def test_a_puddle_of_paint_or_oil_is_no_leak(triage):
    en = triage(
        "There's a puddle of motor oil under the car in space 12 again.", subject="Oil puddle"
    )
    assert en.leak_related is False
    en2 = triage("A tin of paint tipped over in the hallway and left a white puddle by the stairs.")
    assert en2.leak_related is False
    zh = triage("地库B区有辆车漏了一滩机油，走路很滑。")
    assert zh.leak_related is False


def test_a_puddle_of_water_is_a_leak(triage):
    en = triage("There's a puddle of water under the car in space 12 coming from the pipe above.")
    assert en.leak_related is True
    zh = triage("地库B区顶上的管子漏了，地上一滩水。")
    assert zh.leak_related is True


def test_refrigerant_low_is_no_water_leak(triage):
    en = triage(
        "The tech says the heat pump is low on refrigerant and there's probably a slow leak in the coil."
    )
    assert en.leak_related is False
    zh = triage("空调师傅说外机氟利昂有点漏，需要补氟，报价三百。")
    assert zh.leak_related is False


def test_air_conditioner_water_leaking_is_a_leak(triage):
    result = triage("The heat pump's indoor unit is leaking water down the wall.")
    assert result.leak_related is True


# ---------------------------------------------------------- figures of speech


def test_idioms_and_people_in_the_rain_are_no_leak(triage):
    assert (
        triage("The fence dispute is water under the bridge, thanks for your help.").leak_related
        is False
    )
    assert (
        triage(
            "My kids got drenched waiting at the bus stop since the shelter was removed."
        ).leak_related
        is False
    )
    assert (
        triage(
            "Someone leaked the reserve study to the local paper before the board saw it."
        ).leak_related
        is False
    )
    zh = triage("年底各种通知和咨询电话太多了，我们快被淹没了，回复会慢一些。")
    assert zh.leak_related is False


def test_a_soaked_mattress_and_a_leaking_ceiling_are_leaks(triage):
    assert (
        triage("The mattress in the guest room got soaked from the ceiling overnight.").leak_related
        is True
    )
    assert triage("The meeting room ceiling leaked onto the board's papers.").leak_related is True


def test_dishes_still_wet_are_no_leak(triage):
    en = triage("The dishwasher runs but the plates come out still wet. Can someone check it?")
    assert en.leak_related is False
    zh = triage("洗碗机洗完盘子都是湿的，是不是烘干坏了？")
    assert zh.leak_related is False


def test_a_dishwasher_leaking_is_a_leak(triage):
    result = triage("洗碗机底下往外渗水，柜子底板都泡了。")
    assert result.leak_related is True


def test_a_washer_filling_is_no_water_getting_in(triage):
    result = triage("洗衣机每次进水都嗡嗡响，能看看吗？")
    assert result.leak_related is False


def test_a_washer_hose_leaking_is_a_leak(triage):
    result = triage("洗衣机进水管接头漏了，地上湿了一片。")
    assert result.leak_related is True


# ---------------------------------------------------------- indirect words of a leak


def test_hyphenated_water_stains_are_a_leak(triage):
    result = triage("Three ceiling tiles in the gym are water-stained and sagging.")
    assert result.leak_related is True


def test_water_coming_up_between_tiles_is_a_leak(triage):
    result = triage("厨房地砖缝里冒出水来了，擦干又有。")
    assert result.leak_related is True


def test_a_yellow_ring_on_a_ceiling_is_a_leak(triage):
    result = triage("卧室天花板上多了一圈黄褐色的印子，还没滴水，想请人看看。")
    assert result.leak_related is True


def test_a_ceiling_yellow_from_cooking_is_no_leak(triage):
    en = triage("The ceiling above the cooktop is yellow from years of cooking. Can we repaint it?")
    assert en.leak_related is False


def test_water_collected_on_a_floor_is_a_leak(triage):
    result = triage("电梯底坑里积了二十多厘米的水，电梯停了。")
    assert result.leak_related is True


def test_being_eager_is_no_water(triage):
    result = triage("业委会积极配合供水公司的管网改造，感谢大家支持。", subject="通知")
    assert result.leak_related is False


def test_rain_through_a_hole_is_a_leak(triage):
    result = triage("屋顶被砸了个洞，雨顺着洞往客厅里灌。")
    assert result.leak_related is True


def test_floorboards_cupping_and_wood_swollen_are_a_leak(triage):
    en = triage("The hardwood by the fridge has cupped and the boards are lifting at the seams.")
    assert en.leak_related is True
    zh = triage("冰箱旁边的实木地板起拱了，踩上去一高一低。")
    assert zh.leak_related is True
    en2 = triage("The trim round the tub has gone spongy and the wall behind it feels clammy.")
    assert en2.leak_related is True


def test_water_coming_in_under_a_door_is_a_leak(triage):
    result = triage("In heavy rain water comes in under the patio door and soaks the rug.")
    assert result.leak_related is True


# ---------------------------------------------------------- what the model alone took for a leak


def test_a_fixture_shaking_from_footsteps_is_no_leak(triage):
    result = triage("Our kitchen pendant lights sway every time the kids upstairs run around.")
    assert result.leak_related is False


def test_a_drain_snaked_is_no_leak_unless_it_now_leaks(triage):
    fine = triage("Maintenance snaked the tub drain this morning and it empties fast now. Thanks!")
    assert fine.leak_related is False
    leaking = triage(
        "Maintenance snaked the tub drain this morning but now the trap drips into the cabinet."
    )
    assert leaking.leak_related is True


def test_no_more_draught_is_no_leak(triage):
    result = triage(
        "WO 5120: weatherstripped the front door of 2B, no more draught. Closed.", subject="WO 5120"
    )
    assert result.leak_related is False


def test_birds_in_through_a_hatch_are_no_leak(triage):
    result = triage("The attic vent screen is torn and bats are getting in at night.")
    assert result.leak_related is False


def test_dust_after_sanding_is_no_leak(triage):
    result = triage("The painters sanded the stair rails and left dust on every landing.")
    assert result.leak_related is False


def test_a_squeaking_floor_is_no_leak(triage):
    result = triage("The floor outside the bedroom creaks loudly at night. Any fix?")
    assert result.leak_related is False


def test_thanks_for_a_door_repaired_is_no_leak(triage):
    result = triage("谢谢王师傅，单元门修得很及时，现在关得很严实。")
    assert result.leak_related is False


def test_thanks_for_a_leak_repaired_is_still_a_leak(triage):
    result = triage("谢谢王师傅，卫生间漏水修得很及时，现在一直是干的。")
    assert result.leak_related is True
    assert result.urgency == "low"


def test_a_stiff_tap_is_no_leak_but_a_loose_one_dripping_is(triage):
    assert triage("阳台的水龙头拧起来太紧了，老人拧不动。").leak_related is False
    assert triage("阳台的水龙头松了，一直在滴水。").leak_related is True


# ---------------------------------------------------------- urgency look-alikes the inventory showed


def test_a_fire_standpipe_dripping_is_no_fire(triage):
    result = triage(
        "Front desk: the fire riser in the parking level stairwell has a slow drip at a joint, bucket under it."
    )
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_a_fire_in_a_stairwell_is_still_an_emergency(triage):
    result = triage(
        "Front desk: there's a fire in the parking level stairwell, smoke is coming up to the lobby."
    )
    assert result.urgency == "emergency"


def test_bleeding_a_radiator_is_no_one_hurt(triage):
    result = triage(
        "The hallway radiator is cold at the top. Should I try bleeding it, or will someone come?"
    )
    assert result.urgency != "emergency"


def test_someone_bleeding_is_still_an_emergency(triage):
    result = triage("A man fell on the stairs by the radiator and he is bleeding from his head.")
    assert result.urgency == "emergency"


# ---------------------------------------------------------- inventory.jsonl's three leak mistakes, as kinds


def test_a_chemical_leaking_is_no_water(triage):
    result = triage(
        "The pool room's chlorine tank is leaking and the fumes are making people cough."
    )
    assert result.leak_related is False


def test_shutting_the_gas_main_is_no_water(triage):
    result = triage("装修期间需要把天然气的总阀关上吗？")
    assert result.leak_related is False


def test_shutting_the_water_main_after_a_leak_is_water(triage):
    result = triage("卫生间漏了，我已经把总水阀关上了。")
    assert result.leak_related is True


def test_a_storm_drain_that_would_flood_the_road_is_no_leak(triage):
    result = triage("小区东门的雨水箅子被落叶堵住了，一下大雨就会积水，麻烦清一下。")
    assert result.leak_related is False


def test_broken_glass_with_nobody_hurt_is_no_emergency(triage):
    result = triage("车库入口那扇玻璃门碎了，没有人受伤，麻烦安排换一块。")
    assert result.urgency != "emergency"


def test_broken_glass_with_rain_pouring_in_is_still_an_emergency(triage):
    result = triage("大堂侧门玻璃碎了，没有人受伤，但是雨水一直往里灌，地上的水越来越多。")
    assert result.urgency == "emergency"


def test_diesel_running_across_a_floor_is_no_water(triage):
    result = triage("车库里那台发电机的油箱漏了，柴油顺着地面往排水沟淌，味道很大。")
    assert result.leak_related is False


def test_water_running_across_a_floor_is_still_water(triage):
    result = triage("车库里那根水管漏了，水顺着地面往排水沟淌，越来越多。")
    assert result.leak_related is True
