"""Phone messages, call-backs and account notes in the staff pages (Django's test client)."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client

from caredesk.actions.models import ActionItem
from caredesk.actions.services import queue_next
from caredesk.calls.models import CallAttempt
from caredesk.core.clock import frozen_at
from caredesk.directory.models import Person
from caredesk.notes.models import AccountNote
from tests.calls.helpers import LEAK, NOT_LEAK, START, phone_message

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_receptionists_form_makes_a_flagged_phone_message_linked_by_phone(desk):
    from caredesk.directory.services import contact_phone_add

    contact_phone_add(person=desk.owner.person, phone="949 555 0101")
    client = _client(desk.outsider)  # any staff user may take a message
    assert client.get("/phone-messages/new/").status_code == 200
    response = client.post(
        "/phone-messages/new/",
        {
            "caller_name": "Pat Lee",
            "phone": "(949) 555-0101",
            "unit_or_account": "",
            "message": "Water dripping from the bathroom ceiling.",
            "wants_callback": "on",
        },
        follow=True,
    )
    item = ActionItem.objects.get()
    assert f"Phone message #{item.pk} is in CC Priority" in response.content.decode()
    assert item.is_flagged and item.needs_callback and item.channel == "pre"
    assert item.account == desk.owner and item.inbox.name == "CC Priority"


def test_a_form_without_what_the_caller_said_is_shown_again_and_saves_nothing(desk):
    response = _client(desk.csr).post(
        "/phone-messages/new/", {"caller_name": "Pat", "phone": "949 555 0101"}
    )
    assert response.status_code == 200 and b"This field is required" in response.content
    assert not ActionItem.objects.exists()


def test_homeowners_and_strangers_never_reach_the_call_pages(desk, django_user_model):
    item = phone_message(desk, NOT_LEAK)
    pat_login = django_user_model.objects.create_user("pat", password="pw-for-tests-only-123")
    Person.objects.filter(pk=desk.owner.person_id).update(user=pat_login)
    pat = _client(pat_login)
    for path in ("/callbacks/", "/phone-messages/new/"):
        assert pat.get(path).status_code == 403
        assert Client().get(path).status_code == 302  # to the sign-in page
    assert pat.post(f"/items/{item.pk}/calls/", {"outcome": "reached"}).status_code == 403
    posted = pat.post(f"/people/{desk.owner.person_id}/notes/", {"text": "hi"})
    assert posted.status_code == 403
    assert not CallAttempt.objects.exists() and not AccountNote.objects.exists()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(desk.lead)
    assert strict.post(f"/items/{item.pk}/calls/", {"outcome": "reached"}).status_code == 403


def test_the_item_page_shows_the_script_and_logs_a_call(desk):
    with frozen_at(START):
        item = phone_message(desk, LEAK)
        queue_next(user=desk.csr)
        client = _client(desk.csr)
        page = client.get(f"/items/{item.pk}/").content.decode()
        assert "returning a call for Pat Lee" in page and "Carla Csr from" in page
        assert "attempt 0 of 3 made" in page
        response = client.post(f"/items/{item.pk}/calls/", {"outcome": "no_answer", "note": "x"})
    assert response.status_code == 302 and response["Location"] == "/callbacks/"
    item.refresh_from_db()
    assert item.due_at == START + datetime.timedelta(minutes=30)


def test_a_csr_adds_an_account_note_from_the_item_page(desk):
    item = phone_message(desk, NOT_LEAK)
    client = _client(desk.csr)
    page = client.get(f"/items/{item.pk}/").content.decode()
    assert "Legal action threatened" in page  # a quick-note template to start from
    response = client.post(
        f"/people/{desk.owner.person_id}/notes/",
        {
            "text": "Customer said they will take legal action.",
            "item": item.pk,
            "account": desk.owner.pk,
            "next": f"/items/{item.pk}/",
        },
    )
    assert response["Location"] == f"/items/{item.pk}/"
    note = AccountNote.objects.get()
    assert (note.author, note.account, note.item, note.is_automatic) == (
        desk.csr,
        desk.owner,
        item,
        False,
    )
    assert "take legal action" in client.get(f"/items/{item.pk}/").content.decode()
    offsite = client.post(
        f"/people/{desk.owner.person_id}/notes/", {"text": "x", "next": "https://evil.example/"}
    )
    assert offsite["Location"] == "/"


def test_the_callbacks_page_does_not_query_per_row(desk, django_assert_max_num_queries):
    client = _client(desk.csr)
    phone_message(desk, NOT_LEAK)
    with django_assert_max_num_queries(20) as few:
        assert client.get("/callbacks/").status_code == 200
    for _ in range(15):
        phone_message(desk, LEAK)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get("/callbacks/").content.decode()
    assert page.count("0 of 3") == 15
