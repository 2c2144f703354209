"""Files the desk keeps for itself (caches under var/): written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def file_write_whole(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file beside it, moved into place: a reader (or
    another process writing the same file) sees the old file or the new one, never part of
    one. Raises OSError, leaving no temporary file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
