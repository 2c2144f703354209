"""The `caredesk` command: each subcommand is a Django management command of the app that owns it.

caredesk serve | demo | ingest | poll | triage | worker | import-directory | manage <django command>
"""

from __future__ import annotations

import os
import sys

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


if __name__ == "__main__":
    main()
