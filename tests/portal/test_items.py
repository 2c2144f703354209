"""A homeowner's items in the portal: only theirs, never Void, status in plain words, replies
and new requests through intake."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from caredesk.actions.models import ActionItem, ActionType
from caredesk.actions.services import item_create_manual, item_sign, item_step
from caredesk.intake.portal import portal_mail_account
from caredesk.mailroom.models import Inbox, RawMessage
from tests.mail import eml, homeowner, second_account
from tests.portal.helpers import portal_sign_in

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


@pytest.fixture
def pat(client, desk):
    """Pat, signed in to the portal."""
    portal_sign_in(client, "pat@example.com")
    return client


def _kim(desk) -> ActionItem:
    homeowner(email="kim@example.com", name="Kim Neighbour", association=desk.association.name)
    return desk.receive(eml(sender="kim@example.com", subject="Kim's private matter"))


def test_a_homeowner_sees_their_items_on_all_accounts_and_nothing_else(pat, desk):
    mine = desk.email_from_owner(subject="Pool gate code")
    other_home = second_account(desk.owner, association="Lakeside Rentals")
    on_other_home = item_create_manual(
        actor=desk.csr,
        action_type=ActionType.objects.get(code="general-inquiry-email"),
        inbox=Inbox.objects.get(name="CC General"),
        subject="Lakeside parking sticker",
        account=other_home,
    )
    voided = desk.email_from_owner(subject="Sent by mistake")
    item_step(item=voided, to_step="void", actor=desk.csr)
    theirs = _kim(desk)

    page = pat.get("/portal/").content.decode()

    assert mine.subject in page and on_other_home.subject in page
    assert voided.subject not in page and theirs.subject not in page


def test_changing_ids_in_urls_reaches_no_one_elses_item_nor_a_void_one(pat, desk):
    voided = desk.email_from_owner(subject="Sent by mistake")
    item_step(item=voided, to_step="void", actor=desk.csr)
    theirs = _kim(desk)
    attachment_item = desk.receive(
        eml(sender="kim@example.com", subject="With a file", body="see file")
    )

    for item in (voided, theirs, attachment_item):
        assert pat.get(f"/portal/requests/{item.pk}/").status_code == 404
        assert pat.post(f"/portal/requests/{item.pk}/", {"body": "let me in"}).status_code == 404
        assert pat.get(f"/portal/requests/{item.pk}/files/1/").status_code == 404
    assert pat.get("/portal/requests/999999/").status_code == 404
    assert theirs.item_messages.count() == 1  # nothing was written into Kim's item


def test_a_homeowners_api_session_cannot_reach_another_homeowners_items(pat, desk):
    """The portal's session is also an API session: the API answers for Pat alone."""
    mine = desk.email_from_owner(subject="Mine")
    voided = desk.email_from_owner(subject="Voided")
    item_step(item=voided, to_step="void", actor=desk.csr)
    theirs = _kim(desk)

    listed = pat.get("/api/v1/items").json()

    assert [row["id"] for row in listed["items"]] == [mine.pk]
    assert pat.get(f"/api/v1/items/{mine.pk}").status_code == 200
    for item in (theirs, voided):
        assert pat.get(f"/api/v1/items/{item.pk}").status_code == 404
        assert pat.get(f"/api/v1/items/{item.pk}/").status_code in {404, 301, 302}


def test_the_status_is_told_in_plain_words(pat, desk):
    item = desk.email_from_owner(subject="A question")

    def status() -> str:
        page = pat.get(f"/portal/requests/{item.pk}/").content.decode()
        return page.split('data-status="', 1)[1].split('"', 1)[0]

    assert status() == "received"
    item = item_step(item=item, to_step="question-manager", actor=desk.csr)
    assert status() == "manager"
    item = item_step(item=item, to_step="reply-manager", actor=desk.manager, note="Answered.")
    assert status() == "answered"
    desk.email_from_owner(subject=f"Re: A question {item.token}")
    item.refresh_from_db()
    item = item_step(item=item, to_step="review-message", actor=desk.manager)
    assert status() == "customer_service"
    item_step(item=item, to_step="closed", actor=desk.csr)
    assert status() == "closed"


def test_the_conversation_shows_what_was_sent_and_received_sanitised(pat, desk):
    item = desk.email_from_owner(subject="Hostile", body="<script>alert('x')</script> <b>hello</b>")
    item_step(item=item, to_step="reply-customer-support", actor=desk.csr, note="Our answer.")

    page = pat.get(f"/portal/requests/{item.pk}/").content.decode()

    assert "&lt;script&gt;" in page and "<script>alert" not in page
    assert "Our answer." in page  # the email the desk sent Pat
    assert "Community Care wrote" in page and "You wrote" in page


def test_a_portal_reply_reopens_a_closed_item_at_the_step_of_who_answered(pat, desk):
    """R-17: answered by the manager, the reply goes back to Question for Manager."""
    item = desk.email_from_owner(subject="Fence height")
    item = item_step(item=item, to_step="question-manager", actor=desk.csr)
    item = item_step(item=item, to_step="reply-manager", actor=desk.manager, note="6 feet.")
    assert not item.is_open

    response = pat.post(f"/portal/requests/{item.pk}/", {"body": "And for the side fence?"})

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.is_open and item.step.code == "question-manager" and item.has_new_reply
    reply = item.item_messages.order_by("-id").first().message
    assert reply.from_email == "pat@example.com" and "side fence" in reply.text
    assert reply.raw.source.startswith("portal:") and b"side fence" in bytes(reply.raw.raw)
    assert reply.in_reply_to  # threaded like an email reply to the desk's answer


def test_a_portal_reply_to_a_closed_item_reopens_at_review_message(pat, desk):
    """R-18: Closed reopens at Review Message."""
    item = desk.email_from_owner(subject="Thanks")
    item_step(item=item, to_step="closed", actor=desk.csr)

    pat.post(f"/portal/requests/{item.pk}/", {"body": "One more thing."})

    item.refresh_from_db()
    assert item.is_open and item.step.code == "review-message"


def test_a_new_request_lands_in_the_portal_inbox_on_the_account_picked(pat, desk):
    other_home = second_account(desk.owner)  # two homes: an email would be ambiguous

    response = pat.post(
        "/portal/new/",
        {
            "account": str(other_home.pk),
            "topic": "maintenance",
            "subject": "Dripping faucet",
            "body": "The kitchen faucet drips.",
            "files": [SimpleUploadedFile("faucet.png", PNG, content_type="image/png")],
        },
    )

    assert response.status_code == 302
    item = ActionItem.objects.get(subject__contains="Dripping faucet")
    assert response["Location"] == f"/portal/requests/{item.pk}/"
    assert item.inbox.name == "CC General" and item.action_type.code == "portal-request"
    assert item.step.code == "review-request" and item.channel == ActionItem.Channel.PORTAL
    assert item.account == other_home and item.link == ActionItem.Link.LINKED
    assert item.subject == "[Maintenance or repair] Dripping faucet"
    message = item.item_messages.get().message
    assert [a.filename for a in message.attachments.all()] == ["faucet.png"]
    page = pat.get(f"/portal/requests/{item.pk}/").content.decode()
    assert "faucet.png" in page
    attachment = message.attachments.get()
    download = pat.get(f"/portal/requests/{item.pk}/files/{attachment.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PNG


def test_the_portal_mail_account_decides_the_inbox_of_new_requests(pat, desk):
    account = portal_mail_account()
    account.inbox = Inbox.objects.get(name="CC Priority")
    account.save()

    pat.post(
        "/portal/new/",
        {"account": str(desk.owner.pk), "topic": "general", "subject": "Hi", "body": "Hello"},
    )

    assert ActionItem.objects.get(subject__contains="Hi").inbox.name == "CC Priority"


def test_a_huge_attachment_is_refused_with_a_message_and_the_text_is_kept(pat, desk, settings):
    settings.CAREDESK_PORTAL_MAX_FILE_BYTES = 1000
    before = RawMessage.objects.count()

    response = pat.post(
        "/portal/new/",
        {
            "account": str(desk.owner.pk),
            "topic": "general",
            "subject": "Photos of the damage",
            "body": "Please see my photos.",
            "files": [SimpleUploadedFile("big.png", PNG + b"\0" * 5000, content_type="image/png")],
        },
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "big.png is 5.0" in page and "at most 1000" in page
    assert "Please see my photos." in page and "Photos of the damage" in page
    assert RawMessage.objects.count() == before and not ActionItem.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("run.exe", b"MZ\x90\x00"), ("photo.png", b"MZ\x90\x00not a png"), ("page.html", b"<html>")],
)
def test_a_file_of_a_refused_kind_is_refused(pat, desk, name, content):
    response = pat.post(
        f"/portal/requests/{desk.email_from_owner().pk}/",
        {"body": "file", "files": [SimpleUploadedFile(name, content)]},
    )

    assert response.status_code == 400 and name in response.content.decode()


def test_a_new_request_on_someone_elses_account_is_refused(pat, desk):
    kims = homeowner(email="kim@example.com", name="Kim Neighbour")

    response = pat.post(
        "/portal/new/",
        {"account": str(kims.pk), "topic": "general", "subject": "Hi", "body": "Hello"},
    )

    assert response.status_code == 400 and not ActionItem.objects.exists()


def test_operations_work_is_shown_read_only_where_the_item_carries_it(pat, desk):
    """R-34: a repair's step and sign-offs, without the staff's notes."""
    repair = item_create_manual(
        actor=desk.csr,
        action_type=ActionType.objects.get(code="complaint-repair"),
        inbox=Inbox.objects.get(name="CC General"),
        subject="Ceiling leak",
        description="Internal: owner was rude.",
        account=desk.owner,
    )
    repair = item_step(item=repair, to_step="supervisor-review", actor=desk.csr)
    item_sign(item=repair, code="supervisor-approval", actor=desk.lead, note="internal remark")
    repair = ActionItem.objects.get(pk=repair.pk)
    item_step(item=repair, to_step="engineering-dispatch", actor=desk.lead)

    page = pat.get(f"/portal/requests/{repair.pk}/").content.decode()
    listing = pat.get("/portal/").content.decode()

    assert "Engineering Dispatch" in page and "Supervisor&#x27;s approval" in page
    assert "internal remark" not in page and "owner was rude" not in page
    assert "Engineering Dispatch" in listing
    assert "<form" in page  # and Pat may still write about it


def test_the_portal_switches_to_chinese(pat, desk):
    desk.email_from_owner(subject="问题")

    pat.post("/i18n/setlang/", {"language": "zh-hans", "next": "/portal/"})
    page = pat.get("/portal/").content.decode()

    assert 'lang="zh-hans"' in page and "问题" in page
    assert "我的请求" in page
