"""Text helpers shared by every layer."""

from __future__ import annotations

import re
from email.utils import parseaddr

_SPACES = re.compile(r"\s+")


def collapse_spaces(value: str) -> str:
    return _SPACES.sub(" ", value or "").strip()


# An address that is already bare and lower-case: what normalise_email gives back unchanged.
_BARE_ADDRESS = re.compile(r"[^\s<>()\[\]\\,;:@\"]+@[^\s<>()\[\]\\,;:@\"]+")


def normalise_email(value: str) -> str:
    """Lower-cased bare address ('' if it does not look like one)."""
    if value and _BARE_ADDRESS.fullmatch(value) and value == value.lower():
        return value  # stored addresses, asked again and again by intake: no parsing needed
    _, address = parseaddr(value or "")
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
