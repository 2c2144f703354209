"""Phone presence in the desk (R-06): log in and out, refusals with reasons, leads' instructions."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from caredesk.actions.models import ActionItem, ActionType
from caredesk.actions.services import item_create
from caredesk.mailroom.models import Inbox
from caredesk.staff.models import PhoneInstruction, PhoneSession
from caredesk.staff.selectors import phone_session_open
from tests.browser import sign_in

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def hold(user, *, subject="Caller: water in the garage", urgency="normal", flagged=True):
    item = item_create(
        action_type=ActionType.objects.order_by("pk").first(),
        inbox=Inbox.objects.get(name="CC Priority"),
        subject=subject,
        is_flagged=flagged,
    )
    ActionItem.objects.filter(pk=item.pk).update(urgency=urgency, claimed_by=user)
    return item


def test_a_csr_logs_in_and_out_of_the_phones_with_htmx(client, desk):
    client.force_login(desk.csr)

    logged_in = client.post("/phones/me/", {"phones": "in"}, **HTMX)
    assert logged_in.status_code == 200
    assert 'id="phone-presence"' in logged_in.text
    assert "You are on the phones." in logged_in.text
    assert "Log out of the phones" in logged_in.text
    assert phone_session_open(user=desk.csr) is not None

    logged_out = client.post("/phones/me/", {"phones": "out"}, **HTMX)
    assert "You are off the phones." in logged_out.text
    assert phone_session_open(user=desk.csr) is None
    assert PhoneSession.objects.get().ended_at is not None


def test_holding_flagged_items_refuses_the_phones_listing_them(client, desk):
    item = hold(desk.csr)
    urgent = hold(desk.csr, subject="Gate stuck open", urgency="urgent", flagged=False)
    client.force_login(desk.csr)

    refused = client.post("/phones/me/", {"phones": "in"}, **HTMX)

    assert 'role="alert"' in refused.text
    assert "You cannot log into the phones while you hold flagged priority items" in refused.text
    assert f'href="/items/{item.number}/"' in refused.text
    assert f"#{urgent.number} Gate stuck open" in refused.text
    assert not PhoneSession.objects.exists()


def test_without_javascript_the_refusal_comes_back_as_a_message(client, desk):
    item = hold(desk.csr)
    client.force_login(desk.csr)

    response = client.post("/phones/me/", {"phones": "in", "next": "/phones/"}, follow=True)

    assert response.redirect_chain[-1][0] == "/phones/"
    assert f"#{item.number}" in response.text
    assert "You hold flagged priority items" in response.text


def test_next_never_leads_off_the_site(client, desk):
    client.force_login(desk.csr)
    response = client.post("/phones/me/", {"phones": "in", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_a_lead_instructs_a_csr_from_the_phones_page_and_the_csr_may_log_in(client, desk):
    hold(desk.csr)
    client.force_login(desk.lead)
    page = client.get("/phones/")
    assert "Instruct Carla Csr to take the phones" in page.text

    response = client.post(
        "/phones/instructions/", {"user": desk.csr.pk, "note": "Queue of 12 callers"}, follow=True
    )

    assert "Carla Csr is instructed to take the phones today." in response.text
    assert "Queue of 12 callers" in response.text
    instruction = PhoneInstruction.objects.get()
    assert (instruction.user, instruction.given_by) == (desk.csr, desk.lead)
    client.force_login(desk.csr)
    assert "You are on the phones." in client.post("/phones/me/", {"phones": "in"}, **HTMX).text
    assert PhoneSession.objects.get().instruction == instruction


def test_a_csr_cannot_instruct_and_sees_no_instruct_button(client, desk):
    hold(desk.lead)
    client.force_login(desk.csr)
    assert "to take the phones</button>" not in client.get("/phones/").text

    response = client.post("/phones/instructions/", {"user": desk.lead.pk}, follow=True)

    assert "Only a CC lead, the CC manager or a manager may do that." in response.text
    assert not PhoneInstruction.objects.exists()


def test_the_phones_page_shows_who_is_on_and_who_holds_priority_items(client, desk):
    client.force_login(desk.csr)
    client.post("/phones/me/", {"phones": "in"})
    item = hold(desk.csr)  # took an emergency after logging in
    client.force_login(desk.manager)

    page = client.get("/phones/").text

    on_now = page[page.index("On the phones now") : page.index("Staff and their priority items")]
    assert "Carla Csr" in on_now and "holds priority items" in on_now
    assert f'href="/items/{item.number}/"' in page


def test_the_phones_page_needs_a_fixed_number_of_queries(
    client, desk, django_assert_max_num_queries
):
    for user in [desk.csr, desk.lead, desk.manager]:
        hold(user)
        hold(user, urgency="emergency", flagged=False)
    client.force_login(desk.lead)
    with django_assert_max_num_queries(12):
        assert client.get("/phones/").status_code == 200


def test_a_csr_is_refused_the_phones_until_a_lead_instructs_it(page, desk):
    """In the browser: refused with the item named; the lead instructs; then the CSR logs in."""
    item = hold(desk.csr, subject="PRE: caller reports a leak")
    sign_in(page, desk.csr.username)
    page.goto("/phones/")
    presence = page.locator("#phone-presence")
    presence.get_by_role("button", name="Log into the phones").click()

    alert = presence.get_by_role("alert")
    alert.wait_for()
    assert "flagged priority items" in alert.inner_text()
    assert f"#{item.number} PRE: caller reports a leak" in alert.inner_text()
    assert not PhoneSession.objects.exists()

    page.context.clear_cookies()
    sign_in(page, desk.lead.username)
    page.goto("/phones/")
    page.get_by_label("Note for Carla Csr").fill("Twelve callers waiting")
    page.get_by_role("button", name="Instruct Carla Csr to take the phones").click()
    expect(page.get_by_role("status").filter(has_text="instructed")).to_be_visible()

    page.context.clear_cookies()
    sign_in(page, desk.csr.username)
    page.goto("/phones/")
    presence = page.locator("#phone-presence")
    assert "Lena Lead instructed you to take the phones" in presence.inner_text()
    presence.get_by_role("button", name="Log into the phones").click()
    presence.get_by_text("You are on the phones.").wait_for()
    on_now = page.locator("section", has=page.get_by_role("heading", name="On the phones now"))
    on_now.get_by_text("Carla Csr").wait_for()  # the page reloads to show it
    assert "on instruction" in on_now.inner_text()
    assert phone_session_open(user=desk.csr).instruction.given_by == desk.lead

    presence.get_by_role("button", name="Log out of the phones").click()
    presence.get_by_text("You are off the phones.").wait_for()
    assert phone_session_open(user=desk.csr) is None


def test_the_home_panel_costs_a_few_queries(desk, django_assert_max_num_queries):
    from django.test import RequestFactory

    from caredesk.web.views.desk import home_panel_context

    hold(desk.csr)
    request = RequestFactory().get("/")
    request.user = desk.csr
    with django_assert_max_num_queries(4):
        context = home_panel_context(request)
    assert [item.subject for item in context["presence"]["held_items"]] == [
        "Caller: water in the garage"
    ]
