"""The workflow engine: every default type walked end to end through the services."""

from __future__ import annotations

import datetime

import pytest

from caredesk.actions.models import ActionItem, ActionType, ItemEvent
from caredesk.actions.selectors import items_visible_to, my_action_items
from caredesk.actions.services import (
    ConflictError,
    NotAllowedError,
    item_attach,
    item_create_manual,
    item_note_add,
    item_promise_set,
    item_sign,
    item_step,
    items_overdue_flag,
)
from caredesk.core.clock import frozen_at, now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Person
from caredesk.mailroom.models import Inbox, Message
from caredesk.staff.models import Notification
from tests.mail import eml

pytestmark = pytest.mark.django_db


def kinds(item: ActionItem) -> list[str]:
    return list(item.events.order_by("at", "id").values_list("kind", flat=True))


def step_to(item: ActionItem, code: str, actor, note: str = "") -> ActionItem:
    return item_step(item=item, to_step=code, actor=actor, note=note)


# --- General Inquiry from Email (R-13, R-16, R-17) ----------------------------------------------


def test_an_email_goes_to_customer_support_then_to_the_manager_of_its_association(desk):
    """R-16: the current step's Send To role decides whose My Action Items hold it."""
    item = desk.email_from_owner()
    assert item.step.code == "review-message"
    assert item in my_action_items(user=desk.csr)
    assert item not in my_action_items(user=desk.manager)

    item = step_to(item, "question-manager", desk.csr, note="Owner asks about the gate code.")

    assert item in my_action_items(user=desk.manager)
    assert item not in my_action_items(user=desk.other_manager)
    assert item not in my_action_items(user=desk.csr)
    event = item.events.get(kind=ItemEvent.Kind.STEPPED)
    assert (event.actor, event.from_step.code, event.to_step.code, event.note) == (
        desk.csr,
        "review-message",
        "question-manager",
        "Owner asks about the gate code.",
    )
    assert item.version == 1


def test_the_managers_reply_reaches_the_owner_by_smtp_and_their_answer_reopens_at_the_manager(
    desk, mail_via_smtp, committing
):
    """R-17: Reply to Owner from Manager emails the note, closes; the owner's reply comes back
    to Question for Manager, through the real intake."""
    item = desk.email_from_owner(subject="Pool gate code", message_id="q1@owner.example")
    item = step_to(item, "question-manager", desk.csr)

    item = committing(
        lambda: step_to(item, "reply-manager", desk.manager, note="The new code is 4711.")
    )

    assert not item.is_open and item.closed_at is not None
    assert item.first_response_at == item.closed_at
    sent = mail_via_smtp.last_message()
    assert mail_via_smtp.received[-1].rcpt_tos == ["pat@example.com"]
    assert f"[#{item.number}]" in sent["Subject"]
    assert sent["In-Reply-To"] == "<q1@owner.example>"
    body = sent.get_body(preferencelist=("plain",)).get_content()
    assert "The new code is 4711." in body and "Dear Pat Lee" in body
    stored = Message.objects.get(item_link__item=item, direction=Message.Direction.OUTBOUND)
    assert stored.sent_at is not None and f"<{stored.message_id}>" == sent["Message-ID"]
    assert ItemEvent.Kind.REPLY_SENT in kinds(item)

    answer = eml(
        sender="pat@example.com",
        subject=f"Re: {sent['Subject']}",
        body="Thanks, and the pool hours?",
        in_reply_to=stored.message_id,
    )
    again = desk.receive(answer)

    assert again.pk == item.pk
    assert again.is_open and again.has_new_reply
    assert again.step.code == "question-manager"
    assert again in my_action_items(user=desk.manager)
    assert kinds(again)[-1] == ItemEvent.Kind.REOPENED


def test_a_chinese_owner_gets_the_chinese_template(desk, mail_via_smtp, committing):
    """The reply is rendered in the owner's language."""
    Person.objects.filter(pk=desk.owner.person_id).update(language="zh-hans")
    item = desk.email_from_owner(subject="车位问题")
    committing(lambda: step_to(item, "reply-customer-support", desk.csr, note="您的车位已登记。"))
    sent = mail_via_smtp.last_message()
    body = sent.get_body(preferencelist=("plain",)).get_content()
    assert "您好" in body and "您的车位已登记。" in body
    assert sent["Subject"].startswith("回复：车位问题")


@pytest.mark.parametrize(
    ("reply", "reopens_at"),
    [
        ("reply-customer-support", "review-message"),
        ("closed", "review-message"),
        ("void", "review-message"),
    ],
)
def test_closing_steps_reopen_at_review_message(desk, committing, reply, reopens_at):
    """R-17/R-18: Reply from Customer Support, Closed and Void all reopen at Review Message."""
    item = desk.email_from_owner(message_id=f"first-{reply}@owner.example")
    item = committing(lambda: step_to(item, reply, desk.csr, note="Answered."))
    assert not item.is_open
    follow_up = eml(sender="pat@example.com", in_reply_to=f"first-{reply}@owner.example")
    assert desk.receive(follow_up).step.code == reopens_at


@pytest.mark.parametrize(
    ("role", "user"),
    [("ar", "ar"), ("assistant-manager", "assistant_manager"), ("escrow", "escrow")],
)
def test_question_and_reply_pairs_route_to_their_role_and_reopen_there(
    desk, committing, role, user
):
    """The AR, Assistant Manager and Escrow pairs behave like the Manager's."""
    holder = getattr(desk, user)
    item = desk.email_from_owner(message_id=f"pair-{role}@owner.example")
    item = step_to(item, f"question-{role}", desk.csr)
    assert item in my_action_items(user=holder)
    with pytest.raises(NotAllowedError):
        step_to(item, f"reply-{role}", desk.manager, note="Not mine to answer.")
    item = committing(lambda: step_to(item, f"reply-{role}", holder, note="Answered."))
    assert not item.is_open
    reply = eml(sender="pat@example.com", in_reply_to=f"pair-{role}@owner.example")
    assert desk.receive(reply).step.code == f"question-{role}"


def test_a_void_item_is_hidden_from_the_owner_but_not_from_staff(desk, django_user_model):
    """R-18, R-39: Void hides the item from the homeowner."""
    login = django_user_model.objects.create_user("pat", password="pw-for-tests-only-123")
    Person.objects.filter(pk=desk.owner.person_id).update(user=login)
    item = desk.email_from_owner()
    assert item in items_visible_to(user=login)
    step_to(item, "void", desk.csr)
    assert item not in items_visible_to(user=login)
    assert item in items_visible_to(user=desk.csr)


# --- checks: who may move what, and what may follow what ----------------------------------------


def test_a_user_without_the_role_is_refused_and_nothing_changes(desk):
    """Only the current step's role for the item's association (or a lead) may move it."""
    item = desk.email_from_owner()
    item = step_to(item, "question-manager", desk.csr)
    for stranger in (desk.outsider, desk.other_manager, desk.csr):
        with pytest.raises(NotAllowedError, match="Manager"):
            step_to(item, "reply-manager", stranger, note="Hi")
    item.refresh_from_db()
    assert item.step.code == "question-manager" and item.version == 1
    assert not Message.objects.filter(direction=Message.Direction.OUTBOUND).exists()
    # A lead may move anything.
    assert step_to(item, "closed", desk.lead).step.code == "closed"


def test_a_reply_step_needs_the_answer_text(desk):
    item = desk.email_from_owner()
    with pytest.raises(ApplicationError, match="Write the answer"):
        step_to(item, "reply-customer-support", desk.csr, note="  ")


def test_a_reply_without_an_address_is_refused_and_nothing_is_half_applied(desk):
    """An orphan typed in by hand has no address: the reply fails, the item is unchanged."""
    item = item_create_manual(
        actor=desk.csr,
        action_type=ActionType.objects.get(code="general-inquiry-email"),
        inbox=Inbox.objects.get(name="CC General"),
        subject="Walk-in question",
        channel=ActionItem.Channel.WALK_IN,
    )
    with pytest.raises(ApplicationError, match="no email address"):
        step_to(item, "reply-customer-support", desk.csr, note="Answer")
    item.refresh_from_db()
    assert item.is_open and item.step.code == "review-message" and item.version == 0
    assert not Message.objects.exists()
    assert kinds(item) == [ItemEvent.Kind.CREATED]


def test_two_people_moving_one_item_at_once_one_wins_the_other_gets_a_conflict(desk):
    """Both read version 0; the first move wins; the second is refused and changes nothing."""
    item = desk.email_from_owner()
    seen_by_carla = ActionItem.objects.get(pk=item.pk)
    seen_by_lena = ActionItem.objects.get(pk=item.pk)

    step_to(seen_by_carla, "question-manager", desk.csr)

    with pytest.raises(ConflictError, match="carla-csr"):
        step_to(seen_by_lena, "closed", desk.lead)
    item.refresh_from_db()
    assert item.step.code == "question-manager"
    assert kinds(item).count(ItemEvent.Kind.STEPPED) == 1


def test_stepping_to_a_step_of_another_type_or_the_same_step_is_refused(desk):
    item = desk.email_from_owner()
    with pytest.raises(ApplicationError, match="no step"):
        step_to(item, "finance-receipt", desk.csr)
    with pytest.raises(ApplicationError, match="already"):
        step_to(item, "review-message", desk.csr)


def test_a_step_can_be_named_by_its_id_or_its_order_number(desk):
    item = desk.email_from_owner()
    item = item_step(item=item, to_step=10, actor=desk.csr)
    assert item.step.code == "question-manager"
    void = item.action_type.steps.get(code="void")
    by_id = void.pk if not item.action_type.steps.filter(order=void.pk).exists() else "void"
    assert item_step(item=item, to_step=by_id, actor=desk.manager).step == void


# --- Phone Message and Work Order Update ---------------------------------------------------------


def test_a_phone_message_typed_in_by_the_receptionist_is_returned_and_closed(desk):
    """R-19: a manual item with its channel, linked to the caller's account."""
    item = item_create_manual(
        actor=desk.csr,
        action_type=ActionType.objects.get(code="phone-message"),
        inbox=Inbox.objects.get(name="CC Priority"),
        subject="Call back about the gate",
        description="Pat called: the gate remote stopped working.",
        channel=ActionItem.Channel.PHONE,
        account=desk.owner,
        is_flagged=True,
    )
    assert (item.link, item.person, item.channel) == ("linked", desk.owner.person, "phone")
    assert item.from_email == "pat@example.com"
    assert item.events.get(kind=ItemEvent.Kind.NOTE).note.startswith("Pat called")
    assert item in my_action_items(user=desk.csr)
    item = step_to(item, "closed", desk.csr, note="Reached Pat; remote reprogrammed.")
    assert not item.is_open


def test_a_vendor_work_order_update_lands_in_its_inbox_and_goes_to_the_manager(desk):
    item = desk.receive(
        eml(sender="dispatch@plumbing.example", subject="WO 5512 completed"),
        account=desk.work_orders,
    )
    assert (item.action_type.code, item.inbox.name) == ("work-order-update", "Work Order Updates")
    # A vendor is no homeowner: the CSR attaches the item to the association only.
    item = item_attach(item=item, actor=desk.csr, association=desk.association)
    assert (item.link, item.person) == (ActionItem.Link.ASSOCIATION, None)
    item = step_to(item, "question-manager", desk.csr)
    assert item in my_action_items(user=desk.manager)
    assert item not in my_action_items(user=desk.other_manager)
    assert not step_to(item, "closed", desk.manager).is_open


# --- Complaint and Repair (R-26) -----------------------------------------------------------------


def test_complaint_and_repair_walks_supervisor_engineering_follow_up_and_acceptance(desk):
    """Approval and both sign-offs are named events; only the supervisor promises a time;
    a resident who is not satisfied sends the repair back to engineering."""
    item = item_create_manual(
        actor=desk.csr,
        action_type=ActionType.objects.get(code="complaint-repair"),
        inbox=Inbox.objects.get(name="CC General"),
        subject="Bathroom ceiling leaks, unit 12B",
        description="Resident Pat Lee, unit 12B: water stain spreading on the bathroom ceiling.",
        channel=ActionItem.Channel.WALK_IN,
        account=desk.owner,
    )
    with pytest.raises(ApplicationError, match="may go on to"):
        step_to(item, "engineering-dispatch", desk.csr)
    item = step_to(item, "supervisor-review", desk.csr)

    with pytest.raises(ApplicationError, match="Supervisor's approval"):
        step_to(item, "engineering-dispatch", desk.lead)
    with pytest.raises(NotAllowedError):
        item_sign(item=item, code="supervisor-approval", actor=desk.csr)
    promise = now() + datetime.timedelta(hours=3)
    with pytest.raises(NotAllowedError, match="CC Lead"):
        item_promise_set(item=item, at=promise, actor=desk.csr)
    item_promise_set(item=item, at=promise, actor=desk.lead, note="Engineering busy until 3 pm.")
    item_sign(item=item, code="supervisor-approval", actor=desk.lead, note="Notice signed.")
    with pytest.raises(ApplicationError, match="already"):
        item_sign(item=item, code="supervisor-approval", actor=desk.lead)
    item = step_to(ActionItem.objects.get(pk=item.pk), "engineering-dispatch", desk.lead)
    assert item.promised_at == promise
    assert item in my_action_items(user=desk.engineer)

    item = step_to(item, "follow-up", desk.engineer)
    item_sign(item=item, code="technician-signoff", actor=desk.engineer)
    with pytest.raises(ApplicationError, match="Customer service sign-off"):
        step_to(ActionItem.objects.get(pk=item.pk), "resident-acceptance", desk.csr)
    item_sign(item=item, code="csr-signoff", actor=desk.csr)
    item = step_to(ActionItem.objects.get(pk=item.pk), "resident-acceptance", desk.csr)

    # Not satisfied: back to engineering, and the follow-up needs both signatures again.
    item = step_to(item, "engineering-dispatch", desk.csr, note="Resident: still dripping.")
    item = step_to(item, "follow-up", desk.engineer)
    with pytest.raises(ApplicationError, match="sign-offs"):
        step_to(item, "resident-acceptance", desk.csr)
    item_sign(item=item, code="technician-signoff", actor=desk.engineer)
    item_sign(item=item, code="csr-signoff", actor=desk.csr)
    item = step_to(ActionItem.objects.get(pk=item.pk), "resident-acceptance", desk.csr)
    item = step_to(item, "closed", desk.csr, note="Accepted by the resident.")

    assert not item.is_open
    signoffs = list(
        item.events.filter(kind=ItemEvent.Kind.SIGNED_OFF)
        .order_by("at", "id")
        .values_list("data__signoff", "actor__username")
    )
    assert signoffs == [
        ("supervisor-approval", "lena-lead"),
        ("technician-signoff", "eng-tech"),
        ("csr-signoff", "carla-csr"),
        ("technician-signoff", "eng-tech"),
        ("csr-signoff", "carla-csr"),
    ]
    assert item.events.filter(kind=ItemEvent.Kind.PROMISED, actor=desk.lead).count() == 1


# --- Contractor Work Permit: 30 minutes from intake ---------------------------------------


def _permit(desk) -> ActionItem:
    return item_create_manual(
        actor=desk.csr,
        action_type=ActionType.objects.get(code="contractor-permit"),
        inbox=Inbox.objects.get(name="CC General"),
        subject="Work permit: 3 painters for unit 12B",
        channel=ActionItem.Channel.FRONT_DESK,
        account=desk.owner,
    )


def test_a_permit_not_finished_in_30_minutes_is_flagged_and_its_lead_alerted(desk, committing):
    start = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC)
    with frozen_at(start) as clock:
        item = _permit(desk)
        assert item.deadline_at == start + datetime.timedelta(minutes=30)
        item = step_to(item, "finance-receipt", desk.csr)
        assert item in my_action_items(user=desk.finance)

        clock.advance(minutes=29, seconds=59)
        assert committing(items_overdue_flag) == []

        clock.advance(seconds=1)
        flagged = committing(items_overdue_flag)

        assert [row.pk for row in flagged] == [item.pk]
        item.refresh_from_db()
        assert item.is_overdue and item.is_flagged
        assert kinds(item)[-1] == ItemEvent.Kind.OVERDUE
        alert = Notification.objects.get(user=desk.lead)
        assert alert.kind == "overdue" and f"#{item.number}" in alert.title
        assert alert.url == f"/items/{item.number}/"
        assert not Notification.objects.filter(user=desk.csr).exists()
        alert_mail = Message.objects.get(to=["lena-lead@desk.example"])
        assert alert_mail.is_automatic and alert_mail.sent_at is not None
        # Once per deadline: the next check does not alert again.
        clock.advance(minutes=5)
        assert committing(items_overdue_flag) == []


def test_a_permit_finished_in_time_is_never_overdue(desk):
    start = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC)
    with frozen_at(start) as clock:
        item = _permit(desk)
        for code, actor in [
            ("finance-receipt", desk.csr),
            ("security-review", desk.finance),
            ("stamp", desk.security),
            ("laminate", desk.csr),
            ("handover", desk.administration),
        ]:
            clock.advance(minutes=5)
            item = step_to(item, code, actor)
        clock.advance(minutes=4)
        item = step_to(item, "closed", desk.csr)
        clock.advance(minutes=10)
        assert items_overdue_flag() == []
        item.refresh_from_db()
        assert not item.is_open and not item.is_overdue


# --- notes and manual items ----------------------------------------------------------------------


def test_a_person_with_two_accounts_makes_a_manual_item_with_candidates(desk):
    from tests.mail import second_account

    second_account(desk.owner)
    item = item_create_manual(
        actor=desk.csr,
        action_type=ActionType.objects.get(code="general-inquiry-email"),
        inbox=Inbox.objects.get(name="CC General"),
        subject="Which unit?",
        person=desk.owner.person,
    )
    assert item.link == ActionItem.Link.AMBIGUOUS
    assert item.candidates.count() == 2


def test_a_note_is_in_the_history_and_empty_notes_are_refused(desk):
    item = desk.email_from_owner()
    item_note_add(item=item, actor=desk.csr, text="Called Pat, no answer.")
    assert item.events.get(kind=ItemEvent.Kind.NOTE).actor == desk.csr
    with pytest.raises(ApplicationError):
        item_note_add(item=item, actor=desk.csr, text=" ")


def test_the_default_types_are_loaded_by_migrations():
    """R-13 exactly, plus the pairs, and the other four types."""
    general = ActionType.objects.get(code="general-inquiry-email")
    orders = dict(general.steps.values_list("order", "name"))
    assert {order: orders[order] for order in (1, 5, 10, 15, 80, 99)} == {
        1: "Review Message",
        5: "Reply to Owner from Customer Support",
        10: "Question for Manager",
        15: "Reply to Owner from Manager",
        80: "Closed",
        99: "Void",
    }
    assert set(ActionType.objects.values_list("code", flat=True)) >= {
        "phone-message",
        "work-order-update",
        "complaint-repair",
        "contractor-permit",
    }
    assert ActionType.objects.get(code="contractor-permit").sla_minutes == 30
