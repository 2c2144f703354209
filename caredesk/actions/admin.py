"""Admin for action types (with their steps), items and their history."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from caredesk.actions.models import (
    ActionItem,
    ActionStep,
    ActionType,
    ItemEvent,
    ItemMessage,
    ReplyTemplate,
    StepSignoff,
)


class ActionStepInline(admin.TabularInline):
    model = ActionStep
    extra = 0
    fk_name = "action_type"
    fields = [
        "order",
        "code",
        "name",
        "name_zh",
        "send_to_role",
        "reply_to_role",
        "is_closing",
        "emails_owner",
        "template_code",
        "hides_from_portal",
        "reopen_step",
        "sla_minutes",
    ]
    show_change_link = True


@admin.register(ActionType)
class ActionTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "name_zh", "code", "sla_minutes", "promise_role", "is_active"]
    search_fields = ["name", "name_zh", "code"]
    inlines = [ActionStepInline]


class StepSignoffInline(admin.TabularInline):
    model = StepSignoff
    extra = 0
    fields = ["code", "name", "name_zh", "role"]


@admin.register(ActionStep)
class ActionStepAdmin(admin.ModelAdmin):
    """A step in full: its allowed next steps and the sign-offs it needs."""

    list_display = ["action_type", "order", "name", "send_to_role", "is_closing", "emails_owner"]
    list_filter = ["action_type"]
    search_fields = ["name", "name_zh", "code"]
    filter_horizontal = ["next_steps"]
    inlines = [StepSignoffInline]


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(admin.ModelAdmin):
    list_display = ["code", "language", "subject", "is_active", "updated_at"]
    list_filter = ["language", "is_active"]
    search_fields = ["code", "subject", "body"]


class ItemMessageInline(admin.TabularInline):
    model = ItemMessage
    extra = 0
    can_delete = False
    readonly_fields = ["message", "added_at"]


class ItemEventInline(admin.TabularInline):
    model = ItemEvent
    extra = 0
    can_delete = False
    readonly_fields = ["at", "kind", "actor", "actor_label", "from_step", "to_step", "note", "data"]

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "subject",
        "inbox",
        "step",
        "link",
        "person",
        "association",
        "urgency",
        "is_open",
        "received_at",
    ]
    list_filter = ["is_open", "inbox", "link", "urgency", "channel", "action_type"]
    search_fields = ["=id", "subject", "from_email", "person__full_name", "account__number"]
    list_select_related = ["inbox", "step", "person", "association"]
    raw_id_fields = ["person", "account", "association", "unit"]
    filter_horizontal = ["candidates"]
    readonly_fields = [
        "received_at",
        "first_response_at",
        "closed_at",
        "last_message_at",
        "deadline_at",
        "is_overdue",
        "promised_at",
        "version",
    ]
    inlines = [ItemMessageInline, ItemEventInline]
    date_hierarchy = "received_at"
