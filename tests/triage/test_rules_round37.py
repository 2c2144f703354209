# ruff: noqa: E501
"""Round 37: from blind36's mistakes, with fresh sentences, each with its harmless look-alike or
its real emergency. Water people pour on a burn is no leak; a fixture pulled out of a ceiling is
no water; a vehicle down a bank into a pond with someone pinned is an emergency and maintenance;
a pond or a pool emptying into a building is an emergency and a leak; a fall when equipment broke
is maintenance, not a collapsed person's security; a pond's pump or algae is maintenance, not the
clubhouse's amenity; asking whether one may do something is general, not a violation; a vehicle
parked on the sidewalk is a violation; a delivery at the wrong door is a parcel; congratulations
are low and general; water extracted and dried is a leak; a reply setting a time for the
repairers is maintenance; a fire spreading is maintenance; fish floating, 压得喘不过气 of worries
and cooking fumes are no emergency (zh); cleaning chemicals are no water (zh); a hand caught is
maintenance (zh); asking whether approval is needed asks nothing today (zh). blind36 is trained
on since; blind37, this round's honest measure, is trained on since round 38."""

from __future__ import annotations

import json
import re
from pathlib import Path

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# ---------------------------------------- water poured by people; a fixture out of a ceiling


def test_cool_water_poured_on_a_burn_is_no_leak(triage):
    result = triage(
        "A grill flared up at the pool party and singed a man's forearm; we're pouring cold water over the burn until the paramedics get here.",
        subject="Pool party",
    )
    assert result.leak_related is False


def test_water_pouring_through_a_ceiling_is_still_a_leak(triage):
    result = triage(
        "Water is pouring through the bathroom ceiling from the unit above and running across the floor.",
        subject="Bathroom ceiling",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_fan_pulled_out_of_the_ceiling_is_no_water(triage):
    result = triage(
        "The ceiling fan in the den has pulled away from the ceiling and is wobbling on its wires. We've switched it off and stay out of the room. Can someone come today?",
        subject="Ceiling fan",
    )
    assert result.leak_related is False


def test_water_dripping_from_a_ceiling_fan_is_a_leak(triage):
    result = triage(
        "Water is dripping out of the ceiling fan in the den and the drywall around it is soaked and bulging.",
        subject="Ceiling fan",
    )
    assert result.leak_related is True


# ---------------------------------------- a vehicle in a pond; a pond emptying into a building


def test_a_tractor_down_a_bank_into_a_pond_with_the_driver_pinned_is_an_emergency(triage):
    result = triage(
        "The mowing tractor tipped over the edge of the bank into the retention pond and the driver is pinned under it in the water. Two of us are holding his head up.",
        subject="Retention pond",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_cart_parked_by_a_pond_asked_about_is_no_emergency(triage):
    result = triage(
        "May residents park golf carts on the gravel by the pond overnight, or do they have to go back to the cart shed?",
        subject="Cart parking",
    )
    assert result.urgency != "emergency"


def test_a_fountain_emptying_into_a_lobby_is_an_emergency_and_a_leak(triage):
    result = triage(
        "The basin of the courtyard fountain split and it's emptying across the patio and in under the lobby doors. The lobby floor is under water.",
        subject="Courtyard fountain",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_fountain_drained_for_the_winter_is_no_leak(triage):
    result = triage(
        "When will the courtyard fountain be drained and covered for the winter?",
        subject="Courtyard fountain",
    )
    assert result.urgency != "emergency"
    assert result.leak_related is False


# ---------------------------------------- a fall from broken equipment; a pond's upkeep


def test_a_fall_when_a_swing_chain_broke_is_maintenance(triage):
    result = triage(
        "The chain of the tire swing at the tot lot broke with a girl on it and she fell on her back onto the edging. She isn't moving and her dad is with her.",
        subject="Tot lot",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_fall_in_the_next_sentence_after_a_rope_snapped_is_maintenance(triage):
    result = triage(
        "The rope of the climbing net snapped while a boy was at the top. He fell about six feet onto the mulch and isn't moving.",
        subject="Climbing net",
    )
    assert result.category == "maintenance"


def test_someone_slipped_into_a_pond_is_an_emergency_and_maintenance(triage):
    result = triage(
        "Our neighbour's little boy slipped into the duck pond behind the clubhouse and has gone under; his mother can't reach him.",
        subject="Duck pond",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_zh_someone_fallen_into_a_lake_is_an_emergency_and_maintenance(triage):
    result = triage(
        "一位老人在会所旁边的人工湖边拍照，脚一滑掉进了湖里，扑腾几下就不见了。",
        subject="人工湖",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_zh_an_invoice_for_cleaning_is_no_leak(triage):
    result = triage("附件是工单8810（3栋外墙清洗）的发票，请15天内付款。", subject="发票")
    assert result.leak_related is False


def test_zh_an_invoice_for_a_leak_repair_is_leak_related(triage):
    result = triage("附件是工单8811（2栋天花板漏水维修）的发票，请15天内付款。", subject="发票")
    assert result.leak_related is True


def test_a_ponds_aerator_is_maintenance(triage):
    result = triage(
        "The aerator in the koi pond by the clubhouse has stopped and the water is turning green. Could the pond people come by?",
        subject="Koi pond",
    )
    assert result.urgency != "emergency"
    assert result.category == "maintenance"


def test_booking_the_clubhouse_is_still_an_amenity(triage):
    result = triage(
        "Could we book the clubhouse for a baby shower on the 22nd, from noon to four?",
        subject="Clubhouse",
    )
    assert result.category == "amenity"


def test_zh_a_ponds_pump_is_maintenance(triage):
    result = triage(
        "会所门口鱼池的过滤泵不转了，水越来越浑，麻烦派人看看。",
        subject="鱼池",
    )
    assert result.category == "maintenance"


def test_zh_a_newsletter_naming_a_pond_stays_non_human(triage):
    result = triage(
        "阳光嘉园十月通讯：荷花池清淤安排、会所新开瑜伽课、冬季用电安全提示。",
        subject="十月通讯",
    )
    assert result.category != "maintenance"


def test_zh_fish_floating_at_the_surface_is_no_drowning(triage):
    result = triage(
        "景观池里好几条鱼翻着白肚浮在水面上，是不是该换水了？",
        subject="景观池",
    )
    assert result.urgency != "emergency"


def test_zh_a_child_sinking_in_a_pond_is_still_an_emergency(triage):
    result = triage(
        "一个小男孩掉进景观池里了，人已经沉下去了，旁边的人正在往下跳。",
        subject="景观池",
    )
    assert result.urgency == "emergency"


# ---------------------------------------- rules asked about; the sidewalk; parcels


def test_asking_whether_one_may_keep_something_is_general(triage):
    result = triage(
        "I'd like to know whether we can run a chest freezer in our garage, or if that is against the rules.",
        subject="Chest freezer",
    )
    assert result.category == "general"


def test_a_neighbour_breaking_a_rule_is_still_a_violation(triage):
    result = triage(
        "The people in 9 keep a canoe on the front lawn all summer, which is against the rules.",
        subject="Canoe on the lawn",
    )
    assert result.category == "violation"


def test_a_car_parked_on_the_sidewalk_is_a_violation(triage):
    result = triage(
        "The owner of the blue van in 22 parks his van on the sidewalk every weekend and we have to walk in the street.",
        subject="Van on the sidewalk",
    )
    assert result.category == "violation"


def test_a_delivery_left_at_the_wrong_door_is_a_parcel(triage):
    result = triage(
        "The courier left my box of medicine at the door of 4B, not 4D, and they're away for a week. What can I do?",
        subject="Wrong door",
    )
    assert result.category == "parcel"


# ---------------------------------------- congratulations; work orders; replies


def test_congratulations_to_a_team_are_low_and_general(triage):
    result = triage(
        "Congratulations to the swim team on a great season, the kids were fantastic!",
        subject="Swim team",
    )
    assert result.urgency == "low"
    assert result.category == "general"


def test_congratulations_with_a_question_are_no_congratulations_only():
    [phrase] = [
        p
        for p in default_phrases()
        if p.language == "en"
        and p.field == "urgency"
        and (p.note or "").startswith("round 37: congratulations")
    ]
    expression = re.compile(pattern_expand(phrase.pattern))
    assert expression.search("congratulations to the swim team, the kids were fantastic!")
    assert not expression.search(
        "congratulations to the swim team! could the pool stay open an hour later for them?"
    )


def test_zh_congratulations_are_low_and_general(triage):
    result = triage("祝贺小区太极队在市里的比赛得了一等奖！", subject="太极队")
    assert result.urgency == "low"
    assert result.category == "general"


def test_zh_a_prize_spam_is_not_read_as_congratulations(triage):
    result = triage("恭喜您获得会员大礼包，点击链接立即领取！", subject="恭喜")
    assert result.category == "non_human"


def test_water_extracted_and_dried_in_a_work_order_is_a_leak(triage):
    result = triage(
        "WO 7120: hallway carpet extracted and dried, baseboards reset. Closed.",
        subject="WO 7120",
    )
    assert result.leak_related is True


def test_a_work_order_for_a_door_closer_is_no_leak(triage):
    result = triage("WO 7121: lobby door closer adjusted. Closed.", subject="WO 7121")
    assert result.leak_related is False


def test_a_reply_setting_a_time_for_the_painters_is_maintenance(triage):
    result = triage(
        "Monday afternoon is fine for the painters.\n\n> On Fri, the office wrote:\n> The roof leak stained your hallway ceiling; the painters can come Monday.",
        subject="Re: Hallway ceiling",
    )
    assert result.category == "maintenance"
    assert result.urgency != "emergency"


def test_zh_a_reply_letting_the_repairer_onto_the_roof_is_maintenance(triage):
    result = triage(
        "周六上午可以，师傅直接上天台就行。\n\n> 周三，物业写道：\n> 您家天台的排水口堵了，雨水漫到隔壁，周六安排师傅上门。",
        subject="回复：天台排水",
    )
    assert result.category == "maintenance"


# ---------------------------------------- fires spreading; idioms; fumes; chemicals; hands


def test_zh_thanks_then_a_fire_spreading_is_maintenance(triage):
    result = triage(
        "上周的事谢谢你们。还有，车棚后面的草堆着火了，火正往电动车那边烧。",
        subject="谢谢，还有",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_zh_worries_that_crush_one_are_no_emergency(triage):
    result = triage(
        "这阵子被孩子上学的事情压得喘不过气来，停车费能不能下个月一起交？",
        subject="停车费",
    )
    assert result.urgency != "emergency"


def test_zh_someone_pinned_and_short_of_breath_is_still_an_emergency(triage):
    result = triage(
        "衣柜倒下来把我妈压住了，她喘不过气，我一个人抬不动。",
        subject="救命",
    )
    assert result.urgency == "emergency"


def test_zh_cooking_fumes_are_no_fire(triage):
    result = triage(
        "隔壁天天在阳台上炒辣椒，油烟特别大，呛得我们直咳嗽。",
        subject="油烟",
    )
    assert result.urgency != "emergency"


def test_zh_smoke_from_a_burning_pan_is_still_an_emergency(triage):
    result = triage(
        "厨房锅里的油着火了，火苗窜到抽油烟机上，满屋子都是黑烟。",
        subject="着火",
    )
    assert result.urgency == "emergency"


def test_zh_cleaning_chemicals_are_no_water(triage):
    result = triage(
        "保洁在楼道里用漂白水拖地，味道太冲了，能不能换成别的？",
        subject="漂白水",
    )
    assert result.leak_related is False


def test_zh_a_childs_hand_caught_in_equipment_is_maintenance(triage):
    result = triage(
        "小广场的转椅把一个孩子的手卡住了，卡在转盘和底座中间，怎么都拔不出来，孩子一直在哭。",
        subject="小广场",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_zh_asking_whether_approval_is_needed_is_not_urgent(triage):
    result = triage(
        "想问一下，在自家院子里搭一个小鸡窝，需不需要报备？",
        subject="院子",
    )
    assert result.urgency == "normal"


# ---------------------------------------- the phrases compile; the training files


def test_round_37_phrases_compile():
    phrases = [p for p in default_phrases() if (p.note or "").startswith("round 37:")]
    assert len(phrases) == 32
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind36_and_round37():
    # blind37 was this round's honest set; it is trained on since round 38
    assert {"blind36.jsonl", "round37.jsonl"} <= set(TRAINING_FILES)
    rows = [
        json.loads(line)
        for line in (CORPUS / "blind37.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 120
    assert sum(r["lang"] == "en" for r in rows) == 60
    assert sum(r["urgency"] == "emergency" for r in rows) == 40
