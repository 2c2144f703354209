"""Who is on the phones, who holds priority items, and leads' instructions to take the phones."""

from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_POST

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import items_priority_held
from caredesk.actions.services import phones_instruct
from caredesk.core.access import staff_required
from caredesk.core.errors import ApplicationError
from caredesk.staff.selectors import (
    duty_candidates,
    phone_instructions_current,
    phone_sessions_open,
    user_may_instruct_phones,
)
from caredesk.web.views.desk import presence_context


@require_GET
@staff_required
def phones(request: HttpRequest) -> HttpResponse:
    sessions = {session.user_id: session for session in phone_sessions_open()}
    instructions = phone_instructions_current()
    held: dict[int, list[ActionItem]] = defaultdict(list)
    for item in items_priority_held().only("pk", "subject", "urgency", "is_flagged", "claimed_by"):
        held[item.claimed_by_id].append(item)
    people = {user.pk: user for user in duty_candidates()}
    others = (set(sessions) | set(held)) - set(people)
    people.update(get_user_model().objects.in_bulk(others))
    rows = [
        {
            "user": user,
            "session": sessions.get(user.pk),
            "held_items": held.get(user.pk, []),
            "instruction": instructions.get(user.pk),
        }
        for user in sorted(people.values(), key=lambda user: user.get_username())
    ]
    context = {
        "rows": rows,
        "on_phones": [row for row in rows if row["session"]],
        "can_instruct": user_may_instruct_phones(user=request.user),
        "presence": presence_context(request),
    }
    return render(request, "web/phones.html", context)


@require_POST
@staff_required
def phones_instruction(request: HttpRequest) -> HttpResponse:
    """A lead or manager records an instruction for a staff member to take the phones."""
    user = get_object_or_404(get_user_model(), pk=request.POST.get("user", ""), is_staff=True)
    try:
        phones_instruct(user=user, given_by=request.user, note=request.POST.get("note", ""))
    except ApplicationError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            gettext("%(name)s is instructed to take the phones today.")
            % {"name": user.get_full_name() or user.get_username()},
        )
    return redirect("web:phones")
