# ruff: noqa: E501
"""Round 25: a CO detector that reads a number, or with headaches or dizziness said in the next
sentence, is going off; an alarm going off with people seen inside, people inside with
flashlights, or inside with the lock cut, is a break-in in progress (security, even at an
amenity); lights out or flickering, nothing burning, wet or fallen named, are normal maintenance
whatever the model says; a plan of one's own asked about under the bylaws is general; a repair
tested and found dry is about a leak; a gate arm down with the resident idling behind it is
urgent; "it works now, thanks" is low and general (English and Chinese); someone beating a
partner or a child is security; a renovation deposit to be refunded is billing; praise of a
staff member is low and general; "send someone now" in a phone message asks for no call-back.
blind18's gas fireplace in the clubhouse is labelled maintenance, as the issue's gas says.
From blind24's two missed English emergencies, its English leak miss and its urgency, category
and call-back mistakes, with fresh sentences. blind24 is trained on since; blind25, this
round's honest measure, never is."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from caredesk.triage.training import TRAINING_FILES

# ------------------------------------------------------- a CO detector that is going off


@pytest.mark.parametrize(
    "body",
    [
        "The CO monitor in the nursery keeps beeping and shows 88. My daughter feels sick.",
        "Our carbon monoxide alarm has been beeping since dinner. Now my husband is dizzy.",
        "Carbon monoxide detector by the stairs is up to 120 and still climbing.",
    ],
)
def test_a_co_detector_reading_a_number_or_with_symptoms_next_is_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "The carbon monoxide detector in the hall chirps every 45 seconds; it must want a battery.",
        "Our CO detector needs a fresh battery. Separately, the paint smell gives me a headache.",
        "The smoke detector keeps chirping. My son says the noise gives him a headache.",
    ],
)
def test_a_detector_that_wants_a_battery_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ------------------------------------------------------------ a break-in in progress


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Clubhouse",
            "Past midnight and the clubhouse alarm is blaring, I can see someone moving around inside.",
        ),
        (
            "Tennis shed",
            "Three guys are inside the tennis equipment shed right now and the padlock was cut.",
        ),
        (
            "Pool",
            "Two people are in the pool office with flashlights, the building has been locked since 9.",
        ),
    ],
)
def test_people_inside_with_an_alarm_going_off_or_the_lock_cut_is_a_security_emergency(
    triage, subject, body
):
    result = triage(body, subject=subject)
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_an_alarm_last_night_with_nobody_inside_is_no_emergency(triage):
    result = triage(
        "The gym alarm rang around 1 am last night; the guard checked and nobody was in."
    )
    assert result.urgency != "emergency"


# ------------------------------------------------------------- lights out or flickering


@pytest.mark.parametrize(
    "body",
    [
        "The pole lights at the far end of the guest lot have been dark since Sunday.",
        "The lamps on the garage ramp flicker all evening and one is out completely.",
        "Half the bulbs along the mailbox path are burned out, it's hard to see at night.",
    ],
)
def test_lights_out_or_flickering_are_normal_maintenance(triage, body):
    result = triage(body, subject="Parking lights")
    assert result.urgency == "normal"
    assert result.category == "maintenance"
    assert result.leak_related is False


@pytest.mark.parametrize(
    "body",
    [
        "Water is running down the hall light fixture and the light keeps flickering.",
        "The kitchen light flickers and now there's a burning smell from the switch.",
    ],
)
def test_flickering_lights_with_water_or_burning_stay_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


# ------------------------------------------------------ a plan of one's own under the bylaws


def test_asking_whether_ones_own_plan_is_allowed_by_the_bylaws_is_general(triage):
    body = "My nephew wants to live in our townhouse for a summer and pay rent; is that allowed under the bylaws?"
    assert triage(body).category == "general"


def test_someone_elses_thing_asked_about_under_the_bylaws_stays_a_violation(triage):
    body = "A boat trailer has been parked on the street by number 12 for five weeks. Do the bylaws allow that?"
    assert triage(body).category == "violation"


def test_an_amenity_asked_about_under_the_rules_stays_amenity(triage):
    body = "We'd like to bring a portable grill to the pool deck on Sunday. Is that allowed under the rules?"
    assert triage(body).category == "amenity"


# ------------------------------------------------------------ a repair tested and dry


def test_a_repair_tested_and_found_dry_is_about_a_leak(triage):
    body = "WO 2231 - replaced the washer box valve in unit 17, ran the water 15 minutes, bone dry. Closed."
    result = triage(body)
    assert result.leak_related is True
    assert result.category == "work_order_update"


# ------------------------------------------------------- a gate arm down with me behind it


def test_a_gate_arm_down_with_the_resident_idling_behind_it_is_urgent(triage):
    body = "Remote does nothing and the exit barrier is down with me sitting behind it, I'm due at work at 8."
    result = triage(body, subject="Exit gate")
    assert result.urgency == "urgent"
    assert result.category == "access"


# ------------------------------------------------------------------- it works now, thanks


@pytest.mark.parametrize(
    "body",
    [
        "Got my new gate remote this morning and the garage opens with it now. Cheers!",
        "车库遥控器现在能用了，谢谢师傅！",
    ],
)
def test_it_works_now_thanks_is_low_and_general(triage, body):
    result = triage(body)
    assert result.urgency == "low"
    assert result.category == "general"


def test_it_works_now_thanks_but_something_else_is_broken_is_not_low(triage):
    body = "The pool gate works again, thanks. But the side gate is still stuck, can someone look?"
    assert triage(body).urgency != "low"


# --------------------------------------------------------------------------- Chinese kinds


def test_someone_beating_a_partner_is_security(triage):
    result = triage("对门那个男的在家里揍他媳妇，女的哭着喊救命，声音很大。")
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_renovation_deposit_to_refund_is_billing(triage):
    assert triage("装修早就验收完了，施工押金什么时候退给我？").category == "billing"


def test_a_renovation_deposit_on_moving_out_stays_move(triage):
    assert triage("下周就搬走了，装修押金怎么退？要办哪些手续？").category == "move"


@pytest.mark.parametrize(
    "body",
    [
        "门卫老陈人真好，大半夜帮我把醉酒的老公扶上了楼。",
        "保洁大姐特别热心，主动帮我把旧纸箱搬下去了。",
    ],
)
def test_praise_of_a_staff_member_is_low_and_general(triage, body):
    result = triage(body)
    assert result.urgency == "low"
    assert result.category == "general"


def test_praise_then_a_request_is_not_low(triage):
    assert triage("保安人很好，不过西门晚上经常没人，能不能加个班？").urgency != "low"


def test_send_someone_now_in_a_phone_message_asks_no_call_back(triage):
    body = "来电人：宋女士\n电话：138****4410\n小区：阳光嘉园6栋\n留言：说楼道里有股很浓的煤气味，请赶紧派人来看。"
    result = triage(body, channel="pre")
    assert result.urgency == "emergency"
    assert result.needs_callback is False


def test_send_someone_now_with_a_number_to_call_leaves_the_call_back_open(triage):
    body = "楼上漏水，我家卫生间顶上一直在滴，请尽快派人，电话13900001111。"
    reasons = [r for r in triage(body).reasons if r.field == "needs_callback"]
    assert not any("派人" in r.phrase for r in reasons)


# ------------------------------------------------------------------ labels and honest sets


def test_blind18s_gas_fireplace_in_the_clubhouse_is_maintenance():
    source = resources.files("caredesk.triage").joinpath("data/corpus/blind18.jsonl")
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    (row,) = [r for r in rows if "gas fireplace in the clubhouse" in r["body"]]
    assert row["category"] == "maintenance"


def test_blind24_and_blind25_are_trained_on_blind3b_and_heldout_never():
    """blind25 was round 25's honest measure and is studied and trained on since round 26
    (tests/triage/test_rules_round26.py keeps blind26 out); blind3b and heldout never are."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert {"blind24.jsonl", "blind25.jsonl"} <= set(TRAINING_FILES)


# ------------------------------------- what the model retrained with blind24 got wrong


def test_a_glass_panel_hanging_over_the_pool_deck_is_maintenance(triage):
    body = "A pane of the clubhouse skylight cracked and a big shard is hanging over the pool deck, people are swimming right under it."
    result = triage(body, subject="Pool")
    assert result.category == "maintenance"


def test_a_window_shattered_in_a_break_in_stays_security(triage):
    body = "Somebody smashed the clubhouse window and the glass is shattered all over the floor; the door was forced too."
    assert triage(body).category == "security"


def test_a_tow_warning_with_no_time_named_is_normal(triage):
    body = "There's a tow warning tag on my windshield even though my parking permit is hanging on the mirror."
    assert triage(body, subject="Tow tag").urgency == "normal"


def test_a_tow_warning_for_tonight_is_urgent(triage):
    body = "A towing notice on my car says it goes at 9 tonight, but I'm away until Friday."
    assert triage(body).urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "儿子的书包忘在车里了，车停在地库，明早再去拿。",
        "楼下那辆电动车一直在漏机油，地上黑乎乎一片。",
    ],
)
def test_a_thing_left_in_the_car_or_oil_dripping_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "女儿被锁在车里了，车停在地库，钥匙在车里，太阳晒着。",
        "车底下漏汽油，旁边有人在抽烟，味道很大。",
    ],
)
def test_a_child_locked_in_a_car_or_petrol_by_a_smoker_is_still_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_the_only_toilet_blocked_stays_urgent_whatever_the_model_says(triage):
    assert triage("家里就一个卫生间，马桶冲不下去了，一家四口等着用。").urgency == "urgent"


# ------------------------------------------- what round 25's cross-validation missed at 0.35


@pytest.mark.parametrize(
    "body",
    [
        "watter is comming thru the ceilng over my bed, plz send some1",
        "water is driping from the celing lite in the hall, its getting worse",
    ],
)
def test_water_through_a_ceiling_said_with_misspellings_is_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "A delivery guy's kid was just hit by a car by the mailboxes and isn't getting up.",
        "地库门口有个老人被电动车撞倒了，躺着起不来，快来人。",
    ],
)
def test_someone_hit_by_a_car_is_a_security_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_car_accident_long_ago_is_no_emergency(triage):
    body = "My dog was hit by a car last year, so please add slow-down signs by the playground."
    assert triage(body).urgency != "emergency"
