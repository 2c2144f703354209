"""IMAP transport: fetch the raw bytes of new messages and mark them processed, nothing more.

Parsing, storing and deciding what a message means happen elsewhere; this module only talks
to the server. Every failure a user can act on (wrong password, server unreachable, folder
missing) comes out as a `MailTransportError` with a clear message that never holds the password.
"""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from imap_tools import AND, MailBox, MailBoxStartTls, MailBoxUnencrypted, MailMessage
from imap_tools.errors import (
    MailboxFolderCreateError,
    MailboxFolderSelectError,
    MailboxLoginError,
    MailboxStarttlsError,
    UnexpectedCommandStatusError,
)
from imap_tools.mailbox import BaseMailBox
from imap_tools.utils import check_command_status

from caredesk.mailroom.models import MailAccount

PROCESSED_KEYWORD = "$CaredeskProcessed"
FETCH_BATCH_SIZE = 20
MARK_BATCH_SIZE = 200
DEFAULT_PORTS = {
    MailAccount.Security.SSL: 993,
    MailAccount.Security.STARTTLS: 143,
    MailAccount.Security.PLAIN: 143,
}


class MailTransportError(Exception):
    """Clear, user-facing reason (wrong password / server unreachable / folder missing ...)."""

    AUTH = "auth"
    UNREACHABLE = "unreachable"
    PROTOCOL = "protocol"
    FOLDER = "folder"

    def __init__(self, message: str, *, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class FetchedMail:
    uid: str
    raw: bytes


class _RawMailMessage(MailMessage):
    """A fetched message kept as the exact bytes the server sent; never parsed here."""

    def __init__(self, fetch_data: list) -> None:
        raw, uid_data, flag_data = self._get_message_data_parts(fetch_data)
        self._raw_uid_data = uid_data
        self._raw_flag_data = flag_data
        self.raw: bytes = raw


class ImapTransport:
    """One logged-in IMAP session on a mail account's folder (a context manager)."""

    def __init__(self, account: MailAccount, *, timeout: float = 30) -> None:
        self.account = account
        self.timeout = timeout
        self._mailbox: BaseMailBox | None = None
        self._processed_folder_ready = False

    @property
    def where(self) -> str:
        return f"{self.account.host}:{self._port}"

    @property
    def _port(self) -> int:
        return self.account.port or DEFAULT_PORTS.get(self.account.security, 993)

    def __enter__(self) -> ImapTransport:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def connect(self) -> None:
        """Connect, log in and select the account's folder."""
        account = self.account
        if not account.host:
            raise MailTransportError(
                f"No IMAP server is set for mail account '{account}'.",
                kind=MailTransportError.UNREACHABLE,
            )
        password = account.password
        if not password:
            hint = (
                f"the environment variable {account.password_env} is not set or empty"
                if account.password_env
                else "no password variable is set on the account"
            )
            raise MailTransportError(
                f"No password for {account.username or 'the mailbox'}: {hint}.",
                kind=MailTransportError.AUTH,
            )
        with self._translated("connecting to"):
            mailbox = self._open_mailbox()
            self._mailbox = mailbox
            mailbox.email_message_class = _RawMailMessage
        try:
            mailbox.login(account.username, password, initial_folder=None)
        except MailboxLoginError as error:
            self._drop_connection()
            raise MailTransportError(
                f"The server {self.where} refused the user name or password for "
                f"'{account.username}' ({_server_text(error)}).",
                kind=MailTransportError.AUTH,
            ) from None
        except Exception as error:
            self._drop_connection()
            raise self._translate(error, "logging in to") from None
        try:
            mailbox.folder.set(account.folder or "INBOX")
        except MailboxFolderSelectError:
            self.close()
            raise MailTransportError(
                f"The folder '{account.folder}' does not exist on {self.where} "
                f"for '{account.username}'.",
                kind=MailTransportError.FOLDER,
            ) from None
        except Exception as error:
            self._drop_connection()
            raise self._translate(error, "opening the folder on") from None

    def close(self) -> None:
        """Log out; a server that has already gone away is not an error here."""
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is None:
            return
        try:
            mailbox.logout()
        except Exception:  # the session is over either way
            with contextlib.suppress(Exception):
                mailbox.client.shutdown()

    def fetch_new(self, *, limit: int | None = None) -> Iterator[FetchedMail]:
        """Messages not yet processed, oldest first, fetched in batches and left unseen."""
        mailbox = self._connected()
        with self._translated("searching"):
            uids = mailbox.uids(AND(deleted=False, no_keyword=PROCESSED_KEYWORD))
        uids = sorted(set(uids), key=int)
        if limit is not None:
            uids = uids[:limit]
        for start in range(0, len(uids), FETCH_BATCH_SIZE):
            batch = uids[start : start + FETCH_BATCH_SIZE]
            with self._translated("fetching messages from"):
                messages: list[Any] = list(
                    mailbox.fetch(uid_list=batch, mark_seen=False, bulk=True)
                )
            for message in messages:
                if message.uid:
                    yield FetchedMail(uid=message.uid, raw=message.raw)

    def mark_processed(self, uids: Sequence[str]) -> None:
        """Move the messages to the processed folder, or flag them when there is none."""
        uids = [str(uid) for uid in uids]
        if not uids:
            return
        mailbox = self._connected()
        folder = self.account.processed_folder.strip()
        if folder:
            self._ensure_processed_folder(folder)
            for start in range(0, len(uids), MARK_BATCH_SIZE):
                batch = uids[start : start + MARK_BATCH_SIZE]
                with self._translated(f"moving messages to '{folder}' on"):
                    # Flag first: should the move fail half-way the copies left behind are
                    # still recognised as processed and not fetched again.
                    self._store_flags(mailbox, batch)
                    mailbox.move(batch, folder)
            return
        for start in range(0, len(uids), MARK_BATCH_SIZE):
            batch = uids[start : start + MARK_BATCH_SIZE]
            with self._translated("flagging messages on"):
                self._store_flags(mailbox, batch)

    def _store_flags(self, mailbox: BaseMailBox, uids: Sequence[str]) -> None:
        # Not mailbox.flag(): it expunges afterwards, which would also remove messages that
        # someone else marked deleted in a shared mailbox.
        result = mailbox.client.uid(
            "STORE", ",".join(uids), "+FLAGS", f"({PROCESSED_KEYWORD} \\Seen)"
        )
        check_command_status(result, _FlagError)

    def _ensure_processed_folder(self, folder: str) -> None:
        if self._processed_folder_ready:
            return
        mailbox = self._connected()
        with self._translated("checking folders on"):
            exists = mailbox.folder.exists(folder)
        if not exists:
            try:
                mailbox.folder.create(folder)
            except MailboxFolderCreateError as error:
                raise MailTransportError(
                    f"Could not create the folder '{folder}' on {self.where} "
                    f"({_server_text(error)}).",
                    kind=MailTransportError.FOLDER,
                ) from None
            except Exception as error:
                raise self._translate(error, "creating a folder on") from None
            with contextlib.suppress(Exception):
                mailbox.folder.subscribe(folder, True)
        self._processed_folder_ready = True

    def _open_mailbox(self) -> BaseMailBox:
        host, port, timeout = self.account.host, self._port, self.timeout
        security = self.account.security
        if security == MailAccount.Security.PLAIN:
            return MailBoxUnencrypted(host, port, timeout=timeout)
        context = ssl.create_default_context()
        if security == MailAccount.Security.STARTTLS:
            return MailBoxStartTls(host, port, timeout=timeout, ssl_context=context)
        return MailBox(host, port, timeout=timeout, ssl_context=context)

    def _connected(self) -> BaseMailBox:
        if self._mailbox is None:
            raise MailTransportError(
                "Not connected to the IMAP server.", kind=MailTransportError.PROTOCOL
            )
        return self._mailbox

    def _drop_connection(self) -> None:
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is not None:
            with contextlib.suppress(Exception):
                mailbox.client.shutdown()

    @contextlib.contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        try:
            yield
        except MailTransportError:
            raise
        except Exception as error:
            raise self._translate(error, doing) from None

    def _translate(self, error: BaseException, doing: str) -> MailTransportError:
        """Turn a low-level failure into a message a person can act on."""
        where = self.where
        if isinstance(error, socket.gaierror):
            message = (
                f"The IMAP server '{self.account.host}' could not be found (DNS lookup failed)."
            )
            kind = MailTransportError.UNREACHABLE
        elif isinstance(error, ConnectionRefusedError):
            message = f"The IMAP server {where} refused the connection (nothing listening there?)."
            kind = MailTransportError.UNREACHABLE
        elif isinstance(error, TimeoutError):
            message = f"No answer from the IMAP server {where} within {self.timeout:g} seconds."
            kind = MailTransportError.UNREACHABLE
        elif isinstance(error, ssl.SSLError):
            message = f"The secure (TLS) connection to {where} failed: {_short(error)}."
            kind = MailTransportError.PROTOCOL
        elif isinstance(error, MailboxStarttlsError):
            message = f"The IMAP server {where} does not offer STARTTLS ({_server_text(error)})."
            kind = MailTransportError.PROTOCOL
        elif isinstance(error, imaplib.IMAP4.abort | EOFError | ConnectionError):
            message = f"The connection to {where} was lost while {doing} it: {_short(error)}."
            kind = MailTransportError.UNREACHABLE
        elif isinstance(error, OSError):
            message = f"Could not reach the IMAP server {where}: {_short(error)}."
            kind = MailTransportError.UNREACHABLE
        elif isinstance(error, UnexpectedCommandStatusError | imaplib.IMAP4.error):
            message = f"The IMAP server {where} refused a command while {doing} it: "
            message += (
                _server_text(error)
                if isinstance(error, UnexpectedCommandStatusError)
                else _short(error)
            )
            kind = MailTransportError.PROTOCOL
        else:
            raise error
        return MailTransportError(self._scrub(message), kind=kind)

    def _scrub(self, message: str) -> str:
        password = self.account.password
        return message.replace(password, "********") if password else message


class _FlagError(UnexpectedCommandStatusError):
    """The server refused to flag messages."""


def _short(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text[:300]


def _server_text(error: UnexpectedCommandStatusError) -> str:
    """The server's own words from a refused command, e.g. '[AUTHENTICATIONFAILED] ...'."""
    result = getattr(error, "command_result", None)
    try:
        parts = result[1] if result else []
        text = " ".join(
            part.decode(errors="replace") if isinstance(part, bytes) else str(part)
            for part in parts
            if part is not None
        )
    except Exception:  # fall back to the exception text
        text = ""
    return _short(Exception(text)) if text.strip() else _short(error)
