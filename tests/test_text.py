"""core.text.normalise_email: a bare lower-case address comes back as it is, anything else is
parsed; both ways give the same answer."""

from __future__ import annotations

import pytest

from caredesk.core.text import email_parsed, normalise_email


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("pat.owner+hoa@example.com", "pat.owner+hoa@example.com"),
        ("Pat.Owner@Example.COM", "pat.owner@example.com"),
        ("Ö@Beispiel.de", "ö@beispiel.de"),
        ("业主@例子.中国", "业主@例子.中国"),
        ("Pat Owner <pat@example.com>", "pat@example.com"),
        ("<pat@example.com>", "pat@example.com"),
        (" pat@example.com", "pat@example.com"),
        ("pat@example.com, kim@example.com", "pat@example.com"),
        ("a b@example.com", ""),
        ("a@b@example.com", ""),
        ("not an address", ""),
        ("", ""),
        ('"quoted"@example.com', '"quoted"@example.com'),
        ("(comment)pat@example.com", "pat@example.com"),
    ],
)
def test_normalise_email(value, expected):
    assert normalise_email(value) == expected
    assert normalise_email(value) == email_parsed(value)
