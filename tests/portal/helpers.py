"""Signing a homeowner in to the portal the real way: ask for a link, read it from the mail."""

from __future__ import annotations

import re

from django.core import mail

LINK = re.compile(r"https?://\S+/portal/sign-in/(?P<token>[\w-]+)/")


def link_from_outbox() -> str:
    """The path of the last sign-in link emailed (e.g. /portal/sign-in/abc.../)."""
    assert mail.outbox, "no email was sent"
    match = LINK.search(mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return f"/portal/sign-in/{match['token']}/"


def portal_sign_in(client, email: str) -> None:
    response = client.post("/portal/sign-in/", {"email": email})
    assert response.status_code == 302, response.content
    signed_in = client.post(link_from_outbox())
    assert signed_in.status_code == 302 and signed_in["Location"] == "/portal/", signed_in
