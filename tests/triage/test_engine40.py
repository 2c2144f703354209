"""Session 24's leak study (README "Leak study (session 24)"): the model's probability of a leak
is shown to the decisive leak phrases.
a. a decisive leak phrase does not decide against a model below LEAK_PHRASE_MODEL_MIN (0.08):
   the model is sure the word is used in another sense ("leaked my number", "flooded with
   spam"); the reasons name the phrase, overruled;
b. from that limit the phrase decides as before, and the model alone still needs 0.5;
c. a 'false' phrase, and a look-alike, negation or a reply's quoted subject that cancels every
   leak phrase, still rule a leak out however sure the model is (the study found no gain out of
   fold in lifting them);
d. the call-back field is not touched.
Each rule is tried with a model that gives fixed probabilities, on either side of its limit."""

from __future__ import annotations

import pytest

from caredesk.triage import engine
from caredesk.triage.engine import message_prepare
from tests.triage.fixed_model import field_hits, fixed_decide


def test_the_limit():
    assert pytest.approx(0.08) == engine.LEAK_PHRASE_MODEL_MIN
    assert engine.LEAK_PHRASE_MODEL_MIN < 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Water is dripping from the ceiling onto the kitchen floor.",
        "阳台的雨水倒灌进客厅，地板全湿了。",
    ],
)
def test_a_decisive_leak_phrase_gives_way_to_a_sure_model(shipped_rules, body):
    hits = field_hits(shipped_rules, body, "leak_related")
    assert any(h.status == "active" and h.value == "true" and h.weight >= 1.0 for h in hits)
    below = fixed_decide(shipped_rules, body, p_leak=0.05)
    assert below.leak_related is False
    notes = [r.note for r in below.reasons if r.field == "leak_related"]
    assert any(n.startswith("overruled by the model: 0.05") for n in notes)
    assert any(r.rule == "model: 0.95" for r in below.reasons if r.field == "leak_related")
    assert fixed_decide(shipped_rules, body, p_leak=0.08).leak_related is True
    assert fixed_decide(shipped_rules, body, p_leak=0.3).leak_related is True


def test_the_model_alone_still_needs_a_half(shipped_rules):
    # in Chinese; an English message with no leak phrase at all needs 0.58 since session 26
    # (tests/triage/test_engine46.py)
    body = "请问下一次业主大会是什么时候开？"
    assert not field_hits(shipped_rules, body, "leak_related")
    assert fixed_decide(shipped_rules, body, p_leak=0.49).leak_related is False
    assert fixed_decide(shipped_rules, body, p_leak=0.5).leak_related is True
    body = "Could you tell me when the next board meeting is?"
    assert not field_hits(shipped_rules, body, "leak_related")
    assert fixed_decide(shipped_rules, body, p_leak=0.57).leak_related is False
    assert fixed_decide(shipped_rules, body, p_leak=0.58).leak_related is True


def test_a_look_alike_still_rules_a_leak_out_against_a_sure_model(shipped_rules):
    body = "My inbox is flooded with spam since I signed up on the resident portal."
    hits = field_hits(shipped_rules, body, "leak_related")
    assert hits and all(h.status != "active" for h in hits if h.value == "true")
    assert fixed_decide(shipped_rules, body, p_leak=0.99).leak_related is False


def test_a_quoted_subject_still_rules_a_leak_out_against_a_sure_model(shipped_rules):
    subject = "Re: water dripping from the ceiling"
    body = "Thanks, what time will the painter come on Thursday?"
    hits = field_hits(shipped_rules, body, "leak_related", subject)
    assert hits and all(h.status == "quoted" for h in hits if h.value == "true")
    assert fixed_decide(shipped_rules, body, p_leak=0.97, subject=subject).leak_related is False


def test_the_callback_field_is_not_touched(shipped_rules):
    body = "Please call me back on my mobile as soon as you can."
    prepared = message_prepare(rules=shipped_rules, channel="email", subject="", body=body)
    deciding = [
        h
        for h in prepared.hits
        if h.phrase.field == "needs_callback" and h.value == "true" and h.status == "active"
    ]
    assert deciding
    assert fixed_decide(shipped_rules, body, p_leak=0.01, p_callback=0.01).needs_callback is True


def test_personal_data_leaked_is_no_water_leak(triage):
    # the shipped model is sure of it (0.05 at session 24), the phrase 'leaked' is not
    result = triage(
        "Our names and unit numbers were leaked to a marketing company by someone in the "
        "office. Who shared them?"
    )
    assert result.leak_related is False
    notes = [r.note for r in result.reasons if r.field == "leak_related"]
    assert any(n.startswith("overruled by the model") for n in notes)
