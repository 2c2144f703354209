"""The staff home page and the user's API tokens (the full workspace comes with issue 4)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from caredesk.actions.selectors import inbox_summaries
from caredesk.api.models import ApiToken
from caredesk.api.selectors import tokens_for_user
from caredesk.api.services import token_create, token_revoke


@require_GET
@staff_member_required
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"inboxes": inbox_summaries()})


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"ok": True})


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request: HttpRequest) -> HttpResponse:
    """A user's own API tokens: create one (its key is shown once), revoke one."""
    new_key = ""
    if request.method == "POST":
        if "revoke" in request.POST:
            token = ApiToken.objects.filter(user=request.user, pk=request.POST["revoke"]).first()
            if token is not None:
                token_revoke(token=token)
                messages.success(request, _("The token was revoked."))
            return redirect("web:api-tokens")
        _token, new_key = token_create(user=request.user, name=request.POST.get("name", "").strip())
    return render(
        request,
        "web/api_tokens.html",
        {"tokens": tokens_for_user(user=request.user), "new_key": new_key},
    )
