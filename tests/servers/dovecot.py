"""A real Dovecot IMAP server for the tests, on a free loopback port (pytest plugin).

The configuration follows ../shared/ci/dovecot.conf.example. Dovecot runs as root and drops to
`nobody` for the mail; the temporary directory is made traversable for that user.
"""

from __future__ import annotations

import contextlib
import imaplib
import itertools
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DEFAULT_USER = "care@example.test"
DEFAULT_PASSWORD = "care-imap-secret"
POOL_SIZE = 500

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = @DIR@/run
state_dir = @DIR@/state
log_path = @DIR@/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 1
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = @PORT@
  }
  inet_listener imaps {
    port = 0
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @DIR@/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=@DIR@/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Archive {
    auto = subscribe
    special_use = \\Archive
  }
  mailbox Processed {
    auto = subscribe
  }
}
"""


@dataclass(frozen=True)
class StoredMessage:
    """A message as the server holds it: its UID, flags and bytes."""

    uid: str
    flags: frozenset[str]
    raw: bytes


@dataclass
class DovecotServer:
    """A running Dovecot with helpers to put mail in and look at what the desk left behind."""

    directory: Path
    host: str
    port: int
    users: dict[str, str] = field(default_factory=dict)
    _counter: Iterator[int] = field(default_factory=itertools.count)

    @property
    def config_path(self) -> Path:
        return self.directory / "dovecot.conf"

    def user_add(self) -> tuple[str, str]:
        """A new, empty mailbox (address, password), so each test starts clean.

        The users file is written once at start: Dovecot may not notice a rewrite within the
        same second, so a pool of mailboxes is set up in advance and handed out here.
        """
        number = next(self._counter)
        address = f"box{number}@example.test"
        if address not in self.users:
            raise RuntimeError(f"only {POOL_SIZE} test mailboxes; raise POOL_SIZE")
        return address, self.users[address]

    def _write_users(self) -> None:
        lines = "".join(f"{user}:{{PLAIN}}{password}\n" for user, password in self.users.items())
        path = self.directory / "users"
        staged = path.with_suffix(".new")
        staged.write_text(lines)
        staged.chmod(0o644)
        staged.replace(path)

    @contextlib.contextmanager
    def connect(self, user: str = DEFAULT_USER) -> Iterator[imaplib.IMAP4]:
        client = imaplib.IMAP4(self.host, self.port, timeout=30)
        try:
            client.login(user, self.users[user])
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, raw: bytes, *, user: str = DEFAULT_USER, folder: str = "INBOX") -> None:
        """Deliver raw message bytes into a folder of the user, unseen."""
        with self.connect(user) as client:
            status, data = client.append(folder, "", imaplib.Time2Internaldate(time.time()), raw)
            assert status == "OK", data

    def messages(self, folder: str = "INBOX", *, user: str = DEFAULT_USER) -> list[StoredMessage]:
        """What is in the folder now (an empty list if the folder does not exist)."""
        with self.connect(user) as client:
            status, _ = client.select(_quote(folder), readonly=True)
            if status != "OK":
                return []
            status, data = client.uid("SEARCH", "ALL")
            uids = data[0].split() if data and data[0] else []
            found = []
            for uid in uids:
                status, parts = client.uid("FETCH", uid, "(FLAGS BODY.PEEK[])")
                assert status == "OK", parts
                head, raw = parts[0]
                flags = re.search(rb"FLAGS \(([^)]*)\)", head)
                found.append(
                    StoredMessage(
                        uid=uid.decode(),
                        flags=frozenset(flags.group(1).decode().split()) if flags else frozenset(),
                        raw=raw,
                    )
                )
            return found

    def folders(self, *, user: str = DEFAULT_USER) -> list[str]:
        with self.connect(user) as client:
            status, data = client.list()
            assert status == "OK", data
            names = []
            for line in data:
                match = re.search(rb'\) "[^"]*" (.+)$', line or b"")
                if match:
                    names.append(match.group(1).decode().strip('"'))
            return names


def _quote(folder: str) -> str:
    return f'"{folder}"' if " " in folder else folder


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_greeting(host: str, port: int, log: Path, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1) as connection:
                if connection.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.1)
    text = log.read_text(errors="replace") if log.exists() else "(no log)"
    raise RuntimeError(f"dovecot did not answer on {host}:{port}:\n{text[-2000:]}")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A real Dovecot IMAP server on 127.0.0.1, stopped and removed at the end of the session."""
    from tests.conftest import require

    require(Path(DOVECOT).exists(), "dovecot not installed (apt-get install dovecot-imapd)")
    directory = Path(tempfile.mkdtemp(prefix="caredesk-dovecot-"))
    directory.chmod(0o755)
    for name in ("run", "state", "mail"):
        (directory / name).mkdir()
    shutil.chown(directory / "mail", "nobody", "nogroup")
    port = _free_port()
    config = CONFIG.replace("@DIR@", str(directory)).replace("@PORT@", str(port))
    server = DovecotServer(directory=directory, host="127.0.0.1", port=port)
    server.config_path.write_text(config)
    server.users[DEFAULT_USER] = DEFAULT_PASSWORD
    server.users.update(
        {f"box{number}@example.test": f"box-{number}-secret" for number in range(POOL_SIZE)}
    )
    server._write_users()
    # Dovecot daemonises and its children keep the standard streams: never pipe them.
    startup_log = directory / "startup.log"
    with startup_log.open("wb") as output:
        started = subprocess.run(
            [DOVECOT, "-c", str(server.config_path)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
        )
    try:
        if started.returncode != 0:
            raise RuntimeError(f"dovecot did not start: {startup_log.read_text(errors='replace')}")
        _wait_for_greeting(server.host, port, directory / "dovecot.log")
        yield server
    finally:
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                [DOVECOT, "-c", str(server.config_path), "stop"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
                timeout=30,
            )
        _wait_for_exit(directory / "run" / "master.pid")
        shutil.rmtree(directory, ignore_errors=True)


def _wait_for_exit(pid_file: Path, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
