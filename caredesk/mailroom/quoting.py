"""Separate what a sender newly wrote from the history quoted below it.

Pure text functions, no Django. English and most European reply headers are
recognised by our own patterns and, as a second opinion, by
``mailparser_reply``; Chinese reply headers (whose pattern in that library
never matches real mail) are recognised here:

- ``在 2024年3月1日 周五 10:00，张三 <a@b.c> 写道：`` (also 寫道, split over two lines)
- Outlook blocks ``发件人: / 發件人: / 寄件者:`` followed by 发送时间/日期/收件人/主题 lines
- ``-----原始邮件-----`` and ``------------------ 原始邮件 ------------------``
- English ``On … wrote:``, ``-----Original Message-----``, ``From: … Sent: …`` blocks
- lines quoted with ``>``

The text above the first marker is the new text. When nothing stands above
the first marker (bottom-posting), the unquoted lines are kept instead; when
everything is quoted, the original text is returned, stripped.
"""

from __future__ import annotations

import re

from mailparser_reply import EmailReplyParser

__all__ = ["split_quoted"]

_CN_WROTE = re.compile(r"(?:写道|寫道|寫到|写到)\s*[:：]?\s*$")
_CN_ON = re.compile(r"^在.{0,120}$")
_EN_WROTE = re.compile(r"\bwrote\s*:\s*$", re.IGNORECASE)
_EN_ON = re.compile(r"^On\s.{4,}", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"^[-_=*\s]{2,}\s*(?:原始邮件|原始郵件|原始信件|Original Message|Ursprüngliche Nachricht|"
    r"Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)"
    r"\s*[-_=*\s]{2,}$",
    re.IGNORECASE,
)
_HEADER_FROM = re.compile(
    r"^[*\s]*(?:发件人|發件人|寄件者|寄件人|From|Von|De|Van|Da)[*\s]*[:：]", re.IGNORECASE
)
_HEADER_OTHER = re.compile(
    r"^[*\s]*(?:发送时间|發送時間|傳送時間|发送日期|寄件日期|日期|时间|時間|收件人|收件者|主题|主題|主旨|"
    r"抄送|副本|Sent|Date|To|Subject|Cc|Gesendet|Datum|An|Betreff|Envoyé|Objet|Enviado|"
    r"Asunto|Para|Inviato|Oggetto)[*\s]*[:：]",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{20,}\s*$")
_SIG_DELIM = re.compile(r"^-- ?$")
_MOBILE_FOOTER = re.compile(
    r"^(?:Sent from my \w.*|Sent from (?:Mail|Outlook) for .*|Get Outlook for .*|"
    r"发自我的.*|從我的 ?\w.*傳送|来自我的.*|Von meinem \w.* gesendet)$",
    re.IGNORECASE,
)
# A cheap guard before asking mailparser_reply (its regexes are costly on long text).
_REPLY_HINT = re.compile(
    r"(?:^>|:\s*$|^-{3,}|^_{10,})",
    re.MULTILINE,
)

_REPLY_PARSER = EmailReplyParser(
    languages=["en", "de", "fr", "es", "it", "nl", "pl", "sv", "da", "fi", "cs", "pt"]
)


# A stripped line that can start the quoted history ends with 道/到 or holds a colon (the
# attributions _CN_WROTE and _EN_WROTE, the header block _HEADER_FROM: ":" or "："), or starts
# with one of -_=* (the separators _SEPARATOR and _UNDERSCORES): any other line is passed over
# without running them.
_RULE_MARKS = frozenset("-_=*")


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _strip_quote_marks(line: str) -> str:
    return line.lstrip().lstrip("> ").strip() if _is_quoted(line) else line.strip()


def _header_block_at(lines: list[str], i: int) -> bool:
    """True when lines[i] starts an Outlook-style header block (From: then Sent:/To:/...)."""
    if not _HEADER_FROM.match(_strip_quote_marks(lines[i])):
        return False
    for offset, following in enumerate(lines[i + 1 : i + 6]):
        stripped = _strip_quote_marks(following)
        if not stripped:
            continue
        if _HEADER_OTHER.match(stripped):
            return True
        if offset > 0:  # a wrapped From: value may take one more line, no more
            return False
    return False


def _quote_start(lines: list[str]) -> int | None:
    """Index of the first line of quoted history, or None."""
    for i, raw_line in enumerate(lines):
        line = raw_line.strip()
        if not line:
            continue
        if line.startswith(">"):
            # The attribution line just above belongs to the quote too.
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            if j >= 0 and (
                _EN_WROTE.search(lines[j])
                or _CN_WROTE.search(lines[j])
                or lines[j].rstrip().endswith(":")
            ):
                return j
            return i
        if not (line[0] in _RULE_MARKS or ":" in line or "：" in line or line[-1] in "道到"):
            # no attribution (it ends with ":" or 写道), separator line (it starts with one of
            # -_=*) or header block (From: ...) can start here: skip the expressions below
            continue
        if _CN_WROTE.search(line):
            if _CN_ON.match(line) or i == 0:
                return i
            previous = lines[i - 1].strip()
            return i - 1 if _CN_ON.match(previous) else i
        if _EN_WROTE.search(line):
            if _EN_ON.match(line) or i == 0:
                return i
            previous = lines[i - 1].strip()
            return i - 1 if _EN_ON.match(previous) else i
        if _SEPARATOR.match(line):
            return i
        if _UNDERSCORES.match(line):
            for following in lines[i + 1 : i + 3]:
                if following.strip():
                    if _HEADER_FROM.match(following.strip()):
                        return i
                    break
            continue
        if _header_block_at(lines, i):
            return i
    return None


def _trim_tail(lines: list[str]) -> list[str]:
    """Drop a trailing signature block ("-- ") and mobile footers."""
    for i, line in enumerate(lines):
        if i > 0 and _SIG_DELIM.match(line.rstrip("\r")):
            lines = lines[:i]
            break
    while lines and (not lines[-1].strip() or _MOBILE_FOOTER.match(lines[-1].strip())):
        lines = lines[:-1]
    return lines


def split_quoted(text: str) -> str:
    """Return only the new text of a message body, without the quoted history."""
    if not text:
        return ""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = normalised.split("\n")
    start = _quote_start(lines)
    if start is None:
        kept = _trim_tail(lines)
        new_text = "\n".join(kept).strip()
        if _REPLY_HINT.search(new_text):
            try:
                latest = _REPLY_PARSER.parse_reply(new_text)
            except Exception:  # a third-party regex engine must never break parsing
                latest = None
            if latest and latest.strip() and len(latest) < len(new_text):
                new_text = latest.strip()
        return new_text or text.strip()
    above = "\n".join(_trim_tail(lines[:start])).strip()
    if above:
        return above
    # Bottom-posted or inline reply: keep what is not quoted.
    unquoted = [line for line in lines[start:] if not _is_quoted(line)]
    restart = _quote_start(unquoted)
    if restart == 0:
        unquoted = unquoted[1:]
        restart = _quote_start(unquoted)
    if restart is not None:
        unquoted = unquoted[:restart]
    remainder = "\n".join(_trim_tail(unquoted)).strip()
    return remainder or text.strip()
