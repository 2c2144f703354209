"""Admin for the mailroom: inboxes, mail accounts, raw messages (quarantine), messages, outbox."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from caredesk.mailroom import admin_outbox
from caredesk.mailroom.models import Attachment, Inbox, MailAccount, Message, RawMessage


@admin.register(Inbox)
class InboxAdmin(admin.ModelAdmin):
    list_display = ["name", "rank", "address", "is_active"]
    list_editable = ["rank", "is_active"]
    ordering = ["rank"]


@admin.register(MailAccount)
class MailAccountAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "inbox",
        "action_type",
        "is_active",
        "last_success_at",
        "failure_count",
        "last_error",
    ]
    list_filter = ["kind", "inbox", "is_active"]
    search_fields = ["name", "host", "username"]
    readonly_fields = [
        "next_poll_at",
        "last_polled_at",
        "last_success_at",
        "last_error",
        "last_error_at",
        "failure_count",
    ]
    fieldsets = [
        (None, {"fields": ["name", "kind", "inbox", "action_type", "first_step", "is_active"]}),
        (
            _("IMAP"),
            {
                "fields": [
                    "host",
                    "port",
                    "security",
                    "username",
                    "password_env",
                    "folder",
                    "processed_folder",
                    "poll_interval_seconds",
                ]
            },
        ),
        (_("Local files and webhooks"), {"fields": ["path", "webhook_provider"]}),
        (_("Health"), {"fields": readonly_fields}),
    ]


@admin.register(RawMessage)
class RawMessageAdmin(admin.ModelAdmin):
    """Every message as it arrived (the retry action is added by the intake app)."""

    list_display = [
        "received_at",
        "status",
        "message_id",
        "account",
        "size",
        "duplicate_count",
        "short_error",
    ]
    list_filter = ["status", "account"]
    search_fields = ["message_id", "sha256", "source", "error"]
    exclude = ["raw"]
    readonly_fields = [field.name for field in RawMessage._meta.fields if field.name != "raw"]
    date_hierarchy = "received_at"

    @admin.display(description=_("error"))
    def short_error(self, raw_message: RawMessage) -> str:
        return raw_message.error[:120]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False  # nothing a customer sent is ever lost


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    can_delete = False
    readonly_fields = ["filename", "content_type", "size", "oversize", "file", "sha256"]
    fields = readonly_fields


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """Parsed messages; automatic mail (auto-replies, bounces, lists) is reviewed here."""

    list_display = ["created_at", "direction", "from_email", "subject", "is_automatic", "priority"]
    list_filter = ["direction", "is_automatic", "priority", "language"]
    search_fields = ["subject", "from_email", "message_id"]
    readonly_fields = [field.name for field in Message._meta.fields]
    inlines = [AttachmentInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


admin_outbox.register(admin.site)
