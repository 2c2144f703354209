"""The `caredesk triage` command: JSON lines in and out, eval, train, feedback export."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from caredesk.triage.model import Model
from caredesk.triage.services import feedback_record, message_triage

CORPUS = Path(__file__).resolve().parents[2] / "caredesk" / "triage" / "data" / "corpus"
MESSAGES = [
    {"id": "a1", "channel": "email", "subject": "Flooding", "body": "Water is pouring in!"},
    {"id": "a2", "channel": "portal", "subject": "Pool", "body": "What are the pool hours?"},
    {
        "id": "a3",
        "channel": "pre",
        "subject": "电话留言",
        "body": "来电人说家里燃气味很重，请回电。",
    },
]


def write_jsonl(path: Path, rows: list, bad_line_at: int | None = None) -> Path:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    if bad_line_at is not None:
        lines.insert(bad_line_at, '{"id": "broken", "body": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_gives_one_line_per_message_in_input_order(tmp_path):
    """Given three messages, when triaged, then three outputs with the contract's keys, in order."""
    source, out = write_jsonl(tmp_path / "in.jsonl", MESSAGES), tmp_path / "out.jsonl"
    call_command("triage", "--shipped-phrases", "--jsonl", str(source), "--out", str(out))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["a1", "a2", "a3"]
    for row in rows:
        assert set(row) == {
            "id",
            "urgency",
            "leak_related",
            "category",
            "needs_callback",
            "reasons",
        }
    assert rows[0]["urgency"] == "emergency" and rows[0]["leak_related"] is True
    assert rows[2]["urgency"] == "emergency" and rows[2]["needs_callback"] is True


def test_a_bad_line_is_reported_with_its_number_and_the_rest_goes_on(tmp_path):
    """Given a broken second line, then stderr names line 2, an error object keeps its place,
    the other messages are triaged, and the command fails at the end."""
    source = write_jsonl(tmp_path / "in.jsonl", MESSAGES, bad_line_at=1)
    out, err = tmp_path / "out.jsonl", io.StringIO()
    with pytest.raises(CommandError, match="1 line"):
        call_command(
            "triage", "--shipped-phrases", "--jsonl", str(source), "--out", str(out), stderr=err
        )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row.get("id") for row in rows] == ["a1", None, "a2", "a3"]
    assert "error" in rows[1] and "urgency" in rows[2]
    assert "line 2:" in err.getvalue()


def test_the_caredesk_command_reads_jsonl_and_writes_stdout(tmp_path):
    """Given the installed `caredesk triage --jsonl`, run as a program on a fresh database
    folder, then it prints one JSON line per input line (shipped phrases without a database)."""
    source = write_jsonl(tmp_path / "in.jsonl", MESSAGES)
    env = {**os.environ, "CAREDESK_VAR_DIR": str(tmp_path / "var")}
    env.pop("CAREDESK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "caredesk.cli", "triage", "--jsonl", str(source)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [row["id"] for row in rows] == ["a1", "a2", "a3"]


def test_eval_prints_per_class_figures_confusion_and_targets_by_language():
    """Given the held-out file, eval prints per-class figures, matrices and the targets."""
    out = io.StringIO()
    call_command("triage", "--shipped-phrases", "eval", str(CORPUS / "heldout.jsonl"), stdout=out)
    text = out.getvalue()
    for expected in (
        "language: en",
        "language: zh",
        "language: all",
        "precision",
        "confusion",
        "emergency_recall",
        "category_macro_f1",
        "== targets ==",
    ):
        assert expected in text


def test_train_writes_a_model_that_loads_and_triages(tmp_path):
    """Given a small corpus, train writes a model folder that loads and decides messages."""
    rows = [json.loads(line) for line in (CORPUS / "train.jsonl").read_text().splitlines()]
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows[::6]) + "\n")
    out = io.StringIO()
    call_command(
        "triage",
        "--shipped-phrases",
        "train",
        "--corpus",
        str(small),
        "--out",
        str(tmp_path / "model"),
        "--no-progress",
        stdout=out,
    )
    assert "trained on" in out.getvalue()
    model = Model.load(tmp_path / "model")
    assert not list((tmp_path / "model").glob("*.pkl"))
    result = message_triage(
        channel="email", subject="", body="What are the pool hours?", model=model
    )
    assert result.urgency in {"emergency", "urgent", "normal", "low"}


@pytest.mark.django_db
def test_feedback_export_writes_the_csr_overrules_as_labelled_lines(tmp_path):
    """Given a CSR overruled urgency and category of item 7, the export has one labelled line
    for it, with the CSR's values and the other fields as triage decided them."""
    message = {"channel": "email", "subject": "Drip", "body": "Slow drip under the sink."}
    feedback_record(
        item_number=7,
        field="urgency",
        old_value="normal",
        new_value="urgent",
        reason="elderly owner",
        **message,
    )
    feedback_record(
        item_number=7,
        field="category",
        old_value="maintenance",
        new_value="complaint",
        reason="third time",
        **message,
    )
    out = tmp_path / "feedback.jsonl"
    call_command("triage", "feedback", "--out", str(out), stdout=io.StringIO())
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert (row["urgency"], row["category"], row["leak_related"]) == ("urgent", "complaint", True)
    assert row["overruled"] == ["category", "urgency"] and row["body"] == message["body"]
