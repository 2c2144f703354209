"""The portal and the public knowledge bases in a real browser (Chromium via Playwright)."""

from __future__ import annotations

from playwright.sync_api import expect

from caredesk.actions.models import ActionItem
from tests.kb.articles import library
from tests.portal.helpers import link_from_outbox

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


def _sign_in(page, email: str) -> None:
    page.goto("/portal/")
    page.get_by_label("Your email address").fill(email)
    page.get_by_role("button", name="Email me a sign-in link").click()
    page.get_by_role("heading", name="Check your email").wait_for()
    page.goto(link_from_outbox())
    page.get_by_role("button", name="Sign in now").click()
    page.wait_for_url("**/portal/")


def test_a_homeowner_signs_in_by_link_replies_and_opens_a_request(page, desk):
    item = desk.email_from_owner(subject="Pool gate code", body="What is the gate code?")

    _sign_in(page, "pat@example.com")
    page.get_by_role("link", name=f"#{item.pk} Pool gate code").click()
    expect(page.get_by_text("What is the gate code?")).to_be_visible()
    assert page.locator("[data-status]").inner_text() == "Received"
    page.get_by_label("Your reply").fill("It is for the east gate.")
    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Your reply was sent.").wait_for()
    expect(page.get_by_text("It is for the east gate.")).to_be_visible()

    page.get_by_role("link", name="New request").first.click()
    page.get_by_label("Topic").select_option("maintenance")
    page.get_by_label("Subject").fill("Sprinkler broken")
    page.get_by_label("Your message").fill("The sprinkler by the garage sprays the street.")
    page.get_by_label("Attach files").set_input_files(
        files=[{"name": "sprinkler.png", "mimeType": "image/png", "buffer": PNG}]
    )
    page.get_by_role("button", name="Send request").click()
    page.get_by_text("was received").wait_for()

    created = ActionItem.objects.get(subject__contains="Sprinkler broken")
    assert created.inbox.name == "CC General" and created.account == desk.owner
    expect(page.get_by_role("link", name="sprinkler.png")).to_be_visible()


def test_the_portal_works_on_a_phone_and_in_chinese(page, desk):
    desk.email_from_owner(subject="Parking sticker")
    page.set_viewport_size({"width": 390, "height": 844})

    _sign_in(page, "pat@example.com")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator("#language").select_option("zh-hans")
    page.get_by_role("heading", name="处理中的请求").wait_for()

    expect(page.get_by_text("已收到")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_oversize_file_is_refused_before_it_is_sent(page, desk, settings):
    settings.CAREDESK_PORTAL_MAX_FILE_BYTES = 1000
    _sign_in(page, "pat@example.com")
    page.goto("/portal/new/")

    page.get_by_label("Attach files").set_input_files(
        files=[{"name": "huge.png", "mimeType": "image/png", "buffer": PNG + b"\0" * 5000}]
    )

    alert = page.locator("[data-file-error]")
    expect(alert).to_contain_text("huge.png")


def test_a_visitor_browses_searches_and_rates_the_public_knowledge_bases(page, db):
    library()

    page.goto("/kb/owners/")
    expect(page.get_by_role("heading", name="Payments and fees")).to_be_visible()
    page.get_by_label("Search").fill("autopay")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Paying your dues with AutoPay").click()
    expect(page.locator("article strong", has_text="AutoPay")).to_be_visible()  # Markdown rendered
    page.get_by_role("button", name="Yes").click()
    page.get_by_text("Thank you for telling us.").wait_for()

    page.goto("/kb/residents/")
    page.get_by_label("Search").fill("漏水")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name="Water coming through the ceiling")).to_be_visible()
    page.locator("#language").select_option("zh-hans")
    page.get_by_role("link", name="厨房或卫生间漏水怎么办").click()
    expect(page.get_by_text("请立即关闭水阀")).to_be_visible()
    page.get_by_role("button", name="有", exact=True).click()
    page.get_by_text("感谢您的反馈。").wait_for()
