"""Phone presence (R-06): a CSR working flagged priority items stays off the phones unless a
lead or manager instructs otherwise.

Presence is kept by staff (layer 1); whether someone holds priority items is known here, in
actions (layer 4), so the rule that joins the two lives here.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import items_priority_held_by
from caredesk.core.errors import ApplicationError
from caredesk.staff.models import PhoneInstruction, PhoneSession
from caredesk.staff.selectors import phone_instruction_current
from caredesk.staff.services import (
    phone_instruction_give,
    phone_session_end,
    phone_session_start,
)


class PhonesRefused(ApplicationError):
    """Logging into the phones is refused while the user holds flagged priority items."""

    def __init__(self, *, items: list[ActionItem]) -> None:
        self.items = items
        numbers = ", ".join(f"#{item.number}" for item in items)
        super().__init__(
            gettext(
                "You hold flagged priority items (%(items)s). Finish them or hand them back "
                "before taking the phones, unless a lead or manager instructs you to."
            )
            % {"items": numbers}
        )


def phones_log_in(*, user: AbstractUser) -> PhoneSession:
    """Log a user into the phones, unless they hold priority items without an instruction."""
    held = items_priority_held_by(user=user)
    instruction = None
    if held:
        instruction = phone_instruction_current(user=user)
        if instruction is None:
            raise PhonesRefused(items=held)
    return phone_session_start(user=user, instruction=instruction)


def phones_log_out(*, user: AbstractUser) -> PhoneSession | None:
    """Log a user out of the phones (nothing happens if they were not on)."""
    return phone_session_end(user=user)


def phones_instruct(
    *, user: AbstractUser, given_by: AbstractUser, note: str = ""
) -> PhoneInstruction:
    """A lead or manager tells a staff member to take the phones despite their priority items."""
    if not (user.is_active and user.is_staff):
        raise ApplicationError(gettext("Only active staff can take the phones."))
    return phone_instruction_give(user=user, given_by=given_by, note=note)
