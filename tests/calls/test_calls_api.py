"""/api/v1/: log a call, list the callbacks, read and write a homeowner's account notes."""

from __future__ import annotations

import datetime

import pytest

from caredesk.actions.services import queue_next
from caredesk.core.clock import frozen_at
from caredesk.directory.models import Person
from tests.api.test_api import api_for
from tests.calls.helpers import LEAK, NOT_LEAK, START, phone_message

pytestmark = pytest.mark.django_db


def test_a_call_logged_through_the_api_returns_the_item_with_its_attempts(desk):
    api = api_for(desk.csr)
    with frozen_at(START):
        item = phone_message(desk, LEAK)
        queue_next(user=desk.csr)
        response = api.post(f"/items/{item.pk}/calls", {"outcome": "no_answer", "note": "rang 8x"})
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["call_attempts"], body["call_attempts_required"]) == (1, 3)
    assert datetime.datetime.fromisoformat(body["due_at"]) == START + datetime.timedelta(minutes=30)
    assert body["calls"][0]["outcome"] == "no_answer" and body["calls"][0]["caller"] == "carla-csr"
    assert body["from_phone"] == "+19495550101"

    with frozen_at(START + datetime.timedelta(minutes=1)):
        early = api.post(f"/items/{item.pk}/calls", {"outcome": "no_answer"})
        unknown = api.post(f"/items/{item.pk}/calls", {"outcome": "hung_up"})
    assert early.status_code == 403 and "queue" in early.json()["detail"]
    assert unknown.status_code == 422


def test_the_callbacks_list_says_what_is_due_and_how_many_attempts_were_made(desk):
    api = api_for(desk.csr)
    with frozen_at(START):
        leak = phone_message(desk, LEAK)
        queue_next(user=desk.csr)
        api.post(f"/items/{leak.pk}/calls", {"outcome": "left_voicemail"})
        other = phone_message(desk, NOT_LEAK)
        rows = api.get("/callbacks").json()["items"]
    assert [
        (r["id"], r["when"], r["call_attempts"], r["call_attempts_required"]) for r in rows
    ] == [
        (other.pk, "due_now", 0, 1),
        (leak.pk, "due_later", 1, 3),
    ]
    assert rows[0]["phones"] == ["+19495550101"]


def test_account_notes_are_read_and_written_by_staff_only(desk, django_user_model):
    with frozen_at(START):
        item = phone_message(desk, NOT_LEAK)
        queue_next(user=desk.csr)
        api = api_for(desk.csr)
        api.post(f"/items/{item.pk}/calls", {"outcome": "no_voicemail"})
    person = desk.owner.person
    with frozen_at(START + datetime.timedelta(minutes=5)):
        written = api.post(
            f"/people/{person.pk}/notes",
            {"text": "Verified by email.", "account": desk.owner.number},
        )
    assert written.status_code == 201 and written.json()["automatic"] is False
    notes = api.get(f"/people/{person.pk}/notes").json()["items"]
    assert [(n["automatic"], n["author"]) for n in notes] == [(False, "carla-csr"), (True, None)]
    assert "no voicemail was available" in notes[1]["text"] and notes[1]["item"] == item.pk
    wrong = api.post(f"/people/{person.pk}/notes", {"text": "x", "account": "NOPE"})
    assert wrong.status_code == 400
    assert api.get("/people/999999/notes").status_code == 404

    pat_login = django_user_model.objects.create_user("pat", password="pw-for-tests-only-123")
    Person.objects.filter(pk=person.pk).update(user=pat_login)
    pat = api_for(pat_login)
    assert pat.get(f"/people/{person.pk}/notes").status_code == 403
    assert pat.get("/callbacks").status_code == 403
    assert pat.post(f"/items/{item.pk}/calls", {"outcome": "reached"}).status_code == 403
