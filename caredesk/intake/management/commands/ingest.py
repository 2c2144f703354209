"""caredesk ingest PATH... --inbox NAME [--json]"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from caredesk.core.collector import bulk_collection
from caredesk.intake.ingest import inbox_get, paths_ingest, quarantine_retry_report
from caredesk.mailroom.models import Inbox
from caredesk.mailroom.transports.files import mail_paths_count


class Command(BaseCommand):
    help = "Ingest .eml files, folders of them, Maildir folders or mbox files into an inbox."
    # The system checks import every URL and API module (0.3 s): `caredesk manage check` and
    # the server run them; a bulk import need not pay for them on every run.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "paths", nargs="*", type=Path, help=".eml files, folders, Maildir, mbox"
        )
        parser.add_argument(
            "--inbox", default="CC General", help="inbox name (default: CC General)"
        )
        parser.add_argument(
            "--json", action="store_true", help="print the counts as one JSON object"
        )
        parser.add_argument(
            "--retry-quarantined",
            action="store_true",
            help="process the quarantined messages again (e.g. after an upgrade)",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options) -> None:
        quiet = options["json"] or options["no_progress"]
        if options["retry_quarantined"]:
            report = quarantine_retry_report()
        else:
            if not options["paths"]:
                raise CommandError("give at least one path (or --retry-quarantined)")
            try:
                inbox = inbox_get(name=options["inbox"])
            except Inbox.DoesNotExist as error:
                names = ", ".join(Inbox.objects.values_list("name", flat=True))
                raise CommandError(f"no inbox {options['inbox']!r}; inboxes: {names}") from error
            paths = options["paths"]
            with (
                tqdm(
                    total=mail_paths_count(paths),
                    unit="msg",
                    disable=quiet or None,
                    desc=f"Ingesting into {inbox.name}",
                ) as bar,
                bulk_collection(),
            ):
                report = paths_ingest(paths=paths, inbox=inbox, progress=bar.update)
        if options["json"]:
            self.stdout.write(json.dumps(report.counts()))
            return
        for source, reason in report.problems:
            self.stderr.write(f"{source}: {reason}")
        counts = report.counts()
        self.stdout.write(
            "received {received}: created {created} (linked {linked}, orphans {orphans}, "
            "ambiguous {ambiguous}), threaded {threaded}, duplicates {duplicates}, "
            "automatic {automatic}, quarantined {quarantined}, unreadable {unreadable}".format(
                **counts
            )
        )
