"""Email parsed as the standard library's feed parser parses it, without feeding it.

``email.feedparser`` is written to take a message in pieces, as it arrives: every line goes
through a generator, a buffer object and a stack of end-of-part tests, and every part of a
multipart through a generator of its own. That is over a third of the time it takes us to read
a small message. We always hold the whole message, so ``message_from_bytes`` here runs the same
algorithm (CPython 3.11's ``FeedParser._parsegen`` and ``_parse_headers``, whose structure and
comments it keeps; PSF licence) over the list of the message's lines: the same tree of
``email.message.Message`` (compat32), with the same headers, payloads, preambles, epilogues
and defects, in about a third of the time. A part's body is taken as one slice of the lines
unless a boundary may end it. ``tests/mailroom/test_feed.py`` compares the two parsers on every
message of the corpora and on hand-made oddities.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email import errors
from email._policybase import compat32
from email.feedparser import NLCRE, NLCRE_bol, NLCRE_eol, headerRE
from email.message import Message

# str.splitlines() also breaks lines at these; the feed parser (universal newlines) does not.
# Bytes decoded as ASCII with surrogateescape hold no other such character.
_OTHER_BREAKS = (b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")

# What may follow a boundary on its line, matched from the end of the boundary.
_AFTER_BOUNDARY = re.compile(r"(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")

_handle_defect = compat32.handle_defect


class BoundaryMatcher:
    """What the feed parser compiles for each multipart,
    ``re.compile('(?P<sep>' + re.escape(separator) + r')(?P<end>--)?(?P<ws>[ \\t]*)'
    r'(?P<linesep>\\r\\n|\\r|\\n)?$')``, answered without compiling one: a prefix test, then one
    shared expression for what follows the boundary, with the same groups (compiling took
    about 0.2 ms per multipart, as long as the rest of reading a small message)."""

    __slots__ = ("separator",)

    def __init__(self, separator: str) -> None:
        self.separator = separator

    def match(self, line: str) -> re.Match[str] | None:
        if not line.startswith(self.separator):
            return None
        return _AFTER_BOUNDARY.match(line, len(self.separator))


def message_from_bytes(raw: bytes) -> Message:
    """``email.message_from_bytes(raw, policy=policy.compat32)``, the same tree, quicker."""
    text = raw.decode("ascii", "surrogateescape")  # as BytesParser does
    if any(byte in raw for byte in _OTHER_BREAKS):
        lines = _LINE.findall(text)
    else:
        lines = text.splitlines(True)
    reader = _Reader(lines)
    reader.parse()
    root = reader.pop_message()
    assert not reader.msgstack
    # FeedParser.close(): look for the final set of defects
    if root.get_content_maintype() == "multipart" and not root.is_multipart():
        _handle_defect(root, errors.MultipartInvariantViolationDefect())
    return root


class _Reader:
    """FeedParser and its BufferedSubFile in one, over lines that are all there."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.pos = 0  # the next line to read, unless lines were pushed back
        self.back: list[str] = []  # lines pushed back, the next one to read last
        self.eofstack: list[Callable[[str], object]] = []
        self.boundaries_only = True  # every end-of-part test is a boundary's
        self.msgstack: list[Message] = []
        self.typestack: list[str] = []  # the content type of each message of msgstack
        self.cur: Message | None = None
        self.last: Message | None = None

    # --- BufferedSubFile ---------------------------------------------------------------------

    def readline(self) -> str:
        if self.back:
            line = self.back[-1]
        elif self.pos < len(self.lines):
            line = self.lines[self.pos]
        else:
            return ""
        # RFC 2046, section 5.1.2 requires us to recognize outer level boundaries at any level
        # of inner nesting.
        for ateof in reversed(self.eofstack):
            if ateof(line):
                return ""  # the false EOF; the line stays to be read
        if self.back:
            self.back.pop()
        else:
            self.pos += 1
        return line

    def unreadline(self, line: str) -> None:
        self.back.append(line)

    def push_eof_matcher(self, pred: Callable[[str], object]) -> None:
        self.eofstack.append(pred)
        self.boundaries_only = self.boundaries_only and isinstance(
            getattr(pred, "__self__", None), BoundaryMatcher
        )

    def pop_eof_matcher(self) -> None:
        self.eofstack.pop()
        self.boundaries_only = all(
            isinstance(getattr(pred, "__self__", None), BoundaryMatcher) for pred in self.eofstack
        )

    def header_lines(self) -> tuple[list[str], str]:
        """The lines read while they match ``headerRE`` (a header or its continuation), and
        the line that did not, read too ('' at the EOF)."""
        headers: list[str] = []
        while self.back:
            line = self.readline()
            if line == "" or not headerRE.match(line):
                return headers, line
            headers.append(line)
        every, start, eofs = self.lines, self.pos, self.eofstack
        match = headerRE.match
        for end in range(start, len(every)):
            line = every[end]
            if eofs and self.at_eof(line):
                line = ""  # a false EOF: the line stays to be read
                break
            if not match(line):
                self.pos = end + 1
                headers.extend(every[start:end])
                return headers, line
        else:
            end = len(every)
            line = ""
        self.pos = end
        headers.extend(every[start:end])
        return headers, line

    def at_eof(self, line: str) -> bool:
        """Whether an end-of-part test matches the line (a boundary line starts with "--")."""
        if self.boundaries_only and not line.startswith("--"):
            return False
        return _at_eof(line, self.eofstack)

    def rest(self) -> list[str]:
        """Every line up to the (false) EOF: ``for line in self._input``."""
        lines: list[str] = []
        while self.back:
            line = self.readline()
            if line == "":
                return lines
            lines.append(line)
        start = end = self.pos
        every = self.lines
        if not self.eofstack:
            end = len(every)
        else:
            for end in range(start, len(every)):  # noqa: B007 - end is the loop's result
                if self.at_eof(every[end]):
                    break
            else:
                end = len(every)
        self.pos = end
        lines.extend(every[start:end])
        return lines

    # --- FeedParser --------------------------------------------------------------------------

    def new_message(self) -> None:
        msg = Message(policy=compat32)
        # (the current message's type, known once its headers are read)
        if self.cur and self.typestack[-1] == "multipart/digest":
            msg.set_default_type("message/rfc822")
        if self.msgstack:
            self.msgstack[-1].attach(msg)
        self.msgstack.append(msg)
        self.typestack.append("")
        self.cur = msg
        self.last = msg

    def pop_message(self) -> Message:
        retval = self.msgstack.pop()
        self.typestack.pop()
        self.cur = self.msgstack[-1] if self.msgstack else None
        return retval

    def parse(self) -> None:  # noqa: C901, PLR0912, PLR0915 - the standard library's shape
        # Create a new message and start by parsing headers.
        self.new_message()
        cur = self.cur
        assert cur is not None
        # Collect the headers, searching for a line that doesn't match the RFC 2822 header or
        # continuation pattern (including an empty line).
        headers, line = self.header_lines()
        # If we saw the RFC defined header/body separator (i.e. newline), just throw it away.
        # Otherwise the line is part of the body so push it back.
        if line and not NLCRE.match(line):
            _handle_defect(cur, errors.MissingHeaderBodySeparatorDefect())
            self.unreadline(line)
        # Done with the headers, so parse them and figure out what we're supposed to see in
        # the body of the message (get_content_type() once, not once per question).
        self.parse_headers(headers)
        content_type = cur.get_content_type()
        self.typestack[-1] = content_type
        maintype = content_type.split("/")[0]
        if content_type == "message/delivery-status":
            # message/delivery-status contains blocks of headers separated by a blank line.
            # Each header block is a separate nested message object; a blank line separates
            # the subparts.
            while True:
                self.push_eof_matcher(NLCRE.match)
                self.parse()
                self.pop_message()
                # We need to pop the EOF matcher in order to tell if we're at the end of the
                # current file, not the end of the last block of message headers.
                self.pop_eof_matcher()
                # The input stream must be sitting at the newline or at the EOF. We want to
                # see if we're at the end of this subpart, so first consume the blank line,
                # then test the next line to see if we're at this subpart's EOF.
                self.readline()
                line = self.readline()
                if line == "":
                    break
                # Not at EOF so this is a line we're going to need.
                self.unreadline(line)
            return
        if maintype == "message":
            # The message claims to be a message/* type, then what follows is another RFC 2822
            # message.
            self.parse()
            self.pop_message()
            return
        if maintype == "multipart":
            boundary = cur.get_boundary()
            if boundary is None:
                # The message /claims/ to be a multipart but it has not defined a boundary.
                # Read everything until the EOF and mark the message as defective.
                _handle_defect(cur, errors.NoBoundaryInMultipartDefect())
                cur.set_payload("".join(self.rest()))
                return
            # Make sure a valid content type was specified per RFC 2045:6.4.
            if str(cur.get("content-transfer-encoding", "8bit")).lower() not in (
                "7bit",
                "8bit",
                "binary",
            ):
                _handle_defect(cur, errors.InvalidMultipartContentTransferEncodingDefect())
            # A line match predicate which matches the inter-part boundary as well as the
            # end-of-multipart boundary. Don't push it onto the input stream until we've
            # scanned past the preamble.
            boundary_match = BoundaryMatcher("--" + boundary).match
            capturing_preamble = True
            preamble: list[str] = []
            linesep = False
            close_boundary_seen = False
            while True:
                line = self.readline()
                if line == "":
                    break
                mo = boundary_match(line)
                if mo:
                    # If we're looking at the end boundary, we're done with this multipart.
                    # If there was a newline at the end of the closing boundary, then we need
                    # to initialize the epilogue with the empty string (see below).
                    if mo.group("end"):
                        close_boundary_seen = True
                        linesep = mo.group("linesep")
                        break
                    # We saw an inter-part boundary. Were we in the preamble?
                    if capturing_preamble:
                        if preamble:
                            # According to RFC 2046, the last newline belongs to the boundary.
                            lastline = preamble[-1]
                            eolmo = NLCRE_eol.search(lastline)
                            if eolmo:
                                preamble[-1] = lastline[: -len(eolmo.group(0))]
                            cur.preamble = "".join(preamble)
                        capturing_preamble = False
                        self.unreadline(line)
                        continue
                    # We saw a boundary separating two parts. Consume any multiple boundary
                    # lines that may be following.
                    while True:
                        line = self.readline()
                        mo = boundary_match(line)
                        if not mo:
                            self.unreadline(line)
                            break
                    # Recurse to parse this subpart; the input stream points at the subpart's
                    # first line.
                    self.push_eof_matcher(boundary_match)
                    self.parse()
                    # Because of RFC 2046, the newline preceding the boundary separator
                    # actually belongs to the boundary, not the previous subpart's payload (or
                    # epilogue if the previous part is a multipart).
                    last = self.last
                    assert last is not None
                    if last.get_content_maintype() == "multipart":
                        epilogue = last.epilogue
                        if epilogue == "":
                            last.epilogue = None
                        elif epilogue is not None:
                            mo = NLCRE_eol.search(epilogue)
                            if mo:
                                last.epilogue = epilogue[: -len(mo.group(0))]
                    else:
                        payload = last._payload
                        if isinstance(payload, str):
                            mo = NLCRE_eol.search(payload)
                            if mo:
                                last._payload = payload[: -len(mo.group(0))]
                    self.pop_eof_matcher()
                    self.pop_message()
                    # Set the multipart up for newline cleansing, which will happen if we're
                    # in a nested multipart.
                    self.last = self.cur
                else:
                    # We must be in the preamble
                    assert capturing_preamble
                    preamble.append(line)
            # We've seen either the EOF or the end boundary. If we're still capturing the
            # preamble, we never saw the start boundary. Note that as a defect and store the
            # captured text as the payload.
            if capturing_preamble:
                _handle_defect(cur, errors.StartBoundaryNotFoundDefect())
                cur.set_payload("".join(preamble))
                self.rest()
                cur.epilogue = ""
                return
            # If we're not processing the preamble, then we might have seen EOF without seeing
            # that end boundary... that is also a defect.
            if not close_boundary_seen:
                _handle_defect(cur, errors.CloseBoundaryNotFoundDefect())
                return
            # Everything from here to the EOF is epilogue. If the end boundary ended in a
            # newline, we'll need to make sure the epilogue isn't None.
            epilogue_lines = [""] if linesep else []
            epilogue_lines.extend(self.rest())
            # Any CRLF at the front of the epilogue is not technically part of the epilogue.
            # Also, watch out for an empty string epilogue, which means a single newline.
            if epilogue_lines:
                firstline = epilogue_lines[0]
                bolmo = NLCRE_bol.match(firstline)
                if bolmo:
                    epilogue_lines[0] = firstline[len(bolmo.group(0)) :]
            cur.epilogue = "".join(epilogue_lines)
            return
        # Otherwise, it's some non-multipart type, so the entire rest of the file contents
        # becomes the payload.
        cur.set_payload("".join(self.rest()))

    def parse_headers(self, lines: list[str]) -> None:
        # Passed a list of lines that make up the headers for the current message.
        cur = self.cur
        assert cur is not None
        set_raw = cur.set_raw
        lastheader = ""
        lastvalue: list[str] = []
        for lineno, line in enumerate(lines):
            # Check for continuation
            if line[0] in " \t":
                if not lastheader:
                    # The first line of the headers was a continuation. This is illegal, so
                    # note the defect, store the illegal line, and ignore it for purposes of
                    # headers.
                    _handle_defect(cur, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                lastvalue.append(line)
                continue
            if lastheader:
                set_raw(*_header_source_parse(lastvalue))
                lastheader, lastvalue = "", []
            # Check for envelope header, i.e. unix-from
            if line.startswith("From "):
                if lineno == 0:
                    # Strip off the trailing newline
                    mo = NLCRE_eol.search(line)
                    if mo:
                        line = line[: -len(mo.group(0))]
                    cur.set_unixfrom(line)
                    continue
                if lineno == len(lines) - 1:
                    # Something looking like a unix-from at the end - it's probably the first
                    # line of the body, so push back the line and stop.
                    self.unreadline(line)
                    return
                # Weirdly placed unix-from line. Note this as a defect and ignore it.
                cur.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            # Split the line on the colon separating field name from value. There will always
            # be a colon, because if there wasn't the part of the parser that calls us would
            # have started parsing the body.
            i = line.find(":")
            # If the colon is on the start of the line the header is clearly malformed, but we
            # might be able to salvage the rest of the message. Track the error but keep going.
            if i == 0:
                cur.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            assert i > 0, "_parse_headers fed line with no : and no leading WS"
            lastheader = line[:i]
            lastvalue = [line]
        # Done with all the lines, so handle the last header.
        if lastheader:
            set_raw(*_header_source_parse(lastvalue))


def _at_eof(line: str, eofs: list[Callable[[str], object]]) -> bool:
    """Whether an end-of-part test matches the line (a loop: any() that leaves a generator
    early ends it by raising GeneratorExit, once for every part of a multipart)."""
    for ateof in eofs:  # noqa: SIM110 - not any(): see above
        if ateof(line):
            return True
    return False


def _header_source_parse(sourcelines: list[str]) -> tuple[str, str]:
    """compat32's ``header_source_parse``: the name, and the value with its folds, less the
    last line's end."""
    name, value = sourcelines[0].split(":", 1)
    value = value.lstrip(" \t") + "".join(sourcelines[1:])
    return (name, value.rstrip("\r\n"))
