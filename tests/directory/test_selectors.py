"""Reading the directory: who an address or a phone number belongs to, and search."""

from __future__ import annotations

import pytest

from caredesk.directory.models import Account, ContactEmail
from caredesk.directory.selectors import accounts_for_email, people_for_phone, person_search
from caredesk.directory.services import (
    account_upsert,
    association_get_or_create,
    contact_email_add,
    contact_phone_add,
    person_create,
    unit_get_or_create,
)


@pytest.fixture
def couple(db):
    """Ann and Bob share one address; Ann owns in two associations, one account inactive."""
    seaview, _ = association_get_or_create(name="Seaview Terrace HOA")
    oak, _ = association_get_or_create(name="Oak Grove Apartments", kind="rental")
    ann = person_create(full_name="Ann Lee")
    bob = person_create(full_name="Bob Lee")
    for person in (ann, bob):
        contact_email_add(person=person, email="Lees@Example.com", source="import")
    contact_phone_add(person=ann, phone="(949) 450-0202")
    unit, _ = unit_get_or_create(association=seaview, label="Lot 12")
    account_upsert(number="S-12", person=ann, association=seaview, unit=unit)
    account_upsert(number="O-3", person=ann, association=oak, relation="tenant")
    account_upsert(number="S-13", person=bob, association=seaview)
    account_upsert(number="S-99", person=bob, association=seaview, is_active=False)
    return ann, bob


def test_accounts_for_email_finds_every_active_account_in_one_query(
    couple, django_assert_num_queries
):
    """All active accounts of everyone at the address, with person, unit and association."""
    with django_assert_num_queries(1):
        accounts = accounts_for_email(email="Ann and Bob <LEES@example.com>")
        described = [(a.number, a.person.full_name, a.association.name) for a in accounts]
        units = [a.unit.label if a.unit else None for a in accounts]

    assert described == [
        ("O-3", "Ann Lee", "Oak Grove Apartments"),
        ("S-12", "Ann Lee", "Seaview Terrace HOA"),
        ("S-13", "Bob Lee", "Seaview Terrace HOA"),
    ]
    assert units == [None, "Lot 12", None]


def test_accounts_for_an_unknown_or_malformed_address_is_empty(couple):
    """No person at the address (or no address at all): no accounts."""
    assert accounts_for_email(email="stranger@example.com") == []
    assert accounts_for_email(email="not an address") == []


def test_people_for_phone_accepts_any_spelling(couple):
    """A caller's number matches however it is written."""
    ann, _ = couple
    assert people_for_phone(e164="+19494500202") == [ann]
    assert people_for_phone(e164="949.450.0202") == [ann]
    assert people_for_phone(e164="+15550000000") == []


@pytest.mark.parametrize("query", ["ann", "LEES@", "450-0202", "lot 12", "o-3"])
def test_person_search_by_name_email_phone_unit_or_account(couple, query):
    """The attach dialog finds a person by any of the things a CSR might type."""
    ann, _ = couple
    assert ann in person_search(query=query, limit=10)


def test_person_search_is_limited(couple):
    """At most `limit` people come back."""
    assert len(person_search(query="lee", limit=1)) == 1


def test_account_upsert_reports_what_it_did(couple):
    """Upserting says created, updated or unchanged."""
    ann, bob = couple
    account = Account.objects.get(number="S-13")
    assert account_upsert(number="S-13", person=bob, association=account.association)[1] == (
        "unchanged"
    )
    assert (
        account_upsert(
            number="S-13", person=bob, association=account.association, relation="tenant"
        )[1]
        == "updated"
    )
    assert ContactEmail.objects.filter(email="lees@example.com").count() == 2
