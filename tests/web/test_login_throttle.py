"""Throttled sign-in: repeated failures pause signing in, even with the right password."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone, translation
from playwright.sync_api import expect

from caredesk.core.clock import frozen_at
from caredesk.staff.models import LoginFailure
from tests.browser import PASSWORD, sign_in

pytestmark = pytest.mark.django_db

MORNING = timezone.make_aware(datetime.datetime(2026, 11, 23, 9, 0))


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.CAREDESK_LOGIN_MAX_FAILURES = 3
    settings.CAREDESK_LOGIN_MAX_FAILURES_PER_IP = 5
    settings.CAREDESK_LOGIN_LOCKOUT_MINUTES = 15


def attempt(username: str, password: str, *, ip: str = "10.0.0.1", path: str = "/login/"):
    return Client(REMOTE_ADDR=ip).post(path, {"username": username, "password": password})


def test_after_too_many_failures_even_the_right_password_is_refused_saying_when(desk):
    with frozen_at(MORNING) as clock:
        assert attempt("carla-csr", "wrong-1").status_code == 200
        assert attempt("carla-csr", "wrong-2").status_code == 200
        third = attempt("carla-csr", "wrong-3")
        assert third.status_code == 429
        assert "Too many failed sign-ins" in third.text
        clock.advance(minutes=5)
        refused = attempt("carla-csr", PASSWORD)
        assert refused.status_code == 429
        assert "paused until 9:15" in refused.text
        clock.advance(minutes=10)
        assert attempt("carla-csr", PASSWORD).status_code == 302


def test_refused_attempts_do_not_extend_the_pause(desk):
    with frozen_at(MORNING) as clock:
        for number in range(3):
            attempt("carla-csr", f"wrong-{number}")
        for _minute in range(14):
            clock.advance(minutes=1)
            assert attempt("carla-csr", "still-wrong").status_code == 429
        clock.advance(minutes=1)
        assert attempt("carla-csr", PASSWORD).status_code == 302


def test_a_successful_sign_in_clears_the_usernames_failures(desk):
    with frozen_at(MORNING):
        attempt("carla-csr", "wrong-1")
        attempt("carla-csr", "wrong-2")
        assert attempt("carla-csr", PASSWORD).status_code == 302
        assert not LoginFailure.objects.filter(username="carla-csr").exists()
        attempt("carla-csr", "wrong-3")
        assert attempt("carla-csr", PASSWORD).status_code == 302


def test_usernames_are_counted_regardless_of_case_and_from_any_address(desk):
    with frozen_at(MORNING):
        attempt("Carla-CSR", "wrong", ip="10.0.0.1")
        attempt("carla-csr ", "wrong", ip="10.0.0.2")
        attempt("carla-csr", "wrong", ip="10.0.0.3")
        assert attempt("carla-csr", PASSWORD, ip="10.0.0.4").status_code == 429
        assert attempt("lena-lead", PASSWORD, ip="10.0.0.4").status_code == 302


def test_one_address_guessing_many_usernames_is_paused_for_all(desk):
    with frozen_at(MORNING):
        for name in ["a", "b", "c", "d", "e"]:
            attempt(name, "guess", ip="203.0.113.9")
        assert attempt("lena-lead", PASSWORD, ip="203.0.113.9").status_code == 429
        assert attempt("lena-lead", PASSWORD, ip="10.0.0.1").status_code == 302


def test_the_admin_sign_in_is_throttled_too(desk):
    desk.lead.is_superuser = True
    desk.lead.save()
    with frozen_at(MORNING):
        for number in range(3):
            attempt("lena-lead", f"wrong-{number}", path="/admin/login/")
        refused = attempt("lena-lead", PASSWORD, path="/admin/login/")
        assert refused.status_code == 200
        assert "Too many failed sign-ins" in refused.text
        assert not refused.wsgi_request.user.is_authenticated


def test_the_pause_is_shown_in_chinese(desk):
    with frozen_at(MORNING):
        for number in range(3):
            attempt("carla-csr", f"wrong-{number}")
        with translation.override("en"):  # the request leaves Chinese active in this thread
            response = Client(REMOTE_ADDR="10.0.0.1", HTTP_ACCEPT_LANGUAGE="zh-hans").post(
                "/login/", {"username": "carla-csr", "password": PASSWORD}
            )
    assert response.status_code == 429
    assert "09:15" in response.text


def test_a_csr_locked_out_in_the_browser_sees_when_to_try_again(page, desk, settings):
    for number in range(3):
        page.goto("/login/")
        page.get_by_label("Username").fill("carla-csr")
        page.get_by_label("Password").fill(f"wrong-{number}")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()

    page.get_by_label("Username").fill("carla-csr")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Too many failed sign-ins")
    expect(alert).to_contain_text("try again")
    assert "/login/" in page.url
    LoginFailure.objects.all().delete()  # a lead's reset, or the window passing
    sign_in(page, "carla-csr")
    expect(page.get_by_role("heading", name="Community Care")).to_be_visible()
