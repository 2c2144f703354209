"""Next item: one button hands the CSR the item to work now (R-03)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from caredesk.actions.services import queue_next
from caredesk.core.access import staff_required


@require_POST
@staff_required
def next_item(request: HttpRequest) -> HttpResponse:
    item = queue_next(user=request.user)
    if item is None:
        messages.info(request, _("Nothing is waiting for you. Back to the phones!"))
        return redirect("web:home")
    return redirect("web:item", number=item.pk)
