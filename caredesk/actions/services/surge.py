"""The surge rule (R-05): when many urgent items wait, tell the CC leads and the CC manager.

A surge starts when the waiting urgent items reach the threshold and ends when they drop below
it. Each surge is alerted once, and never sooner than the cool-down after the last alert (a
surge that starts within the cool-down is alerted when the cool-down is over, if still on).
The state is a database row changed by conditional updates, so workers never alert twice.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext

from caredesk.actions.models import SurgeState
from caredesk.actions.selectors import waiting_urgent_count
from caredesk.actions.services.alerts import users_alert
from caredesk.core.clock import now
from caredesk.staff.selectors import users_holding_any_role

logger = logging.getLogger("caredesk.actions")

SURGE = "urgent-waiting"
SURGE_ROLES = ["cc-lead", "cc-manager"]
SURGE_LIST_URL = "/items/?waiting=urgent"


def _state() -> SurgeState:
    state = SurgeState.objects.filter(name=SURGE).first()
    if state is not None:
        return state
    try:
        with transaction.atomic():
            return SurgeState.objects.create(name=SURGE)
    except IntegrityError:  # another worker created it at the same moment
        return SurgeState.objects.get(name=SURGE)


@transaction.atomic
def surge_check(*, count: int | None = None) -> bool:
    """Start, end or alert the surge from the count of waiting urgent items; True if alerted."""
    if count is None:
        count = waiting_urgent_count()
    threshold = settings.CAREDESK_SURGE_THRESHOLD
    current = now()
    state = _state()
    rows = SurgeState.objects.filter(pk=state.pk)
    if count < threshold:
        rows.filter(is_surging=True).update(is_surging=False, ended_at=current)
        return False
    rows.filter(is_surging=False).update(
        is_surging=True, is_alerted=False, started_at=current, ended_at=None
    )
    cooled_down = current - datetime.timedelta(minutes=settings.CAREDESK_SURGE_COOLDOWN_MINUTES)
    claimed = rows.filter(
        Q(alerted_at__isnull=True) | Q(alerted_at__lte=cooled_down),
        is_surging=True,
        is_alerted=False,
    ).update(is_alerted=True, alerted_at=current, alerted_count=count)
    if not claimed:
        return False
    surge_alert(count=count, threshold=threshold)
    return True


def surge_alert(*, count: int, threshold: int) -> int:
    """Tell the CC leads and the CC manager, in the desk and by email, with a link to the list."""
    users = list(users_holding_any_role(role_codes=SURGE_ROLES))
    logger.warning("surge: %d urgent items waiting; alerting %d people", count, len(users))
    return users_alert(
        users=users,
        kind="surge",
        title=gettext("Surge: %(count)s urgent items waiting") % {"count": count},
        body=gettext(
            "%(count)s emergency or urgent items are waiting for a CSR (the surge threshold is "
            "%(threshold)s). Put more staff on email."
        )
        % {"count": count, "threshold": threshold},
        url=SURGE_LIST_URL,
    )


def surge_check_after_intake() -> None:
    """After an urgent item arrives: one COUNT, and the surge rule only if it may have begun."""
    try:
        count = waiting_urgent_count()
        if count >= settings.CAREDESK_SURGE_THRESHOLD:
            surge_check(count=count)
    except Exception:  # the periodic check tries again within a minute
        logger.exception("surge check after intake failed")
