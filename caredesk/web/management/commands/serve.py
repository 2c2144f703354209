"""caredesk serve: the embedded default on one machine — web server plus a background worker."""

from __future__ import annotations

import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Migrate, then run the web server (waitress) and a background worker together."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-worker", action="store_true", help="web server only")

    def handle(self, *args, **options) -> None:
        from waitress import serve

        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        # Imported after collectstatic: WhiteNoise indexes the static folder when it starts.
        from caredesk.config.wsgi import application

        worker = None
        if not options["no_worker"]:
            worker = subprocess.Popen([sys.executable, "-m", "caredesk.cli", "worker"])
        url = f"http://{options['host']}:{options['port']}/"
        self.stdout.write(f"Caredesk is running at {url} (admin: {url}admin/)")
        self.stdout.write(f"Database: {settings.DATABASES['default']['NAME']}")
        try:
            serve(
                application, host=options["host"], port=options["port"], threads=options["threads"]
            )
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=30)
