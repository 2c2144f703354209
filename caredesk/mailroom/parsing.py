"""Turn the raw bytes of one email into a ParsedMessage.

Pure: no Django, no database, no network. Every input is treated as hostile;
the only exception that leaves ``parse_message`` is ``ParseError``.

The MIME tree is read with the standard library ``email`` package in its
``compat32`` policy, which keeps header values as the raw text it found. The
``policy.default`` header objects re-parse every header on every access and
cost about 1 ms per message, five times the budget for a whole parse, so the
headers are decoded here instead, and more leniently: raw 8-bit headers
(UTF-8, GB2312/GBK, Big5 sent without encoded words) are recovered from their
bytes, GB2312/GBK are read as GB18030 (their superset), and encoded words
split in the middle of a multibyte character are joined before decoding.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import mimetypes
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import errors
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

import nh3
from inscriptis import get_text

from caredesk.mailroom import feed
from caredesk.mailroom.quoting import split_quoted

__all__ = [
    "Address",
    "ParseError",
    "ParsedAttachment",
    "ParsedMessage",
    "message_id_from_bytes",
    "parse_message",
]


class ParseError(Exception):
    """The bytes are not an email we can read (empty, binary Outlook .msg, no headers...)."""


@dataclass(frozen=True)
class Address:
    name: str
    email: str  # normalised: stripped, lowercased; '' if unparseable


@dataclass(frozen=True)
class ParsedAttachment:
    filename: str
    content_type: str
    size: int
    content: bytes | None  # None when size > max_attachment_bytes
    oversize: bool
    sha256: str
    content_id: str
    is_inline: bool


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    from_address: Address
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: datetime | None
    text: str
    html: str
    new_text: str
    content_type: str
    attachments: tuple[ParsedAttachment, ...]
    is_automatic: bool
    automatic_reason: str
    priority: str
    language_hint: str
    defects: tuple[str, ...]
    sha256: str


# --- raw checks -------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_HEADER_END = re.compile(rb"\r?\n\r?\n|\r\r")
_MESSAGE_ID_LINE = re.compile(
    rb"^message-id[ \t]*:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.IGNORECASE | re.MULTILINE
)
_KNOWN_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "sender",
        "reply-to",
        "delivered-to",
        "in-reply-to",
        "references",
        "x-mailer",
    }
)


_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:", re.MULTILINE)


def _repair_header_block(raw: bytes) -> bytes | None:
    """Fold stray lines inside the header block (unindented continuations) into the header above.

    Returns None when the stray line is really where the body starts (no header follows it).
    """
    end = _HEADER_END.search(raw)
    block = raw[: end.start()] if end else raw
    lines = block.split(b"\n")
    stray = [
        i
        for i, line in enumerate(lines)
        if i and line.strip() and line[:1] not in b" \t" and not _HEADER_LINE.match(line)
    ]
    if not stray or not any(_HEADER_LINE.match(line) for line in lines[stray[-1] + 1 :]):
        return None
    for i in stray:
        lines[i] = b" " + lines[i]
    return b"\n".join(lines) + raw[len(block) :]


def _has_known_header(msg: Message) -> bool:
    # (a list: any() that leaves a generator early ends it by raising GeneratorExit)
    return not _KNOWN_HEADERS.isdisjoint([name.lower() for name, _ in msg.raw_items()])


# What _HEADER_END can match, each a string of its own: the first of them is where it matches.
_HEADER_ENDS = (b"\n\n", b"\r\n\r\n", b"\r\n\n", b"\n\r\n", b"\r\r")


def header_end(raw: bytes, stop: int) -> int:
    """Where the header block of raw[:stop] ends (the start of _HEADER_END's first match), or
    -1: the same answer from a few byte searches, each bounded by the best so far, as the
    regular expression gives by trying every position in Python's engine (ten times slower
    over the 20,000 messages of the benchmark, twice each)."""
    best = -1
    for ending in _HEADER_ENDS:
        found = raw.find(ending, 0, stop if best < 0 else best + len(ending) - 1)
        if found >= 0 and (best < 0 or found < best):
            best = found
    return best


def _header_block(raw: bytes) -> bytes:
    end = header_end(raw, 256 * 1024)
    return raw[:end] if end >= 0 else raw[: 256 * 1024]


def _check_readable(raw: bytes) -> None:
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ParseError(f"expected bytes, got {type(raw).__name__}")
    if not raw.strip():
        raise ParseError("empty message")
    if raw[:4] == _OLE_MAGIC:
        raise ParseError("binary OLE compound file (Outlook .msg?), not an RFC 5322 message")
    head = _header_block(bytes(raw[:65536]))
    if b"\x00" in head:
        raise ParseError("binary data in the header block")


# --- charsets ---------------------------------------------------------------------------------

_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "gb2312-80": "gb18030",
    "euc-cn": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "x-euc-cn": "gb18030",
    "hz-gb-2312": "hz",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "big-5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "cp950",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "windows-874": "cp874",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "us-ascii": "utf-8",  # mislabelled 8-bit text is common; ASCII is a subset anyway
    "ascii": "utf-8",
    "ansi_x3.4-1968": "utf-8",
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
    "latin1": "cp1252",
    "iso-8859-1": "cp1252",  # what senders mean in practice (the HTML5 rule)
    "iso8859-1": "cp1252",
    "us": "utf-8",
}
_codec_cache: dict[str, str | None] = {}
_JAPANESE_CODECS = frozenset({"iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "cp932", "euc_jp"})
# Labels trusted even when some bytes are broken: decode with replacement characters.
_KEEP_LABEL_CODECS = frozenset({"utf-8", "gb18030", "big5hkscs", "cp932", "cp949", "euc_jp"})
_SEVEN_BIT_CODECS = frozenset(
    {"iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "iso2022_kr", "utf-7", "hz"}
)
_GB_PAIR = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]")
_BIG5_PAIR = re.compile(rb"[\xa1-\xf9][\x40-\x7e\xa1-\xfe]")
_HIGH = re.compile(rb"[\x80-\xff]")


def _codec(label: str | None) -> str | None:
    """A Python text codec for a MIME charset label, or None if unknown."""
    if not label:
        return None
    key = label
    if key in _codec_cache:
        return _codec_cache[key]
    name = label.strip().strip("\"'").lower().split("*", 1)[0]
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
        found: str | None = info.name if info._is_text_encoding else None  # type: ignore[attr-defined]
    except (LookupError, ValueError, TypeError):
        found = None
    if found in ("gb2312", "gbk"):
        found = "gb18030"
    _codec_cache[key] = found
    return found


def _sniff(data: bytes) -> str:
    """Decode bytes of unknown charset: UTF-8, GB18030, Big5, Windows-1252, Shift_JIS, Latin-1."""
    if b"\x1b$" in data or b"\x1b(" in data:
        try:
            return data.decode("iso2022_jp_ext")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = len(_HIGH.findall(data))
    if 2 * len(_GB_PAIR.findall(data)) >= 0.8 * high:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            pass
    # Big5 trail bytes may be ASCII letters, so one accented Latin-1 letter looks like Big5.
    if high >= 4 and 2 * len(_BIG5_PAIR.findall(data)) >= 0.8 * high:
        for codec in ("big5hkscs", "cp950"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    for codec in ("cp1252", "cp932"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def _decode_bytes(data: bytes, charset: str | None, defects: list[str] | None = None) -> str:
    """Decode a body or an encoded word; never raises."""
    codec = _codec(charset)
    if data.isascii() and codec not in _SEVEN_BIT_CODECS:
        return data.decode("ascii")
    if codec is None:
        if charset and defects is not None:
            defects.append(f"UnknownCharset:{charset.strip()[:40]}")
        return _sniff(data)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError, ValueError):
        pass
    if codec == "big5hkscs":
        try:
            return data.decode("cp950")
        except UnicodeDecodeError:
            pass
    if defects is not None:
        defects.append(f"UndecodableBytes:{codec}")
    if codec in _JAPANESE_CODECS:
        for fallback in ("iso2022_jp_2004", "iso2022_jp_3", "cp932", "euc_jis_2004"):
            try:
                return data.decode(fallback)
            except UnicodeDecodeError:
                pass
    if codec != "utf-8":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec not in _KEEP_LABEL_CODECS:
        return _sniff(data)
    try:
        return data.decode(codec, errors="replace")
    except (LookupError, ValueError):
        return data.decode("utf-8", errors="replace")


def _recover_raw(value: str) -> str:
    """Headers with raw 8-bit bytes arrive surrogate-escaped: decode those bytes properly."""
    if value.isascii():
        if "\x1b" in value:  # raw ISO-2022-JP
            return _sniff(value.encode("ascii"))
        return value
    try:
        data = value.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", errors="replace").decode("utf-8")
    return _sniff(data)


# --- headers ----------------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([qQbB])\?([^?]*)\?=")
_QP_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_WS = re.compile(r"[ \t\r\n\f\v]+")
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")


def _ew_bytes(encoding: str, text: str) -> bytes:
    raw = text.encode("ascii", errors="ignore")
    if encoding in "bB":
        raw = _B64_JUNK.sub(b"", raw)
        raw = raw[: len(raw) - len(raw) % 4] if len(raw) % 4 == 1 else raw
        try:
            return base64.b64decode(raw + b"=" * (-len(raw) % 4))
        except (binascii.Error, ValueError):
            return b""
    return _QP_ESCAPE.sub(lambda m: bytes((int(m.group(1), 16),)), raw.replace(b"_", b" "))


def _decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words; adjacent words of one charset are joined as bytes."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pos = 0
    pending = b""
    pending_charset = ""
    for match in _ENCODED_WORD.finditer(value):
        gap = value[pos : match.start()]
        if gap and not (pending and gap.isspace()):
            if pending:
                out.append(_decode_bytes(pending, pending_charset))
                pending = b""
            out.append(gap)
        charset, encoding, text = match.groups()
        data = _ew_bytes(encoding, text)
        if pending and charset.lower() != pending_charset.lower():
            out.append(_decode_bytes(pending, pending_charset))
            pending = b""
        pending += data
        pending_charset = charset
        pos = match.end()
    if pending:
        out.append(_decode_bytes(pending, pending_charset))
    out.append(value[pos:])
    return "".join(out)


def _text_header(value: str | None) -> str:
    """A decoded, unfolded, whitespace-collapsed header value."""
    if not value:
        return ""
    if not isinstance(value, str):  # compat32 may hand back a Header object
        value = str(value)
    return _WS.sub(" ", _decode_words(_recover_raw(value))).strip()


def _header(msg: Message, name: str) -> str | None:
    """The raw text of the first header of that name (raw 8-bit bytes surrogate-escaped)."""
    name = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == name:
            return value if isinstance(value, str) else str(value)
    return None


def _headers(msg: Message) -> dict[str, str]:
    """Raw text of the first header of each name, keyed by lowercase name."""
    found: dict[str, str] = {}
    for key, value in msg.raw_items():
        key = key.lower()
        if key not in found:
            found[key] = value if isinstance(value, str) else str(value)
    return found


_ID_IN_BRACKETS = re.compile(r"<([^<>]*)>")


def _ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    value = _recover_raw(str(value))
    bracketed = _ID_IN_BRACKETS.findall(value)
    if bracketed:
        candidates = [_WS.sub("", item) for item in bracketed]
    else:
        candidates = [token.strip("<>") for token in re.split(r"[\s,]+", value)]
    seen: dict[str, None] = {}
    for candidate in candidates:
        if candidate and candidate not in seen:
            seen[candidate] = None
    return tuple(seen)


# "Name <a@b.c>", "\"Name\" <a@b.c>" or "a@b.c": most headers; read without getaddresses.
_SIMPLE_ADDRESS = re.compile(
    r'\s*(?:"([^"\\\r\n]*)"|([A-Za-z0-9 .\'-]*?))\s*<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>\s*$'
    r"|\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$",
    re.ASCII,
)
_BARE_AT_NAME = re.compile(r'(^|,)\s*([^,"<>()]*@[^,"<>()]*?)\s*<')
_ADDRESS_ATOM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*")


def _addresses(value: str | None) -> tuple[Address, ...]:
    if not value:
        return ()
    value = _recover_raw(str(value))
    # Encoded words may hide commas and quotes: park them as plain atoms while splitting.
    words: list[str] = []

    def park(match: re.Match[str]) -> str:
        words.append(match.group())
        return f"EW{len(words) - 1}PARKED"

    parked = _ENCODED_WORD.sub(park, value) if "=?" in value else value
    if "@" in parked and "<" in parked:
        # An unquoted display name that is itself an address: alice@example.com <bob@...>
        parked = _BARE_AT_NAME.sub(r'\1"\2" <', parked)

    def unpark(text: str) -> str:
        return re.sub(r"EW(\d+)PARKED", lambda m: words[int(m.group(1))], text) if words else text

    simple = _SIMPLE_ADDRESS.match(parked)
    if simple and not words:
        name = (simple.group(1) or simple.group(2) or "").strip()
        addr = (simple.group(3) or simple.group(4)).lower()
        return (Address(name="" if name.lower() == addr else name, email=addr),)
    try:
        pairs = getaddresses([parked])
    except Exception:  # getaddresses has raised on hostile input in some Python releases
        pairs = []
    result = []
    for name, addr in pairs:
        name = _WS.sub(" ", _decode_words(unpark(name))).strip().strip("\"'").strip()
        addr = unpark(addr).strip().strip("<>").strip().lower()
        if "@" in addr:
            if addr.startswith("@") or addr.endswith("@"):
                addr = ""
        elif not _ADDRESS_ATOM.fullmatch(addr):  # a bare local part such as MAILER-DAEMON is kept
            addr = ""
        if not name and not addr:
            continue
        if name.lower() == addr and addr:
            name = ""
        result.append(Address(name=name, email=addr))
    return tuple(result)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(_recover_raw(value).strip())
    except Exception:  # malformed dates raise TypeError, ValueError, IndexError, OverflowError
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _priority(headers: dict[str, str]) -> str:
    x_priority = headers.get("x-priority")
    if x_priority:
        digit = re.search(r"\d", x_priority)
        if digit:
            level = int(digit.group())
            if level in (1, 2):
                return "high"
            if level in (4, 5):
                return "low"
    for name in ("importance", "x-msmail-priority", "priority"):
        value = headers.get(name, "").strip().lower()
        if value in ("high", "urgent"):
            return "high"
        if value in ("low", "non-urgent"):
            return "low"
    return "normal"


_AUTO_SUBJECT = re.compile(
    r"^(?:automatic reply|auto[- ]?reply|auto[- ]?response|autoresponse|out of (?:the )?office"
    r"|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática"
    r"|自动回复|自動回覆|自動回復|自动答复|undeliverable|undelivered mail"
    r"|delivery status notification"
    r"|mail delivery failed|returned mail|delivery failure|failure notice)\b",
    re.IGNORECASE,
)
_BOUNCE_SENDERS = ("mailer-daemon", "postmaster")


def _automatic(msg: Message, headers: dict[str, str], subject: str, sender: Address) -> str:
    """Why this message was sent by a machine rather than a person, or ''."""
    auto_submitted = headers.get("auto-submitted", "").strip().lower()
    if auto_submitted and auto_submitted.split(";")[0].strip() != "no":
        return f"auto-submitted: {auto_submitted.split(';')[0].strip()}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated"):
        if name in headers:
            return name
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"precedence: {precedence}"
    if _content_type(msg, headers) == "multipart/report":
        report_type = str(msg.get_param("report-type", "") or "").lower()
        if report_type == "disposition-notification":
            return "disposition notification"
        return "delivery status notification"
    local_part = sender.email.split("@", 1)[0]
    if local_part in _BOUNCE_SENDERS:
        return local_part
    return_path = headers.get("return-path")
    if return_path is not None and return_path.strip() in ("<>", ""):
        return "null return-path"
    if "list-id" in headers:
        return "list-id"
    if "list-unsubscribe" in headers:
        return "list-unsubscribe"
    if _AUTO_SUBJECT.match(subject):
        return "subject: " + _AUTO_SUBJECT.match(subject).group().lower()  # type: ignore[union-attr]
    return ""


# --- bodies and attachments -------------------------------------------------------------------

_ALLOWED_SCHEMES = {"http", "https", "mailto", "tel", "cid"}


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        lowered = value.strip().lower()
        return value if lowered.startswith(("cid:", "https:")) else None
    return value


_CLEANER = nh3.Cleaner(
    url_schemes=_ALLOWED_SCHEMES,
    attribute_filter=_attribute_filter,
    link_rel="noopener noreferrer nofollow",
)


def _sanitise_html(html: str) -> str:
    try:
        return _CLEANER.clean(html)
    except Exception:  # nh3 is robust, but its input is hostile
        return ""


def _html_to_text(html: str) -> str:
    try:
        return get_text(html).strip("\n")
    except Exception:  # inscriptis on broken markup; fall back to crude tag stripping
        return _WS.sub(" ", re.sub(r"<[^>]*>", " ", html)).strip()


def _payload_bytes(part: Message) -> bytes:
    """The decoded payload; text sent without base64 gets LF line ends (CRLF is transport)."""
    if part.is_multipart():
        return _as_bytes(part).replace(b"\r\n", b"\n")
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding in ("x-uuencode", "uuencode", "x-uue", "uue"):
        return _uudecode(part.get_payload())
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a broken transfer encoding
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        payload = raw.encode("utf-8", errors="surrogateescape") if isinstance(raw, str) else b""
    if encoding != "base64" and b"\r" in payload:
        payload = payload.replace(b"\r\n", b"\n")
    return payload


def _uudecode(payload: object) -> bytes:
    if not isinstance(payload, str):
        return b""
    out = []
    for line in payload.encode("ascii", errors="ignore").splitlines():
        if not line.strip() or line.startswith((b"begin ", b"end")) or line.strip() == b"`":
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            try:  # some encoders drop trailing padding
                out.append(binascii.a2b_uu(line[: (((line[0] - 32) & 63) * 4 + 5) // 3]))
            except (binascii.Error, IndexError):
                continue
    return b"".join(out)


def _as_bytes(part: Message) -> bytes:
    """The bytes of an embedded message (or any container part)."""
    try:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and len(inner) == 1:
                return inner[0].as_bytes()
            if isinstance(inner, str):
                return inner.encode("utf-8", errors="surrogateescape")
        if part.get_content_maintype() == "message":
            inner = part.get_payload()
            if isinstance(inner, list):
                return b"\n".join(item.as_bytes() for item in inner)
        return part.as_bytes()
    except Exception:  # the generator trips over some malformed trees
        return b""


_SIMPLE_CHARSET = re.compile(
    r'[^;"=]*;\s*charset\s*=\s*(?:"([\w.:+-]*)"|([\w.:+-]*))\s*', re.IGNORECASE | re.ASCII
)


def content_charset(part: Message) -> str | None:
    """part.get_content_charset(), read straight from a Content-Type of the common form
    'type/subtype; charset=NAME' (the standard library parses every parameter, quoting and
    RFC 2231 each time); any other form goes its way."""
    value = part.get("content-type")
    if isinstance(value, str) and value.isascii():
        match = _SIMPLE_CHARSET.fullmatch(value)
        if match:
            quoted, bare = match.groups()
            return (bare if quoted is None else quoted).lower()
    return part.get_content_charset()


def _part_text(part: Message, defects: list[str]) -> str:
    data = _payload_bytes(part)
    text = _decode_bytes(data, content_charset(part), defects)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


_UNSAFE_FILENAME = re.compile(r"[\x00-\x1f\x7f]")
_EXTENSIONS = {
    "text/plain": ".txt",
    "text/html": ".html",
    "message/rfc822": ".eml",
    "message/delivery-status": ".txt",
    "text/rfc822-headers": ".txt",
    "application/octet-stream": ".bin",
    "application/pgp-signature": ".asc",
    "application/pkcs7-signature": ".p7s",
    "image/jpeg": ".jpg",
    "video/quicktime": ".mov",
}


def _extension(content_type: str) -> str:
    ext = _EXTENSIONS.get(content_type)
    if ext is None:
        ext = mimetypes.guess_extension(content_type, strict=False) or ".bin"
        _EXTENSIONS[content_type] = ext
    return ext


def _sanitise_filename(name: str) -> str:
    name = _UNSAFE_FILENAME.sub("", name).replace("\\", "/")
    name = name.rsplit("/", 1)[-1].strip().lstrip(".").strip()
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 200 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 16 else name[:200]
    return name


_GENERIC_NAMES = {
    "text/html": "document",
    "text/plain": "file",
    "message/delivery-status": "delivery-status",
    "text/rfc822-headers": "headers",
    "application/pgp-signature": "signature",
    "application/pkcs7-signature": "smime",
}
_CID_FILENAME = re.compile(r"^([\w.-]+\.[A-Za-z0-9]{2,5})@")


def _declared_filename(part: Message) -> str:
    """Filename from Content-Disposition or Content-Type (RFC 2231, RFC 2047, raw 8-bit)."""
    disposition = _header(part, "Content-Disposition") or ""
    content_type = _header(part, "Content-Type") or ""
    if not (disposition.isascii() and content_type.isascii()):
        # Raw 8-bit parameters: read them from properly decoded copies of the headers.
        proxy = Message()
        proxy["Content-Disposition"] = _recover_raw(disposition)
        proxy["Content-Type"] = _recover_raw(content_type) or "text/plain"
        part = proxy
    try:
        raw_name = part.get_filename()
    except Exception:  # broken RFC 2231 continuations
        raw_name = None
    return _sanitise_filename(_text_header(raw_name)) if raw_name else ""


def _filename(part: Message, index: int, content_type: str) -> str:
    name = _declared_filename(part)
    if name:
        return name
    if content_type == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner:
            subject = _sanitise_filename(_text_header(_header(inner[0], "Subject")))
            if subject:
                return subject + ".eml"
    description = _text_header(_header(part, "Content-Description"))
    if description and len(description) <= 80:
        description = _sanitise_filename(description)
        if description:
            if "." in description[-6:]:
                return description
            return description + _extension(content_type)
    content_id = _ids(_header(part, "Content-ID"))
    if content_id:
        match = _CID_FILENAME.match(content_id[0])
        if match:
            return _sanitise_filename(match.group(1))
    maintype = content_type.split("/", 1)[0]
    stem = _GENERIC_NAMES.get(content_type) or (
        maintype if maintype in ("image", "video", "audio") else "attachment"
    )
    return stem + _extension(content_type)


def _unique(name: str, taken: set[str]) -> str:
    """'image.jpg', then 'image1.jpg', 'image2.jpg'... for parts with the same generated name."""
    if name not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    counter = 1
    while f"{stem}{counter}{dot}{ext}" in taken:
        counter += 1
    return f"{stem}{counter}{dot}{ext}"


def _disposition(part: Message) -> str:
    value = _header(part, "Content-Disposition")
    if not value:
        return ""
    return value.split(";", 1)[0].strip().lower()


# --- language ---------------------------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _language(text: str) -> str:
    sample = text[:4000]
    cjk = len(_CJK.findall(sample))
    if not cjk:
        return "en"
    latin = len(_LATIN.findall(sample))
    return "zh" if cjk * 3 >= latin else "en"


# --- the entry points -------------------------------------------------------------------------


def message_id_from_bytes(raw: bytes) -> str:
    """The Message-ID from the header block, without <>; '' if there is none."""
    match = _MESSAGE_ID_LINE.search(_header_block(bytes(raw)))
    if not match:
        return ""
    value = match.group(1).decode("ascii", errors="surrogateescape")
    ids = _ids(value)
    return ids[0] if ids else ""


def parse_message(raw: bytes, *, max_attachment_bytes: int = 25 * 1024 * 1024) -> ParsedMessage:
    """Parse one message; raise ParseError if the bytes are not a readable email."""
    _check_readable(raw)
    raw = bytes(raw)
    try:
        return _parse(raw, max_attachment_bytes)
    except ParseError:
        raise
    except RecursionError as error:
        raise ParseError("message nested too deeply") from error
    except Exception as error:  # the contract: hostile input ends in ParseError, nothing else
        raise ParseError(f"unreadable message: {type(error).__name__}: {error}") from error


def _parse(raw: bytes, max_attachment_bytes: int) -> ParsedMessage:
    msg = feed.message_from_bytes(raw)
    if not _has_known_header(msg):
        # Some forwarding tools put a line such as "---- Original email message ----"
        # above the headers; skip a few such lines, never more.
        start = _HEADER_LINE.search(raw, 0, 2048)
        if start is None or start.start() == 0 or raw.count(b"\n", 0, start.start()) > 3:
            raise ParseError("no email headers found")
        raw = raw[start.start() :]
        msg = feed.message_from_bytes(raw)
        if not _has_known_header(msg):
            raise ParseError("no email headers found")
    if any(type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in msg.defects):
        repaired = _repair_header_block(raw)
        if repaired is not None:
            msg = feed.message_from_bytes(repaired)
            msg.defects.append(errors.MissingHeaderBodySeparatorDefect())

    defects = [type(defect).__name__ for part in msg.walk() for defect in part.defects]
    text_part: Message | None = None
    html_part: Message | None = None
    attachment_parts: list[Message] = []
    unsplit_part: Message | None = None
    for part in _leaves(msg):
        part_headers = _headers(part)
        content_type = _content_type(part, part_headers)
        if content_type.startswith("multipart/"):
            # A multipart whose boundary never appears: its body may be all we have.
            payload = part.get_payload()
            if unsplit_part is None and isinstance(payload, str) and payload.strip():
                unsplit_part = part
            continue
        if _is_empty_unnamed(part):
            continue
        disposition = part_headers.get("content-disposition", "")
        if (
            content_type in ("text/plain", "text/html")
            and not disposition.lstrip().lower().startswith("attachment")
            and not _NAMED.search(disposition)
            and not _NAMED.search(part_headers.get("content-type", ""))
        ):
            if content_type == "text/plain" and text_part is None:
                text_part = part
                continue
            if content_type == "text/html" and html_part is None:
                html_part = part
                continue
        attachment_parts.append(part)

    if text_part is None and html_part is None:
        text_part = unsplit_part
    html = ""
    if html_part is not None:
        html = _sanitise_html(_part_text(html_part, defects))
    if text_part is not None:
        text = _part_text(text_part, defects)
    elif html_part is not None:
        text = _html_to_text(html)
    else:
        text = ""

    attachments = []
    taken: set[str] = set()
    for index, part in enumerate(attachment_parts, start=1):
        content_type = _content_type(part, _headers(part))
        filename = _unique(_filename(part, index, content_type), taken)
        taken.add(filename)
        data = _payload_bytes(part)
        oversize = len(data) > max_attachment_bytes
        disposition = _disposition(part)
        content_id = _ids(_header(part, "Content-ID"))
        attachments.append(
            ParsedAttachment(
                filename=filename,
                content_type=content_type,
                size=len(data),
                content=None if oversize else data,
                oversize=oversize,
                sha256=hashlib.sha256(data).hexdigest(),
                content_id=content_id[0] if content_id else "",
                is_inline=disposition == "inline" or (not disposition and bool(content_id)),
            )
        )

    headers = _headers(msg)
    subject = _text_header(headers.get("subject"))
    sender = _sender(msg, headers)
    new_text = split_quoted(text)
    reason = _automatic(msg, headers, subject, sender)
    message_ids = _ids(headers.get("message-id"))
    return ParsedMessage(
        message_id=message_ids[0] if message_ids else "",
        in_reply_to=_ids(headers.get("in-reply-to")),
        references=_ids(headers.get("references")),
        subject=subject,
        from_address=sender,
        to=_addresses(headers.get("to")),
        cc=_addresses(headers.get("cc")),
        reply_to=_addresses(headers.get("reply-to")),
        date=_date(headers.get("date")),
        text=text,
        html=html,
        new_text=new_text,
        content_type="text/html" if html_part is not None else "text/plain",
        attachments=tuple(attachments),
        is_automatic=bool(reason),
        automatic_reason=reason,
        priority=_priority(headers),
        language_hint=_language(new_text),
        defects=tuple(dict.fromkeys(defects)),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _sender(msg: Message, headers: dict[str, str]) -> Address:
    """The first From address with an email; else Sender, Reply-To, Return-Path."""
    senders = _addresses(headers.get("from"))
    if not [address for address in senders if address.email]:
        # Spam sometimes carries a junk From above the real one.
        for key, value in msg.raw_items():
            if key.lower() == "from":
                senders += _addresses(str(value))
    for address in senders:
        if address.email:
            return address
    for name in ("sender", "reply-to", "return-path"):
        for address in _addresses(headers.get(name)):
            if address.email:
                return Address(name="", email=address.email)
    return senders[0] if senders else Address(name="", email="")


def _is_empty_unnamed(part: Message) -> bool:
    """A leaf with no payload and no name: nothing to keep (often left by broken boundaries)."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return not payload
    return not (payload or "").strip() and not _declared_filename(part)


_NAMED = re.compile(r";\s*(?:file)?name\*?[0-9]*\*?\s*=", re.IGNORECASE)


def _content_type(part: Message, headers: dict[str, str] | None) -> str:
    """What compat32's get_content_type() says, from raw headers read once."""
    if headers is None:
        headers = _headers(part)
    value = headers.get("content-type")
    if value is None:
        return part.get_default_type()
    content_type = value.split(";", 1)[0].strip().lower()
    return content_type if content_type.count("/") == 1 else "text/plain"


def _leaves(msg: Message) -> list[Message]:
    """Every part that is not a container, in order; embedded messages count as leaves."""
    leaves = []
    stack = [msg]
    while stack:
        part = stack.pop()
        payload = part.get_payload()
        if isinstance(payload, list) and _content_type(part, None).startswith("multipart/"):
            stack.extend(reversed(payload))
        else:
            leaves.append(part)
    return leaves
