"""The email duty rotation page (R-02) and today's duty on the home panel."""

from __future__ import annotations

import datetime

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import expect

from caredesk.core.clock import frozen_at, now
from caredesk.staff.models import DutyDay
from caredesk.staff.services import duty_day_set
from caredesk.web.views.desk import home_panel_context
from tests.browser import sign_in

pytestmark = pytest.mark.django_db

MONDAY = timezone.make_aware(datetime.datetime(2026, 11, 23, 10, 0))
TODAY = datetime.date(2026, 11, 23)


def day(offset: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=offset)


def test_a_lead_puts_csrs_on_email_duty_for_coming_days(client, desk):
    client.force_login(desk.lead)
    with frozen_at(MONDAY):
        page = client.get("/duty/")
        assert page.status_code == 200
        assert page.text.count('<select id="day-') == 14
        assert f'name="day-{day(13).isoformat()}"' in page.text
        response = client.post(
            "/duty/",
            {
                "from": TODAY.isoformat(),
                f"day-{day(0).isoformat()}": str(desk.csr.pk),
                f"day-{day(1).isoformat()}": str(desk.lead.pk),
                f"day-{day(2).isoformat()}": "",
            },
            follow=True,
        )

    assert "The rotation was saved." in response.text
    rotation = {duty.day_on: (duty.user, duty.set_by) for duty in DutyDay.objects.all()}
    assert rotation == {day(0): (desk.csr, desk.lead), day(1): (desk.lead, desk.lead)}


def test_a_lead_clears_a_day_and_only_csrs_and_leads_can_be_on_duty(client, desk):
    duty_day_set(day=day(3), user=desk.csr)
    client.force_login(desk.lead)
    with frozen_at(MONDAY):
        page = client.get("/duty/")
        assert "Carla Csr" in page.text and "Lena Lead" in page.text
        assert "Mo Manager" not in page.text
        client.post("/duty/", {"from": TODAY.isoformat(), f"day-{day(3).isoformat()}": ""})
        assert not DutyDay.objects.exists()
        refused = client.post(
            "/duty/",
            {"from": TODAY.isoformat(), f"day-{day(4).isoformat()}": str(desk.manager.pk)},
            follow=True,
        )
    assert "does not hold Customer Support or a lead role" in refused.text
    assert not DutyDay.objects.exists()


def test_past_days_are_the_record_and_cannot_be_changed(client, desk):
    duty_day_set(day=day(-1), user=desk.csr)
    client.force_login(desk.lead)
    with frozen_at(MONDAY):
        page = client.get(f"/duty/?from={day(-7).isoformat()}")
        assert page.text.count('<select id="day-') == 7  # today and the six days after
        response = client.post(
            "/duty/",
            {"from": day(-7).isoformat(), f"day-{day(-1).isoformat()}": str(desk.lead.pk)},
            follow=True,
        )
    assert "Days already past cannot be changed." in response.text
    assert DutyDay.objects.get().user == desk.csr


def test_others_see_the_rotation_read_only_and_cannot_change_it(client, desk):
    duty_day_set(day=day(0), user=desk.lead)
    client.force_login(desk.csr)
    with frozen_at(MONDAY):
        page = client.get("/duty/")
        assert '<select id="day-' not in page.text
        assert "Lena Lead" in page.text
        response = client.post(
            "/duty/",
            {"from": TODAY.isoformat(), f"day-{day(0).isoformat()}": str(desk.csr.pk)},
            follow=True,
        )
    assert "Only a CC lead or the CC manager may change the rotation." in response.text
    assert DutyDay.objects.get().user == desk.lead


def test_the_rotation_pages_forward_and_back_a_fortnight_at_a_time(client, desk):
    duty_day_set(day=day(20), user=desk.csr)
    client.force_login(desk.csr)
    with frozen_at(MONDAY):
        first = client.get("/duty/")
        assert f"?from={day(14).isoformat()}" in first.text
        assert f"?from={day(-14).isoformat()}" in first.text
        later = client.get(f"/duty/?from={day(14).isoformat()}")
    assert "Carla Csr" in later.text
    assert date_format(day(27), "SHORT_DATE_FORMAT") in later.text
    assert date_format(day(28), "SHORT_DATE_FORMAT") not in later.text


def test_the_rotation_page_needs_a_fixed_number_of_queries(
    client, desk, django_assert_max_num_queries
):
    for offset in range(14):
        duty_day_set(day=day(offset), user=desk.csr if offset % 2 else desk.lead, set_by=desk.lead)
    client.force_login(desk.lead)
    with frozen_at(MONDAY), django_assert_max_num_queries(8):
        assert client.get("/duty/").status_code == 200


def panel(user) -> str:
    request = RequestFactory().get("/")
    request.user = user
    request.htmx = False
    return render_to_string("web/_duty_presence.html", home_panel_context(request), request)


def test_todays_assignee_is_told_on_the_home_panel_and_everyone_sees_who(desk):
    with frozen_at(MONDAY):
        assert "Nobody is on email duty today." in panel(desk.csr)
        duty_day_set(day=timezone.localdate(now()), user=desk.csr)
        assert "You are on email duty today." in panel(desk.csr)
        others = panel(desk.lead)
    assert "Carla Csr is on email duty today." in others
    assert "You are on email duty today." not in others


def test_today_is_the_companys_day_not_utcs(desk, settings):
    """At 5 p.m. in Los Angeles it is already tomorrow in UTC; duty follows the company."""
    evening = timezone.make_aware(datetime.datetime(2026, 11, 23, 17, 0))
    duty_day_set(day=TODAY, user=desk.csr)
    with frozen_at(evening):
        assert "You are on email duty today." in panel(desk.csr)


def test_a_lead_edits_the_rotation_in_the_browser(page, desk):
    sign_in(page, desk.lead.username)
    page.goto("/duty/")
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)
    with translation.override("en"):  # the page is in English; the dates in labels must be too
        labels = [
            f"On email duty on {date_format(day, 'SHORT_DATE_FORMAT')}" for day in (today, tomorrow)
        ]
    page.get_by_label(labels[0]).select_option(label="Carla Csr")
    page.get_by_label(labels[1]).select_option(label="Lena Lead")
    page.get_by_role("button", name="Save the rotation").click()

    expect(page.get_by_role("status").filter(has_text="The rotation was saved.")).to_be_visible()
    assert DutyDay.objects.get(day_on=today).user == desk.csr
    assert DutyDay.objects.get(day_on=tomorrow).user == desk.lead
    today_row = page.locator("tr[aria-current=date]")
    assert today_row.locator("select").input_value() == str(desk.csr.pk)
    assert "Lena Lead" in today_row.inner_text()  # set by

    page.context.clear_cookies()
    sign_in(page, desk.csr.username)
    page.goto("/duty/")
    assert page.locator("select[name^=day-]").count() == 0
    assert "Carla Csr" in page.locator("tr[aria-current=date]").inner_text()
