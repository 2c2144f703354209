"""Text helpers shared by every layer."""

from __future__ import annotations

import re
from email.utils import getaddresses
from pathlib import Path

T2S_PATH = Path(__file__).resolve().parent / "data" / "t2s.tsv"

_SPACES = re.compile(r"\s+")


def collapse_spaces(value: str) -> str:
    return _SPACES.sub(" ", value or "").strip()


# An address that is already bare and lower-case: what normalise_email gives back unchanged.
_BARE_ADDRESS = re.compile(r"[^\s<>()\[\]\\,;:@\"]+@[^\s<>()\[\]\\,;:@\"]+")


def normalise_email(value: str) -> str:
    """Lower-cased bare address ('' if it does not look like one)."""
    if value and _BARE_ADDRESS.fullmatch(value) and value == value.lower():
        return value  # stored addresses, asked again and again by intake: no parsing needed
    return email_parsed(value)


def email_parsed(value: str) -> str:
    """normalise_email() without its shortcut for addresses already bare: the first address
    of the value, parsed. getaddresses(), not parseaddr(): since the fix for CVE-2023-27043
    (Python 3.11.10, 3.12.6, and distributions' own 3.11 builds) parseaddr() gives nothing for
    "a@b, c@d", where getaddresses() gives both in every release."""
    pairs = getaddresses([value or ""])
    address = pairs[0][1] if pairs else ""
    address = address.strip().strip("<>").lower()
    if address.count("@") != 1:
        return ""
    local, domain = address.split("@")
    if not local or not domain or " " in address:
        return ""
    return address


def normalise_phone(value: str, *, region: str = "US") -> str:
    """E.164 form of a phone number, or '' when it is not a valid number."""
    if not value or not value.strip():
        return ""
    # Imported here: its 58 modules are start-up time for every command that never reads a
    # phone number (`caredesk ingest` of email).
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def redact_email(value: str) -> str:
    """An address safe for logs: j***@example.com."""
    if "@" not in value:
        return "***"
    local, domain = value.split("@", 1)
    return f"{local[:1]}***@{domain}"


def _t2s_table() -> dict[int, str]:
    """Each traditional Chinese character's simplified form, one for one (``data/t2s.tsv``:
    OpenCC's pairs, written by scripts/t2s_table.py)."""
    table: dict[int, str] = {}
    for line in T2S_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            traditional, simple = line.split("\t")
            table[ord(traditional)] = simple
    return table


# For str.translate. Triage's phrases and model are written in simplified Chinese, and a desk
# searches in what its keyboard writes, while owners from Hong Kong or Taiwan write 樓上滲水 for
# 楼上渗水. One character for one, so every offset into a text stays valid.
T2S = _t2s_table()
# GB2312 is simplified Chinese, less these few traditional characters (後, 於, 乾...): a text it
# can encode (a C codec, about 1 µs for a message) needs no look-up of each character (20 µs).
_TRADITIONAL_IN_GB2312 = re.compile(
    "[" + re.escape("".join(map(chr, T2S)).encode("gb2312", "ignore").decode("gb2312")) + "]"
)


def simplified(text: str) -> str:
    """The text with traditional Chinese characters in their simplified forms, same length."""
    if text.isascii():
        return text
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return text.translate(T2S)
    return text.translate(T2S) if _TRADITIONAL_IN_GB2312.search(text) else text
