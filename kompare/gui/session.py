"""What the window shows and runs, without widgets: the two documents, the comparison on screen,
the links made by hand, the sensitivity in use and the jobs under way.

The window draws this state and starts the jobs; the rules over it (which job's result still
counts, what a newly read document drops, what a swap keeps) live here, so they can be tested
without a window.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from typing import Protocol

from kompare.core.model import Comparison, Document, Side
from kompare.gui.hand_links import HandLinks
from kompare.gui.marks import Marks
from kompare.gui.sources import source_name

COMPARE, EXPORT = "compare", "export"  # the jobs' slots besides a side's load (the side itself)


class Cancellable(Protocol):
    def cancel(self) -> None: ...


class Jobs:
    """The jobs under way, at most one per slot (a side's load, the comparison, the export).

    A job put in a slot cancels the one it replaces; a job that ends counts only while it
    is still its slot's job, so a late result of a replaced job is dropped.

    >>> class Job:
    ...     cancelled = False
    ...     def cancel(self): self.cancelled = True
    >>> jobs, old, new = Jobs(), Job(), Job()
    >>> jobs.put(COMPARE, old); jobs.put(COMPARE, new)
    >>> old.cancelled, jobs.busy
    (True, True)
    >>> jobs.finish(COMPARE, old), jobs.finish(COMPARE, new), jobs.busy
    (False, True, False)
    """

    def __init__(self):
        self._slots: dict[Hashable, Cancellable] = {}

    def get(self, slot: Hashable) -> Cancellable | None:
        return self._slots.get(slot)

    def put(self, slot: Hashable, job: Cancellable) -> None:
        self.cancel(slot)
        self._slots[slot] = job

    def finish(self, slot: Hashable, job: Cancellable) -> bool:
        """Is ``job`` still its slot's job? It leaves the slot when it is."""
        if self._slots.get(slot) is not job:
            return False
        del self._slots[slot]
        return True

    def swap(self, one: Hashable, other: Hashable) -> None:
        """The jobs of two slots change places (a document being read goes where its side went)."""
        a, b = self._slots.pop(one, None), self._slots.pop(other, None)
        if a is not None:
            self._slots[other] = a
        if b is not None:
            self._slots[one] = b

    def cancel(self, slot: Hashable) -> Cancellable | None:
        """Cancel the slot's job, if any, and give it back."""
        job = self._slots.pop(slot, None)
        if job is not None:
            job.cancel()
        return job

    @property
    def busy(self) -> bool:
        return bool(self._slots)


class Session:
    """The documents and comparison of one window, and the work under way on them."""

    def __init__(self):
        self.docs: dict[Side, Document | None] = {Side.A: None, Side.B: None}
        self.comparison: Comparison | None = None
        self.marks: Marks | None = None
        self.hand = HandLinks()  # links the reader made or removed by hand for these documents
        self.jobs = Jobs()
        self.generation = 0  # bumped by every comparison started or work cancelled: older results are dropped
        self.changed_on_disk: set[Side] = set()
        self.sensitivity_override: float | None = None  # --sensitivity from the command line, this session only

    def sensitivity(self, saved: float) -> float:
        """The sensitivity to compare with: this session's, else the ``saved`` one.

        >>> s = Session(); s.sensitivity(0.5)
        0.5
        >>> s.override_sensitivity(1.7); s.sensitivity(0.5)
        1.0
        """
        return self.sensitivity_override if self.sensitivity_override is not None else saved

    def override_sensitivity(self, value: float | None) -> None:
        """Compare with ``value`` (clamped to 0..1) for this session; None: the saved one again."""
        self.sensitivity_override = None if value is None else min(1.0, max(0.0, float(value)))

    def overridden_for(self, comparison: Comparison) -> bool:
        """Did ``comparison`` run with this session's own sensitivity?"""
        return self.sensitivity_override is not None and abs(self.sensitivity_override - comparison.sensitivity) < 1e-9

    @property
    def ready(self) -> bool:
        """Are both documents open (so they can be compared)?"""
        return all(self.docs.values())

    def start_comparing(self) -> int:
        """A comparison starts: its generation (an older comparison's result no longer counts)."""
        self.jobs.cancel(COMPARE)
        self.generation += 1
        return self.generation

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def cancel_all(self) -> list[Side]:
        """Cancel every job; the sides whose load was cancelled. An export that has already
        written its file is left to report it: "cancelled" would be untrue.

        >>> import threading
        >>> class Done:
        ...     done = threading.Event()
        ...     def cancel(self): raise AssertionError("written already")
        >>> Done.done.set()
        >>> s = Session(); s.jobs.put(EXPORT, Done()); s.cancel_all(); s.jobs.busy
        []
        True
        """
        cancelled = [side for side in Side if self.jobs.cancel(side) is not None]
        self.jobs.cancel(COMPARE)
        export = self.jobs.get(EXPORT)
        if export is None or not getattr(export, "done", None) or not export.done.is_set():
            self.jobs.cancel(EXPORT)
        self.generation += 1
        return cancelled

    def opened(self, side: Side, doc: Document, path: str) -> Document:
        """``doc``, read from ``path``, is now side ``side``: the comparison on screen (of the
        text before) and the links made by hand (naming its sentences) are dropped.

        >>> s = Session()
        >>> s.opened(Side.A, Document("One."), "a.txt").path
        'a.txt'
        >>> s.ready
        False
        """
        if not doc.path:
            doc = replace(doc, path=path)
        self.docs[side] = doc
        self.hand.forget()  # (an unchanged text finds them kept in the hand store)
        self.changed_on_disk.discard(side)
        self.show(None)
        return doc

    def swap(self) -> Comparison | None:
        """A and B change places; the comparison on screen mirrored (None when there is none)."""
        self.docs = {Side.A: self.docs[Side.B], Side.B: self.docs[Side.A]}
        self.hand = self.hand.swapped()
        self.changed_on_disk = {side.other for side in self.changed_on_disk}  # (Reload reads the file named)
        self.jobs.swap(Side.A, Side.B)
        self.jobs.cancel(COMPARE)
        return self.comparison.mirrored() if self.comparison is not None else None

    def show(self, comparison: Comparison | None, marks: Marks | None = None) -> None:
        """``comparison`` (with its ``marks``) is on screen now; its documents become A and B."""
        self.comparison, self.marks = comparison, marks
        if comparison is not None:
            for side in Side:
                self.docs[side] = comparison.doc(side).document

    def title(self) -> str:
        """The window's title: the two documents' names.

        >>> s = Session(); s.title()
        'kompare — open or drop two documents'
        >>> _ = s.opened(Side.B, Document("One.", path="/tmp/b.txt"), "/tmp/b.txt"); s.title()
        '— ↔ b.txt — kompare'
        """
        if not any(self.docs.values()):
            return "kompare — open or drop two documents"
        shown = [self._name(self.docs[side]) for side in Side]
        return f"{shown[0]} ↔ {shown[1]} — kompare"

    @staticmethod
    def _name(doc: Document | None) -> str:
        if doc is None:
            return "—"
        return (source_name(doc.path) if doc.path else None) or doc.display_name
