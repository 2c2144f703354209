# ruff: noqa: E501
"""Round 31: a vehicle driven through a building is maintenance, not security; a plate not in
the parking system is access, whoever patrols; a noise that shakes a light fixture is no leak;
a unit transferred into someone's name is a move; an FYI that family will stay asks nothing;
a breaker panel crackling or hot, a scorch mark at an outlet or a hot-plastic smell is a fire
starting (zh); water running out under a door is a leak (zh); a peephole is maintenance (zh); a
colour for the garage door is architectural (zh); a work order asking us to arrange a visit
with the owner is normal (zh); a GFCI outlet (漏电保护插座) is no leak; someone sleeping in a
parked van is security. From blind30's mistakes, with fresh sentences, each with its harmless
look-alike. blind30 is trained on since; blind31, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- a vehicle driven through a building


@pytest.mark.parametrize(
    "body",
    [
        "A pickup truck backed straight into the wall of the leasing office and the bricks around the window are cracked and loose.",
        "一辆面包车倒车撞进了会所的墙，砖都松了，窗框也歪了。",
    ],
)
def test_a_vehicle_through_a_building_is_maintenance(triage, body):
    assert triage(body, subject="Accident").category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "Someone keyed my car in the garage last night and smashed the side mirror. Do the cameras cover row C?",
        "昨晚有人在车库里把我的车划了，后视镜也砸了，C排有监控吗？",
    ],
)
def test_a_car_damaged_by_someone_is_still_security(triage, body):
    assert triage(body, subject="Car").category == "security"


# ---------------------------------------- a plate not in the parking system


@pytest.mark.parametrize(
    "body",
    [
        "The enforcement officer on patrol says my license plate was never entered in the system, and my car gets towed at 5 today.",
        "巡逻的保安说我的车牌没登记在系统里，下午五点就要拖车。",
    ],
)
def test_a_plate_not_in_the_parking_system_is_access(triage, body):
    assert triage(body, subject="Parking").category == "access"


def test_a_patrol_that_saw_a_prowler_is_still_security(triage):
    body = "The night patrol saw a man trying the back doors of building 4 around 2 am and chased him off."
    assert triage(body, subject="Patrol report").category == "security"


# ---------------------------------------- a noise that shakes a light fixture


@pytest.mark.parametrize(
    "body",
    [
        "The people upstairs drop their dumbbells every night and it shakes the chandelier in our dining room.",
        "楼上天天晚上跳绳，震得我们客厅的吸顶灯直晃。",
    ],
)
def test_a_noise_shaking_a_light_is_no_leak(triage, body):
    result = triage(body, subject="Noise")
    assert result.leak_related is False
    assert result.category == "complaint"


def test_water_running_from_a_light_fixture_is_still_a_leak(triage):
    body = "Water is dripping out of the light fixture in our kitchen and the bulb flickers when it rattles."
    result = triage(body, subject="Kitchen light")
    assert result.leak_related is True
    assert result.urgency == "emergency"


# ---------------------------------------- a unit put into someone's name


@pytest.mark.parametrize(
    "body",
    [
        "My mother is going into assisted living. Can we transfer the lease into my name so I can stay in the apartment?",
        "我妈妈住进养老院了，能不能把这个仓位过户到我名下？",
    ],
)
def test_a_unit_put_into_someone_s_name_is_a_move(triage, body):
    assert triage(body, subject="Name on the lease").category == "move"


def test_a_bank_transfer_is_still_billing(triage):
    body = "I sent the rent by bank transfer on the 2nd under my husband's name. Did it arrive?"
    assert triage(body, subject="Rent").category == "billing"


# ---------------------------------------- an FYI that family will stay


def test_an_fyi_that_family_will_stay_asks_nothing(triage):
    body = "FYI, my sister will be staying in our condo while we're in Lisbon. She has a spare key and knows the gate code."
    result = triage(body, subject="Sister")
    assert result.urgency == "low"
    assert result.category == "general"


def test_an_fyi_with_a_question_is_not_the_family_phrase():
    import re

    from caredesk.triage.rules import default_phrases, pattern_expand

    family = [p for p in default_phrases() if "FYI that family will stay" in (p.note or "")]
    assert len(family) == 2
    body = "fyi, my dad is staying in our unit next week. does he need to register his car?"
    assert not any(re.search(pattern_expand(p.pattern), body) for p in family)


# ---------------------------------------- a breaker panel crackling, a scorch mark (zh)


@pytest.mark.parametrize(
    "body",
    [
        "储藏间里的电表箱一直滋滋地响，箱门烫手。",
        "卧室床头那个插座边上一片熏黑的痕迹，屋里一股电线烧化的味道。",
    ],
)
def test_a_crackling_panel_or_a_scorched_outlet_is_an_emergency(triage, body):
    result = triage(body, subject="电")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "配电箱啪的一声跳闸了，推上去以后一切正常，麻烦有空来检查一下。",
        "新装的插座面板是黑色的，跟墙的颜色不太搭，能换成白色的吗？",
    ],
)
def test_a_tripped_breaker_or_a_black_outlet_is_no_emergency(triage, body):
    assert triage(body, subject="电").urgency != "emergency"


# ---------------------------------------- water running out under a door (zh)


def test_water_running_out_under_a_door_is_a_leak(triage):
    body = "隔壁602门缝里正往外淌水，楼道地砖上已经一大片了，家里好像没人。"
    assert triage(body, subject="楼道").leak_related is True


def test_sweat_running_down_is_no_leak(triage):
    body = "电梯里没空调，闷得我往下流汗，能不能开个排风？"
    assert triage(body, subject="电梯").leak_related is False


# ---------------------------------------- a peephole, a garage door colour (zh)


def test_a_peephole_is_maintenance(triage):
    body = "入户门的猫眼掉了，门上留了个洞，能来装一个新的吗？"
    assert triage(body, subject="猫眼").category == "maintenance"


def test_a_garage_door_colour_is_architectural(triage):
    body = "想把车库门漆成浅灰色，业委会要审批吗？"
    assert triage(body, subject="车库门").category == "architectural"


def test_a_garage_door_that_will_not_open_is_still_access(triage):
    body = "车库门遥控器按了没反应，车库门打不开，车出不去。"
    assert triage(body, subject="车库门").category == "access"


# ---------------------------------------- a work order that asks us to arrange a visit (zh)


def test_a_work_order_asking_for_a_visit_with_the_owner_is_normal(triage):
    body = "工单5531：水电工已更换5C卫生间的排风扇。周四下午还要进5D看一下线路，请和住户约个时间。"
    result = triage(body, subject="工单5531")
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


def test_a_work_order_closed_is_still_low(triage):
    body = "工单5532已关闭：5C卫生间排风扇已更换，运转正常。"
    assert triage(body, subject="工单5532已关闭").urgency == "low"


# ---------------------------------------- a GFCI outlet is no leak


def test_a_gfci_outlet_is_no_leak(triage):
    body = "阳台那个漏电保护插座老是跳，吹风机一插就断电，能派电工来看看吗？"
    assert triage(body, subject="插座").leak_related is False


def test_a_gfci_outlet_tripping_from_a_leak_is_a_leak(triage):
    body = "楼上漏水滴到我家卫生间，漏电保护开关跳了好几次。"
    assert triage(body, subject="漏水").leak_related is True


# ---------------------------------------- someone sleeping in a parked van


@pytest.mark.parametrize(
    "body",
    [
        "There's an old white camper in the overflow lot and a man seems to be sleeping in it every night.",
        "地下车库角落停着一辆旧车，好几天了，晚上好像有人睡在车里。",
    ],
)
def test_someone_sleeping_in_a_parked_vehicle_is_security(triage, body):
    assert triage(body, subject="Vehicle").category == "security"


def test_a_guest_sleeping_in_the_unit_is_no_security_matter(triage):
    body = "My nephew is sleeping in the living room for a week. Do guests need to be registered?"
    assert triage(body, subject="Guest").category != "security"


def test_training_reads_blind30(triage):
    assert "blind30.jsonl" in TRAINING_FILES
