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
from tests.triage.fixed_model import field_hits, fixed_decide


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
    assert not field_hits(shipped_rules, body, "leak_related", subject)
    for p in (0.5, 0.53, 0.57):
        assert fixed_decide(shipped_rules, body, p_leak=p, subject=subject).leak_related is False
    said = fixed_decide(shipped_rules, body, p_leak=0.58, subject=subject)
    assert said.leak_related is True
    assert [r.rule for r in said.reasons if r.field == "leak_related"] == ["model: 0.58"]
    assert fixed_decide(shipped_rules, body, p_leak=0.7, subject=subject).leak_related is True


@pytest.mark.parametrize(
    "body",
    ["请问小区新装的快递柜在几号楼旁边？", "会所健身房的跑步机皮带跑偏了，跑起来咔咔响。"],
)
def test_a_chinese_message_keeps_the_half(shipped_rules, body):
    assert not field_hits(shipped_rules, body, "leak_related")
    assert fixed_decide(shipped_rules, body, p_leak=0.49).leak_related is False
    assert fixed_decide(shipped_rules, body, p_leak=0.5).leak_related is True
    assert fixed_decide(shipped_rules, body, p_leak=0.55).leak_related is True


def test_a_weak_leak_phrase_leaves_the_model_its_half(shipped_rules):
    # 'frozen pipe' (0.6) names water without deciding: the model decides from 0.5 as before
    body = "We have a frozen pipe in the laundry room this morning, the washer gets nothing."
    hits = field_hits(shipped_rules, body, "leak_related")
    assert hits and all(h.status == "active" and h.weight < 1.0 for h in hits)
    assert fixed_decide(shipped_rules, body, p_leak=0.49).leak_related is False
    assert fixed_decide(shipped_rules, body, p_leak=0.55).leak_related is True


def test_an_active_leak_phrase_still_decides(shipped_rules):
    body = "Water is dripping from the bathroom ceiling onto the floor."
    hits = field_hits(shipped_rules, body, "leak_related")
    assert any(h.status == "active" and h.value == "true" and h.weight >= 1.0 for h in hits)
    assert fixed_decide(shipped_rules, body, p_leak=0.2).leak_related is True
    assert fixed_decide(shipped_rules, body, p_leak=0.55).leak_related is True


def test_a_cancelled_leak_phrase_still_rules_a_leak_out(shipped_rules):
    body = "My inbox has been flooded with spam since the portal update."
    hits = field_hits(shipped_rules, body, "leak_related")
    assert hits and all(h.status != "active" for h in hits if h.value == "true")
    assert fixed_decide(shipped_rules, body, p_leak=0.9).leak_related is False


def test_the_callback_field_keeps_its_limit(shipped_rules):
    body = "The exhaust fan at the end of the second floor hallway hums all night."
    ours = fixed_decide(shipped_rules, body, p_leak=0.55, p_callback=engine.CALLBACK_MODEL_MIN)
    assert ours.needs_callback is True
