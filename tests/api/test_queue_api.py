"""POST /api/v1/queue/next and the claim endpoints: the same queue as the desk's button."""

from __future__ import annotations

from caredesk.actions.models import ActionItem
from tests.api.test_api import api_for


def test_next_claims_the_emergency_first_and_answers_204_when_nothing_is_due(desk):
    normal = desk.email_from_owner("Parking permit")
    emergency = desk.email_from_owner("Water pouring through my ceiling right now")
    assert ActionItem.objects.get(pk=emergency.pk).urgency == "emergency"
    carla, sam = api_for(desk.csr), api_for(desk.second_csr)

    first = carla.post("/queue/next", {})
    second = sam.post("/queue/next", {})
    again = carla.post("/queue/next", {})

    assert first.status_code == 200 and first.json()["id"] == emergency.pk
    assert first.json()["claimed_by"] == "carla-csr" and first.json()["claimed_until"]
    assert second.json()["id"] == normal.pk
    assert again.json()["id"] == emergency.pk  # still hers: no skipping
    assert api_for(desk.lead).post("/queue/next", {}).status_code == 204


def test_a_held_item_is_refused_to_others_and_a_lead_reassigns_it(desk):
    item = desk.email_from_owner("Gate code")
    carla, sam, lead = api_for(desk.csr), api_for(desk.second_csr), api_for(desk.lead)
    carla.post("/queue/next", {})

    refused = sam.post(f"/items/{item.pk}/step", {"to_step": "question-manager"})
    not_a_lead = sam.post(f"/items/{item.pk}/assign", {"user": "sam-csr"})
    assigned = lead.post(f"/items/{item.pk}/assign", {"user": "sam-csr", "note": "Carla left"})
    moved = sam.post(f"/items/{item.pk}/step", {"to_step": "question-manager"})

    assert refused.status_code == 403 and "Carla Csr is working on item" in refused.json()["detail"]
    assert not_a_lead.status_code == 400
    assert assigned.json()["claimed_by"] == "sam-csr" and assigned.json()["claimed_until"] is None
    assert moved.status_code == 200 and moved.json()["claimed_by"] is None


def test_release_gives_the_item_back_to_the_queue(desk):
    item = desk.email_from_owner("Pool hours")
    carla, sam = api_for(desk.csr), api_for(desk.second_csr)
    carla.post("/queue/next", {})

    assert sam.post(f"/items/{item.pk}/release", {}).status_code == 400
    released = carla.post(f"/items/{item.pk}/release", {"note": "Needs the manager"})

    assert released.status_code == 200 and released.json()["claimed_by"] is None
    assert sam.post("/queue/next", {}).json()["id"] == item.pk


def test_homeowners_cannot_use_the_queue(desk, django_user_model, client):
    owner = django_user_model.objects.create_user("pat-portal", password="x-123-pw-long")
    desk.email_from_owner("Hello")

    assert api_for(owner).post("/queue/next", {}).status_code == 403
