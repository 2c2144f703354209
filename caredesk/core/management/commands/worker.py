"""caredesk worker: run background jobs, keep a heartbeat, and take turns at scheduling."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser
from django_tasks import default_task_backend

from caredesk.core.jobs import Housekeeper, heartbeat, worker_id_new


class Command(BaseCommand):
    help = "Run a background worker (several may run, on several machines)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--queue-name", default="*", help="queues to process (default: all)")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
        parser.add_argument("--no-scheduler", action="store_true", help="never run the scheduler")
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit")
        parser.add_argument("--max-tasks", type=int, default=None)

    def handle(self, *args, **options) -> None:
        worker_id = worker_id_new()
        heartbeat(worker_id=worker_id)
        housekeeper = Housekeeper(worker_id=worker_id, run_scheduler=not options["no_scheduler"])
        housekeeper.start()
        self.stdout.write(f"Caredesk worker {worker_id} started")
        try:
            if type(default_task_backend).__name__ == "RQBackend":
                from django.core.management import call_command

                # django-tasks-rq's jobs only run with its Job class.
                call_command(
                    "rqworker",
                    "default",
                    job_class="django_tasks_rq.backend.Job",
                    burst=options["batch"],
                )
            else:
                from django_tasks_db.management.commands.db_worker import Worker

                worker = Worker(
                    queue_names=options["queue_name"].split(","),
                    interval=options["interval"],
                    batch=options["batch"],
                    backend_name="default",
                    startup_delay=False,
                    max_tasks=options["max_tasks"],
                    worker_id=worker_id,
                    excluded_queue_names=[],
                )
                if not options["batch"]:
                    worker.configure_signals()
                worker.run()
        finally:
            housekeeper.stop()
