"""Mail from the local file system: .eml files, folders of them, Maildir folders, mbox files.

Fetch bytes only; every unreadable file is reported and the rest go on.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class FileMail:
    source: str
    raw: bytes


@dataclass(frozen=True)
class FileProblem:
    source: str
    reason: str


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def is_mbox(path: Path) -> bool:
    if not path.is_file():
        return False
    if path.suffix.lower() == ".mbox":
        return True
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def mail_paths_count(paths: list[Path]) -> int:
    """How many messages (about) the paths hold, for a progress bar."""
    total = 0
    for path in paths:
        if is_maildir(path):
            total += sum(1 for sub in ("cur", "new") for _ in (path / sub).iterdir())
        elif path.is_dir():
            total += sum(1 for child in path.rglob("*") if child.is_file())
        elif path.exists():
            total += 1
    return total


def mail_from_paths(paths: list[Path]) -> Iterator[FileMail | FileProblem]:
    """Every message under the paths, in name order; problems are yielded, not raised."""
    for path in paths:
        if not path.exists():
            yield FileProblem(str(path), "no such file or directory")
        elif is_maildir(path):
            yield from _maildir(path)
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.name not in SKIPPED_NAMES:
                    if any(part.startswith(".") for part in child.relative_to(path).parts):
                        continue
                    if is_maildir(child.parent.parent) and child.parent.name == "tmp":
                        continue
                    yield from _file(child)
        else:
            yield from _file(path)


def _file(path: Path) -> Iterator[FileMail | FileProblem]:
    try:
        if is_mbox(path):
            yield from _mbox(path)
            return
        data = path.read_bytes()
    except OSError as error:
        yield FileProblem(str(path), f"cannot read: {error.strerror or error}")
        return
    yield FileMail(str(path), data)


def _mbox(path: Path) -> Iterator[FileMail | FileProblem]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            try:
                yield FileMail(f"{path}#{index + 1}", box.get_bytes(key))
            except (OSError, ValueError) as error:
                yield FileProblem(f"{path}#{index + 1}", f"cannot read: {error}")
    finally:
        box.close()


def _maildir(path: Path) -> Iterator[FileMail | FileProblem]:
    box = mailbox.Maildir(str(path), factory=None, create=False)
    for key in sorted(box.iterkeys()):
        try:
            yield FileMail(f"{path}/{key}", box.get_bytes(key))
        except (OSError, KeyError) as error:
            yield FileProblem(f"{path}/{key}", f"cannot read: {error}")
