"""Triage on items: intake runs it, emergencies alert the desk, a CSR can overrule it."""

from __future__ import annotations

import pytest
from django.test import Client

from caredesk.actions.models import ItemEvent
from caredesk.actions.services import item_triage_overrule
from caredesk.api.services import token_create
from caredesk.core.errors import ApplicationError
from caredesk.staff.models import Notification
from caredesk.triage.models import TriageFeedback
from tests.mail import eml

pytestmark = pytest.mark.django_db


def test_a_ceiling_leak_email_becomes_an_emergency_with_reasons_and_alerts_the_csrs(desk):
    item = desk.email_from_owner(
        subject="Water coming through the ceiling",
        body="Water is pouring through my bathroom ceiling right now, please send someone!",
    )
    assert item.urgency == "emergency"
    assert item.is_leak_related
    assert item.category == "maintenance"
    reasons = item.triage["result"]["reasons"]
    assert any(reason["field"] == "urgency" and reason["phrase"] for reason in reasons)
    alerted = set(Notification.objects.filter(kind="emergency").values_list("user__username"))
    assert ("carla-csr",) in alerted
    assert ("mo-manager",) not in alerted


def test_a_plain_question_is_normal_and_alerts_nobody(desk):
    item = desk.email_from_owner(
        subject="Pool hours", body="Hello, what are the pool hours in winter? Thanks."
    )
    assert item.urgency in {"normal", "low"}
    assert not item.is_leak_related
    assert not Notification.objects.exists()


def test_a_follow_up_can_raise_urgency_but_never_lowers_it(desk):
    item = desk.email_from_owner(
        subject="Hallway", body="The hallway light is flickering.", message_id="h1@owner.example"
    )
    assert item.urgency != "emergency"
    worse = desk.receive(
        eml(
            sender="pat@example.com",
            subject="Re: Hallway",
            body="Now there is smoke coming out of the light fixture and a burning smell!",
            in_reply_to="h1@owner.example",
        )
    )
    assert worse.pk == item.pk and worse.urgency == "emergency"
    assert Notification.objects.filter(kind="emergency", user=desk.csr).count() == 1
    calmer = desk.receive(
        eml(
            sender="pat@example.com",
            subject="Re: Hallway",
            body="Thank you, all good now.",
            in_reply_to="h1@owner.example",
        )
    )
    assert calmer.urgency == "emergency"


def test_a_csr_overrules_triage_with_a_reason_kept_in_history_and_feedback(desk):
    item = desk.email_from_owner(
        subject="Water coming through the ceiling",
        body="Water is pouring through my bathroom ceiling right now!",
        message_id="leak1@owner.example",
    )
    with pytest.raises(ApplicationError, match="why"):
        item_triage_overrule(item=item, actor=desk.csr, field="urgency", value="urgent", reason="")
    item_triage_overrule(
        item=item,
        actor=desk.csr,
        field="urgency",
        value="urgent",
        reason="Called: the water is already shut off.",
    )
    item.refresh_from_db()
    assert item.urgency == "urgent"
    event = item.events.get(kind=ItemEvent.Kind.TRIAGE_CHANGED)
    assert (event.actor, event.data) == (
        desk.csr,
        {"field": "urgency", "from": "emergency", "to": "urgent"},
    )
    feedback = TriageFeedback.objects.get()
    assert (feedback.field, feedback.old_value, feedback.new_value) == (
        "urgency",
        "emergency",
        "urgent",
    )
    assert "pouring" in feedback.body
    # The person's word stands: the owner's next message does not undo it.
    again = desk.receive(
        eml(
            sender="pat@example.com",
            body="It is still pouring through the ceiling!",
            in_reply_to="leak1@owner.example",
        )
    )
    assert again.urgency == "urgent"


def test_overruling_through_the_api(desk):
    item = desk.email_from_owner(subject="Thanks", body="Thanks for fixing the gate!")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token_create(user=desk.csr)[1]}")
    response = client.post(
        f"/api/v1/items/{item.pk}/triage",
        {"field": "leak_related", "value": True, "reason": "The gate motor was flooded."},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["leak_related"] is True
    assert body["triage"]["overruled"]["leak_related"]["value"] is True
    bad = client.post(
        f"/api/v1/items/{item.pk}/triage",
        {"field": "urgency", "value": "panic", "reason": "x"},
        content_type="application/json",
    )
    assert bad.status_code == 400


def test_a_broken_triage_never_stops_mail_from_becoming_an_item(desk, monkeypatch):
    """Fault injection: triage raises; the item is still created, the error kept on it."""
    import caredesk.actions.services.triage as item_triage_module

    def broken(**_: object) -> None:
        raise RuntimeError("model file unreadable")

    monkeypatch.setattr(item_triage_module, "message_triage", broken)
    item = desk.email_from_owner(subject="Anything")
    assert item.pk is not None
    assert "model file unreadable" in item.triage["error"]
