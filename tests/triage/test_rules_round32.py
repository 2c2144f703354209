# ruff: noqa: E501
"""Round 32: from blind31's mistakes, false alarms first, with fresh sentences, each with its
harmless look-alike or its real emergency. A temperature forecast is no water and a relative's
belongings in the cold are no vulnerable person; a pool flooded with leaves is no flood; a
rotten smell with flies from a neighbour's unit is a complaint; a sewer smoke test announced is
no fire; a camera that recorded someone trying car doors is past (zh); a fire alarm in a
hypothetical (zh); a gate or door closing on a person is entrapment; a ceiling bulging with
water; "now it smells like burning" after a past event; a structure leaning over children
(zh); lightning at an amenity is maintenance; an entry door off its hinges is access; an
overlock on a storage unit is access; a wheel clamp is urgent; a rain barrel is architectural;
an animal's noise is a complaint; thanks after a scare that turned out harmless; an FYI that a
tradesman's van will be parked; the water not back after a planned cut (zh); a boat trailer is
no tow (zh). blind31 is trained on since; blind32, this round's honest measure, never is."""

from __future__ import annotations

import re

import pytest

from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.training import TRAINING_FILES


def _round32(words: str) -> list:
    return [p for p in default_phrases() if "round 32" in (p.note or "") and words in p.note]


# ---------------------------------------- a temperature forecast, a relative's belongings


@pytest.mark.parametrize(
    "body",
    [
        "Heat's out in the storage building and it's going down to minus 3 tonight; my father's antique desk is in unit 58.",
        "仓储楼的暖气停了，今晚降到零下，我外婆的红木家具放在仓里。",
    ],
)
def test_belongings_in_the_cold_are_no_emergency(triage, body):
    assert triage(body, subject="Storage heat").urgency == "urgent"


def test_no_heat_with_a_baby_is_still_an_emergency(triage):
    body = "We have no heat, it's going down to 10 degrees tonight and my 2-month-old baby is here."
    assert triage(body, subject="No heat").urgency == "emergency"


# ---------------------------------------- flooded with leaves


def test_a_hot_tub_flooded_with_needles_is_no_flood(triage):
    result = triage(
        "The hot tub has been flooded with pine needles since the storm and nobody has cleaned it.",
        subject="Hot tub",
    )
    assert result.urgency == "normal"
    assert result.leak_related is False


def test_a_room_flooded_with_water_is_still_a_flood(triage):
    result = triage(
        "Water has flooded the laundry room and it's still coming in under the door.",
        subject="Laundry",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


# ---------------------------------------- a rotten smell with flies


@pytest.mark.parametrize(
    "body",
    [
        "There's a stench of rotting garbage from the unit across the hall and maggots are crawling out under the door.",
        "对门那户把垃圾堆在门口一个星期了，一股馊臭味，门缝底下往外爬蛆。",
    ],
)
def test_a_rotten_smell_with_flies_is_a_complaint(triage, body):
    """Rotting garbage or food; a smell of decomposition (腐烂的臭味, 尸臭) is the emergency inventory's kind."""
    result = triage(body, subject="Smell")
    assert result.urgency == "normal"
    assert result.category == "complaint"


def test_smoke_from_a_vent_is_still_an_emergency(triage):
    body = "Smoke is coming out of the vent in our bathroom and it smells like burning plastic."
    assert triage(body, subject="Bathroom").urgency == "emergency"


# ---------------------------------------- a sewer smoke test


@pytest.mark.parametrize(
    "body",
    [
        "The city will smoke-test the storm drains on Elm Street on Monday; harmless white smoke may come out of vents.",
        "下周三市政对小区污水管做烟雾检测，井盖可能冒出白烟，属于正常现象。",
    ],
)
def test_a_sewer_smoke_test_is_no_fire_and_no_sewage(triage, body):
    result = triage(body, subject="Notice")
    assert result.urgency != "emergency"
    assert result.leak_related is False


# ---------------------------------------- a camera recorded it (zh); a hypothetical alarm (zh)


def test_a_camera_that_recorded_someone_is_past(triage):
    body = "昨晚有人在停车场挨个拉车门，门口的监控拍到他凌晨三点戴着口罩。"
    result = triage(body, subject="拉车门")
    assert result.urgency == "normal"
    assert result.category == "security"


def test_someone_trying_car_doors_now_is_still_an_emergency(triage):
    assert triage("有人正在停车场挨个拉车门，现在还在！", subject="快来").urgency == "emergency"


def test_a_fire_alarm_in_a_hypothetical_is_no_event(triage):
    assert (
        triage("如果晚上火警报警器响了，我们应该从哪个楼梯下去？", subject="疏散").urgency
        == "normal"
    )


# ---------------------------------------- a gate or door closing on a person


@pytest.mark.parametrize(
    "body",
    [
        "The parking garage door came down on a boy on his bike and has him pinned; it won't go back up and he can't get out.",
        "小区大门的伸缩门把一个老人夹住了，门还在往里收，他出不来。",
    ],
)
def test_a_gate_closing_on_a_person_is_entrapment(triage, body):
    result = triage(body, subject="Gate")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "The gate closed on my car bumper and scratched it last week. Who pays for the repair?",
        "伸缩门上周把我的车门刮花了，谁来赔？",
    ],
)
def test_a_gate_that_scratched_a_car_is_no_emergency(triage, body):
    assert triage(body, subject="Gate").urgency != "emergency"


# ---------------------------------------- a ceiling bulging with water


def test_a_ceiling_bulging_with_water_is_an_emergency(triage):
    result = triage(
        "The kitchen ceiling is bulging with water and it's now dripping out of the recessed light.",
        subject="Ceiling",
    )
    assert result.urgency == "emergency"
    assert result.leak_related is True


def test_a_bulge_from_an_old_fixed_leak_is_normal(triage):
    body = "The ceiling has a small bulge from an old leak that was fixed last year; could someone patch it?"
    result = triage(body, subject="Ceiling")
    assert result.urgency == "normal"
    assert result.leak_related is True


# ---------------------------------------- "and now it smells like burning"


def test_now_it_smells_like_burning_after_a_bang_is_an_emergency(triage):
    body = "There was a loud bang from the outlet earlier and now it smells like burning in the whole room."
    assert triage(body, subject="Outlet").urgency == "emergency"


def test_a_burning_smell_gone_today_is_no_emergency(triage):
    body = "There was a burning smell yesterday from the toaster but it's gone today."
    assert triage(body, subject="Toaster").urgency != "emergency"


# ---------------------------------------- a structure leaning over children (zh)


def test_a_structure_leaning_over_children_is_an_emergency(triage):
    result = triage("篮球架的底座裂了，整个架子往球场那边歪，小孩还在下面打球。", subject="篮球架")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_torn_basketball_net_is_normal(triage):
    result = triage("篮球架的篮网破了，能换一个吗？", subject="篮球架")
    assert result.urgency == "normal"
    assert result.category == "amenity"


# ---------------------------------------- lightning at an amenity


def test_lightning_at_the_clubhouse_is_maintenance(triage):
    body = "Lightning hit the flagpole by the clubhouse and the top half is hanging over the front steps."
    result = triage(body, subject="Clubhouse")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ---------------------------------------- an entry door off its hinges, an overlock


@pytest.mark.parametrize(
    "body",
    [
        "The painters took our front door off its hinges to paint it and went home; we can't close up the apartment tonight.",
        "装修师傅把防盗门卸下来拿去喷漆了，今晚家里关不上门。",
        "The office put an overlock on my storage unit even though autopay went through this morning, and I need my tools by noon.",
        "仓储那边把我的仓位加了锁，可我昨天已经交过钱了，中午就要用里面的东西。",
    ],
)
def test_a_door_off_or_an_overlock_is_urgent_access(triage, body):
    result = triage(body, subject="Door")
    assert result.urgency == "urgent"
    assert result.category == "access"


# ---------------------------------------- a wheel clamp


def test_a_wheel_clamp_before_an_appointment_is_urgent(triage):
    body = "Someone put a boot on my car in the guest lot and I have a doctor's appointment at 2."
    result = triage(body, subject="Boot")
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_boot_for_a_boot_tray_is_no_clamp():
    clamp = _round32("wheel clamp")
    assert len(clamp) == 1
    body = "can i leave a boot tray outside my door for the kids' winter boots?"
    assert not re.search(pattern_expand(clamp[0].pattern), body)


# ---------------------------------------- a rain barrel, an animal's noise


@pytest.mark.parametrize(
    "body",
    [
        "Can we put a rain barrel under the gutter by our back patio? It's 60 gallons, grey.",
        "我想在阳台下面放个集雨桶，灰色的，需要报批吗？",
    ],
)
def test_a_rain_barrel_is_architectural(triage, body):
    assert triage(body, subject="Rain barrel").category == "architectural"


@pytest.mark.parametrize(
    "body",
    [
        "The peacocks next door screech all night and we can't sleep.",
        "隔壁养的公鸡每天四点就打鸣，吵得睡不着。",
    ],
)
def test_an_animal_s_noise_is_a_complaint(triage, body):
    result = triage(body, subject="Noise")
    assert result.urgency == "normal"
    assert result.category == "complaint"


# ---------------------------------------- thanks after a scare


@pytest.mark.parametrize(
    "body",
    [
        "Thanks so much for coming out last night; the beeping turned out to be the old smoke detector in the closet. All good now.",
        "谢谢昨晚来帮忙的保安，那个滴滴声原来是柜子里的旧烟感。",
    ],
)
def test_thanks_after_a_scare_is_low_and_general(triage, body):
    result = triage(body, subject="Thanks")
    assert result.urgency == "low"
    assert result.category == "general"


def test_a_scare_that_is_still_there_asks_something(triage):
    body = "Thanks for checking; the smell turned out to be a dead mouse but it's still there, can you send someone?"
    assert triage(body, subject="Smell").urgency == "normal"


# ---------------------------------------- an FYI that a tradesman's van will be parked


@pytest.mark.parametrize(
    "body",
    [
        "FYI, the electrician is coming Friday to install our ceiling fan, so his van will be in the visitor spot for a couple of hours.",
        "说一声，周五电工来给我们装吊灯，他的车会在访客车位停两个小时。",
    ],
)
def test_an_fyi_that_a_tradesman_s_van_will_be_parked_asks_nothing(triage, body):
    result = triage(body, subject="FYI")
    assert result.urgency == "low"
    assert result.category == "general"


@pytest.mark.parametrize(
    "body",
    [
        "fyi, the electrician is coming friday but his van won't fit in the visitor spot, can you open the garage?",
        "说一声，周五电工来装吊灯，他的车能停访客车位吗？",
    ],
)
def test_an_fyi_with_a_question_is_not_the_tradesman_phrase(body):
    tradesman = _round32("tradesman's van")
    assert len(tradesman) == 4
    assert not any(re.search(pattern_expand(p.pattern), body) for p in tradesman)


# ---------------------------------------- the water not back (zh); a boat trailer (zh)


def test_the_water_not_back_after_a_cut_is_urgent(triage):
    assert (
        triage("昨天上午9点停水检修，到现在都没来水，孩子没法洗澡。", subject="停水").urgency
        == "urgent"
    )


def test_a_planned_cut_asked_about_is_normal(triage):
    assert triage("明天上午9点停水检修，几点能来水？", subject="检修").urgency == "normal"


def test_a_boat_trailer_is_no_tow(triage):
    result = triage(
        "楼下停了一辆房车拖车，三个星期没动了，业主公约不让长期停。", subject="房车拖车"
    )
    assert result.urgency == "normal"
    assert result.category == "violation"


def test_a_tow_today_is_still_urgent(triage):
    result = triage("保安说我的车今天下午要被拖走，我还在外地。", subject="拖车")
    assert result.urgency == "urgent"
    assert result.category == "access"


# ---------------------------------------- the phrases compile; the honest sets


def test_round32_phrases_compile():
    phrases = [p for p in default_phrases() if "round 32" in (p.note or "")]
    assert len(phrases) == 46
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind31(triage):
    assert "blind31.jsonl" in TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "Fire in the storage building! Smoke is pouring out of unit 40 and my piano is in unit 41.",
        "仓储楼着火了，浓烟从40号仓冒出来，我的钢琴在41号仓。",
    ],
)
def test_a_fire_in_the_storage_building_is_still_an_emergency(triage, body):
    assert triage(body, subject="Storage").urgency == "emergency"


# ---------------------------------------- whenever someone has time (a new mistake of the retrained model)


def test_a_repair_whenever_someone_has_time_is_normal(triage):
    body = "The hinge on our pantry door is loose and it won't stay shut. Whenever a tech has time is fine."
    assert triage(body).urgency == "normal"


def test_no_rush_on_one_thing_but_a_lock_tonight_is_still_urgent(triage):
    body = "The front door lock is broken and it won't lock; no rush on the paint but we need the lock fixed tonight."
    assert triage(body).urgency == "urgent"


# ---------------------------------------- after the rebase onto the emergency inventory


@pytest.mark.parametrize(
    "body",
    [
        "The boiler room gives a loud bang every night when the heating kicks in.",
        "水泵房每天半夜都咣当一声，吵得人睡不着，能查一下吗？",
    ],
)
def test_machinery_clunking_is_maintenance(triage, body):
    assert triage(body, subject="Noise").category == "maintenance"


def test_a_smell_like_a_corpse_is_not_the_complaint_phrase():
    complaint = [p for p in _round32("rotten smell") if p.value == "complaint"]
    assert len(complaint) == 2
    for body in (
        "仓库里一股尸臭一样的味道，门口全是苍蝇。",
        "the smell is like a dead body and there are flies all over the door",
    ):
        assert not any(re.search(pattern_expand(p.pattern), body) for p in complaint)


def test_people_already_got_out_all_fine_is_no_emergency(triage):
    body = "The lift jammed on the 4th floor for ten minutes; they were helped out by the fire crew, all fine."
    assert triage(body, subject="Lift").urgency != "emergency"


def test_people_still_inside_a_stopped_elevator_is_an_emergency(triage):
    body = "The elevator stopped between floors and my kids are still inside, the tech hasn't come."
    assert triage(body, subject="Elevator").urgency == "emergency"
