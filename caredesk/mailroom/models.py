"""The mailroom: inboxes, mail accounts, raw messages kept first, parsed messages, files."""

from __future__ import annotations

import os

from django.db import models
from django.utils.translation import gettext_lazy as _

from caredesk.core.fields import JSONField
from caredesk.core.models import TimeStampedModel


class Inbox(TimeStampedModel):
    """A shared inbox of the desk; its rank is its place in the order of work."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    rank = models.PositiveSmallIntegerField(_("rank"), default=10)
    address = models.EmailField(_("reply-from address"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["rank", "name"]
        verbose_name = _("inbox")
        verbose_name_plural = _("inboxes")

    def __str__(self) -> str:
        return self.name


class MailAccount(TimeStampedModel):
    """Where mail for an inbox comes from, and which action type its new messages create."""

    class Kind(models.TextChoices):
        IMAP = "imap", _("IMAP mailbox")
        DIRECTORY = "directory", _("Local directory of .eml files")
        MAILDIR = "maildir", _("Maildir")
        MBOX = "mbox", _("mbox file")
        WEBHOOK = "webhook", _("Inbound webhook")
        IMPORT = "import", _("Command-line import")

    class Security(models.TextChoices):
        SSL = "ssl", _("SSL/TLS")
        STARTTLS = "starttls", _("STARTTLS")
        PLAIN = "plain", _("None (plain text)")

    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.IMAP)
    inbox = models.ForeignKey(
        Inbox, on_delete=models.PROTECT, related_name="mail_accounts", verbose_name=_("inbox")
    )
    # Foreign keys may point to higher layers; the mailroom never imports that code.
    action_type = models.ForeignKey(
        "actions.ActionType",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("action type"),
        help_text=_("New messages become items of this type (default: General Inquiry)."),
    )
    first_step = models.ForeignKey(
        "actions.ActionStep",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("first step"),
        help_text=_("Leave empty for the first step of the action type."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    host = models.CharField(_("host"), max_length=255, blank=True)
    port = models.PositiveIntegerField(_("port"), null=True, blank=True)
    security = models.CharField(
        _("security"), max_length=10, choices=Security, default=Security.SSL
    )
    username = models.CharField(_("user name"), max_length=255, blank=True)
    password_env = models.CharField(
        _("password variable"),
        max_length=100,
        blank=True,
        help_text=_("Name of the environment variable that holds the password."),
    )
    folder = models.CharField(_("folder"), max_length=255, default="INBOX")
    processed_folder = models.CharField(
        _("move processed mail to"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to flag processed mail as seen instead."),
    )
    path = models.CharField(_("path"), max_length=500, blank=True)
    webhook_provider = models.CharField(_("webhook provider"), max_length=30, blank=True)

    poll_interval_seconds = models.PositiveIntegerField(_("poll every (seconds)"), default=60)
    next_poll_at = models.DateTimeField(_("next poll"), null=True, blank=True)
    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    failure_count = models.PositiveIntegerField(_("failures in a row"), default=0)

    class Meta:
        ordering = ["name"]
        verbose_name = _("mail account")
        verbose_name_plural = _("mail accounts")

    def __str__(self) -> str:
        return self.name

    @property
    def password(self) -> str:
        """The password, read from the environment variable the account names."""
        return os.environ.get(self.password_env, "") if self.password_env else ""


class RawMessage(models.Model):
    """The bytes of a message exactly as they arrived, kept before anything else happens."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        PROCESSED = "processed", _("Processed")
        QUARANTINED = "quarantined", _("Quarantined")
        SENT = "sent", _("Sent")

    account = models.ForeignKey(
        MailAccount,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="raw_messages",
        verbose_name=_("mail account"),
    )
    dedupe_key = models.CharField(_("dedupe key"), max_length=600, unique=True)
    message_id = models.CharField(_("Message-ID"), max_length=500, blank=True, db_index=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    size = models.PositiveIntegerField(_("size"))
    raw = models.BinaryField(_("raw bytes"))
    source = models.CharField(_("source"), max_length=500, blank=True)
    received_at = models.DateTimeField(_("received at"), db_index=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status, default=Status.RECEIVED, db_index=True
    )
    error = models.TextField(_("error"), blank=True)
    duplicate_count = models.PositiveIntegerField(_("times re-delivered"), default=0)
    last_duplicate_at = models.DateTimeField(_("last re-delivered"), null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("raw message")
        verbose_name_plural = _("raw messages")

    def __str__(self) -> str:
        return self.message_id or self.sha256[:12]


class Message(models.Model):
    """A parsed message the desk received or sent."""

    class Direction(models.TextChoices):
        INBOUND = "in", _("Received")
        OUTBOUND = "out", _("Sent")

    class Priority(models.TextChoices):
        HIGH = "high", _("High")
        NORMAL = "normal", _("Normal")
        LOW = "low", _("Low")

    raw = models.OneToOneField(
        RawMessage, on_delete=models.PROTECT, related_name="message", verbose_name=_("raw message")
    )
    direction = models.CharField(
        _("direction"), max_length=3, choices=Direction, default=Direction.INBOUND
    )
    message_id = models.CharField(_("Message-ID"), max_length=500, blank=True, db_index=True)
    in_reply_to = models.TextField(_("In-Reply-To"), blank=True)
    references = models.TextField(_("References"), blank=True)
    subject = models.CharField(_("subject"), max_length=1000, blank=True)
    from_email = models.CharField(_("from"), max_length=254, blank=True, db_index=True)
    from_name = models.CharField(_("from name"), max_length=300, blank=True)
    to = JSONField(_("to"), default=list, blank=True)
    cc = JSONField(_("cc"), default=list, blank=True)
    sent_at = models.DateTimeField(_("date"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    html = models.TextField(_("HTML (sanitised)"), blank=True)
    new_text = models.TextField(_("new text"), blank=True)
    is_automatic = models.BooleanField(_("automatic"), default=False, db_index=True)
    automatic_reason = models.CharField(_("why automatic"), max_length=200, blank=True)
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority, default=Priority.NORMAL
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]  # one batch shares a moment: then insert order
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        return self.subject or self.message_id

    @property
    def reference_ids(self) -> list[str]:
        return [part for part in (self.in_reply_to + " " + self.references).split() if part]


class ThreadKey(models.Model):
    """A Message-ID a message carries or points to (its own, In-Reply-To, References).

    Two messages that share a key belong to one conversation, whichever arrived first.
    """

    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, related_name="thread_keys", verbose_name=_("message")
    )
    key = models.CharField(_("Message-ID"), max_length=500, db_index=True)

    class Meta:
        verbose_name = _("thread key")
        verbose_name_plural = _("thread keys")
        constraints = [models.UniqueConstraint(fields=["message", "key"], name="thread_key_unique")]

    def __str__(self) -> str:
        return self.key


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"attachments/{instance.sha256[:2]}/{instance.sha256}/{filename}"


class Attachment(models.Model):
    """A file that came with a message; an oversize one is recorded without its content."""

    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("message")
    )
    filename = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=200)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=500, blank=True)
    oversize = models.BooleanField(_("over the size limit"), default=False)
    content_id = models.CharField(_("Content-ID"), max_length=300, blank=True)
    is_inline = models.BooleanField(_("inline"), default=False)

    class Meta:
        ordering = ["id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename
