# ruff: noqa: E501
"""Round 49: from blind51's mistakes, with fresh sentences, each kind beside its look-alike or its
real emergency. Missed emergencies: a blow to the head with a sign of concussion, a child who
swallowed magnets or a button battery (maintenance, whatever was asked first), a trench caved in on
someone (maintenance, not the gate code asked for), a ceiling light dripping after a tank burst
whose tube went out with a bang (zh: 灭了 after a lamp is no fire put out). False alarms: debris
burnt in the open with its smoke blowing over (urgent, violation). Urgency: lights out on an icy
path are urgent; water shut off by owners going away is no outage. Category: a spring or a strap
that snapped and struck someone is maintenance; someone shut in a room whose door will not open
from inside is maintenance (zh); a court's lights asked to stay on later are the court's amenity.
Kinds of lines the retrain on blind51 moved (a clothes rack stuck with nothing fallen, a stranger
who left when asked, zh). Round 49's label conventions (relabel_round49.py) and the sets."""

from __future__ import annotations

import pytest

from caredesk.triage.training import NEVER_TRAINED, TRAINING_FILES
from tests.triage.corpus_rows import relabel_dry_run, trained_rows

# (subject, body, field, expected)
ROWS = [
    # a blow to the head with a sign of concussion now: an emergency, however hedged
    (
        "Swing set",
        "Not sure it's a big deal, but the swing's chain hit my daughter on the side of the head and now she's confused and keeps asking where her shoes are. Building F playground.",
        "urgency",
        "emergency",
    ),
    (
        "Low beam in the storage room",
        "Maybe I'm overreacting: my husband struck his forehead on the low beam in our storage room and twenty minutes later he threw up twice and says the light hurts.",
        "urgency",
        "emergency",
    ),
    # ...beside a bump with no sign: not an emergency
    (
        "Foam on the beam",
        "Could someone put foam padding on the low beam in our storage room? Tall people keep hitting their heads on it, no one hurt so far.",
        "urgency",
        "normal",
    ),
    # a child who swallowed magnets or a button battery: an emergency, maintenance
    (
        "Guest parking question",
        "How many guest parking passes can we have for a weekend? Also my toddler swallowed two of the tiny magnets from the fridge letters and is crying that her belly hurts. Unit 12.",
        "urgency",
        "emergency",
    ),
    (
        "Guest parking question",
        "How many guest parking passes can we have for a weekend? Also my toddler swallowed two of the tiny magnets from the fridge letters and is crying that her belly hurts. Unit 12.",
        "category",
        "maintenance",
    ),
    (
        "Battery",
        "My little boy swallowed a button battery from the garage remote, he's drooling and crying and says his throat hurts.",
        "urgency",
        "emergency",
    ),
    # ...beside magnets and batteries with nobody swallowing anything
    (
        "Remote for the gate",
        "The remote for the garage gate died. Which button battery does it take, and do you have spares at the office?",
        "urgency",
        "normal",
    ),
    # debris burnt in the open with smoke blowing over: urgent, a violation
    (
        "Landscapers burning debris",
        "The landscapers are burning yard debris on the lawn behind building 2 and grey smoke is drifting into our bedrooms. Can someone make them stop?",
        "urgency",
        "urgent",
    ),
    (
        "Landscapers burning debris",
        "The landscapers are burning yard debris on the lawn behind building 2 and grey smoke is drifting into our bedrooms. Can someone make them stop?",
        "category",
        "violation",
    ),
    # ...beside a burn pile that got away: an emergency
    (
        "Landscapers burning debris",
        "The landscapers were burning yard debris behind building 2 and now the fence and the hedge are on fire and it's spreading toward the carports.",
        "urgency",
        "emergency",
    ),
    # lights out on an icy path: urgent; lights out alone stay normal
    (
        "Stair lights",
        "The lights on the outside stairs to the parking deck went out and the steps are icy this morning. Could someone fix them today?",
        "urgency",
        "urgent",
    ),
    (
        "Stair lights",
        "The lights on the outside stairs to the parking deck went out. Could someone take a look this week?",
        "urgency",
        "normal",
    ),
    # water shut off by owners going away: no outage
    (
        "Away for two weeks",
        "FYI we'll be away until the 3rd, the heat is set low and the water is turned off at the main. No need to do anything.",
        "urgency",
        "low",
    ),
    # ...beside a cut by someone else: urgent
    (
        "No water",
        "The water is shut off in our whole building and nobody told us why. We have a newborn, when will it be back?",
        "urgency",
        "urgent",
    ),
    # a spring, a strap or a cable that snapped and struck someone: maintenance
    (
        "Pool deck",
        "At the pool deck the bungee holding the shade sail snapped and hit her across the cheek, she has a deep cut and it won't stop bleeding.",
        "category",
        "maintenance",
    ),
    # a trench caved in on someone: an emergency, maintenance
    (
        "Crew at lot 12",
        "Our contractor's ditch next to lot 12 collapsed on one of the workers, his legs are pinned and he's yelling. We need the gate opened for the fire truck.",
        "urgency",
        "emergency",
    ),
    (
        "Crew at lot 12",
        "Our contractor's ditch next to lot 12 collapsed on one of the workers, his legs are pinned and he's yelling. We need the gate opened for the fire truck.",
        "category",
        "maintenance",
    ),
    # ...beside a trench left open: not an emergency
    (
        "Ditch at lot 12",
        "The contractor left the ditch next to lot 12 open over the weekend with no fence. Could they cover it before the kids are out of school?",
        "urgency",
        "urgent",
    ),
    # someone shut in a room whose door will not open from inside: maintenance (zh)
    (
        "桑拿房出不来",
        "会所桑拿房的门锁坏了，从里面推不开，我爸爸一个人关在里面快半小时了，里面越来越热。",
        "category",
        "maintenance",
    ),
    # ...beside a lock that will not open from outside: access
    (
        "储物间门锁",
        "地下室储物间的门锁坏了，钥匙插进去拧不动，麻烦派人来换个锁芯。",
        "category",
        "access",
    ),
    # 灭了 after a lamp is no fire put out (zh): water still in the light is an emergency
    (
        "楼上水管爆了",
        "楼上的水管爆了，水从天花板往下流，客厅吊灯里在滴水，灯泡啪一声灭了，家里还有老人。",
        "urgency",
        "emergency",
    ),
    # ...beside a fire put out: past
    (
        "厨房起火",
        "刚才厨房锅里起火了，我用锅盖盖住，火已经灭了，现在没事了，就是墙熏黑了一块。",
        "urgency",
        "low",
    ),
    # a court's lights asked to stay on later: the court's amenity
    (
        "Basketball court lights",
        "The basketball court lights shut off at 9 every night. Could the timer be pushed back to 11 on weekends?",
        "category",
        "amenity",
    ),
    # ...beside lights on a wrong timer: maintenance (round 47)
    (
        "Basketball court lights",
        "Since the clocks changed the basketball court lights come on at 2 in the afternoon and go off at 7, the timer must be wrong.",
        "category",
        "maintenance",
    ),
    # kinds of lines the retrain on blind51 moved: a clothes rack stuck with nothing fallen
    (
        "Drying rack",
        "The ceiling clothes rack in our laundry room is stuck halfway and won't come down. Nothing fell, just annoying. Can someone come today?",
        "urgency",
        "normal",
    ),
    # ...a stranger who left when asked who he was (zh)
    (
        "停车场有人",
        "今天上午有个人在地库挨个看车窗，保安问他是干嘛的，他就走了。请回个电话。",
        "urgency",
        "normal",
    ),
]


@pytest.mark.parametrize(("subject", "body", "name", "expected"), ROWS)
def test_round49_kinds(triage, subject, body, name, expected):
    result = triage(body, subject=subject)
    assert getattr(result, name) == expected


# ---------------------------------------- round 49's label conventions (relabel_round49.py)


def test_the_relabel_script_changes_nothing_more():
    assert "0 lines relabelled" in relabel_dry_run("relabel_round49.py")


def test_round49_conventions_hold_in_the_corpus():
    rows = trained_rows()
    assert rows["b51-en-026"]["category"] == "access"  # an overlock, paid or not
    assert rows["b51-en-056"]["category"] == "non_human"  # a newsletter
    assert rows["b51-en-032"]["category"] == "general"  # an insurance question
    assert rows["tr-0099"]["category"] == "amenity"  # a court's lights to stay on later


# ---------------------------------------- the sets


def test_blind51_is_trained_on():
    assert "blind51.jsonl" in TRAINING_FILES
    assert "blind51.jsonl" not in NEVER_TRAINED
