"""caredesk import-directory FILE.csv: import a homeowner roster, one row per account."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from caredesk.core.errors import ApplicationError
from caredesk.directory.importing import directory_import


class Command(BaseCommand):
    help = (
        "Import a homeowner roster (CSV). Columns: account_id,name,email,unit,association "
        "and optionally phone, relation, language, association_kind."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        with path.open("rb") as handle:
            total = max(sum(1 for _ in handle) - 1, 0)
        quiet = options["json"] or options["no_progress"]
        try:
            with tqdm(total=total, unit="row", desc="Importing", disable=quiet or None) as bar:
                report = directory_import(rows=path, progress=bar.update)
        except ApplicationError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "created": report.created,
                        "updated": report.updated,
                        "unchanged": report.unchanged,
                        "rejected": [{"line": line, "reason": r} for line, r in report.rejected],
                        "warnings": report.warnings,
                    },
                    ensure_ascii=False,
                )
            )
            return
        for warning in report.warnings:
            self.stderr.write(f"warning: {warning}")
        for line, reason in report.rejected:
            self.stderr.write(f"line {line}: {reason}")
        self.stdout.write(report.summary())
