"""The garbage collector during long bulk jobs (an ingest of thousands of messages)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Every this many batches, a full collection: garbage that outlived a batch (a cache entry
# replaced later) is found too, so memory stays flat however long the job runs.
FULL_EVERY = 20

_state = {"open": 0, "batches": 0, "starting": False}


def start_up_begin() -> None:
    """A `caredesk` command starts: no collections while Python and Django load.

    Start-up makes a few hundred thousand objects (modules, classes, Django's apps) that live
    as long as the process; the collector went over them again and again as they were made,
    20-30 ms of each run. ``start_up_end()`` (the last app's ``ready()``) turns it back on.
    """
    if gc.isenabled():
        gc.disable()
        _state["starting"] = True


def start_up_end() -> None:
    """Django is set up: collect as before, with what start-up made frozen out of every later
    collection (it lives as long as the process). Nothing when start_up_begin() paused
    nothing (a web server's or a test's process)."""
    if _state["starting"]:
        _state["starting"] = False
        gc.freeze()
        gc.enable()


@contextmanager
def bulk_collection() -> Iterator[None]:
    """Collect garbage between a bulk job's batches, not in the middle of them.

    Python's full collections walk every object it tracks: the modules, Django, the triage
    model... (92 ms each, twenty times in a 20,000-message ingest). Frozen, start-up's objects
    live as long as the process anyway and are never walked again.

    Its automatic collections start every 700 new objects: over four hundred times in 2,000
    messages, each promoting the batch's live objects to an older generation, where the cycles
    they become when the batch ends wait for a rarer, larger collection. Inside this block the
    job calls ``bulk_batch_done()`` after each batch instead: one young collection finds the
    whole batch's cycles while they are still young. On a 20,000-message ingest that took
    about 7 % off the time and 10 MB off peak memory (142 → 132 MB). Everything as before
    after the block, or when it fails.
    """
    was_enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    _state["open"] += 1
    try:
        yield
    finally:
        _state["open"] -= 1
        if was_enabled and not _state["open"]:
            gc.enable()
        gc.unfreeze()


def bulk_batch_done() -> None:
    """A batch of a bulk job is done: collect its garbage (nothing outside bulk_collection(),
    where the collector runs by itself)."""
    if not _state["open"]:
        return
    _state["batches"] += 1
    gc.collect(2 if _state["batches"] % FULL_EVERY == 0 else 1)
