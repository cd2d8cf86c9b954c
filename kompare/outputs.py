"""The one way kompare writes a file (JSON, reports, settings): nothing is lost on failure.

A regular file is replaced atomically: the bytes go to a temporary ``.part`` file
in the same folder, every write is checked, the file is flushed to disk, and only
then is it renamed over the old one (and the folder synced, so the rename survives
a crash).  On any failure, or a signal, or a cancel (``should_cancel()`` true when the
data is written, just before the rename), the temporary file is removed and the old
file is left as it was.

What the name points at decides the rest:

- a symlink is written through: its target is replaced, the link stays;
- a character device (``/dev/null``, a terminal) or a pipe that a program is
  reading is written directly, never replaced;
- ``-`` (and ``/dev/stdout``, ``/dev/fd/N``) writes to that open file descriptor;
- a folder, a socket, a block device, a pipe nobody reads, a read-only file and
  a file that is one of the documents being compared are refused.

Every refusal and failure is an :class:`OutputError` with a one-line message.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_output(d / "x.txt", b"hello")
>>> (d / "x.txt").read_bytes()
b'hello'
>>> write_output(d / "x.txt", b"", inputs=[d / "x.txt"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kompare.outputs.OutputError: cannot write the file: .../x.txt is the same file as the input document .../x.txt; choose another name
>>> import shutil; shutil.rmtree(d)
"""

from __future__ import annotations

import errno
import os
import re
import signal
import stat
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the engine's package is not imported: the command line loads this module at start-up)
    from kompare.core.errors import ShouldCancel

STDOUT = "-"
# Names that stand for a descriptor this process already has open: written to that
# descriptor (its offset and append mode are the caller's), never replaced.
_FD_ALIAS = re.compile(r"^/(?:dev/fd|proc/self/fd)/(\d+)$")
_STD_ALIAS = {"/dev/stdout": 1, "/dev/stderr": 2}
# Reasons worth more than the system's words.
# A lone surrogate (a byte of a file name that is not UTF-8, a "\\ud800" escape read from
# a JSON document) has no UTF-8 form.
_SURROGATE = re.compile("[\ud800-\udfff]")
_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "past the file-size limit of this process, ulimit -f",
    errno.EROFS: "the file system is read-only",
}


class OutputError(Exception):
    """An output that cannot be written, with a one-line reason a user can act on."""


class ReaderGone(OutputError):
    """The program reading a pipe (``kompare ... --json - | head``) closed it."""


class TargetKind(str, Enum):
    """How an output is written."""

    FILE = "file"  # a regular file (new or existing): replaced atomically
    STREAM = "stream"  # a character device or a pipe: written directly
    DESCRIPTOR = "descriptor"  # an already open descriptor: '-', /dev/stdout, /dev/fd/N


@dataclass(frozen=True)
class Target:
    """Where an output goes, checked: ``path`` is the file to replace or open (links
    followed), ``fd`` the descriptor for :attr:`TargetKind.DESCRIPTOR`, ``shown`` the
    name for messages."""

    kind: TargetKind
    path: str
    shown: str
    fd: int = -1
    existed: bool = False


def check_output(
    path: str | os.PathLike, *, what: str = "the file", inputs: Iterable[str | os.PathLike] = ()
) -> Target:
    """Where ``path`` leads, or :class:`OutputError` saying why kompare will not write there.

    ``inputs`` are the documents being compared: an output that is one of them
    (by name, through a link, or as a hard link) is refused.

    >>> check_output("-").kind.value
    'descriptor'
    >>> check_output("")
    Traceback (most recent call last):
    ...
    kompare.outputs.OutputError: cannot write the file: no file name was given
    """
    given = os.fspath(path)
    if isinstance(given, bytes):
        given = os.fsdecode(given)
    if given == "":
        raise OutputError(f"cannot write {what}: no file name was given")
    if given == STDOUT:
        return _open_descriptor(Target(TargetKind.DESCRIPTOR, given, "standard output", fd=1), what)
    if "\0" in given:
        raise OutputError(f"cannot write {what}: the file name {given!r} contains a NUL character")
    absolute = os.path.abspath(os.path.expanduser(given))
    fd = _descriptor_alias(absolute)
    if fd is not None:
        return _open_descriptor(Target(TargetKind.DESCRIPTOR, absolute, absolute, fd=fd), what)
    if given.endswith(("/", os.sep)) or os.path.basename(absolute) in ("", ".", ".."):
        raise OutputError(f"cannot write {what}: {given!r} is not a file name")
    resolved = os.path.realpath(absolute)
    try:
        info = os.stat(resolved)
    except (FileNotFoundError, NotADirectoryError):  # the folder check below says which
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write {what}: {absolute}: {_reason(exc)}") from None
    if info is None:
        _check_folder(os.path.dirname(resolved), what)
        _check_not_input(absolute, resolved, None, inputs, what)
        return Target(TargetKind.FILE, resolved, absolute)
    _check_not_input(absolute, resolved, info, inputs, what)
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {what}: {absolute} is a folder; give a file name inside it")
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return Target(TargetKind.STREAM, resolved, absolute, existed=True)
    if stat.S_ISSOCK(mode):
        raise OutputError(f"cannot write {what}: {absolute} is a socket, not a file; choose a file name")
    if stat.S_ISBLK(mode):
        raise OutputError(f"cannot write {what}: {absolute} is a disk device, not a file; choose a file name")
    if not stat.S_ISREG(mode):
        raise OutputError(f"cannot write {what}: {absolute} is not a regular file; choose a file name")
    # Mode bits, not just access(): root may write anything, but a file someone made
    # read-only is kept that way on purpose.
    if not mode & 0o222:
        raise OutputError(f"cannot write {what}: {absolute} is read-only; "
                          "make it writable (chmod u+w) or choose another name")
    if not os.access(resolved, os.W_OK):
        # Another user's file, or one of ours that is locked (an immutable flag, a read-only mount).
        theirs = hasattr(os, "geteuid") and os.stat(resolved).st_uid != os.geteuid()
        why = "is not yours to write" if theirs else "is locked against writing"
        raise OutputError(f"cannot write {what}: {absolute} {why} (permission denied); choose another name")
    return Target(TargetKind.FILE, resolved, absolute, existed=True)


def write_output(
    path: str | os.PathLike, data: bytes, *, what: str = "the file", inputs: Iterable[str | os.PathLike] = (),
    should_cancel: ShouldCancel | None = None,
) -> None:
    """Write ``data`` to ``path`` as the module describes; raise :class:`OutputError` on failure,
    :class:`Cancelled` (nothing changed) when ``should_cancel()`` is true before the file is replaced."""
    target = check_output(path, what=what, inputs=inputs)
    if target.kind is TargetKind.FILE:
        _replace(target, data, what, should_cancel)
        return
    _stop_if_cancelled(should_cancel)
    if target.kind is TargetKind.STREAM:
        _write_stream(target, data, what)
    else:
        _write_descriptor(target, data, what)


def without_surrogates(text: str) -> str:
    r"""``text`` with each lone surrogate replaced by U+FFFD: one code point for one, so
    offsets into it stay true, and it encodes to UTF-8.

    >>> without_surrogates("caf\udce9.txt") == "caf\ufffd.txt"
    True
    """
    return _SURROGATE.sub("\ufffd", text)


def _descriptor_alias(absolute: str) -> int | None:
    if absolute in _STD_ALIAS:
        return _STD_ALIAS[absolute]
    m = _FD_ALIAS.match(absolute)
    return int(m.group(1)) if m else None


def _open_descriptor(target: Target, what: str) -> Target:
    """``target`` when its descriptor is open, else :class:`OutputError`."""
    # Python sets sys.stdout to None when it finds descriptor 1 closed at start-up (a
    # file opened since may have been given that number).
    closed = target.fd == 1 and sys.stdout is None
    if not closed:
        try:
            os.fstat(target.fd)
        except OSError:
            closed = True
    if closed:
        raise OutputError(f"cannot write {what} to {target.shown}: it is closed")
    return target


def _check_folder(folder: str, what: str) -> None:
    if not os.path.exists(folder):
        raise OutputError(f"cannot write {what}: folder {folder} does not exist")
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {what}: {folder} is not a folder")


def _check_not_input(absolute: str, resolved: str, info: os.stat_result | None,
                     inputs: Iterable[str | os.PathLike], what: str) -> None:
    for item in inputs:
        name = os.fsdecode(item) if item is not None else ""
        if not name:
            continue
        same = os.path.realpath(name) == resolved
        if not same and info is not None:
            try:
                other = os.stat(name)
            except (OSError, ValueError):
                continue
            same = (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)
        if same:
            raise OutputError(f"cannot write {what}: {absolute} is the same file as the input document "
                              f"{os.path.abspath(name)}; choose another name")


def _replace(target: Target, data: bytes, what: str, should_cancel: ShouldCancel | None = None) -> None:
    folder, name = os.path.split(target.path)
    # A signal handler that raises (Ctrl+C) must not strike between the temporary
    # file's creation and the moment its name is known: it waits until the clean-up
    # below can remove the file.
    held = _hold_signals()
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
    except OSError as exc:
        _release_signals(held)
        raise OutputError(f"cannot write {what} in folder {folder}: {_reason(exc)}") from None
    try:
        try:
            _release_signals(held)
            _write_all(fd, data)
            os.fsync(fd)
            _copy_mode(tmp, target)
        finally:
            os.close(fd)  # raises when the last data could not be stored (NFS, full disk)
        _stop_if_cancelled(should_cancel)  # (the last moment the old file can be kept)
        os.replace(tmp, target.path)
    except OSError as exc:
        _remove(tmp)
        kept = "; the old file is unchanged" if target.existed else ""
        raise OutputError(f"cannot write {what} {target.shown}: {_reason(exc)}{kept}") from None
    except BaseException:  # a signal or a bug: leave no .part behind
        _remove(tmp)
        raise
    _sync_folder(folder)


def _stop_if_cancelled(should_cancel: ShouldCancel | None) -> None:
    if should_cancel is not None and should_cancel():
        from kompare.core.errors import Cancelled

        raise Cancelled()


def _hold_signals() -> set | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def _release_signals(held: set | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _write_stream(target: Target, data: bytes, what: str) -> None:
    # A pipe is opened without blocking, so a pipe nobody reads is refused instead of
    # waiting forever; once open, writes block as usual.
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target.path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OutputError(f"cannot write {what}: {target.shown} is a pipe that no program is reading") from None
        raise OutputError(f"cannot write {what} {target.shown}: {_reason(exc)}") from None
    try:
        os.set_blocking(fd, True)
        _write_all(fd, data)
    except BrokenPipeError:
        raise ReaderGone(f"cannot write {what} {target.shown}: the program reading it has closed it") from None
    except OSError as exc:
        raise OutputError(f"cannot write {what} {target.shown}: {_reason(exc)}") from None
    finally:
        os.close(fd)


def _write_descriptor(target: Target, data: bytes, what: str) -> None:
    stream = None
    if target.fd == 1:
        if sys.stdout is None:  # Python found descriptor 1 closed at start-up
            raise OutputError(f"cannot write {what} to standard output: it is closed")
        stream = sys.stdout
    try:
        if stream is not None:
            stream.flush()
        fd = target.fd
        if stream is not None:
            try:
                fd = stream.fileno()
            except (AttributeError, OSError, ValueError):  # a replaced sys.stdout (tests, IDEs)
                stream.buffer.write(data)
                stream.buffer.flush()
                return
        # Straight to the descriptor: nothing stays buffered for Python to fail on at exit.
        _write_all(fd, data)
    except BrokenPipeError:
        raise ReaderGone(f"cannot write {what} to {target.shown}: the program reading it has closed it") from None
    except OSError as exc:
        if exc.errno == errno.EBADF:
            raise OutputError(f"cannot write {what} to {target.shown}: it is closed") from None
        raise OutputError(f"cannot write {what} to {target.shown}: {_reason(exc)}") from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # pragma: no cover - write(2) reports errors, not zero
            raise OSError(errno.EIO, "nothing was written")
        view = view[written:]


def _copy_mode(tmp: str, target: Target) -> None:
    # mkstemp makes the file private (0600): keep the mode (and, for root, the owner) of
    # the file being replaced, or give the mode a new file would have.
    try:
        old = os.stat(target.path)
    except FileNotFoundError:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    os.chmod(tmp, stat.S_IMODE(old.st_mode))
    if hasattr(os, "chown") and os.geteuid() == 0 and (old.st_uid, old.st_gid) != (0, 0):
        try:
            os.chown(tmp, old.st_uid, old.st_gid)
        except OSError:
            pass


def _umask() -> int:
    # os.umask() changes the umask for every thread while it reads it; Linux can tell
    # it without changing it.
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


def _sync_folder(folder: str) -> None:
    # The rename is on disk only once the folder is; some systems cannot sync a folder.
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except (OSError, AttributeError):
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _reason(exc: OSError) -> str:
    text = exc.strerror or str(exc)
    extra = _REASONS.get(exc.errno)
    return f"{text} ({extra})" if extra else text
