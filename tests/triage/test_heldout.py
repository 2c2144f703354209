"""The shipped model and phrases reach the project's targets on the held-out messages.

data/corpus/heldout.jsonl is never read by training; a change to the phrases or the model that
makes triage worse on it fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from caredesk.triage.evaluation import TARGETS, evaluate
from caredesk.triage.model import shipped_model
from caredesk.triage.services import message_triage
from caredesk.triage.training import corpus_read

HELDOUT = Path(__file__).resolve().parents[2] / "caredesk/triage/data/corpus/heldout.jsonl"


@pytest.fixture(scope="module")
def evaluation(shipped_rules):
    model = shipped_model()
    return evaluate(
        examples=corpus_read([HELDOUT]),
        decide=lambda e: message_triage(
            channel=e.channel,
            subject=e.subject,
            body=e.body,
            from_name=e.from_name,
            from_email=e.from_email,
            rules=shipped_rules,
            model=model,
        ),
    )


def test_the_held_out_set_is_big_enough_and_bilingual(evaluation):
    """At least 200 held-out messages, at least a third of them Chinese."""
    assert evaluation.count("all") >= 200
    assert evaluation.count("zh") >= evaluation.count("all") / 3


@pytest.mark.parametrize("lang", ["en", "zh", "all"])
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
def test_the_shipped_triage_meets_each_target(evaluation, lang, target):
    """Each target figure is met in English, in Chinese and overall."""
    assert evaluation.figures(lang)[target.name] >= target.minimum
