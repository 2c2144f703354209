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

The code is also given what ``re`` leaves out: the characters a match can start with. A search
for a pattern with a literal prefix or a set of first letters (``fire|smoke``) skips, in C, to
the places where a match can start; for every other pattern (one starting with ``\b`` or a
look-behind, or a group that may be empty) it tries a match at every position of the text.
For such a pattern ``_first_chars`` works out, from the parsed pattern, the set of characters
the first one consumed can be, and the code gets that set in its info block, the block ``re``
itself fills for ``fire|smoke``: the matches are the same, found a quarter quicker over the
triage phrases. Where the set cannot be told (a match could consume nothing, start with any
character, or the pattern ignores case), the code is ``re``'s own.
"""

from __future__ import annotations

import array
import atexit
import logging
import marshal
import re
import sys
import threading
from pathlib import Path

from caredesk.core.files import file_write_whole

logger = logging.getLogger(__name__)

_Parts = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# of the kept code: 2 added the first characters, 3 leaves anchored patterns as re has them
FORMAT = 3

try:  # CPython's own machinery, as re.compile uses it
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # another Python
    _sre = None


class _Untold(Exception):
    """The characters a match starts with cannot be told (or are any character)."""


def _first_chars(items: list, found: list) -> bool:
    """Add to found the set items (``re._parser``'s, as in ``[a-z]``) that the first character
    a match of items consumes can be; return whether items can match consuming nothing.
    Raises _Untold where the set cannot be told or is everything."""
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # consume nothing: look further
            continue
        if op is _c.LITERAL:
            found.append((op, av))
            return False
        if op is _c.IN:
            if any(kind is _c.NEGATE for kind, _ in av):
                raise _Untold  # [^.!?]: nearly every character
            found.extend(av)
            return False
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE):
                raise _Untold
            if not _first_chars(sub.data, found):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _first_chars(av.data, found):
                return False
        elif op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first_chars(alternative.data, found)
            if not empty:
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high == 0:
                continue
            if not _first_chars(sub.data, found) and low > 0:
                return False
        else:  # any character, a negated literal, a group reference, ...
            raise _Untold
    return True


def _code(parsed: object) -> list[int]:
    """``re._compiler._code``, with the set of first characters where ``re`` has none."""
    code = _compiler._code(parsed, 0)
    flags = parsed.state.flags  # type: ignore[attr-defined]
    info_flags, shortest = code[2], code[3]
    if code[0] != _c.INFO or info_flags or not shortest:
        return code  # re found a prefix or a set already, or a match can be empty
    if flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE):
        return code
    rest = code[code[1] + 1 :]
    if rest[0] == _c.AT and rest[1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
        return code  # anchored at the start: the matcher tries the first position only
    found: list = []
    try:
        if _first_chars(parsed.data, found) or not found:  # type: ignore[attr-defined]
            return code
        charset, cased = _compiler._optimize_charset(found)
    except _Untold:
        return code
    if cased:
        return code
    info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, shortest, code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1  # the block's length, as _compile_info writes it
    return info + rest  # the rest jumps by relative offsets only


def _compile_parts(pattern: str, *, first_chars: bool = True) -> tuple[re.Pattern[str], _Parts]:
    """What ``re._compiler.compile`` does (with the first characters), keeping the parts
    ``_sre.compile`` is given."""
    parsed = _parser.parse(pattern, 0)
    code = _code(parsed) if first_chars else _compiler._code(parsed, 0)
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
    starts = r"\b(water|leak(?:ing)?)\b[^.!?]{0,40}?(?<=\s)(ceiling|天花板)|(?<!no )漏水"
    text = "no 漏水; waterleak leaking from the ceiling, water 天花板 漏水 water. ceiling"
    try:
        built, _ = _compile_parts(probe, first_chars=False)
        faster, _ = _compile_parts(starts)
        return (
            built == re.compile(probe)
            and built.groupindex == {"w": 1}
            and faster != re.compile(starts)  # the first characters were added...
            and [m.span() for m in faster.finditer(text)]  # ...and find the same
            == [m.span() for m in re.finditer(starts, text)]
            == [(17, 41), (43, 52), (53, 55)]
        )
    except Exception:  # noqa: BLE001 - any difference in the internals: do without
        return False


SUPPORTED = _supported()


class RegexStore:
    """Compiles regular expressions, keeping the compiled code in a file (``path``) for the
    next process. Without a path it compiles anew each time; where ``SUPPORTED`` is false it
    is ``re.compile``."""

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
        return (
            f"triage-regexes-{sys.implementation.cache_tag}-{magic}-{marshal.version}-{FORMAT}.bin"
        )

    def compile(self, pattern: str) -> re.Pattern[str]:
        if self.path is None:
            return _compile_parts(pattern)[0] if SUPPORTED else re.compile(pattern)
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
        try:
            file_write_whole(self.path, marshal.dumps(parts))
        except OSError as error:
            logger.info("triage: could not keep compiled expressions in %s (%s)", self.path, error)
