"""The batch way (``intake.batch.mails_receive``) files mail exactly as one message at a time.

The same messages go through both ways, from the same starting point; everything a person or a
report could see afterwards is compared: items and their fields, which message went where,
history, triage, search text, raw message states and alerts.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from caredesk.actions.models import ActionItem, ItemEvent, ItemMessage, ItemSearch
from caredesk.core.clock import now
from caredesk.directory.importing import directory_import
from caredesk.intake.batch import mails_receive
from caredesk.intake.ingest import paths_ingest
from caredesk.intake.services import Outcome, message_receive
from caredesk.mailroom.models import Attachment, Message, RawMessage, ThreadKey
from caredesk.staff.models import Notification
from tests.conftest import require, shared_dir
from tests.mail import eml


def _tricky(desk) -> list[bytes]:
    """Cases the generated corpus may not hold, in an order that tests the batch's memory."""
    parent = eml(sender="Pat Lee <pat@example.com>", subject="Gate", message_id="p1@t")
    reply_first = eml(sender="Pat Lee <pat@example.com>", subject="Re: Gate", in_reply_to="p1@t")
    emergency = eml(
        sender="Pat Lee <pat@example.com>",
        subject="Water pouring through my ceiling",
        body="Water is pouring through the ceiling right now, please send someone!",
        message_id="e1@t",
    )
    return [
        reply_first,  # the reply comes before its parent: both land on one item
        parent,
        parent,  # the same message twice in one batch: one duplicate
        emergency,
        eml(sender="Pat Lee <pat@example.com>", subject="Re: again", references=["e1@t"]),
        eml(sender="stranger@example.com", subject="[#999999] not yours"),
        eml(sender="Pat Lee <pat@example.com>", subject="Re: closed one", in_reply_to="old@t"),
        b"",  # quarantined: not an email
        b"this is not an email at all",
        eml(
            sender="noreply@example.com",
            subject="Out of office",
            headers={"Auto-Submitted": "auto-replied"},
        ),
        eml(sender="王芳 <wang@example.com>", subject="楼上漏水", body="天花板在滴水。"),
    ]


def _start(desk, old: bytes) -> None:
    """The same starting point for both ways: one earlier item, closed."""
    result = message_receive(raw=old, account=desk.general)
    item = ActionItem.objects.get(pk=result.item_id)
    closing = item.action_type.steps.filter(is_closing=True).order_by("order").last()
    ActionItem.objects.filter(pk=item.pk).update(step=closing, is_open=False, closed_at=now())


def _clear() -> None:
    Notification.objects.all().delete()
    ItemEvent.objects.all().delete()
    ItemMessage.objects.all().delete()
    ItemSearch.objects.all().delete()
    ActionItem.objects.all().delete()
    ThreadKey.objects.all().delete()
    Message.objects.all().delete()
    RawMessage.objects.all().delete()


def _snapshot() -> dict:
    """Everything that should come out the same, with database ids replaced by content."""
    key_of = {}  # item pk -> the SHA-256 of its first message's bytes
    for link in ItemMessage.objects.select_related("message__raw").order_by("item_id", "id"):
        key_of.setdefault(link.item_id, link.message.raw.sha256)
    items = {}
    for item in ActionItem.objects.select_related("step").prefetch_related("candidates"):
        events = [
            (e.kind, e.from_step.code if e.from_step else "", e.to_step.code if e.to_step else "")
            + (e.note, repr(sorted(e.data.items())))
            for e in item.events.select_related("from_step", "to_step").order_by("id")
        ]
        items[key_of.get(item.pk, f"no message {item.subject}")] = {
            "fields": [
                getattr(item, name)
                for name in [
                    "subject",
                    "from_email",
                    "from_name",
                    "link",
                    "person_id",
                    "account_id",
                    "association_id",
                    "unit_id",
                    "urgency",
                    "is_leak_related",
                    "category",
                    "needs_callback",
                    "is_flagged",
                    "is_open",
                    "channel",
                    "language",
                    "version",
                    "has_new_reply",
                    "inbox_id",
                    "action_type_id",
                ]
            ],
            "step": item.step.code,
            "deadline": item.deadline_at is not None,
            "candidates": sorted(c.number for c in item.candidates.all()),
            "triage": {k: v for k, v in item.triage.items()},
            "events": events,
            "search": ItemSearch.objects.filter(pk=item.pk).values_list("text", flat=True).first(),
        }
    raws = sorted(
        RawMessage.objects.values_list("sha256", "status", "duplicate_count", "error", "size")
    )
    messages = sorted(
        (
            m.raw.sha256,
            m.is_automatic,
            key_of.get(getattr(m, "item_link", None) and m.item_link.item_id),
        )
        for m in Message.objects.select_related("raw", "item_link")
    )
    alerts = sorted(
        (n.user_id, n.kind, re.sub(r"#\d+", "#N", n.title), re.sub(r"\d+", "N", n.url))
        for n in Notification.objects.all()
    )
    return {"items": items, "raws": raws, "messages": messages, "alerts": alerts}


def _both_ways(desk, raws: list[bytes], batch: int) -> tuple[dict, dict]:
    old = eml(sender="Pat Lee <pat@example.com>", subject="Old", message_id="old@t")
    _start(desk, old)
    with transaction.atomic():
        for first in range(0, len(raws), batch):
            mails_receive(
                mails=[(raw, f"m{n}") for n, raw in enumerate(raws[first : first + batch])],
                account=desk.general,
            )
    batched = _snapshot()
    _clear()
    _start(desk, old)
    with transaction.atomic():
        for raw in raws:
            message_receive(raw=raw, account=desk.general, source="one")
    single = _snapshot()
    return batched, single


def test_tricky_messages_are_filed_the_same_either_way(desk):
    raws = _tricky(desk)
    batched, single = _both_ways(desk, raws, batch=len(raws))
    assert batched == single
    assert len(batched["items"]) >= 5 and batched["alerts"]  # the emergency alerted


def test_a_generated_corpus_is_filed_the_same_either_way(desk, tmp_path: Path, monkeypatch):
    from caredesk.actions.services import bulk

    monkeypatch.setattr(bulk, "TRIAGE_CHUNK", 7)  # triage in slices across each batch of 50
    gen = shared_dir() / "bench" / "gen_corpus.py"
    require(gen.is_file(), f"{gen} not found (../shared missing?)")
    subprocess.run(
        [sys.executable, str(gen), "--count", "240", "--seed", "5", "--out", str(tmp_path)]
        + ["--quiet"],
        check=True,
        timeout=120,
    )
    report = directory_import(rows=tmp_path / "addressbook.csv")
    assert report.created > 0
    raws = [path.read_bytes() for path in sorted((tmp_path / "eml").iterdir())]
    batched, single = _both_ways(desk, raws, batch=50)  # threads cross batch boundaries
    assert batched == single
    outcomes = {raw[1] for raw in batched["raws"]}
    assert outcomes == {RawMessage.Status.PROCESSED}
    assert sum(raw[2] for raw in batched["raws"]) > 0  # re-deliveries counted
    assert any(i["fields"][3] == ActionItem.Link.LINKED for i in batched["items"].values())


def test_ingest_files_a_folder_through_the_batch_and_reports_it(desk, tmp_path: Path):
    _start(desk, eml(sender="Pat Lee <pat@example.com>", subject="Old", message_id="old@t"))
    for n, raw in enumerate(_tricky(desk)):
        (tmp_path / f"{n:02}.eml").write_bytes(raw)
    report = paths_ingest(paths=[tmp_path], account=desk.general)
    assert report.received == 11
    assert report.duplicates == 1 and report.quarantined == 2 and report.automatic == 1
    assert report.threaded == 3  # reply+parent, the References reply, the closed one
    assert report.created == report.linked + report.orphans + report.ambiguous
    reopened = ActionItem.objects.get(subject="Old")
    assert reopened.is_open and reopened.events.filter(kind=ItemEvent.Kind.REOPENED).exists()


def test_a_failing_batch_is_filed_one_message_at_a_time(desk, monkeypatch):
    """Should the batch way break, nothing is half-written and every message is still filed."""
    from caredesk.intake import batch as batch_module

    def broken(*args, **kwargs):
        raise RuntimeError("simulated fault in the batch")

    monkeypatch.setattr(batch_module, "items_file_many", broken)
    raws = [eml(sender="Pat Lee <pat@example.com>", subject=f"Q{n}") for n in range(3)]
    results = mails_receive(mails=[(raw, "x") for raw in raws], account=desk.general)
    assert [r.outcome for r in results] == ["created"] * 3
    assert ActionItem.objects.filter(subject__startswith="Q").count() == 3
    assert RawMessage.objects.count() == 3


@pytest.mark.parametrize("batch", [1, 4])
def test_small_batches_match_too(desk, batch):
    raws = _tricky(desk)
    batched, single = _both_ways(desk, raws, batch=batch)
    assert batched == single


def test_a_batch_with_a_phone_message_from_the_receptionist_files_it_as_one(desk, settings):
    settings.CAREDESK_RECEPTIONIST_ADDRESSES = ["front@seaview.example"]
    pre = eml(
        sender="Rita Reception <front@seaview.example>",
        subject="PRE",
        body="Caller: Pat Lee\nPhone: (949) 555-0101\nCall back: yes\nMessage: Gate remote.\n",
    )
    raws = [eml(sender="Pat Lee <pat@example.com>", subject="Pool"), pre]
    results = mails_receive(mails=[(raw, "x") for raw in raws], account=desk.general)
    assert [r.outcome for r in results] == ["created", "created"]
    phone = ActionItem.objects.get(pk=results[1].item_id)
    assert phone.channel == ActionItem.Channel.PRE and phone.needs_callback
    assert ActionItem.objects.get(pk=results[0].item_id).channel == ActionItem.Channel.EMAIL


def test_a_batch_inserts_each_raw_message_with_its_final_status_and_never_rewrites_it(desk):
    """An UPDATE rewrites a whole row, raw bytes and all: the batch reads each new message
    before its row goes in, so the row is inserted processed or quarantined, once."""
    raws = _tricky(desk)
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        results = mails_receive(mails=[(raw, "test") for raw in raws], account=desk.general)
    rewrites = [
        q["sql"] for q in queries if re.match(r'\s*UPDATE\s+"mailroom_rawmessage"', q["sql"])
    ]
    assert rewrites == []
    statuses = dict(RawMessage.objects.values_list("pk", "status"))
    quarantined = [r for r in results if r.outcome == Outcome.QUARANTINED]
    assert len(quarantined) == 2
    for result in results:
        expected = "quarantined" if result in quarantined else "processed"
        assert statuses[result.raw_message_id] == expected
    assert all(
        RawMessage.objects.get(pk=r.raw_message_id).error.startswith("not a readable email")
        for r in quarantined
    )


_BULK_INSERT = re.compile(
    r'\s*INSERT (?:OR FAIL )?INTO "(mailroom_rawmessage|mailroom_message|actions_actionitem|'
    r'actions_itemevent)"'
)


@pytest.mark.django_db(transaction=True)
def test_ingest_writes_a_batch_with_no_savepoint_or_statement_journal(desk, tmp_path: Path):
    """A savepoint, or a statement that SQLite may have to undo alone, makes SQLite copy every
    page the batch changes to a temporary file (half of an ingest's writes, 12 % of its time at
    20,000 messages): a batch is one transaction, rolled back whole on an error."""
    for n, raw in enumerate(_tricky(desk)):
        (tmp_path / f"{n:02}.eml").write_bytes(raw)
    with CaptureQueriesContext(connection) as queries:
        report = paths_ingest(paths=[tmp_path], account=desk.general)
    assert report.created == 5 and report.threaded == 2
    depth, inserts = 0, []
    for query in queries:
        sql = query["sql"]
        if sql.startswith("SAVEPOINT"):
            depth += 1
        elif sql.startswith(("RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")):
            depth -= 1 if sql.startswith("RELEASE") else 0
        elif match := _BULK_INSERT.match(sql):
            inserts.append((match.group(1), depth, sql.split(" INTO ")[0]))
    assert {table for table, _, _ in inserts} == {
        "mailroom_rawmessage",
        "mailroom_message",
        "actions_actionitem",
        "actions_itemevent",
    }
    assert all(depth == 0 for _, depth, _ in inserts), inserts
    if connection.vendor == "sqlite":
        assert {verb for _, _, verb in inserts} == {"INSERT OR FAIL"}


@pytest.mark.django_db(transaction=True)
def test_a_failing_batch_in_its_own_transaction_is_rolled_back_and_filed_one_by_one(
    desk, tmp_path: Path, monkeypatch
):
    from caredesk.intake import batch as batch_module

    real = batch_module.items_file_many

    def breaks_after_writing(**kwargs):
        real(**kwargs)  # the items are in...
        raise RuntimeError("simulated fault at the end of the batch")  # ...and rolled back

    monkeypatch.setattr(batch_module, "items_file_many", breaks_after_writing)
    for n in range(3):
        (tmp_path / f"{n}.eml").write_bytes(
            eml(sender="Pat Lee <pat@example.com>", subject=f"Q{n}")
        )
    report = paths_ingest(paths=[tmp_path], account=desk.general)
    assert report.created == 3
    assert ActionItem.objects.filter(subject__startswith="Q").count() == 3
    assert RawMessage.objects.count() == Message.objects.count() == 3


def _with_files(subject: str, files: list[tuple[str, bytes, str]]) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Pat Lee <pat@example.com>"
    message["To"] = "care@example.com"
    message["Subject"] = subject
    message["Message-ID"] = f"<{subject.replace(' ', '-')}@example.com>"
    message.set_content("Photos attached.")
    for name, data, kind in files:
        maintype, subtype = kind.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def test_attachments_are_stored_the_same_either_way(desk, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.CAREDESK_MAX_ATTACHMENT_BYTES = 1000
    raws = [
        _with_files("leak photos", [("ceiling.jpg", b"\xff\xd8" + b"x" * 300, "image/jpeg")]),
        _with_files("two files", [("a.pdf", b"%PDF-1" * 10, "application/pdf")] * 2),
        _with_files("too big", [("video.mp4", b"\x00" * 5000, "video/mp4")]),
    ]

    def stored() -> list[tuple]:
        return sorted(
            (
                a.message.subject,
                a.filename,
                a.content_type,
                a.size,
                a.sha256,
                a.oversize,
                a.is_inline,
                a.file.read() if a.file else b"",
            )
            for a in Attachment.objects.select_related("message")
        )

    mails_receive(mails=[(raw, "x") for raw in raws], account=desk.general)
    batched = stored()
    _clear()
    assert not Attachment.objects.exists()
    for raw in raws:
        message_receive(raw=raw, account=desk.general, source="one")
    assert batched == stored()
    assert [(row[0], row[1], row[3], row[5]) for row in batched] == [
        ("leak photos", "ceiling.jpg", 302, False),
        ("too big", "video.mp4", 5000, True),  # over the limit: recorded without content
        ("two files", "a.pdf", 60, False),
        ("two files", "a1.pdf", 60, False),
    ]
    assert batched[1][-1] == b"" and batched[0][-1].startswith(b"\xff\xd8")


def test_the_same_file_is_kept_once_under_its_sha256_and_never_under_the_senders_name(
    desk, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    photo = b"\xff\xd8" + b"ceiling stain" * 40
    raws = [
        _with_files("stain", [("../../etc/cron.d/evil.jpg", photo, "image/jpeg")]),
        _with_files("Re: stain", [("stain.jpg", photo, "image/jpeg")]),
        _with_files("other", [("notes.txt", b"gate code 1234", "text/plain")]),
    ]
    mails_receive(mails=[(raw, "batch") for raw in raws[:2]], account=desk.general)
    message_receive(raw=raws[2], account=desk.general, source="alone")
    rows = list(Attachment.objects.order_by("pk"))
    assert [row.filename for row in rows] == ["evil.jpg", "stain.jpg", "notes.txt"]
    digest = rows[0].sha256
    assert rows[0].file.name == rows[1].file.name == f"attachments/{digest[:2]}/{digest}"
    assert rows[2].file.name == f"attachments/{rows[2].sha256[:2]}/{rows[2].sha256}"
    kept = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*.*"))
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert kept == [] and len(files) == 2  # no name from a sender on disk; the photo once
    assert rows[1].file.read() == photo


def test_garbage_is_collected_between_batches_not_after_the_last(desk, tmp_path, monkeypatch):
    from caredesk.intake import ingest

    for n in range(5):
        (tmp_path / f"{n}.eml").write_bytes(
            eml(subject=f"Gate {n}", message_id=f"g{n}@example.com")
        )
    collected = []
    monkeypatch.setattr(ingest, "BATCH", 2)
    monkeypatch.setattr(
        ingest, "bulk_batch_done", lambda: collected.append(ActionItem.objects.count())
    )
    report = paths_ingest(paths=[tmp_path], account=desk.general)
    assert report.received == report.created == 5
    assert collected == [2, 4]  # before the second and the third batch; the job ends after it
