"""Which item does a message belong to? Message-ID links first, then the token in the subject."""

from __future__ import annotations

import re
from dataclasses import dataclass

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import item_addresses, item_for_thread_keys, item_for_token
from caredesk.mailroom.models import Message

TOKEN = re.compile(r"\[#(\d{1,12})\]")


@dataclass(frozen=True)
class ThreadMatch:
    item: ActionItem
    how: str  # "message-id" or "token"


def token_in_subject(subject: str) -> int | None:
    match = TOKEN.search(subject or "")
    return int(match.group(1)) if match else None


def thread_find(*, message: Message) -> ThreadMatch | None:
    """The item this message continues, if any.

    Any Message-ID the message carries or points to (In-Reply-To, References) that another
    message of an item carries or points to joins them, whichever arrived first. Failing that,
    an item token such as "[#1234]" in the subject counts only when the sender is already part
    of that item's conversation, so a stranger cannot write into someone else's item.
    """
    keys = [message.message_id, *message.reference_ids]
    item = item_for_thread_keys(keys=[key for key in keys if key], exclude_message_id=message.pk)
    if item is not None:
        return ThreadMatch(item=item, how="message-id")
    number = token_in_subject(message.subject)
    if number is None:
        return None
    item = item_for_token(number=number)
    if item is None or message.from_email not in item_addresses(item=item):
        return None
    return ThreadMatch(item=item, how="token")
