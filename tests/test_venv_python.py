"""scripts/venv-python: which Python the README's two commands make ./.venv from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "venv-python"


def chosen(**env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "VENV_PYTHON_CANDIDATES")}
    done = subprocess.run(
        ["bash", str(SCRIPT)], env={**environ, **env}, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def fake_python(folder: Path, name: str, version: str, *, has_venv: bool = True) -> Path:
    """A command that answers the script's question as a Python of that version would."""
    path = folder / name
    major, minor = version.split(".")
    answer = f"(({major}, {minor}) < (3, 11)) or not {has_venv}"
    path.write_text(
        f'#!/bin/sh\nexec {sys.executable} -c "import sys; sys.exit({answer})"\n', encoding="utf-8"
    )
    path.chmod(0o755)
    return path


def test_python_set_in_the_environment_is_used_as_it_is():
    assert chosen(PYTHON="python3.12") == "python3.12"


def test_the_first_candidate_of_3_11_or_newer_with_venv_is_chosen(tmp_path):
    old = fake_python(tmp_path, "old", "3.9")
    bare = fake_python(tmp_path, "bare", "3.12", has_venv=False)
    good = fake_python(tmp_path, "good", "3.11")
    later = fake_python(tmp_path, "later", "3.13")
    candidates = f"{tmp_path / 'missing'} {old} {bare} {good} {later}"
    assert chosen(VENV_PYTHON_CANDIDATES=candidates) == str(good)


def test_with_no_candidate_fit_it_falls_back_to_python3(tmp_path):
    old = fake_python(tmp_path, "old", "3.10")
    assert chosen(VENV_PYTHON_CANDIDATES=f"{old} {tmp_path / 'missing'}") == "python3"


def test_by_default_the_choice_is_a_python_3_11_or_newer_that_makes_virtual_environments():
    command = chosen()
    check = "import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))"
    assert subprocess.run([command, "-c", check]).returncode == 0
    system = Path("/usr/bin/python3")
    if system.exists() and subprocess.run([str(system), "-c", check]).returncode == 0:
        assert command == str(system), "the operating system's own build comes first"
