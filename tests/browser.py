"""Real Chromium for UI tests (Playwright driving Debian's /usr/bin/chromium, no download).

Registered as a pytest plugin in tests/conftest.py. `page` is a fresh browser tab whose
relative URLs go to pytest-django's live server; `sign_in(page, username)` signs a staff user in
through the real login form. Locally a missing Chromium or Playwright skips; under CI it fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import require

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "pw-for-tests-only-123"


def _chromium_path() -> str | None:
    configured = os.environ.get("CAREDESK_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    executable = _chromium_path()
    require(executable is not None, "Chromium not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - only without the test extras
        require(False, "playwright not installed (pip install -e '.[test]')")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still plain synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def page(chromium, live_server, transactional_db) -> Iterator[object]:
    from caredesk.actions.defaults import defaults_load

    defaults_load()  # a live-server test flushes the database afterwards, migration data too
    context = chromium.new_context(
        base_url=live_server.url, locale="en-US", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


def sign_in(page, username: str, password: str = PASSWORD) -> None:
    """Sign in through the login form and wait for the staff home page."""
    page.goto("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login/" not in url)
