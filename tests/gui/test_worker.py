"""The worker jobs (kompare.gui.worker): results reach the GUI thread, and a job outliving the
window ends quietly."""

from __future__ import annotations

import shiboken6

from kompare.gui.worker import Job


def test_a_job_reports_its_result(qtbot):
    job, got = Job(lambda progress, should_cancel: 42), []
    job.signals.succeeded.connect(lambda _job, result: got.append(result))
    with qtbot.waitSignal(job.signals.finished, timeout=5000):
        job.start()
    assert got == [42]


def test_a_job_that_ends_after_the_window_is_torn_down_ends_quietly(capfd):
    # Quitting with a read under way: the job's signals go with the application, and the job
    # must end without a traceback on the terminal.
    job = Job(lambda progress, should_cancel: progress(0.5, "half") or 42)
    shiboken6.delete(job.signals)
    job.run()  # (on this thread: the pool would swallow what goes wrong)
    assert job.done.is_set() and job not in Job._live
    assert capfd.readouterr().err == ""
