"""caredesk poll [--once]: fetch new mail from the IMAP mail accounts."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandParser

from caredesk.core.jobs import worker_id_new
from caredesk.intake.polling import accounts_poll_due


class Command(BaseCommand):
    help = "Poll the IMAP mail accounts that are due (each account is polled by one process)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="one round, then exit")
        parser.add_argument("--interval", type=float, default=10.0, help="seconds between rounds")

    def handle(self, *args, **options) -> None:
        holder = worker_id_new()
        while True:
            for result in accounts_poll_due(holder=holder):
                outcomes = ", ".join(f"{k} {v}" for k, v in sorted(result.outcomes.items()))
                if result.skipped_locked:
                    line = "skipped: another process is polling it"
                elif result.error:
                    line = f"error: {result.error}"
                else:
                    line = f"fetched {result.fetched}" + (f" ({outcomes})" if outcomes else "")
                self.stdout.write(f"account {result.account_id}: {line}")
            if options["once"]:
                return
            time.sleep(options["interval"])
