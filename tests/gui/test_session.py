"""The window's state without widgets (kompare.gui.session): which job's result counts, what a
newly read document drops, what a swap keeps."""

from __future__ import annotations

import pytest

from kompare.core import compare
from kompare.core.model import Document, Side
from kompare.gui.session import COMPARE, EXPORT, Jobs, Session


class FakeJob:
    def __init__(self):
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


A_TEXT = "The council approved the budget on Monday. The mayor praised the vote."
B_TEXT = "The mayor praised the vote. The council approved the budget on Tuesday."


@pytest.fixture
def comparison():
    return compare(Document(A_TEXT, path="/tmp/a.txt"), Document(B_TEXT, path="/tmp/b.txt"))


def test_a_job_put_in_a_busy_slot_cancels_the_one_it_replaces():
    jobs, first, second = Jobs(), FakeJob(), FakeJob()
    jobs.put(Side.A, first)
    jobs.put(Side.A, second)
    assert first.cancelled and not second.cancelled
    assert jobs.get(Side.A) is second


def test_only_a_slots_current_job_finishes():
    jobs, old, new, other = Jobs(), FakeJob(), FakeJob(), FakeJob()
    jobs.put(COMPARE, old)
    jobs.put(COMPARE, new)
    jobs.put(EXPORT, other)
    assert not jobs.finish(COMPARE, old)  # its late result is dropped
    assert not jobs.finish(EXPORT, new)  # (a job counts in its own slot only)
    assert jobs.finish(COMPARE, new)
    assert jobs.get(COMPARE) is None and jobs.busy  # the export still runs
    assert jobs.finish(EXPORT, other) and not jobs.busy
    assert not jobs.finish(EXPORT, other)  # once


def test_cancel_gives_back_the_cancelled_job_or_none():
    jobs, job = Jobs(), FakeJob()
    assert jobs.cancel(Side.B) is None
    jobs.put(Side.B, job)
    assert jobs.cancel(Side.B) is job and job.cancelled
    assert not jobs.busy


def test_cancel_all_names_the_sides_whose_load_stopped_and_outdates_the_comparison():
    session, load_b, comparing, export = Session(), FakeJob(), FakeJob(), FakeJob()
    generation = session.start_comparing()
    session.jobs.put(Side.B, load_b)
    session.jobs.put(COMPARE, comparing)
    session.jobs.put(EXPORT, export)
    assert session.cancel_all() == [Side.B]
    assert load_b.cancelled and comparing.cancelled and export.cancelled
    assert not session.jobs.busy
    assert not session.is_current(generation)


def test_a_comparison_started_cancels_the_one_running_and_outdates_its_result():
    session, running = Session(), FakeJob()
    first = session.start_comparing()
    session.jobs.put(COMPARE, running)
    second = session.start_comparing()
    assert running.cancelled and session.jobs.get(COMPARE) is None
    assert second == first + 1
    assert session.is_current(second) and not session.is_current(first)


def test_a_document_opened_drops_the_comparison_and_the_links_made_by_hand(comparison):
    session = Session()
    session.show(comparison)
    session.hand.link({(0, 1)})
    session.changed_on_disk.add(Side.A)
    doc = session.opened(Side.A, Document("A new text."), "/tmp/new.txt")
    assert doc.path == "/tmp/new.txt"  # a document read without a path gets the one it was read from
    assert session.docs[Side.A] is doc and session.docs[Side.B] is comparison.b.document
    assert session.comparison is None and session.marks is None
    assert not session.hand.reader
    assert session.changed_on_disk == set()


def test_a_document_keeps_the_path_it_was_read_with():
    doc = Session().opened(Side.B, Document("Text.", path="/tmp/real.txt"), "https://example.org/x")
    assert doc.path == "/tmp/real.txt"


def test_ready_once_both_documents_are_open():
    session = Session()
    session.opened(Side.A, Document("One."), "a.txt")
    assert not session.ready
    session.opened(Side.B, Document("Two."), "b.txt")
    assert session.ready


def test_showing_a_comparison_makes_its_documents_a_and_b(comparison):
    session = Session()
    session.show(comparison)
    assert session.docs == {Side.A: comparison.a.document, Side.B: comparison.b.document}
    assert session.comparison is comparison


def test_swap_mirrors_the_comparison_and_the_hand_links_and_stops_the_comparing(comparison):
    session, running = Session(), FakeJob()
    session.show(comparison)
    session.hand.link({(0, 1)})
    session.jobs.put(COMPARE, running)
    mirrored = session.swap()
    assert running.cancelled
    assert session.docs == {Side.A: comparison.b.document, Side.B: comparison.a.document}
    assert sorted((l.a, l.b) for l in mirrored.links) == sorted((l.b, l.a) for l in comparison.links)
    assert session.hand.reader.added == {(1, 0)}


def test_swap_carries_the_changed_on_disk_mark_with_its_document(comparison):
    # The bar says "a.txt changed on disk"; after a swap its Reload must read a.txt, now side B.
    session = Session()
    session.show(comparison)
    session.changed_on_disk.add(Side.A)
    session.swap()
    assert session.changed_on_disk == {Side.B} and session.docs[Side.B] is comparison.a.document


def test_swap_sends_a_document_being_read_to_the_side_its_side_went_to():
    session, reading = Session(), FakeJob()
    session.jobs.put(Side.B, reading)
    session.swap()
    assert session.jobs.get(Side.A) is reading and session.jobs.get(Side.B) is None and not reading.cancelled


def test_swap_without_a_comparison_gives_none():
    session = Session()
    session.opened(Side.A, Document("One."), "a.txt")
    assert session.swap() is None
    assert session.docs == {Side.A: None, Side.B: Document("One.", path="a.txt")}


@pytest.mark.parametrize("value, used", [(0.7, 0.7), (-3, 0.0), (4, 1.0)])
def test_the_command_lines_sensitivity_is_used_clamped_until_cleared(value, used):
    session = Session()
    session.override_sensitivity(value)
    assert session.sensitivity(0.5) == used
    session.override_sensitivity(None)
    assert session.sensitivity(0.5) == 0.5


def test_a_comparison_is_known_to_have_run_with_the_sessions_own_sensitivity(comparison):
    session = Session()
    assert not session.overridden_for(comparison)
    session.override_sensitivity(comparison.sensitivity)
    assert session.overridden_for(comparison)
    session.override_sensitivity(comparison.sensitivity / 2 + 0.01)
    assert not session.overridden_for(comparison)


def test_the_title_names_each_side_by_its_file_else_its_title():
    session = Session()
    assert session.title() == "kompare — open or drop two documents"
    session.opened(Side.A, Document("Text.", title="A headline"), "")
    assert session.title() == "A headline ↔ — — kompare"
    session.opened(Side.B, Document("Text.", title="Another"), "/home/me/b.txt")
    assert session.title() == "A headline ↔ b.txt — kompare"
