"""Shared test setup: real servers are started by the plugins under tests/servers/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = [
    "tests.servers.dovecot",
    "tests.servers.smtp",
    "tests.workflow",
    "tests.browser",
]

REPO_DIR = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """../shared beside the repository (CAREDESK_SHARED_DIR overrides)."""
    return Path(os.environ.get("CAREDESK_SHARED_DIR", REPO_DIR.parent / "shared")).resolve()


def require(condition: bool, reason: str) -> None:
    """Skip when a needed server or file is missing locally; under CI that is a failure."""
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def shared() -> Path:
    path = shared_dir()
    require(path.is_dir(), f"../shared not found at {path}")
    return path


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Hashing test passwords the slow, safe way only costs time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Attachments and the outbox of each test go to its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CAREDESK_OUTBOX_DIR = tmp_path / "outbox"
    settings.EMAIL_FILE_PATH = str(tmp_path / "outbox")
