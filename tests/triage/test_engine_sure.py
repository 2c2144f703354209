# ruff: noqa: E501
"""Session 28's sure model (README "Sure model (session 28)", engine.MODEL_SURE_MIN): a model
sure of an emergency (0.85 or more) says so against a veto of the topic, a weak calming cue, a
past or negated trigger; a look-alike, a strong calming cue,
a strong urgent phrase and a decisive normal or low phrase still stand against it; it needs a
message with a sender (the model learnt from lines that all have one); a machine's message
stays low. The limit tests fix the model's probabilities (fixed_model.py); the sentences are
fresh, none a line of a set or of the corpus."""

from __future__ import annotations

import pytest

from caredesk.triage import engine
from caredesk.triage.rules import STRONG
from caredesk.triage.services import message_triage
from tests.triage.fixed_model import field_hits, fixed_decide

SENDER = "resident.4b@example.com"


def test_the_limit_lies_above_the_others():
    assert pytest.approx(0.85) == engine.MODEL_SURE_MIN
    assert engine.MODEL_SURE_MIN > engine.CUE_SCOPE_MODEL_MIN > engine.EMERGENCY_MIN


# ------------------------------------------------------------ what a sure model overrules

OVERRULED = [
    # a veto of the topic: a complaint's category, no phrase of an emergency
    (
        "The people across the hall leave their bags of trash on the landing for days.",
        "complaint",
        None,
    ),
    # a weak calming cue (weight 1.5)
    ("The wallpaper in the hall has bubbled up.", "maintenance", "contained"),
    ("墙纸起泡了，摸着有点潮。", "maintenance", "contained"),
    # a trigger dated past by a cue of its own clause
    (
        "There was a burning smell from the dryer vent earlier but it has stopped.",
        "maintenance",
        "past",
    ),
]


def _from_resident(rules, subject: str, body: str):
    """The shipped model's decision on an e-mail from a resident (a sender: the sure model
    speaks only then)."""
    return message_triage(
        channel="email", subject=subject, body=body, from_email=SENDER, rules=rules
    )


def _premise(rules, body: str, kind: str | None) -> None:
    hits = field_hits(rules, body, "urgency")
    assert not any(h.value == "emergency" and h.status == "active" for h in hits)
    if kind == "contained":
        assert any(h.phrase.kind == "contained" and h.weight < STRONG for h in hits)
        assert not any(h.phrase.kind == "contained" and h.weight >= STRONG for h in hits)
    elif kind == "past":
        assert any(h.status == "past" for h in hits)
    else:
        assert not hits


@pytest.mark.parametrize("body, category, kind", OVERRULED)
def test_a_sure_model_overrules_a_veto_or_a_weak_cue(shipped_rules, body, category, kind):
    _premise(shipped_rules, body, kind)
    result = fixed_decide(shipped_rules, body, sender=SENDER, p_emergency=0.85, category=category)
    assert result.urgency == "emergency"
    reasons = [r for r in result.reasons if r.field == "urgency"]
    assert reasons[0].rule == "model: 0.85"
    if kind:
        assert any(r.note == "overruled by the model: 0.85" for r in reasons)


@pytest.mark.parametrize("body, category, kind", OVERRULED)
def test_below_the_limit_the_veto_or_the_cue_stands(shipped_rules, body, category, kind):
    result = fixed_decide(shipped_rules, body, sender=SENDER, p_emergency=0.84, category=category)
    assert result.urgency != "emergency"


@pytest.mark.parametrize("body, category, kind", OVERRULED)
def test_with_no_sender_the_veto_or_the_cue_stands(shipped_rules, body, category, kind):
    """The model's probability runs higher on a message with no sender: it is not trusted."""
    result = fixed_decide(shipped_rules, body, p_emergency=0.99, category=category)
    assert result.urgency != "emergency"


# ------------------------------------------------------------ what stands against it

STANDING = [
    # a look-alike: the trigger read in its harmless sense
    ("The smoke detector chirps every minute.", "lookalike"),
    # a strong calming cue
    ("Every time it rains the porch rail wobbles.", "calm"),
    # a strong urgent phrase: no heat with nobody frail
    (
        "We've run out of heating oil and the furnace is off. It's 50 in here, just me and my husband, we're fine with blankets.",
        "urgent",
    ),
    # a decisive phrase of a normal message
    ("The bathroom fan rattles, whenever you have time.", "normal"),
]


@pytest.mark.parametrize("body, kind", STANDING)
def test_a_look_alike_a_strong_cue_or_phrase_stands_against_a_sure_model(shipped_rules, body, kind):
    hits = field_hits(shipped_rules, body, "urgency")
    assert not any(h.value == "emergency" and h.status == "active" for h in hits)
    assert engine._standing(hits)
    if kind == "lookalike":
        assert any(h.status == "lookalike" for h in hits)
    elif kind == "calm":
        assert any(h.phrase.kind == "contained" and h.weight >= STRONG for h in hits)
    elif kind == "urgent":
        assert any(h.value == "urgent" and h.weight >= STRONG for h in hits)
    else:
        assert any(h.value == "normal" and h.status == "active" for h in hits)
    result = fixed_decide(shipped_rules, body, sender=SENDER, p_emergency=0.99)
    assert result.urgency != "emergency"


def test_a_machines_message_stays_low(shipped_rules):
    body = "I am out of the office until Monday with limited access to email."
    result = fixed_decide(
        shipped_rules, body, sender="noreply@example.com", p_emergency=0.99, category="non_human"
    )
    assert result.category == "non_human"
    assert result.urgency == "low"


# ------------------------------------------------------------ the shipped model, with a sender

EMERGENCIES = [
    # a person hurt now in a message about a parcel, no phrase of an emergency: the parcel
    # veto took both away before (normal)
    (
        "Package question",
        "Is my package in the locker? Also the courier's cart rolled back down the ramp over a little girl's foot and she can't stand on it, her mom is crying.",
    ),
    (
        "快递",
        "我的快递到了吗？还有，刚才快递员的三轮车从坡上溜下来，压到一个小孩的脚，孩子站不起来了。",
    ),
]


@pytest.mark.parametrize("subject, body", EMERGENCIES)
def test_a_person_hurt_now_is_an_emergency(shipped_rules, subject, body):
    assert not [
        h
        for h in field_hits(shipped_rules, body, "urgency", subject)
        if h.value == "emergency" and h.status == "active"
    ]
    result = _from_resident(shipped_rules, subject, body)
    assert result.urgency == "emergency"


LOOK_ALIKES = [
    ("Flag", "The flag at the entrance is hanging upside down."),
    ("Branch", "A tree branch is hanging low over the sidewalk."),
    ("墙纸", "次卧的墙纸鼓起来了，里面好像有水。"),
    ("吵", "隔壁孩子在里面哭了一晚上，吵死了。"),
    ("阳台", "楼上总往下扔烟头，我家阳台上全是。"),
    (
        "Heat",
        "Heat's out in the storage building and it's going down to minus 5 tonight; my father's antique desk is in unit 12.",
    ),
    (
        "Smell",
        "There's a stench of rotting garbage from the unit across the hall and maggots are crawling out under the door.",
    ),
]


@pytest.mark.parametrize("subject, body", LOOK_ALIKES)
def test_look_alikes_with_a_sender_are_no_emergency(shipped_rules, subject, body):
    result = _from_resident(shipped_rules, subject, body)
    assert result.urgency != "emergency"


RUBBISH = [
    (
        "Smell",
        "There's a stench of rotting garbage from the unit across the hall and maggots are crawling out under the door.",
    ),
    (
        "Bins",
        "The bins behind building 2 haven't been collected in ten days, they reek and there are flies everywhere.",
    ),
    ("垃圾", "楼道里那几袋垃圾放了一个礼拜，馊臭得不行，袋子下面都生蛆了。"),
]


@pytest.mark.parametrize("subject, body", RUBBISH)
def test_rubbish_named_as_the_smells_source_is_a_strong_calming_cue(shipped_rules, subject, body):
    hits = field_hits(shipped_rules, body, "urgency", subject)
    assert any(h.phrase.kind == "contained" and h.weight >= STRONG for h in hits)
    assert engine._standing(hits)
    assert fixed_decide(shipped_rules, body, sender=SENDER, p_emergency=0.99).urgency != (
        "emergency"
    )


SMELLS_OF_DEATH = [
    (
        "Welfare check",
        "Nobody has seen the man in 3C for ten days, his mail is piling up and a smell like something dead is coming from his door; the garbage chute is right next to it.",
    ),
    ("Smoke", "The trash room smells of burning garbage and there is smoke coming under its door."),
    ("邻居", "对门的老太太快两个星期没见了，门口一股很重的尸臭味，垃圾也没扔，敲门也没人应。"),
]


@pytest.mark.parametrize("subject, body", SMELLS_OF_DEATH)
def test_a_smell_of_death_or_of_burning_beside_the_rubbish_is_still_an_emergency(
    shipped_rules, subject, body
):
    assert _from_resident(shipped_rules, subject, body).urgency == "emergency"
