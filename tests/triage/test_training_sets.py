"""Which corpus files are trained on and which never are: one list of each, in
caredesk/triage/training.py, that every round's tests and the relabel scripts read."""

from __future__ import annotations

import json
from pathlib import Path

from caredesk.triage.training import NEVER_TRAINED, TRAINING_FILES, corpus_relabel

CORPUS = Path(__file__).resolve().parents[2] / "caredesk" / "triage" / "data" / "corpus"


def test_no_set_is_both_trained_on_and_honest():
    assert not set(NEVER_TRAINED) & set(TRAINING_FILES)
    assert len(set(NEVER_TRAINED)) == len(NEVER_TRAINED)
    assert len(set(TRAINING_FILES)) == len(TRAINING_FILES)


def test_every_corpus_file_is_named_in_exactly_one_list():
    """A new set must be put in one list or the other: an honest set added to the folder and
    named nowhere fails here rather than being forgotten."""
    shipped = {path.name for path in CORPUS.glob("*.jsonl")}
    assert shipped == set(NEVER_TRAINED) | set(TRAINING_FILES)


def test_the_long_standing_honest_sets_stay_honest():
    assert {"heldout.jsonl", "blind3b.jsonl", "engine36.jsonl"} <= set(NEVER_TRAINED)


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def test_a_relabel_script_never_rewrites_an_honest_set(tmp_path, capsys):
    row = {"id": "x-1", "body": "Water through the ceiling.", "urgency": "emergency"}
    honest, trained, skipped = NEVER_TRAINED[0], TRAINING_FILES[0], TRAINING_FILES[1]
    for name in (honest, trained, skipped):
        _write(tmp_path / name, [{**row, "id": name}])

    changed = corpus_relabel(tmp_path, lambda r: {**r, "urgency": "low"}, skip=[skipped])

    assert changed == 1
    assert json.loads((tmp_path / trained).read_text("utf-8"))["urgency"] == "low"
    for name in (honest, skipped):
        assert json.loads((tmp_path / name).read_text("utf-8"))["urgency"] == "emergency"
    assert trained in capsys.readouterr().out


def test_a_dry_run_rewrites_nothing(tmp_path):
    name = TRAINING_FILES[0]
    _write(tmp_path / name, [{"id": "x-1", "urgency": "normal"}])
    before = (tmp_path / name).read_bytes()
    assert corpus_relabel(tmp_path, lambda r: {**r, "urgency": "low"}, dry_run=True) == 1
    assert (tmp_path / name).read_bytes() == before


def test_a_new_sets_builder_never_shows_an_honest_sets_line(tmp_path, capsys):
    """blind_set_build.py's novelty report names the closest earlier line of each new line; a
    line of a NEVER_TRAINED set is named by file and ratio only, its text never printed."""
    import sys

    sys.path.insert(0, str(CORPUS.parents[3] / "scripts" / "triage"))
    try:
        from blind_set_build import novelty_report
    finally:
        sys.path.pop(0)
    secret = "The honest line about the sauna heater that nobody may read."
    trained = "A trained line about the clubhouse sauna heater, readable by anyone."
    honest_name = NEVER_TRAINED[0]
    (tmp_path / honest_name).write_text(json.dumps({"body": secret}) + "\n", encoding="utf-8")
    (tmp_path / "train.jsonl").write_text(json.dumps({"body": trained}) + "\n", encoding="utf-8")
    rows = [
        {"id": "b99-en-001", "body": "The honest line about the sauna heater that nobody may see."},
        {"id": "b99-en-002", "body": "A trained line about the clubhouse sauna heater, readable."},
    ]
    novelty_report(rows, str(tmp_path), 99)
    printed = capsys.readouterr().err
    assert f"b99-en-001 ~ {Path(honest_name).stem}: (an honest set's line, not shown)" in printed
    assert "nobody" not in printed
    assert "clubhouse sauna heater" in printed  # a trained line is shown
