"""Triage test helpers: the shipped rules and model, and a one-call triage."""

from __future__ import annotations

import pytest

from caredesk.triage.model import shipped_model
from caredesk.triage.rules import RuleSet, default_phrases
from caredesk.triage.services import TriageResult, message_triage


@pytest.fixture(scope="session")
def shipped_rules() -> RuleSet:
    return RuleSet.from_phrases(default_phrases())


@pytest.fixture
def triage(shipped_rules):
    """message_triage with the shipped phrases and model (no database needed)."""

    def run(body: str, *, subject: str = "", channel: str = "email") -> TriageResult:
        return message_triage(
            channel=channel, subject=subject, body=body, rules=shipped_rules, model=shipped_model()
        )

    return run
