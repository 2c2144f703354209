# ruff: noqa: E501
"""Round 28: calling a driver or a crew off asks no call of us; a vendor's work order that books
a return visit or asks us to tell the resident wants an answer (normal, not low, both
languages); 我家请的保姆 (hired) is no 请 (please) that asks something; a phone message whose
caller wants someone to come today needs a call back (relabel_round28.py settles the label);
no heat with a father or mother in their eighties or nineties is an emergency (the English
emergency round 27's cross-validation missed from 0.30); a shop's broken freezer is normal, a
home's stays urgent; a child locked in with the gas stove on is an emergency in English too;
waterproofing works announced are no leak; dying to know asks a question (normal) unless it
says no rush or is praise; "no leak, only condensation" is no leak, and thanks followed by a
request without a question mark is normal (round 23's probes).
From blind27's English urgency and call-back mistakes, its two Chinese urgency mistakes, round
27's cross-validation miss, README's list for round 28, and what the model retrained with
blind27 changed, with fresh sentences. blind27 is trained on since; blind28, this round's
honest measure, never is."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"
RELABEL = ROOT / "scripts/triage/relabel_round28.py"

# ---------------------------------------- call the driver off: no call-back


@pytest.mark.parametrize(
    "body",
    [
        "The wrecker is lifting my van out of my own numbered space as we speak. Please call the tow company's driver off, I have a permit.",
        "Landscapers are blowing leaves into our open garage again. Can you call the crew off for today?",
    ],
)
def test_calling_someone_off_is_no_call_back(triage, body):
    assert triage(body).needs_callback is False


def test_please_call_me_still_asks_a_call_back(triage):
    assert triage("Please call me about the tow notice on my car.").needs_callback is True


# ---------------------------------------- a work order's return visit: normal


@pytest.mark.parametrize(
    "body",
    [
        "WO 8812: swapped the shutoff under the kitchen sink in 210 after a small drip; cabinet is dry, nothing more needed. Please let the tenant know we'll be back Monday to reinstall the toe kick.",
        "Ticket 5530 done: reseated the shower valve trim in 4B. We will return Friday to re-caulk the tub surround once it cures.",
    ],
)
def test_a_work_order_booking_a_return_visit_is_normal(triage, body):
    result = triage(body, subject="Work order update")
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


def test_a_work_order_booking_a_return_visit_is_normal_zh(triage):
    body = "工单7315：已更换1203厨房水槽下面滴水的软管，柜子已擦干，周四师傅再上门补打密封胶，麻烦通知业主在家开门。"
    result = triage(body, subject="工单7315进度")
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


@pytest.mark.parametrize(
    "body",
    [
        "WO 9120: capped the burst line in the 3rd floor chase. Please let the tenant know we'll be back today at 3 to replace the section.",
        "工单8841：楼上水管已临时封堵，师傅今天下午回来更换，请通知业主在家。",
    ],
)
def test_a_return_visit_today_is_not_pinned_to_normal(triage, body):
    result = triage(body, subject="Work order update")
    assert not [
        r for r in result.reasons if r.field == "urgency" and r.value == "normal" and r.phrase
    ]


def test_a_closed_work_order_stays_low(triage):
    body = (
        "WO 7002 closed: replaced the flapper in 118, tested, no leaks. No further action needed."
    )
    assert triage(body).urgency == "low"


# ---------------------------------------- 请的 (hired) asks nothing


def test_a_hired_helper_told_to_the_office_is_low(triage):
    body = "告诉物业一声，下个月我们请的月嫂每天早上八点从北门进来。"
    assert triage(body, subject="月嫂").urgency == "low"


def test_telling_the_office_with_a_please_is_still_not_low_by_that_phrase(triage):
    result = triage("告诉物业一声，我们下周不在家，请帮忙留意一下门口的快递。")
    assert not [
        r
        for r in result.reasons
        if r.field == "urgency" and r.value == "low" and "一声" in (r.phrase or "")
    ]


# ---------------------------------------- a caller who wants someone today: call back


def test_a_caller_who_wants_someone_today_needs_a_call_back(triage):
    body = "Caller: Omar Haddad\nPhone: 602-555-0144\nProperty: Desert Palms #12\nMessage: The leak under the washer stopped once he closed the valve, but the laminate is lifting. Wants someone to check it today."
    assert triage(body, subject="Phone message - Haddad", channel="pre").needs_callback is True


def test_a_caller_who_wants_someone_today_needs_a_call_back_zh(triage):
    body = "来电人：冯先生\n电话：137****4410\n小区：阳光嘉园4栋\n留言：阳台洗衣机下面不漏了，但是地板起拱了，希望今天有人来看看。"
    assert triage(body, subject="电话留言-冯先生", channel="pre").needs_callback is True


# ---------------------------------------- no heat with a parent in their eighties or nineties


@pytest.mark.parametrize(
    "body",
    [
        "The heat has been off since this morning. It reads 47 in the living room, it's 2 below outside, and my mother is 88 and lives with us.",
        "Our boiler quit overnight. My grandfather is 93 and it's 45 in here with snow outside.",
    ],
)
def test_no_heat_with_a_parent_in_their_eighties_is_an_emergency(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_parent_in_their_eighties_with_working_heat_is_no_emergency(triage):
    body = "My father is 90 and finds the thermostat hard to read. Could someone show him how to set it?"
    assert triage(body).urgency != "emergency"


# ---------------------------------------- a shop's freezer is the shop's


@pytest.mark.parametrize(
    "body",
    [
        "小区门口便利店的冰柜坏了，里面的雪糕都化了。",
        "The deli on the ground floor says its walk-in freezer died overnight and the ice cream melted.",
    ],
)
def test_a_shops_broken_freezer_is_normal(triage, body):
    assert triage(body).urgency == "normal"


@pytest.mark.parametrize(
    "body",
    [
        "我家冰柜昨晚坏了，冻肉都化了，今天能派人来修吗？",
        "Our freezer quit last night and the meat is thawing. Can a tech come today?",
    ],
)
def test_a_homes_broken_freezer_stays_urgent(triage, body):
    assert triage(body).urgency == "urgent"


# ---------------------------------------- a child locked in with the stove on


def test_a_child_locked_in_with_the_stove_on_is_an_emergency(triage):
    body = "My 4-year-old locked herself inside the condo while I took out the trash and there's a pot on the gas burner."
    assert triage(body).urgency == "emergency"


def test_a_child_locked_in_with_the_stove_on_is_an_emergency_zh(triage):
    body = "我三岁的儿子把自己反锁在家里了，灶上还开着火在炖汤，我在门外进不去！"
    assert triage(body).urgency == "emergency"


# ---------------------------------------- waterproofing works are no leak


def test_waterproofing_works_announced_are_no_leak(triage):
    body = "施工单位：6栋地下室防水改造下周三进场，请物业提前通知住户挪开车位上的杂物。"
    assert triage(body).leak_related is False


def test_waterproofing_with_a_leak_said_stays_a_leak(triage):
    body = "去年做的屋面防水工程没用，顶楼卧室又渗水了，墙上一大片水渍。"
    assert triage(body).leak_related is True


# ---------------------------------------- dying to know asks a question


def test_dying_to_know_asks_a_question(triage):
    assert (
        triage("Dying to find out which band is playing the summer block party!").urgency
        == "normal"
    )


def test_dying_to_know_with_no_rush_is_low(triage):
    body = "Just dying to hear when the new pickleball nets go up, no rush at all!"
    assert triage(body, subject="Dying to know").urgency == "low"


# ---------------------------------------- round 23's probes: condensation, thanks then a request


def test_no_leak_only_condensation_is_no_leak(triage):
    body = "The handyman checked under the kitchen sink: no leak, just some condensation on the cold line. Could it be wrapped sometime?"
    assert triage(body).leak_related is False


def test_condensation_without_a_verdict_stays_a_leak_question(triage):
    body = "There's condensation dripping from the AC line onto the closet floor."
    assert triage(body).leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for replacing the mailbox lock so quickly. Please have someone check the bathroom fan too, it rattles",
        "多谢上周帮忙换了楼道灯。另外麻烦派师傅来看一下阳台的晾衣架，摇不下来",
    ],
)
def test_thanks_then_a_request_without_a_question_mark_is_normal(triage, body):
    assert triage(body).urgency == "normal"


def test_thanks_then_a_request_for_today_is_not_pinned_to_normal(triage):
    body = "Thanks for the reply. Please send someone today, the whole unit has no hot water since last night."
    assert triage(body).urgency == "urgent"


# --------------------------------------------------------------------------- the corpus


def _relabel():
    spec = importlib.util.spec_from_file_location("relabel_round28", RELABEL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_corpus_follows_round_28s_label_convention():
    """A caller who wants someone today needs a call back in every set but blind28."""
    module = _relabel()
    for file in sorted(CORPUS.glob("*.jsonl")):
        if file.name in module.SKIP:
            continue
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert module.relabel(row) == row, (file.name, row["id"])


def test_the_convention_relabels_what_it_names():
    relabel = _relabel().relabel
    row = {
        "channel": "pre",
        "subject": "Phone message - Lee",
        "body": "Caller: Ann Lee\nPhone: 555-0100\nProperty: Elm Court 3\nMessage: Sink leak stopped but the cabinet is soaked. Wants someone to look today.",
        "urgency": "urgent",
        "needs_callback": False,
    }
    assert relabel(row)["needs_callback"] is True
    assert relabel({**row, "channel": "email"}) == {**row, "channel": "email"}


def test_training_reads_blind27(triage):
    assert "blind27.jsonl" in TRAINING_FILES
