"""Links the reader makes or removes by hand, for the documents on screen (no widgets).

The engine misses links a reader sees and makes some a reader rejects; the window lets the
reader set them right: link a unique passage with its closest passage, draw a link between
any two passages (start on one side, finish on the other), or remove a link. The decisions
are sentence pairs (:class:`~kompare.core.model.ReaderLinks`) that every later comparison
of these two documents honours, whatever the sensitivity.
"""

from __future__ import annotations

from itertools import product
from typing import NamedTuple

from kompare.core.model import Comparison, ReaderLinks, Side
from kompare.gui.marks import UNIQUE, Item

#: One end of a link being drawn: its side and its sentence ids.
End = tuple[Side, tuple[int, ...]]
#: A place in one document: its side and a character offset.
Where = tuple[Side, int]


class Step(NamedTuple):
    """A decision to undo or redo: what it did, the decisions it replaced, and where it was made."""

    what: str
    reader: ReaderLinks
    where: Where | None


def oriented(end: End, other: End) -> set[tuple[int, int]]:
    """Every (A's id, B's id) pair joining two ends on opposite sides.

    >>> sorted(oriented((Side.B, (4,)), (Side.A, (1, 2))))
    [(1, 4), (2, 4)]
    """
    a, b = (end, other) if end[0] is Side.A else (other, end)
    return set(product(a[1], b[1]))


def end_at(comparison: Comparison, item: Item, side: Side, at: int | None = None) -> End | None:
    """The passage one end of a new link stands for: the sentence at ``at`` on ``side`` when
    it is given and in the item, else the item's sentences on that side (None: it has none)."""
    ids = item.sentences_a if side is Side.A else item.sentences_b
    if not ids:
        return None
    if at is not None:
        doc = comparison.doc(side)
        hit = [i for i in ids if doc.sentences[i].start <= at < doc.sentences[i].end]
        if hit:
            return side, tuple(hit)
    return side, tuple(ids)


def near_pair(comparison: Comparison, item: Item, near_side: Side, near_id: int) -> tuple[int, int] | None:
    """The (A's id, B's id) pair of a unique run's sentence and its closest passage (``near_side``'s
    ``near_id``, as the window shows it), or None when no sentence of the run has that one."""
    if item.kind != UNIQUE:
        return None
    own = near_side.other
    for sid in item.sentences_a if own is Side.A else item.sentences_b:
        near = comparison.near_of(own, sid)
        if near is not None and (near.b if own is Side.A else near.a) == near_id:
            return (sid, near_id) if own is Side.A else (near_id, sid)
    return None


class HandLinks:
    """The reader's decisions for the documents on screen, the end of a link being drawn, and
    the decisions to undo and redo (each with what it did, for the Edit menu's words).

    >>> h = HandLinks()
    >>> h.start((Side.B, (3,))); h.finish((Side.A, (0,)))
    {(0, 3)}
    >>> sorted(h.reader.added), h.pending, h.swapped().reader.added
    ([(0, 3)], None, frozenset({(3, 0)}))
    >>> h.unlink((1,), (2,), where=(Side.A, 40)); h.undo_text
    'Remove Link'
    >>> h.undo(), sorted(h.reader.removed), h.undo(), bool(h.reader), h.redo_text
    (('Remove Link', (<Side.A: 'a'>, 40)), [], ('Link', None), False, 'Link')
    """

    def __init__(self, reader: ReaderLinks | None = None, pending: End | None = None,
                 undo: tuple[Step, ...] = (), redo: tuple[Step, ...] = ()):
        self.reader = reader or ReaderLinks()
        self.pending = pending
        self._undo, self._redo = list(undo), list(redo)  # (the latest last)

    def start(self, end: End) -> None:
        """Remember one end of a new link (the last one chosen counts)."""
        self.pending = end

    def can_finish(self, side: Side) -> bool:
        """Is a link waiting for its other end on ``side``?"""
        return self.pending is not None and self.pending[0] is not side

    def finish(self, end: End, where: Where | None = None) -> set[tuple[int, int]]:
        """Link the waiting end with ``end`` (on the other side); the pairs added. ``where``:
        the place the window shows again when the step is undone or redone (here and below)."""
        if self.pending is None or not self.can_finish(end[0]):
            return set()
        pairs = oriented(self.pending, end)
        self._decide(Step("Link", self.reader, where), self.reader.add(pairs))
        self.pending = None
        return pairs

    def link(self, pairs, where: Where | None = None) -> None:
        """Link these (A's id, B's id) pairs."""
        self._decide(Step("Link", self.reader, where), self.reader.add(pairs))

    def unlink(self, a: tuple[int, ...], b: tuple[int, ...], where: Where | None = None) -> None:
        """Remove the link joining these sentences: none of its pairs links again."""
        self._decide(Step("Remove Link", self.reader, where), self.reader.remove(product(a, b)))

    def forget_all(self) -> None:
        """Undo every decision, as one decision that can be undone in turn."""
        self._decide(Step("Forget Links Made by Hand", self.reader, None), ReaderLinks())

    def forget(self) -> None:
        """No decision, no end waiting and nothing to undo (new documents on screen)."""
        self.reader, self.pending = ReaderLinks(), None
        self._undo.clear()
        self._redo.clear()

    def _decide(self, step: Step, reader: ReaderLinks) -> None:
        self._undo.append(step)
        self._redo.clear()
        self.reader = reader

    @property
    def undo_text(self) -> str | None:
        """What Undo would take back (None: nothing)."""
        return self._undo[-1].what if self._undo else None

    @property
    def redo_text(self) -> str | None:
        """What Redo would do again (None: nothing)."""
        return self._redo[-1].what if self._redo else None

    def undo(self) -> tuple[str, Where | None] | None:
        """Take back the latest decision: what it did and where (None: there was none)."""
        return self._step(self._undo, self._redo)

    def redo(self) -> tuple[str, Where | None] | None:
        """Make the latest decision taken back again: what it does and where (None: there was none)."""
        return self._step(self._redo, self._undo)

    def _step(self, source: list[Step], target: list[Step]) -> tuple[str, Where | None] | None:
        if not source:
            return None
        step = source.pop()
        target.append(step._replace(reader=self.reader))
        self.reader = step.reader
        return step.what, step.where

    def swapped(self) -> "HandLinks":
        """The same decisions (and those to undo and redo) with the documents' sides swapped."""
        pending = None if self.pending is None else (self.pending[0].other, self.pending[1])

        def mirror(steps: list[Step]) -> tuple[Step, ...]:
            return tuple(Step(s.what, s.reader.mirrored(), s.where and (s.where[0].other, s.where[1])) for s in steps)

        return HandLinks(self.reader.mirrored(), pending, mirror(self._undo), mirror(self._redo))
