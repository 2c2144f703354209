"""The Community Care workspace in real Chromium: the SOP from the first key press to the reply."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
from django.db import connection
from playwright.sync_api import expect

from caredesk.actions.models import ActionItem
from tests.browser import sign_in


def _shots(request) -> Path:
    """Screenshots go under the test output folder (CAREDESK_TEST_OUTPUT or ./var/test-output)."""
    root = Path(os.environ.get("CAREDESK_TEST_OUTPUT", Path.cwd() / "var" / "test-output"))
    folder = root / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_csr_takes_the_emergency_first_replies_from_a_template_and_the_manager_answers(
    page, desk, mail_via_smtp, settings, request
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    older = desk.email_from_owner("Parking sticker", body="Where do I get a parking sticker?")
    emergency = desk.email_from_owner(
        "Water pouring through my ceiling", body="Water is pouring through my ceiling right now!"
    )
    ActionItem.objects.filter(pk=older.pk).update(
        received_at=emergency.received_at - datetime.timedelta(hours=3)
    )

    sign_in(page, desk.csr.username)
    page.keyboard.press("n")  # Next item
    page.wait_for_url(f"**/items/{emergency.pk}/")
    expect(page.get_by_text("Emergency", exact=True).first).to_be_visible()
    page.screenshot(path=_shots(request) / "item-emergency.png", full_page=True)

    page.get_by_label("Insert a canned answer").select_option(label="Leak: what to do now")
    reply = page.get_by_label("Note (for a Reply to Owner step")
    assert "shut off the water valve" in reply.input_value()
    page.get_by_role("button", name="Question for Manager").click()
    expect(page.get_by_role("status")).to_contain_text("moved to Question for Manager")

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, desk.manager.username)
    page.get_by_role("link", name="My items").click()
    page.get_by_role("link", name=f"#{emergency.pk}").first.click()
    page.get_by_label("Note (for a Reply to Owner step").fill(
        "Maintenance is on the way; the plumber arrives within the hour."
    )
    page.get_by_role("button", name="Reply to Owner from Manager").click()
    expect(page.get_by_role("status")).to_contain_text("moved to Reply to Owner from Manager")

    received = mail_via_smtp.last_message()
    assert received["To"] == "pat@example.com"
    assert f"[#{emergency.pk}]" in received["Subject"]
    assert "plumber arrives within the hour" in received.get_body(("plain",)).get_content()
    emergency.refresh_from_db()
    assert not emergency.is_open


def test_two_csrs_pressing_next_at_once_get_different_items(chromium, live_server, desk):
    if connection.vendor == "sqlite":
        # The live server shares the in-memory test database's one connection between its
        # request threads: two requests at once interleave their savepoints on it ("no such
        # savepoint"), which a file database, one connection per thread, never does.
        pytest.skip("SQLite's in-memory test database is one connection; PostgreSQL runs this")
    first = desk.email_from_owner("First question")
    second = desk.email_from_owner("Second question")
    tabs = []
    for user in (desk.csr, desk.second_csr):
        context = chromium.new_context(base_url=live_server.url)
        tab = context.new_page()
        sign_in(tab, user.username)
        tabs.append(tab)

    for tab in tabs:
        tab.get_by_role("button", name="Next item").click(no_wait_after=True)
    for tab in tabs:
        tab.wait_for_url("**/items/*/")
    taken = {tab.url.rstrip("/").rsplit("/", 1)[1] for tab in tabs}

    assert taken == {str(first.pk), str(second.pk)}
    for tab in tabs:
        tab.context.close()


def test_the_chinese_interface_renders(page, desk, request):
    desk.email_from_owner("楼上漏水", body="卫生间天花板在滴水")
    sign_in(page, desk.csr.username)

    page.get_by_label("Language").select_option("zh-hans")

    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.get_by_role("button", name="下一项")).to_be_visible()
    page.screenshot(path=_shots(request) / "home-zh-hans.png", full_page=True)
    page.get_by_role("link", name="全部事项").click()
    expect(page.get_by_role("link", name="楼上漏水")).to_be_visible()
    page.screenshot(path=_shots(request) / "items-zh-hans.png", full_page=True)
