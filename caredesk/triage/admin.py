"""Admin: leads edit the triage phrases; CSR overrules are listed (read only)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from caredesk.triage.models import TriageFeedback, TriagePhrase


@admin.register(TriagePhrase)
class TriagePhraseAdmin(admin.ModelAdmin):
    list_display = ["pattern", "language", "field", "value", "kind", "weight", "is_active"]
    list_filter = ["language", "field", "kind", "is_active", "value"]
    list_editable = ["weight", "is_active"]
    search_fields = ["pattern", "note", "value"]
    fields = ["language", "field", "value", "kind", "pattern", "weight", "is_active", "note"]


@admin.register(TriageFeedback)
class TriageFeedbackAdmin(admin.ModelAdmin):
    list_display = ["item_number", "field", "old_value", "new_value", "user", "created_at"]
    list_filter = ["field", "channel"]
    search_fields = ["item_number", "subject", "reason"]
    readonly_fields = [field.name for field in TriageFeedback._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
