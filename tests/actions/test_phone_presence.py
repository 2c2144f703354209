"""Phone presence (R-06): CSRs holding flagged priority items stay off the phones unless told."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from caredesk.actions.models import ActionItem, ActionType
from caredesk.actions.services import (
    PhonesRefused,
    item_create,
    phones_instruct,
    phones_log_in,
    phones_log_out,
)
from caredesk.core.clock import frozen_at
from caredesk.core.errors import ApplicationError
from caredesk.mailroom.models import Inbox
from caredesk.staff.models import PhoneSession
from caredesk.staff.selectors import phone_session_open

pytestmark = pytest.mark.django_db

MORNING = timezone.make_aware(datetime.datetime(2026, 11, 23, 9, 0))


def held_item(user, *, urgency="normal", flagged=False, until=None, is_open=True) -> ActionItem:
    item = item_create(
        action_type=ActionType.objects.order_by("pk").first(),
        inbox=Inbox.objects.get(name="CC Priority"),
        subject="Caller about a leak",
        is_flagged=flagged,
    )
    ActionItem.objects.filter(pk=item.pk).update(
        urgency=urgency, claimed_by=user, claimed_until=until, is_open=is_open
    )
    return item


def test_a_csr_without_priority_items_logs_in_and_out_of_the_phones(desk):
    with frozen_at(MORNING) as clock:
        held_item(desk.csr, urgency="normal")  # ordinary work does not keep anyone off
        session = phones_log_in(user=desk.csr)
        assert phone_session_open(user=desk.csr) == session
        assert phones_log_in(user=desk.csr) == session  # pressing twice changes nothing
        clock.advance(minutes=45)
        phones_log_out(user=desk.csr)

    session.refresh_from_db()
    assert session.ended_at - session.started_at == datetime.timedelta(minutes=45)
    assert phone_session_open(user=desk.csr) is None
    assert phones_log_out(user=desk.csr) is None


@pytest.mark.parametrize(
    ("urgency", "flagged"), [("normal", True), ("urgent", False), ("emergency", False)]
)
def test_holding_a_flagged_or_urgent_item_refuses_the_phones_naming_it(desk, urgency, flagged):
    with frozen_at(MORNING):
        item = held_item(desk.csr, urgency=urgency, flagged=flagged)
        with pytest.raises(PhonesRefused) as refused:
            phones_log_in(user=desk.csr)

    assert refused.value.items == [item]
    assert f"#{item.number}" in str(refused.value)
    assert not PhoneSession.objects.exists()


def test_expired_claims_closed_items_and_others_items_do_not_count(desk):
    with frozen_at(MORNING):
        held_item(desk.csr, flagged=True, until=MORNING - datetime.timedelta(minutes=1))
        held_item(desk.csr, flagged=True, is_open=False)
        held_item(desk.lead, urgency="emergency")
        assert phones_log_in(user=desk.csr)


def test_a_live_claim_with_an_expiry_counts(desk):
    with frozen_at(MORNING):
        held_item(desk.csr, flagged=True, until=MORNING + datetime.timedelta(minutes=20))
        with pytest.raises(PhonesRefused):
            phones_log_in(user=desk.csr)


def test_a_lead_instruction_lets_the_csr_take_the_phones_and_is_kept_on_the_session(desk):
    with frozen_at(MORNING):
        held_item(desk.csr, flagged=True)
        instruction = phones_instruct(
            user=desk.csr, given_by=desk.lead, note="Phones are backed up"
        )
        session = phones_log_in(user=desk.csr)

    assert session.instruction == instruction
    assert instruction.given_by == desk.lead and instruction.note == "Phones are backed up"


def test_a_manager_may_instruct_but_a_csr_may_not(desk):
    held_item(desk.csr, flagged=True)
    with pytest.raises(ApplicationError, match="lead"):
        phones_instruct(user=desk.csr, given_by=desk.csr)
    with pytest.raises(ApplicationError):
        phones_instruct(user=desk.csr, given_by=desk.ar)
    phones_instruct(user=desk.csr, given_by=desk.manager)
    assert phones_log_in(user=desk.csr)


def test_an_instruction_holds_until_the_end_of_the_company_day(desk):
    evening = timezone.make_aware(datetime.datetime(2026, 11, 23, 23, 0))
    with frozen_at(evening) as clock:
        held_item(desk.csr, flagged=True)
        phones_instruct(user=desk.csr, given_by=desk.lead)
        clock.advance(minutes=59)
        phones_log_in(user=desk.csr)
        phones_log_out(user=desk.csr)
        clock.advance(minutes=2)  # the next day
        with pytest.raises(PhonesRefused):
            phones_log_in(user=desk.csr)
