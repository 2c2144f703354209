"""core.collector: the collector's settings during a bulk job, and after it."""

from __future__ import annotations

import gc

import pytest

from caredesk.core.collector import BULK_FIRST_GENERATION, bulk_collection


def test_a_bulk_job_collects_less_often_and_everything_is_restored_after():
    before = gc.get_threshold()
    kept = [[n] for n in range(1000)]  # objects made before the job: frozen during it
    with bulk_collection():
        assert gc.get_threshold() == (BULK_FIRST_GENERATION, *before[1:])
        assert gc.get_freeze_count() >= len(kept)
        cycle: list = []
        cycle.append(cycle)  # garbage the job leaves behind is still collected
        del cycle
        assert gc.collect() >= 1
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_settings_are_restored_when_the_job_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), bulk_collection():
        raise RuntimeError("a bad batch")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
