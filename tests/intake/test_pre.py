"""Phone messages (PREs, R-07): receptionist email in the documented format, and what not."""

from __future__ import annotations

import pytest

from caredesk.actions.models import ActionItem, ItemEvent
from caredesk.directory.services import contact_phone_add
from caredesk.intake.pre import PreFields, pre_item_create, pre_parse
from tests.mail import eml, homeowner, second_account

pytestmark = pytest.mark.django_db

RECEPTIONIST = "Rita Reception <front@seaview.example>"

IN_FORMAT = """Caller: Pat Lee
Phone: (949) 555-0101
Unit: 12B
Association: Seaview Terrace HOA
Call back: yes
Message: Water is leaking through her kitchen ceiling from the unit above.
She is home all afternoon.

Rita
"""


@pytest.fixture
def receptionist(settings):
    settings.CAREDESK_RECEPTIONIST_ADDRESSES = ["front@seaview.example"]


def _pat_by_phone(desk) -> None:
    contact_phone_add(person=desk.owner.person, phone="949-555-0101")


def test_a_receptionist_email_in_the_format_becomes_a_flagged_phone_message(desk, receptionist):
    _pat_by_phone(desk)
    item = desk.receive(eml(sender=RECEPTIONIST, subject="PRE", body=IN_FORMAT))

    assert item.channel == ActionItem.Channel.PRE
    assert item.action_type.code == "phone-message" and item.step.code == "return-call"
    assert item.is_flagged and item.needs_callback
    assert item.is_leak_related  # triage read what the caller said
    assert item.link == ActionItem.Link.LINKED and item.account == desk.owner
    assert item.from_phone == "+19495550101"
    assert item.from_name == "Pat Lee"
    assert item.from_email == "pat@example.com"  # replies go to Pat, not to the receptionist
    assert item.subject.startswith("Phone message: Pat Lee — Water is leaking")
    assert item.item_messages.count() == 1  # the email itself is kept on the item
    note = item.events.get(kind=ItemEvent.Kind.NOTE)
    assert note.data["pre"]["unit"] == "12B" and note.data["pre"]["missing"] == []
    assert "home all afternoon" in note.data["pre"]["message"]


def test_an_email_that_does_not_fit_still_becomes_an_item_with_what_could_be_read(
    desk, receptionist
):
    body = "Mrs Lee from 12B rang, something about her gate remote.\nPhone: 949 555 0199\n"
    item = desk.receive(eml(sender=RECEPTIONIST, subject="call", body=body))

    assert item.channel == ActionItem.Channel.PRE and item.is_flagged
    assert item.link == ActionItem.Link.ORPHAN  # unknown number, no name: not guessed
    assert item.from_phone == "+19495550199"
    assert item.needs_callback  # not said means yes
    note = item.events.get(kind=ItemEvent.Kind.NOTE)
    assert "did not fit the phone-message format; missing: caller, message" in note.note
    assert "gate remote" in note.data["pre"]["message"]  # nothing the receptionist wrote is lost


def test_mail_from_other_addresses_is_ordinary_email(desk, receptionist):
    item = desk.receive(eml(sender="Pat Lee <pat@example.com>", body=IN_FORMAT))
    assert item.channel == ActionItem.Channel.EMAIL and item.action_type.code != "phone-message"


def test_chinese_labels_and_a_no_to_call_back_are_read():
    fields = pre_parse(
        "来电人：李明\n电话：138 0013 8000\n房号：3-502\n回电：否\n留言：询问停车费。"
    )
    assert fields == PreFields(
        caller_name="李明",
        phone="138 0013 8000",
        unit="3-502",
        message="询问停车费。",
        wants_callback=False,
    )


def test_a_caller_with_accounts_on_two_units_is_not_guessed_unless_the_unit_says_which(desk):
    _pat_by_phone(desk)
    other = second_account(desk.owner)
    said = {"caller_name": "Pat Lee", "phone": "949 555 0101", "message": "Question"}

    ambiguous = pre_item_create(fields=PreFields(**said))
    assert ambiguous.link == ActionItem.Link.AMBIGUOUS
    assert set(ambiguous.candidates.all()) == {desk.owner, other}

    by_unit = pre_item_create(fields=PreFields(**said, unit=other.unit.label))
    assert by_unit.link == ActionItem.Link.LINKED and by_unit.account == other


def test_a_caller_without_a_known_number_is_linked_by_name_and_unit(desk):
    kim = homeowner(email="kim@example.com", name="Kim Neighbour", unit="7A")
    item = pre_item_create(
        fields=PreFields(
            caller_name="kim neighbour",
            phone="+1 714 555 0000",
            unit="7a",
            message="Noise complaint",
        )
    )
    assert item.link == ActionItem.Link.LINKED and item.account == kim
    name_only = pre_item_create(fields=PreFields(caller_name="Kim Neighbour", message="Hi"))
    assert name_only.link == ActionItem.Link.ORPHAN  # a name alone is never enough


def test_the_form_needs_a_caller_and_what_they_said(desk):
    from caredesk.core.errors import ApplicationError

    with pytest.raises(ApplicationError, match="name or phone"):
        pre_item_create(fields=PreFields(message="Water!"))
    with pytest.raises(ApplicationError, match="what the caller said"):
        pre_item_create(fields=PreFields(caller_name="Pat"))
    assert not ActionItem.objects.exists()
