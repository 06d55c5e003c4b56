"""Writing a file a person owns: all or nothing, and as the file was.

Every write lkjip makes to a user's file — a planner's targets, a waiver, a
report written with `--output`, an imported data file, an annotated copy
of a Word draft — goes through
`write_atomic`: the new content goes to a temporary file in the same
directory, flushed to disk, then renamed over the target, so a kill at any
moment leaves the old file or the new one, never half of each, and never a
temporary file behind. A symlink is written through to its target; the
file's mode and, where permitted, owner are kept; a read-only file is
refused, not silently replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class ReadOnlyFile(PermissionError):
    """The file exists and its permissions do not allow writing it."""


def _remove_orphans(target: Path) -> None:
    prefix = f".{target.name}."
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(".tmp")):
                continue
            pid = name[len(prefix) :].split(".", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive, not ours to judge
    return True


def read_regular(path: Path) -> bytes:
    """A regular file's bytes; an OSError for anything else (a FIFO swapped in would block)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, f"{path}: not a regular file")
        return f.read()


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: through symlinks, `..` and hard links."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet): compare where they lead
        return os.path.realpath(a) == os.path.realpath(b)


def write_atomic(path: Path, text: str | bytes) -> Path:
    """Replace `path`'s content with `text` (UTF-8) or bytes (an annotated .docx); return the
    file actually written."""
    target = Path(os.path.realpath(path))  # through symlinks, to the file they name
    try:
        before: os.stat_result | None = target.stat()
    except FileNotFoundError:
        before = None
    if before is not None:
        if not stat.S_ISREG(before.st_mode):
            raise IsADirectoryError(f"{path}: not a regular file")
        if not os.access(target, os.W_OK) or not before.st_mode & stat.S_IWUSR:
            raise ReadOnlyFile(f"{path}: the file is read-only")
    _remove_orphans(target)
    # The writer's pid in the name: a write killed before its rename leaves a file the next
    # write of the same target recognises as orphaned (its process is gone) and removes.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if before is not None:
            with contextlib.suppress(PermissionError, AttributeError):  # only root may give a file away
                os.chown(tmp, before.st_uid, before.st_gid)
            os.chmod(tmp, stat.S_IMODE(before.st_mode))  # after chown, which clears setgid
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # as a plain open() would have made it
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)  # gone after the rename; removed here on every other path
    _sync_dir(target.parent)
    return target


def _sync_dir(directory: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
