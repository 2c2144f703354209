"""core.files.file_write_whole: the old file or the new one, never part of one."""

from __future__ import annotations

import pytest

from caredesk.core.files import file_write_whole


def test_it_writes_a_new_file_in_a_new_folder_and_replaces_an_old_one(tmp_path):
    path = tmp_path / "cache" / "kept.bin"
    file_write_whole(path, b"first")
    assert path.read_bytes() == b"first"
    file_write_whole(path, b"second, longer")
    assert path.read_bytes() == b"second, longer"
    assert [p.name for p in path.parent.iterdir()] == ["kept.bin"], "no temporary file left"


def test_a_failed_write_raises_and_leaves_the_old_file_and_no_temporary_one(tmp_path):
    path = tmp_path / "kept.bin"
    file_write_whole(path, b"old")
    with pytest.raises(TypeError):
        file_write_whole(path, "not bytes")  # type: ignore[arg-type]
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.bin"]
    blocked = tmp_path / "a file"
    blocked.write_bytes(b"")
    with pytest.raises(OSError):
        file_write_whole(blocked / "kept.bin", b"data")
