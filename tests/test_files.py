"""Writing a user's file: atomic, through symlinks, keeping mode, refusing read-only files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lkjip_tui.model import files
from lkjip_tui.model.files import ReadOnlyFile, write_atomic


def _leftovers(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name.endswith(".tmp"))


def test_replaces_the_content_and_keeps_the_mode(tmp_path: Path) -> None:
    f = tmp_path / "2023.toml"
    f.write_text("old\n", "utf-8")
    f.chmod(0o640)
    write_atomic(f, "new\n")
    assert f.read_text("utf-8") == "new\n"
    assert stat.S_IMODE(f.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    f = tmp_path / "new.yaml"
    write_atomic(f, "x\n")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~umask


def test_writes_through_a_symlink_to_its_target(tmp_path: Path) -> None:
    real = tmp_path / "real" / "2023.toml"
    real.parent.mkdir()
    real.write_text("old\n", "utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    assert write_atomic(link, "new\n") == real.resolve()
    assert link.is_symlink() and real.read_text("utf-8") == "new\n"
    assert _leftovers(real.parent) == [] and _leftovers(tmp_path) == []


def test_refuses_a_read_only_file(tmp_path: Path) -> None:
    f = tmp_path / "2023.toml"
    f.write_text("old\n", "utf-8")
    f.chmod(0o444)
    with pytest.raises(ReadOnlyFile):
        write_atomic(f, "new\n")
    assert f.read_text("utf-8") == "old\n" and _leftovers(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "2023.toml"
    f.write_text("old\n", "utf-8")

    def broken(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken)
    with pytest.raises(OSError, match="No space"):
        write_atomic(f, "new\n")
    assert f.read_text("utf-8") == "old\n" and _leftovers(tmp_path) == []
