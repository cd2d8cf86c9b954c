"""Synchronised scrolling: the passage at one pane's centre line is kept level with its counterpart."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPoint

from kompare.core.model import Side
from kompare.gui.marks import Marks, sorted_by


class OffsetMapping:
    """Maps an offset of one document to the place in the other that corresponds to it.

    Inside a linked passage: the same fraction of the counterpart.  Elsewhere (unique text,
    furniture): linearly between the nearest links before and after that keep reading order,
    so unique stretches scroll proportionally.
    """

    def __init__(self, marks: Marks):
        self.marks = marks
        c = marks.comparison
        self.length = {side: len(c.doc(side).text) for side in Side}
        self.anchors = {side: self._anchors(side) for side in Side}
        self._ends = {side: [a[1] for a in chain] for side, chain in self.anchors.items()}
        self._starts = {side: [a[0] for a in chain] for side, chain in self.anchors.items()}

    def _anchors(self, side: Side) -> list[tuple[int, int, int, int]]:
        """(start, end, other start, other end) of links in order, skipping ones that cross back."""
        pairs = [(i.range(side), i.range(side.other)) for i in self.marks.items.values() if i.link is not None]
        links = sorted_by(pairs, *([p[n][m] for p in pairs] for n in (0, 1) for m in (0, 1)))
        chain: list[tuple[int, int, int, int]] = []
        for (s0, s1), (o0, o1) in links:
            if not chain or (s0 >= chain[-1][1] and o0 >= chain[-1][3]):
                chain.append((s0, s1, o0, o1))
        return chain

    def counterpart(self, side: Side, offset: int) -> int:
        """The offset in ``side.other`` that sits level with ``offset`` of ``side``."""
        item = self.marks.item_at(side, offset)
        if item is not None and item.link is not None:
            (s0, s1), (o0, o1) = item.range(side), item.range(side.other)
            return round(o0 + (offset - s0) / max(1, s1 - s0) * (o1 - o0))
        chain = self.anchors[side]
        before = bisect_right(self._ends[side], offset) - 1
        after = bisect_left(self._starts[side], offset)
        x0, y0 = (chain[before][1], chain[before][3]) if before >= 0 else (0, 0)
        x1, y1 = (chain[after][0], chain[after][2]) if after < len(chain) else (self.length[side],
                                                                                 self.length[side.other])
        if x1 <= x0:
            return y0
        return round(y0 + (offset - x0) / (x1 - x0) * (y1 - y0))


class ScrollSync(QObject):
    """Follows one pane's scrolling with the other (on by default; ``enabled`` turns it off)."""

    def __init__(self, panes: dict, parent=None):
        super().__init__(parent)
        self.panes = panes
        self.enabled = True
        self.mapping: OffsetMapping | None = None
        self._busy = False
        for side, pane in panes.items():
            pane.verticalScrollBar().valueChanged.connect(lambda _v, s=side: self.follow(s))

    def set_marks(self, marks: Marks | None) -> None:
        if marks is None:
            self.mapping = None
            return
        # backend.prepare builds it on the worker thread; a comparison shown directly builds it here.
        mapping = marks.prepared.get("offset_mapping")
        if not isinstance(mapping, OffsetMapping) or mapping.marks is not marks:
            mapping = marks.prepared["offset_mapping"] = OffsetMapping(marks)
        self.mapping = mapping

    @contextmanager
    def paused(self):
        """Scroll both panes by hand (a selection reveals each end) without one dragging the other."""
        was, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = was

    def follow(self, side: Side) -> None:
        """Scroll the other pane so the counterpart of ``side``'s centre line is level with it."""
        if not self.enabled or self._busy or self.mapping is None:
            return
        source, target = self.panes[side], self.panes[side.other]
        if source.doc is None or target.doc is None:
            return
        centre = source.viewport().height() // 2
        offset = source.offset_at(QPoint(12, centre))
        y = source.y_at(offset)
        if not isinstance(y, float):
            return
        there = self.mapping.counterpart(side, offset)
        with self.paused():
            target.scroll_offset_to(there, y)
