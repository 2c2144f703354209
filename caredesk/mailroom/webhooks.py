"""Inbound mail by webhook (django-anymail): Mailgun and Postmark post messages to us.

anymail's views check each request (Mailgun: the HMAC signature made with
ANYMAIL["MAILGUN_WEBHOOK_SIGNING_KEY"]; Postmark: HTTP basic auth against
ANYMAIL["WEBHOOK_SECRET"]) and answer 400 to a request that fails; only then do they send the
``anymail.signals.inbound`` signal, which ``inbound_receive`` below takes.

The mailroom only fetches bytes here. What a message means is decided higher up: the intake
layer registers its receiver with ``inbound_handler_register`` at start-up, and is called with
(raw bytes, mail account, source); it keeps the bytes (idempotent on the dedupe key) and
processes them.

A message we cannot place is refused, not dropped: with no handler registered, or no active
mail account of kind "webhook" for the provider (or several and none addressed), we log an
error and raise ``InboundNotAccepted``; the request ends in HTTP 500 and the provider retries
later (Mailgun for about 8 hours, Postmark for about 10), which leaves time to fix the set-up.
Nothing is stored in that case: a message kept with no account could not be processed either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from anymail.signals import AnymailInboundEvent, inbound
from django.conf import settings
from django.http import HttpRequest, HttpResponse

from caredesk.mailroom.models import MailAccount

logger = logging.getLogger(__name__)

InboundHandler = Callable[[bytes, MailAccount, str], object]

_handler: InboundHandler | None = None


class InboundNotAccepted(Exception):
    """A webhook message has nowhere to go; the provider should deliver it again later."""


def inbound_handler_register(fn: InboundHandler | None) -> None:
    """Set the function that receives each inbound message (None removes it).

    The intake app calls this from its AppConfig.ready with its ``message_receive``.
    """
    global _handler
    _handler = fn


def inbound_receive(sender: object, event: AnymailInboundEvent, esp_name: str, **_: Any) -> None:
    """Hand a verified inbound message to the registered handler, for its mail account."""
    provider = esp_name.lower()
    message = event.message
    if _handler is None:
        logger.error("inbound %s webhook: no handler registered; refused for retry", provider)
        raise InboundNotAccepted("no inbound handler is registered")
    account = _account_for(provider=provider, recipients=_recipients(message))
    raw = message.as_bytes()
    source = f"webhook:{provider}:{event.event_id}" if event.event_id else f"webhook:{provider}"
    _handler(raw, account, source[:500])


inbound.connect(inbound_receive, dispatch_uid="caredesk.mailroom.webhooks.inbound_receive")


def _account_for(*, provider: str, recipients: set[str]) -> MailAccount:
    """The active webhook account for the provider; among several, the one addressed."""
    accounts = list(
        MailAccount.objects.filter(
            kind=MailAccount.Kind.WEBHOOK, is_active=True, webhook_provider__iexact=provider
        ).select_related("inbox")
    )
    if len(accounts) > 1:
        accounts = [account for account in accounts if account.inbox.address.lower() in recipients]
    if len(accounts) == 1:
        return accounts[0]
    logger.error(
        "inbound %s webhook: %s active webhook mail accounts match; refused for retry",
        provider,
        "no" if not accounts else len(accounts),
    )
    raise InboundNotAccepted(f"no single active webhook mail account for {provider}")


def _recipients(message: Any) -> set[str]:
    """Lower-case addresses the message was delivered to (envelope first, then To and Cc)."""
    found = {str(message.envelope_recipient or "").lower()}
    for header in ("To", "Cc", "Delivered-To", "X-Original-To"):
        for address in message.get_address_header(header):
            found.add(address.addr_spec.lower())
    found.discard("")
    return found


def basic_auth_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuse a basic-auth-only provider's webhook while no WEBHOOK_SECRET is configured.

    anymail accepts such requests unauthenticated (with a warning); we answer 503 instead, so
    nobody can post mail into the desk and the provider keeps retrying until it is set.
    """

    @wraps(view)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not getattr(settings, "ANYMAIL", {}).get("WEBHOOK_SECRET"):
            logger.error("inbound webhook refused: ANYMAIL WEBHOOK_SECRET is not configured")
            return HttpResponse("webhook secret not configured", status=503)
        return view(request, *args, **kwargs)

    return guarded
