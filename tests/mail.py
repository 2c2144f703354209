"""Building test messages and directory rows in a few words."""

from __future__ import annotations

import itertools
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from django.utils import timezone

from caredesk.directory.models import Account, Association, ContactEmail, Person, Unit

_counter = itertools.count(1)


def eml(
    *,
    sender: str = "owner@example.com",
    subject: str = "Question about my unit",
    body: str = "Hello, I have a question.",
    message_id: str | None = None,
    in_reply_to: str = "",
    references: list[str] | None = None,
    headers: dict[str, str] | None = None,
    to: str = "care@caredesk.test",
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(timezone.now())
    message["Message-ID"] = f"<{message_id}>" if message_id else make_msgid(domain="test.example")
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        message["References"] = " ".join(f"<{ref}>" for ref in references)
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


def homeowner(
    *, email: str, name: str = "", association: str = "Seaview Terrace HOA", unit: str = ""
) -> Account:
    """A person with one account in the association, known by the address."""
    number = next(_counter)
    assoc, _ = Association.objects.get_or_create(
        name=association, defaults={"code": f"a{abs(hash(association)) % 10**8}"}
    )
    person = Person.objects.create(full_name=name or f"Owner {number}")
    unit_row = Unit.objects.create(association=assoc, label=unit or f"U-{number}")
    ContactEmail.objects.get_or_create(person=person, email=email.lower())
    return Account.objects.create(
        number=f"T{number:05d}", person=person, association=assoc, unit=unit_row
    )


def second_account(account: Account, *, association: str | None = None) -> Account:
    """Another unit owned by the same person (in the same or another association)."""
    number = next(_counter)
    assoc = account.association
    if association:
        assoc, _ = Association.objects.get_or_create(
            name=association, defaults={"code": f"a{abs(hash(association)) % 10**8}"}
        )
    unit = Unit.objects.create(association=assoc, label=f"U-{number}")
    return Account.objects.create(
        number=f"T{number:05d}", person=account.person, association=assoc, unit=unit
    )
