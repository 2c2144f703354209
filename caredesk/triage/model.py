"""The statistical model: character n-grams (which work for Chinese too) and rule hits, one
logistic regression per field.

Stored without pickle: `data/model/model.json` (parameters, classes, the feature layout) and
`data/model/model.npz` (the n-gram vocabulary as 64-bit keys, idf and the coefficients). At run
time only numpy is needed; scikit-learn trains it (`caredesk triage train`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from caredesk.core.text import simplified
from caredesk.triage.rules import FIELDS, STATUSES, VALUES, Hit

logger = logging.getLogger(__name__)

FORMAT = 1
PREPARED_FORMAT = 2  # the layout of the prepared arrays (Model.prepared_save)
NGRAM_MIN, NGRAM_MAX = 1, 4
_PRIME = np.uint64(0x100000001B3)
_DIGITS = re.compile(r"\d")
_ASCII_ZERO = str.maketrans("123456789", "000000000")
_FIRST = np.zeros(1, dtype=np.intp)  # reduceat over one block
_NO_RULES = np.zeros(0, dtype=np.float32)
_NO_INDEX = np.zeros(0, dtype=np.intp)
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
_RULE_INDEX = {
    (field, value, status): i
    for i, (field, value, status) in enumerate(
        (field, value, status) for field in FIELDS for value in VALUES[field] for status in STATUSES
    )
}


def model_text(*, channel: str, sender: str, subject: str, body: str) -> str:
    """What the n-grams are taken from: channel, sender, subject and new body, normalised."""
    text = f"{channel} | {sender} | {subject} | {body}".lower()
    # digits become "0" (translate is quicker for ASCII text), traditional Chinese characters
    # simplified ones (the corpus is simplified); split() cuts where r"\s+" does
    text = text.translate(_ASCII_ZERO) if text.isascii() else _DIGITS.sub("0", simplified(text))
    return " ".join(text.split())


def ngram_keys(text: str) -> np.ndarray:
    """64-bit keys of every character n-gram (1..4) of the text: a rolling polynomial hash,
    the same on every machine (Python's own hash() is salted per process)."""
    padded = f" {text} "
    if padded.isascii():  # the same code points from a quarter of the bytes
        points = np.frombuffer(padded.encode("ascii"), dtype=np.uint8).astype(np.uint64)
    else:
        points = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    keys = [points]
    rolling = points
    with np.errstate(over="ignore"):
        for n in range(2, NGRAM_MAX + 1):
            if len(rolling) < 2:
                break
            rolling = rolling[:-1] * _PRIME + points[n - 1 :]
            keys.append(rolling + np.uint64(n))
    return np.concatenate(keys[NGRAM_MIN - 1 :])


def ngram_keys_many(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """ngram_keys() of many texts at once, and the position of each key's text: the texts are
    joined and the n-grams that would cross from one text into the next are left out."""
    padded = [f" {text} " for text in texts]
    points = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(p) for p in padded])
    keys, rows = [points], [owner]
    rolling = points
    with np.errstate(over="ignore"):
        for n in range(2, NGRAM_MAX + 1):
            if len(rolling) < 2:
                break
            rolling = rolling[:-1] * _PRIME + points[n - 1 :]
            inside = owner[: len(rolling)] == owner[n - 1 :]
            keys.append(rolling[inside] + np.uint64(n))
            rows.append(owner[: len(rolling)][inside])
    return np.concatenate(keys[NGRAM_MIN - 1 :]), np.concatenate(rows[NGRAM_MIN - 1 :])


def rule_vector(hits: list[Hit]) -> np.ndarray:
    """Rule hits as features: the summed weights per field, value and status (capped at 3)."""
    vector = np.zeros(len(RULE_FEATURES), dtype=np.float32)
    for hit in hits:
        index = _RULE_INDEX.get((hit.phrase.field, hit.phrase.value, hit.status))
        if index is not None:
            vector[index] = min(3.0, vector[index] + hit.weight)
    return vector


class KeyTable:
    """Where each n-gram key is in the vocabulary, by hashing instead of sorting: an
    open-addressing table (linear probing) at most a quarter full, looked up for a whole
    array of keys at once. Sorting a batch's 25,000 keys to binary-search them took four
    times as long.

    The keys are already hashes of the n-grams, but not well mixed in their low bits, so the
    slot is taken from the high bits of the key times a large odd constant (Fibonacci hashing).
    Runs of occupied slots never wrap around: the table has room after its last slot.
    """

    _MIX = np.uint64(0x9E3779B97F4A7C15)

    def __init__(self, vocabulary: np.ndarray) -> None:
        size = len(vocabulary)
        self.bits = max(4, (4 * size - 1).bit_length())
        self._shift = np.uint64(64 - self.bits)
        home = self._home(vocabulary)
        order = np.argsort(home, kind="stable")
        home = home[order]
        # each key in the first free slot from its home: slot[i] = max(home[i], slot[i-1] + 1)
        steps = np.arange(size, dtype=np.int64)
        slot = np.maximum.accumulate(home - steps) + steps
        # room for every home slot, and an empty slot after the last run of taken ones
        length = max(1 << self.bits, int(slot[-1]) + 2 if size else 0)
        self._keys = np.zeros(length, dtype=np.uint64)
        self._index = np.full(length, -1, dtype=np.int64)
        self._keys[slot] = vocabulary[order]
        self._index[slot] = order

    @classmethod
    def from_arrays(cls, keys: np.ndarray, index: np.ndarray, bits: int) -> KeyTable:
        """A table built before (its slots' keys and indices, as kept by Model.prepared_save)."""
        table = cls.__new__(cls)
        table.bits = bits
        table._shift = np.uint64(64 - bits)
        table._keys, table._index = keys, index
        return table

    def _home(self, keys: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return ((keys * self._MIX) >> self._shift).astype(np.int64)

    def find(self, keys: np.ndarray) -> np.ndarray:
        """The vocabulary index of each key, or -1 for a key not in it."""
        slot = self._home(keys)
        where = self._index[slot]
        found = self._keys[slot] == keys
        # a key whose home is taken by another key looks further along, until an empty slot
        pending = np.flatnonzero(~found & (where >= 0))
        step = 1
        while len(pending):
            look = slot[pending] + step
            index = self._index[look]
            hit = self._keys[look] == keys[pending]
            where[pending[hit]] = index[hit]
            found[pending[hit]] = True
            pending = pending[~hit & (index >= 0)]
            step += 1
        where[~found] = -1
        return where


def _counted(rows: np.ndarray, index: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(message, index, count) of each distinct pair, sorted by message then index, for
    messages and indices below 65,536: two stable sorts of 16-bit keys (by index, then by
    message), which NumPy does as radix sorts in linear time, where np.unique's sort of the
    combined 32-bit numbers compares (0.6 -> 0.35 ms for a batch of 25 messages)."""
    order = np.argsort(index.astype(np.uint16), kind="stable")
    order = order[np.argsort(rows[order].astype(np.uint16), kind="stable")]
    rows, index = rows[order], index[order]
    edge = np.empty(len(rows), dtype=bool)
    edge[:1] = True
    np.not_equal(rows[1:], rows[:-1], out=edge[1:])
    edge[1:] |= index[1:] != index[:-1]
    starts = np.flatnonzero(edge)
    counts = np.diff(np.append(starts, len(rows)))
    return rows[starts].astype(np.intp), index[starts].astype(np.intp), counts


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
    _padded: np.ndarray | None = dataclasses.field(default=None, repr=False, compare=False)
    _table: KeyTable | None = dataclasses.field(default=None, repr=False, compare=False)
    _fields: list = dataclasses.field(default_factory=list, repr=False, compare=False)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The (vocabulary index, tf-idf weight) pairs of a text, l2-normalised."""
        index, counts = self._known(text)
        weight = (1.0 + np.log(counts)) * self.idf[index]
        norm = float(np.sqrt(weight @ weight)) or 1.0
        return index, (weight / norm).astype(np.float32)

    def _known(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The vocabulary indices of the text's n-grams (sorted) and how often each occurs."""
        if self._padded is None:
            # a key past the end of the vocabulary is above its last key, so never 0: it meets
            # this 0 there instead of an index error (vocabularies are never empty)
            self._padded = np.append(self.vocabulary, np.uint64(0))
        keys = ngram_keys(text)
        keys.sort()
        # each key once, with the length of its run: fewer keys to search for
        size = len(keys)
        first = np.empty(size, dtype=bool)
        first[0] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        starts = first.nonzero()[0]
        counts = np.empty_like(starts)
        counts[:-1] = starts[1:] - starts[:-1]
        counts[-1] = size - starts[-1]
        keys = keys[starts]
        # the keys are sorted and the vocabulary too: the indices of the known ones come out
        # sorted and distinct
        where = self.vocabulary.searchsorted(keys)
        known = self._padded[where] == keys
        return where[known], counts[known]

    def predict(self, *, text: str, rules: np.ndarray | None = None) -> dict[str, dict[str, float]]:
        """Per field, the probability of each class, for one text: the same terms summed in
        the same order as predict_many(), with fewer array operations (no batch bookkeeping),
        so it gives exactly what predict_many() gives for that text in any batch."""
        if self._stacked is None:
            self._stack()
        index, counts = self._known(text)
        if rules is None or not self.rule_scale:  # the rule features weigh nothing
            rule_row, rule_index = _NO_RULES, _NO_INDEX
        else:
            rule_row = np.asarray(rules, dtype=np.float32) * np.float32(self.rule_scale)
            rule_index = np.flatnonzero(rule_row)
        if len(index):
            weight = (1.0 + np.log(counts)) * self.idf[index]
            # summed one by one in order, as bincount() sums them in predict_many()
            norm = math.sqrt(float(np.cumsum(weight * weight)[-1]))
            weight = (weight / (norm if norm > 0 else 1.0)).astype(np.float32)
            if len(rule_index):
                index = np.concatenate([index, rule_index + len(self.vocabulary)])
                weight = np.concatenate([weight, rule_row[rule_index]])
        else:
            index, weight = rule_index + len(self.vocabulary), rule_row[rule_index]
        scores = self._intercepts
        if len(index):
            terms = self._stacked.take(index, axis=0)
            terms *= weight[:, None]
            scores = scores + np.add.reduceat(terms, _FIRST, axis=0)[0]
        return self._probabilities(scores.tolist())

    def predict_many(
        self, *, texts: Sequence[str], rules: Sequence[np.ndarray] | None = None
    ) -> list[dict[str, dict[str, float]]]:
        """predict() for many texts at once: the n-grams of the whole batch are looked up,
        counted, weighted and scored with a few array operations. Each message is computed the
        same way whatever the batch (the same terms summed in the same order), so a batch
        gives exactly what predict() gives for each of its messages."""
        if self._stacked is None:
            self._stack()
        size, count = len(self.vocabulary), len(texts)
        row, index, counts = self._known_many(texts)
        weight = (1.0 + np.log(counts)) * self.idf[index]
        norm = np.sqrt(np.bincount(row, weights=weight * weight, minlength=count))
        weight = (weight / np.where(norm > 0, norm, 1.0)[row]).astype(np.float32)
        if rules is None or not self.rule_scale:  # the rule features weigh nothing
            rule_rows = np.zeros((count, len(RULE_FEATURES)), dtype=np.float32)
        else:
            rule_rows = np.vstack(rules).astype(np.float32) * np.float32(self.rule_scale)
        rule_row, rule_index = np.nonzero(rule_rows)
        # all terms of a message together: its n-grams, then its rule features
        row = np.concatenate([row, rule_row])
        order = np.argsort(row, kind="stable")
        row = row[order]
        index = np.concatenate([index, rule_index + size])[order]
        weight = np.concatenate([weight, rule_rows[rule_row, rule_index]])[order]
        scores = np.tile(self._intercepts, (count, 1))
        if len(row):
            terms = self._stacked.take(index, axis=0)  # quicker than fancy indexing
            terms *= weight[:, None]
            starts = np.flatnonzero(np.concatenate(([True], row[1:] != row[:-1])))
            scores[row[starts]] += np.add.reduceat(terms, starts, axis=0)
        return [self._probabilities(one) for one in scores.tolist()]

    def _probabilities(self, scores: list[float]) -> dict[str, dict[str, float]]:
        """Per field, the class probabilities of one message's scores (plain Python: quicker
        than arrays for a few dozen numbers, and the same for predict() and predict_many())."""
        out: dict[str, dict[str, float]] = {}
        exp = math.exp
        for field, classes, start, stop in self._fields:
            if stop - start == 1:  # binary: the score of the second class
                p = 1.0 / (1.0 + exp(-scores[start]))
                out[field] = {classes[0]: 1.0 - p, classes[1]: p}
                continue
            mine = scores[start:stop]
            top = max(mine)
            exps = [exp(score - top) for score in mine]
            total = sum(exps)
            out[field] = {name: e / total for name, e in zip(classes, exps, strict=True)}
        return out

    def _known_many(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(message, vocabulary index, count) of every known n-gram of the texts, sorted by
        message then index."""
        if self._table is None:
            self._table = KeyTable(self.vocabulary)
        keys, rows = ngram_keys_many(texts)
        where = self._table.find(keys)
        known = where >= 0
        size = len(self.vocabulary)
        if size <= 1 << 16 and len(texts) <= 1 << 16:
            return _counted(rows[known], where[known])
        # one number per (message, index), counted by one sort; 32 bits sort in half the time
        # of 64 when the batch allows it (25 messages of a 46,000-key vocabulary: 1.2 million)
        narrow = np.int32 if len(texts) * size < 2**31 else np.int64
        combined = rows[known].astype(narrow) * narrow(size) + where[known].astype(narrow)
        combined, counts = np.unique(combined, return_counts=True)
        combined = combined.astype(np.intp)
        return combined // size, combined % size, counts

    def _stack(self) -> None:
        """All fields' coefficients side by side: one gather and one product per batch.

        One row per key: a gather copies a key's classes at once. (One row per class halved
        reduceat's time for a batch of 1,000 messages, but intake's batches of 25 took as
        long, and numpy's take then copies one number at a time: 250 million more
        instructions over 2,000 messages.)"""
        columns, start = {}, 0
        for field, coef in self.coef.items():
            columns[field] = (start, start + coef.shape[1])
            start += coef.shape[1]
        self._columns_set(columns)
        self._stacked = np.ascontiguousarray(np.hstack(list(self.coef.values())), np.float32)
        self._intercepts = np.concatenate(list(self.intercept.values())).astype(np.float32)

    def _columns_set(self, columns: dict[str, tuple[int, int]]) -> None:
        """Where each field's classes are among the stacked coefficients."""
        self._columns = columns
        self._fields = [(f, self.classes[f], start, stop) for f, (start, stop) in columns.items()]

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

    def prepared_save(self, folder: Path) -> None:
        """Keep the arrays predictions work with, as they are in memory (the coefficients as
        float32, side by side, and the key table), as .npy files in folder: another
        process maps them (prepared_load) instead of decompressing, converting and hashing
        the model, 0.035 s of every process that triages. Written into a new folder, then
        moved into place, so a reader never sees half of one."""
        if self._stacked is None:
            self._stack()
        if self._table is None:
            self._table = KeyTable(self.vocabulary)
        arrays = {
            "vocabulary": self.vocabulary,
            "idf": self.idf,
            "stacked": self._stacked,
            "intercepts": self._intercepts,
            "table_keys": self._table._keys,
            "table_index": self._table._index,
        }
        meta = {
            "format": PREPARED_FORMAT,
            "rule_features": list(RULE_FEATURES),
            "table_bits": self._table.bits,
            "columns": self._columns,
            "classes": {field: list(classes) for field, classes in self.classes.items()},
            "rule_scale": self.rule_scale,
            "info": self.info or {},
        }
        folder.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
        try:
            for name, array in arrays.items():
                np.save(temporary / f"{name}.npy", np.ascontiguousarray(array))
            (temporary / "prepared.json").write_text(json.dumps(meta), encoding="utf-8")
            os.replace(temporary, folder)
        except OSError:  # another process put its own in place first: keep that one
            shutil.rmtree(temporary, ignore_errors=True)
            if not (folder / "prepared.json").is_file():
                raise

    @classmethod
    def prepared_load(cls, folder: Path) -> Model:
        """A model from the arrays prepared_save kept (mapped read-only, not read)."""
        meta = json.loads((folder / "prepared.json").read_text(encoding="utf-8"))
        if meta.get("format") != PREPARED_FORMAT or meta.get("rule_features") != list(
            RULE_FEATURES
        ):
            raise ValueError(f"{folder}: prepared arrays of another format")
        # plain arrays over the mapped files: np.memmap's own __getitem__ and bookkeeping, in
        # Python, ran on every look-up (1 % of an ingest)
        arrays = {
            name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(
                np.ndarray
            )
            for name in ("vocabulary", "idf", "stacked", "intercepts", "table_keys", "table_index")
        }
        columns = {field: tuple(span) for field, span in meta["columns"].items()}
        stacked, intercepts = arrays["stacked"], arrays["intercepts"]
        classes = {field: tuple(values) for field, values in meta["classes"].items()}
        if (
            list(columns) != list(classes)
            or stacked.shape[1] != max((stop for _, stop in columns.values()), default=0)
            or stacked.shape[0] != len(arrays["vocabulary"]) + len(RULE_FEATURES)
        ):
            raise ValueError(f"{folder}: prepared arrays that do not fit together")
        model = cls(
            vocabulary=arrays["vocabulary"],
            idf=arrays["idf"],
            coef={field: stacked[:, start:stop] for field, (start, stop) in columns.items()},
            intercept={field: intercepts[start:stop] for field, (start, stop) in columns.items()},
            classes=classes,
            rule_scale=float(meta["rule_scale"]),
            info=meta.get("info"),
        )
        model._columns_set(columns)
        model._stacked, model._intercepts = stacked, intercepts
        model._table = KeyTable.from_arrays(
            arrays["table_keys"], arrays["table_index"], int(meta["table_bits"])
        )
        return model

    @classmethod
    def load_prepared(cls, directory: Path, cache: Path) -> Model:
        """The model of directory, from its prepared arrays under cache when they are there
        (else loaded, and its arrays kept there for the next process). The arrays' folder is
        named after the model's files (where they are, their size and time of change: hashing
        the 2 MB would take as long as the rest), so a new model is prepared anew; the folders
        of other models are removed."""
        digest = hashlib.sha256(str(directory.resolve()).encode())
        for name in ("model.json", "model.npz"):
            stat = (directory / name).stat()
            digest.update(f"|{name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
        folder = cache / f"triage-model-{PREPARED_FORMAT}-{digest.hexdigest()[:20]}"
        try:
            return cls.prepared_load(folder)
        except FileNotFoundError:
            pass
        except Exception as error:  # noqa: BLE001 - damaged: prepare it anew
            logger.info("triage: prepared model arrays unreadable, preparing anew (%s)", error)
            shutil.rmtree(folder, ignore_errors=True)
        model = cls.load(directory)
        try:
            model.prepared_save(folder)
            for other in cache.glob("triage-model-*"):
                if other != folder and other.is_dir():
                    shutil.rmtree(other, ignore_errors=True)
        except OSError as error:  # a read-only var/: the model works all the same
            logger.info("triage: could not keep the prepared model arrays (%s)", error)
        return model

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


def shipped_model_dir() -> Path:
    return Path(str(resources.files("caredesk.triage").joinpath("data/model")))


def corpus_files() -> list[Path]:
    """The labelled files that ship in the package (training and held-out sets)."""
    return sorted((shipped_model_dir().parent / "corpus").glob("*.jsonl"))


@cache
def shipped_model() -> Model:
    """The model that ships in the package (loaded once per process)."""
    return Model.load(shipped_model_dir())
