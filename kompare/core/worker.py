"""A second process for long comparisons: part of the work on the machine's other core.

Comparing two long texts spends most of its time in work that splits cleanly: preparing
each document (its sentences and quotations) and comparing each linked pair of passages.
:func:`kompare.core.compare` hands one document, then part of the links, to a
:class:`Helper` (a Python process started from the same interpreter, importing the same
package) and does the rest itself meanwhile.

The helper is started afresh, not forked: a comparison may run in a window's worker
thread, forking a process that has threads is unsafe, and Windows has no fork. Its
start-up (importing the engine, about half a second) runs on the other core while the
caller splits its own document, so the caller does not wait for it.

Whatever goes wrong on the helper's side (it cannot start, it dies, a pipe breaks) is
not the user's problem: the caller then does that task itself.  An exception the task
raises is the task's own, and is raised again in the caller.

>>> helper = Helper.start()
>>> pending = helper.submit(sorted, "kompare")
>>> pending.result()
['a', 'e', 'k', 'm', 'o', 'p', 'r']
>>> helper.close()
>>> helper.submit(len, "run here when closed").result()
20
"""

from __future__ import annotations

import gc
import importlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NamedTuple

from kompare.core.errors import stop_if_cancelled

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

# Seconds between two looks at should_cancel while waiting for the helper.
_POLL = 0.05
# The pipes' size where the system lets it be set (Linux allows 1 MiB without privileges).
_PIPE_BYTES = 1 << 20


class _Lost(Exception):
    """The helper process is gone (or never came): its task must run in the caller."""


class Pending:
    """A task handed to the helper; :meth:`result` waits for it (or runs it here)."""

    def __init__(self, future: Future | None, fn: Callable, args: tuple):
        self._future, self._fn, self._args = future, fn, args

    def result(self, should_cancel: Callable[[], bool] | None = None) -> Any:
        """The task's value; raises :class:`Cancelled` when ``should_cancel()`` says so while waiting."""
        if self._future is not None:
            while True:
                stop_if_cancelled(should_cancel)
                try:
                    return self._future.result(timeout=_POLL)
                except TimeoutError:
                    continue
                except _Lost:
                    break
        return self._fn(*self._args)


class Kept(NamedTuple):
    """Stands, in a task's arguments, for the value :meth:`Helper.keep` gave under ``key``."""

    key: str


class Helper:
    """A helper process running the tasks :meth:`submit` gives it, one at a time."""

    def __init__(self, process: subprocess.Popen | None):
        self._process = process
        self._kept: dict[str, Any] = {}  # what keep() gave, for tasks the caller runs itself
        # The round trips run on a thread of their own: writing a megabyte to the pipe
        # blocks until the helper reads it, and the caller has its own half to do.
        self._trips = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kompare-helper")

    @classmethod
    def start(cls) -> Helper:
        """Start the helper process (or take the one :func:`prestart` started); a helper that
        could not start runs every task in the caller."""
        global _spare
        with _spare_lock:
            process, _spare = _spare, None
        if process is None or process.poll() is not None:
            process = _spawn()
        return cls(process)

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def submit(self, fn: Callable, *args: Any) -> Pending:
        """Hand ``fn(*args)`` to the helper (``fn`` a module-level function, ``args`` picklable;
        a :class:`Kept` argument is the value kept under its key)."""
        here = tuple(self._kept[a.key] if isinstance(a, Kept) else a for a in args)
        if not self.alive:
            return Pending(None, fn, here)
        return Pending(self._trips.submit(self._trip, fn, args), fn, here)

    def keep(self, key: str, value: Any) -> None:
        """Send ``value`` to the helper now, for later tasks to take as ``Kept(key)``.

        Sent while the caller does other work (the helper is otherwise idle then), so that
        a later task does not wait for a large argument to travel.

        >>> with Helper.start() as helper:
        ...     helper.keep("words", ["a", "b"])
        ...     helper.submit(len, Kept("words")).result()
        2
        """
        self._kept[key] = value
        if self.alive:
            self._trips.submit(self._trip, _store, (key, value))

    def _trip(self, fn: Callable, args: tuple) -> Any:
        process = self._process
        if process is None:
            raise _Lost()
        try:
            _send(process.stdin, fn, args)
            ok, value = _receive(process.stdout)
        except Exception as exc:  # a broken pipe, an early end, a garbled answer: all mean lost
            self.kill()
            raise _Lost() from exc
        if ok:
            return value
        raise value

    def close(self) -> None:
        """End the helper: it finishes its task, reads the end of its input and exits."""
        process, self._process = self._process, None
        if process is not None:
            try:
                process.stdin.close()
                process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
            finally:
                process.stdout.close()
        self._trips.shutdown(wait=False)

    def kill(self) -> None:
        """End the helper now, whatever it is doing (a cancelled comparison)."""
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            self.kill()
        self.close()


_spare: subprocess.Popen | None = None
_spare_lock = threading.Lock()


def prestart() -> None:
    """Start a helper process now for the next :meth:`Helper.start` to take.

    Its start-up then runs while the caller reads the files. One left unused ends when
    this process does (its input closes).
    """
    global _spare
    with _spare_lock:
        if _spare is None or _spare.poll() is not None:
            _spare = _spawn()


def prestart_for(paths: Sequence[str | os.PathLike], config) -> None:
    """:func:`prestart` when the files at ``paths`` are long enough together for a comparison
    to use the helper (``CompareConfig.helper_min_chars`` to ``helper_max_chars``, as
    :func:`kompare.core.pipeline` decides on the texts read). Not for web addresses or
    missing files: reading them will say what is wrong."""
    if config.helper_min_chars is None:
        return
    try:
        size = sum(os.stat(p).st_size for p in paths)
    except (OSError, ValueError):
        return
    # Bytes, not characters: a text of multi-byte characters reads as fewer characters,
    # so the upper bound is loose (an unused helper only waits, and ends with this process).
    if config.helper_min_chars <= size <= 2 * config.helper_max_chars:
        prestart()


def _spawn() -> subprocess.Popen | None:
    """The helper process, or None where one cannot be started (a frozen app, no interpreter)."""
    if getattr(sys, "frozen", False) or not sys.executable:
        return None
    # The helper imports this very package, wherever this process found it: its folder
    # goes first on the helper's path unless it is there already (an installed package's
    # site-packages must not go before the standard library); -P keeps the working
    # folder off the path, where another "kompare" could be.
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    code = ("import sys; r = sys.argv[1]; r in sys.path or sys.path.insert(0, r); "
            "from kompare.core.worker import serve; serve()")
    try:
        process = subprocess.Popen(
            [sys.executable, "-P", "-c", code, root],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, ValueError):
        return None
    # Larger pipes (Linux): a megabyte argument then goes in one or two writes, not twenty
    # of 64 kB, each of which waited for the interpreter while the caller worked.
    for stream in (process.stdin, process.stdout):
        try:
            fcntl.fcntl(stream.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
        except (AttributeError, OSError):  # no fcntl or no F_SETPIPE_SZ here, or a lower limit
            pass
    return process


# A list answer travels in pieces of this many items. Pickling holds the interpreter for
# the whole call, and the window's thread waits meanwhile: a piece takes a few ms.
_PIECE = 1000
_HIGHEST = pickle.HIGHEST_PROTOCOL


def _send(stream, fn: Callable, args: tuple) -> None:
    """A task: the function, then each argument pickled on its own (see _PIECE)."""
    pickle.dump((fn, len(args)), stream, protocol=_HIGHEST)
    for arg in args:
        pickle.dump(arg, stream, protocol=_HIGHEST)
    stream.flush()


def _receive(stream) -> tuple[bool, Any]:
    """An answer: (True, value) or (False, exception); a long list comes in pieces."""
    ok, pieces, value = pickle.load(stream)
    if pieces:
        value = []
        for _ in range(pieces):
            value.extend(pickle.load(stream))
    return ok, value


def _answer(stream, ok: bool, value: Any) -> None:
    """Write back a task's value or exception (one that does not pickle becomes a message)."""
    try:
        if ok and isinstance(value, list) and len(value) > _PIECE:
            pieces = [value[k : k + _PIECE] for k in range(0, len(value), _PIECE)]
            frames = [pickle.dumps((True, len(pieces), None), protocol=_HIGHEST)]
            frames += [pickle.dumps(piece, protocol=_HIGHEST) for piece in pieces]
        else:
            frames = [pickle.dumps((ok, 0, value), protocol=_HIGHEST)]
    except Exception as exc:
        frames = [pickle.dumps((False, 0, RuntimeError(f"kompare helper: {exc!r}")), protocol=_HIGHEST)]
    for frame in frames:
        stream.write(frame)
    stream.flush()


_kept: dict[str, Any] = {}  # in the helper process: the values keep() sent


def _store(key: str, value: Any) -> None:
    _kept[key] = value


# What the comparison's tasks run (pipeline.py hands them out): imported before any task.
_WARM = ("kompare.core.pipeline", "kompare.core.quotes", "kompare.core.quote_match", "kompare.core.passages")


def serve() -> None:
    """The helper's loop: read a task, run it, write back its value (or its exception)."""
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answers' pipe
    tasks = sys.stdin.buffer
    # The tasks build millions of small acyclic objects, which reference counting frees;
    # the cycle collector would only scan them again and again (as compare() pauses it).
    gc.disable()
    # The engine's modules are imported now, while the caller reads its files, not by
    # the first task's arguments (a third of a second on the way to its first answer).
    for name in _WARM:
        try:
            importlib.import_module(name)
        except ImportError:  # the task that needs it will say so
            pass
    while True:
        try:
            fn, count = pickle.load(tasks)
            args = [pickle.load(tasks) for _ in range(count)]
        except EOFError:
            # The caller is done: leave at once, without tearing down a heap of objects
            # one by one (the caller waits for this exit).
            sys.stderr.flush()
            os._exit(0)
        args = [_kept[a.key] if isinstance(a, Kept) else a for a in args]
        try:
            ok, value = True, fn(*args)
        except Exception as exc:
            ok, value = False, exc
        del fn, args  # the task's objects go before the next task's come
        _answer(answers, ok, value)
        del value
