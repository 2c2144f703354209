"""The staff home page (inboxes at a glance, my work, callbacks, alerts) and the health check."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from caredesk.actions.selectors import (
    callbacks_due,
    inbox_summaries,
    my_action_items,
    queue_waiting_count,
)
from caredesk.core.access import staff_required
from caredesk.staff.models import Notification
from caredesk.web.views.desk import home_panel_context


@require_GET
@staff_required
def home(request: HttpRequest) -> HttpResponse:
    inboxes = inbox_summaries()
    widest = max([inbox.waiting_count for inbox in inboxes] + [1])
    for inbox in inboxes:
        inbox.bar_percent = round(100 * inbox.waiting_count / widest)
        inbox.emergency_percent = round(100 * inbox.emergency_count / widest)
    mine = my_action_items(user=request.user).select_related("step", "person")
    context = {
        "inboxes": inboxes,
        "waiting": queue_waiting_count(user=request.user),
        "my_items": mine.order_by("-is_overdue", "received_at")[:10],
        "my_count": mine.count(),
        "callbacks": callbacks_due(user=request.user),
        "notifications": Notification.objects.filter(user=request.user, read_at__isnull=True)[:8],
    }
    context.update(home_panel_context(request))
    return render(request, "web/home.html", context)


@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"ok": True})
