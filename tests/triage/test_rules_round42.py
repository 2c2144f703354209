# ruff: noqa: E501
"""Round 42: from blind42's mistakes and the cue study's leftovers, with fresh sentences, each
with its harmless look-alike or its real emergency. Siding melting and dripping is no water; a
backflow preventer cracked is a leak though the irrigation is shut; wiring sparking with no
water is no leak (zh); a tow truck at one's car is urgent, no emergency; a ceiling still
dripping after the leak above was stopped is urgent (zh); gunfire and a wild animal cornering
someone are security; a powered gate dragging a leg and a stair climber tipping over are
maintenance (zh); a thing knocked over by a vehicle is no person hit (zh); a theft found
afterwards with the footage asked for is normal (zh); an event sign-up is the amenity's (zh).
The calming cues that are the scene itself no longer calm it ('pond' with someone in it, a
'buckled' railing with someone hanging from it, a handle come off with someone shut in,
可能没什么事 before a danger), nor does a crew that has stopped work date the gas in its clause.
blind42 is trained on since; blind43, the honest measure, never is."""

from __future__ import annotations

import json
import re
from pathlib import Path

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# ---------------------------------------- leak: melting, a backflow preventer, wiring


def test_siding_melting_and_dripping_over_a_burning_unit_is_no_leak(triage):
    result = triage(
        "The condenser behind unit 6 caught fire and the plastic gutter above it is melting and dripping onto the patio.",
        subject="Condenser on fire",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_water_dripping_from_a_light_stays_a_leak(triage):
    result = triage(
        "Water is dripping out of the light in our hallway ceiling and the bulb just popped.",
        subject="Hallway light",
    )
    assert result.leak_related is True


def test_a_cracked_backflow_preventer_is_a_leak_though_the_irrigation_is_off(triage):
    result = triage(
        "The backflow preventer on the side of building 3 split overnight. The landscaper closed the supply so nothing's flowing, but it must be swapped before the hard frost tonight.",
        subject="Side of building 3",
    )
    assert result.leak_related is True
    assert result.urgency == "urgent"


def test_a_backflow_test_billed_twice_is_no_leak(triage):
    result = triage(
        "We were charged twice for the annual backflow test on our irrigation. Could one charge be reversed?",
        subject="Backflow test charge",
    )
    assert result.leak_related is False


def test_wiring_sparking_in_a_ceiling_with_no_water_is_no_leak(triage):
    result = triage(
        "储藏室的吊顶里有线路短路了，一直在噼啪响冒火花，下面堆着旧家具。",
        subject="储藏室吊顶",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_water_running_into_a_sparking_box_stays_a_leak(triage):
    result = triage(
        "楼上漏下来的水顺着墙流进了电箱，电箱里在打火花。",
        subject="电箱进水",
    )
    assert result.leak_related is True


# ---------------------------------------- a tow truck at one's car; a ceiling still dripping


def test_a_tow_truck_hooking_up_ones_own_car_is_urgent_not_an_emergency(triage):
    result = triage(
        "A tow truck is hooking up my Corolla in my own assigned spot right now, the permit is on the mirror. Please stop them.",
        subject="Being towed",
    )
    assert result.urgency == "urgent"


def test_a_ceiling_still_dripping_after_the_leak_above_stopped_is_urgent(triage):
    result = triage(
        "楼上的水管已经修好了，不漏了，但是我们卧室天花板还在往下滴，想请人今天来看看。",
        subject="天花板",
    )
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_a_ceiling_pouring_water_stays_an_emergency(triage):
    result = triage(
        "我家天花板的水哗哗地往下流，灯里全是水，楼上没人在家。",
        subject="天花板漏水",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- security: gunfire, a wild animal cornering someone


def test_gunfire_after_a_clubhouse_question_is_security(triage):
    result = triage(
        "I meant to ask about booking the clubhouse, but right now someone is firing a gun out by the tennis courts. We heard shots and we're hiding in the laundry room.",
        subject="Clubhouse booking",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_fireworks_that_sounded_like_shots_are_not_security(triage):
    result = triage(
        "Last night around midnight somebody set off fireworks by the pool. They sounded like gunshots and woke the whole building. Can this be stopped?",
        subject="Fireworks",
    )
    assert result.urgency != "emergency"
    assert result.category != "security"


def test_a_moose_cornering_a_woman_is_security(triage):
    result = triage(
        "A moose is in the playground and Mrs. Dunn is cornered behind the slide with her toddler. It keeps stamping at them.",
        subject="Playground",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


# ---------------------------------------- maintenance: a gate dragging a leg, a stair climber


def test_a_gate_dragging_a_childs_leg_after_a_parking_question_is_maintenance(triage):
    result = triage(
        "想问下地下车位怎么续费。还有，刚才东门的电动门把一个小男孩的脚卷进去了，门还在动，孩子在哭。",
        subject="车位续费",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_stair_climber_tipping_over_with_a_man_strapped_in_is_maintenance(triage):
    result = triage(
        "前台：2栋楼梯上一个电动爬楼机翻倒了，坐在上面的老太太摔在台阶上，腿流血，起不来。",
        subject="前台记录",
        channel="frontdesk",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_stall_knocked_over_by_a_scooter_is_not_a_person_hit(triage):
    result = triage(
        "前台：北门卖糖炒栗子的炉子被一辆摩托车撞翻了，烧红的炭滚到草坪上烧起来了。",
        subject="前台记录",
        channel="frontdesk",
    )
    assert result.urgency == "emergency"
    assert result.category != "security"


def test_a_person_hit_by_an_ebike_stays_security(triage):
    result = triage(
        "小区门口一个老人被电动车撞倒了，躺在地上起不来。",
        subject="门口",
    )
    assert result.urgency == "emergency"
    assert result.category == "security"


# ---------------------------------------- a theft found afterwards; an event sign-up


def test_a_theft_found_afterwards_with_the_footage_asked_is_normal(triage):
    result = triage(
        "我停在车棚的自行车前天晚上被偷了，能不能帮忙调一下那晚的监控？",
        subject="自行车",
    )
    assert result.urgency == "normal"
    assert result.category == "security"


def test_a_flat_broken_into_today_stays_urgent(triage):
    result = triage(
        "今天中午回家发现家里被盗了，门锁被撬，已经报警，希望物业马上调监控。",
        subject="家里被盗",
    )
    assert result.urgency == "urgent"


def test_signing_up_for_a_community_event_is_amenity(triage):
    result = triage(
        "中秋做月饼活动还可以报名吗？我和女儿两个人。",
        subject="中秋活动",
    )
    assert result.category == "amenity"


# ---------------------------------------- the cue study's leftovers: calming cues that are the scene


def test_a_footbridge_over_a_pond_giving_way_under_joggers_is_an_emergency(triage):
    result = triage(
        "The little footbridge over the pond gave way under two joggers. One of them is in the water under the boards and not answering us.",
        subject="Footbridge",
    )
    assert result.urgency == "emergency"


def test_a_fountain_in_the_pond_stays_calm(triage):
    result = triage(
        "Could the fountain in the pond be switched back on? It has been off since October.",
        subject="Pond fountain",
    )
    assert result.urgency != "emergency"


def test_a_buckled_railing_with_a_teenager_hanging_from_it_is_an_emergency(triage):
    result = triage(
        "The balcony railing on the third floor buckled while two teenagers were leaning on it; one is hanging from the edge and can't pull himself up.",
        subject="Railing",
    )
    assert result.urgency == "emergency"


def test_buckled_deck_boards_stay_calm(triage):
    result = triage(
        "The deck boards by the back door are buckled and lifting after all the rain. Can someone look next week?",
        subject="Deck boards",
    )
    assert result.urgency != "emergency"


def test_a_handle_that_came_off_with_a_cook_locked_in_a_freezer_is_an_emergency(triage):
    result = triage(
        "The walk-in freezer's inside handle came off and our cook is locked in there; she's been banging on the door for ten minutes.",
        subject="Freezer",
    )
    assert result.urgency == "emergency"


def test_a_cabinet_handle_that_came_off_stays_calm(triage):
    result = triage(
        "The cabinet door handle came off in my hand this morning. No rush.",
        subject="Cabinet",
    )
    assert result.urgency != "emergency"


def test_a_hedge_before_a_swallowed_button_battery_is_an_emergency(triage):
    result = triage(
        "可能没什么事，就是我儿子刚才把一颗纽扣电池吞下去了，现在说肚子疼。",
        subject="孩子",
    )
    assert result.urgency == "emergency"


def test_a_hedge_before_a_dark_shed_light_stays_calm(triage):
    result = triage(
        "可能没什么事，就是楼下车棚的灯不亮了。",
        subject="小事",
    )
    assert result.urgency != "emergency"


def test_a_crew_that_has_stopped_work_does_not_date_the_gas_in_its_clause(triage):
    result = triage(
        "Workers saw-cutting the driveway nicked something by number 22, there's a hissing and a strong smell of gas at the side of the house, the crew has stopped.",
        subject="Driveway crew",
    )
    assert result.urgency == "emergency"


def test_a_gas_smell_that_has_stopped_stays_past(triage):
    result = triage(
        "We smelled gas by the meters yesterday afternoon, the gas company came and it has stopped.",
        subject="Gas smell",
    )
    assert result.urgency != "emergency"


# ---------------------------------------- the phrases and the training files


def test_round_42_phrases_compile():
    phrases = [p for p in default_phrases() if "round 42" in p.note]
    assert len(phrases) >= 15
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind42_and_round42():
    assert {"blind42.jsonl", "round42.jsonl"} <= set(TRAINING_FILES)
    rows = [
        json.loads(line)
        for line in (CORPUS / "round42.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 17


def test_round42_lines_are_written_by_their_script(tmp_path):
    import subprocess
    import sys

    script = ROOT / "scripts/triage/round42_train.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    assert (tmp_path / "round42.jsonl").read_text(encoding="utf-8") == (
        CORPUS / "round42.jsonl"
    ).read_text(encoding="utf-8")


# ---------------------------------------- the sweep after retraining: three lines the model moved


def test_a_patch_to_be_painted_after_a_past_repair_is_maintenance(triage):
    result = triage(
        "The plumber fixed the pipe behind our tub in October. When will the plaster patch in the hallway be painted?",
        subject="Hallway wall",
    )
    assert result.category == "maintenance"


def test_current_felt_in_a_pool_is_maintenance(triage):
    result = triage(
        "游泳池浅水区好几个孩子说水里有电，手脚发麻，有个小女孩现在抓着池边不敢动。",
        subject="泳池",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_girl_who_slipped_into_the_trash_chute_is_maintenance(triage):
    result = triage(
        "A little girl opened the hatch on the 4th floor and slipped into the trash chute. She's stuck inside a few feet down, we can hear her calling.",
        subject="Trash chute",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_gym_air_conditioner_that_does_not_cool_is_maintenance(triage):
    result = triage("健身房的空调完全不出冷风，晚上还有瑜伽课。", subject="健身房空调")
    assert result.category == "maintenance"


def test_a_heating_fee_charged_for_cold_radiators_stays_billing(triage):
    result = triage("为什么这个月还要交全额暖气费？我家暖气一点都不热。", subject="暖气费")
    assert result.category == "billing"


def test_stain_fading_on_a_fence_is_normal(triage):
    result = triage(
        "The stain on the fence along the dog run is fading and peeling in patches. Could it be redone in spring?",
        subject="Fence stain",
    )
    assert result.urgency == "normal"
