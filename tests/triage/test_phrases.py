"""Leads' phrases in the database drive the rules; the defaults are loaded by a migration."""

from __future__ import annotations

import pytest

from caredesk.triage.models import TriagePhrase
from caredesk.triage.rules import default_phrases
from caredesk.triage.services import message_triage, rules_forget

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rules():
    rules_forget()
    yield
    rules_forget()


def urgency_of(body: str) -> str:
    return message_triage(channel="email", subject="", body=body).urgency


def test_the_migration_loads_the_shipped_phrases():
    """A migrated database holds every shipped phrase."""
    assert TriagePhrase.objects.count() == len(default_phrases())


def test_adding_a_phrase_in_the_database_changes_the_result():
    """Given a lead adds 'purple goo' as an emergency trigger, then a message with it is an
    emergency, with that phrase as its reason; deleting the phrase undoes it."""
    # the model: normal, and not so sure of it that a decisive emergency phrase is refused (the
    # engine wants the model's emergency at 0.02 at least; round 40's model gave the old
    # sentence, "... could someone clean it up?", 0.018, main's 0.020)
    body = "Purple goo is on the back stairs, could someone come and see?"
    assert urgency_of(body) != "emergency"
    phrase = TriagePhrase.objects.create(
        language="en", field="urgency", value="emergency", pattern="purple goo", weight=2
    )
    result = message_triage(channel="email", subject="", body=body)
    assert result.urgency == "emergency"
    assert any(r.rule == f"phrase:{phrase.pk}" for r in result.reasons)
    phrase.delete()
    assert urgency_of(body) != "emergency"


def test_deactivating_a_phrase_changes_the_result():
    """Given the 'gas smell' triggers are switched off, a gas smell is no longer decided by them."""
    body = "gas smell in the hall"
    before = message_triage(channel="email", subject="", body=body)
    assert before.urgency == "emergency"
    ids = [int(r.rule.split(":")[1]) for r in before.reasons if r.rule.startswith("phrase:")]
    for phrase in TriagePhrase.objects.filter(pk__in=ids):
        phrase.is_active = False
        phrase.save()
    after = message_triage(channel="email", subject="", body=body)
    assert not any(r.rule.startswith("phrase:") and int(r.rule[7:]) in ids for r in after.reasons)


def test_a_phrase_with_a_broken_pattern_is_refused():
    """full_clean refuses a pattern that is not a regular expression."""
    from django.core.exceptions import ValidationError

    phrase = TriagePhrase(language="en", field="urgency", value="urgent", pattern="(unclosed")
    with pytest.raises(ValidationError):
        phrase.full_clean()
