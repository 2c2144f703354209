"""Every message of the shared real-world corpora goes through intake: filed or quarantined."""

from __future__ import annotations

import pytest

from caredesk.intake.ingest import paths_ingest
from caredesk.mailroom.models import Inbox, RawMessage

pytestmark = pytest.mark.django_db

NOT_MAIL = {"mail-parser/mail_outlook_1", "cpython-email/msg_19.txt"}
DATA_FILES = {".yml", ".json", ".tsv", ".md"}


def test_every_corpus_message_is_kept_and_either_filed_or_quarantined_with_a_reason(shared):
    """No crash; nothing lost; only the known non-mail files are quarantined."""
    corpora = shared / "corpora"
    files = sorted(
        path for path in corpora.rglob("*") if path.is_file() and path.suffix not in DATA_FILES
    )
    report = paths_ingest(paths=files, inbox=Inbox.objects.get(name="CC General"))
    counts = report.counts()
    assert report.unreadable == 0
    assert counts["received"] == sum(
        counts[key] for key in ("created", "threaded", "duplicates", "quarantined", "automatic")
    )
    assert counts["created"] == counts["linked"] + counts["orphans"] + counts["ambiguous"]
    kept = RawMessage.objects.count()
    assert kept + counts["duplicates"] == counts["received"]
    quarantined = RawMessage.objects.filter(status=RawMessage.Status.QUARANTINED)
    assert all(raw.error for raw in quarantined)
    names = {str(corpora.joinpath(raw.source).relative_to(corpora)) for raw in quarantined}
    assert names == NOT_MAIL, names
    assert not RawMessage.objects.filter(status=RawMessage.Status.RECEIVED).exists()
