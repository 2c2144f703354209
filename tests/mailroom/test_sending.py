"""Outgoing mail: stored first with our own Message-ID, then sent as exactly those bytes."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from django.contrib.admin import AdminSite
from django.contrib.auth import get_user_model
from django.urls import path

from caredesk.mailroom.admin_outbox import register
from caredesk.mailroom.models import Inbox, MailAccount, Message, RawMessage
from caredesk.mailroom.sending import OutgoingMail, SendError, message_resend, message_send
from tests.servers.smtp import SmtpServer, free_port

pytestmark = pytest.mark.django_db


def a_reply(**overrides) -> OutgoingMail:
    fields = {
        "to": ["owner@example.com"],
        "subject": "Re: Leak under the sink [#123]",
        "text": "A plumber is on the way.",
        "in_reply_to": "leak-1@owner.example.com",
        "references": ["start-0@owner.example.com"],
    }
    fields.update(overrides)
    return OutgoingMail(**fields)


@pytest.fixture
def admin_with_outbox(settings) -> None:
    """A fresh admin site with the outbox page, and static files without a manifest."""
    settings.ROOT_URLCONF = admin_urls_with_outbox()
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def admin_urls_with_outbox() -> ModuleType:
    """A URLconf with a fresh admin site that has the outbox page."""
    site = AdminSite()
    site.register(Inbox)  # as in mailroom/admin.py: the page's breadcrumbs link to the app
    register(site)
    urls = ModuleType("outbox_test_urls")
    urls.urlpatterns = [path("admin/", site.urls)]
    return urls


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n")


@pytest.mark.smtp
def test_sent_message_arrives_with_our_message_id_and_thread_headers(mail_via_smtp):
    """The server gets our Message-ID, In-Reply-To and References; the stored bytes are those."""
    mail = a_reply(text="A plumber is on the way.\n.\n.. a line SMTP must dot-stuff")  # given

    message = message_send(mail=mail)  # when

    received = mail_via_smtp.received  # then
    assert len(received) == 1
    assert received[0].rcpt_tos == ["owner@example.com"]
    arrived = mail_via_smtp.last_message()
    assert arrived["Message-ID"] == f"<{message.message_id}>"
    assert arrived["In-Reply-To"] == "<leak-1@owner.example.com>"
    assert arrived["References"] == "<start-0@owner.example.com> <leak-1@owner.example.com>"
    assert arrived.get("Auto-Submitted") is None
    message.refresh_from_db()
    assert message.direction == Message.Direction.OUTBOUND
    assert message.in_reply_to == "leak-1@owner.example.com"
    assert message.references == "start-0@owner.example.com leak-1@owner.example.com"
    assert message.sent_at is not None
    assert message.raw.status == RawMessage.Status.SENT
    assert message.raw.dedupe_key == f"out:{message.message_id}"
    assert message.raw.error == ""
    assert bytes(message.raw.raw) == received[0].content


@pytest.mark.smtp
def test_message_id_is_in_the_domain_of_our_address(mail_via_smtp, settings):
    """Without an explicit domain, Message-IDs use the DEFAULT_FROM_EMAIL's domain."""
    settings.DEFAULT_FROM_EMAIL = "Care Desk <care@desk.example.org>"  # given

    message = message_send(mail=a_reply())  # when

    assert message.message_id.endswith("@desk.example.org")  # then
    assert mail_via_smtp.last_message()["From"] == "Care Desk <care@desk.example.org>"


@pytest.mark.smtp
def test_chinese_subject_and_body_arrive_intact(mail_via_smtp):
    """A Chinese subject, body and sender name decode to the same text at the receiving end."""
    mail = a_reply(  # given
        subject="回复：厨房漏水 [#88]",
        text="您好，维修人员今天下午两点到。\n谢谢！",
        html="<p>您好，维修人员今天下午两点到。</p>",
        from_email="物业客服 <care@caredesk.localhost>",
    )

    message_send(mail=mail)  # when

    arrived = mail_via_smtp.last_message()  # then
    assert arrived["Subject"] == "回复：厨房漏水 [#88]"
    assert arrived["From"].addresses[0].display_name == "物业客服"
    assert arrived.get_body(("plain",)).get_content().replace("\r\n", "\n").strip() == mail.text
    assert "维修人员" in arrived.get_body(("html",)).get_content()
    assert all(byte < 128 for byte in mail_via_smtp.received[0].content.split(b"\r\n\r\n")[0])


@pytest.mark.smtp
def test_automatic_acknowledgement_is_marked_auto_replied(mail_via_smtp):
    """An acknowledgement carries Auto-Submitted: auto-replied so robots do not answer it."""
    message = message_send(mail=a_reply(), automatic=True)  # given / when

    arrived = mail_via_smtp.last_message()  # then
    assert arrived["Auto-Submitted"] == "auto-replied"
    assert message.is_automatic


@pytest.mark.smtp
def test_reply_to_cc_and_attachment_are_sent(mail_via_smtp):
    """Cc recipients get the message too; Reply-To and the attachment are in it."""
    mail = a_reply(  # given
        cc=["manager@example.com"],
        reply_to=["cc-priority@caredesk.localhost"],
        attachments=[("notice.pdf", b"%PDF-1.4 tiny", "application/pdf")],
    )

    message_send(mail=mail)  # when

    assert mail_via_smtp.received[0].rcpt_tos == ["owner@example.com", "manager@example.com"]
    arrived = mail_via_smtp.last_message()  # then
    assert arrived["Reply-To"] == "cc-priority@caredesk.localhost"
    [attachment] = list(arrived.iter_attachments())
    assert attachment.get_filename() == "notice.pdf"
    assert attachment.get_content() == b"%PDF-1.4 tiny"


@pytest.mark.smtp
def test_smtp_down_keeps_the_error_and_a_resend_delivers_the_same_message(settings):
    """With the server down: SendError, error kept; once it is up the same Message-ID arrives."""
    server = SmtpServer(free_port())  # given: nothing listens on the port yet
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = server.host
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5

    with pytest.raises(SendError) as failure:  # when
        message_send(mail=a_reply())

    message = failure.value.message  # then
    assert "Could not send message" in str(failure.value)
    assert "ConnectionRefusedError" in str(failure.value)
    message.refresh_from_db()
    assert message.sent_at is None
    assert "ConnectionRefusedError" in message.raw.error
    assert Message.objects.count() == 1

    server.start()  # when the server is back
    try:
        message_resend(message=message)
        message_resend(message=message)  # a second retry of the job sends nothing more
    finally:
        server.stop()

    assert len(server.received) == 1  # then
    assert server.last_message()["Message-ID"] == f"<{message.message_id}>"
    assert bytes(message.raw.raw) == server.received[0].content
    message.refresh_from_db()
    assert message.sent_at is not None
    assert message.raw.error == ""
    assert Message.objects.count() == 1


def test_without_email_url_mail_is_written_to_the_outbox_folder(settings):
    """The embedded default (file backend) writes the stored bytes into EMAIL_FILE_PATH."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"  # given

    message = message_send(mail=a_reply(subject="Outbox check [#5]"))  # when

    [written] = list(Path(settings.EMAIL_FILE_PATH).iterdir())  # then
    content = written.read_bytes()
    assert f"Message-ID: <{message.message_id}>".encode() in content
    assert crlf(bytes(message.raw.raw)) in crlf(content)
    assert message.sent_at is not None


def test_locmem_backend_sees_the_stored_message(settings, mailoutbox):
    """Tests elsewhere can read sent mail from django.core.mail.outbox as usual."""
    mail = a_reply(html="<p>A plumber is on the way.</p>")  # given

    message = message_send(mail=mail)  # when

    [sent] = mailoutbox  # then
    assert sent.subject == mail.subject
    assert sent.to == ["owner@example.com"]
    assert sent.body.strip() == mail.text
    assert sent.alternatives[0][0] == "<p>A plumber is on the way.</p>"
    assert sent.extra_headers["Message-ID"] == f"<{message.message_id}>"
    assert sent.message().as_bytes(linesep="\r\n") == bytes(message.raw.raw)


def test_an_esp_backend_gets_the_stored_message_read_back(settings, mailoutbox):
    """ESP backends (anymail) build their own payload: it carries our headers and content."""
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"  # given
    mail = a_reply(
        subject="回复：漏水 [#9]",
        html="<p>On the way</p>",
        cc=["manager@example.com"],
        attachments=[("notice.txt", b"Water off 2-4pm", "text/plain")],
    )

    message = message_send(mail=mail, automatic=True)  # when

    params = mailoutbox[0].anymail_test_params  # then
    assert params["subject"] == "回复：漏水 [#9]"
    assert [str(address) for address in params["to"]] == ["owner@example.com"]
    assert [str(address) for address in params["cc"]] == ["manager@example.com"]
    assert params["text_body"].strip() == mail.text
    assert params["html_body"] == "<p>On the way</p>"
    assert params["extra_headers"]["Message-ID"] == f"<{message.message_id}>"
    assert params["extra_headers"]["In-Reply-To"] == "<leak-1@owner.example.com>"
    assert params["extra_headers"]["Auto-Submitted"] == "auto-replied"
    [attachment] = params["attachments"]
    assert attachment.name == "notice.txt"
    assert attachment.content == "Water off 2-4pm"
    assert "Water off" not in params["text_body"]


def test_from_defaults_to_the_accounts_inbox_address(mailoutbox):
    """Mail sent for a mail account comes from its inbox's address."""
    inbox = Inbox.objects.create(name="Priority test", address="priority@caredesk.localhost")
    account = MailAccount.objects.create(name="test account", inbox=inbox)  # given

    message = message_send(mail=a_reply(), account=account)  # when

    assert message.from_email == "priority@caredesk.localhost"  # then
    assert message.raw.account == account
    assert mailoutbox[0].from_email == "priority@caredesk.localhost"


def test_a_message_without_recipients_is_refused_and_not_stored():
    """Nothing is stored for a message nobody would receive."""
    with pytest.raises(Exception, match="recipient"):
        message_send(mail=a_reply(to=[]))
    assert not RawMessage.objects.exists()


def test_the_admin_outbox_lists_sent_and_failed_messages(
    client, settings, admin_with_outbox, mailoutbox
):
    """Staff see outbound messages with subject, recipients, sent time and error."""
    message_send(mail=a_reply(subject="Your work order [#77]"))  # given: one sent
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    with pytest.raises(SendError):  # one that could not be sent
        message_send(mail=a_reply(subject="Stuck in the outbox [#78]"))
    Message.objects.create(
        raw=RawMessage.objects.create(
            dedupe_key="in:x", sha256="0" * 64, size=1, raw=b"x", received_at="2025-01-01T00:00Z"
        ),
        subject="An inbound message",
    )
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)

    response = client.get("/admin/mailroom/outbox/")  # when

    assert response.status_code == 200  # then
    page = response.content.decode()
    assert "Your work order [#77]" in page
    assert "owner@example.com" in page
    assert "Stuck in the outbox [#78]" in page
    assert "ConnectionRefusedError" in page
    assert "An inbound message" not in page


def test_the_admin_outbox_needs_a_staff_login(client, admin_with_outbox):
    """Anonymous visitors are sent to the admin login."""

    response = client.get("/admin/mailroom/outbox/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
