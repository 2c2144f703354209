"""Signing in with throttling: too many failures for a username or from an address pause it.

Failures are counted in the database (staff.LoginFailure), so every web process sees them. The
same form guards the desk's sign-in page and the admin's.
"""

from __future__ import annotations

import datetime
import ipaddress
import logging
from typing import Any

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext

from caredesk.staff.selectors import login_locked_until
from caredesk.staff.services import login_failure_record, login_failures_clear

logger = logging.getLogger("caredesk.web")

LOCKED = "locked"


def client_ip(request: HttpRequest | None) -> str | None:
    """The address the request came from (the proxy's, unless the proxy rewrites REMOTE_ADDR)."""
    if request is None:
        return None
    address = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def locked_error(until: datetime.datetime) -> ValidationError:
    # Shown to the minute, rounded up so that trying at the time shown works.
    shown = until.replace(second=0, microsecond=0)
    if shown < until:
        shown += datetime.timedelta(minutes=1)
    return ValidationError(
        gettext(
            "Too many failed sign-ins. For your security, signing in is paused until "
            "%(time)s; please try again then."
        )
        % {"time": time_format(timezone.localtime(shown), "TIME_FORMAT")},
        code=LOCKED,
    )


class ThrottledLoginMixin:
    """Refuse while locked (even the right password), count failures, clear them on success."""

    request: HttpRequest | None
    cleaned_data: dict[str, Any]

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        address = client_ip(self.request)
        until = login_locked_until(username=username, ip_address=address)
        if until is not None:
            raise locked_error(until)
        try:
            cleaned = super().clean()  # type: ignore[misc]
        except ValidationError:
            login_failure_record(username=username, ip_address=address)
            until = login_locked_until(username=username, ip_address=address)
            if until is not None:
                logger.info("sign-in paused after repeated failures (from %s)", address)
                raise locked_error(until) from None
            raise
        login_failures_clear(username=username)
        return cleaned


class ThrottledAuthenticationForm(ThrottledLoginMixin, AuthenticationForm):
    """The desk's sign-in form."""


class ThrottledAdminAuthenticationForm(ThrottledLoginMixin, AdminAuthenticationForm):
    """The admin's sign-in form (staff only, as Django's)."""


class SignInView(LoginView):
    """Django's sign-in page with throttling; a paused sign-in answers 429."""

    form_class = ThrottledAuthenticationForm

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_invalid(form)
        if form.has_error("__all__", LOCKED):
            response.status_code = 429
        return response
