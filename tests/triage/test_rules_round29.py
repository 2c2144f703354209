# ruff: noqa: E501
"""Round 29: chlorine or chemical fumes with people coughing are an emergency and maintenance
(both languages); a crew that has stopped work (工人已经停工) does not make a gas smell over; a
roof or carport come down on cars with someone trapped is an emergency, even dated by last
night's snow; the only elevator out with a resident in a wheelchair and nobody inside is urgent
(both languages; someone stuck inside stays an emergency); a frozen pipe that has not split and
left nothing wet is no leak; flooding a phone with texts is no water; kayak racks and boat
slips are amenities; "the grill station is fire" is praise; an FYI that a cleaner will use the
code is low; 冒出黑烟 and 烟感也响了 make an emergency after a fee question maintenance; 已经拧紧，
一切正常 makes yesterday's gas smell over; an inspection that passed with 未发现渗漏 is no leak
while a repair closed with 无渗漏 stays leak-related; praise ending in thanks is low and general;
asking to replace a range hood is maintenance (what the model retrained with blind28 changed).
From blind28's mistakes and what the model retrained with blind28 changed, with fresh
sentences. blind28 is trained on since; blind29, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- chemical fumes: emergency, maintenance


@pytest.mark.parametrize(
    "body",
    [
        "The chemical room by the spa has a strong chlorine smell pouring out and two swimmers are coughing and can't catch their breath.",
        "Someone mixed pool chemicals in the shed and there's a cloud of fumes; my kids' eyes are burning and they're coughing.",
        "泳池加药间一股很冲的氯气味，几个游泳的人一直咳嗽，喘不上气。",
    ],
)
def test_chemical_fumes_with_people_coughing_are_an_emergency(triage, body):
    result = triage(body, subject="Pool")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "The pool smells a bit strong of chlorine today, can you check the levels?",
        "今天泳池氯味有点重，能查一下水质吗？",
    ],
)
def test_a_strong_chlorine_smell_alone_is_no_emergency(triage, body):
    assert triage(body, subject="Pool").urgency != "emergency"


# ---------------------------------------- a crew that stopped work: the gas smell goes on


@pytest.mark.parametrize(
    "body",
    [
        "Front desk: the landscapers hit a gas line with an auger by building 4. It's hissing loudly and the gas smell is strong; they have stopped digging.",
        "前台：绿化工人在4栋旁边打桩打到了燃气管，嘶嘶响，燃气味很重，工人已经停工了。",
    ],
)
def test_a_crew_that_stopped_work_leaves_the_gas_an_emergency(triage, body):
    assert triage(body, subject="Front desk note", channel="frontdesk").urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "前天闻到燃气味，燃气公司来看了，是阀门没关紧，已经处理好了，一切正常。能帮忙把吊顶装回去吗？",
        "昨天厨房有煤气味，燃气公司查了说是阀门松了，已经拧紧，一切正常。",
    ],
)
def test_a_gas_smell_the_gas_company_set_right_is_over(triage, body):
    assert triage(body, subject="燃气").urgency != "emergency"


# ---------------------------------------- a structure come down on people or cars


@pytest.mark.parametrize(
    "body",
    [
        "The parking structure's upper deck came down on the cars in row B last night and a woman is pinned in her car.",
        "The big awning over the entrance collapsed onto people waiting for the bus, one man is stuck under it.",
    ],
)
def test_a_collapse_onto_people_is_an_emergency(triage, body):
    assert triage(body, subject="Collapse").urgency == "emergency"


# ---------------------------------------- the only elevator out, a wheelchair: urgent


@pytest.mark.parametrize(
    ("body", "channel"),
    [
        (
            "Front desk: the elevator in tower 2 is broken, no one inside. A resident on 11 who uses a wheelchair can't get down for her chemo at 2 pm.",
            "frontdesk",
        ),
        (
            "Our building's one elevator has been out since this morning, and my husband is in a wheelchair and has a doctor's appointment today.",
            "email",
        ),
        ("我们楼唯一的电梯坏了，没人困在里面，我父亲坐轮椅，下午要去医院透析。", "email"),
    ],
)
def test_the_only_elevator_out_with_a_wheelchair_user_is_urgent(triage, body, channel):
    result = triage(body, subject="Elevator", channel=channel)
    assert result.urgency == "urgent"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "The elevator is broken and my neighbour in a wheelchair is stuck inside it between floors.",
        "电梯坏了，坐轮椅的邻居被困在里面出不来。",
    ],
)
def test_someone_stuck_in_the_elevator_stays_an_emergency(triage, body):
    assert triage(body, subject="Elevator").urgency == "emergency"


# ---------------------------------------- a frozen pipe, nothing wet: no leak


def test_a_frozen_pipe_that_has_not_split_is_no_leak(triage):
    result = triage(
        "The bathroom pipes are frozen, no water at all. Nothing has burst and the floor is dry. Can you send someone today?",
        subject="Frozen pipes",
    )
    assert result.leak_related is False
    assert result.urgency == "urgent"


def test_a_frozen_pipe_that_split_is_a_leak(triage):
    result = triage(
        "The pipe under the sink froze and split, water is spraying everywhere.",
        subject="Frozen pipe",
    )
    assert result.leak_related is True
    assert result.urgency == "emergency"


# ---------------------------------------- look-alikes: flooding a phone, "is fire"


@pytest.mark.parametrize(
    "body",
    [
        "The new intercom system is flooding my phone with missed call alerts at 3 am. Can you fix the settings?",
        "Your portal has been flooding my inbox with duplicate rent reminders.",
    ],
)
def test_flooding_a_phone_is_no_water(triage, body):
    result = triage(body, subject="Alerts")
    assert result.leak_related is False
    assert result.urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The pizza night at the clubhouse was fire! Thanks to the social committee.",
        "Honestly the new gym is fire, huge thanks to the board.",
    ],
)
def test_is_fire_is_praise(triage, body):
    assert triage(body, subject="Thanks").urgency == "low"


@pytest.mark.parametrize(
    "body",
    [
        "The dumpster is on fire behind building C!",
        "There's a fire in the trash room.",
        "There is fire coming out of the dryer vent.",
    ],
)
def test_a_real_fire_stays_an_emergency(triage, body):
    assert triage(body, subject="Fire").urgency == "emergency"


# ---------------------------------------- amenities, FYIs, praise


@pytest.mark.parametrize(
    "body",
    [
        "Can we store our canoe on the rack by the boat launch, or is there a waitlist for slots?",
        "Are the paddleboards at the lake free to use for residents?",
        "湖边的皮划艇架可以租用吗？按季度还是按年？",
    ],
)
def test_kayaks_and_boat_slips_are_amenities(triage, body):
    assert triage(body, subject="Lake").category == "amenity"


@pytest.mark.parametrize(
    "body",
    [
        "FYI, our dog walker will be using the side gate code on weekdays around noon from next Monday.",
        "Just a heads up, our nanny will have a key fob starting next week.",
    ],
)
def test_an_fyi_that_a_helper_will_use_the_code_is_low(triage, body):
    result = triage(body, subject="FYI")
    assert result.urgency == "low"
    assert result.category == "general"


@pytest.mark.parametrize(
    "body",
    ["新健身房太棒了，器械都很新，谢谢物业！", "会所的新烧烤区太火了，天天有人排队，感谢业委会！"],
)
def test_praise_ending_in_thanks_is_low_and_general(triage, body):
    result = triage(body, subject="点赞")
    assert result.urgency == "low"
    assert result.category == "general"


@pytest.mark.parametrize(
    "body",
    [
        "新健身房太棒了，谢谢物业！能不能延长开放时间？",
        "新健身房太棒了，谢谢物业，不过跑步机坏了一台，麻烦修一下。",
    ],
)
def test_praise_then_a_request_is_no_thanks_only(triage, body):
    assert triage(body, subject="健身房").urgency != "low"


# ---------------------------------------- a fee question, then smoke: maintenance


@pytest.mark.parametrize(
    "body",
    [
        "停车费能按季度交吗？对了，隔壁门缝里冒出黑烟，烟感在叫。",
        "物业费发票怎么开？刚写到这儿，楼上阳台冒出火苗，烟很大。",
    ],
)
def test_smoke_after_a_fee_question_is_a_maintenance_emergency(triage, body):
    result = triage(body, subject="缴费")
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


# ---------------------------------------- 未发现渗漏 after an inspection: no leak


@pytest.mark.parametrize(
    "body",
    ["工单5521已关闭：楼顶水箱检查完毕，未发现渗漏。", "工单6610：消防管道试压合格，没发现漏点。"],
)
def test_an_inspection_without_a_leak_is_no_leak(triage, body):
    assert triage(body, subject="工单").leak_related is False


def test_a_repair_closed_without_a_leak_stays_leak_related(triage):
    result = triage(
        "工单7301：已更换8栋502厨房角阀，无渗漏，地面已干，关闭工单。", subject="工单7301"
    )
    assert result.leak_related is True


def test_a_leak_from_nowhere_found_is_a_leak(triage):
    assert triage("卫生间天花板在漏水，未发现是哪里来的。", subject="漏水").leak_related is True


# ---------------------------------------- what the model retrained with blind28 changed


def test_replacing_a_range_hood_after_a_fire_is_maintenance(triage):
    assert (
        triage("上个月厨房起过小火，消防处理完了，现在需要换油烟机。", subject="油烟机").category
        == "maintenance"
    )


@pytest.mark.parametrize(
    "body",
    ["谢谢前天来修热水器的师傅，现在一切正常！", "想在阳台外墙加装一台空调外机，需要审批吗？"],
)
def test_thanks_for_a_repair_and_a_new_unit_are_not_a_repair_request(triage, body):
    assert triage(body, subject="空调").category != "maintenance"


def test_training_reads_blind28(triage):
    assert "blind28.jsonl" in TRAINING_FILES


@pytest.mark.parametrize(
    "body",
    [
        "工单9052：三楼管井的水管先临时堵上了，师傅今晚再上门更换，麻烦通知住户留人。",
        "WO 6610: shut off the riser to 5C for now. Tell the tenant we're coming back this afternoon to swap the valve.",
    ],
)
def test_a_work_order_coming_back_today_asking_us_to_tell_the_resident_is_urgent(triage, body):
    assert triage(body, subject="Work order update").urgency == "urgent"


# ---------------------------------------- README's round-29 list: condensation, then a request


@pytest.mark.parametrize(
    "body",
    [
        "The plumber came and said there's no leak, only condensation on the cold pipe. Can you insulate it?",
        "师傅来看了，说不是漏水，是冷水管上的冷凝水。能不能给包一层保温棉？",
    ],
)
def test_condensation_then_a_request_is_normal_and_no_leak(triage, body):
    result = triage(body, subject="Pipe under the sink")
    assert result.urgency == "normal"
    assert result.leak_related is False


@pytest.mark.parametrize(
    "body",
    [
        "No leak, only condensation. Thanks for checking!",
        "师傅看过了，不是漏水，只是冷凝水，谢谢。",
    ],
)
def test_condensation_with_thanks_stays_low(triage, body):
    assert triage(body, subject="Pipe").urgency == "low"
