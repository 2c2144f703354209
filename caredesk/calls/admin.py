"""Admin: the company edits its call-back policy and voicemail script; attempts are read-only."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from caredesk.calls.models import CallAttempt, CallPolicy


@admin.register(CallPolicy)
class CallPolicyAdmin(admin.ModelAdmin):
    list_display = ["__str__", "attempts_required", "leak_attempts_required", "retry_minutes"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not CallPolicy.objects.exists()  # one policy per company

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(CallAttempt)
class CallAttemptAdmin(admin.ModelAdmin):
    list_display = ["item", "number", "outcome", "caller", "at"]
    list_filter = ["outcome"]
    raw_id_fields = ["item"]
    readonly_fields = ["item", "number", "outcome", "note", "caller", "at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # attempts are logged from the desk, where the policy runs
