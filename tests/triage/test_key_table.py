"""The model's n-gram look-up table (triage.model.KeyTable) against plain set membership."""

import numpy as np
import pytest

from caredesk.triage.model import KeyTable, shipped_model

_MIX_INVERSE = pow(int(KeyTable._MIX), -1, 2**64)


def _keys_at_home(home: int, count: int, bits: int) -> list[int]:
    """Distinct keys whose home slot is `home` in a table of 2**bits slots."""
    return [((home << (64 - bits)) + j) * _MIX_INVERSE % 2**64 for j in range(count)]


def _check(vocabulary: np.ndarray, others: np.ndarray) -> None:
    table = KeyTable(vocabulary)
    assert table.find(vocabulary).tolist() == list(range(len(vocabulary)))
    position = {key: place for place, key in enumerate(vocabulary.tolist())}
    expected = [position.get(key, -1) for key in others.tolist()]
    assert table.find(others).tolist() == expected


def test_the_shipped_vocabulary_is_found_and_unknown_keys_are_not():
    vocabulary = shipped_model().vocabulary
    unknown = np.random.default_rng(7).integers(0, 2**63, 50_000, dtype=np.uint64)
    mixed = np.concatenate([unknown, vocabulary[::97]])
    _check(vocabulary, mixed)


@pytest.mark.parametrize("home", [0, 5, "last"])
def test_keys_sharing_one_home_slot_are_all_found(home):
    bits = KeyTable(np.arange(64, dtype=np.uint64)).bits  # the size a 64-key table gets
    home = 2**bits - 1 if home == "last" else home
    crowd = _keys_at_home(home, 40, bits)  # one long run, at the end of the table for "last"
    vocabulary = np.array(sorted(crowd + list(range(1000, 1024))), dtype=np.uint64)
    assert KeyTable(vocabulary).bits == bits
    missing = _keys_at_home(home, 45, bits)[40:]  # same home, not in the vocabulary
    others = np.array(missing + crowd[::3] + [3, 1001, 2**64 - 1], dtype=np.uint64)
    _check(vocabulary, others)


def test_a_one_key_vocabulary():
    _check(np.array([42], dtype=np.uint64), np.array([42, 0, 43], dtype=np.uint64))


@pytest.mark.parametrize("size", [0, 1, 7, 5000])
def test_pairs_are_counted_as_a_sort_of_the_combined_numbers_counts_them(size):
    from caredesk.triage.model import _counted

    rng = np.random.default_rng(size)
    rows = rng.integers(0, 25, size)
    index = rng.integers(0, 65536, size)
    index[: size // 2] = index[size // 2 : size // 2 * 2]  # many repeats
    combined, counts = np.unique(rows * 65536 + index, return_counts=True)
    found_rows, found_index, found_counts = _counted(rows, index)
    assert found_rows.tolist() == (combined // 65536).tolist()
    assert found_index.tolist() == (combined % 65536).tolist()
    assert found_counts.tolist() == counts.tolist()
