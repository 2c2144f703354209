"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, collecting what it receives.

Fixtures:
    smtp_server    the running server (``.port``, ``.received``, ``.last_message()``,
                   ``.stop()`` / ``.start()`` to take it down and bring it back on the same port)
    mail_via_smtp  Django's SMTP backend pointed at that server; yields the server
"""

from __future__ import annotations

import email
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

import pytest

from tests.conftest import require

try:
    from aiosmtpd.controller import Controller
except ImportError:  # pragma: no cover - the test extra installs it
    Controller = None

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Envelope:
    """One message as the server received it: SMTP envelope and the DATA bytes."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes


class _Collector:
    def __init__(self, received: list[Envelope], lock: threading.Lock) -> None:
        self.received = received
        self.lock = lock

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        with self.lock:
            self.received.append(
                Envelope(
                    mail_from=envelope.mail_from,
                    rcpt_tos=list(envelope.rcpt_tos),
                    content=bytes(envelope.original_content or envelope.content),
                )
            )
        return "250 Message accepted for delivery"


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class SmtpServer:
    """An aiosmtpd server on a fixed port that can be stopped and started again."""

    def __init__(self, port: int) -> None:
        self.host = HOST
        self.port = port
        self.received: list[Envelope] = []
        self._lock = threading.Lock()
        self._controller = None

    @property
    def is_running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is not None:
            return
        controller = Controller(
            _Collector(self.received, self._lock), hostname=self.host, port=self.port
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def last_message(self) -> EmailMessage:
        """The last message received, parsed as a modern email message."""
        assert self.received, "the SMTP server received nothing"
        return email.message_from_bytes(self.received[-1].content, policy=policy.default)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A running aiosmtpd server on a free port; stopped at teardown."""
    require(Controller is not None, "aiosmtpd is not installed")
    server = SmtpServer(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mail_via_smtp(settings, smtp_server: SmtpServer) -> SmtpServer:
    """Django sends through the SMTP backend to the test server."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = smtp_server.host
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    return smtp_server
