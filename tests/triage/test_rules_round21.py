"""Round 21: someone trapped by a failed door, lock or lift, or pinned under something, is
entrapment and `maintenance`, someone shut in by another person `security` (the round's label
convention); a power line that came down is an emergency, and a hazard said to go on now is not
calmed by the storm it came after; no hot water, concrete falling and air through a gap are no
leak by the model alone; asking for a camera calms a model-only emergency; water pouring in now
makes an emergency `maintenance` whatever was asked first; what a card or a fob costs is
`access`; a short yes to what was proposed is `low`. From blind20's missed English emergency and
its category, leak and urgency mistakes, with fresh sentences. blind20 is trained on since;
blind21, this round's honest measure, never is."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk/triage/data/corpus"
RELABEL = ROOT / "scripts/triage/relabel_round21.py"

# ---------------------------------------------------------------- entrapment is maintenance


@pytest.mark.parametrize(
    "body",
    [
        "I was sorting boxes in unit 44 and the roll-up door dropped shut behind me, it won't "
        "budge from inside and the office is closed.",
        "My mother is stuck in her storage locker, the overhead door came down and jammed.",
        "The bathroom door lock jammed and my grandfather is stuck inside, he can't get out "
        "and isn't answering clearly.",
        "仓库的卷帘门突然落下来卡住了，我爸还在里面出不来。",
        "卫生间的门锁坏了，老人被关在里面出不来，敲门也不太回应。",
        "储物间的铁架子倒了，压在我老公身上，我们几个人都搬不动。",
    ],
)
def test_someone_trapped_by_a_door_or_a_lock_is_a_maintenance_emergency(triage, body):
    result = triage(body)
    assert (result.urgency, result.category) == ("emergency", "maintenance")


@pytest.mark.parametrize(
    "body",
    [
        "Someone latched the roll-up door of unit 12 from the outside with a kid inside yelling.",
        "有人把储物间的门从外面锁上了，里面有个小孩在哭喊。",
        "车里锁着一只狗，窗户都关着，外面三十多度。",
    ],
)
def test_someone_shut_in_by_another_person_or_in_a_car_is_security(triage, body):
    assert triage(body).category == "security"


def test_a_jammed_lock_with_nobody_inside_is_no_emergency(triage):
    assert triage("The bathroom lock is jammed, can someone come fix it this week?").urgency != (
        "emergency"
    )


# ------------------------------------------------------------------------ a power line down


@pytest.mark.parametrize(
    "body",
    [
        "A utility wire snapped off the pole behind building 3 during the night and is lying "
        "across the path to the pool.",
        "After the wind last night the service drop to our townhouse is hanging low over the "
        "driveway.",
        "The cable from the pole came down in the storm and now it's sparking in the puddle by "
        "the mailboxes.",
    ],
)
def test_a_power_line_down_is_an_emergency(triage, body):
    assert triage(body).urgency == "emergency"


def test_a_leak_only_after_a_storm_is_still_calm(triage):
    body = "The skylight drips a little after a storm, a towel catches it. Could someone reseal it?"
    assert triage(body).urgency != "emergency"


# ------------------------------------------------------------------------------ not water


@pytest.mark.parametrize(
    "body",
    [
        "There's been no hot water in the upstairs bath since yesterday, only the kitchen works.",
        "Chunks of plaster keep falling off the stairwell ceiling on the third floor.",
        "客厅的窗户关上了还是透风，晚上冷得很。",
        "家里两天没热水了，热水器也没报错。",
    ],
)
def test_no_hot_water_plaster_or_a_draught_is_no_leak(triage, body):
    assert not triage(body).leak_related


def test_plaster_falling_with_water_coming_through_is_a_leak(triage):
    body = "Chunks of plaster fell off the bathroom ceiling and water is pouring through the hole."
    assert triage(body).leak_related


# --------------------------------------------------------------------- asking for a camera


@pytest.mark.parametrize(
    "body",
    [
        "Somebody keeps dumping mattresses behind the compactor at night. Could we get a camera "
        "put up there?",
        "垃圾房最近老有人乱翻，能不能装个摄像头？",
    ],
)
def test_asking_for_a_camera_is_no_emergency(triage, body):
    assert triage(body).urgency != "emergency"


def test_an_intruder_now_with_a_camera_wish_is_still_an_emergency(triage):
    body = "A man just broke into the clubhouse and is inside right now. We need cameras there!"
    assert triage(body).urgency == "emergency"


# ---------------------------------------------------- water pouring in is maintenance first


@pytest.mark.parametrize(
    "body",
    [
        "请问访客车位怎么预约？另外我家厨房顶上在哗哗往下流水，已经流到客厅了。",
        "Quick question about the guest parking passes. Also water is pouring through our "
        "hallway ceiling right now.",
    ],
)
def test_water_pouring_in_after_another_question_is_maintenance(triage, body):
    result = triage(body)
    assert (result.urgency, result.category) == ("emergency", "maintenance")


# ------------------------------------------------------------- what a card or a fob costs


@pytest.mark.parametrize(
    "body",
    [
        "我女儿回来住一段时间，想给她办一张门禁卡，要交多少钱？",
        "How much does a spare key fob cost, and where do I pick it up?",
    ],
)
def test_what_a_card_or_a_fob_costs_is_access(triage, body):
    assert triage(body).category == "access"


# ------------------------------------------------------------------------ a short yes


@pytest.mark.parametrize("body", ["好的，就这么办，辛苦了。", "嗯，那就按你们说的办吧。"])
def test_a_short_yes_is_low_and_general(triage, body):
    result = triage(body)
    assert (result.urgency, result.category) == ("low", "general")


def test_a_yes_with_a_question_is_not_low(triage):
    assert triage("好的，就这么办。师傅几点能到？").urgency != "low"


# ------------------------------------- after the retrained model: a visit booked, a lock fixed


@pytest.mark.parametrize(
    "body",
    [
        "派单3391：下周二下午上门复查12栋302阳台渗水，请提前告知住户。",
        "Work order 7710: plumber scheduled for tomorrow morning to inspect the seepage under "
        "the kitchen sink in 5C.",
    ],
)
def test_a_work_order_booking_a_visit_later_is_normal(triage, body):
    assert triage(body).urgency == "normal"


@pytest.mark.parametrize(
    "body",
    [
        "多谢张师傅上午帮我们换好了门锁，很顺手。",
        "Thank you for repairing the pool gate latch so quickly.",
    ],
)
def test_thanks_for_a_lock_or_a_gate_fixed_is_no_leak(triage, body):
    assert not triage(body).leak_related


def test_thanks_for_a_window_leak_fixed_is_still_a_leak(triage):
    assert triage("Thanks for fixing the window leak in the bedroom, it's dry now.").leak_related


def test_a_door_inside_the_home_is_maintenance(triage):
    assert triage("次卧的门锁打不开了，钥匙也插不进去。").category == "maintenance"


@pytest.mark.parametrize(
    "body",
    [
        "Sprinkler inspection in buildings A and B on Tuesday, 10 am to 2 pm.",
        "前台：今天收到顺丰快递5件，已经通知业主来取。",
    ],
)
def test_a_notice_of_a_test_or_a_parcel_log_is_normal(triage, body):
    assert triage(body).urgency == "normal"


# --------------------------------------------------------------------------- the corpus


def _relabel():
    spec = importlib.util.spec_from_file_location("relabel_round21", RELABEL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.relabel


def test_the_corpus_follows_round_21s_label_convention():
    """Entrapment is maintenance in every set: the script changes nothing more."""
    relabel = _relabel()
    for file in sorted(CORPUS.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert relabel(row) == row, (file.name, row["id"])


def test_the_convention_relabels_what_it_names():
    relabel = _relabel()
    row = {
        "subject": "Unit 9",
        "body": "The roll-up door slammed down behind my husband and won't lift from the inside.",
        "urgency": "emergency",
        "category": "security",
    }
    assert relabel(row)["category"] == "maintenance"
    row["body"] = "Someone padlocked unit 9 from the outside while my husband was in it."
    assert relabel(row)["category"] == "security"


def test_the_honest_sets_are_never_trained_on():
    """blind3b and heldout are not training files (blind21, round 21's honest measure, was not
    then; round 22 studied it and trains on it); blind20, studied in round 21, is."""
    assert not {"blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
    assert "blind20.jsonl" in TRAINING_FILES
