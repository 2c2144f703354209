"""Admin pages for staff: roles, who holds them where, the duty rotation; roles on the user."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from caredesk.staff.models import (
    DutyDay,
    LoginFailure,
    PhoneInstruction,
    PhoneSession,
    Role,
    RoleAssignment,
)


class RoleAssignmentInline(admin.TabularInline):
    model = RoleAssignment
    extra = 0
    fields = ["role", "association"]
    autocomplete_fields = ["association"]


class CaredeskUserAdmin(UserAdmin):
    """Django's user admin with the roles a user holds, per association or for all."""

    inlines = [*UserAdmin.inlines, RoleAssignmentInline]
    list_filter = [*UserAdmin.list_filter, "role_assignments__role"]


user_model = get_user_model()
if admin.site.is_registered(user_model):
    admin.site.unregister(user_model)
admin.site.register(user_model, CaredeskUserAdmin)


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "name_zh", "code", "is_lead"]
    list_filter = ["is_lead"]
    search_fields = ["name", "name_zh", "code"]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "association_shown"]
    list_filter = ["role", "association"]
    list_select_related = ["user", "role", "association"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "role__name"]
    autocomplete_fields = ["user", "association"]

    @admin.display(description="association", ordering="association__name")
    def association_shown(self, assignment: RoleAssignment) -> str:
        return str(assignment.association or "all associations")


@admin.register(DutyDay)
class DutyDayAdmin(admin.ModelAdmin):
    list_display = ["day_on", "user", "set_by", "updated_at"]
    list_select_related = ["user", "set_by"]
    date_hierarchy = "day_on"
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user"]
    readonly_fields = ["set_by"]


@admin.register(LoginFailure)
class LoginFailureAdmin(admin.ModelAdmin):
    """Failed sign-ins; deleting a username's rows lifts its pause at once."""

    list_display = ["failed_at", "username", "ip_address"]
    search_fields = ["username", "ip_address"]
    date_hierarchy = "failed_at"


@admin.register(PhoneSession)
class PhoneSessionAdmin(admin.ModelAdmin):
    list_display = ["user", "started_at", "ended_at", "instruction"]
    list_select_related = ["user", "instruction__given_by"]
    list_filter = ["ended_at"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    date_hierarchy = "started_at"
    raw_id_fields = ["user", "instruction"]


@admin.register(PhoneInstruction)
class PhoneInstructionAdmin(admin.ModelAdmin):
    list_display = ["user", "given_by", "given_at", "valid_until", "note"]
    list_select_related = ["user", "given_by"]
    search_fields = ["user__username", "given_by__username", "note"]
    date_hierarchy = "given_at"
    raw_id_fields = ["user", "given_by"]
