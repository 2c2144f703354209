"""A user's own API tokens: create one (its key is shown once), revoke one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from caredesk.api.models import ApiToken
from caredesk.api.selectors import tokens_for_user
from caredesk.api.services import token_create, token_revoke


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request: HttpRequest) -> HttpResponse:
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
