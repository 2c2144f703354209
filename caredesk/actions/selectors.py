"""Reads of action items."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import connection
from django.db.models import Case, Count, IntegerField, Min, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL

from caredesk.actions.models import ActionItem, ItemEvent, ItemMessage
from caredesk.core.clock import now
from caredesk.core.rows import values_table
from caredesk.core.text import simplified
from caredesk.directory.selectors import person_id_for_user
from caredesk.mailroom.models import Inbox
from caredesk.staff.selectors import user_has_role, user_is_lead, user_role_scopes


def inbox_summaries() -> list[Inbox]:
    """Inboxes in rank order with their open, waiting, emergency and orphan counts.

    Waiting means open and nobody working it (no claim, or a claim that ran out). One grouped
    query over the open items (an index), not a join of every item ever received.
    """
    free = claim_free_q(moment=now())
    counts = {
        row["inbox_id"]: row
        for row in ActionItem.objects.filter(is_open=True)
        .values("inbox_id")
        .annotate(
            # Counting inbox_id (never null), not id: every column read is in the open-items
            # index (item_open_inbox_idx), so PostgreSQL answers from the index alone.
            open_count=Count("inbox"),
            waiting_count=Count("inbox", filter=free),
            emergency_count=Count("inbox", filter=Q(urgency=ActionItem.Urgency.EMERGENCY)),
            orphan_count=Count(
                "inbox", filter=Q(link__in=[ActionItem.Link.ORPHAN, ActionItem.Link.AMBIGUOUS])
            ),
            oldest_received_at=Min("received_at", filter=free),
        )
        .order_by()
    }
    inboxes = list(Inbox.objects.filter(is_active=True).order_by("rank", "name"))
    for inbox in inboxes:
        row = counts.get(inbox.pk, {})
        for name in ("open_count", "waiting_count", "emergency_count", "orphan_count"):
            setattr(inbox, name, row.get(name, 0))
        inbox.oldest_received_at = row.get("oldest_received_at")
    return inboxes


def callbacks_due(*, user: AbstractUser, limit: int = 10) -> QuerySet[ActionItem]:
    """Open items of the user's queue that need a call back, the soonest due first."""
    return (
        queue_for_user(user=user)
        .filter(needs_callback=True)
        .select_related("person")
        .order_by("due_at", "received_at")[:limit]
    )


URGENCY_RANK = {"low": 0, "normal": 1, "urgent": 2, "emergency": 3}


def urgency_rank() -> Case:
    """Urgency as a number to sort by (emergency 3 … low 0); the stored text sorts wrongly."""
    return Case(
        *(When(urgency=urgency, then=Value(rank)) for urgency, rank in URGENCY_RANK.items()),
        default=Value(1),
        output_field=IntegerField(),
    )


def item_get(*, number: int) -> ActionItem | None:
    return ActionItem.objects.filter(pk=number).first()


def item_for_thread_keys(
    *, keys: list[str], exclude_message_id: int | None = None
) -> ActionItem | None:
    """The oldest item holding a message that carries or points to one of these Message-IDs."""
    if not keys:
        return None
    item_id = (
        ItemMessage.objects.filter(message__thread_keys__key__in=keys)
        .exclude(message_id=exclude_message_id)
        .order_by("item_id")
        .values_list("item_id", flat=True)
        .first()
    )
    if item_id is None:
        return None
    return ActionItem.objects.select_related("step").get(pk=item_id)


def item_for_token(*, number: int) -> ActionItem | None:
    return ActionItem.objects.select_related("step", "action_type").filter(pk=number).first()


def item_addresses(*, item: ActionItem) -> set[str]:
    """Addresses that may write into an item: its sender, its homeowner's, its conversation's."""
    addresses = {item.from_email} if item.from_email else set()
    if item.person_id:
        addresses.update(item.person.emails.values_list("email", flat=True))
    addresses.update(
        item.item_messages.filter(message__direction="in").values_list(
            "message__from_email", flat=True
        )
    )
    return addresses


# --- who may see and move what (R-16, R-39) ----------------------------------------------------


def _role_scope_q(*, user: AbstractUser, role_field: str) -> Q | None:
    """Items whose `role_field` is a role the user holds for the item's association (or all)."""
    where = None
    for role_id, association_id in user_role_scopes(user=user):
        clause = Q(**{role_field: role_id})
        if association_id is not None:
            clause &= Q(association_id=association_id)
        where = clause if where is None else where | clause
    return where


def items_visible_to(*, user: AbstractUser) -> QuerySet[ActionItem]:
    """The items a user may read.

    Staff who hold any role for all associations (the Community Care desk), and superusers,
    see every item; other staff see the items of the associations where they hold a role,
    and whatever is routed to them. A homeowner sees only their own items, never Void ones.
    """
    items = ActionItem.objects.all()
    if not user.is_authenticated or not user.is_active:
        return items.none()
    if user.is_staff:
        if user.is_superuser:
            return items
        scopes = user_role_scopes(user=user)
        if any(association_id is None for _, association_id in scopes):
            return items
        where = Q(association_id__in=[a for _, a in scopes if a is not None])
        routed = _role_scope_q(user=user, role_field="step__send_to_role")
        return items.filter(where | routed if routed is not None else where)
    person_id = person_id_for_user(user=user)
    if person_id is None:
        return items.none()
    return items.filter(
        Q(person_id=person_id) | Q(account__person_id=person_id),
        step__hides_from_portal=False,
    )


def my_action_items(*, user: AbstractUser) -> QuerySet[ActionItem]:
    """Open items whose current step is sent to a role the user holds there (R-16)."""
    where = _role_scope_q(user=user, role_field="step__send_to_role")
    if where is None:
        return ActionItem.objects.none()
    return ActionItem.objects.filter(where, is_open=True)


def user_may_step(*, user: AbstractUser, item: ActionItem) -> bool:
    """Holds the current step's role for the item's association, or leads the desk.

    A closed step has no Send To role: whoever holds the role of the step it would reopen at
    (or the closing step's Reply To role) may move it on.
    """
    if not user.is_authenticated or not user.is_active or not user.is_staff:
        return False
    if user_is_lead(user=user, association=item.association):
        return True
    step = item.step
    roles = [step.send_to_role]
    if step.send_to_role_id is None:
        roles = [step.reply_to_role, step.reopen_step.send_to_role if step.reopen_step else None]
    return any(
        role is not None
        and user_has_role(user=user, role_code=role.code, association=item.association)
        for role in roles
    )


# --- the work queue (R-03, R-04) ----------------------------------------------------------------


def claim_free_q(*, moment: datetime.datetime) -> Q:
    """Nobody holds the item: never claimed, or the claim ran out (an assignment never does)."""
    return Q(claimed_by__isnull=True) | Q(claimed_until__lt=moment)


def claim_held_q(*, user: AbstractUser, moment: datetime.datetime) -> Q:
    """The user holds the item: claimed and not run out, or assigned to them by a lead."""
    return Q(claimed_by=user) & (Q(claimed_until__isnull=True) | Q(claimed_until__gte=moment))


def queue_order() -> list:
    """Emergencies first, then inbox rank, then oldest received (R-03, R-04)."""
    emergency_first = Case(
        When(urgency=ActionItem.Urgency.EMERGENCY, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return [emergency_first, "inbox__rank", "received_at", "pk"]


def queue_for_user(
    *, user: AbstractUser, moment: datetime.datetime | None = None
) -> QuerySet[ActionItem]:
    """Open, due items at steps sent to a role the user holds there, in the order of work.

    Due means not waiting for a timer (``due_at``, e.g. the next call-back attempt).
    """
    where = _role_scope_q(user=user, role_field="step__send_to_role")
    if where is None:
        return ActionItem.objects.none()
    moment = moment or now()
    return (
        ActionItem.objects.filter(where, is_open=True)
        .filter(Q(due_at__isnull=True) | Q(due_at__lte=moment))
        .select_related("step", "inbox")
        .order_by(*queue_order())
    )


def queue_waiting_count(*, user: AbstractUser) -> int:
    """How many items of the user's queue are due and free."""
    moment = now()
    return queue_for_user(user=user, moment=moment).filter(claim_free_q(moment=moment)).count()


def item_holder(*, item: ActionItem) -> AbstractUser | None:
    """Who is working the item now (a live claim or a lead's assignment), if anyone."""
    if item.claimed_by_id is None:
        return None
    if item.claimed_until is not None and item.claimed_until < now():
        return None
    return item.claimed_by


def is_queue_step(*, item: ActionItem) -> bool:
    """The item waits in the Community Care queue (its step is sent to the queue role)."""
    role = item.step.send_to_role
    return item.is_open and role is not None and role.code == settings.CAREDESK_QUEUE_ROLE


def user_may_work(*, user: AbstractUser, item: ActionItem) -> tuple[bool, str]:
    """Whether the user may act on the item now, and why not.

    Anyone may read an item they can see; acting on it needs the step's role (or a lead), and
    nobody else working it. In the queue there is no skipping around: a person works the item
    "Next item" gave them, or one a lead assigned to them (R-03).
    """
    if not user_may_step(user=user, item=item):
        return False, "role"
    if user_is_lead(user=user, association=item.association):
        return True, ""
    holder = item_holder(item=item)
    if holder is not None and holder.pk != user.pk:
        return False, "held"
    if holder is None and is_queue_step(item=item):
        return False, "queue"
    return True, ""


# --- full-text search ----------------------------------------------------------------------------

SEARCH_TERMS_MAX = 8


def items_matching(*, items: QuerySet[ActionItem], query: str) -> QuerySet[ActionItem]:
    """Items whose subject, messages or notes hold every word of the query (any language).

    "#123" or "123" also finds item 123. Words of three characters or more use the index
    (SQLite FTS5 trigram, PostgreSQL pg_trgm); shorter words — e.g. a two-character Chinese
    word such as 漏水 — are matched by a scan of the search text, still correct. Traditional
    Chinese characters are searched as simplified ones, as the search text keeps them.
    """
    terms = simplified(query).split()[:SEARCH_TERMS_MAX]
    if not terms:
        return items
    number = terms[0].lstrip("#")
    by_number = Q(pk=int(number)) if len(terms) == 1 and number.isdigit() else Q(pk__in=[])
    return items.filter(by_number | Q(pk__in=_matching_ids(terms)))


SEARCH_IDS_MAX = 2000


def _matching_ids(terms: list[str]) -> RawSQL:
    """The matching ids themselves when there are few, else the subquery.

    Few ids (a rare word) let the database read just those rows; with many (a common word)
    walking the items newest first finds a page of matches at once. Asking first keeps the
    planner from guessing wrong either way.
    """
    match = _terms_match(terms)
    with connection.cursor() as cursor:
        cursor.execute(f"{match.sql} LIMIT {SEARCH_IDS_MAX + 1}", match.params)
        ids = [row[0] for row in cursor.fetchall()]
    if len(ids) > SEARCH_IDS_MAX:
        return match
    return values_table(ids, of=int)  # one bound value, not thousands of placeholders


_FTS_MATCH = "SELECT rowid FROM actions_itemsearch_fts WHERE actions_itemsearch_fts MATCH %s"


def _terms_match(terms: list[str]) -> RawSQL:
    """The ids of items whose search text holds every term, as one subquery.

    All terms go to the index together (one FTS5 MATCH of quoted phrases on SQLite; one bitmap
    of every ILIKE on PostgreSQL's trigram index), so a common word doesn't make the database
    collect, then intersect, tens of thousands of ids. Terms are always bound values.
    """
    likes = [
        "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for term in terms
    ]
    if connection.vendor == "postgresql":
        # ILIKE only where case matters: case-folding Chinese text costs a scan five times more.
        where = " AND ".join(
            "text ILIKE %s ESCAPE '\\'"
            if term.lower() != term.upper()
            else "text LIKE %s ESCAPE '\\'"
            for term in terms
        )
        sql = f"SELECT item_id FROM actions_itemsearch WHERE {where}"  # noqa: S608 - fixed text
        return RawSQL(sql, likes)  # noqa: S611
    indexed = [term for term in terms if len(term) >= 3]  # FTS5 trigrams need three characters
    short = [like for term, like in zip(terms, likes, strict=True) if len(term) < 3]
    if not indexed:
        where = " AND ".join(["text LIKE %s ESCAPE '\\'"] * len(short))
        sql = f"SELECT item_id FROM actions_itemsearch WHERE {where}"  # noqa: S608 - fixed text
        return RawSQL(sql, short)  # noqa: S611
    phrases = " ".join('"' + term.replace('"', '""') + '"' for term in indexed)
    if not short:
        return RawSQL(_FTS_MATCH, [phrases])  # noqa: S611
    where = " AND ".join(["text LIKE %s ESCAPE '\\'"] * len(short))
    sql = f"SELECT item_id FROM actions_itemsearch WHERE item_id IN ({_FTS_MATCH}) AND {where}"  # noqa: S608
    return RawSQL(sql, [phrases, *short])  # noqa: S611


# --- what the item page shows ---------------------------------------------------------------------


def item_conversation(*, item: ActionItem) -> QuerySet[ItemMessage]:
    """The item's messages, oldest first, with their attachments (one query each)."""
    return (
        ItemMessage.objects.filter(item=item)
        .select_related("message")
        .prefetch_related("message__attachments")
        .order_by("added_at", "id")
    )


def item_history(*, item: ActionItem) -> QuerySet[ItemEvent]:
    return item.events.select_related("actor", "from_step", "to_step").order_by("-at", "-id")


def item_next_steps(*, item: ActionItem) -> list:
    """The steps the item may move to from where it is (its step's allowed moves, else all)."""
    allowed = list(item.step.next_steps.select_related("send_to_role").order_by("order"))
    if allowed:
        return allowed
    return list(
        item.action_type.steps.exclude(pk=item.step_id)
        .select_related("send_to_role")
        .order_by("order")
    )


def person_open_items(*, item: ActionItem, limit: int = 10) -> QuerySet[ActionItem]:
    """The homeowner's other open items."""
    if item.person_id is None:
        return ActionItem.objects.none()
    return (
        ActionItem.objects.filter(person_id=item.person_id, is_open=True)
        .exclude(pk=item.pk)
        .select_related("step")
        .order_by("-received_at")[:limit]
    )


# Surge rule and phone presence

URGENT_LEVELS = [ActionItem.Urgency.EMERGENCY, ActionItem.Urgency.URGENT]


def items_waiting_urgent() -> QuerySet[ActionItem]:
    """Open emergency and urgent items nobody is working (never claimed, or the claim ran out)."""
    return ActionItem.objects.filter(
        claim_free_q(moment=now()), is_open=True, urgency__in=URGENT_LEVELS
    )


def waiting_urgent_count() -> int:
    """How many urgent items wait (one COUNT query)."""
    return items_waiting_urgent().count()


def items_priority_held(*, users: list[AbstractUser] | None = None) -> QuerySet[ActionItem]:
    """Open flagged, emergency or urgent items claimed by these users (or anyone) right now."""
    items = ActionItem.objects.filter(
        Q(is_flagged=True) | Q(urgency__in=URGENT_LEVELS), is_open=True, claimed_by__isnull=False
    ).exclude(claim_free_q(moment=now()))
    if users is not None:
        items = items.filter(claimed_by__in=users)
    return items.order_by("received_at", "pk")


def items_priority_held_by(*, user: AbstractUser) -> list[ActionItem]:
    """The flagged priority items this user holds: while they do, the phones are not for them."""
    return list(items_priority_held(users=[user]))
