"""Writes of the actions app. Other apps call these names, never the modules behind them."""

from caredesk.actions.services.alerts import leads_alert
from caredesk.actions.services.items import (
    SYSTEM_ACTOR,
    event_record,
    item_attach,
    item_create,
    item_create_manual,
    item_message_add,
    item_note_add,
)
from caredesk.actions.services.replies import reply_render, reply_send
from caredesk.actions.services.workflow import (
    ConflictError,
    NotAllowedError,
    item_promise_set,
    item_sign,
    item_step,
    items_overdue_flag,
)

__all__ = [
    "SYSTEM_ACTOR",
    "ConflictError",
    "NotAllowedError",
    "event_record",
    "item_attach",
    "item_create",
    "item_create_manual",
    "item_message_add",
    "item_note_add",
    "item_promise_set",
    "item_sign",
    "item_step",
    "items_overdue_flag",
    "leads_alert",
    "reply_render",
    "reply_send",
]
