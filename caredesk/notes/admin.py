"""Admin for account notes (read-mostly) and the quick-note templates leads edit."""

from __future__ import annotations

from django.contrib import admin

from caredesk.notes.models import AccountNote, QuickNote


@admin.register(QuickNote)
class QuickNoteAdmin(admin.ModelAdmin):
    list_display = ["title", "title_zh", "order", "is_active"]
    list_editable = ["order", "is_active"]
    search_fields = ["title", "title_zh", "text", "text_zh"]


@admin.register(AccountNote)
class AccountNoteAdmin(admin.ModelAdmin):
    list_display = ["at", "person", "account", "is_automatic", "author", "text"]
    list_filter = ["is_automatic"]
    search_fields = ["text", "person__full_name", "account__number"]
    raw_id_fields = ["person", "account", "item"]
    readonly_fields = ["at", "author", "is_automatic"]
