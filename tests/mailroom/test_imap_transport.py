"""The IMAP transport against a real Dovecot: bytes in, bytes out, clear errors."""

from __future__ import annotations

import itertools
import socket

import pytest

from caredesk.mailroom.models import Inbox, MailAccount
from caredesk.mailroom.transports.imap import (
    PROCESSED_KEYWORD,
    ImapTransport,
    MailTransportError,
)

pytestmark = pytest.mark.imap

_numbers = itertools.count()


def mail(subject: str, *, body: str = "Hello from unit 12B.\r\n") -> bytes:
    number = next(_numbers)
    return (
        f"From: Owner <owner{number}@example.net>\r\n"
        f"To: care@example.test\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: <transport-{number}@example.net>\r\n"
        f"Date: Mon, 3 Mar 2025 10:00:00 +0000\r\n"
        f"\r\n"
        f"{body}"
    ).encode()


@pytest.fixture
def mailbox(dovecot):
    """A fresh, empty mailbox on the test server: (address, password)."""
    return dovecot.user_add()


@pytest.fixture
def make_account(db, dovecot, mailbox, monkeypatch):
    def make(**fields) -> MailAccount:
        address, password = mailbox
        env = f"CAREDESK_TEST_IMAP_PW_{next(_numbers)}"
        monkeypatch.setenv(env, fields.pop("password", password))
        defaults = {
            "name": f"Transport {env}",
            "inbox": Inbox.objects.get(name="CC General"),
            "host": dovecot.host,
            "port": dovecot.port,
            "security": MailAccount.Security.PLAIN,
            "username": address,
            "password_env": env,
        }
        return MailAccount(**(defaults | fields))

    return make


def test_fetch_new_returns_the_exact_bytes_oldest_first_and_leaves_them_unseen(
    dovecot, mailbox, make_account
):
    """New messages come back byte for byte, in arrival order, still unread on the server."""
    address, _ = mailbox
    first, second = mail("First"), mail("Second")
    dovecot.append(first, user=address)
    dovecot.append(second, user=address)

    with ImapTransport(make_account()) as transport:
        fetched = list(transport.fetch_new())

    assert [m.raw for m in fetched] == [first, second]
    assert all("\\Seen" not in m.flags for m in dovecot.messages(user=address))


def test_fetch_new_respects_the_limit(dovecot, mailbox, make_account):
    """A limit takes only the oldest messages."""
    address, _ = mailbox
    messages = [mail(f"Number {n}") for n in range(3)]
    for raw in messages:
        dovecot.append(raw, user=address)

    with ImapTransport(make_account()) as transport:
        fetched = list(transport.fetch_new(limit=2))

    assert [m.raw for m in fetched] == messages[:2]


def test_mark_processed_moves_mail_to_a_processed_folder_it_creates(dovecot, mailbox, make_account):
    """With a processed folder that does not exist yet, it is created and mail moved there."""
    address, _ = mailbox
    raw = mail("Move me")
    dovecot.append(raw, user=address)
    account = make_account(processed_folder="Caredesk/Done")

    with ImapTransport(account) as transport:
        uids = [m.uid for m in transport.fetch_new()]
        transport.mark_processed(uids)
        again = list(transport.fetch_new())

    assert again == []
    assert "Caredesk/Done" in dovecot.folders(user=address)
    assert dovecot.messages(user=address) == []
    assert [m.raw for m in dovecot.messages("Caredesk/Done", user=address)] == [raw]


def test_mark_processed_flags_mail_when_there_is_no_processed_folder(
    dovecot, mailbox, make_account
):
    """Without a processed folder the mail stays, flagged processed and seen, and is skipped."""
    address, _ = mailbox
    dovecot.append(mail("Flag me"), user=address)
    dovecot.append(mail("Leave me"), user=address)

    with ImapTransport(make_account(processed_folder="")) as transport:
        first = next(iter(transport.fetch_new()))
        transport.mark_processed([first.uid])
    with ImapTransport(make_account(processed_folder="")) as transport:
        remaining = list(transport.fetch_new())

    stored = {m.uid: m.flags for m in dovecot.messages(user=address)}
    assert {PROCESSED_KEYWORD, "\\Seen"} <= stored[first.uid]
    assert [m.uid for m in remaining] == [uid for uid in stored if uid != first.uid]


def test_wrong_password_is_a_clear_auth_error_without_the_password(make_account):
    """A refused login names the user and the server, never the password."""
    account = make_account(password="not-the-password-xyz")

    with pytest.raises(MailTransportError) as caught:
        ImapTransport(account).__enter__()

    assert caught.value.kind == "auth"
    assert account.username in str(caught.value)
    assert "not-the-password-xyz" not in str(caught.value)


def test_missing_password_variable_is_an_auth_error(make_account, monkeypatch):
    """An account whose password variable is unset says so instead of trying to log in."""
    account = make_account()
    monkeypatch.delenv(account.password_env)

    with pytest.raises(MailTransportError, match=account.password_env) as caught:
        ImapTransport(account).__enter__()

    assert caught.value.kind == "auth"


def test_closed_port_is_unreachable(make_account):
    """Nothing listening on the port: 'refused the connection'."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]

    with pytest.raises(MailTransportError, match="refused the connection") as caught:
        ImapTransport(make_account(port=closed_port)).__enter__()

    assert caught.value.kind == "unreachable"


def test_unknown_host_is_unreachable(make_account):
    """A host name that does not resolve is reported as such."""
    with pytest.raises(MailTransportError, match="could not be found") as caught:
        ImapTransport(make_account(host="no-such-host.invalid")).__enter__()

    assert caught.value.kind == "unreachable"


def test_silent_server_times_out(make_account):
    """A server that accepts the connection but never greets gives up after the timeout."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        account = make_account(port=silent.getsockname()[1])

        with pytest.raises(MailTransportError, match="No answer") as caught:
            ImapTransport(account, timeout=0.5).__enter__()

    assert caught.value.kind == "unreachable"


def test_missing_folder_is_a_folder_error(make_account):
    """Polling a folder that does not exist names the folder."""
    with pytest.raises(MailTransportError, match="Nowhere") as caught:
        ImapTransport(make_account(folder="Nowhere")).__enter__()

    assert caught.value.kind == "folder"


def test_a_three_megabyte_message_comes_back_whole(dovecot, mailbox, make_account):
    """Large messages are fetched completely."""
    address, _ = mailbox
    line = "x" * 76 + "\r\n"
    raw = mail("Big", body=line * (3 * 1024 * 1024 // len(line)))
    dovecot.append(raw, user=address)

    with ImapTransport(make_account()) as transport:
        fetched = list(transport.fetch_new())

    assert len(raw) > 3_000_000
    assert [m.raw for m in fetched] == [raw]
