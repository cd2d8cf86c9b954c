"""The helper process (worker.py): values and errors come back; whatever breaks, the caller does the task."""

import os
import time

import pytest

from kompare.core import Cancelled, CompareConfig, Document, compare, compare_files
from kompare.core import worker
from kompare.core.worker import Helper


def _pid(delay=0.0):
    time.sleep(delay)
    return os.getpid()


def test_a_task_runs_in_another_process_and_its_value_comes_back():
    with Helper.start() as helper:
        assert helper.alive
        assert helper.submit(sorted, [3, 1, 2]).result() == [1, 2, 3]
        assert helper.submit(_pid).result() != os.getpid()


def test_the_tasks_exception_is_raised_in_the_caller():
    with Helper.start() as helper:
        with pytest.raises(ValueError, match="invalid literal"):
            helper.submit(int, "seven").result()
        # ...and the helper goes on serving.
        assert helper.submit(int, "7").result() == 7


def test_a_helper_that_dies_leaves_its_task_to_the_caller():
    with Helper.start() as helper:
        helper.kill()
        helper._process.wait()
        assert not helper.alive
        assert helper.submit(_pid).result() == os.getpid()


def test_a_helper_killed_while_working_leaves_its_task_to_the_caller():
    with Helper.start() as helper:
        pending = helper.submit(_pid, 1.0)
        time.sleep(0.3)
        helper.kill()
        assert pending.result() == os.getpid()


def test_a_helper_that_cannot_start_runs_everything_in_the_caller(monkeypatch):
    monkeypatch.setattr(worker.sys, "executable", "")
    with Helper.start() as helper:
        assert not helper.alive
        assert helper.submit(_pid).result() == os.getpid()


def test_waiting_for_the_helper_can_be_cancelled_and_ends_it():
    helper = Helper.start()
    process = helper._process
    pending = helper.submit(time.sleep, 30)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        with helper:
            pending.result(should_cancel=lambda: time.monotonic() - started > 0.3)
    assert time.monotonic() - started < 5
    assert process.wait(timeout=5) is not None


def test_a_closed_helper_process_has_ended():
    helper = Helper.start()
    process = helper._process
    assert helper.submit(len, "abc").result() == 3
    helper.close()
    assert process.poll() is not None


def _many_sentences(n, variant):
    words = ["river", "council", "budget", "vote", "harbour", "school", "bridge", "market", "tax", "park"]
    out = []
    for k in range(n):
        w1, w2, w3 = words[k % 10], words[(k // 10) % 10], words[(k // 100) % 10]
        figure = k + (1 if variant and k % 7 == 0 else 0)
        out.append(f"The {w1} {w2} plan number {k} for the {w3} costs {figure} million dollars.")
    return " ".join(out)


def test_a_comparison_with_the_helper_is_the_comparison_without_it(seeds):
    alone = CompareConfig(helper_min_chars=None)
    helped = CompareConfig(helper_min_chars=0, helper_min_links=1)
    a, b = Document(_many_sentences(400, False)), Document(_many_sentences(400, True))
    with_helper, without = compare(a, b, config=helped), compare(a, b, config=alone)
    assert len(without.links) > 300
    assert with_helper == without
    # The comparison holds the caller's own B, not the helper's equal copy: the word caches
    # are keyed by the text, and a look-up by another string object compares the whole text.
    assert with_helper.b.document is b and with_helper.a.document is a
    assert compare_files(seeds("001"), seeds("003"), config=helped) == compare_files(
        seeds("001"), seeds("003"), config=alone)


def test_cancelling_a_helped_comparison_ends_the_helper(monkeypatch):
    started = []
    spawn = worker._spawn

    def watched():
        process = spawn()
        started.append(process)
        return process

    monkeypatch.setattr(worker, "_spawn", watched)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    a, b = Document(_many_sentences(300, False)), Document(_many_sentences(300, True))
    with pytest.raises(Cancelled):
        compare(a, b, config=CompareConfig(helper_min_chars=0, helper_min_links=1), should_cancel=cancel)
    (process,) = started
    assert process.wait(timeout=5) is not None


def _package_folder():
    import kompare

    return kompare.__file__


def test_the_helper_imports_the_package_this_process_imported():
    with Helper.start() as helper:
        assert helper.submit(_package_folder).result() == _package_folder()


def test_a_prestarted_helper_is_the_one_the_next_start_takes():
    worker.prestart()
    spare = worker._spare
    assert spare is not None
    with Helper.start() as helper:
        assert helper._process is spare
        assert worker._spare is None
        assert helper.submit(len, "ab").result() == 2


def _many(n):
    return list(range(n))


def _unpicklable():
    return lambda: None


def test_a_long_list_comes_back_whole_in_pieces():
    with Helper.start() as helper:
        assert helper.submit(_many, 2 * worker._PIECE + 7).result() == list(range(2 * worker._PIECE + 7))


def test_a_value_that_does_not_pickle_is_an_error_and_the_helper_goes_on():
    with Helper.start() as helper:
        with pytest.raises(RuntimeError, match="kompare helper"):
            helper.submit(_unpicklable).result()
        assert helper.submit(len, "abc").result() == 3


def test_a_helped_comparison_reports_progress_in_order_with_both_documents_named():
    seen = []
    a, b = Document(_many_sentences(300, False)), Document(_many_sentences(300, True))
    compare(a, b, config=CompareConfig(helper_min_chars=0, helper_min_links=1),
            progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert seen[0][1] == "Splitting A and B into sentences and quotations"
