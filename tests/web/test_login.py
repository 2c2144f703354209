"""Signing in to the desk in a real browser, and who may open the staff pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import sign_in


def test_a_csr_signs_in_and_sees_the_inboxes(page, desk):
    sign_in(page, desk.csr.username)

    expect(page.get_by_role("heading", name="Community Care")).to_be_visible()
    expect(page.get_by_role("cell", name="CC General")).to_be_visible()


def test_a_wrong_password_is_refused_with_a_clear_message(page, desk):
    page.goto("/login/")
    page.get_by_label("Username").fill(desk.csr.username)
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("alert")).to_be_visible()
    assert "/login/" in page.url


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_sign_in_page(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_a_homeowner_login_cannot_open_staff_pages(client, desk, django_user_model):
    owner = django_user_model.objects.create_user("pat", password="pw-for-tests-only-123")
    client.force_login(owner)

    assert client.get("/").status_code == 403
