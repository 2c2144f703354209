"""caredesk demo: load the demo company (idempotent) and print how to sign in."""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm


class Command(BaseCommand):
    help = "Load the demo company, its people, staff and sample mail (running it twice is safe)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options) -> None:
        from caredesk.demo import demo_load

        call_command("migrate", interactive=False, verbosity=0)
        with tqdm(desc="Demo data", unit="step", disable=options["no_progress"] or None) as bar:
            report = demo_load(progress=bar.update)
        self.stdout.write(str(report))
        self.stdout.write("")
        self.stdout.write(f"Open {settings.CAREDESK_BASE_URL.rstrip('/')}/ and sign in as:")
        for username, password, roles in report.logins:
            self.stdout.write(f"  {username:<16} {password:<16} {roles}")
