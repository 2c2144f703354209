"""The desk around the queue: who is on email duty, phone presence (the home page's panel)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from caredesk.actions.selectors import items_priority_held_by
from caredesk.actions.services import PhonesRefused, phones_log_in, phones_log_out
from caredesk.core.access import staff_required
from caredesk.core.clock import now
from caredesk.staff.selectors import duty_today, phone_instruction_current, phone_session_open


def presence_context(request: HttpRequest, *, refused: PhonesRefused | None = None) -> dict:
    """The signed-in user's phone presence, and what keeps them off the phones if anything."""
    user = request.user
    session = phone_session_open(user=user)
    held = [] if session else items_priority_held_by(user=user)
    return {
        "session": session,
        "held_items": refused.items if refused else held,
        "refused": refused,
        "instruction": phone_instruction_current(user=user) if held else None,
    }


def home_panel_context(request: HttpRequest) -> dict[str, Any]:
    """Context for web/_duty_presence.html: today's email duty and my phone presence."""
    duty = duty_today(day=timezone.localdate(now()))
    return {
        "duty": {"day": duty, "is_mine": duty is not None and duty.user_id == request.user.pk},
        "presence": presence_context(request),
    }


@require_POST
@staff_required
def phone_presence(request: HttpRequest) -> HttpResponse:
    """Log me into or out of the phones; htmx gets the presence panel back, others a redirect."""
    refused = None
    if request.POST.get("phones") == "out":
        phones_log_out(user=request.user)
    else:
        try:
            phones_log_in(user=request.user)
        except PhonesRefused as error:
            refused = error
    if request.htmx:
        context = {"presence": presence_context(request, refused=refused)}
        response = render(request, "web/_phone_presence.html", context)
        if refused is None and request.htmx.current_url_abs_path == reverse("web:phones"):
            response["HX-Refresh"] = "true"  # the page's lists show who is on the phones too
        return response
    if refused is not None:
        messages.error(request, str(refused))
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = "web:home"
    return redirect(back)
