"""The work queue: "Next item" hands a person the first due item nobody else is working (R-03).

Order: emergencies first, then inbox rank (CC Priority, CC General, Work Order Updates — R-04),
then oldest received. A claim is taken with a conditional UPDATE (only if still free), so two
people pressing "Next item" at once never get the same item: on PostgreSQL the candidates are
read with ``FOR UPDATE SKIP LOCKED``; SQLite has one writer at a time already. A claim expires
after ``CAREDESK_CLAIM_MINUTES`` if the item is abandoned; a lead's assignment does not expire.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import connection, transaction
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem, ItemEvent
from caredesk.actions.selectors import claim_free_q, claim_held_q, queue_for_user
from caredesk.actions.services.history import event_record
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.staff.selectors import user_is_lead


def _claim_until(moment: datetime.datetime) -> datetime.datetime:
    return moment + datetime.timedelta(minutes=settings.CAREDESK_CLAIM_MINUTES)


@transaction.atomic
def queue_next(*, user: AbstractUser) -> ActionItem | None:
    """The item the user should work now, claimed for them; None when nothing is due.

    Someone still holding an item of their queue gets that same item back (no skipping): it
    leaves them when they move it on, a lead reassigns it, or they return it to the queue.
    """
    moment = now()
    queue = queue_for_user(user=user, moment=moment)
    held = queue.filter(claim_held_q(user=user, moment=moment)).first()
    if held is not None:
        if held.claimed_until is not None:
            ActionItem.objects.filter(pk=held.pk).update(claimed_until=_claim_until(moment))
        held.refresh_from_db()
        return held
    candidates = queue.filter(claim_free_q(moment=moment))
    if connection.features.has_select_for_update_skip_locked:
        # Lock one row at a time: the others stay free for the people pressing at once.
        candidates = candidates.select_for_update(skip_locked=True, of=("self",))
    for _attempt in range(5):
        item_id = candidates.values_list("pk", flat=True).first()
        if item_id is None:
            return None
        taken = ActionItem.objects.filter(
            claim_free_q(moment=moment), pk=item_id, is_open=True
        ).update(claimed_by=user, claimed_until=_claim_until(moment))
        if taken:
            item = ActionItem.objects.select_related("step", "inbox").get(pk=item_id)
            event_record(item=item, kind=ItemEvent.Kind.CLAIMED, actor=user, at=moment)
            return item
    return None


@transaction.atomic
def queue_release(*, item: ActionItem, actor: AbstractUser, note: str = "") -> ActionItem:
    """Give an item back to the queue (its holder, or a lead)."""
    moment = now()
    if item.claimed_by_id is None:
        return item
    if item.claimed_by_id != actor.pk and not user_is_lead(
        user=actor, association=item.association
    ):
        raise ApplicationError(_("Only the person working an item, or a lead, may return it."))
    ActionItem.objects.filter(pk=item.pk).update(claimed_by=None, claimed_until=None)
    event_record(item=item, kind=ItemEvent.Kind.RELEASED, actor=actor, note=note.strip(), at=moment)
    item.refresh_from_db()
    return item


@transaction.atomic
def queue_assign(
    *, item: ActionItem, to_user: AbstractUser, actor: AbstractUser, note: str = ""
) -> ActionItem:
    """A lead gives an item to one person, out of the queue's order; the claim does not expire."""
    if not user_is_lead(user=actor, association=item.association):
        raise ApplicationError(_("Only a lead may assign an item to someone."))
    if not (to_user.is_active and to_user.is_staff):
        raise ApplicationError(_("%(user)s is not an active staff user.") % {"user": to_user})
    ActionItem.objects.filter(pk=item.pk).update(claimed_by=to_user, claimed_until=None)
    event_record(
        item=item,
        kind=ItemEvent.Kind.ASSIGNED,
        actor=actor,
        note=note.strip(),
        data={"to": to_user.get_username()},
    )
    item.refresh_from_db()
    return item
