"""core.collector: during a bulk job start-up's objects are frozen and garbage is collected
between batches; everything is as before after it, or when it fails."""

from __future__ import annotations

import gc
import weakref

import pytest

from caredesk.core import collector
from caredesk.core.collector import bulk_batch_done, bulk_collection


class _Node:
    """A weakly referenceable object in a reference cycle: refcounting alone never frees it."""

    def __init__(self) -> None:
        self.me = self


def _cycle() -> weakref.ref:
    return weakref.ref(_Node())


def test_a_bulk_job_leaves_start_up_objects_alone_and_collects_each_batch_garbage():
    assert gc.isenabled()
    kept = [[n] for n in range(1000)]  # objects made before the job: frozen during it
    with bulk_collection():
        assert gc.get_freeze_count() >= len(kept)
        assert not gc.isenabled()  # no collection in the middle of a batch...
        garbage = [_cycle() for _ in range(5000)]  # more than a young generation holds
        assert all(ref() is not None for ref in garbage)
        bulk_batch_done()  # ...the batch's garbage goes when the batch is done
        assert all(ref() is None for ref in garbage)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_garbage_that_outlived_its_batch_goes_at_the_next_full_collection():
    with bulk_collection():
        survivor = _Node()
        ref = weakref.ref(survivor)
        bulk_batch_done()
        bulk_batch_done()  # it is old now: young collections no longer look at it
        del survivor
        for _ in range(collector.FULL_EVERY):
            bulk_batch_done()
        assert ref() is None


def test_outside_a_bulk_job_the_collector_runs_by_itself():
    ref = _cycle()
    bulk_batch_done()  # nothing to do outside bulk_collection()
    assert gc.isenabled()
    gc.collect()
    assert ref() is None


def test_nothing_stays_frozen_or_disabled_when_the_job_fails():
    with pytest.raises(RuntimeError), bulk_collection():
        raise RuntimeError("a bad batch")
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_the_caredesk_command_collects_again_once_django_is_set_up(tmp_path):
    import os
    import subprocess
    import sys

    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="caredesk.config.settings",
        CAREDESK_VAR_DIR=str(tmp_path),
    )
    environment.pop("CAREDESK_DATABASE_URL", None)
    code = "import gc; print(gc.isenabled(), gc.get_freeze_count() > 10000)"
    done = subprocess.run(
        [sys.executable, "-m", "caredesk.cli", "manage", "shell", "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    # paused while Python and Django loaded; on again, start-up's objects frozen out of it
    assert done.stdout.strip().splitlines()[-1].split() == ["True", "True"]


def test_start_up_end_changes_nothing_where_nothing_was_paused():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    collector.start_up_end()
    assert gc.isenabled() and gc.get_freeze_count() == frozen
