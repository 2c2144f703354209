"""Writes of the actions app. Other apps call these names, never the modules behind them."""

from caredesk.actions.services.alerts import leads_alert
from caredesk.actions.services.bulk import FollowUp, NewItem, items_file_many
from caredesk.actions.services.history import SYSTEM_ACTOR, event_record
from caredesk.actions.services.items import (
    item_attach,
    item_create,
    item_create_manual,
    item_message_add,
    item_note_add,
)
from caredesk.actions.services.presence import (
    PhonesRefused,
    phones_instruct,
    phones_log_in,
    phones_log_out,
)
from caredesk.actions.services.queue import (
    queue_assign,
    queue_next,
    queue_release,
)
from caredesk.actions.services.replies import canned_replies, reply_render, reply_send
from caredesk.actions.services.surge import surge_check
from caredesk.actions.services.triage import (
    emergency_alert,
    item_triage,
    item_triage_apply,
    item_triage_overrule,
)
from caredesk.actions.services.workflow import (
    ConflictError,
    NotAllowedError,
    item_promise_set,
    item_sign,
    item_step,
    items_overdue_flag,
    signoffs_missing,
    work_check,
)

__all__ = [
    "SYSTEM_ACTOR",
    "ConflictError",
    "FollowUp",
    "NewItem",
    "items_file_many",
    "NotAllowedError",
    "work_check",
    "canned_replies",
    "PhonesRefused",
    "emergency_alert",
    "event_record",
    "item_attach",
    "item_create",
    "item_create_manual",
    "item_message_add",
    "item_note_add",
    "item_promise_set",
    "item_sign",
    "item_step",
    "item_triage",
    "item_triage_apply",
    "item_triage_overrule",
    "items_overdue_flag",
    "leads_alert",
    "queue_assign",
    "queue_next",
    "queue_release",
    "phones_instruct",
    "phones_log_in",
    "phones_log_out",
    "reply_render",
    "reply_send",
    "signoffs_missing",
    "surge_check",
]
