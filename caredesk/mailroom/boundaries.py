"""Multipart boundaries found without a regular expression of their own.

The standard library's ``email.feedparser`` compiles one regular expression for every multipart
it reads::

    re.compile('(?P<sep>' + re.escape(separator) + r')(?P<end>--)?(?P<ws>[ \t]*)'
               r'(?P<linesep>\r\n|\r|\n)?$')

Every boundary is different, so ``re``'s cache never helps, and compiling costs about 0.2 ms:
as much as the rest of parsing a small message. ``install()`` gives the feed parser a stand-in
for its ``re`` module whose ``compile`` answers that one pattern with a ``BoundaryMatcher``: a
prefix test and one shared expression for what follows the boundary, with the same groups
(``end``, ``ws``, ``linesep``) and the same answers. Any other pattern, or a Python whose
feed parser writes this one differently, gets ``re.compile`` itself.
"""

from __future__ import annotations

import re
from email import feedparser
from types import ModuleType

# The pattern feedparser builds, with the escaped separator in the middle.
_FEEDPARSER_PATTERN = re.compile(
    re.escape("(?P<sep>")
    + r"(?P<escaped>.*)"
    + re.escape(r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"),
    re.DOTALL,
)
# What may follow a boundary on its line, matched from the end of the boundary.
_AFTER_BOUNDARY = re.compile(r"(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


class BoundaryMatcher:
    """What ``re.compile`` of feedparser's boundary pattern gives, for its ``match``."""

    __slots__ = ("separator",)

    def __init__(self, separator: str) -> None:
        self.separator = separator

    def match(self, line: str) -> re.Match[str] | None:
        if not line.startswith(self.separator):
            return None
        return _AFTER_BOUNDARY.match(line, len(self.separator))


class _FeedparserRe(ModuleType):
    """The ``re`` module as feedparser sees it: the same, but for the boundary pattern."""

    def __init__(self) -> None:
        super().__init__("re")

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)

    def compile(self, pattern: object, flags: int = 0) -> object:
        if isinstance(pattern, str) and not flags:
            found = _FEEDPARSER_PATTERN.fullmatch(pattern)
            if found is not None:
                return BoundaryMatcher(_ESCAPE.sub(r"\1", found.group("escaped")))
        return re.compile(pattern, flags)


def install() -> None:
    """Give feedparser the stand-in (once; harmless to call again)."""
    if feedparser.re is re:
        feedparser.re = _FeedparserRe()


def uninstall() -> None:
    """Give feedparser the real ``re`` back (for tests that compare the two)."""
    feedparser.re = re
