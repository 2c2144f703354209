"""Writes of the homeowner portal: one-time sign-in links, and a homeowner's messages.

A link is sent to an address on file; the token is random (256 bits), only its keyed hash is
stored, it works once and for CAREDESK_PORTAL_LINK_MINUTES. Asking for a link answers the same
whether the address is known or not, and is throttled per address and per client.
"""

from __future__ import annotations

import datetime
import logging
import secrets

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.core.text import normalise_email, redact_email
from caredesk.directory.models import Person
from caredesk.directory.services import person_portal_login_ensure
from caredesk.portal.models import SignInLink, SignInRequest

logger = logging.getLogger("caredesk.portal")


class SignInRefused(ApplicationError):
    """The link is unknown, used or expired (one answer for all three)."""


class TooManyRequests(ApplicationError):
    """Too many sign-in links were asked for; try again later."""


def _digest(value: str) -> str:
    return salted_hmac("caredesk.portal", value, algorithm="sha256").hexdigest()


def sign_in_link_request(*, email: str, client: str, language: str = "en") -> int:
    """Email a one-time sign-in link to each person known by the address.

    Returns how many were sent (for logs and tests; the page never says). Raises
    TooManyRequests past the throttles, for any address alike.
    """
    address = normalise_email(email)
    if not address:
        raise ApplicationError(_("Enter a valid email address."))
    moment = now()
    hour_ago = moment - datetime.timedelta(hours=1)
    email_hash, client_hash = _digest(address), _digest(client or "unknown")
    recent = SignInRequest.objects.filter(requested_at__gte=hour_ago)
    if (
        recent.filter(email_hash=email_hash).count()
        >= settings.CAREDESK_PORTAL_LINKS_PER_ADDRESS_PER_HOUR
        or recent.filter(client_hash=client_hash).count()
        >= settings.CAREDESK_PORTAL_LINKS_PER_CLIENT_PER_HOUR
    ):
        logger.info("sign-in link throttled for %s", redact_email(address))
        raise TooManyRequests(
            _("Too many sign-in links were asked for. Please wait an hour and try again.")
        )
    SignInRequest.objects.create(
        email_hash=email_hash, client_hash=client_hash, requested_at=moment
    )
    SignInRequest.objects.filter(requested_at__lt=moment - datetime.timedelta(days=2)).delete()
    people = list(
        Person.objects.filter(emails__email=address)
        .exclude(user__is_staff=True)
        .distinct()
        .order_by("pk")
    )
    for person in people:
        token = _link_create(person=person, email=address, moment=moment)
        _link_send(person=person, email=address, token=token, fallback_language=language)
    return len(people)


def _link_create(
    *, person: Person, email: str, moment: datetime.datetime, minutes: int | None = None
) -> str:
    token = secrets.token_urlsafe(32)
    SignInLink.objects.create(
        person=person,
        email=email,
        token_hash=_digest(token),
        created_at=moment,
        expires_at=moment
        + datetime.timedelta(minutes=minutes or settings.CAREDESK_PORTAL_LINK_MINUTES),
    )
    return token


def sign_in_link_create(*, person: Person, minutes: int | None = None) -> str:
    """A one-time sign-in URL for a person, not emailed (the demo prints one)."""
    first = person.emails.order_by("id").first()
    if first is None:
        raise ApplicationError(_("This person has no email address on file."))
    return sign_in_url(
        _link_create(person=person, email=first.email, moment=now(), minutes=minutes)
    )


def sign_in_url(token: str) -> str:
    path = reverse("portal:sign-in-link", kwargs={"token": token})
    return settings.CAREDESK_BASE_URL.rstrip("/") + path


def _link_send(*, person: Person, email: str, token: str, fallback_language: str) -> None:
    language = person.language or fallback_language
    with translation.override(language):
        subject = _("Your sign-in link")
        body = _(
            "Hello %(name)s,\n\n"
            "To see your requests and write to Community Care, open this link within "
            "%(minutes)s minutes:\n\n%(url)s\n\n"
            "The link works once. If you did not ask for it, you can ignore this email: "
            "nobody can sign in without it.\n\n%(company)s\n"
        ) % {
            "name": person.full_name,
            "minutes": settings.CAREDESK_PORTAL_LINK_MINUTES,
            "url": sign_in_url(token),
            "company": settings.CAREDESK_COMPANY_NAME,
        }
    mail = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    )
    try:
        mail.send()
    except Exception:  # the visitor may ask again; the page says the same either way
        logger.exception("could not send a sign-in link to %s", redact_email(email))


@transaction.atomic
def sign_in_link_use(*, token: str) -> tuple[Person, str]:
    """Spend a link: the person it signs in, and the address it was sent to.

    Raises SignInRefused when the link is unknown, already used or expired.
    """
    moment = now()
    refused = SignInRefused(
        _("This sign-in link has expired or was already used. Ask for a new one.")
    )
    if not token or len(token) > 200:
        raise refused
    link = (
        SignInLink.objects.select_for_update()
        .select_related("person")
        .filter(token_hash=_digest(token))
        .first()
    )
    if link is None or link.used_at is not None or link.expires_at <= moment:
        raise refused
    spent = SignInLink.objects.filter(pk=link.pk, used_at__isnull=True).update(used_at=moment)
    if spent != 1:  # pragma: no cover - the row lock makes a second spender wait, then fail above
        raise refused
    return link.person, link.email


def portal_login(*, person: Person):
    """The login a homeowner's portal session runs as (made on their first sign-in)."""
    return person_portal_login_ensure(person=person)
