"""The models of the actions app, one concern per module."""

from caredesk.actions.models.items import ActionItem, ItemEvent, ItemMessage
from caredesk.actions.models.search import ItemSearch
from caredesk.actions.models.surges import SurgeState
from caredesk.actions.models.templates import ReplyTemplate
from caredesk.actions.models.types import ActionStep, ActionType, StepSignoff

__all__ = [
    "ActionItem",
    "ActionStep",
    "ActionType",
    "ItemEvent",
    "ItemMessage",
    "ItemSearch",
    "ReplyTemplate",
    "StepSignoff",
    "SurgeState",
]
