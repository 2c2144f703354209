"""Background jobs of the intake: thin wrappers around the polling functions."""

from __future__ import annotations

import os
import socket
import threading
from typing import Any

from django_tasks import task

from caredesk.intake.polling import PollResult, account_poll, accounts_poll_due
from caredesk.mailroom.models import MailAccount


def process_holder() -> str:
    """Who holds a lease: unique per process (and per thread, should a worker use several)."""
    holder = f"{socket.gethostname()}:{os.getpid()}"
    if threading.current_thread() is not threading.main_thread():
        holder += f":{threading.get_ident()}"
    return holder


def _summary(result: PollResult) -> dict[str, Any]:
    return {
        "account_id": result.account_id,
        "fetched": result.fetched,
        "outcomes": dict(result.outcomes),
        "error": result.error,
        "skipped_locked": result.skipped_locked,
    }


@task()
def poll_account(account_id: int) -> dict[str, Any]:
    """Poll one mail account now (skipped if another process is polling it)."""
    account = MailAccount.objects.filter(pk=account_id).first()
    if account is None:
        return {"account_id": account_id, "error": "mail account not found"}
    return _summary(account_poll(account=account, holder=process_holder()))


@task()
def poll_due_accounts() -> list[dict[str, Any]]:
    """Poll every active IMAP account whose next poll is due."""
    return [_summary(result) for result in accounts_poll_due(holder=process_holder())]
