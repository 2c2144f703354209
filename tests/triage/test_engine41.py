# ruff: noqa: E501
"""Session 25's cue study (README "Cue study (session 25)"): a look-alike, negation or past cue
speaks for its own clause and its trigger's, not for the whole message.
a. when the model is sure of an emergency on the whole message (CUE_SCOPE_MODEL_MIN, 0.8) and
   still finds one reading the message without those clauses (CUE_SCOPE_MIN, 0.6), the cues do
   not take it away (a man hanging off a fire escape, a sofa still burning after a power strip's
   fire was put out); the reasons say so;
b. the veto stands when the danger is told in the cue's own clause or its trigger's, when a past
   cue dates its trigger from the next clause, when the model is less sure, and whatever the
   model says when the cue is a calming one (it speaks for the whole message).
The sentences are fresh: none is a line of a set or of the corpus."""

from __future__ import annotations

import pytest

from caredesk.triage import engine
from caredesk.triage.engine import cue_outside, cue_words, message_decide, message_prepare
from caredesk.triage.model import model_text


class _WordModel:
    """A model sure of an emergency (p_high) where one of its words is in the text, not (0.1)
    elsewhere."""

    rule_scale = 0.0

    def __init__(self, words: tuple[str, ...], p_high: float = 0.95) -> None:
        self.words, self.p_high = words, p_high

    def predict(self, *, text, rules=None):
        p = self.p_high if any(w in text for w in self.words) else 0.1
        rest = 1.0 - p
        return {
            "urgency": {
                "emergency": p,
                "normal": rest * 0.6,
                "urgent": rest * 0.3,
                "low": rest * 0.1,
            },
            "leak_related": {"false": 0.9, "true": 0.1},
            "category": {"maintenance": 0.9, "general": 0.1},
            "needs_callback": {"false": 0.9, "true": 0.1},
        }


def _decide(rules, body: str, model, subject: str = ""):
    prepared = message_prepare(rules=rules, channel="email", subject=subject, body=body)
    return message_decide(prepared=prepared, model=model)


def _demoted(rules, body: str) -> list:
    prepared = message_prepare(rules=rules, channel="email", subject="", body=body)
    hits = [h for h in prepared.hits if h.phrase.field == "urgency"]
    assert not any(h.value == "emergency" and h.status == "active" for h in hits)  # the premise
    return [h for h in hits if h.value == "emergency" and h.status != "active"]


def test_the_limits_are_ordered():
    assert pytest.approx(0.6) == engine.CUE_SCOPE_MIN
    assert pytest.approx(0.8) == engine.CUE_SCOPE_MODEL_MIN
    assert engine.EMERGENCY_MIN < engine.CUE_SCOPE_MIN < engine.CUE_SCOPE_MODEL_MIN


# ------------------------------------------------------------ the clauses left to the model


def _text(body: str, subject: str = "") -> str:
    return model_text(channel="email", sender="", subject=subject, body=body)


def test_the_clause_of_a_word_is_left_out_and_the_others_kept():
    text = _text(
        "Bikes are chained to the fire escape. A painter hangs from a rope, it is fraying."
    )
    rest = cue_outside(text, {"fire escape"})
    assert "fire escape" not in rest
    assert "a painter hangs from a rope, it is fraying." in rest


def test_a_chinese_clause_ends_at_a_comma():
    rest = cue_outside(_text("暖风机的火扑灭了，地毯还在烧，往床边蔓延。"), {"扑灭"})
    assert "扑灭" not in rest and "暖风机" not in rest
    assert "地毯还在烧，往床边蔓延。" in rest


def test_a_word_across_two_clauses_leaves_out_both():
    rest = cue_outside(
        _text("someone grilled by the garage door; the smoke came in. Rain later."),
        {"grilled by the garage door; the smoke"},
    )
    assert rest.endswith("| rain later.")


def test_nothing_is_left_when_every_clause_of_the_body_holds_a_word():
    """The subject and the sender alone are no reading of the message."""
    assert (
        cue_outside(_text("The fire escape rattles.", subject="A man is trapped"), {"fire escape"})
        == ""
    )


def test_a_past_cue_takes_its_own_clause_and_its_triggers(shipped_rules):
    demoted = _demoted(shipped_rules, "二楼走廊昨晚有一股烧焦味，今早已经没有了。")
    words = cue_words(demoted)
    assert any(h.status == "past" for h in demoted)
    assert cue_outside(_text("二楼走廊昨晚有一股烧焦味，今早已经没有了。"), words) == ""


# ------------------------------------------------------------ a. the cues' veto lifted

FIRE_ESCAPE = "The fire escape needs paint. A roofer lost his footing and is hanging by his hands from the gutter."


def test_a_danger_in_another_clause_than_the_look_alike_is_an_emergency(shipped_rules):
    assert _demoted(shipped_rules, FIRE_ESCAPE)
    result = _decide(shipped_rules, FIRE_ESCAPE, _WordModel(("hanging",)))
    assert result.urgency == "emergency"
    notes = [r.note for r in result.reasons if r.field == "urgency"]
    assert any("look-alike" in n and "outside the cues' clauses: 0.95" in n for n in notes)


def test_a_danger_after_a_past_cue_in_another_clause_is_an_emergency(shipped_rules):
    body = "暖风机着火了，暖风机的火扑灭了，地毯那边越来越烫，往床边蔓延。"
    assert any(h.status == "past" for h in _demoted(shipped_rules, body))
    assert _decide(shipped_rules, body, _WordModel(("地毯",))).urgency == "emergency"


# ------------------------------------------------------------ b. the cues' veto stands


def test_the_veto_stands_when_the_danger_is_in_the_cues_own_clause(shipped_rules):
    body = "A roofer is hanging by his hands from the fire escape."
    assert _demoted(shipped_rules, body)
    assert _decide(shipped_rules, body, _WordModel(("hanging",))).urgency != "emergency"


def test_the_veto_stands_when_a_past_cue_dates_the_clause_before_it(shipped_rules):
    """楼道里…煤气味，现在已经停了: the cue has no danger of its own, it dates the smell."""
    body = "楼梯间刚才有一股煤气味，这会儿已经停了。"
    assert any(h.status == "past" for h in _demoted(shipped_rules, body))
    assert (
        _decide(shipped_rules, body, _WordModel(("楼梯", "煤气", "停"), 0.99)).urgency
        != "emergency"
    )


@pytest.mark.parametrize("p_high", [0.7, 0.79])
def test_the_veto_stands_below_the_models_limit_on_the_whole_message(shipped_rules, p_high):
    assert (
        _decide(shipped_rules, FIRE_ESCAPE, _WordModel(("hanging", "fire"), p_high)).urgency
        != "emergency"
    )


def test_the_veto_stands_when_the_rest_is_no_emergency_to_the_model(shipped_rules):
    """The model sure of the whole message for the look-alike's words only."""
    assert _decide(shipped_rules, FIRE_ESCAPE, _WordModel(("fire escape",))).urgency != "emergency"


@pytest.mark.parametrize(
    "body",
    [
        "The hallway rail wobbles when it rains. A kid swings on it and it leans over the stairwell.",
        "阳台栏杆有点晃，不着急，孩子在上面爬。",
    ],
)
def test_a_calming_cue_speaks_for_the_whole_message(shipped_rules, body):
    prepared = message_prepare(rules=shipped_rules, channel="email", subject="", body=body)
    assert any(h.phrase.kind == "contained" for h in prepared.hits)  # the premise: a calming cue
    assert (
        _decide(shipped_rules, body, _WordModel(("kid", "孩子", "rail", "栏杆"), 0.99)).urgency
        != "emergency"
    )


# ------------------------------------------------------------ the shipped model


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Fire escape",
            "The fire escape on the north side is loose. A roofer slipped off the ledge and is clinging to the gutter three floors up.",
        ),
        (
            "Fire escape",
            "Our fire escape gate is rusted shut, and a boy is stuck out there on the narrow ledge crying, the ledge is cracking.",
        ),
        (
            "Fire escape",
            "Someone chained a bike to the fire escape. A window washer's rope snapped and he is dangling by one strap outside the 9th floor.",
        ),
        ("沙发", "插线板着火了，插线板上的火扑灭了，沙发布还在烧，火往窗帘上蹿。"),
    ],
)
def test_emergencies_the_cues_used_to_veto(triage, subject, body):
    assert triage(body, subject=subject).urgency == "emergency"


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Fire escape",
            "The fire escape stairs are rusty and the paint is peeling, could someone look at them this month?",
        ),
        (
            "Drill",
            "The fire drill went fine, thanks. The alarm was loud but everyone got out in four minutes.",
        ),
        ("大堂", "孩子们在大堂打水仗，地上湿了一片，保洁已经拖干了。"),
        ("火锅", "昨晚吃火锅，酒精炉的火苗窜了一下，马上扑灭了，没事。"),
        ("煤气", "楼道里刚才有一股煤气味，现在已经停了。"),
    ],
)
def test_look_alikes_and_past_events_stay_no_emergency(triage, subject, body):
    assert triage(body, subject=subject).urgency != "emergency"
