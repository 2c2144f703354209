"""Phone messages for the call tests: made through the real intake, caller Pat Lee."""

from __future__ import annotations

import datetime

from caredesk.actions.models import ActionItem
from caredesk.directory.services import contact_phone_add
from caredesk.intake.pre import PreFields, pre_item_create

# 22:05 UTC is 14:05 in Los Angeles (TIME_ZONE), so the next attempt is due 14:35.
START = datetime.datetime(2026, 11, 23, 22, 5, tzinfo=datetime.UTC)
PAT_PHONE = "(949) 555-0101"
LEAK = "Water is leaking through my kitchen ceiling from the unit above, please call me back."
NOT_LEAK = "Wants to know the new pool gate code, please call her back."


def phone_message(desk, said: str, *, phone: str = PAT_PHONE, **fields: object) -> ActionItem:
    """The receptionist types a message from Pat (known by her phone number)."""
    contact_phone_add(person=desk.owner.person, phone=PAT_PHONE)
    values = {"caller_name": "Pat Lee", "phone": phone, "message": said, **fields}
    return pre_item_create(fields=PreFields(**values))
