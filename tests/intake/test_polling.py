"""Polling IMAP accounts into action items, against a real Dovecot."""

from __future__ import annotations

import datetime
import itertools
import logging
import socket

import pytest

from caredesk.actions.models import ActionItem
from caredesk.core.clock import now
from caredesk.core.leases import lease_acquire
from caredesk.intake.polling import account_poll, accounts_poll_due
from caredesk.intake.tasks import poll_account, poll_due_accounts
from caredesk.mailroom.models import Inbox, MailAccount, RawMessage
from caredesk.mailroom.transports.imap import PROCESSED_KEYWORD, ImapTransport

pytestmark = pytest.mark.imap

HOLDER = "test-worker:1"
_numbers = itertools.count()


def mail(subject: str, *, message_id: str = "", body: str = "The sink leaks in 12B.\r\n") -> bytes:
    number = next(_numbers)
    message_id = message_id or f"<poll-{number}@example.net>"
    return (
        f"From: Pat Owner <pat{number}@example.net>\r\n"
        f"To: care@example.test\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: {message_id}\r\n"
        f"Date: Mon, 3 Mar 2025 10:00:00 +0000\r\n"
        f"\r\n"
        f"{body}"
    ).encode()


@pytest.fixture
def make_account(db, dovecot, monkeypatch):
    """An IMAP mail account on its own fresh test mailbox; returns (account, address)."""

    def make(**fields) -> tuple[MailAccount, str]:
        address, password = dovecot.user_add()
        env = f"CAREDESK_TEST_POLL_PW_{next(_numbers)}"
        monkeypatch.setenv(env, fields.pop("password", password))
        defaults = {
            "name": f"Poll {address}",
            "inbox": Inbox.objects.get(name="CC General"),
            "host": dovecot.host,
            "port": dovecot.port,
            "security": MailAccount.Security.PLAIN,
            "username": address,
            "password_env": env,
            "processed_folder": "Processed",
            "poll_interval_seconds": 60,
        }
        account = MailAccount.objects.create(**(defaults | fields))
        return account, address

    return make


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_poll_turns_new_mail_into_items_and_moves_it_to_processed(dovecot, make_account):
    """Each new message becomes an item; the mail is then moved out of INBOX."""
    account, address = make_account(processed_folder="Processed")
    dovecot.append(mail("Leak under the sink"), user=address)
    dovecot.append(mail("Gate code please"), user=address)

    result = account_poll(account=account, holder=HOLDER)

    assert (result.fetched, result.error, result.skipped_locked) == (2, "", False)
    assert result.outcomes["created"] == 2
    subjects = set(ActionItem.objects.filter(inbox=account.inbox).values_list("subject", flat=True))
    assert {"Leak under the sink", "Gate code please"} <= subjects
    assert dovecot.messages(user=address) == []
    assert len(dovecot.messages("Processed", user=address)) == 2


def test_second_poll_fetches_nothing_new(dovecot, make_account):
    """Mail already taken in is not fetched again."""
    account, address = make_account()
    dovecot.append(mail("Once only"), user=address)
    account_poll(account=account, holder=HOLDER)

    again = account_poll(account=account, holder=HOLDER)

    assert (again.fetched, again.error) == (0, "")
    assert ActionItem.objects.filter(subject="Once only").count() == 1


def test_without_a_processed_folder_mail_is_flagged_and_left_in_place(dovecot, make_account):
    """No processed folder: the mail stays in INBOX, flagged processed and seen, not refetched."""
    account, address = make_account(processed_folder="")
    dovecot.append(mail("Flag me"), user=address)

    first = account_poll(account=account, holder=HOLDER)
    second = account_poll(account=account, holder=HOLDER)

    [stored] = dovecot.messages(user=address)
    assert {PROCESSED_KEYWORD, "\\Seen"} <= stored.flags
    assert (first.outcomes["created"], second.fetched) == (1, 0)


def test_redelivered_message_is_a_duplicate_not_a_second_item(dovecot, make_account):
    """The same Message-ID delivered again is counted as a duplicate; no second item."""
    account, address = make_account()
    raw = mail("Water heater", message_id="<same-one@example.net>")
    dovecot.append(raw, user=address)
    account_poll(account=account, holder=HOLDER)
    dovecot.append(raw, user=address)

    result = account_poll(account=account, holder=HOLDER)

    assert result.outcomes == {"duplicate": 1}
    assert ActionItem.objects.filter(subject="Water heater").count() == 1
    assert RawMessage.objects.get(account=account).duplicate_count == 1


def test_success_schedules_the_next_poll_and_records_it(dovecot, make_account):
    """A good poll clears past errors and sets the next poll one interval ahead."""
    account, _ = make_account(failure_count=3, last_error="old trouble")
    before = now()

    account_poll(account=account, holder=HOLDER)

    account.refresh_from_db()
    assert (account.failure_count, account.last_error) == (0, "")
    assert account.last_success_at >= before
    expected = account.last_success_at + datetime.timedelta(seconds=60)
    assert account.next_poll_at == expected


def test_wrong_password_is_stored_on_the_account_and_backs_off(make_account, caplog):
    """A refused login is recorded on the account, never raised, and the next poll waits."""
    account, _ = make_account(password="wrong-password-123")
    before = now()

    with caplog.at_level(logging.INFO, logger="caredesk.intake"):
        result = account_poll(account=account, holder=HOLDER)

    account.refresh_from_db()
    assert "user name or password" in account.last_error
    assert result.error == account.last_error
    assert account.failure_count == 1
    assert account.last_error_at >= before
    assert account.next_poll_at >= before + datetime.timedelta(seconds=120)
    assert "wrong-password-123" not in caplog.text + account.last_error


def test_unreachable_server_is_stored_on_the_account_and_backs_off(make_account):
    """Nothing listening on the port: recorded as a failure, backed off, nothing raised."""
    account, _ = make_account(port=closed_port())
    before = now()

    account_poll(account=account, holder=HOLDER)

    account.refresh_from_db()
    assert "refused the connection" in account.last_error
    assert account.failure_count == 1
    assert account.next_poll_at >= before + datetime.timedelta(seconds=120)


def test_backoff_doubles_with_each_failure_up_to_an_hour(make_account):
    """Repeated failures wait twice as long each time, never more than an hour."""
    account, _ = make_account(port=closed_port())
    waits = []
    for _ in range(7):
        account_poll(account=account, holder=HOLDER)
        account.refresh_from_db()
        waits.append(round((account.next_poll_at - account.last_error_at).total_seconds()))

    assert waits == [120, 240, 480, 960, 1920, 3600, 3600]


def test_one_broken_account_does_not_stop_the_others(dovecot, make_account):
    """Polling due accounts: a broken one records its error, the good one gets its mail."""
    broken, _ = make_account(name="A broken", port=closed_port())
    good, address = make_account(name="B good")
    dovecot.append(mail("Still arrives"), user=address)

    results = {result.account_id: result for result in accounts_poll_due(holder=HOLDER)}

    assert results[broken.pk].error
    assert results[good.pk].outcomes["created"] == 1
    assert ActionItem.objects.filter(subject="Still arrives").exists()


def test_accounts_not_yet_due_are_left_alone(dovecot, make_account):
    """An account whose next poll lies in the future is not polled."""
    account, address = make_account(next_poll_at=now() + datetime.timedelta(minutes=5))
    dovecot.append(mail("Later"), user=address)

    results = accounts_poll_due(holder=HOLDER)

    assert account.pk not in {result.account_id for result in results}
    assert len(dovecot.messages(user=address)) == 1


def test_account_held_by_another_poller_is_skipped(dovecot, make_account):
    """While another process holds the account's lease, the mailbox is not touched."""
    account, address = make_account()
    dovecot.append(mail("Not yet"), user=address)
    assert lease_acquire(name=f"mail-account:{account.pk}", holder="other:2", ttl_seconds=300)

    result = account_poll(account=account, holder=HOLDER)

    assert (result.skipped_locked, result.fetched) == (True, 0)
    assert not RawMessage.objects.filter(account=account).exists()
    [stored] = dovecot.messages(user=address)
    assert PROCESSED_KEYWORD not in stored.flags


def test_lease_is_given_back_after_a_poll(dovecot, make_account):
    """After one poller finishes, another process may poll the account at once."""
    account, _ = make_account()
    account_poll(account=account, holder=HOLDER)

    result = account_poll(account=account, holder="other:2")

    assert not result.skipped_locked


def test_crash_between_receive_and_mark_loses_nothing(dovecot, make_account, monkeypatch):
    """If marking fails after the message was kept, the next poll sees a duplicate only."""
    account, address = make_account()
    dovecot.append(mail("Crash test"), user=address)
    real_mark = ImapTransport.mark_processed
    calls = []

    def mark_failing_once(self, uids):
        calls.append(list(uids))
        if len(calls) == 1:
            raise OSError("connection reset while marking")
        return real_mark(self, uids)

    monkeypatch.setattr(ImapTransport, "mark_processed", mark_failing_once)

    crashed = account_poll(account=account, holder=HOLDER)
    account.refresh_from_db()
    assert crashed.outcomes == {"created": 1}
    assert crashed.error and account.failure_count == 1
    assert len(dovecot.messages(user=address)) == 1

    retried = account_poll(account=account, holder=HOLDER)

    assert retried.outcomes == {"duplicate": 1}
    assert ActionItem.objects.filter(subject="Crash test").count() == 1
    assert dovecot.messages(user=address) == []


def test_a_three_megabyte_message_goes_through(dovecot, make_account):
    """A large message is fetched, kept whole and becomes an item."""
    account, address = make_account()
    line = "y" * 76 + "\r\n"
    raw = mail("Photos of the damage", body=line * (3 * 1024 * 1024 // len(line)))
    assert len(raw) > 3_000_000
    dovecot.append(raw, user=address)

    result = account_poll(account=account, holder=HOLDER)

    assert result.outcomes["created"] == 1
    kept = RawMessage.objects.get(account=account)
    assert bytes(kept.raw) == raw


def test_inactive_accounts_are_not_polled(dovecot, make_account):
    """A switched-off account keeps its mail on the server."""
    account, address = make_account(is_active=False)
    dovecot.append(mail("Switched off"), user=address)

    results = accounts_poll_due(holder=HOLDER)

    assert account.pk not in {result.account_id for result in results}
    assert len(dovecot.messages(user=address)) == 1


def test_poll_jobs_take_in_the_mail_of_due_accounts(dovecot, make_account):
    """The background jobs poll one account, or every due account, with a per-process holder."""
    first, first_address = make_account()
    second, second_address = make_account()
    dovecot.append(mail("Via the one-account job"), user=first_address)
    dovecot.append(mail("Via the due-accounts job"), user=second_address)

    one = poll_account.call(account_id=first.pk)
    due = poll_due_accounts.call()

    assert one["outcomes"] == {"created": 1}
    assert {"account_id": second.pk, "outcomes": {"created": 1}}.items() <= {
        summary["account_id"]: summary for summary in due
    }[second.pk].items()
    assert ActionItem.objects.filter(subject__startswith="Via the").count() == 2


def test_a_large_poll_is_filed_in_batches_and_a_bad_message_spoils_none(
    dovecot, make_account, monkeypatch
):
    """45 messages, one of them unreadable and some replies to others of the same poll: each
    batch is committed, then marked; the bad one is quarantined, the replies thread."""
    account, address = make_account()
    for n in range(45):
        if n == 7:
            dovecot.append(b"\x00\x01 not an email at all \xff" * 3, user=address)
        elif n % 10 == 9:
            dovecot.append(
                mail("Re: Gate", body="Still broken.\r\n").replace(
                    b"Message-ID:", b"In-Reply-To: <poll-gate@example.net>\r\nMessage-ID:"
                ),
                user=address,
            )
        elif n == 0:
            dovecot.append(mail("Gate", message_id="<poll-gate@example.net>"), user=address)
        else:
            dovecot.append(mail(f"Question {n}"), user=address)
    marked: list[int] = []
    real_mark = ImapTransport.mark_processed

    def mark(self, uids):
        marked.append(len(uids))
        return real_mark(self, uids)

    monkeypatch.setattr(ImapTransport, "mark_processed", mark)

    result = account_poll(account=account, holder=HOLDER)

    assert result.error == "" and result.fetched == 45
    assert marked == [20, 20, 5]
    assert result.outcomes == {"created": 40, "threaded": 4, "quarantined": 1}
    gate = ActionItem.objects.get(subject="Gate")
    assert gate.item_messages.count() == 5
    assert RawMessage.objects.filter(status=RawMessage.Status.QUARANTINED).count() == 1
    assert dovecot.messages(user=address) == []
