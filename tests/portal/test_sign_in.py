"""Signing in to the portal by a one-time link sent to an address on file."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail

from caredesk.core.clock import frozen_at, now
from caredesk.directory.models import ContactEmail, Person
from caredesk.portal.models import SignInLink
from tests.mail import homeowner
from tests.portal.helpers import link_from_outbox, portal_sign_in

pytestmark = pytest.mark.django_db


def test_a_known_address_gets_a_link_and_an_unknown_one_gets_the_same_answer(client, desk):
    known = client.post("/portal/sign-in/", {"email": "PAT@example.com"})
    unknown = client.post("/portal/sign-in/", {"email": "nobody@example.com"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/portal/sign-in/sent/"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["pat@example.com"]
    assert "20 minutes" in mail.outbox[0].body
    token = link_from_outbox().rstrip("/").rsplit("/", 1)[1]
    stored = SignInLink.objects.get()
    assert token not in stored.token_hash and len(stored.token_hash) == 64  # only a hash


def test_opening_the_link_does_not_spend_it_pressing_sign_in_does(client, desk):
    client.post("/portal/sign-in/", {"email": "pat@example.com"})
    link = link_from_outbox()

    assert client.get(link).status_code == 200  # a mail scanner opening it changes nothing
    signed_in = client.post(link)

    assert signed_in.status_code == 302 and signed_in["Location"] == "/portal/"
    assert client.get("/portal/").status_code == 200
    user = Person.objects.get(pk=desk.owner.person_id).user
    assert user is not None and not user.is_staff and not user.has_usable_password()


def test_a_used_link_is_refused(client, desk):
    client.post("/portal/sign-in/", {"email": "pat@example.com"})
    link = link_from_outbox()
    client.post(link)
    client.post("/portal/sign-out/")

    again = client.post(link)

    assert again.status_code == 400
    assert "expired or was already used" in again.content.decode()
    assert client.get("/portal/").status_code == 302


def test_an_expired_link_is_refused(client, desk):
    start = now()
    with frozen_at(start):
        client.post("/portal/sign-in/", {"email": "pat@example.com"})
    link = link_from_outbox()

    with frozen_at(start + datetime.timedelta(minutes=21)):
        late = client.post(link)

    assert late.status_code == 400
    assert client.get("/portal/").status_code == 302


def test_a_made_up_link_is_refused(client, desk):
    assert client.post("/portal/sign-in/not-a-real-token/").status_code == 400


def test_asking_too_often_is_throttled_for_any_address(client, desk, settings):
    settings.CAREDESK_PORTAL_LINKS_PER_ADDRESS_PER_HOUR = 3
    for _ in range(3):
        assert client.post("/portal/sign-in/", {"email": "pat@example.com"}).status_code == 302
    throttled = client.post("/portal/sign-in/", {"email": "pat@example.com"})
    unknown = [client.post("/portal/sign-in/", {"email": "x@example.com"}) for _ in range(4)]

    assert throttled.status_code == 200 and "Too many" in throttled.content.decode()
    assert "Too many" in unknown[-1].content.decode()  # the same for an unknown address
    assert len(mail.outbox) == 3


def test_the_portal_session_ends_after_its_time(client, desk, settings):
    settings.CAREDESK_PORTAL_SESSION_MINUTES = 60
    start = now()
    with frozen_at(start):
        portal_sign_in(client, "pat@example.com")
        assert client.get("/portal/").status_code == 200
        assert client.session.get_expiry_age() == 3600

    with frozen_at(start + datetime.timedelta(minutes=61)):
        ended = client.get("/portal/")

    assert ended.status_code == 302 and ended["Location"].startswith("/portal/sign-in/")
    assert client.get("/portal/").status_code == 302  # signed out for good


def test_staff_are_kept_out_of_the_portal_and_get_no_links(client, desk):
    staff_person = homeowner(email="carla@desk.example", name="Carla CSR")
    Person.objects.filter(pk=staff_person.person_id).update(user=desk.csr)
    ContactEmail.objects.get_or_create(person_id=staff_person.person_id, email="carla@desk.example")

    client.post("/portal/sign-in/", {"email": "carla@desk.example"})
    client.force_login(desk.csr)

    assert mail.outbox == []
    assert client.get("/portal/").status_code == 403


def test_the_link_email_is_in_the_homeowners_language(client, desk):
    Person.objects.filter(pk=desk.owner.person_id).update(language="zh-hans")

    client.post("/portal/sign-in/", {"email": "pat@example.com"})

    assert "登录" in mail.outbox[0].subject
