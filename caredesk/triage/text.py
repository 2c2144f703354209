"""Text preparation: hide quoted history (keeping offsets), tell the language."""

from __future__ import annotations

import re

# A line that starts the quoted history: everything from it on is old text.
_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:"
    r"on\b.{0,200}\bwrote:?\s*$"  # On Mon, 3 May 2025, Ann <ann@x> wrote:
    r"|-{2,}\s*(?:original message|forwarded message|reply above this line)\s*-{2,}.*$"
    r"|_{5,}\s*$"  # Outlook's rule above the old headers
    r"|from:\s.+\n[ \t]*(?:sent|date):\s.*$"  # From: ... / Sent: ...
    r"|-{2,}\s*原始(?:邮件|郵件)\s*-{2,}.*$"
    r"|.{0,120}(?:写道|寫道)\s*[:：]\s*$"
    r"|(?:发件人|發件人|寄件者|寄件人)\s*[:：].*\n[ \t]*"
    r"(?:发送时间|發送時間|傳送時間|寄件日期|时间|時間|日期|sent)\s*[:：].*$"
    r"|在\s*.{0,80}[，,]\s*.{0,80}(?:写道|寫道).*$"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def body_new_text(body: str) -> str:
    """The body with quoted history blanked out: same length, so offsets into it stay valid."""
    body = body or ""
    header = _QUOTE_HEADER.search(body)
    cut = header.start() if header else len(body)
    if cut < len(body):
        body = body[:cut] + _blank(body[cut:])
    return _QUOTED_LINE.sub(lambda m: _blank(m.group()), body)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def language_detect(text: str) -> str:
    """'zh' when Chinese characters carry the message, else 'en'."""
    cjk = len(_CJK.findall(text))
    if cjk < 2:
        return "en"
    latin_words = len(_LATIN.findall(text)) / 5
    return "zh" if cjk / 1.5 >= latin_words * 0.3 else "en"
