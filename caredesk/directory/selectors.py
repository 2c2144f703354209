"""Reads of the directory: who an address or a number belongs to, and finding people."""

from __future__ import annotations

import re

from django.conf import settings
from django.db.models import F, Q

from caredesk.core.rows import values_table
from caredesk.core.text import collapse_spaces, normalise_email, normalise_phone
from caredesk.directory.models import Account, Association, Person

_NON_DIGITS = re.compile(r"\D")


def accounts_for_email(*, email: str) -> list[Account]:
    """The active accounts of every person known by that address, in one query."""
    return accounts_for_emails(emails=[email]).get(normalise_email(email), [])


_STAMPS = [
    f"{prefix}{name}"
    for prefix in ("", "person__", "unit__", "association__")
    for name in ("created_at", "updated_at")
]


def accounts_for_emails(*, emails: list[str]) -> dict[str, list[Account]]:
    """The active accounts of every person known by each address (one query), by normalised
    address, ordered by account number."""
    addresses = {normalise_email(email) for email in emails} - {""}
    found: dict[str, list[Account]] = {address: [] for address in addresses}
    rows = (
        Account.objects.filter(is_active=True, person__emails__email__in=values_table(addresses))
        .annotate(matched_email=F("person__emails__email"))
        .select_related("person", "unit", "association")
        # linking reads no timestamps: eight datetimes less to convert for each account
        .defer(*_STAMPS)
        .order_by("number")
    )
    for account in rows:
        found[account.matched_email].append(account)
    return found


def people_for_phone(*, e164: str) -> list[Person]:
    """The people who have that phone number (any common spelling of it is accepted)."""
    number = (
        e164
        if e164.startswith("+")
        else normalise_phone(e164, region=settings.CAREDESK_DEFAULT_REGION)
    )
    if not number:
        return []
    return list(Person.objects.filter(phones__e164=number).distinct().order_by("full_name", "pk"))


def person_search(*, query: str, limit: int = 20) -> list[Person]:
    """People whose name, email, phone, unit label or account number matches the query."""
    query = collapse_spaces(query)
    if not query:
        return []
    condition = (
        Q(full_name__icontains=query)
        | Q(emails__email__icontains=query.lower())
        | Q(accounts__number__iexact=query)
        | Q(accounts__unit__label__icontains=query)
    )
    digits = _NON_DIGITS.sub("", query)
    if len(digits) >= 4:
        condition |= Q(phones__e164__contains=digits)
    ids = (
        Person.objects.filter(condition)
        .order_by("full_name", "pk")
        .values_list("pk", flat=True)
        .distinct()[:limit]
    )
    return list(
        Person.objects.filter(pk__in=list(ids))
        .order_by("full_name", "pk")
        .prefetch_related("emails", "phones", "accounts__unit", "accounts__association")
    )


def association_list(*, active_only: bool = True) -> list[Association]:
    """Associations by name."""
    associations = Association.objects.all()
    if active_only:
        associations = associations.filter(is_active=True)
    return list(associations.order_by("name"))


def person_id_for_user(*, user) -> int | None:
    """The homeowner (Person) a portal login belongs to, if any."""
    return Person.objects.filter(user=user).values_list("pk", flat=True).first()


def association_find(*, name: str) -> Association | None:
    """The association with that name or code (any case), if exactly one."""
    name = collapse_spaces(name)
    if not name:
        return None
    found = list(Association.objects.filter(Q(name__iexact=name) | Q(code__iexact=name))[:2])
    return found[0] if len(found) == 1 else None


def accounts_for_caller(
    *,
    phone: str = "",
    name: str = "",
    unit: str = "",
    account_number: str = "",
    association: Association | None = None,
) -> list[Account]:
    """The active accounts a caller may be: by account number, else by phone, else name + unit.

    A unit (and an association) narrows what the phone number found; a name alone is never
    enough. The caller is linked only when exactly one account is left: the caller decides.
    """
    related = ("person", "unit", "association")
    active = Account.objects.filter(is_active=True).select_related(*related).order_by("number")
    number = collapse_spaces(account_number)
    if number:
        by_number = list(active.filter(number__iexact=number))
        if by_number:
            return by_number
    unit = collapse_spaces(unit)
    e164 = normalise_phone(phone, region=settings.CAREDESK_DEFAULT_REGION) if phone else ""
    if e164:
        by_phone = list(active.filter(person__phones__e164=e164).distinct())
        narrowed = by_phone
        if association is not None:
            narrowed = [a for a in narrowed if a.association_id == association.pk] or narrowed
        if unit:
            narrowed = [
                a for a in narrowed if a.unit is not None and a.unit.label.lower() == unit.lower()
            ] or narrowed
        if narrowed:
            return narrowed
    name = collapse_spaces(name)
    if name and unit:
        by_name = active.filter(person__full_name__iexact=name, unit__label__iexact=unit)
        if association is not None:
            by_name = by_name.filter(association=association)
        return list(by_name)
    return []
