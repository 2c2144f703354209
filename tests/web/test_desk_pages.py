"""The staff pages render for staff, refuse what they must, and do a bounded number of queries."""

from __future__ import annotations

import pytest
from django.test import Client

from caredesk.actions.models import ActionItem, ItemEvent
from caredesk.actions.services import queue_next
from caredesk.intake.services import message_receive
from caredesk.mailroom.models import Message, RawMessage
from tests.mail import eml


@pytest.fixture
def carla(desk) -> Client:
    client = Client()
    client.force_login(desk.csr)
    return client


@pytest.fixture
def lena(desk) -> Client:
    client = Client()
    client.force_login(desk.lead)
    return client


def _items(desk, count: int) -> list[ActionItem]:
    return [desk.email_from_owner(f"Question {n}", body=f"Body {n}") for n in range(count)]


def test_home_shows_the_inboxes_with_waiting_counts_and_my_items(desk, carla):
    _items(desk, 3)
    desk.email_from_owner("Water pouring through the ceiling now")

    page = carla.get("/").content.decode()

    assert "CC General" in page and "CC Priority" in page
    assert "4 waiting for you" in page
    assert 'id="next-item-form"' in page


def test_next_item_redirects_to_the_claimed_item_and_says_so_when_nothing_is_due(desk, carla):
    item = desk.email_from_owner("Pool key")

    taken = carla.post("/next/")
    assert taken.status_code == 302 and taken["Location"] == f"/items/{item.pk}/"
    item.refresh_from_db()
    assert item.claimed_by == desk.csr

    other = Client()
    other.force_login(desk.second_csr)
    nothing = other.post("/next/", follow=True)
    assert "Nothing is waiting for you" in nothing.content.decode()


def test_the_item_page_shows_the_conversation_owner_and_steps_to_the_holder(desk, carla):
    item = desk.email_from_owner("Gate code", body="What is the new gate code?")
    carla.post("/next/")

    page = carla.get(f"/items/{item.pk}/").content.decode()

    assert "What is the new gate code?" in page
    assert "Pat Lee" in page and desk.owner.number in page
    assert "Question for Manager" in page and 'id="reply-body"' in page
    assert "Received: forwarded to the manager" in page  # a canned answer to insert
    assert f'hx-get="/kb/suggest/{item.pk}/"' in page  # suggested articles load beside it
    assert carla.get(f"/kb/suggest/{item.pk}/").status_code == 200


def test_a_csr_who_did_not_take_the_item_reads_it_but_gets_no_step_buttons(desk):
    item = desk.email_from_owner("Gate code")
    sam = Client()
    sam.force_login(desk.second_csr)

    page = sam.get(f"/items/{item.pk}/").content.decode()

    assert "This item waits in the queue" in page
    assert 'id="reply-body"' not in page
    skipped = sam.post(f"/items/{item.pk}/step/", {"to_step": "question-manager"}, follow=True)
    assert "Take items with Next item" in skipped.content.decode()
    queue_next(user=desk.csr)
    refused = sam.post(f"/items/{item.pk}/step/", {"to_step": "question-manager"}, follow=True)
    assert "Someone else is working on this item" in refused.content.decode()
    item.refresh_from_db()
    assert item.step.code == "review-message"


def test_stepping_from_the_page_writes_history_and_a_stale_form_is_refused(desk, carla, lena):
    item = desk.email_from_owner("Parking")
    carla.post("/next/")
    step = item.action_type.steps.get(code="question-manager")

    carla.post(f"/items/{item.pk}/step/", {"to_step": step.pk, "note": "Ask Mo", "version": 0})
    stale = lena.post(  # the lead opened the page before Carla moved it
        f"/items/{item.pk}/step/", {"to_step": "closed", "version": 0}, follow=True
    ).content.decode()

    item.refresh_from_db()
    assert item.step.code == "question-manager"
    assert item.events.filter(kind=ItemEvent.Kind.STEPPED, note="Ask Mo").exists()
    assert "changed by" in stale


def test_an_orphan_is_attached_from_the_search_dialog(desk, carla):
    item = desk.receive(eml(sender="stranger@example.org", subject="Who handles parking?"))
    results = carla.get(f"/items/{item.pk}/attach/search/", {"q": "Pat"}).content.decode()
    assert desk.owner.number in results

    carla.post(f"/items/{item.pk}/attach/", {"account": desk.owner.pk})

    item.refresh_from_db()
    assert item.account == desk.owner and item.link == ActionItem.Link.LINKED


def test_all_items_filters_and_searches_in_chinese(desk, carla):
    leak = desk.receive(
        eml(sender="王芳 <wang@example.com>", subject="楼上漏水", body="天花板滴水")
    )
    _items(desk, 2)

    found = carla.get("/items/", {"q": "漏水"}).content.decode()
    assert f"#{leak.pk}" in found and "Question 0" not in found
    orphans = carla.get("/items/", {"orphan": "1"}).content.decode()
    assert f"#{leak.pk}" in orphans and "Question 1" not in orphans


def test_search_results_page_on_without_counting_every_match(desk, carla, monkeypatch):
    """A search reads one row past the page to know whether an "Older" page follows."""
    from caredesk.web.views import lists

    monkeypatch.setattr(lists, "PAGE_SIZE", 2)
    items = _items(desk, 5)  # newest first: 4, 3 | 2, 1 | 0

    first = carla.get("/items/", {"q": "Body"}).content.decode()
    assert f"#{items[4].pk}<" in first and f"#{items[2].pk}<" not in first
    assert "page=2" in first and "Page 1" in first and "Page 1 of" not in first
    last = carla.get("/items/", {"q": "Body", "page": "3"}).content.decode()
    assert f"#{items[0].pk}<" in last and "page=4" not in last and "page=2" in last
    beyond = carla.get("/items/", {"q": "Body", "page": "99"}).content.decode()
    assert f"#{items[4].pk}<" in beyond  # past the end: the first page again
    plain = carla.get("/items/").content.decode()
    assert "Page 1 of 3" in plain  # without a search the list is counted


def test_pages_do_not_query_per_row(desk, carla, django_assert_max_num_queries):
    """No N+1: the same number of queries for 3 items as for 30."""
    _items(desk, 30)
    item = ActionItem.objects.order_by("pk").first()
    queue_next(user=desk.csr)
    for path in ("/", "/items/", "/my/", "/orphans/", f"/items/{item.pk}/", "/items/?q=Body"):
        with django_assert_max_num_queries(40):
            assert carla.get(path).status_code == 200, path


def test_leads_review_quarantined_and_automatic_mail(desk, carla, lena, settings):
    """A lead retries quarantined mail and turns automatic mail that was real into an item."""
    settings.CAREDESK_MAX_MESSAGE_BYTES = 100
    too_big = message_receive(raw=eml(body="x" * 500), account=desk.general, source="t")
    settings.CAREDESK_MAX_MESSAGE_BYTES = 10_000_000
    message_receive(
        raw=eml(subject="Out of office", headers={"Auto-Submitted": "auto-replied"}),
        account=desk.general,
        source="t",
    )
    assert carla.get("/review/").status_code == 404  # leads only

    page = lena.get("/review/").content.decode()
    assert "Out of office" in page and "over the limit" in page

    retried = lena.post(f"/review/quarantined/{too_big.raw_message_id}/retry/")
    assert retried.status_code == 302 and retried["Location"].startswith("/items/")
    automatic = Message.objects.get(subject="Out of office")
    filed = lena.post(f"/review/automatic/{automatic.pk}/file/")
    item = ActionItem.objects.get(subject="Out of office")
    assert filed["Location"] == f"/items/{item.pk}/"
    assert RawMessage.objects.filter(status=RawMessage.Status.QUARANTINED).count() == 0
    assert lena.post(f"/review/automatic/{automatic.pk}/file/", follow=True).status_code == 200
    assert ActionItem.objects.filter(subject="Out of office").count() == 1
