"""The shipped training corpus as rows, and a relabel script's dry run, for the tests that hold
the corpus to a round's label conventions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from caredesk.triage.training import TRAINING_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "caredesk" / "triage" / "data" / "corpus"


def trained_rows() -> dict[str, dict]:
    """Every trained-on line by id (the honest sets, NEVER_TRAINED, are not read)."""
    rows = {}
    for name in TRAINING_FILES:
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def relabel_dry_run(script: str) -> str:
    """What scripts/triage/SCRIPT says when run on the corpus with --dry-run (its stderr)."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "triage" / script), str(CORPUS), "--dry-run"],
        check=True,
        capture_output=True,
        text=True,
    )
    return run.stderr
