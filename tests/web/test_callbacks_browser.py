"""Phone message to return call in real Chromium: the receptionist's form, the call, the list."""

from __future__ import annotations

from playwright.sync_api import expect

from caredesk.actions.models import ActionItem
from caredesk.directory.services import contact_phone_add
from tests.browser import sign_in


def test_a_leak_message_is_called_back_and_waits_in_the_callbacks_list(page, desk):
    contact_phone_add(person=desk.owner.person, phone="949 555 0101")

    sign_in(page, desk.outsider.username)  # the receptionist: staff without a desk role
    page.get_by_role("link", name="Phone message", exact=True).click()
    page.get_by_label("Caller's name").fill("Pat Lee")
    page.get_by_label("Phone").fill("(949) 555-0101")
    page.get_by_label("What they said").fill("Water is leaking through the kitchen ceiling.")
    expect(page.get_by_label("Wants a call back")).to_be_checked()
    page.get_by_role("button", name="Send to Community Care").click()
    item = ActionItem.objects.get()
    expect(page.get_by_role("status")).to_contain_text(f"Phone message #{item.pk} is in")
    page.get_by_role("button", name="Sign out").click()

    sign_in(page, desk.csr.username)
    page.get_by_role("link", name="Call-backs", exact=True).click()
    expect(page.locator("#due-now")).to_contain_text("Pat Lee")
    expect(page.locator(f'#due-now tr[data-item="{item.pk}"] .attempts')).to_have_text("0 of 3")

    page.get_by_role("link", name="Home").click()
    page.get_by_role("button", name="Next item").click()
    page.wait_for_url(f"**/items/{item.pk}/")
    expect(page.locator("#voicemail-script")).to_contain_text("returning a call for Pat Lee")
    page.get_by_label("Busy / no answer").check()
    page.get_by_label("Note", exact=True).first.fill("Rang ten times")
    page.get_by_role("button", name="Log the call").click()

    page.wait_for_url("**/callbacks/")
    expect(page.get_by_role("status")).to_contain_text("Call 1 logged: Busy / no answer")
    row = page.locator(f'#due-later tr[data-item="{item.pk}"]')
    expect(row).to_contain_text("Pat Lee")
    expect(row.locator(".attempts")).to_have_text("1 of 3")
    expect(page.locator("#due-now")).to_contain_text("None.")
