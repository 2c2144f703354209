"""Mail from folders: which files are taken, in which order, and how many a progress bar
expects (transports.files, walking with os.scandir)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caredesk.mailroom.transports.files import mail_from_paths, mail_paths_count

MAIL = b"From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n"


def _tree(root: Path) -> None:
    for relative in (
        "b.eml",
        "a-b.eml",  # sorts after a/b.eml by path parts, before it as a plain string
        "a/b.eml",
        "a/c/d.eml",
        "A.eml",
        ".hidden.eml",
        ".git/objects/x",
        "Thumbs.db",
        "sub/.DS_Store",
        "sub/z.eml",
        "box/cur/1.eml",  # a Maildir inside the folder: cur and new are read, tmp is not
        "box/new/2.eml",
        "box/tmp/3.eml",
        "tmp/not-a-maildir.eml",
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(MAIL)
    (root / "empty-folder").mkdir()
    outside = root.parent / "outside"
    outside.mkdir()
    (outside / "far.eml").write_bytes(MAIL)
    os.symlink(outside / "far.eml", root / "linked-file.eml")  # a file linked to: read
    os.symlink(outside, root / "linked-folder")  # a folder linked to: not entered
    os.symlink(root / "missing.eml", root / "broken.eml")  # points nowhere: not a file


def _as_rglob_did(root: Path) -> list[str]:
    """The rule before os.scandir: sorted rglob, files only, no hidden part, no Maildir tmp."""
    taken = []
    for child in sorted(root.rglob("*")):
        if not child.is_file() or child.name in {".DS_Store", "Thumbs.db", "desktop.ini"}:
            continue
        if any(part.startswith(".") for part in child.relative_to(root).parts):
            continue
        folder = child.parent
        if folder.name == "tmp" and (folder.parent / "cur").is_dir():
            continue
        taken.append(str(child))
    return taken


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_folder_gives_its_mail_files_in_path_order(tmp_path):
    root = tmp_path / "mail"
    _tree(root)
    sources = [mail.source for mail in mail_from_paths([root])]
    assert sources == [
        str(root / name)
        for name in (
            "A.eml",
            "a/b.eml",
            "a/c/d.eml",
            "a-b.eml",
            "b.eml",
            "box/cur/1.eml",
            "box/new/2.eml",
            "linked-file.eml",
            "sub/z.eml",
            "tmp/not-a-maildir.eml",
        )
    ]
    assert sources == _as_rglob_did(root)
    assert all(mail.raw == MAIL for mail in mail_from_paths([root]))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_the_count_is_every_file_under_the_folder(tmp_path):
    root = tmp_path / "mail"
    _tree(root)
    assert mail_paths_count([root]) == sum(1 for c in root.rglob("*") if c.is_file()) == 15
    assert mail_paths_count([root / "b.eml", root / "nothing-here"]) == 1


def test_a_folder_that_may_not_be_read_is_passed_over(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    root = tmp_path / "mail"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "x.eml").write_bytes(MAIL)
    (root / "open.eml").write_bytes(MAIL)
    (root / "locked").chmod(0)
    try:
        assert [m.source for m in mail_from_paths([root])] == [str(root / "open.eml")]
    finally:
        (root / "locked").chmod(0o755)
