"""The spine: an inbound email becomes a linked action item, and nothing is ever lost."""

from __future__ import annotations

import pytest

from caredesk.actions.models import ActionItem, ItemEvent
from caredesk.directory.models import ContactEmail
from caredesk.intake.services import Outcome, message_receive, quarantined_retry
from caredesk.mailroom.models import Inbox, MailAccount, Message, RawMessage
from caredesk.mailroom.services import import_account_get_or_create
from tests.mail import eml, homeowner, second_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def account() -> MailAccount:
    return import_account_get_or_create(inbox=Inbox.objects.get(name="CC General"))


def receive(account: MailAccount, raw: bytes):
    return message_receive(raw=raw, account=account, source="test")


def test_a_known_homeowners_email_becomes_a_linked_item_at_the_first_step(account):
    """One account for the address: the item is linked to that homeowner, unit and association."""
    owner = homeowner(email="pat@example.com", name="Pat Lee")
    result = receive(account, eml(sender="Pat Lee <PAT@example.com>", subject="Pool gate"))
    assert result.outcome == Outcome.CREATED
    item = ActionItem.objects.get(pk=result.item_id)
    assert item.link == ActionItem.Link.LINKED
    assert (item.person, item.account, item.unit, item.association) == (
        owner.person,
        owner,
        owner.unit,
        owner.association,
    )
    assert item.step.name == "Review Message"
    assert item.action_type.code == "general-inquiry-email"
    assert item.inbox.name == "CC General"
    assert item.subject == "Pool gate"
    assert list(item.events.values_list("kind", flat=True)) == [ItemEvent.Kind.CREATED]
    assert item.events.get().actor_label == "Mail intake"


def test_an_unknown_sender_makes_an_orphan(account):
    """No account for the address: an orphan item, nothing guessed."""
    result = receive(account, eml(sender="stranger@example.net"))
    item = ActionItem.objects.get(pk=result.item_id)
    assert (item.link, item.person, item.association) == (ActionItem.Link.ORPHAN, None, None)


def test_a_sender_with_two_accounts_is_never_guessed_even_in_one_association(account):
    """Two accounts (same community): orphan with both accounts listed as candidates."""
    first = homeowner(email="two@example.com")
    second = second_account(first)
    result = receive(account, eml(sender="two@example.com"))
    item = ActionItem.objects.get(pk=result.item_id)
    assert result.link == ActionItem.Link.AMBIGUOUS
    assert item.person is None and item.account is None
    assert set(item.candidates.all()) == {first, second}


def test_an_address_shared_by_two_people_is_ambiguous(account):
    """A couple sharing one address: both accounts are candidates."""
    one = homeowner(email="family@example.com", name="Ann Wu")
    two = homeowner(email="family@example.com", name="Bo Wu")
    item = ActionItem.objects.get(pk=receive(account, eml(sender="family@example.com")).item_id)
    assert set(item.candidates.all()) == {one, two}


def test_attaching_an_orphan_remembers_the_address_so_the_next_message_links(account):
    """R-15: after a person attaches the orphan, the sender's next message links by itself."""
    from caredesk.actions.services import item_attach

    owner = homeowner(email="owner@example.com")
    orphan = ActionItem.objects.get(pk=receive(account, eml(sender="new@example.org")).item_id)
    item_attach(item=orphan, actor=None, account=owner)
    assert ContactEmail.objects.filter(person=owner.person, email="new@example.org").exists()
    later = receive(account, eml(sender="new@example.org", subject="Another question"))
    assert later.link == ActionItem.Link.LINKED
    assert orphan.events.filter(kind=ItemEvent.Kind.ATTACHED).exists()


def test_a_reply_by_in_reply_to_is_added_to_its_item(account):
    """In-Reply-To names the first message: the reply joins that item, no new item."""
    first = receive(account, eml(message_id="first@test.example"))
    reply = receive(account, eml(subject="Re: Question", in_reply_to="first@test.example"))
    assert reply.outcome == Outcome.THREADED
    assert reply.item_id == first.item_id
    item = ActionItem.objects.get(pk=first.item_id)
    assert item.item_messages.count() == 2
    assert item.has_new_reply


def test_a_reply_whose_parent_is_only_in_references_is_threaded(account):
    """In-Reply-To names a desk message we never saw; References still leads to the root."""
    root = receive(account, eml(message_id="root@test.example"))
    reply = receive(
        account,
        eml(
            in_reply_to="desk-1@desk.invalid",
            references=["root@test.example", "desk-1@desk.invalid"],
        ),
    )
    assert (reply.outcome, reply.item_id) == (Outcome.THREADED, root.item_id)


def test_a_reply_processed_before_its_parent_still_lands_on_one_item(account):
    """Out of order in one batch: the later parent joins the reply's item."""
    reply = receive(
        account, eml(in_reply_to="parent@test.example", references=["parent@test.example"])
    )
    parent = receive(account, eml(message_id="parent@test.example"))
    assert parent.outcome == Outcome.THREADED
    assert parent.item_id == reply.item_id
    assert ActionItem.objects.count() == 1


def test_a_redelivered_message_is_a_duplicate_not_a_second_item(account):
    """Same Message-ID again: counted on the raw message, nothing else stored."""
    raw = eml(message_id="again@test.example")
    first = receive(account, raw)
    second = receive(account, b"Received: from mx2\n" + raw)
    assert second.outcome == Outcome.DUPLICATE
    assert ActionItem.objects.count() == 1
    assert Message.objects.count() == 1
    assert RawMessage.objects.get(pk=first.raw_message_id).duplicate_count == 1


def test_a_message_without_message_id_is_deduplicated_by_its_bytes(account):
    """No Message-ID: the SHA-256 of the bytes is the key."""
    raw = b"From: a@example.com\r\nSubject: no id\r\n\r\nbody\r\n"
    assert receive(account, raw).outcome == Outcome.CREATED
    assert receive(account, raw).outcome == Outcome.DUPLICATE


def test_automatic_mail_is_kept_but_never_becomes_an_item(account):
    """An out-of-office reply is stored for review and creates no item."""
    result = receive(
        account,
        eml(subject="Automatic reply: Re: Pool", headers={"Auto-Submitted": "auto-replied"}),
    )
    assert result.outcome == Outcome.AUTOMATIC
    assert ActionItem.objects.count() == 0
    message = Message.objects.get()
    assert message.is_automatic and message.automatic_reason
    assert RawMessage.objects.get().status == RawMessage.Status.PROCESSED


def test_unreadable_bytes_are_quarantined_with_a_reason_and_kept(account):
    """An empty file and a JPEG are quarantined, raw bytes kept, and the batch goes on."""
    empty = receive(account, b"")
    jpeg = receive(account, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    good = receive(account, eml())
    assert empty.outcome == jpeg.outcome == Outcome.QUARANTINED
    assert good.outcome == Outcome.CREATED
    kept = RawMessage.objects.get(pk=jpeg.raw_message_id)
    assert kept.status == RawMessage.Status.QUARANTINED
    assert kept.error
    assert bytes(kept.raw).startswith(b"\xff\xd8")


def test_a_quarantined_message_can_be_retried(account, settings):
    """Quarantined for size; after the limit is raised, a retry files it."""
    settings.CAREDESK_MAX_MESSAGE_BYTES = 100
    result = receive(account, eml(body="x" * 500))
    assert result.outcome == Outcome.QUARANTINED
    assert "over the limit" in result.error
    settings.CAREDESK_MAX_MESSAGE_BYTES = 10_000_000
    [retried] = quarantined_retry()
    assert retried.outcome == Outcome.CREATED
    assert RawMessage.objects.get().status == RawMessage.Status.PROCESSED


def test_the_item_token_threads_only_for_someone_in_the_conversation(account):
    """ "[#N]" in the subject threads a known sender's mail; a stranger's opens a new item."""
    first = receive(account, eml(sender="pat@example.com"))
    token = f"[#{first.item_id}]"
    same = receive(account, eml(sender="pat@example.com", subject=f"Re: Question {token}"))
    stranger = receive(account, eml(sender="evil@example.net", subject=f"Re: {token}"))
    assert (same.outcome, same.item_id) == (Outcome.THREADED, first.item_id)
    assert stranger.outcome == Outcome.CREATED
    assert stranger.item_id != first.item_id


def test_a_follow_up_reopens_a_closed_item_at_the_step_its_type_names(account):
    """Reply to an item closed at Reply to Owner from Manager: reopens at Question for Manager."""
    first = receive(account, eml(message_id="m1@test.example"))
    item = ActionItem.objects.get(pk=first.item_id)
    item.step = item.action_type.steps.get(code="reply-manager")
    item.is_open = False
    item.save()
    receive(account, eml(in_reply_to="m1@test.example"))
    item.refresh_from_db()
    assert item.is_open
    assert item.step.name == "Question for Manager"
    assert item.events.filter(kind=ItemEvent.Kind.REOPENED).exists()


def test_high_priority_headers_flag_the_item(account):
    """X-Priority: 1 flags the new item."""
    result = receive(account, eml(headers={"X-Priority": "1 (Highest)"}))
    assert ActionItem.objects.get(pk=result.item_id).is_flagged


def test_mail_to_work_order_updates_becomes_a_work_order_update(account):
    """An account feeding Work Order Updates creates Work Order Update items by default."""
    wou = import_account_get_or_create(inbox=Inbox.objects.get(name="Work Order Updates"))
    result = receive(wou, eml(sender="vendor@plumbing.example"))
    item = ActionItem.objects.get(pk=result.item_id)
    assert item.action_type.code == "work-order-update"
    assert item.inbox.name == "Work Order Updates"


def test_nul_characters_in_a_body_do_not_stop_the_message(account):
    """PostgreSQL refuses NUL in text: the message is still filed, the NUL replaced."""
    raw = b"From: a@example.com\r\nSubject: nul\r\nMessage-ID: <nul@t>\r\n\r\nbefore\x00after\r\n"
    result = receive(account, raw)
    assert result.outcome == Outcome.CREATED
    assert "\x00" not in Message.objects.get().text


def test_a_50_mb_attachment_files_the_item_and_records_the_file_as_oversize(account, settings):
    """Bad input (issue 2): a 50 MB attachment is over the 25 MB default limit. The message
    still becomes an item, the file is listed as oversize with its size and hash, and the raw
    bytes (with the file) are kept, so nothing is lost."""
    import hashlib
    from email.message import EmailMessage

    assert settings.CAREDESK_MAX_ATTACHMENT_BYTES == 25 * 1024 * 1024
    homeowner(email="big@example.com")
    payload = bytes(range(256)) * (50 * 1024 * 1024 // 256)
    message = EmailMessage()
    message["From"] = "big@example.com"
    message["To"] = "care@caredesk.test"
    message["Subject"] = "Inspection video"
    message["Message-ID"] = "<big-attachment@test.example>"
    message.set_content("The video of the roof is attached.")
    message.add_attachment(payload, maintype="video", subtype="mp4", filename="roof.mp4")
    raw = message.as_bytes()

    result = receive(account, raw)

    assert result.outcome == Outcome.CREATED
    stored = Message.objects.get(message_id="big-attachment@test.example")
    [attachment] = stored.attachments.all()
    assert (attachment.filename, attachment.oversize, attachment.size) == (
        "roof.mp4",
        True,
        len(payload),
    )
    assert attachment.sha256 == hashlib.sha256(payload).hexdigest()
    assert not attachment.file
    assert len(bytes(RawMessage.objects.get(pk=result.raw_message_id).raw)) == len(raw)
