"""Admin pages for the directory: associations, units, people, accounts, contact points."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from caredesk.directory.models import (
    Account,
    Association,
    ContactEmail,
    ContactPhone,
    HouseholdMember,
    Person,
    Unit,
)


class UnitInline(admin.TabularInline):
    model = Unit
    extra = 0
    fields = ["label"]
    show_change_link = True


class AccountInline(admin.TabularInline):
    model = Account
    fk_name = "person"
    extra = 0
    fields = ["number", "association", "unit", "relation", "is_active"]
    autocomplete_fields = ["association", "unit"]
    show_change_link = True


class ContactEmailInline(admin.TabularInline):
    model = ContactEmail
    extra = 0
    fields = ["email", "source", "created_at"]
    readonly_fields = ["created_at"]


class ContactPhoneInline(admin.TabularInline):
    model = ContactPhone
    extra = 0
    fields = ["e164", "label"]


class HouseholdMemberInline(admin.TabularInline):
    model = HouseholdMember
    extra = 0
    fields = ["name", "sex", "relation", "birth_year"]


@admin.register(Association)
class AssociationAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "kind", "language", "phone", "is_active", "unit_count"]
    list_filter = ["kind", "language", "is_active"]
    search_fields = ["name", "code"]
    prepopulated_fields = {"code": ["name"]}
    inlines = [UnitInline]

    @admin.display(description=_("units"))
    def unit_count(self, association: Association) -> int:
        return association.units.count()


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["label", "association"]
    list_filter = ["association"]
    list_select_related = ["association"]
    search_fields = ["label", "association__name"]
    autocomplete_fields = ["association"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["full_name", "language", "emails_shown", "created_at"]
    list_filter = ["language", "accounts__association"]
    search_fields = [
        "full_name",
        "emails__email",
        "phones__e164",
        "accounts__number",
        "accounts__unit__label",
    ]
    inlines = [AccountInline, ContactEmailInline, ContactPhoneInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("emails")

    @admin.display(description=_("emails"))
    def emails_shown(self, person: Person) -> str:
        return ", ".join(contact.email for contact in person.emails.all())


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    list_display = ["number", "person", "association", "unit", "relation", "is_active"]
    list_filter = ["association", "relation", "is_active"]
    list_select_related = ["person", "association", "unit"]
    search_fields = [
        "number",
        "person__full_name",
        "person__emails__email",
        "person__phones__e164",
        "unit__label",
    ]
    autocomplete_fields = ["person", "association", "unit"]
    inlines = [HouseholdMemberInline]


@admin.register(ContactEmail)
class ContactEmailAdmin(admin.ModelAdmin):
    list_display = ["email", "person", "source", "created_at"]
    list_filter = ["source"]
    list_select_related = ["person"]
    search_fields = ["email", "person__full_name"]
    autocomplete_fields = ["person"]


@admin.register(ContactPhone)
class ContactPhoneAdmin(admin.ModelAdmin):
    list_display = ["e164", "label", "person"]
    list_select_related = ["person"]
    search_fields = ["e164", "person__full_name"]
    autocomplete_fields = ["person"]


@admin.register(HouseholdMember)
class HouseholdMemberAdmin(admin.ModelAdmin):
    list_display = ["name", "sex", "relation", "birth_year", "account"]
    list_filter = ["sex", "account__association"]
    list_select_related = ["account__person", "account__unit", "account__association"]
    search_fields = ["name", "account__number", "account__person__full_name"]
    autocomplete_fields = ["account"]
