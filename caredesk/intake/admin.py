"""The quarantine's retry action: intake (above the mailroom) processes raw messages again."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from caredesk.intake.services import Outcome, quarantined_retry
from caredesk.mailroom.admin import RawMessageAdmin
from caredesk.mailroom.models import RawMessage


class RawMessageRetryAdmin(RawMessageAdmin):
    actions = ["retry"]

    @admin.action(description=_("Process the selected messages again"))
    def retry(self, request: HttpRequest, queryset: QuerySet[RawMessage]) -> None:
        pending = queryset.filter(
            status__in=[RawMessage.Status.QUARANTINED, RawMessage.Status.RECEIVED]
        ).select_related("account__inbox")
        results = quarantined_retry(raw_messages=pending)
        still = sum(1 for result in results if result.outcome == Outcome.QUARANTINED)
        self.message_user(
            request,
            _("%(done)d processed, %(still)d still quarantined.")
            % {"done": len(results) - still, "still": still},
            messages.WARNING if still else messages.SUCCESS,
        )


admin.site.unregister(RawMessage)
admin.site.register(RawMessage, RawMessageRetryAdmin)
