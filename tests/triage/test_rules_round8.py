"""Round 8 (from blind7's mistakes): a vendor asking approval is not an emergency unless it
asks for it now; a mark left by a leak someone fixed, a crack that has not changed and air
through a gap (漏风) are no emergencies; mould is water; a card that fails with nobody stuck
is not urgent; a broken lock of a door is access; a rule cited is a violation; renewing or
paying a fee is billing; cameras are security; painting a front door is architectural; praise
is thanks. The corpus follows round 8's label conventions, and blind8 and the other honest
sets are never trained on."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from caredesk.triage.training import TRAINING_FILES

CORPUS = Path(__file__).resolve().parents[2] / "caredesk/triage/data/corpus"
RELABEL = Path(__file__).resolve().parents[2] / "scripts/triage/relabel_round8.py"

# --------------------------------------------------------------------------- vendors' asks


@pytest.mark.parametrize(
    ("body", "urgency"),
    [
        (
            "Tech at unit 9B found an active leak behind the dishwasher and needs your approval "
            "today to replace the supply line.",
            "urgent",
        ),
        (
            "工单6621：10栋1502卫生间墙内水管在漏水，需要物业审批后才能开墙更换，报价见附件。",
            "normal",
        ),
    ],
)
def test_a_vendor_asking_approval_is_not_an_emergency(triage, body, urgency):
    """Given a vendor on site who found a leak and asks us to approve the repair, then its
    urgency follows what it asks: today is urgent, some day normal."""
    result = triage(body)
    assert result.urgency == urgency
    assert result.leak_related is True


@pytest.mark.parametrize(
    "body",
    [
        "Crew on site: the roof is actively leaking into 5C and we need your approval now for "
        "emergency tarping.",
        "工单6622：地下室污水管破了，污水正往配电房流，需要马上批准抽污，请立即回电。",
    ],
)
def test_a_vendor_asking_approval_now_is_still_an_emergency(triage, body):
    """Given a vendor asking approval now for water moving now, then an emergency."""
    assert triage(body).urgency == "emergency"


# --------------------------------------------------------------------------- over, unchanged


def test_a_mark_left_by_a_leak_someone_fixed_is_no_emergency(triage):
    """Given a stain from a leak the plumber fixed, then leak-related and no emergency."""
    result = triage(
        "There's a yellow stain on the bedroom ceiling from the leak your plumber fixed last "
        "spring. Could it be repainted?",
        subject="Stain on ceiling",
    )
    assert result.urgency == "normal"
    assert result.leak_related is True


def test_a_crack_that_has_not_changed_is_no_emergency(triage):
    """Given a crack that has not got worse in months, then no emergency."""
    body = "A hairline crack runs across the hallway wall, it hasn't gotten any worse in months."
    assert triage(body, subject="Crack in the wall").urgency == "normal"


def test_a_wall_giving_way_is_still_an_emergency(triage):
    """Given a wall coming down now, then an emergency."""
    assert triage("The retaining wall behind building C just collapsed onto the path.").urgency == (
        "emergency"
    )


@pytest.mark.parametrize(
    "body", ["The bathroom grout has mildew in the corners.", "衣柜背后的墙发霉了，有一股霉味。"]
)
def test_mould_is_leak_related(triage, body):
    """Given mould or a musty smell, then leak-related (water where it should not be)."""
    assert triage(body).leak_related is True


def test_air_through_a_gap_is_not_water(triage):
    """Given a window that lets the wind in (一直漏风), then neither an emergency nor a leak."""
    result = triage("卧室窗户密封条老化了，一直漏风，冬天很冷。")
    assert result.urgency != "emergency"
    assert result.leak_related is False


# --------------------------------------------------------------------------- access


def test_a_card_that_fails_with_nobody_stuck_is_not_urgent(triage):
    """Given an access card to re-activate, with nobody waiting outside, then normal."""
    assert triage("门禁卡刷不开了，麻烦帮我重新激活一下。").urgency == "normal"


@pytest.mark.parametrize(
    "body", ["门禁卡刷不开单元门，我进不了楼，在楼下等了半天。", "门禁卡突然失效，我被关在外面了。"]
)
def test_a_card_that_fails_with_someone_stuck_is_urgent(triage, body):
    """Given a card that fails and the resident shut out, then urgent."""
    assert triage(body).urgency == "urgent"


@pytest.mark.parametrize(
    "body",
    [
        "The deadbolt on my apartment door snapped and won't turn, I can't lock up.",
        "家里防盗门的锁芯坏了，锁不上。",
        "The side gate by the tennis courts doesn't latch any more.",
    ],
)
def test_a_broken_lock_of_a_door_is_access(triage, body):
    """Given a door's lock that is broken or a gate that won't latch, then access."""
    assert triage(body).category == "access"


@pytest.mark.parametrize(
    "body",
    [
        "The latch on the living room window is broken so it won't lock.",
        "The elevator door on the 3rd floor won't close all the way.",
        "2号电梯的门关不上，一直开着。",
        "单元门口的灯坏了，晚上黑乎乎的。",
    ],
)
def test_a_window_or_elevator_door_is_not_access(triage, body):
    """Given a window latch, an elevator door or a light by a door, then maintenance."""
    assert triage(body).category == "maintenance"


@pytest.mark.parametrize(
    "body", ["Thanks for fixing my door lock so quickly yesterday!", "谢谢师傅昨天帮我修好了门锁。"]
)
def test_thanks_for_a_lock_fixed_are_thanks(triage, body):
    """Given thanks for a lock that was fixed, then general and low."""
    result = triage(body)
    assert (result.category, result.urgency) == ("general", "low")


# --------------------------------------------------------------------------- categories


@pytest.mark.parametrize(
    "body",
    [
        "The people at 41 keep their trash bins out front all week, which the CC&Rs don't allow.",
        "对面邻居在楼道里装了个鞋柜，物业规定不是不准占用公共区域吗？",
        "楼上周六早上七点就开始砸墙，小区规定不是周末不许施工吗？",
    ],
)
def test_a_rule_cited_is_a_violation(triage, body):
    """Given a neighbour's doing and the rule it breaks, then violation."""
    assert triage(body).category == "violation"


@pytest.mark.parametrize("body", ["请问停车月卡怎么续费？", "物业费用支付宝交不了，一直显示失败。"])
def test_renewing_or_paying_a_fee_is_billing(triage, body):
    """Given a fee to renew or a payment that fails, then billing (not the parking it is for)."""
    assert triage(body).category == "billing"


def test_a_camera_is_security(triage):
    """Given a camera that is dark, then security."""
    assert triage("The camera by the bike room has been dark for days.").category == "security"


def test_painting_a_door_is_architectural(triage):
    """Given a question about painting a front or garage door, then architectural."""
    assert triage("Can we paint our garage door a dark gray?").category == "architectural"


def test_praise_is_thanks(triage):
    """Given praise that asks nothing ('looks great', 'killing it'), then general and low."""
    result = triage("The new lobby furniture looks great, nice job everyone.")
    assert (result.category, result.urgency) == ("general", "low")
    assert triage("The cleaning crew is killing it this month.").urgency != "emergency"


# --------------------------------------------------------------------------- corpus, training


def _relabel():
    spec = importlib.util.spec_from_file_location("relabel_round8", RELABEL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.relabel


def test_the_corpus_follows_round_8s_label_conventions():
    """Every labelled set but blind8 and blind9 (written with them) is already relabelled: the
    script changes nothing more."""
    relabel = _relabel()
    for file in sorted(CORPUS.glob("*.jsonl")):
        if file.name in {"blind8.jsonl", "blind9.jsonl"}:
            continue
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert relabel(row) == row, (file.name, row["id"])


def test_the_conventions_relabel_what_they_name():
    """A broken entry lock becomes access, a finished job that asks nothing low, a phone
    message's call-back false when none is asked, someone in my space access; a window latch,
    a job that asks to be confirmed and a call asked for are left alone."""
    relabel = _relabel()

    def row(**fields):
        base = {"channel": "email", "subject": "", "urgency": "normal", "leak_related": False}
        base |= {"category": "maintenance", "needs_callback": False}
        return base | fields

    lock = row(body="入户门锁坏了，锁不上。", urgency="urgent")
    assert relabel(lock)["category"] == "access"
    latch = row(body="My bedroom window latch is broken so it won't lock.")
    assert relabel(latch) == latch
    done = row(
        body="Replaced the supply line in 4B, no further leaks.", category="work_order_update"
    )
    assert relabel(done)["urgency"] == "low"
    confirm = dict(done, body="已更换12栋305厨房下水管，请业主确认。")
    assert relabel(confirm) == confirm
    call = "Caller: Al\nPhone: 1\nMessage: Water pouring through the ceiling."
    pre = row(channel="pre", body=call, urgency="emergency", needs_callback=True)
    assert relabel(pre)["needs_callback"] is False
    asked = dict(pre, body=call + " Call back.")
    assert relabel(asked) == asked
    space = row(body="我的固定车位又被一辆白车占了。", category="violation")
    assert relabel(space)["category"] == "access"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files; blind7, studied in round 8, is (blind8, the
    honest measure of round 8, was studied in round 9 and is trained on since)."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind7.jsonl" in TRAINING_FILES
