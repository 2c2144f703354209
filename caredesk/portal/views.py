"""Pages of the homeowner portal: sign in by link, follow requests, reply, open a new one."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Person
from caredesk.intake.portal import portal_message_receive
from caredesk.portal.forms import ReplyForm, RequestForm, SignInForm
from caredesk.portal.selectors import (
    Status,
    item_attachment_get,
    item_conversation,
    item_progress,
    item_status,
    portal_accounts,
    portal_item_get,
    portal_person,
    portal_rows,
)
from caredesk.portal.services import (
    SignInRefused,
    portal_login,
    sign_in_link_request,
    sign_in_link_use,
)

SESSION_STARTED = "portal_signed_in_at"
SESSION_EMAIL = "portal_email"


def _language() -> str:
    return "zh-hans" if (get_language() or "").lower().startswith("zh") else "en"


def portal_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A signed-in homeowner whose portal session has not run out; staff are refused."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        user = request.user
        if user.is_authenticated and user.is_staff:
            raise PermissionDenied(_("The portal is for homeowners; staff use the desk."))
        person = portal_person(user=user)
        started = request.session.get(SESSION_STARTED)
        if person is None or started is None or _session_over(started):
            if user.is_authenticated:
                logout(request)
                messages.warning(request, _("Your session has ended. Sign in again."))
            return redirect(reverse("portal:sign-in") + f"?next={request.get_full_path()}")
        request.portal_person = person
        return view(request, *args, **kwargs)

    return never_cache(wrapper)


def _session_over(started: str) -> bool:
    try:
        moment = datetime.datetime.fromisoformat(started)
    except ValueError:
        return True
    limit = datetime.timedelta(minutes=settings.CAREDESK_PORTAL_SESSION_MINUTES)
    return now() - moment > limit


def _client(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    """Ask for a one-time link by email; the answer is the same for any address."""
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sign_in_link_request(
                email=form.cleaned_data["email"], client=_client(request), language=_language()
            )
        except ApplicationError as error:
            form.add_error(None, str(error))
        else:
            return redirect("portal:sign-in-sent")
    return render(request, "portal/sign_in.html", {"form": form}, status=200)


def sign_in_sent(request: HttpRequest) -> HttpResponse:
    return render(
        request, "portal/sign_in_sent.html", {"minutes": settings.CAREDESK_PORTAL_LINK_MINUTES}
    )


@never_cache
@require_http_methods(["GET", "POST"])
def sign_in_link(request: HttpRequest, token: str) -> HttpResponse:
    """Opening the link shows a button; the link is spent only by pressing it (mail scanners
    that open links must not spend it)."""
    if request.method == "GET":
        return render(request, "portal/sign_in_confirm.html", {"token": token})
    try:
        person, address = sign_in_link_use(token=token)
        user = portal_login(person=person)
    except (SignInRefused, ApplicationError) as error:
        return render(request, "portal/sign_in_refused.html", {"error": str(error)}, status=400)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    request.session.set_expiry(settings.CAREDESK_PORTAL_SESSION_MINUTES * 60)
    request.session[SESSION_STARTED] = now().isoformat()
    request.session[SESSION_EMAIL] = address
    response = redirect(_safe_next(request) or reverse("portal:home"))
    if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES and person.language:
        response.set_cookie(settings.LANGUAGE_COOKIE_NAME, person.language, samesite="Lax")
    return response


def _safe_next(request: HttpRequest) -> str:
    target = request.GET.get("next") or ""
    return target if target.startswith("/portal/") and "//" not in target else ""


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, _("You are signed out."))
    return redirect("portal:sign-in")


@portal_required
def home(request: HttpRequest) -> HttpResponse:
    rows = portal_rows(user=request.user, language=_language())
    return render(
        request,
        "portal/home.html",
        {
            "person": request.portal_person,
            "open_rows": [row for row in rows if row.item.is_open],
            "closed_rows": [row for row in rows if not row.item.is_open],
            "accounts": portal_accounts(person=request.portal_person),
            "nav": "home",
        },
    )


def _item_or_404(request: HttpRequest, item_id: int):
    item = portal_item_get(user=request.user, item_id=item_id)
    if item is None:
        # The same answer for someone else's item, a Void one, and one that does not exist.
        raise Http404(_("There is no such request."))
    return item


@portal_required
@require_http_methods(["GET", "POST"])
def item_detail(request: HttpRequest, item_id: int) -> HttpResponse:
    item = _item_or_404(request, item_id)
    person: Person = request.portal_person
    form = ReplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                portal_message_receive(
                    person=person,
                    from_email=_sender(request, person),
                    item=item,
                    body=form.cleaned_data["body"],
                    files=form.cleaned_data["files"],
                )
            except ApplicationError as error:
                form.add_error(None, _("Not sent: %(reason)s") % {"reason": error})
            else:
                messages.success(request, _("Your reply was sent."))
                return redirect("portal:item", item_id=item.pk)
        messages.error(request, _("Your reply was not sent; see below. Your text is kept."))
    status = item_status(item)
    return render(
        request,
        "portal/item.html",
        {
            "item": item,
            "status": status,
            "status_label": Status.LABELS[status],
            "conversation": item_conversation(item=item, person=person),
            "progress": item_progress(item=item, language=_language()),
            "form": form,
            "max_file_bytes": settings.CAREDESK_PORTAL_MAX_FILE_BYTES,
            "max_files": settings.CAREDESK_PORTAL_MAX_FILES,
        },
        status=400 if request.method == "POST" else 200,
    )


def _sender(request: HttpRequest, person: Person) -> str:
    address = request.session.get(SESSION_EMAIL, "")
    if address and person.emails.filter(email=address).exists():
        return address
    first = person.emails.order_by("id").first()
    return first.email if first is not None else ""


@portal_required
@require_http_methods(["GET", "POST"])
def request_new(request: HttpRequest) -> HttpResponse:
    person: Person = request.portal_person
    accounts = portal_accounts(person=person)
    form = RequestForm(request.POST or None, request.FILES or None, accounts=accounts)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            topic = form.topic_label()
            try:
                result = portal_message_receive(
                    person=person,
                    from_email=_sender(request, person),
                    account=data["account"],
                    subject=f"[{topic}] {data['subject']}",
                    topic=topic,
                    body=data["body"],
                    files=data["files"],
                )
            except ApplicationError as error:
                form.add_error(None, _("Not sent: %(reason)s") % {"reason": error})
            else:
                messages.success(
                    request,
                    _("Thank you. Your request #%(number)s was received.")
                    % {"number": result.item_id},
                )
                return redirect("portal:item", item_id=result.item_id)
        messages.error(request, _("Your request was not sent; see below. Your text is kept."))
    return render(
        request,
        "portal/request_new.html",
        {
            "form": form,
            "accounts": accounts,
            "nav": "new",
            "max_file_bytes": settings.CAREDESK_PORTAL_MAX_FILE_BYTES,
            "max_files": settings.CAREDESK_PORTAL_MAX_FILES,
        },
        status=400 if request.method == "POST" else 200,
    )


@portal_required
def attachment_download(request: HttpRequest, item_id: int, attachment_id: int) -> HttpResponse:
    item = _item_or_404(request, item_id)
    attachment = item_attachment_get(
        item=item, person=request.portal_person, attachment_id=attachment_id
    )
    if attachment is None:
        raise Http404(_("There is no such file."))
    response = FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=attachment.filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
