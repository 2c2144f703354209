"""Round 9: blind9, this round's honest measure, is never trained on."""

from __future__ import annotations

from caredesk.triage.training import TRAINING_FILES


def test_blind9_and_the_other_honest_sets_are_never_trained_on():
    """blind9 (this round's honest measure), blind3b and heldout are not training files."""
    assert not {"blind9.jsonl", "blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
