"""Ingest mail from files into an inbox, with the counts a person checks afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DEFAULT_DB_ALIAS, connections

from caredesk.actions.models import ActionItem
from caredesk.core.checkpoints import Checkpoints, checkpoints_behind
from caredesk.core.collector import bulk_batch_done
from caredesk.intake.batch import mails_receive
from caredesk.intake.services import Outcome, quarantined_retry
from caredesk.mailroom.models import Inbox, MailAccount
from caredesk.mailroom.services import import_account_get_or_create
from caredesk.mailroom.transports.files import FileMail, FileProblem, mail_from_paths

BATCH = 1000  # messages committed together: fewer, larger statements
BATCH_BYTES = 16 * 1024 * 1024  # ...unless their raw bytes come to this first


@dataclass
class IngestReport:
    received: int = 0
    created: int = 0
    threaded: int = 0
    duplicates: int = 0
    quarantined: int = 0
    automatic: int = 0
    orphans: int = 0
    linked: int = 0
    ambiguous: int = 0
    unreadable: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "received": self.received,
            "created": self.created,
            "threaded": self.threaded,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "automatic": self.automatic,
            "orphans": self.orphans,
            "linked": self.linked,
            "ambiguous": self.ambiguous,
            "unreadable": self.unreadable,
        }

    def add(self, outcome: str, link: str = "", *, source: str = "", error: str = "") -> None:
        self.received += 1
        if outcome == Outcome.CREATED:
            self.created += 1
            if link == ActionItem.Link.LINKED:
                self.linked += 1
            elif link == ActionItem.Link.AMBIGUOUS:
                self.ambiguous += 1
            else:
                self.orphans += 1
        elif outcome == Outcome.THREADED:
            self.threaded += 1
        elif outcome == Outcome.DUPLICATE:
            self.duplicates += 1
        elif outcome == Outcome.AUTOMATIC:
            self.automatic += 1
        elif outcome == Outcome.QUARANTINED:
            self.quarantined += 1
            self.problems.append((source, error))


def inbox_get(*, name: str) -> Inbox:
    """An inbox by name, ignoring case."""
    return Inbox.objects.get(name__iexact=name.strip())


def paths_ingest(
    *,
    paths: list[Path],
    inbox: Inbox | None = None,
    account: MailAccount | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest every message under the paths; one bad file never stops the rest."""
    if account is None:
        if inbox is None:
            raise ValueError("an inbox or a mail account is needed")
        account = import_account_get_or_create(inbox=inbox)
    report = IngestReport()
    mails = mail_from_paths(paths)
    # the write-ahead log copied into the database by another thread (core.checkpoints)
    with checkpoints_behind(connections[DEFAULT_DB_ALIAS]) as checkpoints:
        return _ingest(mails, account, report, progress, checkpoints)


def _ingest(
    mails: Iterator[FileMail | FileProblem],
    account: MailAccount,
    report: IngestReport,
    progress: Callable[[int], None] | None,
    checkpoints: Checkpoints,
) -> IngestReport:
    garbage = False  # a batch was filed since the last collection
    while True:
        # Commit every BATCH messages (mails_receive's transaction): the files stay where
        # they are, so a crash mid-batch loses nothing (the next run takes the batch again)
        # and commits cost far less.
        batch = _batch_take(mails)
        if garbage and batch:
            # the last batch's garbage, in a bulk job (core.collector), once another batch
            # follows: after the last one the job ends and so does the bulk job's pause
            bulk_batch_done()
        readable = []
        for mail in batch:
            if isinstance(mail, FileProblem):
                report.unreadable += 1
                report.problems.append((mail.source, mail.reason))
            else:
                readable.append(mail)
        results = mails_receive(
            mails=[(mail.raw, mail.source) for mail in readable], account=account
        )
        for mail, result in zip(readable, results, strict=True):
            report.add(result.outcome, result.link, source=mail.source, error=result.error)
        if results:
            checkpoints.request()  # the batch is committed
        garbage = bool(batch)
        if progress is not None and batch:
            progress(len(batch))
        if not batch:
            return report


def _batch_take(mails: Iterator[FileMail | FileProblem]) -> list[FileMail | FileProblem]:
    """The next batch: BATCH messages, or fewer when they come to BATCH_BYTES (so that a run of
    large attachments does not raise the memory a batch needs)."""
    batch: list[FileMail | FileProblem] = []
    size = 0
    for mail in mails:
        batch.append(mail)
        size += len(mail.raw) if isinstance(mail, FileMail) else 0
        if len(batch) >= BATCH or size >= BATCH_BYTES:
            break
    return batch


def quarantine_retry_report() -> IngestReport:
    """Retry every quarantined message and count what became of it."""
    report = IngestReport()
    for result in quarantined_retry():
        report.add(
            result.outcome, result.link, source=f"raw #{result.raw_message_id}", error=result.error
        )
    return report
