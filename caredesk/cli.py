"""The `caredesk` command: each subcommand is a Django management command of the app that owns it.

caredesk serve | demo | ingest | poll | triage | worker | import-directory | manage <django command>
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn

SUBCOMMANDS = {
    "serve": "serve",
    "demo": "demo",
    "ingest": "ingest",
    "poll": "poll",
    "triage": "triage",
    "worker": "worker",
    "import-directory": "import_directory",
}

USAGE = """usage: caredesk <command> [options]

commands:
  serve              run the web server and a background worker (embedded default)
  demo               load the demo company, people, staff and sample mail
  ingest PATH...     ingest .eml files, folders, Maildir or mbox into an inbox
  poll               poll the IMAP mail accounts (--once for a single round)
  triage             --jsonl IN; or eval F | train | feedback --out F | sync-phrases | needles
  worker             run a background worker (with the scheduler and the reaper)
  import-directory   import a homeowner roster (CSV)
  manage ...         any Django management command (migrate, createsuperuser, ...)

'caredesk <command> --help' explains each.
"""


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caredesk.config.settings")
    if not argv or argv[0] in {"-h", "--help", "help"}:
        sys.stdout.write(USAGE)
        return
    command, rest = argv[0], argv[1:]
    from django.core.management import execute_from_command_line

    if command == "manage":
        execute_from_command_line(["caredesk manage", *rest])
    elif command in SUBCOMMANDS:
        execute_from_command_line(["caredesk", SUBCOMMANDS[command], *rest])
    else:
        sys.stderr.write(f"caredesk: unknown command {command!r}\n\n{USAGE}")
        raise SystemExit(2)


def run() -> NoReturn:
    """The console script: main(), then leave at once (exit_now)."""
    from caredesk.core.collector import start_up_begin

    # NumPy's OpenBLAS starts a pool of threads when it is imported (half of NumPy's import
    # time: 0.06 s of every command that triages). Caredesk's arrays are small and it does no
    # matrix products worth a second thread, so one thread unless the environment says so.
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")
    start_up_begin()
    try:
        main()
    except SystemExit as stop:
        exit_now(stop.code)
    exit_now(0)


def exit_now(code: object = 0) -> NoReturn:
    """Leave the process as Python's own exit does, less the interpreter's teardown.

    Python frees every object one by one at exit: after a command that loaded Django, NumPy
    and the triage model, that took 0.13-0.2 s (5-8 % of a 2,000-message ingest) and changes
    nothing a later process sees. What exit must do still happens, in Python's order: other
    threads are waited for (while one runs, this is Python's exit, unchanged), the database
    connections are closed (SQLite folds its write-ahead log back in), the atexit handlers run
    (logging's flush, the triage expression store, tqdm), and stdout and stderr are flushed.
    The status is sys.exit's: None is 0, a number is itself, anything else is printed and 1.
    """
    others = [
        thread
        for thread in threading.enumerate()
        if thread is not threading.main_thread() and not thread.daemon and thread.is_alive()
    ]
    if others:
        raise SystemExit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        sys.stderr.write(f"{code}\n")
        status = 1
    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed, or a broken pipe
            stream.flush()
    os._exit(status & 0xFF)  # as the shell sees sys.exit(status)


if __name__ == "__main__":
    run()
