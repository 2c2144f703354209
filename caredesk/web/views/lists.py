"""Lists of items: mine, all (filters and full-text search), orphans; mail for leads to review."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from caredesk.actions.models import ActionItem, ActionStep
from caredesk.actions.selectors import (
    items_matching,
    items_visible_to,
    items_waiting_urgent,
    my_action_items,
)
from caredesk.core.access import staff_required
from caredesk.core.errors import ApplicationError
from caredesk.directory.selectors import association_list
from caredesk.intake.services import automatic_message_file, quarantined_retry
from caredesk.mailroom.models import Inbox, Message, RawMessage
from caredesk.staff.models import Role
from caredesk.staff.selectors import user_is_lead

PAGE_SIZE = 50
LIST_COLUMNS = ("step", "inbox", "association", "person", "claimed_by")


class SearchPage(Page):
    """A page of search results that knows whether more follow without counting them all."""

    def __init__(self, object_list, number: int, paginator: Paginator, more: bool) -> None:
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


class SearchPaginator(Paginator):
    """Pages search results by reading one row past the page instead of counting.

    A common word matches tens of thousands of items; counting them costs more than the page
    itself, and nobody reads page 400 of a search. The list says "page 3", not "of 812".
    """

    def get_page(self, number) -> SearchPage:
        try:
            number = max(1, int(number))
        except (TypeError, ValueError):
            number = 1
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        if not rows and number > 1:
            return self.get_page(1)
        return SearchPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)


def _page(request: HttpRequest, items: QuerySet[ActionItem]):
    searching = bool(request.GET.get("q"))  # as the template decides whether to show a count
    paginator = (SearchPaginator if searching else Paginator)(items, PAGE_SIZE)
    return paginator.get_page(request.GET.get("page"))


def _filtered(request: HttpRequest, items: QuerySet[ActionItem]) -> QuerySet[ActionItem]:
    get = request.GET
    if get.get("inbox"):
        items = items.filter(inbox_id=get["inbox"]) if get["inbox"].isdigit() else items.none()
    if get.get("step"):
        items = items.filter(step__code=get["step"])
    if get.get("role"):
        items = items.filter(step__send_to_role__code=get["role"])
    if get.get("association"):
        value = get["association"]
        items = items.filter(association_id=value) if value.isdigit() else items.none()
    if get.get("urgency"):
        items = items.filter(urgency=get["urgency"])
    waiting = get.get("waiting")
    if waiting == "urgent":  # the surge alert's link: exactly the items it counted
        items = items.filter(pk__in=items_waiting_urgent().values("pk"))
    state = get.get("state", "open")
    if state == "open":
        items = items.filter(is_open=True)
    elif state == "closed":
        items = items.filter(is_open=False)
    if get.get("orphan") == "1":
        items = items.filter(link__in=[ActionItem.Link.ORPHAN, ActionItem.Link.AMBIGUOUS])
    if get.get("q", "").strip():
        items = items_matching(items=items, query=get["q"])
    return items


@require_GET
@staff_required
def all_items(request: HttpRequest) -> HttpResponse:
    items = _filtered(request, items_visible_to(user=request.user))
    items = items.select_related(*LIST_COLUMNS).order_by("-received_at", "-pk")
    return render(
        request,
        "web/items/list.html",
        {
            "title": _("All items"),
            "page": _page(request, items),
            "filters": True,
            "inboxes": Inbox.objects.filter(is_active=True).order_by("rank"),
            "steps": ActionStep.objects.order_by("code").values_list("code", "name").distinct(),
            "roles": Role.objects.order_by("name"),
            "associations": association_list(),
            "urgencies": ActionItem.Urgency.choices,
            "query": request.GET,
        },
    )


@require_GET
@staff_required
def mine(request: HttpRequest) -> HttpResponse:
    items = my_action_items(user=request.user).select_related(*LIST_COLUMNS)
    items = items.order_by("-is_overdue", "received_at", "pk")
    return render(
        request,
        "web/items/list.html",
        {"title": _("My action items"), "page": _page(request, items), "query": request.GET},
    )


@require_GET
@staff_required
def orphans(request: HttpRequest) -> HttpResponse:
    items = items_visible_to(user=request.user).filter(
        is_open=True, link__in=[ActionItem.Link.ORPHAN, ActionItem.Link.AMBIGUOUS]
    )
    items = items.select_related(*LIST_COLUMNS).order_by("received_at", "pk")
    return render(
        request,
        "web/items/list.html",
        {"title": _("Orphans to attach"), "page": _page(request, items), "query": request.GET},
    )


def _lead_only(request: HttpRequest) -> None:
    if not user_is_lead(user=request.user):
        raise Http404(_("Only leads review held-back mail."))


@require_GET
@staff_required
def review(request: HttpRequest) -> HttpResponse:
    """Quarantined mail (could not be read) and automatic mail (kept out of the queue)."""
    _lead_only(request)
    quarantined = RawMessage.objects.filter(status=RawMessage.Status.QUARANTINED).select_related(
        "account"
    )
    automatic = (
        Message.objects.filter(is_automatic=True, item_link__isnull=True, direction="in")
        .select_related("raw__account")
        .order_by("-created_at", "-id")
    )
    return render(
        request,
        "web/review.html",
        {
            "quarantined": Paginator(quarantined.order_by("-received_at"), PAGE_SIZE).get_page(
                request.GET.get("qpage")
            ),
            "automatic": Paginator(automatic, PAGE_SIZE).get_page(request.GET.get("apage")),
        },
    )


@require_POST
@staff_required
def review_retry(request: HttpRequest, pk: int) -> HttpResponse:
    _lead_only(request)
    raw = RawMessage.objects.filter(pk=pk, status=RawMessage.Status.QUARANTINED).first()
    if raw is None:
        raise Http404
    results = quarantined_retry(raw_messages=[raw])
    outcome = results[0] if results else None
    if outcome is None or outcome.error:
        error = outcome.error if outcome is not None else _("it came in through no mail account")
        messages.error(request, _("Still unreadable: %(error)s") % {"error": error})
        return redirect("web:review")
    if outcome.item_id:
        return redirect("web:item", number=outcome.item_id)
    messages.success(request, _("Read this time (%(outcome)s).") % {"outcome": outcome.outcome})
    return redirect("web:review")


@require_POST
@staff_required
def review_file(request: HttpRequest, pk: int) -> HttpResponse:
    _lead_only(request)
    message = Message.objects.filter(pk=pk).select_related("raw__account").first()
    if message is None:
        raise Http404
    try:
        item = automatic_message_file(message=message, actor=request.user)
    except ApplicationError as error:
        messages.error(request, str(error))
        return redirect("web:review")
    return redirect("web:item", number=item.pk)
