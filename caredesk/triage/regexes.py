"""Compiled regular expressions kept from one process to the next.

Python compiles a regular expression in Python code (``re._parser``, ``re._compiler``): the
~950 triage phrases take 0.27 s, and a 2,000-message ingest needs about 550 of them, a sixth of
its triage time. What comes out is a list of numbers for the C matcher (``_sre``). A
``RegexStore`` keeps those lists in a file and builds a pattern from its list in a few
microseconds, so each phrase is compiled once per installation rather than once per process.

This leans on CPython's internals, so it is guarded three ways: the file is named after the
Python and matcher versions (another version never reads it); at import, a pattern built from
its list must equal what ``re.compile`` makes (``Pattern.__eq__`` compares the flags, the
pattern and the code), or the store is off; and any entry that fails to load or build is
compiled by ``re.compile`` instead. ``_sre`` checks a code list before it uses it, so a damaged
file gives an error here, never a crash.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
from pathlib import Path

logger = logging.getLogger(__name__)

_Parts = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

try:  # CPython's own machinery, as re.compile uses it
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python
    _sre = None


def _compile_parts(pattern: str) -> tuple[re.Pattern[str], _Parts]:
    """What ``re._compiler.compile`` does, keeping the parts ``_sre.compile`` is given."""
    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    parts = (
        parsed.state.flags,
        array.array("I", code).tobytes(),  # the opcodes are int subclasses marshal refuses
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return _build(pattern, parts), parts


def _build(pattern: str, parts: _Parts) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = parts
    numbers = array.array("I")
    numbers.frombytes(code)
    return _sre.compile(pattern, flags, numbers.tolist(), groups, groupindex, indexgroup)


def _supported() -> bool:
    """Whether patterns built from kept parts are exactly re.compile's, on this Python."""
    if _sre is None or getattr(_sre, "CODESIZE", None) != array.array("I").itemsize:
        return False
    probe = r"(?:(?P<w>\bwater\b)|漏水)[^.!?]{0,40}?(?=ceiling|天花板)|(?i:FIRE)+\s*(\d{2,})"
    try:
        built, _ = _compile_parts(probe)
        return built == re.compile(probe) and built.groupindex == {"w": 1}
    except Exception:  # noqa: BLE001 - any difference in the internals: do without
        return False


SUPPORTED = _supported()


class RegexStore:
    """Compiles regular expressions, keeping the compiled code in a file (``path``) for the
    next process. Without a path, or where ``SUPPORTED`` is false, it is ``re.compile``."""

    def __init__(self, path: Path | None) -> None:
        self.path = path if SUPPORTED else None
        self._parts: dict[str, _Parts] | None = None
        self._added = 0
        self._lock = threading.Lock()
        self._save_at_exit = False
        self.keep: set[str] | None = None  # the patterns worth keeping (None: every one)

    @staticmethod
    def file_name() -> str:
        """Only this Python and this matcher read the file."""
        magic = getattr(_sre, "MAGIC", 0)
        return f"triage-regexes-{sys.implementation.cache_tag}-{magic}-{marshal.version}.bin"

    def compile(self, pattern: str) -> re.Pattern[str]:
        if self.path is None:
            return re.compile(pattern)
        parts = self._kept().get(pattern)
        if parts is not None:
            try:
                return _build(pattern, parts)
            except Exception as error:  # noqa: BLE001 - a damaged entry: compile it anew
                logger.info("triage: a kept regular expression did not load (%s)", error)
        regex, parts = _compile_parts(pattern)
        with self._lock:
            self._parts[pattern] = parts  # type: ignore[index]
            self._added += 1
            if not self._save_at_exit:
                self._save_at_exit = True
                atexit.register(self.save)
        return regex

    def _kept(self) -> dict[str, _Parts]:
        if self._parts is None:
            with self._lock:
                if self._parts is None:
                    self._parts = self._read()
        return self._parts

    def _read(self) -> dict[str, _Parts]:
        try:
            # our own file under var/ (trusted as the database beside it is), as .pyc files are
            kept = marshal.loads(self.path.read_bytes())  # type: ignore[union-attr]  # noqa: S302
        except FileNotFoundError:
            return {}
        except Exception as error:  # noqa: BLE001 - damaged or foreign: start afresh
            logger.info("triage: kept regular expressions unreadable, compiling anew (%s)", error)
            return {}
        return kept if isinstance(kept, dict) else {}

    def save(self) -> None:
        """Write the kept parts (only those of ``keep``, when set) if any were added: written
        whole, then moved into place, so a reader never sees half a file. Called at exit."""
        if self.path is None or self._parts is None or not self._added:
            return
        with self._lock:
            keep = self.keep
            parts = {
                pattern: value
                for pattern, value in self._parts.items()
                if keep is None or pattern in keep
            }
            self._added = 0
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".triage-regexes-")
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(parts))
            os.replace(temporary, self.path)
            temporary = None
        except OSError as error:
            logger.info("triage: could not keep compiled expressions in %s (%s)", self.path, error)
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
