"""The item page: conversation, homeowner, triage, steps, reply, notes, history, attach (R-14–R-18).

Reading needs only that the user may see the item; every write goes through a service, which
checks the user may do it (role, claim, lead) and writes the history.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import (
    item_conversation,
    item_history,
    item_holder,
    item_next_steps,
    items_visible_to,
    person_open_items,
    user_may_work,
)
from caredesk.actions.services import (
    canned_replies,
    item_attach,
    item_note_add,
    item_sign,
    item_step,
    item_triage_overrule,
    queue_assign,
    queue_release,
    signoffs_missing,
)
from caredesk.core.access import staff_required
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Account, Association
from caredesk.directory.selectors import association_list, person_search
from caredesk.mailroom.models import Attachment
from caredesk.staff.selectors import user_is_lead, users_holding_role
from caredesk.web.views.calls import item_calls_context

WHY_NOT = {
    "role": gettext_lazy(
        "Your roles do not cover this step: you can read this item but not move it."
    ),
    "held": gettext_lazy("Someone else is working on this item."),
    "queue": gettext_lazy(
        "This item waits in the queue. Take items with Next item (no skipping around); "
        "a lead can assign it to you."
    ),
}


def _visible_item(request: HttpRequest, number: int) -> ActionItem:
    item = (
        items_visible_to(user=request.user)
        .select_related(
            "action_type",
            "step__send_to_role",
            "step__reply_to_role",
            "step__reopen_step__send_to_role",
            "inbox",
            "association",
            "account__unit",
            "unit",
            "person",
            "claimed_by",
        )
        .filter(pk=number)
        .first()
    )
    if item is None:
        raise Http404(_("There is no item #%(number)s.") % {"number": number})
    return item


def _back(item: ActionItem) -> HttpResponse:
    return redirect("web:item", number=item.pk)


@require_GET
@staff_required
def item_page(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    may_work, why_not = user_may_work(user=request.user, item=item)
    is_lead = user_is_lead(user=request.user, association=item.association)
    person = item.person
    context = {
        "item": item,
        "conversation": _conversation(item),
        "history": item_history(item=item),
        "holder": item_holder(item=item),
        "may_work": may_work,
        "why_not": WHY_NOT[why_not] if why_not else "",
        "is_lead": is_lead,
        "next_steps": item_next_steps(item=item) if may_work else [],
        "signoffs_missing": signoffs_missing(item=item) if item.is_open else [],
        "canned": canned_replies(item=item, staff_name=request.user.get_full_name())
        if may_work
        else [],
        "person": person,
        "accounts": list(person.accounts.select_related("unit", "association")) if person else [],
        "emails": list(person.emails.all()) if person else [],
        "phones": list(person.phones.all()) if person else [],
        "other_items": person_open_items(item=item),
        "candidates": list(item.candidates.select_related("person", "unit", "association")),
        "is_orphan": item.link in (ActionItem.Link.ORPHAN, ActionItem.Link.AMBIGUOUS),
        "associations": association_list() if item.link != ActionItem.Link.LINKED else [],
        "assignees": users_holding_role(role_code="customer-support", association=item.association)
        if is_lead
        else [],
        "triage": item.triage or {},
    }
    context.update(item_calls_context(request, item))
    return render(request, "web/items/page.html", context)


def _conversation(item: ActionItem) -> list:
    """The messages, each knowing whether it quotes history worth a fold."""
    links = list(item_conversation(item=item))
    for link in links:
        new, whole = link.message.new_text.strip(), link.message.text.strip()
        link.has_quoted = bool(new) and whole != new
    return links


def _refused(request: HttpRequest, error: ApplicationError) -> None:
    messages.error(request, str(error))


@require_POST
@staff_required
def item_step_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    may_work, why_not = user_may_work(user=request.user, item=item)
    if not may_work:
        messages.error(request, WHY_NOT[why_not])
        return _back(item)
    version = request.POST.get("version", "")
    try:
        item = item_step(
            item=item,
            to_step=request.POST.get("to_step", ""),
            actor=request.user,
            note=request.POST.get("note", ""),
            expected_version=int(version) if version.isdigit() else None,
        )
    except ApplicationError as error:
        _refused(request, error)
        return _back(item)
    messages.success(
        request,
        _("Item #%(number)s moved to %(step)s.") % {"number": item.number, "step": item.step.name},
    )
    # Done with it: straight on to the next one is one key away (n).
    return redirect("web:home") if request.POST.get("then") == "home" else _back(item)


@require_POST
@staff_required
def item_note_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    try:
        item_note_add(item=item, actor=request.user, text=request.POST.get("text", ""))
    except ApplicationError as error:
        _refused(request, error)
    return _back(item)


@require_POST
@staff_required
def item_sign_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    try:
        item_sign(item=item, code=request.POST.get("code", ""), actor=request.user)
    except ApplicationError as error:
        _refused(request, error)
    return _back(item)


@require_POST
@staff_required
def item_release_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    try:
        queue_release(item=item, actor=request.user, note=request.POST.get("note", ""))
    except ApplicationError as error:
        _refused(request, error)
        return _back(item)
    messages.success(request, _("Item #%(number)s is back in the queue.") % {"number": number})
    return redirect("web:home")


@require_POST
@staff_required
def item_assign_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    to_user = get_user_model().objects.filter(pk=request.POST.get("user") or 0).first()
    if to_user is None:
        messages.error(request, _("Choose whom to assign it to."))
        return _back(item)
    try:
        queue_assign(
            item=item, to_user=to_user, actor=request.user, note=request.POST.get("note", "")
        )
    except ApplicationError as error:
        _refused(request, error)
    return _back(item)


@require_POST
@staff_required
def item_triage_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    field = request.POST.get("field", "")
    value: object = request.POST.get("value", "")
    if field == "leak_related" or field == "needs_callback":
        value = value == "true"
    try:
        item_triage_overrule(
            item=item,
            actor=request.user,
            field=field,
            value=value,
            reason=request.POST.get("reason", ""),
        )
    except ApplicationError as error:
        _refused(request, error)
    return _back(item)


@require_POST
@staff_required
def item_attach_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    account = association = None
    if request.POST.get("account"):
        account = Account.objects.filter(pk=request.POST["account"]).first()
    elif request.POST.get("association"):
        association = Association.objects.filter(pk=request.POST["association"]).first()
    try:
        item = item_attach(item=item, actor=request.user, account=account, association=association)
    except ApplicationError as error:
        _refused(request, error)
        return _back(item)
    messages.success(request, _("Item #%(number)s is attached.") % {"number": item.number})
    return _back(item)


@require_GET
@staff_required
def attach_search(request: HttpRequest, number: int) -> HttpResponse:
    """The attach dialog's results (htmx): people by name, email, phone, unit or account."""
    item = _visible_item(request, number)
    query = request.GET.get("q", "")
    return render(
        request,
        "web/items/_attach_results.html",
        {"item": item, "people": person_search(query=query, limit=15), "query": query},
    )


@require_GET
@staff_required
def attachment_download(request: HttpRequest, pk: int) -> HttpResponse:
    """An attachment, to staff who may see an item it came with."""
    attachment = get_object_or_404(Attachment.objects.select_related("message"), pk=pk)
    visible = items_visible_to(user=request.user).filter(
        item_messages__message_id=attachment.message_id
    )
    if not attachment.file or not visible.exists():
        raise Http404(_("There is no such attachment."))
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.filename or f"attachment-{attachment.pk}",
        content_type="application/octet-stream",
    )
