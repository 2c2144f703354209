"""Polling IMAP mail accounts: fetch new mail, receive it in batches, then mark it processed.

The order is what makes a crash harmless: a message is marked processed on the server only
after `mails_receive` has committed its batch, so a crash in between means the next poll fetches it
again and records a duplicate, never a lost message. One lease per account keeps two pollers
off the same mailbox.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import F, Q, QuerySet

from caredesk.core.clock import now
from caredesk.core.leases import lease_acquire, lease_release
from caredesk.intake.batch import mails_receive
from caredesk.mailroom.models import MailAccount
from caredesk.mailroom.transports.imap import FetchedMail, ImapTransport, MailTransportError

logger = logging.getLogger("caredesk.intake")

LEASE_TTL_SECONDS = 300
LEASE_RENEW_SECONDS = 60
RECEIVE_BATCH_SIZE = 20  # messages filed in one transaction, then marked on the server
MAX_BACKOFF_SECONDS = 3600


@dataclass
class PollResult:
    """What one poll of one account did."""

    account_id: int
    fetched: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    error: str = ""
    skipped_locked: bool = False


class _LeaseLost(Exception):
    """Another process took the account's lease: stop fetching at once."""


def account_lease_name(account_id: int) -> str:
    return f"mail-account:{account_id}"


def account_poll(*, account: MailAccount, holder: str, limit: int | None = None) -> PollResult:
    """Fetch the account's new mail into items; never two pollers on one account."""
    result = PollResult(account_id=account.pk)
    if account.kind != MailAccount.Kind.IMAP:
        result.error = f"Mail account '{account}' is not an IMAP mailbox."
        return result
    lease = account_lease_name(account.pk)
    if not lease_acquire(name=lease, holder=holder, ttl_seconds=LEASE_TTL_SECONDS):
        result.skipped_locked = True
        logger.debug("Mail account %s is being polled elsewhere; skipped.", account.pk)
        return result
    try:
        account.refresh_from_db()
        try:
            _poll(account=account, holder=holder, lease=lease, limit=limit, result=result)
        except (MailTransportError, OSError) as error:
            result.error = _describe(error)
            level = logging.WARNING if account.failure_count else logging.INFO
            logger.log(
                level,
                "Polling mail account %s (%s) failed: %s",
                account.pk,
                account.name,
                result.error,
            )
            _record_failure(account=account, error=result.error)
        except _LeaseLost:
            logger.warning(
                "Mail account %s: lease taken by another process mid-poll; stopped.", account.pk
            )
            _record_success(account=account)
        except Exception as error:
            logger.exception("Polling mail account %s (%s) crashed.", account.pk, account.name)
            result.error = f"Internal error while polling: {type(error).__name__}: {error}"
            _record_failure(account=account, error=result.error)
        else:
            _record_success(account=account)
    finally:
        lease_release(name=lease, holder=holder)
    return result


def accounts_poll_due(*, holder: str) -> list[PollResult]:
    """Poll every active IMAP account that is due; one failing account never stops the rest."""
    results = []
    for account in _due_accounts().order_by(F("next_poll_at").asc(nulls_first=True), "pk"):
        # Another worker may have polled it since the list was read: skip what is no longer due.
        if not _due_accounts().filter(pk=account.pk).exists():
            continue
        try:
            results.append(account_poll(account=account, holder=holder))
        except Exception as error:
            logger.exception("Polling mail account %s could not even start.", account.pk)
            results.append(PollResult(account_id=account.pk, error=f"Internal error: {error}"))
    return results


def _due_accounts() -> QuerySet[MailAccount]:
    return MailAccount.objects.filter(kind=MailAccount.Kind.IMAP, is_active=True).filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now())
    )


def _poll(
    *, account: MailAccount, holder: str, lease: str, limit: int | None, result: PollResult
) -> None:
    source = f"imap:{account.username}@{account.host}/{account.folder}"
    renewed_at = time.monotonic()
    with ImapTransport(account) as transport:
        batch: list[FetchedMail] = []

        def receive() -> None:
            """File the batch (one transaction: intake.batch), then let the server forget it.

            Should marking fail, the batch is already committed: the next poll fetches it
            again and records duplicates, never a lost message."""
            for outcome in mails_receive(
                mails=[(mail.raw, f"{source};uid={mail.uid}") for mail in batch], account=account
            ):
                result.outcomes[outcome.outcome] += 1
            uids = [mail.uid for mail in batch]
            batch.clear()
            transport.mark_processed(uids)

        for mail in transport.fetch_new(limit=limit):
            result.fetched += 1
            batch.append(mail)
            if len(batch) >= RECEIVE_BATCH_SIZE:
                receive()
            if time.monotonic() - renewed_at > LEASE_RENEW_SECONDS:
                if not lease_acquire(name=lease, holder=holder, ttl_seconds=LEASE_TTL_SECONDS):
                    raise _LeaseLost  # what was fetched and not filed is fetched again
                renewed_at = time.monotonic()
        if batch:
            receive()


def _record_success(*, account: MailAccount) -> None:
    current = now()
    changes = {
        "failure_count": 0,
        "last_error": "",
        "last_polled_at": current,
        "last_success_at": current,
        "next_poll_at": current + datetime.timedelta(seconds=_interval(account)),
    }
    MailAccount.objects.filter(pk=account.pk).update(**changes, updated_at=current)
    for name, value in changes.items():
        setattr(account, name, value)


def _record_failure(*, account: MailAccount, error: str) -> None:
    current = now()
    failures = account.failure_count + 1
    backoff = min(_interval(account) * 2 ** min(failures, 20), MAX_BACKOFF_SECONDS)
    changes = {
        "failure_count": failures,
        "last_error": error,
        "last_error_at": current,
        "last_polled_at": current,
        "next_poll_at": current + datetime.timedelta(seconds=backoff),
    }
    MailAccount.objects.filter(pk=account.pk).update(**changes, updated_at=current)
    for name, value in changes.items():
        setattr(account, name, value)


def _interval(account: MailAccount) -> int:
    return max(int(account.poll_interval_seconds or 60), 1)


def _describe(error: BaseException) -> str:
    if isinstance(error, MailTransportError):
        return str(error)
    return f"Network error: {error}"
