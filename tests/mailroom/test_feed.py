"""mailroom.feed parses mail into the tree the standard library's feed parser makes.

Compared on every message of the corpora (../shared/corpora), on hand-made oddities that take
each branch of the feed parser, and on seeded mutations of corpus messages (lines dropped,
repeated and cut, line ends changed): the same headers, payloads, preambles, epilogues,
defects and default types, part for part.
"""

from __future__ import annotations

import email
import random
import re
from email import policy
from email.message import Message

import pytest

from caredesk.mailroom import feed
from tests.mailroom.test_corpora import CORPORA, _message_files, _need_corpora


def _tree(message: Message) -> tuple:
    payload = message._payload
    return (
        type(message).__name__,
        message._headers,
        message._unixfrom,
        [_tree(part) for part in payload] if isinstance(payload, list) else payload,
        message.preamble,
        message.epilogue,
        [(type(defect).__name__, str(defect)) for defect in message.defects],
        message._default_type,
        message._charset,
    )


def _standard(raw: bytes) -> tuple:
    return _tree(email.message_from_bytes(raw, policy=policy.compat32))


def _ours(raw: bytes) -> tuple:
    return _tree(feed.message_from_bytes(raw))


def _corpus_raws() -> list[tuple[str, bytes]]:
    _need_corpora()
    names = [name for name in _message_files() if name != "<corpora missing>"]
    return [(name, (CORPORA / name).read_bytes()) for name in names]


def test_every_corpus_message_parses_to_the_standard_tree() -> None:
    raws = _corpus_raws()
    assert len(raws) > 150
    assert sum(b"boundary=" in raw.lower() for _, raw in raws) > 50, "multipart mail is covered"
    differ = [name for name, raw in raws if _ours(raw) != _standard(raw)]
    assert not differ, differ


BOUNDARY = 'Content-Type: multipart/mixed; boundary="XX"\n'

ODDITIES = {
    "empty": b"",
    "a header and nothing else": b"Subject: hi",
    "no blank line before the body": b"Subject: hi\nthis is not a header line\nbody\n",
    "a body of one line, no line end": b"Subject: hi\n\nbody",
    "CRLF": b"Subject: hi\r\nFrom: a@b.c\r\n\r\nline one\r\nline two\r\n",
    "lone CR line ends": b"Subject: hi\rFrom: a@b.c\r\rbody\rmore\r",
    "mixed line ends": b"Subject: hi\r\nFrom: a@b.c\n\r\nbody\rmore\nend\r\n",
    "vertical tab and form feed are no line ends": (
        b"Subject: a\x0bb\n\nbody\x0cmore\x1cx\x1dy\x1e\n"
    ),
    "raw 8-bit header": "Subject: 漏水了\nFrom: a@b.c\n\n楼上漏水\n".encode("gb18030"),
    "folded header": b"Subject: one\n  two\n\tthree\nFrom: a@b.c\n\nbody\n",
    "first line a continuation": b"  folded\nSubject: hi\n\nbody\n",
    "unix from first": b"From someone@example.com Mon Jan 1 00:00:00 2024\nSubject: hi\n\nb\n",
    "unix from in the middle": b"Subject: hi\nFrom nobody else\nTo: a@b.c\n\nbody\n",
    "unix from last": b"Subject: hi\nFrom the body this is\n\nbody\n",
    "missing header name": b"Subject: hi\n: no name\n\nbody\n",
    "multipart": (
        BOUNDARY + "\npreamble\n--XX\nContent-Type: text/plain\n\none\n--XX\n"
        "Content-Type: text/html\n\n<p>two</p>\n--XX--\nepilogue\n"
    ).encode(),
    "multipart, CRLF": (BOUNDARY + "\n--XX\nContent-Type: text/plain\n\none\n--XX--\n")
    .replace("\n", "\r\n")
    .encode(),
    "multipart, close boundary without line end": (BOUNDARY + "\n--XX\n\none\n--XX--").encode(),
    "multipart, boundary with trailing blanks": (
        BOUNDARY + "\n--XX \t\n\none\n--XX--  \n\n\nepilogue"
    ).encode(),
    "multipart, repeated boundary lines": (BOUNDARY + "\n--XX\n--XX\n\none\n--XX--\n").encode(),
    "multipart, no start boundary": (BOUNDARY + "\njust text\nmore text\n").encode(),
    "multipart, no close boundary": (BOUNDARY + "\n--XX\n\none\ntwo\n").encode(),
    "multipart, no boundary parameter": b"Content-Type: multipart/mixed\n\n--XX\n\none\n",
    "multipart, base64 transfer encoding": (
        BOUNDARY + "Content-Transfer-Encoding: base64\n\n--XX\n\none\n--XX--\n"
    ).encode(),
    "multipart, a part of headers only": (
        BOUNDARY + "\n--XX\nContent-Type: text/plain\n--XX--\n"
    ).encode(),
    "multipart, a part ending at the end": (BOUNDARY + "\n--XX\n\none").encode(),
    "nested multipart": (
        BOUNDARY + '\n--XX\nContent-Type: multipart/alternative; boundary="YY"\n\n'
        "--YY\nContent-Type: text/plain\n\nplain\n--YY\nContent-Type: text/html\n\n<b>h</b>\n"
        "--YY--\ninner epilogue\n\n--XX\nContent-Type: application/pdf\n\nJVBERi0=\n--XX--\n"
    ).encode(),
    "nested multipart cut by the outer boundary": (
        BOUNDARY + '\n--XX\nContent-Type: multipart/alternative; boundary="YY"\n\n'
        "--YY\n\nplain\n--XX\n\nnext\n--XX--\n"
    ).encode(),
    "nested multipart with an empty epilogue": (
        BOUNDARY + '\n--XX\nContent-Type: multipart/alternative; boundary="YY"\n\n'
        "--YY\n\nplain\n--YY--\n--XX--\n"
    ).encode(),
    "digest": (
        b'Content-Type: multipart/digest; boundary="DD"\n\n--DD\n\nSubject: one\n\nbody one\n'
        b"--DD\nContent-Type: text/plain\n\nplain\n--DD--\n"
    ),
    "message/rfc822": (
        BOUNDARY + "\n--XX\nContent-Type: message/rfc822\n\nSubject: inner\nFrom: a@b.c\n\n"
        "inner body\n--XX--\n"
    ).encode(),
    "delivery status": (
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="RR"\n\n'
        b"--RR\n\nYour mail could not be delivered.\n--RR\n"
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
        b"Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1\n\n"
        b"Final-Recipient: rfc822; d@e.f\nAction: failed\n\n--RR--\n"
    ),
    "delivery status at the top": (
        b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\nAction: failed\n"
    ),
    "message/* with no body": b"Content-Type: message/rfc822\n\n",
}


@pytest.mark.parametrize("name", sorted(ODDITIES))
def test_each_oddity_parses_to_the_standard_tree(name: str) -> None:
    raw = ODDITIES[name]
    assert _ours(raw) == _standard(raw)


def test_the_oddities_take_the_branches_they_are_named_for() -> None:
    """A few spot checks that the table above exercises what it claims."""
    names = {
        "multipart, no start boundary": "StartBoundaryNotFoundDefect",
        "multipart, no close boundary": "CloseBoundaryNotFoundDefect",
        "multipart, no boundary parameter": "NoBoundaryInMultipartDefect",
        "multipart, base64 transfer encoding": "InvalidMultipartContentTransferEncodingDefect",
        "no blank line before the body": "MissingHeaderBodySeparatorDefect",
        "first line a continuation": "FirstHeaderLineIsContinuationDefect",
        "unix from in the middle": "MisplacedEnvelopeHeaderDefect",
        "missing header name": "InvalidHeaderDefect",
    }
    for name, defect in names.items():
        message = feed.message_from_bytes(ODDITIES[name])
        found = [type(d).__name__ for part in message.walk() for d in part.defects]
        assert defect in found, (name, found)
    digest = feed.message_from_bytes(ODDITIES["digest"])
    assert digest.get_payload(0).get_content_type() == "message/rfc822"
    status = feed.message_from_bytes(ODDITIES["delivery status"])
    assert len(status.get_payload(1).get_payload()) == 3  # three blocks of fields


def _mutations(raw: bytes, rng: random.Random) -> list[bytes]:
    lines = raw.splitlines(keepends=True)
    if not lines:
        return []
    out = []
    for _ in range(3):
        changed = list(lines)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(changed))
            kind = rng.randrange(5)
            if kind == 0:
                del changed[at]
            elif kind == 1:
                changed.insert(at, changed[at])
            elif kind == 2:
                changed[at] = changed[at][: rng.randrange(len(changed[at]) + 1)]
            elif kind == 3:
                end = rng.choice([b"\n", b"\r\n", b"\r", b""])
                changed[at] = changed[at].rstrip(b"\r\n") + end
            else:
                changed.insert(at, rng.choice([b"\n", b"--\n", b" folded\n", b"From x\n"]))
            if not changed:
                break
        out.append(b"".join(changed))
    return out


def test_mutated_corpus_messages_parse_to_the_standard_tree() -> None:
    rng = random.Random(2026)
    raws = _corpus_raws()
    checked = 0
    differ = []
    for name, raw in raws:
        if len(raw) > 200_000:
            continue
        for mutated in _mutations(raw, rng):
            checked += 1
            if _ours(mutated) != _standard(mutated):
                differ.append(name)
    assert checked > 500
    assert not differ, differ


def test_the_boundary_matcher_answers_as_the_feed_parsers_regex_does() -> None:
    separator = "--=_Part (1).x+y*z?\\end"
    matcher = feed.BoundaryMatcher(separator)
    regex = re.compile(
        "(?P<sep>" + re.escape(separator) + r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
    )
    lines = [
        separator + "\n",
        separator + "--\r\n",
        separator + "-- \t\n",
        separator + "  ",
        separator,
        separator + "--",
        separator + "x\n",
        separator + "\n\n",
        "x" + separator + "\n",
        separator[:-1] + "\n",
        "",
    ]
    for line in lines:
        ours, theirs = matcher.match(line), regex.match(line)
        assert (ours is None) == (theirs is None), line
        if ours is not None:
            assert ours.group("end") == theirs.group("end"), line
            assert ours.group("ws") == theirs.group("ws"), line
            assert ours.group("linesep") == theirs.group("linesep"), line
