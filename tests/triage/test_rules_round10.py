"""Round 10: from blind9's mistakes. blind9 is trained on since; blind10, this round's honest
measure, never is."""

from __future__ import annotations

from caredesk.triage.training import TRAINING_FILES

# --------------------------------------------------------------------------- the sets


def test_blind10_and_the_other_honest_sets_are_never_trained_on():
    """blind10 (this round's honest measure), blind3b and heldout are not training files."""
    assert not {"blind10.jsonl", "blind3b.jsonl", "heldout.jsonl"} & set(TRAINING_FILES)
