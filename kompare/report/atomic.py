"""Write a file atomically: a temp file in the same folder, then ``os.replace``.

A failure at any point removes the temp file and leaves an existing file
untouched, so a good old report is never replaced by half a new one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kompare.report.errors import ReportError


def check_target(path: str | os.PathLike) -> Path:
    """The absolute target path, or :class:`ReportError` saying why it cannot be written."""
    target = Path(os.fspath(path)).expanduser()
    if not target.name:
        raise ReportError(f"cannot write the report: {os.fspath(path)!r} is not a file name")
    target = target.absolute()
    folder = target.parent
    if not folder.exists():
        raise ReportError(f"cannot write the report: folder {folder} does not exist")
    if not folder.is_dir():
        raise ReportError(f"cannot write the report: {folder} is not a folder")
    if target.is_dir():
        raise ReportError(f"cannot write the report: {target} is a folder")
    return target


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """Yield a temp path next to ``path``; on success move it over ``path``.

    The caller writes the temp path however it likes (Python, Qt...).
    """
    target = check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(f"cannot write the report in folder {target.parent}: {reason}") from exc
    os.close(fd)
    try:
        yield tmp
        if os.path.getsize(tmp) == 0:
            raise ReportError(f"cannot write the report {target}: nothing was written")
        _set_mode(tmp, target)
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        reason = exc.strerror or str(exc)
        raise ReportError(f"cannot write the report {target}: {reason}") from exc
    except BaseException:
        _remove(tmp)
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """Write UTF-8 text atomically (flushed to disk before it replaces the old file)."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())


def _set_mode(tmp: str, target: Path) -> None:
    # mkstemp makes the file private (0600); give it the mode a normal new file
    # would have, or keep the mode of the file it replaces.
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    os.chmod(tmp, mode)


def _umask() -> int:
    # Reading the umask through os.umask briefly changes it for every thread;
    # Linux tells it without changing it.
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass
