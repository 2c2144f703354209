"""Mailroom URLs: the inbound mail webhooks of the providers we support.

Point the provider at (with the prefix the project's urls.py gives, e.g. ``mail/``):
    Mailgun   .../webhooks/mailgun/inbound_mime/   (route action forward(); "mime" in the URL
              makes Mailgun post the raw message; signed with MAILGUN_WEBHOOK_SIGNING_KEY)
    Postmark  https://user:secret@host/.../webhooks/postmark/inbound/   (basic auth,
              ANYMAIL WEBHOOK_SECRET "user:secret"; tick "include raw email content")
"""

from __future__ import annotations

from anymail.webhooks.mailgun import MailgunInboundWebhookView
from anymail.webhooks.postmark import PostmarkInboundWebhookView
from django.urls import path, re_path

from caredesk.mailroom.webhooks import basic_auth_required

app_name = "mailroom"
urlpatterns = [
    re_path(
        r"^webhooks/mailgun/inbound(_mime)?/$",
        MailgunInboundWebhookView.as_view(),
        name="mailgun-inbound",
    ),
    path(
        "webhooks/postmark/inbound/",
        basic_auth_required(PostmarkInboundWebhookView.as_view()),
        name="postmark-inbound",
    ),
]
