"""The admin's outbox: the messages the desk sent, with their delivery state.

With the embedded default (file backend) this is where staff see what went out. It is the
Message changelist restricted to direction OUTBOUND, mounted at ``<admin>/mailroom/outbox/``
by ``register(site)``. A proxy model would need a migration, and Message may be registered on
the site with its own admin already, so the outbox is an unregistered ModelAdmin whose
changelist view is added to the site's URLs. Rows are read-only and link nowhere.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver, path
from django.utils.translation import gettext_lazy as _

from caredesk.mailroom.models import Message


class OutboxAdmin(admin.ModelAdmin):
    """Outbound messages: subject, recipients, when they were sent, and why not."""

    list_display = ["subject", "recipients", "from_email", "created_at", "sent_at", "error"]
    list_display_links = None
    list_filter = ["is_automatic"]
    list_select_related = ["raw"]
    search_fields = ["subject", "message_id", "from_email"]
    ordering = ["-created_at"]
    actions = None

    def get_queryset(self, request: HttpRequest) -> QuerySet[Message]:
        return super().get_queryset(request).filter(direction=Message.Direction.OUTBOUND)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description=_("to"))
    def recipients(self, message: Message) -> str:
        return ", ".join([*message.to, *message.cc])

    @admin.display(description=_("error"))
    def error(self, message: Message) -> str:
        return message.raw.error

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        context = {"title": _("Outbox: messages sent"), **(extra_context or {})}
        return super().changelist_view(request, extra_context=context)


def register(site: admin.AdminSite) -> None:
    """Add the outbox page to an admin site at ``mailroom/outbox/`` (name ``mailroom_outbox``).

    Call once, from mailroom/admin.py: ``admin_outbox.register(admin.site)``. The site must
    have at least one mailroom model registered (the page's breadcrumbs link to the app).
    """
    outbox = OutboxAdmin(Message, site)
    site_urls = site.get_urls

    def get_urls() -> list[URLPattern | URLResolver]:
        page = path(
            "mailroom/outbox/", site.admin_view(outbox.changelist_view), name="mailroom_outbox"
        )
        return [page, *site_urls()]

    site.get_urls = get_urls  # type: ignore[method-assign]
