"""/api/v1/: tokens and sessions, the same permission checks as the UI, JSON errors."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.test import Client

from caredesk.actions.models import ActionItem, ActionType, ItemEvent
from caredesk.api.services import token_create, token_revoke
from caredesk.directory.models import Person
from caredesk.mailroom.models import Message
from tests.mail import eml, homeowner

pytestmark = pytest.mark.django_db


class Api:
    """A client for one user's token."""

    def __init__(self, key: str) -> None:
        self.client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")

    def get(self, path: str, **params):
        return self.client.get(f"/api/v1{path}", params)

    def post(self, path: str, body: dict):
        return self.client.post(f"/api/v1{path}", body, content_type="application/json")


def api_for(user) -> Api:
    return Api(token_create(user=user, name="test")[1])


@pytest.fixture
def csr(desk) -> Api:
    return api_for(desk.csr)


def take(client: Api, item_id: int) -> None:
    """Claim the next item, as the desk does before working one; it must be this one."""
    taken = client.post("/queue/next", {})
    assert taken.status_code == 200 and taken.json()["id"] == item_id, taken.content


def test_create_api_token_prints_a_working_token(desk):
    out = io.StringIO()
    call_command("create_api_token", "carla-csr", stdout=out)
    key = out.getvalue().strip()
    assert key.startswith("cdk_")
    assert Api(key).get("/items").status_code == 200


def test_no_token_a_wrong_token_or_a_revoked_token_is_a_json_401(desk):
    assert Client().get("/api/v1/items").status_code == 401
    wrong = Api("cdk_not-a-real-token").get("/items")
    assert wrong.status_code == 401 and "token" in wrong.json()["detail"]
    token, key = token_create(user=desk.csr)
    token_revoke(token=token)
    assert Api(key).get("/items").status_code == 401


def test_a_session_works_but_a_post_without_the_csrf_token_is_refused(desk):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(desk.csr)
    item = desk.email_from_owner()
    assert browser.get("/api/v1/items").json()["count"] == 1
    refused = browser.post(
        f"/api/v1/items/{item.pk}/notes", {"text": "hi"}, content_type="application/json"
    )
    assert refused.status_code == 403
    assert not item.events.filter(kind=ItemEvent.Kind.NOTE).exists()


def test_the_openapi_document_lists_the_endpoints():
    document = Client().get("/api/v1/openapi.json").json()
    assert document["info"]["title"] == "Caredesk API"
    assert {"/api/v1/items", "/api/v1/items/{item_id}/step", "/api/v1/me/items"} <= set(
        document["paths"]
    )


def test_an_item_in_the_api_carries_the_promised_fields(desk, csr):
    item = desk.email_from_owner(subject="Pool gate code")
    body = csr.get("/items").json()
    assert body["count"] == 1
    row = body["items"][0]
    assert {
        key: row[key]
        for key in ("id", "number", "subject", "from_email", "is_open", "orphan", "urgency")
    } == {
        "id": item.pk,
        "number": item.number,
        "subject": "Pool gate code",
        "from_email": "pat@example.com",
        "is_open": True,
        "orphan": False,
        "urgency": "normal",
    }
    assert row["step"] == {
        "id": item.step_id,
        "order": 1,
        "code": "review-message",
        "name": "Review Message",
        "name_zh": "审阅消息",
    }
    assert row["action_type"]["code"] == "general-inquiry-email"
    assert row["inbox"]["name"] == "CC General"
    assert row["association"]["name"] == desk.association.name
    assert row["person"] == {
        "id": desk.owner.person_id,
        "name": "Pat Lee",
        "email": "pat@example.com",
    }
    for key in ("leak_related", "received_at", "created_at", "due_at", "version"):
        assert key in row


def test_filters_and_pagination(desk, csr):
    for number in range(3):
        desk.email_from_owner(subject=f"Question {number}")
    orphan = desk.receive(eml(sender="someone@else.example", subject="Who am I"))
    assert csr.get("/items", orphan="true").json()["items"][0]["id"] == orphan.pk
    assert csr.get("/items", orphan="false").json()["count"] == 3
    page = csr.get("/items", limit=2, offset=0).json()
    assert page["count"] == 4 and len(page["items"]) == 2
    assert csr.get("/items", role="manager").json()["count"] == 0
    assert csr.get("/items", role="customer-support", is_open="true").json()["count"] == 4
    assert csr.get("/items", association=desk.association.pk).json()["count"] == 3
    assert csr.get("/items", inbox="CC General").json()["count"] == 4
    assert csr.get("/items", inbox="CC Priority").json()["count"] == 0
    assert csr.get("/items", q="Who am").json()["count"] == 1
    assert csr.get("/items", urgency="emergency").json()["count"] == 0
    assert csr.get("/items", limit=0).status_code == 422


def test_walk_a_general_inquiry_through_the_api_with_the_reply_caught_by_smtp(
    desk, csr, mail_via_smtp, committing
):
    """Step by order number; the reply goes out; the owner's answer reopens it."""
    item = desk.email_from_owner(message_id="api-q@owner.example")
    manager = api_for(desk.manager)
    assert manager.get("/me/items").json()["count"] == 0

    take(csr, item.pk)
    moved = csr.post(f"/items/{item.pk}/step", {"to_step": 10, "note": "For the manager"})
    assert moved.status_code == 200, moved.content
    assert moved.json()["step"]["code"] == "question-manager"
    assert manager.get("/me/items").json()["items"][0]["id"] == item.pk

    replied = committing(
        lambda: manager.post(
            f"/items/{item.pk}/step", {"to_step": "reply-manager", "note": "Code is 4711."}
        )
    )
    assert replied.status_code == 200, replied.content
    body = replied.json()
    assert body["is_open"] is False and body["first_response_at"] is not None
    assert [m["direction"] for m in body["messages"]] == ["in", "out"]
    assert [event["kind"] for event in body["history"]][-2:] == ["stepped", "reply_sent"]
    sent = mail_via_smtp.last_message()
    assert "Code is 4711." in sent.get_body(preferencelist=("plain",)).get_content()

    outbound = Message.objects.get(direction=Message.Direction.OUTBOUND)
    desk.receive(eml(sender="pat@example.com", in_reply_to=outbound.message_id))
    again = csr.get(f"/items/{item.pk}").json()
    assert again["is_open"] is True and again["step"]["code"] == "question-manager"
    assert again["has_new_reply"] is True


def test_a_stale_version_gets_409_and_a_user_without_the_role_403(desk, csr):
    item = desk.email_from_owner()
    take(csr, item.pk)
    stale = csr.get(f"/items/{item.pk}").json()["version"]
    assert csr.post(f"/items/{item.pk}/step", {"to_step": 10}).status_code == 200

    conflict = api_for(desk.lead).post(
        f"/items/{item.pk}/step", {"to_step": "closed", "expected_version": stale}
    )
    assert conflict.status_code == 409
    assert "changed by carla-csr" in conflict.json()["detail"]

    refused = api_for(desk.other_manager).post(f"/items/{item.pk}/step", {"to_step": 15})
    # Another association's manager cannot even see the item.
    assert refused.status_code == 404
    refused = csr.post(f"/items/{item.pk}/step", {"to_step": 15, "note": "x"})
    assert refused.status_code == 403 and "Manager" in refused.json()["detail"]
    item.refresh_from_db()
    assert item.step.code == "question-manager"


def test_a_queue_item_is_worked_after_next_item_never_by_skipping_ahead(desk, csr):
    """The API refuses, as the web desk does, to move an unclaimed queue item (R-03)."""
    item = desk.email_from_owner()
    before = (item.step_id, item.version)
    skipped = csr.post(f"/items/{item.pk}/step", {"to_step": 10, "note": "For the manager"})
    assert skipped.status_code == 403 and "Next item" in skipped.json()["detail"]
    item.refresh_from_db()
    assert (item.step_id, item.version) == before
    take(csr, item.pk)
    assert csr.post(f"/items/{item.pk}/step", {"to_step": 10}).status_code == 200
    # a lead may move any item, claimed or not
    other = desk.email_from_owner(message_id="api-lead@owner.example")
    assert api_for(desk.lead).post(f"/items/{other.pk}/step", {"to_step": 10}).status_code == 200


def test_business_rule_errors_are_400_and_bad_requests_422(desk, csr):
    item = desk.email_from_owner()
    take(csr, item.pk)
    no_note = csr.post(f"/items/{item.pk}/step", {"to_step": "reply-customer-support"})
    assert no_note.status_code == 400 and "Write the answer" in no_note.json()["detail"]
    assert csr.post(f"/items/{item.pk}/step", {"note": "no step"}).status_code == 422
    assert csr.post(f"/items/{item.pk}/step", {"to_step": 77}).status_code == 400
    assert csr.get("/items/999999").status_code == 404


def test_create_attach_note_and_the_action_types(desk, csr):
    created = csr.post(
        "/items",
        {
            "action_type": "phone-message",
            "subject": "Caller asks about trash day",
            "description": "Unknown caller, 555-0100.",
            "channel": "phone",
            "inbox": "CC Priority",
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["channel"], body["orphan"], body["inbox"]["name"]) == (
        "phone",
        True,
        "CC Priority",
    )
    attached = csr.post(f"/items/{body['id']}/attach", {"account": desk.owner.number})
    assert attached.status_code == 200
    assert attached.json()["person"]["name"] == "Pat Lee"
    assert attached.json()["link"] == "linked"
    note = csr.post(f"/items/{body['id']}/notes", {"text": "Left a voicemail."})
    assert note.status_code == 201 and note.json()["actor"] == "carla-csr"
    bad = csr.post(f"/items/{body['id']}/attach", {"account": "NOPE"})
    assert bad.status_code == 400

    types = {row["code"]: row for row in csr.get("/action-types").json()}
    assert len(types) == 6  # the five workflows of the desk and Portal Request
    permit = types["contractor-permit"]
    assert permit["sla_minutes"] == 30
    assert [step["order"] for step in permit["steps"]] == [1, 10, 20, 30, 40, 50, 80, 99]
    review = next(s for s in types["complaint-repair"]["steps"] if s["code"] == "supervisor-review")
    assert review["signoffs"] == [
        {"code": "supervisor-approval", "name": "Supervisor's approval", "role": "cc-lead"}
    ]


def test_complaint_signoff_and_promise_through_the_api(desk, csr):
    created = csr.post(
        "/items",
        {
            "action_type": "complaint-repair",
            "subject": "Leak under the sink",
            "channel": "walk_in",
            "account": desk.owner.number,
        },
    ).json()
    path = f"/items/{created['id']}"
    lead = api_for(desk.lead)
    take(csr, created["id"])
    assert csr.post(f"{path}/step", {"to_step": "supervisor-review"}).status_code == 200
    blocked = lead.post(f"{path}/step", {"to_step": "engineering-dispatch"})
    assert blocked.status_code == 400 and "sign-offs" in blocked.json()["detail"]
    assert csr.post(f"{path}/promise", {"promised_at": "2026-11-23T15:00:00Z"}).status_code == 403
    assert lead.post(f"{path}/promise", {"promised_at": "2026-11-23T15:00:00Z"}).status_code == 200
    signed = lead.post(f"{path}/signoffs", {"signoff": "supervisor-approval"})
    assert signed.status_code == 200 and signed.json()["signoffs_missing"] == []
    moved = lead.post(f"{path}/step", {"to_step": "engineering-dispatch"})
    assert moved.status_code == 200 and moved.json()["promised_at"].startswith("2026-11-23T15")


def test_a_homeowners_token_sees_only_their_own_items_and_no_void_ones(desk, django_user_model):
    """R-39: changing ids in URLs reaches nothing of anyone else's."""
    pat_login = django_user_model.objects.create_user("pat", password="pw-for-tests-only-123")
    Person.objects.filter(pk=desk.owner.person_id).update(user=pat_login)
    homeowner(email="kim@example.com", name="Kim Neighbour", association=desk.association.name)
    mine = desk.email_from_owner(subject="Mine")
    voided = desk.email_from_owner(subject="Voided")
    theirs = desk.receive(eml(sender="kim@example.com", subject="Not Pat's"))
    api = api_for(pat_login)
    from caredesk.actions.services import item_step

    item_step(item=voided, to_step="void", actor=desk.csr)

    listed = api.get("/items").json()
    assert [row["id"] for row in listed["items"]] == [mine.pk]
    assert api.get(f"/items/{mine.pk}").status_code == 200
    assert api.get(f"/items/{mine.pk}").json()["history"] == []
    for other in (theirs, voided):
        assert api.get(f"/items/{other.pk}").status_code == 404
    assert api.post(f"/items/{theirs.pk}/notes", {"text": "x"}).status_code == 403
    assert api.post(f"/items/{mine.pk}/step", {"to_step": "closed"}).status_code == 403
    assert api.get("/action-types").status_code == 403
    assert api.get("/me/items").json()["count"] == 0


@pytest.mark.parametrize(
    ("code", "walk"),
    [
        ("general-inquiry-email", ["question-manager", "closed"]),
        ("phone-message", ["question-manager", "closed"]),
        ("work-order-update", ["question-manager", "closed"]),
        (
            "contractor-permit",
            ["finance-receipt", "security-review", "stamp", "laminate", "handover", "closed"],
        ),
    ],
)
def test_every_default_type_can_be_walked_to_closed_through_the_api(desk, code, walk):
    lead = api_for(desk.lead)  # a lead may move any step
    created = lead.post(
        "/items",
        {"action_type": code, "subject": f"Walk {code}", "account": desk.owner.number},
    )
    assert created.status_code == 201, created.content
    item_id = created.json()["id"]
    for step in walk:
        response = lead.post(f"/items/{item_id}/step", {"to_step": step})
        assert response.status_code == 200, response.content
    final = ActionItem.objects.get(pk=item_id)
    assert not final.is_open and final.action_type == ActionType.objects.get(code=code)


def test_a_user_creates_and_revokes_their_own_token_in_the_ui(desk):
    browser = Client()
    browser.force_login(desk.csr)
    page = browser.post("/settings/api-tokens/", {"name": "my script"})
    assert page.status_code == 200
    key = page.context["new_key"]
    assert key.startswith("cdk_") and key.encode() in page.content
    assert Api(key).get("/items").status_code == 200
    token = desk.csr.api_tokens.get()
    other = Client()
    other.force_login(desk.lead)
    other.post("/settings/api-tokens/", {"revoke": token.pk})  # not theirs: nothing happens
    assert Api(key).get("/items").status_code == 200
    browser.post("/settings/api-tokens/", {"revoke": token.pk})
    assert Api(key).get("/items").status_code == 401
    assert key.encode() not in browser.get("/settings/api-tokens/").content


def test_staff_find_a_homeowner_to_attach_an_orphan_to(desk, csr, django_user_model):
    """Search by name, email or account number; homeowners may not search the directory."""
    found = csr.get("/people", q="pat lee").json()
    assert [person["name"] for person in found] == ["Pat Lee"]
    assert found[0]["emails"] == ["pat@example.com"]
    assert found[0]["accounts"][0]["number"] == desk.owner.number
    assert csr.get("/people", q=desk.owner.number).json()[0]["id"] == desk.owner.person_id
    assert csr.get("/people", q="nobody-like-this").json() == []
    login = django_user_model.objects.create_user("pat", password="pw-for-tests-only-123")
    assert api_for(login).get("/people", q="pat").status_code == 403


def test_errors_speak_the_users_language(desk):
    """Accept-Language: zh-hans gets the message in Chinese."""
    item = desk.email_from_owner()
    take(api_for(desk.csr), item.pk)
    client = Client(
        HTTP_AUTHORIZATION=f"Bearer {token_create(user=desk.csr)[1]}",
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    response = client.post(
        f"/api/v1/items/{item.pk}/step",
        {"to_step": "reply-customer-support"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "请填写给业主的答复" in response.json()["detail"]


def test_my_action_items_list_emergencies_first_then_the_oldest(desk, csr):
    older = desk.email_from_owner(subject="Pool hours", body="When does the pool open?")
    emergency = desk.email_from_owner(
        subject="Water through the ceiling",
        body="Water is pouring through my bathroom ceiling right now!",
    )
    newer = desk.email_from_owner(subject="Gym hours", body="When does the gym open?")
    assert emergency.urgency == "emergency"
    order = [row["id"] for row in csr.get("/me/items").json()["items"]]
    assert order == [emergency.pk, older.pk, newer.pk]
