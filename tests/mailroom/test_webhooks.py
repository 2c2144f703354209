"""Inbound webhooks: verified requests reach the intake handler; others store nothing."""

from __future__ import annotations

import base64
import email
import hashlib
import hmac
import json
import time
from email import policy

import pytest
from django.test import Client

from caredesk.mailroom import webhooks
from caredesk.mailroom.models import Inbox, MailAccount, RawMessage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore::anymail.exceptions.AnymailInsecureWebhookWarning"),
]

SIGNING_KEY = "key-test-signing-0123456789"
BASIC_AUTH = "caredesk:webhook-secret"
MAILGUN_URL = "/mail/webhooks/mailgun/inbound_mime/"
POSTMARK_URL = "/mail/webhooks/postmark/inbound/"

RAW = (
    "From: Mei Chen <mei@example.com>\r\n"
    "To: care@caredesk.localhost\r\n"
    "Subject: =?utf-8?b?5Y6o5oi/5ryP5rC0?=\r\n"
    "Message-ID: <leak-42@example.com>\r\n"
    "Date: Mon, 3 Mar 2025 09:15:00 -0800\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "厨房漏水了，请尽快派人。\r\n"
)


@pytest.fixture
def received(settings):
    """The webhook URLs, provider secrets, and a handler that records what it is given."""
    settings.ROOT_URLCONF = "tests.mailroom.urls_webhooks"
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY, "WEBHOOK_SECRET": BASIC_AUTH}
    calls: list[tuple[bytes, MailAccount, str]] = []
    webhooks.inbound_handler_register(
        lambda raw, account, source: calls.append((raw, account, source))
    )
    yield calls
    webhooks.inbound_handler_register(None)


@pytest.fixture
def client() -> Client:
    """A test client that answers with 500 like production instead of raising."""
    return Client(raise_request_exception=False)


def webhook_account(provider: str, *, address: str = "care@caredesk.localhost", name: str = ""):
    inbox = Inbox.objects.create(name=name or f"{provider} inbox", address=address)
    return MailAccount.objects.create(
        name=name or f"{provider} account",
        kind=MailAccount.Kind.WEBHOOK,
        webhook_provider=provider,
        inbox=inbox,
    )


def mailgun_form(*, key: str = SIGNING_KEY, raw: str = RAW) -> dict[str, str]:
    """Mailgun's forward() post: raw MIME in body-mime, signed with HMAC-SHA256."""
    timestamp, token = str(int(time.time())), "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5"
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {
        "timestamp": timestamp,
        "token": token,
        "signature": signature,
        "recipient": "care@caredesk.localhost",
        "sender": "mei@example.com",
        "body-mime": raw,
    }


def basic_auth(credentials: str = BASIC_AUTH) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(credentials.encode()).decode()}


def postmark_json(raw: str = RAW) -> str:
    """Postmark's inbound JSON with "include raw email content" ticked."""
    return json.dumps(
        {
            "FromFull": {"Email": "mei@example.com", "Name": "Mei Chen"},
            "ToFull": [{"Email": "care@caredesk.localhost", "Name": ""}],
            "OriginalRecipient": "care@caredesk.localhost",
            "Subject": "厨房漏水",
            "MessageID": "22c74902-a0c1-4511-804f-341342852c90",
            "Headers": [],
            "RawEmail": raw,
        }
    )


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def test_signed_mailgun_message_is_handed_to_intake_with_its_account(client, received):
    """A correctly signed Mailgun post reaches the handler with the raw bytes and account."""
    account = webhook_account("mailgun")  # given

    response = client.post(MAILGUN_URL, mailgun_form(), **basic_auth())  # when

    assert response.status_code == 200  # then
    [(raw, handed_account, source)] = received
    assert handed_account == account
    assert source.startswith("webhook:mailgun:")
    message = parsed(raw)
    assert message["Message-ID"] == "<leak-42@example.com>"
    assert message["Subject"] == "厨房漏水"
    assert message.get_content().strip() == "厨房漏水了，请尽快派人。"


def test_mailgun_post_with_a_bad_signature_is_rejected_and_nothing_kept(client, received):
    """A post signed with another key gets 400; the handler is not called, nothing stored."""
    webhook_account("mailgun")  # given

    response = client.post(MAILGUN_URL, mailgun_form(key="key-of-an-attacker"), **basic_auth())

    assert response.status_code == 400  # then
    assert received == []
    assert not RawMessage.objects.exists()


def test_mailgun_post_without_a_signature_is_rejected(client, received):
    """A post with no signature fields at all gets 400."""
    webhook_account("mailgun")  # given
    form = {key: value for key, value in mailgun_form().items() if key != "signature"}

    response = client.post(MAILGUN_URL, form, **basic_auth())  # when

    assert response.status_code == 400  # then
    assert received == []


def test_postmark_message_with_basic_auth_is_handed_to_intake(client, received):
    """Postmark's JSON with the right basic auth reaches the handler with its account."""
    account = webhook_account("postmark")  # given

    response = client.post(
        POSTMARK_URL, postmark_json(), content_type="application/json", **basic_auth()
    )

    assert response.status_code == 200  # then
    [(raw, handed_account, source)] = received
    assert handed_account == account
    assert source == "webhook:postmark:22c74902-a0c1-4511-804f-341342852c90"
    assert parsed(raw)["Message-ID"] == "<leak-42@example.com>"


@pytest.mark.parametrize("headers", [{}, basic_auth("caredesk:wrong")], ids=["none", "wrong"])
def test_postmark_post_without_the_right_basic_auth_is_rejected(client, received, headers):
    """Missing or wrong basic auth gets 400; the handler is not called, nothing stored."""
    webhook_account("postmark")  # given

    response = client.post(
        POSTMARK_URL, postmark_json(), content_type="application/json", **headers
    )

    assert response.status_code == 400  # then
    assert received == []
    assert not RawMessage.objects.exists()


def test_postmark_is_refused_while_no_webhook_secret_is_configured(client, received, settings):
    """Without WEBHOOK_SECRET anyone could post: we answer 503 and keep nothing."""
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY}  # given
    webhook_account("postmark")

    response = client.post(POSTMARK_URL, postmark_json(), content_type="application/json")

    assert response.status_code == 503  # then
    assert received == []


def test_message_for_a_provider_without_an_account_is_refused_for_retry(client, received):
    """No active webhook account for Mailgun: HTTP 500 (the provider retries), nothing kept."""
    webhook_account("postmark")  # given: only another provider is set up
    inactive = webhook_account("mailgun", name="old mailgun")
    inactive.is_active = False
    inactive.save()

    response = client.post(MAILGUN_URL, mailgun_form(), **basic_auth())  # when

    assert response.status_code == 500  # then
    assert received == []
    assert not RawMessage.objects.exists()


def test_message_is_refused_for_retry_while_no_handler_is_registered(client, received):
    """Before intake has registered its handler, a message is refused, not dropped."""
    webhook_account("mailgun")  # given
    webhooks.inbound_handler_register(None)

    with pytest.raises(webhooks.InboundNotAccepted):  # when / then
        Client().post(MAILGUN_URL, mailgun_form(), **basic_auth())
    assert not RawMessage.objects.exists()


def test_among_several_accounts_the_addressed_inbox_gets_the_message(client, received):
    """Two Mailgun accounts: the one whose inbox address the message was sent to is used."""
    webhook_account("mailgun", address="billing@caredesk.localhost", name="billing")  # given
    care = webhook_account("mailgun", address="Care@Caredesk.localhost", name="care")

    response = client.post(MAILGUN_URL, mailgun_form(), **basic_auth())  # when

    assert response.status_code == 200  # then
    assert received[0][1] == care


def test_intake_failure_is_an_error_the_provider_retries(client, received):
    """If the handler raises, the request fails with 500 so the provider delivers again."""
    webhook_account("mailgun")  # given

    def broken(raw, account, source):
        raise RuntimeError("database is locked")

    webhooks.inbound_handler_register(broken)

    response = client.post(MAILGUN_URL, mailgun_form(), **basic_auth())  # when

    assert response.status_code == 500  # then
