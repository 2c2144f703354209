# ruff: noqa: E501
"""The calm inventory (scripts/triage/calm_inventory.md): messages that talk of an emergency
with none happening now, each kind beside its twin that stays an emergency, in fresh sentences
(none of them is in calm.jsonl). Paperwork about a past event (an invoice, a quote, a report, a
claim); the fire company named; firefighters who forced a door; someone freed from a lift; weeks
after a fire, its soot; a handled event seasons ago; a question about getting stuck; planning
ahead; news and relatives elsewhere; the team 'on fire'; a flambé; 'will it set off the alarm';
only a trolley in a stopped lift; a CO alarm's end-of-life beep, nobody unwell; a crew's word
on a smell; fire-warden training; asking about smoke; approved welding; a faint smell; a film;
a water fight; first-heating dust; cooking every evening. The twins: flames now, a car burning,
rain blowing in, water out from under an appliance, dialysis stopped, a child alone with the
stove on, a child shut in a storage unit, a ceiling stain dripping without stop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk" / "triage" / "data" / "corpus"

# (kind, subject, calm message, subject, its emergency twin)
PAIRS = [
    (
        "an invoice for a past burst pipe",
        "Invoice 2231",
        "Please find our invoice for the night call-out to building F (burst pipe in the riser closet), 3 hours, $690.",
        "Riser burst",
        "The pipe in the riser closet of building F has burst and water is pouring down the stairs right now.",
    ),
    (
        "a quote to repair a scorched outlet",
        "Estimate",
        "Our estimate for replacing the scorched outlet and rewiring the circuit in unit 14 is $410, let us know.",
        "Outlet",
        "The outlet in unit 14 is sparking and smoking and there's a burning smell in the wall.",
    ),
    (
        "a claim about a past fire",
        "Claim form",
        "The insurer wants photos of the grill fire on our patio from July. Do you have the ones the manager took?",
        "Patio fire",
        "Our patio grill caught fire and the flames are reaching the siding. Everyone is outside.",
    ),
    (
        "the fire company named",
        "Panel reset",
        "The fire brigade came out for the panel fault on the 2nd floor and reset it; the contractor will replace the detector on Monday.",
        "Fire on 2",
        "There is a fire on the 2nd floor, smoke is coming out from under a door and the panel is screaming.",
    ),
    (
        "firefighters forced a door",
        "Door after the alarm",
        "The police forced our back door open on Saturday when the alarm company sent them. Who repairs the frame?",
        "Someone at the back door",
        "A man just forced our back door and is inside the house now, I'm hiding in the bathroom with my son.",
    ),
    (
        "someone freed from a lift",
        "Lift this afternoon",
        "Mr. Diaz was stuck in lift A for 25 minutes this afternoon; the technician freed him and he went home. The lift stays off until Friday.",
        "Lift A stuck",
        "Mr. Diaz is stuck in lift A between floors right now and says he is short of breath.",
    ),
    (
        "soot weeks after a fire",
        "Stairwell",
        "Three weeks on, the stairwell walls are still black with soot and it smells of smoke after the fire in 2B. When is the cleaning?",
        "Stairwell smoke",
        "Smoke is pouring into the stairwell from 2B right now and the alarm is going.",
    ),
    (
        "a handled event seasons ago",
        "Renewal",
        "We are renewing for another year; your crew handled the burst pipe three winters ago perfectly.",
        "Burst again",
        "The pipe under the kitchen has burst again and water is spraying across the floor.",
    ),
    (
        "a question about getting stuck",
        "Question",
        "If my father ever gets trapped in the elevator on a Sunday, who answers the emergency phone?",
        "Father in the elevator",
        "My father is trapped in the elevator on floor 3, the doors won't open and he is panicking.",
    ),
    (
        "news from elsewhere",
        "Saw this",
        "I read on the neighbourhood app that a gas leak closed a school across town. Should we worry here?",
        "Gas smell",
        "There's a strong gas smell all over the ground floor hallway and it's getting worse.",
    ),
    (
        "the team on fire",
        "Thank you",
        "The landscapers were on fire today, the whole front bed is replanted. Great work!",
        "Flower bed fire",
        "The mulch in the front flower bed is on fire and the flames are spreading toward the cars.",
    ),
    (
        "a flambé",
        "Potluck dish",
        "For the potluck I'll bring crêpes flambéed at the table, we let the flames burn off before serving.",
        "Crêpe pan fire",
        "The pan of crêpes caught fire and the flames have spread to the cabinet above the stove.",
    ),
    (
        "will it set off the alarm",
        "Incense",
        "Would the incense at our prayer evening set off the smoke detectors in the hallway?",
        "Smoke in the hall",
        "Thick smoke is filling the hallway from the laundry room and the detectors are going off.",
    ),
    (
        "a CO alarm's end-of-life beep",
        "CO alarm",
        "The CO alarm in the hall chirps four times every minute, the label says end of life. Everyone here feels fine.",
        "CO alarm and vomiting",
        "The CO alarm in the hall is sounding and my wife is vomiting and dizzy. We're leaving now.",
    ),
    (
        "fire-warden training",
        "Training",
        "Fire warden training for the floor captains is on the 9th in the lobby, one hour.",
        "Lobby fire",
        "The Christmas tree in the lobby caught fire and the flames are at the ceiling.",
    ),
    (
        "asking about smoke",
        "Smoke earlier",
        "A few owners asked about the smoke by the tennis courts; it was the crew burning brush with a permit.",
        "Smoke by the courts",
        "The brush pile by the tennis courts caught fire and it's spreading toward the fence.",
    ),
    (
        "a faint smell",
        "Smell in the closet",
        "There is a faint smoky smell in the hall closet in the evenings, probably the neighbour's wood stove.",
        "Closet burning",
        "The hall closet is smoking and the door is hot, there's a burning plastic smell.",
    ),
    (
        "an emergency far away, ours fine",
        "The fire",
        "That apartment fire on the radio was on the far side of the river, not in our community. Our residents are all fine.",
        "Fire here",
        "Flames are coming out of a window in building K and smoke is in the corridor.",
    ),
    (
        "planning ahead",
        "Outage question",
        "My son is on a home ventilator. Is there a room with backup power if we lose electricity? Just planning ahead.",
        "Ventilator",
        "The power went out and my son's home ventilator stopped, the battery is almost gone.",
    ),
    (
        "a crew's word on a smell",
        "Smell on Maple Row",
        "The paving crew said the smell is the hot tar and it will be gone by tonight, in case anyone calls it in.",
        "Gas on Maple Row",
        "Strong smell of gas on Maple Row by the meters and a hissing sound.",
    ),
    (
        "approved welding",
        "Sparks on the roof",
        "I saw sparks on the roof of building 3; the super says it's just the scheduled hot work on the vents.",
        "Roof on fire",
        "Sparks from the roofers' torch set the roof of building 3 on fire, flames along the edge.",
    ),
    (
        "someone sent in",
        "Gutter cleaning",
        "Does the HOA send someone out for the gutters in spring, or do we book our own?",
        "Stranger in the garage",
        "I can hear someone inside my garage right now going through the cabinets, the door was forced.",
    ),
    (
        "a scorch mark found",
        "Mark by the switch",
        "There's a brown scorch mark above the light switch in the hallway, probably old. Could an electrician look at it?",
        "Switch smoking",
        "The light switch in the hallway is smoking and crackling, and the plate is too hot to touch.",
    ),
]

PAIRS_ZH = [
    (
        "维修发票",
        "附上更换2号楼烧焦电箱的发票，请财务安排付款。",
        "电箱冒烟",
        "2号楼电箱正在冒烟，有烧焦味，还在噼啪响。",
    ),
    (
        "发票",
        "发票（5C爆管抢修）已寄出，金额860元。",
        "5C爆管",
        "5C水管爆了，水正往楼下灌。",
    ),
    (
        "火灾以后",
        "12楼着火都三个月了，走廊的墙还没重新刷，什么时候安排？",
        "12楼着火",
        "12楼着火了，走廊里全是烟，有人在喊。",
    ),
    (
        "问一下",
        "如果电梯困人的话一般要等多久？我家老人天天坐。",
        "电梯困人",
        "我家老人被困在电梯里了，停在两层中间，请快来。",
    ),
    (
        "外地",
        "我儿子在老家的房子漏水淹了，我要回去几天，麻烦帮我收快递。",
        "家里进水",
        "楼上往我家灌水，天花板在哗哗流水，请马上来人。",
    ),
    (
        "新闻",
        "看新闻说别的小区电梯掉下来了，我们小区电梯多久检查一次？",
        "电梯下坠",
        "电梯刚才突然往下掉了好几层，里面有人，门打不开。",
    ),
    (
        "电影",
        "楼上每天晚上看枪战片，隔着楼板都是爆炸声，能不能提醒一下？",
        "爆炸",
        "楼下餐馆刚才爆炸了，玻璃都碎了，有人受伤。",
    ),
    (
        "报警器",
        "一氧化碳报警器每隔一分钟响一下，说明书上说是到年限了，家里人都好好的。",
        "一氧化碳报警",
        "一氧化碳报警器一直在叫，孩子头晕想吐，我们已经下楼了。",
    ),
    (
        "暖气",
        "刚开地暖的时候有一股灰尘烧焦味，现在已经没有了。",
        "地暖烧焦",
        "地暖分水器那里在冒烟，一股很浓的烧焦味，越来越大。",
    ),
    (
        "培训",
        "下周三物业组织急救培训，学习有人触电、晕倒时该怎么办，欢迎报名。",
        "有人晕倒",
        "楼下大堂有人晕倒了，叫不醒，已经叫了救护车。",
    ),
    (
        "有烟",
        "几位住户问后院冒烟是怎么回事，是园林在烧落叶，有人看着。",
        "后院着火",
        "后院的落叶堆着火了，火正往车棚那边烧。",
    ),
    (
        "走廊有水",
        "孩子们在走廊玩水枪，地上到处是水，保洁能来拖一下吗？",
        "走廊进水",
        "走廊天花板一直在往下流水，地上到处是水，还在增加。",
    ),
    (
        "焊接",
        "隔壁阳台在冒火花，问了物业，说是报备过的防盗窗焊接，下午结束。",
        "阳台着火",
        "隔壁阳台焊接的火星把晾的衣服点着了，火越来越大。",
    ),
    (
        "油烟",
        "楼下每天晚上炒辣椒，呛得我们直咳嗽，不危险，就是难受。",
        "楼道有煤气味",
        "楼道里煤气味很重，呛得人直咳嗽，头也晕。",
    ),
    (
        "隔壁小区",
        "昨晚对面小区有一户着火了，不是我们小区的，我们这边住户都没事。",
        "着火",
        "我们楼3层有一户着火了，火苗从窗户窜出来。",
    ),
    (
        "检测",
        "地下室被淹后第5天的湿度检测：墙面已降到12%，设备周五撤走。",
        "地下室进水",
        "地下室正在进水，水已经没过脚踝，还在涨。",
    ),
    (
        "续租",
        "续租的材料多得我快被淹死了，能不能发个简化版？",
        "家里被淹",
        "楼上水管爆了，我家被淹了，水还在往下流。",
    ),
    (
        "活动",
        "周六会所放映《烈火英雄》，欢迎带孩子来看。",
        "会所着火",
        "会所厨房着火了，烟很大，人都跑出来了。",
    ),
    (
        "屋顶",
        "昨晚屋顶漏雨，师傅盖了一块防水布，现在不往里进水了，想约下周修。",
        "屋顶漏雨",
        "屋顶一直在往屋里漏雨，天花板都鼓起来了，水哗哗往下流。",
    ),
    (
        "插座",
        "发现厨房插座旁边有一小块烧焦的痕迹，没有味道也不烫，想请电工看看。",
        "插座冒烟",
        "厨房插座在冒烟，有一股烧焦味，还在噼啪响。",
    ),
]


@pytest.mark.parametrize("pair", PAIRS, ids=[p[0] for p in PAIRS])
def test_a_calm_message_and_its_emergency_twin(triage, pair):
    _kind, subject, calm, twin_subject, twin = pair
    assert triage(calm, subject=subject).urgency != "emergency"
    assert triage(twin, subject=twin_subject).urgency == "emergency"


@pytest.mark.parametrize("pair", PAIRS_ZH, ids=[p[0] for p in PAIRS_ZH])
def test_a_calm_message_and_its_emergency_twin_zh(triage, pair):
    subject, calm, twin_subject, twin = pair
    assert triage(calm, subject=subject).urgency != "emergency"
    assert triage(twin, subject=twin_subject).urgency == "emergency"


def test_a_lift_stopped_with_only_a_cart_inside_is_no_entrapment(triage):
    calm = triage(
        "Front desk: elevator 2 has stopped at the 5th floor with its doors shut; the cleaner says only her cleaning cart is inside.",
        subject="Elevator 2",
        channel="frontdesk",
    )
    assert calm.urgency != "emergency"
    twin = triage(
        "Front desk: elevator 2 has stopped at the 5th floor with its doors shut and the cleaner is inside with her cart, knocking.",
        subject="Elevator 2",
        channel="frontdesk",
    )
    assert twin.urgency == "emergency"


def test_flames_now_outweigh_the_people_got_out(triage):
    result = triage(
        "My smoke detector is screaming and there are flames coming from the toaster oven, I got my daughter out.",
        subject="Fire",
    )
    assert result.urgency == "emergency"


def test_a_car_burning_after_an_explosion_just_now_is_an_emergency(triage):
    result = triage(
        "There was a bang in the garage a minute ago and a van is burning on level 1.",
        subject="Garage",
    )
    assert result.urgency == "emergency"


def test_rain_blowing_in_through_a_smashed_window_is_an_emergency(triage):
    result = triage(
        "The wind smashed the patio door glass and rain is driving straight in onto the rug and the TV.",
        subject="Patio door",
    )
    assert result.urgency == "emergency"
    calm = triage(
        "Rain gets in at the patio door sill every time it rains hard, a small puddle. Could it be resealed?",
        subject="Patio door",
    )
    assert calm.urgency != "emergency"


def test_water_out_from_under_an_appliance_across_the_floor_is_an_emergency(triage):
    result = triage(
        "Water is gushing out from under the dishwasher across the kitchen floor and into the dining room.",
        subject="Dishwasher",
    )
    assert result.urgency == "emergency"


def test_an_outage_that_stops_home_dialysis_is_an_emergency(triage):
    result = triage(
        "The power is out in building 2 and my mother's home dialysis machine has stopped halfway.",
        subject="Power",
    )
    assert result.urgency == "emergency"
    zh = triage("3号楼停电了，我父亲的制氧机停了，备用电池也快没电了。", subject="停电")
    assert zh.urgency == "emergency"


def test_a_child_alone_in_a_locked_home_with_the_stove_on_is_an_emergency(triage):
    result = triage(
        "I'm locked out and my toddler is inside alone with a pot on the stove, the burner is on.",
        subject="Locked out",
    )
    assert result.urgency == "emergency"
    asleep = triage(
        "I'm locked out and my toddler is asleep inside, could someone bring a key this afternoon?",
        subject="Locked out",
    )
    assert asleep.urgency == "urgent"


def test_a_child_shut_in_a_storage_unit_is_an_emergency_zh(triage):
    result = triage(
        "储物间的卷帘门掉下来把小孩关在里面了，钥匙不在身上，孩子在哭。", subject="储物间"
    )
    assert result.urgency == "emergency"
    boxes = triage(
        "储物间的卷帘门掉下来把几个纸箱压扁了，人没事，麻烦来修一下门。", subject="储物间"
    )
    assert boxes.urgency != "emergency"


def test_a_ceiling_stain_that_now_drips_without_stop_is_an_emergency_zh(triage):
    result = triage("客厅天花板那块水印现在一直往下滴水，接了两盆了。", subject="天花板滴水")
    assert result.urgency == "emergency"
    calm = triage("客厅天花板有块旧水印，是干的，想找人刷一下。", subject="水印")
    assert calm.urgency != "emergency"


def test_the_inventory_is_trained_on_and_pairs_each_calm_with_a_twin():
    assert "calm.jsonl" in TRAINING_FILES
    rows = [json.loads(line) for line in (CORPUS / "calm.jsonl").read_text().splitlines()]
    assert len(rows) >= 600
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        assert sum(r["urgency"] == "emergency" for r in mine) == len(mine) // 2


# ------------------------------------ the calming cues kept narrow (a sweep over the training
# corpus found emergencies they had silenced: each is checked here in fresh words)


def test_please_send_someone_in_is_still_a_request(triage):
    result = triage(
        "I left the iron on face down on the ironing board and I'm on the train, please send someone in.",
        subject="Iron left on",
    )
    assert result.urgency == "emergency"


def test_just_letting_you_know_does_not_calm_a_newborn_without_heat(triage):
    result = triage(
        "The boiler died last night, it's 5 degrees outside and 52 in the nursery. Our baby is three weeks old. Just letting you know.",
        subject="Heat",
    )
    assert result.urgency == "emergency"


def test_a_sender_across_town_does_not_move_the_emergency_away(triage):
    result = triage(
        "My daughter (8) is stuck alone inside the south elevator, it stopped between floors and the doors won't open. I'm across town at work.",
        subject="Elevator",
    )
    assert result.urgency == "emergency"


def test_a_scorch_mark_that_buzzes_and_smells_stays_an_emergency(triage):
    result = triage(
        "There's a black scorch mark on the wall socket by the bed and it crackles and smells hot when the heater is on.",
        subject="Socket",
    )
    assert result.urgency == "emergency"


def test_offerings_that_lit_the_grass_are_a_fire_zh(triage):
    result = triage(
        "有人在楼后烧纸钱，火星把旁边的枯草给点着了，火正往车棚那边窜。", subject="楼后"
    )
    assert result.urgency == "emergency"


def test_electricity_in_pool_water_with_people_is_an_emergency(triage):
    zh = triage("游泳池里有人说靠近池壁的地方有电，腿发麻，还有小孩在水里。", subject="泳池")
    assert zh.urgency == "emergency"
    en = triage(
        "Swimmers at the pool say they feel a tingling near the underwater light and two kids are still in the water.",
        subject="Pool",
    )
    assert en.urgency == "emergency"
