"""Phone messages and return calls in the staff UI: the receptionist's form (R-07), the
callbacks list, logging a call with the voicemail script at hand (R-08–R-11), account notes
(R-23). Every write goes through a service, which checks who may do it."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import items_visible_to
from caredesk.calls.models import CallAttempt
from caredesk.calls.selectors import callbacks_grouped, item_call_attempts
from caredesk.calls.services import call_attempt_log, call_policy_get, voicemail_script
from caredesk.core.access import staff_required
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Association, Person
from caredesk.intake.pre import PreFields, pre_item_create
from caredesk.notes.selectors import person_notes, quick_notes
from caredesk.notes.services import account_note_add


def _visible_item(request: HttpRequest, number: int) -> ActionItem:
    item = items_visible_to(user=request.user).filter(pk=number).first()
    if item is None:
        raise Http404(_("There is no item #%(number)s.") % {"number": number})
    return item


class PhoneMessageForm(forms.Form):
    """What a receptionist writes down about a caller."""

    caller_name = forms.CharField(label=gettext_lazy("Caller's name"), max_length=200)
    phone = forms.CharField(label=gettext_lazy("Phone"), max_length=40)
    unit_or_account = forms.CharField(
        label=gettext_lazy("Unit or account"), max_length=100, required=False
    )
    association = forms.ModelChoiceField(
        label=gettext_lazy("Association"),
        queryset=Association.objects.filter(is_active=True).order_by("name"),
        required=False,
    )
    message = forms.CharField(
        label=gettext_lazy("What they said"), widget=forms.Textarea(attrs={"rows": 5})
    )
    wants_callback = forms.BooleanField(
        label=gettext_lazy("Wants a call back"), required=False, initial=True
    )


@require_http_methods(["GET", "POST"])
@staff_required
def phone_message_new(request: HttpRequest) -> HttpResponse:
    """The receptionist's form: each message becomes a flagged Phone Message item."""
    form = PhoneMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        either = data["unit_or_account"].strip()
        fields = PreFields(
            caller_name=data["caller_name"].strip(),
            phone=data["phone"].strip(),
            unit=either,
            account_number=either,  # whichever it is: an account number is tried first
            message=data["message"].strip(),
            wants_callback=data["wants_callback"],
        )
        try:
            item = pre_item_create(
                fields=fields, association=data["association"], actor=request.user
            )
        except ApplicationError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Phone message #%(number)s is in %(inbox)s.")
                % {"number": item.number, "inbox": item.inbox.name},
            )
            return redirect("web:phone-message-new")
    return render(request, "web/phone/new.html", {"form": form})


@require_GET
@staff_required
def callbacks(request: HttpRequest) -> HttpResponse:
    """Items waiting for a return call: overdue, due now, due later."""
    grouped = callbacks_grouped(user=request.user, policy=call_policy_get())
    sections = [
        ("overdue", _("Overdue"), grouped.overdue),
        ("due-now", _("Due now"), grouped.due_now),
        ("due-later", _("Due later"), grouped.due_later),
    ]
    return render(request, "web/phone/list.html", {"sections": sections})


@require_POST
@staff_required
def item_call_view(request: HttpRequest, number: int) -> HttpResponse:
    item = _visible_item(request, number)
    try:
        attempt = call_attempt_log(
            item=item,
            actor=request.user,
            outcome=request.POST.get("outcome", ""),
            note=request.POST.get("note", ""),
        )
    except ApplicationError as error:
        messages.error(request, str(error))
        return redirect("web:item", number=item.pk)
    item.refresh_from_db()
    messages.success(
        request,
        _("Call %(number)s logged: %(outcome)s.")
        % {"number": attempt.number, "outcome": attempt.get_outcome_display()},
    )
    if item.due_at is not None or not item.is_open:
        return redirect("web:callbacks")  # it went back to the queue or is done: next one
    return redirect("web:item", number=item.pk)


@require_POST
@staff_required
def person_note_view(request: HttpRequest, pk: int) -> HttpResponse:
    person = Person.objects.filter(pk=pk).first()
    if person is None:
        raise Http404(_("There is no such person."))
    account = person.accounts.filter(pk=request.POST.get("account") or 0).first()
    item = None
    if request.POST.get("item", "").isdigit():
        item = _visible_item(request, int(request.POST["item"]))
    try:
        account_note_add(
            person=person,
            account=account,
            item=item,
            text=request.POST.get("text", ""),
            actor=request.user,
        )
    except ApplicationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Note saved on %(person)s.") % {"person": person})
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("web:home")
    return redirect(back)


def item_calls_context(request: HttpRequest, item: ActionItem) -> dict[str, object]:
    """What the item page shows about return calls and the homeowner's account notes."""
    policy = call_policy_get()
    attempts = item_call_attempts(item=item)
    agent = request.user.get_full_name() or request.user.get_username()
    phones = [item.from_phone] if item.from_phone else []
    if item.person_id:
        phones += [phone.e164 for phone in item.person.phones.all() if phone.e164 not in phones]
    return {
        "call_attempts": attempts,
        "call_attempts_required": policy.required_for(is_leak_related=item.is_leak_related),
        "call_outcomes": CallAttempt.Outcome.choices,
        "call_phones": phones,
        "voicemail": voicemail_script(
            item=item, agent=agent, language=get_language() or "", policy=policy
        ),
        "show_calls": item.needs_callback or bool(attempts),
        "account_notes": person_notes(person_id=item.person_id, limit=8) if item.person_id else [],
        "quick_notes": quick_notes() if item.person_id else [],
    }
