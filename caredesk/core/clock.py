"""The one place that tells the time, so tests (and replays) can set it.

``now()`` is the current time, unless a ``frozen_at(...)`` block holds it still::

    with frozen_at(moment) as clock:
        ...             # now() == moment
        clock.advance(minutes=29)
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.utils import timezone

_state = threading.local()


def now() -> datetime.datetime:
    frozen = getattr(_state, "frozen", None)
    return frozen if frozen is not None else timezone.now()


class FrozenClock:
    """A held time that only moves when told to."""

    def advance(self, **delta: float) -> datetime.datetime:
        _state.frozen = _state.frozen + datetime.timedelta(**delta)
        return _state.frozen

    def set(self, moment: datetime.datetime) -> None:
        _state.frozen = moment


@contextmanager
def frozen_at(moment: datetime.datetime | None = None) -> Iterator[FrozenClock]:
    """Hold now() at ``moment`` (default: the real time on entry) in this thread."""
    previous = getattr(_state, "frozen", None)
    _state.frozen = moment or timezone.now()
    try:
        yield FrozenClock()
    finally:
        _state.frozen = previous
