"""The model's prepared arrays (Model.load_prepared): kept under var/cache by the first
process, mapped by the next, and deciding exactly as the model loaded from the package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from caredesk.triage.model import RULE_FEATURES, Model, model_text, shipped_model_dir

CORPUS = shipped_model_dir().parent / "corpus"


def _texts(count: int) -> list[str]:
    texts = []
    for name in ("heldout.jsonl", "train.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()[:count]:
            row = json.loads(line)
            texts.append(
                model_text(
                    channel=row.get("channel", "email"),
                    sender=f"{row.get('from_name', '')} {row.get('from_email', '')}",
                    subject=row.get("subject", ""),
                    body=row.get("body", ""),
                )
            )
    return texts


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    """A copy of the shipped model (its time of change is this copy's)."""
    folder = tmp_path / "model"
    shutil.copytree(shipped_model_dir(), folder)
    return folder


def _prepared(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("triage-model-*") if p.is_dir())


def test_the_prepared_arrays_decide_exactly_as_the_loaded_model(model_dir, tmp_path):
    cache = tmp_path / "cache"
    first = Model.load_prepared(model_dir, cache)  # loads, and keeps the arrays
    [folder] = _prepared(cache)
    second = Model.load_prepared(model_dir, cache)  # maps them
    for array in (second._stacked, second.vocabulary, second._table._keys):
        assert isinstance(array.base, np.memmap) and not array.flags.writeable  # mapped
        assert type(array) is np.ndarray  # ...as a plain array
    loaded = Model.load(model_dir)
    texts = _texts(300)
    rng = np.random.default_rng(3)
    rules = [
        (rng.random(len(RULE_FEATURES)) < 0.02).astype(np.float32) * 2 for _ in range(len(texts))
    ]
    expected = loaded.predict_many(texts=texts, rules=rules)
    assert first.predict_many(texts=texts, rules=rules) == expected
    assert second.predict_many(texts=texts, rules=rules) == expected
    pairs = zip(texts[:50], rules[:50], strict=True)
    assert [second.predict(text=text, rules=row) for text, row in pairs] == expected[:50]
    assert second.classes == loaded.classes and second.rule_scale == loaded.rule_scale
    # the model the arrays came from is whole: it saves and loads back the same
    second.save(tmp_path / "saved")
    again = Model.load(tmp_path / "saved")
    assert again.predict_many(texts=texts[:40]) == loaded.predict_many(texts=texts[:40])
    assert folder.is_dir()


def test_damaged_arrays_are_prepared_anew(model_dir, tmp_path):
    cache = tmp_path / "cache"
    Model.load_prepared(model_dir, cache)
    [folder] = _prepared(cache)
    stacked = folder / "stacked.npy"
    stacked.write_bytes(stacked.read_bytes()[: stacked.stat().st_size // 2])
    model = Model.load_prepared(model_dir, cache)
    texts = _texts(20)
    assert model.predict_many(texts=texts) == Model.load(model_dir).predict_many(texts=texts)
    assert _prepared(cache) == [folder]
    assert Model.load_prepared(model_dir, cache)._stacked.shape[0] > 0  # whole again


def test_a_new_model_is_prepared_anew_and_the_old_arrays_removed(model_dir, tmp_path):
    cache = tmp_path / "cache"
    Model.load_prepared(model_dir, cache)
    [old] = _prepared(cache)
    meta = json.loads((model_dir / "model.json").read_text(encoding="utf-8"))
    meta["rule_scale"] = meta["rule_scale"] * 0.5  # a retrained model, say
    (model_dir / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    model = Model.load_prepared(model_dir, cache)
    [new] = _prepared(cache)
    assert new != old
    assert model.rule_scale == meta["rule_scale"]


def test_a_cache_path_that_is_a_file_still_gives_the_model(model_dir, tmp_path):
    cache = tmp_path / "cache"
    cache.write_text("not a folder")  # var/cache mistaken for a file: logged, not fatal
    model = Model.load_prepared(model_dir, cache)
    texts = _texts(10)
    assert model.predict_many(texts=texts) == Model.load(model_dir).predict_many(texts=texts)


def test_arrays_prepared_for_other_rule_features_are_prepared_anew(model_dir, tmp_path):
    cache = tmp_path / "cache"
    Model.load_prepared(model_dir, cache)
    [folder] = _prepared(cache)
    meta_path = folder / "prepared.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["rule_features"] = meta["rule_features"][:-1]  # code whose rule features differ
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    texts = _texts(20)
    model = Model.load_prepared(model_dir, cache)
    assert model.predict_many(texts=texts) == Model.load(model_dir).predict_many(texts=texts)
    kept = json.loads(meta_path.read_text(encoding="utf-8"))
    assert kept["rule_features"] == list(RULE_FEATURES)
