"""Admin pages for staff: roles, who holds them where, the duty rotation; roles on the user."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from caredesk.staff.models import DutyDay, Role, RoleAssignment


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
    list_display = ["day_on", "user"]
    list_select_related = ["user"]
    date_hierarchy = "day_on"
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user"]
