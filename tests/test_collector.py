"""core.collector: start-up's objects frozen during a bulk job, and everything as before after."""

from __future__ import annotations

import gc

import pytest

from caredesk.core.collector import bulk_collection


def test_a_bulk_job_leaves_start_up_objects_alone_and_still_collects_its_garbage():
    before = gc.get_threshold()
    kept = [[n] for n in range(1000)]  # objects made before the job: frozen during it
    with bulk_collection():
        assert gc.get_freeze_count() >= len(kept)
        assert gc.get_threshold() == before
        cycle: list = []
        cycle.append(cycle)  # garbage the job leaves behind is still collected
        del cycle
        assert gc.collect() >= 1
    assert gc.get_freeze_count() == 0


def test_nothing_stays_frozen_when_the_job_fails():
    with pytest.raises(RuntimeError), bulk_collection():
        raise RuntimeError("a bad batch")
    assert gc.get_freeze_count() == 0
