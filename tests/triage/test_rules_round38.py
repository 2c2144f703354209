# ruff: noqa: E501
"""Round 38: from blind37's mistakes, with fresh sentences, each with its harmless look-alike or
its real emergency. A person hanging on at a height is an emergency and maintenance; the fire
inspector is no fire; water mopped up and not coming back is no emergency now; personal details
leaked are no water and a complaint; insurance against flooding is no water; a window AC that
rattles and a fan replaced are no water; a vendor asking for the tenant at home is normal; a
move-out done is low and move; everything dry again is a past leak; thanks asking nothing are
general; whether the gym is open is the amenity's; a fence cut open is security; a cold parcel
with the desk closing is urgent; a camera asked for is security; a washer's inlet tap that
drips is a leak. Round 38's conventions (scripts/triage/relabel_conv38.py): broken fitness
equipment is the amenity's, a fault there now asked who repairs it is maintenance, who installs
detectors is general, a newsletter is non_human. blind37 is trained on since; blind38, this
round's honest measure, is trained on since round 39."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"
SCRIPTS = ROOT / "scripts/triage"

# ---------------------------------------- a person hanging on at a height


def test_a_neighbour_hanging_from_a_balcony_edge_is_an_emergency(triage):
    result = triage(
        "The railing on the third-floor balcony snapped and my neighbor is hanging from the edge of the balcony floor by his hands. Please send help.",
        subject="Balcony",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_child_dangling_in_a_harness_at_the_clubhouse_is_maintenance(triage):
    result = triage(
        "At the clubhouse ropes course a ten-year-old boy is dangling by his harness from the top beam and the belay line is jammed. The staff can't lower him.",
        subject="Ropes course",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_string_lights_hanging_from_a_railing_are_no_emergency(triage):
    result = triage(
        "The string lights are hanging from the balcony railing of 4C again, they look lovely. No action needed.",
        subject="Balcony lights",
    )
    assert result.urgency != "emergency"


def test_the_fire_inspector_coming_is_no_fire(triage):
    result = triage(
        "The fire inspector is coming Friday and the hallway exit sign is out. Could it be replaced before then?",
        subject="Exit sign",
    )
    assert result.urgency != "emergency"


def test_a_fire_in_a_chute_room_is_still_a_fire(triage):
    result = triage(
        "Fire in the trash chute room on 3, smoke coming out under the door!",
        subject="Chute room",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- water mopped up and not coming back


def test_a_puddle_wiped_up_that_has_not_come_back_is_no_emergency(triage):
    result = triage(
        "There was a puddle inside my storage unit by the back wall this morning. I wiped it up and it hasn't come back, but could someone check the roof?",
        subject="Storage unit",
    )
    assert result.urgency != "emergency"
    assert result.leak_related is True


def test_water_mopped_up_that_keeps_coming_back_is_an_emergency(triage):
    result = triage(
        "There are two inches of water by the floor drain in the garage. We mopped it but it keeps coming back up through the drain.",
        subject="Garage",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


# ---------------------------------------- personal details leaked; insurance against flooding


def test_an_email_address_given_out_is_a_complaint_and_no_leak(triage):
    result = triage(
        "The management company gave out my email address to a solar salesman without asking me. I'd like to know why.",
        subject="Privacy",
    )
    assert result.leak_related is False
    assert result.category == "complaint"


def test_phone_numbers_leaked_are_no_water(triage):
    result = triage(
        "Our residents' phone numbers leaked from the portal and now everyone gets spam texts.",
        subject="Spam texts",
    )
    assert result.leak_related is False


def test_a_leak_under_a_sink_is_still_a_leak(triage):
    result = triage(
        "The leak under my sink is back and the cabinet floor is soaked.", subject="Sink"
    )
    assert result.leak_related is True


def test_personal_numbers_sold_is_a_complaint_in_chinese(triage):
    result = triage(
        "物业是不是把我们业主的手机号卖给装修公司了？最近天天接到推销电话。", subject="隐私"
    )
    assert result.category == "complaint"
    assert result.leak_related is False


def test_insurance_against_flooding_is_no_water(triage):
    result = triage(
        "Does the association's policy include coverage for flooding, or should owners on the lower level buy their own?",
        subject="Flood coverage",
    )
    assert result.leak_related is False


def test_a_basement_that_flooded_asked_about_insurance_is_a_leak(triage):
    result = triage(
        "Our basement flooded last night after the storm. Will insurance cover the flooding?",
        subject="Basement",
    )
    assert result.leak_related is True


# ---------------------------------------- a window AC that rattles; a fan replaced


def test_a_window_ac_that_wobbles_on_its_bracket_is_no_leak(triage):
    result = triage(
        "The window AC in my son's room hums loudly and wobbles on its bracket. Could someone tighten it?",
        subject="AC",
    )
    assert result.leak_related is False


def test_a_window_ac_dripping_inside_is_a_leak(triage):
    result = triage(
        "The window AC is dripping water onto the sill inside and the wall under it is wet.",
        subject="AC",
    )
    assert result.leak_related is True


def test_an_attic_fan_replaced_is_no_leak(triage):
    result = triage("WO 4471: attic fan in unit 9 replaced and tested. Closed.", subject="WO 4471")
    assert result.leak_related is False
    assert result.category == "work_order_update"


def test_a_bathroom_fan_leaking_is_a_leak(triage):
    result = triage(
        "WO 4472: bathroom fan in unit 9 leaking water through the ceiling grille; ceiling drywall soaked. Needs a roofer.",
        subject="WO 4472",
    )
    assert result.leak_related is True


def test_a_fan_replaced_is_no_leak_in_chinese(triage):
    result = triage("工单5520：11栋703厨房换气扇已更换，运转正常。关闭。", subject="工单5520")
    assert result.leak_related is False


# ---------------------------------------- a vendor asking for access; a move-out done


def test_a_vendor_asking_for_someone_home_or_a_key_is_normal(triage):
    result = triage(
        "Northside Electric: WO 6620, outlet replacement in 3D. We need someone home Tuesday morning, or a key left with the concierge.",
        subject="WO 6620",
    )
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


def test_keys_turned_in_and_the_move_out_complete_is_low_and_move(triage):
    result = triage(
        "We turned in both garage remotes and all our keys this morning, so the move-out is complete. Thanks for everything.",
        subject="Keys",
    )
    assert result.urgency == "low"
    assert result.category == "move"


def test_a_move_out_done_with_the_deposit_asked_is_not_low(triage):
    result = triage(
        "We dropped off the keys this morning and the move-out is done, but when will we get the deposit back?",
        subject="Keys",
    )
    assert result.urgency != "low"


def test_a_move_out_done_is_low_and_move_in_chinese(triage):
    result = triage("房子已经腾空，钥匙也交给管家了，今天退租手续全部办好了。", subject="钥匙")
    assert result.urgency == "low"
    assert result.category == "move"


def test_a_move_out_done_with_the_deposit_asked_is_not_low_in_chinese(triage):
    result = triage("钥匙交给管家了，退租手续办好了，押金什么时候退？", subject="钥匙")
    assert result.urgency != "low"


# ---------------------------------------- everything dry again; thanks asking nothing


def test_a_closet_floor_dry_again_after_a_plumber_is_a_past_leak(triage):
    result = triage(
        "Thanks so much, the plumber sealed the joint and the whole closet floor is completely dry now.",
        subject="Re: Closet",
    )
    assert result.leak_related is True
    assert result.urgency == "low"
    assert result.category == "general"


def test_paint_dry_is_no_leak(triage):
    result = triage(
        "The paint in the stairwell is dry now, people can use it again.", subject="Re: Paint"
    )
    assert result.leak_related is False


def test_floor_and_walls_dry_again_is_a_past_leak_in_chinese(triage):
    result = triage("谢谢师傅，地板和墙面都干了，没事了。", subject="回复：卫生间")
    assert result.leak_related is True


def test_clothes_dry_are_no_leak_in_chinese(triage):
    result = triage("阳台晒的衣服都干了，谢谢提醒收衣服。", subject="回复：晾衣服")
    assert result.leak_related is False


def test_thanks_with_a_new_fault_is_not_only_thanks(triage):
    result = triage(
        "Thanks for fixing the garbage disposal! While you're at it, the range hood light has started flickering.",
        subject="Kitchen",
    )
    assert result.category == "maintenance"


# ---------------------------------------- the gym open; a fence cut open


def test_whether_the_fitness_center_stays_open_is_the_amenity(triage):
    result = triage(
        "Will the fitness center still be open while the elevator is being repaired?",
        subject="Re: Elevator repairs",
    )
    assert result.category == "amenity"


def test_a_padlock_cut_off_is_security(triage):
    result = triage(
        "Someone cut the padlock off my storage unit door last night and took my bike.",
        subject="Unit 44",
    )
    assert result.category == "security"


def test_a_hedge_cut_by_the_fence_is_not_security(triage):
    result = triage("The landscapers cut the hedge along the fence way too short.", subject="Hedge")
    assert result.category != "security"


# ---------------------------------------- a cold parcel; a camera asked for


def test_seafood_to_keep_cold_before_the_desk_closes_is_urgent(triage):
    result = triage(
        "我订的一箱生鲜海鲜今天下午送到物业了，需要冷藏，物业六点下班，我九点才能到，能帮忙放冷库吗？",
        subject="冷链",
    )
    assert result.urgency == "urgent"
    assert result.category == "parcel"


def test_asking_whether_cold_parcels_may_be_held_is_normal(triage):
    result = triage("请问冷链快递可以放物业前台代收吗？", subject="冷链")
    assert result.urgency == "normal"


def test_medication_to_refrigerate_before_the_desk_closes_is_urgent(triage):
    result = triage(
        "My refrigerated medication was delivered to the front desk and the front desk closes at 6. I'm not back till 8; could someone put it in the fridge?",
        subject="Medication",
    )
    assert result.urgency == "urgent"


def test_a_camera_asked_for_by_a_lift_is_security(triage):
    result = triage("能不能在地库B2的电梯口加装一个摄像头？上个月有车被划了。", subject="摄像头")
    assert result.category == "security"


def test_more_cameras_asked_for_a_bike_room_is_security(triage):
    result = triage(
        "Could you install more security cameras in the bike room? Two bikes went missing last month.",
        subject="Cameras",
    )
    assert result.category == "security"


# ---------------------------------------- a washer's inlet tap dripping


def test_a_washer_inlet_tap_dripping_is_a_leak(triage):
    result = triage("洗衣机进水龙头那里一直在滴水，地上湿了一小块。", subject="洗衣机")
    assert result.leak_related is True
    assert result.urgency != "emergency"


def test_a_washer_clanking_as_it_fills_is_no_leak(triage):
    result = triage("洗衣机一进水就咔咔响，声音很大。", subject="洗衣机")
    assert result.leak_related is False


# ---------------------------------------- round 38's conventions, on fresh sentences


def test_a_broken_elliptical_is_the_amenity(triage):
    result = triage(
        "The elliptical in the fitness room squeaks and its left pedal wobbles. Could it be serviced?",
        subject="Elliptical",
    )
    assert result.category == "amenity"


def test_detectors_to_install_asked_about_are_general_and_no_emergency(triage):
    result = triage(
        "Are owners supposed to put in their own carbon monoxide alarms, or is that something the association provides?",
        subject="CO detectors",
    )
    assert result.urgency != "emergency"
    assert result.category == "general"


def test_a_co_alarm_going_off_with_a_headache_is_an_emergency(triage):
    result = triage(
        "The carbon monoxide alarm outside our bedroom is going off and my husband woke up with a pounding headache.",
        subject="CO alarm",
    )
    assert result.urgency == "emergency"


def test_a_gas_alarm_to_install_asked_about_is_general_in_chinese(triage):
    result = triage("厨房的燃气报警器是业主自己买来装，还是物业统一给装？", subject="燃气报警器")
    assert result.urgency != "emergency"
    assert result.category == "general"


def test_a_gas_alarm_sounding_is_still_an_emergency_in_chinese(triage):
    result = triage("厨房的燃气报警器一直在响，闻到很重的煤气味。", subject="燃气报警器")
    assert result.urgency == "emergency"


def _module(name: str):
    sys.path.insert(0, str(SCRIPTS))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def _rows() -> dict[str, dict]:
    rows = {}
    for path in sorted(CORPUS.glob("*.jsonl")):
        if path.name == "blind38.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def test_the_conventions_hold_in_the_corpus():
    rows = _rows()
    # 1. broken fitness equipment, nobody hurt: amenity
    for line_id in ("b36-zh-021", "b5-en-047", "urg-zh-131", "zv-301"):
        assert rows[line_id]["category"] == "amenity", line_id
    # 2. a fault there now, who repairs it: maintenance; a hypothetical: general
    for line_id in ("b36-zh-027", "lk-en-073f", "lk-zh-073f", "lk-en-073t", "tr-0407"):
        assert rows[line_id]["category"] == "maintenance", line_id
    for line_id in ("b10-en-025", "b14-zh-059", "lk-en-069f"):
        assert rows[line_id]["category"] == "general", line_id
    # 3. who installs detectors: general
    for line_id in ("b3-en-143", "tm-026", "inv-zh-082"):
        assert rows[line_id]["category"] == "general", line_id
    # 4. newsletters: non_human; a notice relayed by a resident: general
    for line_id in ("calm-en-120", "calm-zh-120", "lk-en-075f", "lk-zh-075f", "b31-en-039"):
        assert rows[line_id]["category"] == "non_human", line_id
    for line_id in ("lk-en-121f", "lk-zh-121f", "lk-en-084f"):
        assert rows[line_id]["category"] == "general", line_id


def test_running_the_relabel_again_changes_nothing_and_skips_the_honest_set():
    audit = _module("relabel_conv38")
    rows = _rows()
    for line_id in audit.CHANGES:
        assert line_id in rows, line_id
    for row in rows.values():
        assert audit.relabel(row) == row, row["id"]
    assert {"blind38.jsonl", "blind39.jsonl", "blind40.jsonl", "blind42.jsonl"} <= set(audit.SKIP)
    honest = {
        json.loads(line)["id"]
        for name in (
            "blind38.jsonl",
            "blind39.jsonl",
            "blind40.jsonl",
            "blind42.jsonl",
            "heldout.jsonl",
            "blind3b.jsonl",
        )
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert not honest & set(audit.CHANGES)


def test_the_calm_and_leak_inventories_built_from_kinds_agree_with_the_corpus():
    for module, name in (("calm_inventory", "calm.jsonl"), ("leak_inventory", "leaks.jsonl")):
        built = _module(module).rows()
        shipped = [json.loads(line) for line in (CORPUS / name).read_text().splitlines()]
        assert built == shipped, module


# ---------------------------------------- the phrases compile; the training files


def test_round_38_phrases_compile():
    phrases = [p for p in default_phrases() if (p.note or "").startswith("round 38:")]
    assert len(phrases) == 33
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind37_and_round38():
    # blind38 was this round's honest set; it is trained on since round 39
    assert {"blind37.jsonl", "round38.jsonl"} <= set(TRAINING_FILES)
    rows = [
        json.loads(line)
        for line in (CORPUS / "blind38.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 120
    assert sum(r["lang"] == "en" for r in rows) == 60
    assert sum(r["urgency"] == "emergency" for r in rows) == 40
