"""The statistical model: character n-grams (which work for Chinese too) and rule hits, one
logistic regression per field.

Stored without pickle: `data/model/model.json` (parameters, classes, the feature layout) and
`data/model/model.npz` (the n-gram vocabulary as 64-bit keys, idf and the coefficients). At run
time only numpy is needed; scikit-learn trains it (`caredesk triage train`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from caredesk.triage.rules import FIELDS, STATUSES, VALUES, Hit

FORMAT = 1
NGRAM_MIN, NGRAM_MAX = 1, 4
_PRIME = np.uint64(0x100000001B3)
_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
MODEL_FIELDS = {  # model field -> its classes, in a fixed order
    "urgency": VALUES["urgency"],
    "leak_related": ("false", "true"),
    "category": VALUES["category"],
    "needs_callback": ("false", "true"),
}
RULE_FEATURES = tuple(
    f"{field}={value}:{status}"
    for field in FIELDS
    for value in VALUES[field]
    for status in STATUSES
)
_RULE_INDEX = {name: i for i, name in enumerate(RULE_FEATURES)}


def model_text(*, channel: str, sender: str, subject: str, body: str) -> str:
    """What the n-grams are taken from: channel, sender, subject and new body, normalised."""
    text = f"{channel} | {sender} | {subject} | {body}".lower()
    return _SPACES.sub(" ", _DIGITS.sub("0", text)).strip()


def ngram_keys(text: str) -> np.ndarray:
    """64-bit keys of every character n-gram (1..4) of the text: a rolling polynomial hash,
    the same on every machine (Python's own hash() is salted per process)."""
    points = np.frombuffer(f" {text} ".encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    keys = [points]
    rolling = points
    with np.errstate(over="ignore"):
        for n in range(2, NGRAM_MAX + 1):
            if len(rolling) < 2:
                break
            rolling = rolling[:-1] * _PRIME + points[n - 1 :]
            keys.append(rolling + np.uint64(n))
    return np.concatenate(keys[NGRAM_MIN - 1 :])


def rule_vector(hits: list[Hit]) -> np.ndarray:
    """Rule hits as features: the summed weights per field, value and status (capped at 3)."""
    vector = np.zeros(len(RULE_FEATURES), dtype=np.float32)
    for hit in hits:
        index = _RULE_INDEX.get(f"{hit.field}={hit.value}:{hit.status}")
        if index is not None:
            vector[index] = min(3.0, vector[index] + hit.weight)
    return vector


@dataclass
class Model:
    """A trained model: vocabulary, idf, and per field the classes and coefficients."""

    vocabulary: np.ndarray  # sorted uint64 n-gram keys
    idf: np.ndarray  # float32, one per key
    coef: dict[str, np.ndarray]  # field -> (keys + rule features, classes) float32
    intercept: dict[str, np.ndarray]
    classes: dict[str, tuple[str, ...]]
    rule_scale: float = 1.0
    info: dict | None = None
    _stacked: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)
    _columns: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict, repr=False)
    _intercepts: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The (vocabulary index, tf-idf weight) pairs of a text, l2-normalised."""
        keys, counts = np.unique(ngram_keys(text), return_counts=True)
        where = np.searchsorted(self.vocabulary, keys)
        where[where >= len(self.vocabulary)] = 0
        known = self.vocabulary[where] == keys
        index = where[known]
        weight = (1.0 + np.log(counts[known])) * self.idf[index]
        norm = float(np.sqrt(weight @ weight)) or 1.0
        return index, (weight / norm).astype(np.float32)

    def predict(self, *, text: str, rules: np.ndarray) -> dict[str, dict[str, float]]:
        """Per field, the probability of each class."""
        if self._stacked is None:
            self._stack()
        index, weight = self.features(text)
        size = len(self.vocabulary)
        scores = weight @ self._stacked[index] + (rules * self.rule_scale) @ self._stacked[size:]
        scores += self._intercepts
        out: dict[str, dict[str, float]] = {}
        for field, (start, stop) in self._columns.items():
            probabilities = (float(p) for p in _softmax(scores[start:stop]))
            out[field] = dict(zip(self.classes[field], probabilities, strict=True))
        return out

    def _stack(self) -> None:
        """All fields' coefficients side by side: one gather and one product per message."""
        columns, start = {}, 0
        for field, coef in self.coef.items():
            columns[field] = (start, start + coef.shape[1])
            start += coef.shape[1]
        self._columns = columns
        self._stacked = np.hstack(list(self.coef.values())).astype(np.float32)
        self._intercepts = np.concatenate(list(self.intercept.values())).astype(np.float32)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        arrays = {"vocabulary": self.vocabulary, "idf": self.idf.astype(np.float32)}
        for field in self.coef:
            arrays[f"coef_{field}"] = self.coef[field].astype(np.float16)
            arrays[f"intercept_{field}"] = self.intercept[field].astype(np.float32)
        np.savez_compressed(directory / "model.npz", **arrays)
        meta = {
            "format": FORMAT,
            "ngram_range": [NGRAM_MIN, NGRAM_MAX],
            "rule_features": list(RULE_FEATURES),
            "rule_scale": self.rule_scale,
            "classes": {field: list(classes) for field, classes in self.classes.items()},
            "info": self.info or {},
        }
        text = json.dumps(meta, indent=1, ensure_ascii=False)
        (directory / "model.json").write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> Model:
        meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT or meta["rule_features"] != list(RULE_FEATURES):
            raise ValueError(f"{directory}: a model of another format; retrain it")
        with np.load(directory / "model.npz", allow_pickle=False) as arrays:
            classes = {field: tuple(values) for field, values in meta["classes"].items()}
            return cls(
                vocabulary=arrays["vocabulary"],
                idf=arrays["idf"],
                coef={f: arrays[f"coef_{f}"].astype(np.float32) for f in classes},
                intercept={f: arrays[f"intercept_{f}"] for f in classes},
                classes=classes,
                rule_scale=float(meta["rule_scale"]),
                info=meta.get("info"),
            )


def _softmax(scores: np.ndarray) -> np.ndarray:
    if len(scores) == 1:  # a binary model has one column: the score of the second class
        p = 1.0 / (1.0 + np.exp(-scores[0]))
        return np.array([1.0 - p, p])
    exp = np.exp(scores - scores.max())
    return exp / exp.sum()


def shipped_model_dir() -> Path:
    return Path(str(resources.files("caredesk.triage").joinpath("data/model")))


@cache
def shipped_model() -> Model:
    """The model that ships in the package (loaded once per process)."""
    return Model.load(shipped_model_dir())
