"""Run slow work (loading, comparing, exporting) on the thread pool with progress and cancel."""

from __future__ import annotations

import gc
import sys
import threading
import time
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Work = Callable[[Callable[[float, str], None], Callable[[], bool]], object]


class JobSignals(QObject):
    """The channel from a worker thread back to the GUI thread (queued connections)."""

    progress = Signal(object, float, str)  # job, fraction, message
    succeeded = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, exception
    finished = Signal(object)  # job


class Job(QRunnable):
    """One piece of work: ``work(progress, should_cancel)``; cancel() asks it to stop."""

    _live: set["Job"] = set()  # Python must keep jobs alive while the pool runs them

    def __init__(self, work: Work, *, min_interval: float = 0.04):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self._min_interval = min_interval
        self._last_emit = 0.0
        self._last_fraction = -1.0
        self.done = threading.Event()
        self.tag: object = None  # what the caller needs to know when the result arrives

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float, message: str) -> None:
        # The core may report thousands of times; flooding the GUI's event queue would stall it.
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_emit >= self._min_interval:
            self._last_emit = now
            self._last_fraction = fraction
            self._tell(self.signals.progress, self, float(fraction), str(message))

    def run(self) -> None:
        try:
            result = self.work(self._progress, self._cancel.is_set)
        except BaseException as exc:  # reported to the GUI thread, never lost in the pool
            self._tell(self.signals.failed, self, exc)
        else:
            self._tell(self.signals.succeeded, self, result)
        finally:
            self.done.set()
            self._tell(self.signals.finished, self)
            Job._live.discard(self)

    @staticmethod
    def _tell(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application was torn down while this job ran: nobody is left to tell
            pass

    def start(self, pool: QThreadPool | None = None) -> "Job":
        Job._live.add(self)
        (pool or QThreadPool.globalInstance()).start(self)
        return self


class QuietCollector(QObject):
    """Pauses Python's cyclic GC while jobs run, then freezes what they built.

    A full collection over the millions of objects a 1 MB comparison makes holds the GIL for
    over 100 ms, and the GUI thread waits for it; reference counting still frees everything
    acyclic. Freezing moves the survivors out of later collections' way.
    """

    def __init__(self):
        super().__init__()
        self.running = 0
        self.was_enabled = True
        self.switch_interval = sys.getswitchinterval()

    def acquire(self) -> None:
        if self.running == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
            # Hand the GIL back to the GUI thread sooner than the default 5 ms while work runs.
            self.switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(0.001)
        self.running += 1

    @Slot(object)
    def release(self, _job=None) -> None:
        self.running = max(0, self.running - 1)
        if self.running == 0:
            sys.setswitchinterval(self.switch_interval)
            gc.freeze()
            if self.was_enabled:
                gc.enable()


_collector: QuietCollector | None = None


def quiet_collector() -> QuietCollector:
    global _collector
    if _collector is None:
        _collector = QuietCollector()
    return _collector


def run_job(work: Work, *, tag: object = None, on_success=None, on_failure=None, on_progress=None) -> Job:
    """Start ``work`` on the global pool; callbacks (QObject methods: queued to their thread) get the job first."""
    job = Job(work)
    job.tag = tag
    if on_success is not None:
        job.signals.succeeded.connect(on_success)
    if on_failure is not None:
        job.signals.failed.connect(on_failure)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    collector = quiet_collector()
    collector.acquire()
    # Connected last: results are handled before the collector wakes up again.
    job.signals.finished.connect(collector.release)
    return job.start()
