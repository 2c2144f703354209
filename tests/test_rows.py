"""core.rows.rows_insert writes what bulk_create writes, and gives every object its key."""

from __future__ import annotations

import datetime
import gc
import weakref

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from caredesk.core.rows import rows_insert, rows_release, rows_update, values_table
from caredesk.mailroom.models import Inbox, MailAccount, Message, RawMessage, ThreadKey

pytestmark = pytest.mark.django_db

WHEN = datetime.datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=datetime.UTC)


def _raws(account: MailAccount, tag: str) -> list[RawMessage]:
    return [
        RawMessage(
            account=account,
            dedupe_key=f"{tag}-{n}",
            message_id=f"m{n}@example.com",
            sha256="ab" * 32,
            size=n,
            raw=b"Subject: \xe6\xbc\x8f\xe6\xb0\xb4\r\n\r\nbody \x00\xff",
            source=f"file-{n}.eml",
            received_at=WHEN + datetime.timedelta(seconds=n % 3),
            status=RawMessage.Status.PROCESSED if n % 2 else RawMessage.Status.RECEIVED,
        )
        for n in range(300)  # more rows than one statement holds
    ]


def _messages(raws: list[RawMessage]) -> list[Message]:
    return [
        Message(
            raw=raw,  # assigned before the raw message had its key
            message_id=raw.message_id,
            subject="漏水 leak" if n % 2 else "",
            from_email="a@example.com",
            to=[{"name": "Care", "email": "care@example.com"}],
            cc=[],
            sent_at=None if n % 5 == 0 else WHEN,
            text="text",
            is_automatic=bool(n % 7 == 0),
            priority=Message.Priority.HIGH if n % 4 == 0 else Message.Priority.NORMAL,
        )
        for n, raw in enumerate(raws)
    ]


def _rows(queryset, exclude: set[str]) -> list[dict]:
    return [
        {key: value for key, value in row.items() if key not in exclude}
        for row in queryset.order_by("pk").values()
    ]


def test_rows_insert_writes_what_bulk_create_writes():
    inbox = Inbox.objects.create(name="Rows", rank=9)
    account = MailAccount.objects.create(name="rows", kind=MailAccount.Kind.IMPORT, inbox=inbox)

    ours = _raws(account, "ours")
    rows_insert(ours)
    theirs = _raws(account, "theirs")
    RawMessage.objects.bulk_create(theirs)

    assert all(raw.pk is not None and not raw._state.adding for raw in ours)
    assert [raw.pk for raw in ours] == sorted(raw.pk for raw in ours)
    mine = _rows(RawMessage.objects.filter(dedupe_key__startswith="ours"), {"id", "dedupe_key"})
    other = _rows(RawMessage.objects.filter(dedupe_key__startswith="theirs"), {"id", "dedupe_key"})
    assert mine == other
    assert bytes(RawMessage.objects.get(pk=ours[1].pk).raw) == ours[1].raw
    assert RawMessage.objects.get(pk=ours[2].pk).received_at == WHEN + datetime.timedelta(seconds=2)

    our_messages, their_messages = _messages(ours), _messages(theirs)
    rows_insert(our_messages)
    Message.objects.bulk_create(their_messages)
    assert [m.raw_id for m in our_messages] == [raw.pk for raw in ours]
    exclude = {"id", "raw_id", "created_at"}
    mine = _rows(Message.objects.filter(raw__in=ours), exclude)
    other = _rows(Message.objects.filter(raw__in=theirs), exclude)
    assert mine == other
    assert Message.objects.get(pk=our_messages[1].pk).subject == "漏水 leak"

    keys = [ThreadKey(message=message, key=message.message_id) for message in our_messages]
    rows_insert(keys)
    assert ThreadKey.objects.filter(message__in=our_messages).count() == 300
    assert {key.pk for key in keys} == set(
        ThreadKey.objects.filter(message__in=our_messages).values_list("pk", flat=True)
    )


def test_rows_insert_stamps_auto_now_fields_with_one_moment_of_the_insert():
    from django.utils import timezone

    from caredesk.actions.models import ActionItem, ActionType
    from caredesk.core.rows import row_new

    inbox = Inbox.objects.create(name="Stamps", rank=9)
    action_type = ActionType.objects.order_by("pk").first()
    items = [
        row_new(
            ActionItem,
            action_type=action_type,
            step=action_type.first_step(),
            inbox=inbox,
            subject=f"s{n}",
            received_at=WHEN,
        )
        for n in range(3)
    ]
    before = timezone.now()
    rows_insert(items)
    after = timezone.now()
    stamps = {(item.created_at, item.updated_at) for item in items}
    assert len(stamps) == 1  # one moment for the whole insert, as the rows go in together
    created, updated = stamps.pop()
    assert before <= created == updated <= after
    stored = ActionItem.objects.filter(pk__in=[item.pk for item in items])
    assert set(stored.values_list("created_at", "updated_at")) == {(created, updated)}
    assert {item.received_at for item in stored} == {WHEN}  # a date-time not auto_now: kept


def test_rows_insert_of_nothing_does_nothing():
    rows_insert([])
    assert RawMessage.objects.count() == 0


def test_rows_insert_refuses_an_unsaved_related_object_as_save_does():
    inbox = Inbox.objects.create(name="Rows", rank=9)
    account = MailAccount.objects.create(name="rows", kind=MailAccount.Kind.IMPORT, inbox=inbox)
    unsaved = _raws(account, "unsaved")[:2]
    with pytest.raises(ValueError, match="unsaved related object 'raw'"):
        rows_insert(_messages(unsaved))
    with pytest.raises(ValueError, match="unsaved related object 'raw'"):
        Message.objects.bulk_create(_messages(unsaved))
    assert Message.objects.count() == 0


def test_rows_insert_keeps_a_related_object_saved_since_it_was_assigned():
    inbox = Inbox.objects.create(name="Rows", rank=9)
    account = MailAccount.objects.create(name="rows", kind=MailAccount.Kind.IMPORT, inbox=inbox)
    raws = _raws(account, "later")[:3]
    messages = _messages(raws)  # assigned while the raw messages had no key
    rows_insert(raws)
    rows_insert(messages)
    for message, raw in zip(messages, raws, strict=True):
        assert message.raw_id == raw.pk
        assert message.raw is raw, "the object assigned stays cached, as bulk_create keeps it"


def test_rows_insert_takes_a_key_changed_after_assignment_as_save_does():
    inbox = Inbox.objects.create(name="Rows", rank=9)
    account = MailAccount.objects.create(name="rows", kind=MailAccount.Kind.IMPORT, inbox=inbox)
    first, second = _raws(account, "moved")[:2]
    rows_insert([first, second])
    message = _messages([first])[0]
    message.raw_id = second.pk  # the key set by hand wins; the cached object is dropped
    rows_insert([message])
    stored = Message.objects.get(pk=message.pk)
    assert stored.raw_id == second.pk
    assert message.raw == second


def _fields(obj) -> dict:
    return {key: value for key, value in vars(obj).items() if key != "_state"}


def test_row_new_makes_what_the_model_makes():
    from caredesk.actions.models import ActionItem, ItemEvent
    from caredesk.core.rows import row_new

    inbox = Inbox.objects.create(name="Rows", rank=9)
    values = {
        "inbox": inbox,
        "subject": "漏水",
        "from_email": "a@example.com",
        "link": ActionItem.Link.ORPHAN,
        "person": None,
        "received_at": WHEN,
        "last_message_at": WHEN,
    }
    ours, theirs = row_new(ActionItem, **values), ActionItem(**values)
    assert _fields(ours) == _fields(theirs)
    assert ours._state.adding and ours._state.db == theirs._state.db == "default"
    assert ours.inbox is inbox and ours.inbox_id == inbox.pk
    assert ours.person is None
    assert ours._state.fields_cache.keys() == theirs._state.fields_cache.keys()

    # a callable default is called for each object: no two share one dict
    first, second = row_new(ItemEvent, kind="created"), row_new(ItemEvent, kind="created")
    assert first.data == {} and first.data is not second.data
    assert _fields(first) == _fields(ItemEvent(kind="created"))

    # a one-to-one relation is cached both ways, as its descriptor caches it
    account = MailAccount.objects.create(name="rows", kind=MailAccount.Kind.IMPORT, inbox=inbox)
    raw, other = _raws(account, "one")[:2]
    rows_insert([raw, other])
    message = row_new(Message, raw=raw, subject="s", to=[], cc=[])
    theirs = Message(raw=other, subject="s", to=[], cc=[])
    assert {**_fields(message), "raw_id": other.pk} == _fields(theirs)
    assert message.raw_id == raw.pk and message.raw is raw and raw.message is message
    assert message._state.fields_cache.keys() == theirs._state.fields_cache.keys()
    assert raw._state.fields_cache.keys() == other._state.fields_cache.keys()
    assert message._state.db == theirs._state.db == "default"


def test_row_new_refuses_what_the_model_refuses():
    from caredesk.actions.models import ActionItem
    from caredesk.core.rows import row_new

    with pytest.raises(TypeError, match="unexpected keyword"):
        row_new(ActionItem, no_such_field=1)
    with pytest.raises(ValueError, match="must be a"):
        row_new(ActionItem, inbox=MailAccount(name="not an inbox"))


def test_row_new_takes_the_usual_way_when_a_relation_is_given_twice_or_a_receiver_listens():
    from django.db.models import signals

    from caredesk.actions.models import ActionItem
    from caredesk.core.rows import row_new

    inbox = Inbox.objects.create(name="Rows", rank=9)
    other = Inbox.objects.create(name="Other", rank=10)
    for values in ({"inbox": inbox, "inbox_id": other.pk}, {"inbox_id": other.pk, "inbox": inbox}):
        ours, theirs = row_new(ActionItem, **values), ActionItem(**values)
        assert ours.inbox_id == theirs.inbox_id
        assert ours.inbox == theirs.inbox

    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance)

    row_new(ThreadKey, message_id=1, key="before")  # the model's plan is made and kept
    signals.post_init.connect(receiver, sender=ThreadKey)
    try:
        key = row_new(ThreadKey, message_id=1, key="after")
    finally:
        signals.post_init.disconnect(receiver, sender=ThreadKey)
    assert seen == [key], "a receiver connected later still hears of new objects"


def _account() -> MailAccount:
    inbox = Inbox.objects.create(name="Rows", rank=9)
    return MailAccount.objects.create(name="rows", kind=MailAccount.Kind.IMPORT, inbox=inbox)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("bad", [5, 250])  # in the first statement, and in a later one
def test_rows_insert_in_autocommit_puts_in_all_the_rows_or_none(bad):
    account = _account()
    raws = _raws(account, "all")
    raws[bad].dedupe_key = raws[0].dedupe_key  # unique: the row fails
    with pytest.raises(IntegrityError):
        rows_insert(raws)
    assert RawMessage.objects.count() == 0
    assert not connection.in_atomic_block
    rows_insert(_raws(account, "after"))  # the connection goes on
    assert RawMessage.objects.count() == 300


@pytest.mark.django_db(transaction=True)
def test_rows_insert_that_fails_inside_a_transaction_leaves_it_to_roll_back():
    account = _account()
    raws = _raws(account, "inner")
    raws[5].dedupe_key = raws[0].dedupe_key
    with pytest.raises(IntegrityError), transaction.atomic():
        _raws(account, "first")[0].save()
        with CaptureQueriesContext(connection) as queries:
            rows_insert(raws)
    assert RawMessage.objects.count() == 0  # the rows before the bad one too
    sql = [query["sql"] for query in queries]
    assert not [s for s in sql if "SAVEPOINT" in s]
    if connection.vendor == "sqlite":  # no statement journal to undo a statement alone
        assert sql and all(s.startswith('INSERT OR FAIL INTO "mailroom_rawmessage"') for s in sql)


def test_values_table_selects_what_a_list_selects():
    inbox = Inbox.objects.create(name="Rows", rank=9)
    account = MailAccount.objects.create(name="rows", kind=MailAccount.Kind.IMPORT, inbox=inbox)
    raws = _raws(account, "vt")
    rows_insert(raws)
    ids = ["m1@example.com", "m7@example.com", "nobody@example.com", "引号'\"@例子.cn"]
    for wanted in (ids, ids[:1], []):
        by_list = set(RawMessage.objects.filter(message_id__in=wanted).values_list("pk", flat=True))
        by_table = set(
            RawMessage.objects.filter(message_id__in=values_table(wanted)).values_list(
                "pk", flat=True
            )
        )
        assert by_table == by_list
    assert len(by_list) == 0
    keys = [raw.pk for raw in raws[:5]] + [10**12]
    found = RawMessage.objects.filter(pk__in=values_table(keys, of=int)).values_list(
        "pk", flat=True
    )
    assert sorted(found) == keys[:5]
    assert not RawMessage.objects.filter(pk__in=values_table([], of=int)).exists()
    with CaptureQueriesContext(connection) as queries:
        list(RawMessage.objects.filter(message_id__in=values_table(ids)))
    assert len(queries.captured_queries) == 1


def test_rows_release_leaves_a_batch_with_no_cycles_for_the_collector():
    account = _account()
    raws = _raws(account, "release")[:3]
    rows_insert(raws)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()  # what refcounting alone frees, as in a bulk job between its collections
    try:
        kept, released = _messages(raws[:1])[0], _messages(raws[1:2])[0]
        assert kept.raw.message is kept  # a one-to-one, cached both ways: a cycle
        kept_ref, released_ref = weakref.ref(kept), weakref.ref(released)
        rows_release([raws[1], released])
        del kept, released
        raws.clear()
        assert kept_ref() is not None  # only the collector finds it
        assert released_ref() is None  # gone with its last reference
    finally:
        if was_enabled:
            gc.enable()
    gc.collect()
    assert kept_ref() is None


def test_rows_release_keeps_the_fields_and_fetches_a_relation_again():
    raw = _raws(_account(), "again")[:1]
    rows_insert(raw)
    message = _messages(raw)[0]
    rows_insert([message])
    rows_release([message])
    assert message.raw_id == raw[0].pk
    assert message.raw == raw[0]  # read from the database, as after a fresh query


def test_rows_update_saves_the_fields_as_save_does_and_the_last_of_a_row_listed_twice():
    account = _account()
    raws = _raws(account, "up")
    rows_insert(raws)
    changed = raws[:3] + raws[200:]
    for n, raw in enumerate(changed):
        raw.status, raw.error = RawMessage.Status.QUARANTINED, f"reason {n} 漏水 '\""
        raw.size = -1  # not among the fields: not saved
    again = RawMessage.objects.get(pk=raws[201].pk)  # the same row, listed again later
    again.error = "the last word"
    with CaptureQueriesContext(connection) as queries:
        rows_update([*changed, again], ["status", "error"])

    saved = {
        pk: (status, error, size)
        for pk, status, error, size in RawMessage.objects.values_list(
            "pk", "status", "error", "size"
        )
    }
    assert saved[raws[201].pk] == (RawMessage.Status.PROCESSED, "the last word", 201)
    for n, raw in enumerate(changed):
        if raw is not raws[201]:
            wanted = (RawMessage.Status.QUARANTINED, f"reason {n} 漏水 '\"", raws.index(raw))
            assert saved[raw.pk] == wanted
    for n in range(3, 200):  # the rows not listed stay as they were
        assert saved[raws[n].pk][1:] == ("", n)
    if (
        connection.vendor == "sqlite"
    ):  # one statement for up to 330 rows of 2 fields, not one per row
        assert len(queries) == 1
        assert all(q["sql"].startswith('UPDATE OR FAIL "mailroom_rawmessage"') for q in queries)


def test_rows_update_of_more_rows_than_one_statement_holds_saves_them_all():
    account = _account()
    raws = _raws(account, "many")
    rows_insert(raws)
    for raw in raws:
        raw.source, raw.error, raw.message_id = f"moved/{raw.pk}", "checked", f"<{raw.pk}@up>"
    with CaptureQueriesContext(connection) as queries:
        rows_update(raws, ["source", "error", "message_id", "status"])
    assert sorted(RawMessage.objects.values_list("pk", "source", "error", "message_id")) == sorted(
        (raw.pk, f"moved/{raw.pk}", "checked", f"<{raw.pk}@up>") for raw in raws
    )
    if connection.vendor == "sqlite":  # 198 rows of 5 values each per statement
        assert len(queries) == 2
    rows_update([], ["error"])  # nothing to do
