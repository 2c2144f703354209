"""Writes to the directory: associations, units, people, accounts and how to reach people."""

from __future__ import annotations

import hashlib
from typing import Literal

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from caredesk.core.errors import ApplicationError
from caredesk.core.text import collapse_spaces, normalise_email, normalise_phone
from caredesk.directory.models import (
    Account,
    Association,
    ContactEmail,
    ContactPhone,
    HouseholdMember,
    Language,
    Person,
    Unit,
)

Change = Literal["created", "updated", "unchanged"]

# Model validation without the uniqueness queries: the database constraints enforce those.
_CLEAN = {"validate_unique": False, "validate_constraints": False}


def association_code_for(*, name: str) -> str:
    """A free, URL-safe code for a new association (ASCII slug, or a hash for non-Latin names)."""
    base = slugify(name)[:40] or "association-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    code, suffix = base, 2
    while Association.objects.filter(code=code).exists():
        code, suffix = f"{base}-{suffix}", suffix + 1
    return code


def association_get_or_create(
    *,
    name: str,
    kind: str = "",
    language: str = "",
    code: str = "",
) -> tuple[Association, bool]:
    """The association of that name (case-insensitive), created if it does not exist yet."""
    name = collapse_spaces(name)
    if not name:
        raise ApplicationError("An association needs a name.")
    existing = Association.objects.filter(name__iexact=name).order_by("pk").first()
    if existing is not None:
        return existing, False
    kind = kind or Association.Kind.HOA
    if not language:
        language = Language.CHINESE if kind == Association.Kind.COMPOUND else Language.ENGLISH
    association = Association(
        name=name, code=code or association_code_for(name=name), kind=kind, language=language
    )
    association.full_clean(**_CLEAN)
    association.save()
    return association, True


def unit_get_or_create(*, association: Association, label: str) -> tuple[Unit, bool]:
    """The unit with that label in the association, created if it does not exist yet."""
    label = collapse_spaces(label)
    if not label:
        raise ApplicationError("A unit needs a label.")
    existing = association.units.filter(label__iexact=label).order_by("pk").first()
    if existing is not None:
        return existing, False
    unit = Unit(association=association, label=label)
    unit.full_clean(**_CLEAN)
    unit.save()
    return unit, True


def person_create(*, full_name: str, language: str = Language.ENGLISH) -> Person:
    """A new person in the directory."""
    person = Person(full_name=collapse_spaces(full_name), language=language)
    person.full_clean(**_CLEAN)
    person.save()
    return person


def contact_email_add(
    *, person: Person, email: str, source: str = ContactEmail.Source.MANUAL
) -> ContactEmail:
    """Remember an address on a person (normalised); adding a known address changes nothing."""
    address = normalise_email(email)
    if not address:
        raise ApplicationError(f"'{email}' is not an email address.")
    contact, _ = ContactEmail.objects.get_or_create(
        person=person, email=address, defaults={"source": source}
    )
    return contact


def contact_phone_add(
    *, person: Person, phone: str, label: str = "", region: str = ""
) -> ContactPhone:
    """Remember a phone number on a person in E.164 form; a known number changes nothing."""
    e164 = normalise_phone(phone, region=region or settings.CAREDESK_DEFAULT_REGION)
    if not e164:
        raise ApplicationError(f"'{phone}' is not a phone number.")
    contact, _ = ContactPhone.objects.get_or_create(
        person=person, e164=e164, defaults={"label": label}
    )
    return contact


@transaction.atomic
def account_upsert(
    *,
    number: str,
    person: Person,
    association: Association,
    unit: Unit | None = None,
    relation: str = Account.Relation.OWNER,
    is_active: bool = True,
) -> tuple[Account, Change]:
    """Create the account with that number, or bring it up to date; says which it did."""
    number = number.strip()
    if unit is not None and unit.association_id != association.pk:
        raise ApplicationError(f"Unit {unit.label} is not in {association}.")
    wanted = {
        "person": person,
        "association": association,
        "unit": unit,
        "relation": relation,
        "is_active": is_active,
    }
    account = Account.objects.select_for_update().filter(number=number).first()
    if account is None:
        account = Account(number=number, **wanted)
        account.full_clean(**_CLEAN)
        account.save()
        return account, "created"
    current = {
        "person": account.person_id,
        "association": account.association_id,
        "unit": account.unit_id,
        "relation": account.relation,
        "is_active": account.is_active,
    }
    target = {**wanted, "person": person.pk, "association": association.pk}
    target["unit"] = unit.pk if unit is not None else None
    changed = [name for name, value in target.items() if current[name] != value]
    if not changed:
        return account, "unchanged"
    for name in changed:
        setattr(account, name, wanted[name])
    account.full_clean(**_CLEAN)
    account.save(update_fields=[*changed, "updated_at"])
    return account, "updated"


def household_member_add(
    *,
    account: Account,
    name: str,
    sex: str = HouseholdMember.Sex.UNSTATED,
    relation: str = "",
    birth_year: int | None = None,
) -> tuple[HouseholdMember, Change]:
    """Record someone living under an account; the same name again updates their details."""
    name = collapse_spaces(name)
    wanted = {"sex": sex, "relation": relation, "birth_year": birth_year}
    member = account.household.filter(name=name).order_by("pk").first()
    if member is None:
        member = HouseholdMember(account=account, name=name, **wanted)
        member.full_clean(**_CLEAN)
        member.save()
        return member, "created"
    changed = [key for key, value in wanted.items() if getattr(member, key) != value]
    if not changed:
        return member, "unchanged"
    for key in changed:
        setattr(member, key, wanted[key])
    member.full_clean(**_CLEAN)
    member.save(update_fields=[*changed, "updated_at"])
    return member, "updated"


@transaction.atomic
def person_portal_login_ensure(*, person: Person):
    """The portal login of a person, made on first use (no password: they sign in by link).

    Refuses a staff login: a staff member signs in to the desk with a password, never by link.
    """
    from django.contrib.auth import get_user_model

    person = Person.objects.select_for_update().get(pk=person.pk)
    if person.user is not None:
        if person.user.is_staff or person.user.is_superuser:
            raise ApplicationError("A staff login cannot be used for the homeowner portal.")
        return person.user
    user_model = get_user_model()
    username = f"owner-{person.pk}"
    user = user_model.objects.filter(username=username).first()
    if user is None:
        first_name, _, last_name = person.full_name.partition(" ")
        user = user_model(username=username, first_name=first_name[:150], last_name=last_name[:150])
        user.set_unusable_password()
        user.save()
    person.user = user
    person.save(update_fields=["user", "updated_at"])
    return user
