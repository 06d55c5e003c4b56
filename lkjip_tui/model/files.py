"""Writing a file a person owns: all or nothing, and as the file was.

Every write lkjip makes to a user's file — a planner's targets, a waiver, a
report written with `--output`, an imported data file, an annotated copy
of a Word draft — goes through
`write_atomic`: the new content goes to a temporary file in the same
directory, flushed to disk, then renamed over the target, so a kill at any
moment leaves the old file or the new one, never half of each. A symlink is
written through to its target; the file's mode and, where permitted, owner
are kept; a read-only file is refused, not silently replaced.

A kill between the temporary file's creation and its rename leaves it
behind. Its name says whose it is and for which file —
`.2023.toml.lkjip-4242.k3j9x0ab.tmp`: the target's name, lkjip, the writer's
process id, mkstemp's eight random characters — and `remove_stale_temps`
(run by every write, and by the planner when it opens a file) removes it,
but only when all of these hold: the name is exactly that pattern for that
target; it is a regular file (not a link) owned by this user; its writer's
process is gone; no writer holds its lock (a writer keeps an exclusive
`flock` on its temporary file until the rename); and it has not been written
for STALE_AFTER seconds, longer than any write takes. Anything else in the
directory, however alike its name, is never touched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path


class ReadOnlyFile(PermissionError):
    """The file exists and its permissions do not allow writing it."""


STALE_AFTER = 60.0  # seconds; a write takes milliseconds, so a temp file this old is no write's
_TEMP = "{name}.lkjip-{pid}."  # after the leading dot; then mkstemp's 8 characters and ".tmp"


def _temp_pattern(target: Path) -> re.Pattern[str]:
    """The exact names of lkjip's temporary files for `target`; the group is the writer's pid."""
    return re.compile(re.escape(f".{target.name}.lkjip-") + r"([1-9][0-9]{0,6})\.[a-z0-9_]{8}\.tmp")


def remove_stale_temps(path: Path) -> list[Path]:
    """Remove the temporary files a killed write of `path` left behind; return those removed."""
    target = Path(os.path.realpath(path))
    pattern = _temp_pattern(target)
    removed = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return []
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None or int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
            continue
        if _stale(Path(entry.path)):
            removed.append(Path(entry.path))
    return removed


def _stale(temp: Path) -> bool:
    """Remove `temp` if it is a regular file of this user's, unlocked and unwritten for
    STALE_AFTER seconds; whether it was removed."""
    try:
        fd = os.open(temp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False  # a link, gone already, or not ours to read
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_uid != getattr(os, "getuid", lambda: st.st_uid)():
            return False
        if time.time() - st.st_mtime < STALE_AFTER:
            return False
        if not _lock(fd):  # a writer holds it until its rename
            return False
        if os.lstat(temp).st_ino != st.st_ino:  # swapped since it was looked at: not this one
            return False
        os.unlink(temp)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _lock(fd: int) -> bool:
    """Take an exclusive lock on `fd` without waiting; False only when another holds it (where
    there are no locks — another platform, a file system without them — the age still guards)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        return e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    return True


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
    remove_stale_temps(target)
    # lkjip and the writer's pid in the name, and a lock held until the rename: a write killed
    # before it leaves a file the next open or write recognises as stale, and only that.
    prefix = "." + _TEMP.format(name=target.name, pid=os.getpid())
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        _lock(fd)
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
