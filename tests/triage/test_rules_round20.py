"""Round 20: a carbon monoxide detector that lets out an alarm or shows a reading is going off; no
heat with a baby born days or weeks ago is an emergency; a limb or hair held by a pool's suction
or drain is an emergency; a burglar still inside, going through things, is a security emergency;
an emergency whose gas or fire phrase names maintenance is maintenance whatever the message asked
first (an invoice, a parcel); a gate's hours are access; a drain cleared is no leak; a message
that only thanks or praises is low. From blind19's missed English emergencies (a CO detector
reading 180, twins born three weeks ago with the boiler out, a child's arm in a spa's suction
grate) and its category, urgency and leak mistakes, with fresh sentences. Also round 20's label
conventions (a question that asks for the minutes is normal; a broken entry door anyone can walk
through is access). blind19 is trained on since; blind20, this round's honest measure, never is."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"
RELABEL = ROOT / "scripts/triage/relabel_round20.py"

# ------------------------------------------------------------ a CO detector going off


@pytest.mark.parametrize(
    "body",
    [
        "The carbon monoxide detector by the furnace let out a loud alarm an hour ago and keeps "
        "at it. My son says he feels sick to his stomach.",
        "Our CO detector's display reads 95 and it gave a long tone twice. We're outside.",
        "The carbon monoxide detector in the nursery is shrieking nonstop and the baby is "
        "fussy and queasy.",
    ],
)
def test_a_co_detector_that_lets_out_an_alarm_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "Do we need a carbon monoxide detector in the garage unit, or only in the bedrooms?",
        "The carbon monoxide detector chirps every minute, I think the battery is low.",
    ],
)
def test_a_co_detector_talked_about_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


# ------------------------------------------------------------------- no heat, a newborn


@pytest.mark.parametrize(
    "body",
    [
        "Furnace quit around midnight and it's 40 in the bedroom. Our daughter was born ten "
        "days ago.",
        "We just brought home our new baby and the heating has been off since Sunday, it's "
        "snowing.",
    ],
)
def test_no_heat_with_a_baby_born_days_ago_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_no_heat_with_nobody_vulnerable_is_not_an_emergency(triage):
    body = "The boiler's out again in building 6 and it's freezing. Can someone come today?"
    assert triage(body).urgency == "urgent"


# -------------------------------------------------------------------- a pool's suction


@pytest.mark.parametrize(
    "body",
    [
        "A girl's hair got caught in the drain at the bottom of the kiddie pool and she can't "
        "lift her head up.",
        "My son's foot is stuck in the skimmer intake of the hot tub and the jets are on.",
        "儿童池里有个小孩的头发被池底的排水口吸住了，拉不起来！",
    ],
)
def test_a_limb_held_by_a_pools_suction_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_a_grate_that_is_only_loose_is_no_emergency(triage):
    body = "The drain grate at the shallow end of the pool is loose, could someone screw it down?"
    assert triage(body).urgency != "emergency"


# ------------------------------------------------------------------- a burglar inside


def test_a_burglar_still_inside_is_a_security_emergency(triage):
    body = (
        "Someone kicked in the back door of the clubhouse and he's still inside rummaging "
        "through the cabinets. I'm in my car outside."
    )
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "security"


def test_a_window_smashed_with_someone_climbing_in_is_security(triage):
    body = "A man shattered the glass of unit 4's slider and just climbed in, nobody is home."
    assert triage(body).category == "security"


# ------------------------------------------------- an emergency's category over a fee


@pytest.mark.parametrize(
    "body",
    [
        "想问下今年的车位管理费怎么交。另外我家楼道里燃气管那边一直滋滋响，闻着有臭鸡蛋味。",
        "我的快递放哪了？还有，厨房里有很重的臭鸡蛋味，我先把孩子带出去了。",
    ],
)
def test_a_gas_emergency_is_maintenance_whatever_was_asked_first(triage, body):
    result = triage(body)
    assert result.urgency == "emergency"
    assert result.category == "maintenance"


def test_a_fee_question_without_an_emergency_keeps_its_category(triage):
    assert triage("今年的车位管理费怎么交？在哪里开发票？").category == "billing"


# ------------------------------------------------------------------------- gate hours


@pytest.mark.parametrize(
    "body",
    ["小区北门早上几点开门？", "What time does the back gate lock at night?"],
)
def test_a_gates_hours_are_access(triage, body):
    assert triage(body).category == "access"


# ----------------------------------------------------------------------- a drain cleared


@pytest.mark.parametrize(
    "body",
    [
        "工单6120：12栋301厨房下水管已疏通，试水排水通畅，关闭。",
        "WO 7731: kitchen sink line snaked in unit 9C, drains fine now. Closed.",
    ],
)
def test_a_drain_cleared_is_no_leak(triage, body):
    assert not triage(body).leak_related


def test_a_drain_cleared_with_water_on_the_floor_is_still_a_leak(triage):
    assert triage("地漏疏通以后还是往外冒水，卫生间地上全是水。").leak_related


# -------------------------------------------------------------------- thanks and praise


@pytest.mark.parametrize(
    "body",
    [
        "Huge thanks to Priya at the front desk, she tracked down our lost parcel in minutes.",
        "The repainted crosswalks by the playground look great.",
        "Thank you to the plumber who came Tuesday, the vanity is bone dry now.",
    ],
)
def test_a_message_that_only_thanks_or_praises_is_low(triage, body):
    assert triage(body).urgency == "low"


@pytest.mark.parametrize(
    "body",
    [
        "The lobby looks great. Could someone also replace the bulb by the mailboxes?",
        "Thank you! When will the gate be fixed?",
        "Thanks for the quick reply. Could you also send me the pool pass form?",
        "谢谢师傅。请问楼下的信箱钥匙在哪里配？",
    ],
)
def test_thanks_with_something_asked_is_not_low(triage, body):
    """The model alone said low to thanks followed by a question (round 20's probes)."""
    assert triage(body).urgency == "normal"


def test_thanks_with_a_question_for_today_can_still_be_urgent(triage):
    body = "Thanks for the reply. Can someone come today? We are locked out of the unit."
    assert triage(body).urgency == "urgent"


# --------------------------------------------------------- pinned under something heavy


@pytest.mark.parametrize(
    "body",
    [
        "工地的钢管倒下来砸在一个工人身上，他起不来了，腿在流血。",
        "柜子倒了压在我老公腿上，我一个人搬不动，快来人。",
    ],
)
def test_someone_pinned_under_something_heavy_is_an_emergency_in_chinese(triage, body):
    """The cross-validation's one miss (blind19's 卷帘门…压在师傅腿上，几个人都抬不起来, out of
    its fold): 抬不起来's 不 must not negate it."""
    assert triage(body).urgency == "emergency"


def test_a_box_that_cannot_be_lifted_is_no_emergency(triage):
    assert triage("快递箱太重了，我一个人搬不动，能帮忙送上楼吗？").urgency != "emergency"


# ----------------------------------------- the retrained model: paperwork and weather


@pytest.mark.parametrize(
    "body",
    [
        "燃气灶的保修卡丢了，发票在哪里补？",
        "Where can I get a copy of the receipt for the furnace the board replaced?",
        "The patio slider won't lock and a big storm is expected tonight.",
        "卧室窗户合不上，今晚有台风，麻烦今天来看看。",
    ],
)
def test_paperwork_or_weather_on_its_way_is_no_emergency(triage, body):
    """The retrained model gave blind3b's window stuck open before a storm and round 19's
    燃气热水器的发票在哪里开 0.35, the threshold."""
    assert triage(body).urgency != "emergency"


def test_water_pouring_in_before_a_storm_is_still_an_emergency(triage):
    body = "Water is pouring through the bedroom ceiling and another storm is coming tonight."
    assert triage(body).urgency == "emergency"


# --------------------------------------------------------------------------- the corpus


def _relabel():
    spec = importlib.util.spec_from_file_location("relabel_round20", RELABEL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.relabel


def test_the_corpus_follows_round_20s_label_conventions():
    """Questions for the minutes are normal and broken entry doors access in every set: the
    script changes nothing more."""
    relabel = _relabel()
    for file in sorted(CORPUS.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert relabel(row) == row, (file.name, row["id"])


def test_the_conventions_relabel_what_they_name():
    relabel = _relabel()
    row = {
        "subject": "Minutes",
        "body": "Are the minutes of the March meeting online?",
        "urgency": "low",
        "category": "general",
    }
    assert relabel(row)["urgency"] == "normal"
    row = {
        "subject": "Newsletter",
        "body": "Our newsletter: the election results and the pool hours. Unsubscribe below.",
        "urgency": "low",
        "category": "non_human",
    }
    assert relabel(row)["urgency"] == "low"
    row = {
        "subject": "单元门",
        "body": "单元门的闭门器坏了，门合不上，陌生人随便进。",
        "urgency": "urgent",
        "category": "security",
    }
    assert relabel(row)["category"] == "access"
    row["body"] = "单元门老是被人用砖头顶着，陌生人随便进。"
    assert relabel(row)["category"] == "security"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind20, round 20's honest measure, was not
    then; round 21 studied it and trains on it); blind19, studied in round 20, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind19.jsonl" in TRAINING_FILES
