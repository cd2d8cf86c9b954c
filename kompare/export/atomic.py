"""Write a file so that a failure never leaves half a file or destroys a good one.

A temporary file in the same folder is written, flushed, then renamed over the
target (``os.replace`` is atomic within one file system).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_atomic(d / "x.txt", b"hello")
>>> (d / "x.txt").read_bytes()
b'hello'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WriteError(Exception):
    """An output file that cannot be written, with a reason a user can act on."""


def check_target(path: str | os.PathLike, *, what: str = "the file", error: type[Exception] = WriteError) -> Path:
    """The absolute target path, or ``error`` saying why it cannot be written."""
    target = Path(os.fspath(path)).expanduser()
    if not target.name:
        raise error(f"cannot write {what}: {os.fspath(path)!r} is not a file name")
    target = target.absolute()
    folder = target.parent
    if not folder.exists():
        raise error(f"cannot write {what}: folder {folder} does not exist")
    if not folder.is_dir():
        raise error(f"cannot write {what}: {folder} is not a folder")
    if target.is_dir():
        raise error(f"cannot write {what}: {target} is a folder")
    return target


@contextmanager
def atomic_path(path: str | os.PathLike, *, what: str = "the file", error: type[Exception] = WriteError) -> Iterator[str]:
    """Yield a temporary path next to ``path``; on success move it over ``path``.

    The caller writes the temporary path however it likes (Python, Qt...).
    """
    target = check_target(path, what=what, error=error)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise error(f"cannot write {what} in folder {target.parent}: {exc.strerror or exc}") from exc
    os.close(fd)
    try:
        yield tmp
        if os.path.getsize(tmp) == 0:
            raise error(f"cannot write {what} {target}: nothing was written")
        _set_mode(tmp, target)
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise error(f"cannot write {what} {target}: {exc.strerror or exc}") from exc
    except BaseException:
        _remove(tmp)
        raise


def write_atomic(path: str | os.PathLike, data: bytes, *, what: str = "the file", error: type[Exception] = WriteError) -> None:
    """Write bytes atomically, flushed to disk before they replace the old file."""
    with atomic_path(path, what=what, error=error) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())


def write_text_atomic(path: str | os.PathLike, text: str, *, what: str = "the file", error: type[Exception] = WriteError) -> None:
    """Write UTF-8 text atomically."""
    write_atomic(path, text.encode("utf-8"), what=what, error=error)


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
