"""Background jobs of the actions app: thin wrappers around services and the mailroom."""

from __future__ import annotations

from django.conf import settings
from django_tasks import task

from caredesk.actions.services import items_overdue_flag, surge_check
from caredesk.mailroom.models import Message
from caredesk.mailroom.sending import OutgoingMail, message_resend, message_send


@task()
def deliver_message(message_pk: int) -> dict[str, object]:
    """Send a stored outgoing message (a reply to an owner); a failure stays on the row."""
    message = Message.objects.select_related("raw").filter(pk=message_pk).first()
    if message is None:
        return {"message": message_pk, "error": "not found"}
    message_resend(message=message)
    return {"message": message_pk, "sent_at": message.sent_at.isoformat()}


@task()
def send_alert_email(addresses: list[str], title: str, body: str, url: str) -> int:
    """An alert to staff by email (automatic, so robots do not answer it)."""
    link = f"{settings.CAREDESK_BASE_URL.rstrip('/')}{url}" if url else ""
    message_send(
        mail=OutgoingMail(
            to=addresses, subject=f"[Caredesk] {title}", text=f"{body}\n\n{link}".strip() + "\n"
        ),
        automatic=True,
    )
    return len(addresses)


@task()
def flag_overdue_items() -> list[int]:
    """Flag items past their deadline and alert their leads."""
    return [item.number for item in items_overdue_flag()]


@task()
def check_surge() -> bool:
    """Apply the surge rule to the waiting urgent items; True when it alerted."""
    return surge_check()
