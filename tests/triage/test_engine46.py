"""Session 26's leak study, part 2 (README "Leak study, part 2 (session 26)"): an English
message with no leak phrase at all is a leak by the model alone only from
LEAK_BARE_MODEL_MIN["en"] (0.58), not 0.5.
a. English, nothing of water named (not even a cancelled or dated leak phrase): the model
   between 0.5 and 0.58 says no leak; from 0.58 it says one, and the reasons name the model;
b. look-alikes that stay as they were: a Chinese message (0.5), an English message with a weak
   leak phrase ('frozen pipe': the model from 0.5 where nothing else decides), an English
   message with an active leak phrase (the phrase decides) or a cancelled one (no leak), and
   the call-back field.
Each rule is tried with a model that gives fixed probabilities, on either side of its limit."""

from __future__ import annotations

import pytest

from caredesk.triage import engine
from caredesk.triage.engine import message_decide, message_prepare


class _FixedModel:
    """A model that gives the same probabilities to every message."""

    rule_scale = 0.0

    def __init__(self, p_leak: float, p_callback: float = 0.1) -> None:
        self.p_leak = p_leak
        self.p_callback = p_callback

    def predict(self, *, text, rules=None):
        return {
            "urgency": {"emergency": 0.05, "urgent": 0.15, "normal": 0.7, "low": 0.1},
            "leak_related": {"false": 1 - self.p_leak, "true": self.p_leak},
            "category": {"maintenance": 0.9, "general": 0.1},
            "needs_callback": {"false": 1 - self.p_callback, "true": self.p_callback},
        }


def _prepared(rules, body: str, subject: str = ""):
    return message_prepare(rules=rules, channel="email", subject=subject, body=body)


def _decide(rules, body: str, p_leak: float, *, subject: str = "", p_callback: float = 0.1):
    return message_decide(
        prepared=_prepared(rules, body, subject), model=_FixedModel(p_leak, p_callback)
    )


def _leak_hits(rules, body: str, subject: str = "") -> list:
    return [h for h in _prepared(rules, body, subject).hits if h.phrase.field == "leak_related"]


def test_the_limit():
    assert pytest.approx(0.58) == engine.LEAK_BARE_MODEL_MIN["en"]
    assert "zh" not in engine.LEAK_BARE_MODEL_MIN  # Chinese keeps 0.5


@pytest.mark.parametrize(
    "subject, body",
    [
        ("Hallway fan", "The exhaust fan at the end of the second floor hallway hums all night."),
        ("WO 6120", "WO 6120: storm door closer on unit 14 adjusted, it shuts on its own now."),
        ("Opener", "The garage door opener for bay 9 needs two or three clicks to move the door."),
    ],
)
def test_an_english_message_with_nothing_of_water_needs_the_model_at_058(
    shipped_rules, subject, body
):
    assert not _leak_hits(shipped_rules, body, subject)
    for p in (0.5, 0.53, 0.57):
        assert _decide(shipped_rules, body, p, subject=subject).leak_related is False
    said = _decide(shipped_rules, body, 0.58, subject=subject)
    assert said.leak_related is True
    assert [r.rule for r in said.reasons if r.field == "leak_related"] == ["model: 0.58"]
    assert _decide(shipped_rules, body, 0.7, subject=subject).leak_related is True


@pytest.mark.parametrize(
    "body",
    ["请问小区新装的快递柜在几号楼旁边？", "会所健身房的跑步机皮带跑偏了，跑起来咔咔响。"],
)
def test_a_chinese_message_keeps_the_half(shipped_rules, body):
    assert not _leak_hits(shipped_rules, body)
    assert _decide(shipped_rules, body, 0.49).leak_related is False
    assert _decide(shipped_rules, body, 0.5).leak_related is True
    assert _decide(shipped_rules, body, 0.55).leak_related is True


def test_a_weak_leak_phrase_leaves_the_model_its_half(shipped_rules):
    # 'frozen pipe' (0.6) names water without deciding: the model decides from 0.5 as before
    body = "We have a frozen pipe in the laundry room this morning, the washer gets nothing."
    hits = _leak_hits(shipped_rules, body)
    assert hits and all(h.status == "active" and h.weight < 1.0 for h in hits)
    assert _decide(shipped_rules, body, 0.49).leak_related is False
    assert _decide(shipped_rules, body, 0.55).leak_related is True


def test_an_active_leak_phrase_still_decides(shipped_rules):
    body = "Water is dripping from the bathroom ceiling onto the floor."
    hits = _leak_hits(shipped_rules, body)
    assert any(h.status == "active" and h.value == "true" and h.weight >= 1.0 for h in hits)
    assert _decide(shipped_rules, body, 0.2).leak_related is True
    assert _decide(shipped_rules, body, 0.55).leak_related is True


def test_a_cancelled_leak_phrase_still_rules_a_leak_out(shipped_rules):
    body = "My inbox has been flooded with spam since the portal update."
    hits = _leak_hits(shipped_rules, body)
    assert hits and all(h.status != "active" for h in hits if h.value == "true")
    assert _decide(shipped_rules, body, 0.9).leak_related is False


def test_the_callback_field_keeps_its_limit(shipped_rules):
    body = "The exhaust fan at the end of the second floor hallway hums all night."
    ours = _decide(shipped_rules, body, 0.55, p_callback=engine.CALLBACK_MODEL_MIN)
    assert ours.needs_callback is True
