# ruff: noqa: E501
"""Round 39: from blind38's mistakes and round 38's leftovers, with fresh sentences, each with its
harmless look-alike or its real emergency. A gas hose that split is no water; a neighbour cutting
down the association's tree without approval is a violation; cameras dark with a guard wanted
tonight are urgent; a power tool waking people is a complaint; something closed by the rules and
used anyway is a violation; what workers left behind is maintenance; sympathies asking nothing are
low and general; a leak that stopped once the thing upstairs was turned off is over (zh); a
load-bearing wall knocked down now is urgent and a violation; a courier's documents at the desk
are a parcel; the office's phone never answered, with displeasure, is a complaint; a vendor
asking for the owner at home is normal (zh); a letter or a card of thanks is general; a CO alarm
installed last week and going off now is an emergency; insurance for a burst pipe asked in
general is no emergency and no leak; a flag hanging upside down is nobody hanging; a thing one
would like checked is maintenance; the office's own notice is general and a system's mailing
non_human. blind38 is trained on since; blind39, this round's honest measure, never is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from caredesk.triage.model import shipped_model
from caredesk.triage.rules import default_phrases, pattern_expand
from caredesk.triage.services import message_triage
from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"

# ---------------------------------------- a gas hose that split is no water


def test_a_propane_heater_with_a_split_hose_is_no_leak(triage):
    result = triage(
        "The propane heater on the patio has a split hose and it's hissing. We shut the tank valve.",
        subject="Patio heater",
    )
    assert result.leak_related is False


def test_a_washer_with_a_split_hose_spraying_water_is_a_leak(triage):
    result = triage(
        "The washing machine has a split hose and water is spraying across the laundry room floor.",
        subject="Laundry room",
    )
    assert result.leak_related is True
    assert result.urgency == "emergency"


# ---------------------------------------- the association's tree cut down without approval


def test_cutting_down_the_associations_trees_without_approval_is_a_violation(triage):
    result = triage(
        "The people at lot 9 have hired a crew that is chopping down the two maples on the greenbelt behind them. Those trees belong to the association and nobody approved it. Can someone stop this now?",
        subject="Trees on the greenbelt",
    )
    assert result.category == "violation"
    assert result.urgency == "urgent"


def test_a_tree_down_in_a_storm_to_remove_is_maintenance(triage):
    result = triage(
        "The big oak on the common came down in the storm across the path. Nobody's hurt. Could it be cut up and removed?",
        subject="Oak down",
    )
    assert result.category == "maintenance"


def test_a_neighbour_sawing_down_the_compounds_tree_is_a_violation_zh(triage):
    result = triage(
        "3栋一楼的业主找人正在锯楼前那棵桂花树，说挡他家光线，这是小区的绿化，没经过物业同意吧？能马上过来看看吗？",
        subject="锯树",
    )
    assert result.category == "violation"
    assert result.urgency == "urgent"


# ---------------------------------------- cameras dark with a guard wanted tonight


@pytest.mark.parametrize(
    "body",
    [
        "The cameras over the rear gate have been dead since this afternoon and the alarm company can't come till Tuesday. Can you send a patrol tonight?",
        "地库的监控从下午开始全黑了，保安说维修要明天才来，今晚能不能多派人巡逻？",
    ],
)
def test_cameras_dark_with_a_guard_wanted_tonight_are_urgent(triage, body):
    result = triage(body, subject="Cameras")
    assert result.urgency == "urgent"
    assert result.category == "security"


def test_a_camera_offline_for_weeks_is_normal(triage):
    result = triage(
        "The camera by the bike room has been offline for a couple of weeks. Could it be looked at when someone has time?",
        subject="Bike room camera",
    )
    assert result.urgency == "normal"


# ---------------------------------------- a power tool waking people: complaint


@pytest.mark.parametrize(
    "body",
    [
        "The owner of lot 30 runs a pressure washer on his driveway at 6:30 every Saturday and it wakes the whole street.",
        "隔壁每个周日早上七点就开吹叶机，吹半个多小时，把我们全楼都吵醒了。",
    ],
)
def test_a_power_tool_waking_people_is_a_complaint(triage, body):
    assert triage(body, subject="Early noise").category == "complaint"


def test_a_mower_left_on_the_common_against_the_rules_is_a_violation(triage):
    result = triage(
        "Lot 30 leaves his riding mower parked on the common lawn all week, which the rules don't allow.",
        subject="Mower on the common",
    )
    assert result.category == "violation"


# ---------------------------------------- closed by the rules and used anyway: violation


@pytest.mark.parametrize(
    "body",
    [
        "The pool storage room is locked under the building rules, but someone on 2 keeps propping it open and storing bikes inside.",
        "按物业规定天台是封闭的，但是有人天天把门打开上去晒被子，还在上面烧烤。",
    ],
)
def test_something_closed_by_the_rules_and_used_anyway_is_a_violation(triage, body):
    assert triage(body, subject="Rules").category == "violation"


def test_asking_whether_something_is_closed_by_the_rules_is_no_violation(triage):
    result = triage(
        "Is the rooftop deck closed under the rules in winter? We'd like to use it for a small party.",
        subject="Rooftop deck",
    )
    assert result.category != "violation"


# ---------------------------------------- what workers left behind: maintenance


@pytest.mark.parametrize(
    "body",
    [
        "The flooring crew left a heap of oily rags and two cans of thinner in the stairwell by the mailboxes. Could someone clear them out?",
        "装修队在楼道里留下了好几个油漆桶和一堆油抹布，一股味，麻烦派人清走。",
    ],
)
def test_what_workers_left_behind_is_maintenance(triage, body):
    result = triage(body, subject="Left behind")
    assert result.category == "maintenance"
    assert result.urgency == "normal"
    assert result.leak_related is False


# ---------------------------------------- sympathies asking nothing: low, general


@pytest.mark.parametrize(
    "body",
    [
        "Our deepest sympathies to the Nakamura family on the loss of Mrs. Nakamura. There's a guest book in the clubhouse.",
        "8栋的王老师昨天走了，节哀，大家有空可以去会所签个留言本。",
    ],
)
def test_sympathies_asking_nothing_are_low_and_general(triage, body):
    result = triage(body, subject="Sympathies")
    assert result.urgency == "low"
    assert result.category == "general"


def test_sympathies_with_a_request_are_not_low(triage):
    result = triage(
        "Our sympathies to the Nakamura family. Could the office send flowers on behalf of the board?",
        subject="Flowers",
    )
    assert result.urgency == "normal"


# ---------------------------------------- a leak stopped once the thing upstairs was off (zh)


def test_a_drip_that_stopped_when_the_ac_upstairs_was_turned_off_is_urgent_zh(triage):
    result = triage(
        "昨天晚上楼上冷凝水从我家厨房天花板往下滴，楼上关了空调以后就不滴了，可是吊顶有块软了，今天能派人看看吗？",
        subject="厨房吊顶",
    )
    assert result.urgency == "urgent"
    assert result.leak_related is True


def test_a_drip_through_the_ceiling_that_goes_on_is_an_emergency_zh(triage):
    result = triage(
        "楼上空调的冷凝水正从我家厨房天花板往下滴，一直滴，接了两盆了。", subject="厨房"
    )
    assert result.urgency == "emergency"


# ---------------------------------------- a load-bearing wall knocked down now


@pytest.mark.parametrize(
    "body",
    [
        "隔壁1203正在砸卫生间和厨房中间的承重墙，已经砸出一个大洞了，请赶紧派人来制止。",
        "The owner of 7B has a crew knocking out a load-bearing wall right now. Can someone stop them?",
    ],
)
def test_a_load_bearing_wall_knocked_down_now_is_urgent_and_a_violation(triage, body):
    result = triage(body, subject="Wall")
    assert result.urgency == "urgent"
    assert result.category == "violation"


def test_asking_whether_a_wall_is_load_bearing_is_architectural_zh(triage):
    result = triage(
        "想把厨房和客厅之间的墙打掉做开放式，不知道是不是承重墙，需要物业审批吗？", subject="问墙"
    )
    assert result.category == "architectural"
    assert result.urgency == "normal"


# ---------------------------------------- a courier's documents at the desk: parcel


@pytest.mark.parametrize(
    "body",
    [
        "护照的EMS快件被放在物业前台了，我明天一早的飞机，今晚能去拿吗？",
        "A FedEx envelope with my lease documents is held at the front desk and I need it before it closes at 6 today.",
    ],
)
def test_a_couriers_documents_at_the_desk_are_a_parcel(triage, body):
    assert triage(body, subject="Documents").category == "parcel"


def test_a_key_left_at_the_desk_is_access_zh(triage):
    result = triage("我把备用钥匙放在物业前台了，家政阿姨来了请给她。", subject="钥匙")
    assert result.category == "access"


# ---------------------------------------- the office's phone never answered: complaint


@pytest.mark.parametrize(
    "body",
    [
        "物业的电话打了三天都占线，问个事都问不到，很不满意，服务太差了。",
        "The office phone always goes to voicemail and nobody calls back. It's unacceptable.",
    ],
)
def test_the_office_phone_never_answered_is_a_complaint(triage, body):
    assert triage(body, subject="Phone").category == "complaint"


# ---------------------------------------- a vendor asking for the owner at home (zh)


def test_a_vendor_asking_for_the_owner_at_home_is_normal_zh(triage):
    result = triage(
        "佳美防水：工单6620，7栋1102阳台渗水，需业主周三下午在家配合检测，请物业帮忙通知。",
        subject="工单6620",
    )
    assert result.urgency == "normal"
    assert result.category == "work_order_update"


def test_a_vendors_closed_job_is_low_zh(triage):
    result = triage("佳美防水：工单6620，7栋1102阳台渗水已处理完毕，已完成。", subject="工单6620")
    assert result.urgency == "low"


# ---------------------------------------- a letter or a card of thanks: general


@pytest.mark.parametrize(
    "body",
    [
        "前台：7栋的业主刚送来一封感谢信，感谢保洁阿姨帮她找回了钱包，已贴在公告栏。",
        "Front desk: the resident of 5A dropped off a thank-you card for the maintenance team for fixing her dryer.",
    ],
)
def test_a_letter_or_a_card_of_thanks_is_general(triage, body):
    result = triage(body, subject="Thanks", channel="frontdesk")
    assert result.category == "general"
    assert result.urgency == "low"


# ---------------------------------------- round 38's leftovers


def test_a_co_alarm_installed_last_week_going_off_now_with_a_headache_is_an_emergency(triage):
    result = triage(
        "We installed a new CO alarm in the hallway last week and it's going off now, reading 180, and my wife has a headache.",
        subject="CO alarm",
    )
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "The CO alarm we installed last week beeps at 12 every night. Is the battery low?",
        "We installed the new CO alarms last week like the notice asked. Thanks for the reminder.",
    ],
)
def test_a_co_alarm_installed_last_week_and_beeping_at_night_is_no_emergency(triage, body):
    assert triage(body, subject="CO alarm").urgency != "emergency"


def test_insurance_for_a_burst_pipe_asked_in_general_is_no_emergency_and_no_leak(triage):
    result = triage(
        "Is water damage from a burst pipe covered by the association's master policy, or do I need my own?",
        subject="Insurance",
    )
    assert result.urgency == "normal"
    assert result.leak_related is False
    assert result.category == "general"


def test_a_pipe_that_burst_asked_about_its_cover_is_still_a_leak(triage):
    result = triage(
        "A pipe burst in my ceiling last week and soaked the bedroom. Will the master policy cover the repair?",
        subject="Claim",
    )
    assert result.leak_related is True


def test_a_flag_hanging_upside_down_is_no_emergency(triage):
    result = triage("The flag at the entrance is hanging upside down.", subject="Flag")
    assert result.urgency != "emergency"


def test_a_painter_hanging_from_a_roof_edge_is_an_emergency(triage):
    result = triage(
        "A painter slipped off the scaffold plank and is hanging from the roof edge by his hands, three floors up!",
        subject="Painter",
    )
    assert result.urgency == "emergency"


def test_a_thing_one_would_like_checked_is_maintenance(triage):
    result = triage(
        "Is the sump pump in our rental serviced every year? I'd like it checked.",
        subject="Sump pump",
    )
    assert result.category == "maintenance"


@pytest.mark.parametrize(
    ("body", "sender", "category"),
    [
        (
            "Notice to all residents: the painters will be on the east balconies of building C from Monday to Wednesday. Please bring in plants and chairs.",
            "notices@caredesk-demo.example",
            "general",
        ),
        (
            "计划停气通知：因管网改造，本周四8时至14时您所在区域暂停供气。此邮件由系统发送，请勿回复。",
            "noreply@notices.example",
            "non_human",
        ),
    ],
)
def test_the_offices_notice_is_general_and_a_systems_mailing_non_human(
    shipped_rules, body, sender, category
):
    result = message_triage(
        channel="email",
        subject="Notice",
        body=body,
        from_email=sender,
        rules=shipped_rules,
        model=shipped_model(),
    )
    assert result.category == category
    assert result.urgency == "low"


# ---------------------------------------- the phrases compile; the training files


def test_round_39_phrases_compile():
    phrases = [p for p in default_phrases() if (p.note or "").startswith("round 39:")]
    assert len(phrases) == 39
    for phrase in phrases:
        re.compile(pattern_expand(phrase.pattern))


def test_training_reads_blind38_and_round39():
    # blind39 was this round's honest set; it is trained on since round 40
    assert {"blind38.jsonl", "blind39.jsonl", "round39.jsonl"} <= set(TRAINING_FILES)
    rows = [
        json.loads(line)
        for line in (CORPUS / "blind39.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) == 120
    assert sum(r["lang"] == "en" for r in rows) == 60
    assert sum(r["urgency"] == "emergency" for r in rows) == 40
    # 28 as written; round 43's 闭水试验 convention (relabel_round43.py) made b39-zh-048 no leak
    assert sum(r["leak_related"] for r in rows) == 27
