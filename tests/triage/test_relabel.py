"""training.corpus_relabel: the rounds' relabel scripts apply a convention to a corpus folder."""

from __future__ import annotations

import json
from pathlib import Path

from caredesk.triage.training import corpus_relabel


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _minutes_are_normal(row: dict) -> dict:
    if "minutes" in row["body"] and row["urgency"] == "low":
        return {**row, "urgency": "normal"}
    return row


def test_changed_lines_are_rewritten_counted_and_printed_and_skipped_files_left(
    tmp_path: Path, capsys
):
    rows = [
        {"id": "a-1", "body": "Where are the minutes?", "urgency": "low"},
        {"id": "a-2", "body": "Thanks! 谢谢", "urgency": "low"},
    ]
    _write(tmp_path / "a.jsonl", rows)
    _write(tmp_path / "honest.jsonl", rows)
    assert corpus_relabel(tmp_path, _minutes_are_normal, dry_run=True) == 2
    assert _read(tmp_path / "a.jsonl") == rows  # a dry run writes nothing
    capsys.readouterr()

    assert corpus_relabel(tmp_path, _minutes_are_normal, skip=["honest.jsonl"]) == 1
    assert capsys.readouterr().out.split() == ["a.jsonl", "a-1", "urgency:", "low", "->", "normal"]
    assert [r["urgency"] for r in _read(tmp_path / "a.jsonl")] == ["normal", "low"]
    assert _read(tmp_path / "a.jsonl")[1]["body"] == "Thanks! 谢谢"
    assert _read(tmp_path / "honest.jsonl") == rows
    assert corpus_relabel(tmp_path, _minutes_are_normal, skip=["honest.jsonl"]) == 0
