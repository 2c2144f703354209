# ruff: noqa: E501
"""Round 27: an entry door's lock broken so the door will not close is urgent and access, not
an emergency or security; car doors tried night after night and seen on a camera afterwards are
over (no emergency); lights glaring into a home and a neighbour's dog howling are complaints; an
FYI that a sitter or guest will come is general; sparks "冒出火花" from an outlet are no water;
a platform's system notice about a renewal is non_human; only telling the office one will be
away, and agreeing to a visit's time and who opens the door, are low (Chinese).
From blind26's two English false alarms, its English category mistakes, its Chinese leak
mistake and its Chinese urgency and category mistakes, with fresh sentences. blind26 is trained
on since; blind27, this round's honest measure, never is."""

from __future__ import annotations

import pytest

from caredesk.triage.training import TRAINING_FILES

# ---------------------------------------- a broken entry lock: urgent access


@pytest.mark.parametrize(
    "body",
    [
        "The front entrance deadbolt on building 2 is busted since the delivery guy forced it, and the door won't shut; strangers could stroll in all night.",
        "Back door lock at the clubhouse got smashed during the party and now it won't latch, anyone can get in.",
    ],
)
def test_a_broken_entry_lock_is_urgent_access(triage, body):
    result = triage(body)
    assert result.urgency == "urgent"
    assert result.category == "access"


def test_a_broken_window_latch_is_not_urgent(triage):
    body = "The latch on our kitchen window is broken and it won't lock. Whenever someone has time is fine."
    assert triage(body).urgency != "urgent"


def test_someone_breaking_the_door_now_stays_an_emergency(triage):
    body = "A man is kicking the lobby door right now, the lock is already broken and the door won't close, I'm hiding in the mailroom."
    assert triage(body).urgency == "emergency"


# ---------------------------------------- car doors tried night after night: over


@pytest.mark.parametrize(
    "body",
    [
        "Somebody has been checking car doors in the back lot lately; my neighbor's Ring video shows a hooded guy.",
        "A couple of teens have been pulling on door handles in the guest parking some nights. We caught them on our security camera Sunday.",
    ],
)
def test_car_doors_tried_over_several_nights_are_no_emergency(triage, body):
    result = triage(body)
    assert result.urgency != "emergency"
    assert result.category == "security"


def test_car_doors_tried_right_now_stay_an_emergency(triage):
    body = "Two guys are checking car doors in the garage right now, one has a flashlight."
    assert triage(body).urgency == "emergency"


# ---------------------------------------- nuisances: complaint; an FYI of a guest: general


@pytest.mark.parametrize(
    "body",
    [
        "The new spotlights on the clubhouse roof blaze right into our living room until midnight.",
        "The neighbor's beagle upstairs whines and barks every afternoon while they're at work.",
    ],
)
def test_glaring_lights_and_a_neighbours_dog_are_complaints(triage, body):
    assert triage(body).category == "complaint"


def test_a_dog_business_with_barking_is_not_only_a_complaint(triage):
    body = "Someone is boarding dogs for money in unit 12, strangers dropping them off all day and dogs barking in the stairwell."
    assert triage(body).category != "complaint"


def test_an_fyi_of_a_guest_coming_is_general(triage):
    body = (
        "FYI my in-laws will be staying with us and parking in the guest spots through the weekend."
    )
    result = triage(body)
    assert result.category == "general"


# ---------------------------------------- Chinese: sparks are no water


def test_sparks_coming_out_of_an_outlet_are_no_leak(triage):
    result = triage("厨房的开关面板刚刚冒出一串火花，还有一股烧焦的味道。")
    assert result.urgency == "emergency"
    assert result.leak_related is False


def test_water_coming_out_of_an_outlet_is_still_a_leak(triage):
    result = triage("墙上的插座往外冒水，下面地板已经湿了一大片。")
    assert result.leak_related is True


# ---------------------------------------- Chinese: a system notice; telling the office; a visit time


def test_a_platforms_system_notice_is_non_human(triage):
    body = "【业主服务平台】您本季度的车位费已自动扣款成功，本消息由系统自动发送，请勿直接回复。"
    result = triage(body, subject="扣款通知")
    assert result.category == "non_human"
    assert result.urgency == "low"


def test_telling_the_office_one_is_away_is_low(triage):
    assert triage("告诉物业一下，我们春节回老家半个月，房子空着。").urgency == "low"


def test_telling_the_office_with_a_request_is_not_low_by_a_phrase(triage):
    result = triage("跟物业说一声，我们出差一周，麻烦帮忙收一下快递。")
    assert not [r for r in result.reasons if r.field == "urgency" and r.value == "low" and r.phrase]


def test_agreeing_to_a_visit_time_is_low(triage):
    body = "好的，就后天下午三点，我让阿姨在家开门。\n\n> 物业客服：您报修的阳台地漏渗水，师傅定于后天下午三点上门。"
    result = triage(body, subject="回复：预约上门")
    assert result.urgency == "low"


def test_training_reads_blind26(triage):
    assert "blind26.jsonl" in TRAINING_FILES


# --------------------------------------- what the model retrained with blind26 got wrong


def test_a_closed_work_order_for_a_light_is_no_leak(triage):
    body = "WO 3391: stairwell light fixture on level 3 swapped, tested working. Closing."
    assert triage(body).leak_related is False


def test_who_won_a_contest_is_general(triage):
    assert (
        triage("Can't wait to hear who won the pumpkin carving contest this year!").category
        == "general"
    )


def test_cameras_asked_to_be_checked_today_are_urgent(triage):
    assert (
        triage("车棚里我的电动车前天晚上被人偷了，锁也被剪了，麻烦今天调一下监控。").urgency
        == "urgent"
    )
