"""The staff home page and the health check."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from caredesk.actions.selectors import inbox_summaries
from caredesk.web.access import staff_required


@require_GET
@staff_required
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"inboxes": inbox_summaries()})


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"ok": True})
