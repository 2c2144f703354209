"""Unit tests of mailroom.parsing and mailroom.quoting, on small hand-written messages."""

from __future__ import annotations

import email
import hashlib
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from caredesk.mailroom import parsing
from caredesk.mailroom.parsing import (
    ParseError,
    message_id_from_bytes,
    parse_message,
)
from caredesk.mailroom.quoting import split_quoted

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def message(headers: str, body: bytes = b"Hello.\n", *, extra: bytes = b"") -> bytes:
    """A minimal message: the given header lines plus From/To/Date unless overridden."""
    defaults = {
        "From": "Owner <owner@example.com>",
        "To": "care@desk.example.com",
        "Date": "Fri, 01 Mar 2024 10:00:00 +0000",
    }
    lines = [line for line in headers.strip("\n").split("\n") if line]
    names = {line.split(":", 1)[0].lower() for line in lines if not line[:1].isspace()}
    for name, value in defaults.items():
        if name.lower() not in names:
            lines.append(f"{name}: {value}")
    return "\n".join(lines).encode() + extra + b"\n\n" + body


# --- charsets -----------------------------------------------------------------------------------


def test_raw_8bit_gbk_subject_sender_and_gb2312_body_decode():
    """Raw GBK bytes in Subject/From and a GB2312-labelled body with GBK-only characters."""
    raw = fixture("gbk_raw_8bit.eml")  # given
    parsed = parse_message(raw)  # when
    assert parsed.subject == "关于漏水的问题"  # then
    assert parsed.from_address.name == "张三"
    assert parsed.from_address.email == "zhang.san@example.com"
    assert "镕" in parsed.text and "喆" in parsed.text
    assert parsed.language_hint == "zh"


def test_gb2312_encoded_word_with_gbk_only_character_decodes_as_gb18030():
    """An encoded word labelled gb2312 that holds a GBK-only character is read as GB18030."""
    import base64

    word = base64.b64encode("陶喆".encode("gbk")).decode()
    raw = message(f"Subject: =?gb2312?B?{word}?=")  # given
    assert parse_message(raw).subject == "陶喆"  # when / then


def test_encoded_words_split_inside_a_multibyte_character_are_joined():
    """Adjacent encoded words are joined as bytes before decoding."""
    data = "漏水".encode()
    first, second = data[:2], data[2:]
    import base64

    words = " ".join(f"=?utf-8?B?{base64.b64encode(chunk).decode()}?=" for chunk in (first, second))
    assert parse_message(message(f"Subject: {words}")).subject == "漏水"


def test_big5_subject_sender_and_body_decode():
    """Big5 encoded words and a Big5 8-bit body."""
    parsed = parse_message(fixture("big5.eml"))
    assert parsed.subject == "大樓漏水"
    assert parsed.from_address.name == "陳大文"
    assert "請盡快派人檢查天花板" in parsed.text


def test_iso_2022_jp_and_windows_1252_bodies_decode():
    """ISO-2022-JP (7-bit escapes) and Windows-1252 bodies are decoded by their labels."""
    jp = parse_message(
        message("Content-Type: text/plain; charset=iso-2022-jp", "水漏れ".encode("iso2022_jp"))
    )
    cp = parse_message(
        message("Content-Type: text/plain; charset=windows-1252", "caf\xe9 \u20ac".encode("cp1252"))
    )
    assert jp.text == "水漏れ"
    assert cp.text == "café €"


def test_unknown_charset_falls_back_to_utf8_then_latin1():
    """A bogus charset label: UTF-8 if the bytes are UTF-8, else a single-byte reading."""
    utf8 = parse_message(message("Content-Type: text/plain; charset=x-bogus", "Grüße".encode()))
    latin = parse_message(message("Content-Type: text/plain; charset=x-bogus", b"Gr\xfc\xdfe"))
    assert utf8.text == "Grüße"
    assert latin.text == "Grüße"
    assert any(d.startswith("UnknownCharset") for d in utf8.defects)


def test_invalid_utf8_in_a_utf8_part_is_replaced_not_fatal():
    """Bytes that are not UTF-8 in a part labelled UTF-8 become U+FFFD; the rest survives."""
    raw = message("Content-Type: text/plain; charset=utf-8", "lepší \xff".encode() + b"\xff")
    parsed = parse_message(raw)
    assert parsed.text.startswith("lepší")
    assert "\ufffd" in parsed.text


# --- headers ------------------------------------------------------------------------------------


def test_reply_ids_are_read_with_odd_whitespace_and_missing_brackets():
    """Message-ID folded onto the next line, In-Reply-To without <>, References deduplicated."""
    parsed = parse_message(fixture("reply_en.eml"))
    assert parsed.message_id == "reply-1@example.com"
    assert parsed.in_reply_to == ("parent-1@example.com",)
    assert parsed.references == ("root-1@example.com", "parent-1@example.com")


def test_message_id_from_bytes_reads_only_the_header_block():
    """The fast Message-ID scan ignores a Message-ID line in the body."""
    raw = b"Subject: x\r\nMessage-Id:\r\n <abc@example.com>\r\n\r\nMessage-ID: <body@x>\r\n"
    assert message_id_from_bytes(raw) == "abc@example.com"
    assert message_id_from_bytes(b"Subject: x\n\nMessage-ID: <body@x>\n") == ""


def test_date_without_zone_is_utc_and_bad_date_is_none():
    """A date with -0000 is read as UTC; an unreadable date is None, not an error."""
    good = parse_message(message("Date: Fri, 01 Mar 2024 10:00:00 -0000"))
    bad = parse_message(message("Date: someday soon"))
    assert good.date == datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    assert bad.date is None


def test_addresses_with_commas_in_encoded_names_are_split_correctly():
    """A comma inside an encoded display name does not split the address list."""
    raw = message(
        "From: =?utf-8?q?M=C3=BCller=2C_Anna?= <Anna@Example.com>\n"
        'Cc: a@example.com, "Doe, John" <john@example.com>'
    )
    parsed = parse_message(raw)
    assert (parsed.from_address.name, parsed.from_address.email) == (
        "Müller, Anna",
        "anna@example.com",
    )
    assert [(a.name, a.email) for a in parsed.cc] == [
        ("", "a@example.com"),
        ("Doe, John", "john@example.com"),
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("X-Priority: 1 (Highest)", "high"),
        ("X-Priority: 2", "high"),
        ("X-Priority: 3 (Normal)", "normal"),
        ("X-Priority: 5 (Lowest)", "low"),
        ("Importance: High", "high"),
        ("Importance: low", "low"),
        ("Priority: urgent", "high"),
        ("X-MSMail-Priority: High", "high"),
        ("Subject: nothing special", "normal"),
    ],
)
def test_priority_comes_from_x_priority_importance_or_priority(header, expected):
    """X-Priority 1-2 is high and 4-5 low; Importance and Priority: urgent count too."""
    assert parse_message(message(header)).priority == expected


# --- bodies and attachments ---------------------------------------------------------------------


def test_html_only_mail_gets_text_from_html_and_sanitised_html():
    """Scripts, event handlers, javascript: links and plain-http images are removed."""
    parsed = parse_message(fixture("html_only.eml"))  # given / when
    assert parsed.content_type == "text/html"  # then
    assert "water stain on the ceiling" in parsed.text
    assert "alert" not in parsed.html and "<script" not in parsed.html
    assert "onerror" not in parsed.html and "onclick" not in parsed.html
    assert "javascript:" not in parsed.html
    assert "tracker.example.net" not in parsed.html
    assert 'src="cid:photo1@example.com"' in parsed.html
    assert 'href="https://example.com/help"' in parsed.html
    assert parsed.subject == "Water stain on ceiling"


def test_plain_and_html_alternative_keeps_plain_text_and_no_attachment():
    """multipart/alternative: text from text/plain, html from text/html, nothing attached."""
    raw = message(
        'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="a"',
        b"--a\nContent-Type: text/plain\n\nplain words\n--a\nContent-Type: text/html\n\n"
        b"<p>html words</p>\n--a--\n",
    )
    parsed = parse_message(raw)
    assert parsed.text.strip() == "plain words"
    assert "html words" in parsed.html
    assert parsed.attachments == ()


def test_attachment_names_from_rfc2231_are_decoded_and_paths_removed():
    """RFC 2231 names decode; path separators are stripped; unnamed parts get a name."""
    parsed = parse_message(fixture("rfc2231_filename.eml"))  # given / when
    names = [a.filename for a in parsed.attachments]  # then
    assert names == ["报告 résumé.pdf", "passwd", "image.png"]
    pdf = parsed.attachments[0]
    assert pdf.content_type == "application/pdf"
    assert pdf.content == b"%PDF-1.4\n%\xc3\xa4\xc3\xbc\xc3\xb6\xc3\x9f\n"
    assert pdf.sha256 == hashlib.sha256(pdf.content).hexdigest()
    assert parsed.text.strip() == "Please see the attached report."


def test_oversize_attachment_is_recorded_without_content():
    """An attachment over the limit keeps its size and hash but not its bytes."""
    parsed = parse_message(fixture("rfc2231_filename.eml"), max_attachment_bytes=5)
    payload = b"%PDF-1.4\n%\xc3\xa4\xc3\xbc\xc3\xb6\xc3\x9f\n"
    pdf = parsed.attachments[0]
    assert pdf.oversize and pdf.content is None
    assert pdf.size == len(payload)
    assert pdf.sha256 == hashlib.sha256(payload).hexdigest()


def test_embedded_message_becomes_an_eml_attachment():
    """A message/rfc822 part is kept whole as an .eml attachment named after its subject."""
    raw = message(
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="m"',
        b"--m\nContent-Type: text/plain\n\nForwarding this.\n--m\n"
        b"Content-Type: message/rfc822\n\n"
        b"From: a@example.com\nSubject: Old note\n\nold body\n--m--\n",
    )
    parsed = parse_message(raw)
    (attachment,) = parsed.attachments
    assert attachment.filename == "Old note.eml"
    assert attachment.content_type == "message/rfc822"
    assert attachment.content and b"old body" in attachment.content


# --- automatic mail -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("Auto-Submitted: auto-replied", "auto-submitted: auto-replied"),
        ("Auto-Submitted: auto-generated; owner-email=x@y", "auto-submitted: auto-generated"),
        ("X-Autoreply: yes", "x-autoreply"),
        ("X-Autorespond: yes", "x-autorespond"),
        ("Precedence: bulk", "precedence: bulk"),
        ("Precedence: list", "precedence: list"),
        ("Precedence: junk", "precedence: junk"),
        ("List-Id: <news.example.com>", "list-id"),
        ("List-Unsubscribe: <mailto:leave@example.com>", "list-unsubscribe"),
        ("From: MAILER-DAEMON@mx.example.com", "mailer-daemon"),
        ("From: postmaster@example.com", "postmaster"),
        ("Subject: Automatic reply: Leak", "subject: automatic reply"),
        ("Subject: Out of Office: back Monday", "subject: out of office"),
        ("Subject: 自动回复：漏水", "subject: 自动回复"),
        (
            'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
            "delivery status notification",
        ),
    ],
)
def test_automatic_mail_is_recognised_with_its_reason(headers, reason):
    """Auto-replies, bulk mail, lists, bounces and out-of-office subjects are automatic."""
    parsed = parse_message(
        message(headers.replace("自动回复：漏水", "=?utf-8?b?6Ieq5Yqo5Zue5aSN77ya5ryP5rC0?="))
    )
    assert parsed.is_automatic
    assert parsed.automatic_reason == reason


def test_ordinary_mail_from_outlook_is_not_automatic():
    """X-Auto-Response-Suppress alone (Outlook sets it on ordinary mail) is not automatic."""
    parsed = parse_message(message("X-Auto-Response-Suppress: All\nAuto-Submitted: no"))
    assert not parsed.is_automatic
    assert parsed.automatic_reason == ""


def test_auto_reply_fixture_is_automatic():
    """An Outlook auto-reply with Auto-Submitted is automatic."""
    parsed = parse_message(fixture("auto_reply.eml"))
    assert parsed.automatic_reason == "auto-submitted: auto-replied"


# --- unreadable input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \r\n\t\n",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,  # OLE compound file (.msg)
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4,  # a JPEG
        b"just some notes\nwith no header lines at all\n",
        b"Note: a text file with one colon line\n\nbut no mail headers\n",
    ],
    ids=["empty", "whitespace", "ole", "jpeg", "plain-text", "no-mail-headers"],
)
def test_bytes_that_are_not_email_raise_parse_error(raw):
    """Empty, binary and header-less input is rejected with ParseError and a reason."""
    with pytest.raises(ParseError) as error:
        parse_message(raw)
    assert str(error.value)


def test_broken_structure_parses_with_defects():
    """A multipart whose boundary never appears still yields its text, with defects noted."""
    raw = message(
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="never"',
        b"the body without any boundary\n",
    )
    parsed = parse_message(raw)
    assert "the body without any boundary" in parsed.text
    assert parsed.defects


def test_line_ends_do_not_change_the_parse():
    """CRLF and LF versions of one message give the same subject, text and attachments."""
    crlf = fixture("rfc2231_filename.eml").replace(b"\n", b"\r\n")
    lf = fixture("rfc2231_filename.eml")
    a, b = parse_message(crlf), parse_message(lf)
    assert (a.subject, a.text, [x.sha256 for x in a.attachments]) == (
        b.subject,
        b.text,
        [x.sha256 for x in b.attachments],
    )


# --- quoted history -----------------------------------------------------------------------------


def test_new_text_of_an_english_reply_drops_the_quote():
    """'On … wrote:' and the '>' lines below it are history."""
    parsed = parse_message(fixture("reply_en.eml"))
    assert parsed.new_text == "Can someone please call me? 555-0156"


@pytest.mark.parametrize(
    "text",
    [
        "漏水还没修好。\n\n在 2024年3月1日 周五 10:00，张三 <a@b.c> 写道：\n> 我们已经收到。\n",
        "漏水还没修好。\n\n在 2024年3月1日 週五 10:00，張三 <a@b.c> 寫道：\n> 已收到。\n",
        "漏水还没修好。\n\n在 2024年3月1日 周五 10:00，张三 <a@b.c>\n写道：\n> 我们已经收到。\n",
        "漏水还没修好。\n\n发件人: 物业客服 <care@desk.example.com>\n发送时间: 2024年3月1日 10:00\n"
        "收件人: 张三\n主题: 回复: 漏水\n\n我们已经收到。\n",
        "漏水还没修好。\n\n發件人: 物業客服 <care@desk.example.com>\n日期: 2024年3月1日\n"
        "收件人: 張三\n主題: 漏水\n\n已收到。\n",
        "漏水还没修好。\n\n寄件者: 物業客服 <care@desk.example.com>\n寄件日期: 2024年3月1日\n"
        "收件者: 張三\n主旨: 漏水\n\n已收到。\n",
        "漏水还没修好。\n\n-----原始邮件-----\n发件人: 物业客服\n我们已经收到。\n",
        "漏水还没修好。\n\n------------------ 原始邮件 ------------------\n发件人: x\n收到。\n",
    ],
    ids=["wrote", "traditional", "wrapped", "outlook", "outlook-tw", "outlook-hk", "dash", "qq"],
)
def test_chinese_quote_headers_end_the_new_text(text):
    """Chinese reply headers of each common client end the new text."""
    assert split_quoted(text) == "漏水还没修好。"


@pytest.mark.parametrize(
    "text",
    [
        "Still leaking.\n\nOn Fri, Mar 1, 2024 at 10:00 AM Care <c@d.e> wrote:\n> Received.\n",
        "Still leaking.\n\nOn Fri, Mar 1, 2024 at 10:00 AM Care Desk\n<c@d.e> wrote:\n> Got it.\n",
        "Still leaking.\n\n-----Original Message-----\nFrom: Care\nSent: Friday\nReceived.\n",
        "Still leaking.\n\nFrom: Care <c@d.e>\nSent: Friday, March 1, 2024 10:00 AM\n"
        "To: Owner\nSubject: RE: Leak\n\nReceived.\n",
        "Still leaking.\n\n________________________________\nFrom: Care <c@d.e>\nSent: Friday\n",
        "Still leaking.\n\n> Received.\n> Thanks\n",
        "Still leaking.\n\n-- \nJane Owner\nUnit 4B\n",
        "Still leaking.\n\nSent from my iPhone\n",
    ],
    ids=[
        "on-wrote",
        "on-wrote-wrapped",
        "original",
        "outlook",
        "underscores",
        "quoted",
        "sig",
        "mobile",
    ],
)
def test_english_quote_forms_end_the_new_text(text):
    """English reply headers, quoted lines and a signature block are not new text."""
    assert split_quoted(text) == "Still leaking."


def test_bottom_posted_reply_keeps_the_unquoted_answer():
    """When the quote comes first, the unquoted lines after it are the new text."""
    text = "On Fri, Care <c@d.e> wrote:\n> Is the leak fixed?\n\nNo, it is still dripping.\n"
    assert split_quoted(text) == "No, it is still dripping."


def test_all_quoted_text_is_returned_whole():
    """A message that is nothing but quote is returned as it was, stripped."""
    text = "\n> only a quote\n> nothing new\n"
    assert split_quoted(text) == text.strip()


def test_text_without_quotes_is_unchanged():
    """Plain new text comes back unchanged (stripped)."""
    assert split_quoted("  Hello,\n\nthe gate is broken.\n") == "Hello,\n\nthe gate is broken."


def test_the_header_end_is_found_where_the_regular_expression_finds_it():
    """header_end() stands in for _HEADER_END.search(raw, 0, stop): the same place, or -1 for
    none, on every mix of CR, LF and text (ends near each other, overlapping, at the limit)."""
    rng = random.Random(20261206)
    pieces = [b"\r", b"\n", b"a", b"\r\n", b": b"]
    for _ in range(20_000):
        raw = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        stop = rng.randrange(0, len(raw) + 2)
        match = parsing._HEADER_END.search(raw, 0, stop)
        assert parsing.header_end(raw, stop) == (match.start() if match else -1), (raw, stop)


def test_the_charset_is_read_as_the_standard_library_reads_it():
    """content_charset() stands in for get_content_charset(): the same answer for every
    Content-Type, simple or not (quoted, RFC 2231, two charsets, odd spacing and case)."""
    rng = random.Random(6122026)
    pieces = [
        "text/plain",
        "text/html",
        ";",
        " ",
        "\r\n\t",
        "charset",
        "CharSet",
        "charset*",
        "=",
        '"',
        "utf-8",
        "GB2312",
        "iso-8859-1",
        "us-ascii''",
        "%E4",
        "\\",
        "name",
        "x_y",
        "é",
    ]
    tricky = [
        "charset=utf-8; charset=gb2312",  # the first parameter wins, even the type's place
        "text/plain; charset=utf-8; charset=gb2312",
        'text/plain; charset="GB2312"',
        "text/plain;charset=",
        'text/plain; charset=""',
        "text/plain; charset*=us-ascii''utf-8",
        "text/plain; charset=utf-8;",
        "TEXT/PLAIN ;\r\n\tCHARSET = Big5 ",
        'text/plain; name="a;b"; charset=utf-8',
    ]
    simple = 0
    for n in range(20_000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
        if rng.random() < 0.3:
            value = f"text/plain; charset={rng.choice(pieces)}"
        if n < len(tricky):
            value = tricky[n]
        part = email.message_from_string(f"Content-Type: {value}\n\nbody\n")
        simple += parsing._SIMPLE_CHARSET.fullmatch(value) is not None
        assert parsing.content_charset(part) == part.get_content_charset(), value
    assert simple > 1000  # the quick way was taken often
    assert parsing.content_charset(email.message_from_string("\nbody")) is None


class _EveryCharacter(frozenset):
    def __contains__(self, item: object) -> bool:
        return True


QUOTE_STARTS = [
    "On Mon, 3 May 2025, Ann <ann@example.com> wrote:",
    "On Mon, Ann wrote :  ",
    "ann WROTE:",
    "在2024年5月1日，张三 写道：",
    "张三 寫道",
    "李四 写到:",
    "-----Original Message-----",
    "*** 原始邮件 ***",
    "_" * 24,
    "From: Ann",
    "发件人：张三",
    "**From:** Ann",
    "Sent: Monday",
    "发送时间：今天",
    "Hi team:",
    "全角冒号：",
    "plain words",
    "-- ",
    "ends with 到",
]


@pytest.mark.parametrize("first", QUOTE_STARTS)
@pytest.mark.parametrize("second", ["From: Ann", "Sent: Monday", "> quoted", "", "more text"])
def test_lines_passed_over_unread_are_lines_no_quote_expression_matches(first, second, monkeypatch):
    from caredesk.mailroom import quoting

    text = f"Body line one.\n{first}\n{second}\nlast line"
    fast = quoting.split_quoted(text)
    monkeypatch.setattr(quoting, "_RULE_MARKS", _EveryCharacter())  # no line passed over
    assert quoting.split_quoted(text) == fast
