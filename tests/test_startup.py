"""Start-up: what every process pays for. `caredesk ingest` starts Django for each run, so a
library only some commands use is imported when it is used, and what it did at start-up
(anymail's system checks) still happens."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from django.core import checks
from django.test import override_settings

from caredesk.core.text import normalise_phone
from caredesk.kb.rendering import markdown_to_html

LATE = ("requests", "phonenumbers", "markdown")

SETUP = f"""
import json, sys
import django
django.setup()
from caredesk.intake import ingest  # what `caredesk ingest` imports
print(json.dumps([name for name in {LATE!r} if name in sys.modules]))
"""


def test_django_start_up_imports_no_library_that_only_some_commands_use():
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="caredesk.config.settings")
    done = subprocess.run(
        [sys.executable, "-c", SETUP], env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_late_imports_still_work_where_they_are_used():
    assert normalise_phone("(415) 555-0134") == "+14155550134"
    assert markdown_to_html("# Pool hours\n\n**9 to 5**") == (
        "<h2>Pool hours</h2>\n<p><strong>9 to 5</strong></p>"
    )


def test_anymails_system_checks_still_run():
    with override_settings(DEBUG=False, ANYMAIL={"DEBUG_API_REQUESTS": True}):
        found = {message.id for message in checks.run_checks()}
    assert "anymail.W002" in found
    with override_settings(ANYMAIL={"WEBHOOK_AUTHORIZATION": "user:secret"}):
        found = {message.id for message in checks.run_checks()}
    assert "anymail.E001" in found
