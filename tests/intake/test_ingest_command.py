"""`caredesk ingest`: files, folders, Maildir and mbox; bad files reported, the rest goes on."""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from caredesk.mailroom.models import RawMessage
from caredesk.mailroom.transports.files import mbox_split
from tests.mail import eml, homeowner

pytestmark = pytest.mark.django_db


def run_ingest(*args: str, capsys) -> dict[str, int]:
    call_command("ingest", *args, "--json")
    return json.loads(capsys.readouterr().out)


def test_a_mixed_folder_is_ingested_and_every_bad_file_is_quarantined(tmp_path, capsys):
    """.eml, an empty file, a JPEG, an mbox of two and a Maildir of one: counts add up."""
    homeowner(email="pat@example.com")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.eml").write_bytes(eml(sender="pat@example.com", message_id="a@t"))
    (folder / "empty.eml").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(300))
    (folder / "box.mbox").write_bytes(
        b"From x@example.com Mon Jan  1 00:00:00 2024\n"
        + eml(message_id="m1@t", in_reply_to="a@t")
        + b"\nFrom y@example.com Mon Jan  1 00:00:00 2024\n"
        + eml(message_id="m2@t", headers={"Auto-Submitted": "auto-replied"})
    )
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    maildir.add(eml(sender="stranger@example.net", message_id="md@t"))

    counts = run_ingest(
        str(folder), str(tmp_path / "Maildir"), "--inbox", "cc general", capsys=capsys
    )

    assert counts["received"] == 6
    assert (counts["created"], counts["threaded"], counts["automatic"]) == (2, 1, 1)
    assert counts["quarantined"] == 2
    assert (counts["linked"], counts["orphans"], counts["ambiguous"]) == (1, 1, 0)
    assert RawMessage.objects.count() == 6  # the bad files are kept too


def test_ingesting_the_same_folder_twice_only_counts_duplicates(tmp_path, capsys):
    """A second run stores nothing new."""
    (tmp_path / "a.eml").write_bytes(eml(message_id="once@t"))
    run_ingest(str(tmp_path), capsys=capsys)
    again = run_ingest(str(tmp_path), capsys=capsys)
    assert (again["received"], again["duplicates"], again["created"]) == (1, 1, 0)


def test_an_unknown_inbox_is_a_clear_error():
    """The error names the inboxes that exist."""
    with pytest.raises(CommandError, match="CC Priority"):
        call_command("ingest", "x.eml", "--inbox", "Nope")


def test_a_missing_path_is_reported_as_unreadable(tmp_path, capsys):
    """A path that does not exist is counted and named, nothing else happens."""
    counts = run_ingest(str(tmp_path / "missing.eml"), capsys=capsys)
    assert counts["unreadable"] == 1 and counts["received"] == 0


def test_mbox_splits_only_on_real_from_lines_and_unquotes_mboxrd():
    """'From time to time' in a body is text; '>From ' is unquoted."""
    data = (
        b"From a@b Sat Jan  3 01:05:34 1996\nSubject: x\n\nFrom time to time\n>From me\n\n"
        b"From b@c Sat Jan  3 01:05:34 1996\nSubject: y\n\nyo\n"
    )
    first, second = mbox_split(data)
    assert b"From time to time" in first and b"\nFrom me" in first
    assert second.startswith(b"Subject: y")


def test_the_console_script_prints_its_commands():
    """`caredesk --help` lists the subcommands."""
    out = subprocess.run(
        [sys.executable, "-m", "caredesk.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("serve", "demo", "ingest", "poll", "worker", "import-directory", "manage"):
        assert command in out


def test_batches_end_at_a_count_or_at_a_size_and_nothing_is_left_out(tmp_path, capsys, monkeypatch):
    """Small batches (by count, and by bytes for large messages) file everything, in order."""
    from caredesk.intake import ingest

    monkeypatch.setattr(ingest, "BATCH", 3)
    monkeypatch.setattr(ingest, "BATCH_BYTES", 6000)
    taken: list[int] = []
    take = ingest._batch_take

    def recorded(mails):
        batch = take(mails)
        taken.append(len(batch))
        return batch

    monkeypatch.setattr(ingest, "_batch_take", recorded)
    homeowner(email="pat@example.com")
    (tmp_path / "00.eml").write_bytes(eml(sender="pat@example.com", message_id="root@t"))
    for n in range(1, 8):
        body = "x " * (4000 if n in (2, 3) else 10)  # two large messages end their batches early
        (tmp_path / f"{n:02}.eml").write_bytes(
            eml(sender="pat@example.com", message_id=f"r{n}@t", in_reply_to="root@t", body=body)
        )

    counts = run_ingest(str(tmp_path), capsys=capsys)

    assert (counts["received"], counts["created"], counts["threaded"]) == (8, 1, 7)
    assert sum(taken) == 8 and taken[-1] == 0  # the last, empty take ends the run
    assert taken[:-1] != [3, 3, 2], "a large message ends its batch before three"
    assert max(taken) <= 3
