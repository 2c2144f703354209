"""The email duty rotation (R-02): leads set who oversees the inboxes each day; all can see it."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from caredesk.core.access import staff_required
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.staff.selectors import duty_candidates, duty_days_between, user_is_lead
from caredesk.staff.services import duty_rotation_set

DAYS_SHOWN = 14


def _start(value: str, today: datetime.date) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return today


@require_http_methods(["GET", "POST"])
@staff_required
def duty_rotation(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate(now())
    start = _start(request.GET.get("from") or request.POST.get("from", ""), today)
    days = [start + datetime.timedelta(days=offset) for offset in range(DAYS_SHOWN)]
    can_edit = user_is_lead(user=request.user)
    if request.method == "POST":
        _save(request, days)  # the service refuses anyone but a lead
        return redirect(f"{reverse('web:duty')}?from={start.isoformat()}")

    candidates = list(duty_candidates()) if can_edit else []
    scheduled = duty_days_between(first_on=days[0], last_on=days[-1])
    rows = []
    for day in days:
        duty = scheduled.get(day)
        options = list(candidates)
        if duty is not None and duty.user not in options:
            options.append(duty.user)  # whoever is on stays selectable (a role since removed)
        rows.append(
            {
                "day": day,
                "duty": duty,
                "is_today": day == today,
                "is_past": day < today,
                "options": options,
            }
        )
    context = {
        "rows": rows,
        "start": start,
        "earlier": start - datetime.timedelta(days=DAYS_SHOWN),
        "later": start + datetime.timedelta(days=DAYS_SHOWN),
        "can_edit": can_edit,
        "shows_today": start <= today <= days[-1],
    }
    return render(request, "web/duty.html", context)


def _save(request: HttpRequest, days: list[datetime.date]) -> None:
    """Read one choice per day shown ("" is nobody) and hand them to the service."""
    choices: dict[datetime.date, str] = {}
    for day in days:
        value = request.POST.get(f"day-{day.isoformat()}")
        if value is not None:
            choices[day] = value
    wanted = {int(value) for value in choices.values() if value.isdigit()}
    users = get_user_model().objects.in_bulk(wanted)
    try:
        changes = {
            day: (users[int(value)] if value else None)
            for day, value in choices.items()
            if not value or (value.isdigit() and int(value) in users)
        }
        changed = duty_rotation_set(days=changes, actor=request.user)
    except ApplicationError as error:
        messages.error(request, str(error))
        return
    if changed:
        messages.success(request, gettext("The rotation was saved."))
    else:
        messages.info(request, gettext("Nothing changed."))
