"""A thin strip beside a pane showing where each kind of passage falls in the whole document."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from kompare.gui.marks import ITEM_KINDS, SideMarks
from kompare.gui.palette import Scheme, scheme_for


class Overview(QWidget):
    """Marks at proportional heights; a frame shows what the pane has on screen."""

    clicked = Signal(int)  # document offset

    def __init__(self, parent=None):
        super().__init__(parent)
        self.marks: SideMarks | None = None
        self.length = 0
        self.window: tuple[int, int] = (0, 0)
        self.scheme: Scheme = scheme_for(self.palette())
        self._image: QImage | None = None
        self.setFixedWidth(16)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Overview of the document")
        self.hidden_kinds: set[str] = set()
        self.setToolTip("Where each kind of passage falls in the whole document (colours as in the "
                        "legend); click to go there")

    def sizeHint(self) -> QSize:
        return QSize(16, 200)

    def set_marks(self, marks: SideMarks | None, length: int) -> None:
        self.marks, self.length = marks, length
        self._image = None
        self.update()

    def set_window(self, lo: int, hi: int) -> None:
        if (lo, hi) != self.window:
            self.window = (lo, hi)
            self.update()

    def set_hidden_kinds(self, kinds: set[str]) -> None:
        self.hidden_kinds = set(kinds)
        self._image = None
        self.update()

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self._image = None
        self.update()

    def _y(self, offset: int) -> float:
        return offset / max(1, self.length) * self.height()

    def rows(self, height: int) -> list[str | None]:
        """The kind shown on each pixel row: divergence, then unique, partial, agreement."""
        rows: list[str | None] = [None] * max(0, height)
        if self.marks is None or not self.length or height <= 0:
            return rows
        import numpy as np

        # Vectorised: a long document has tens of thousands of regions, a loop held the window.
        ranked = ("agreement", "partial", "unique", "divergence")
        starts, ends, kinds = self.marks.region_spans()
        rank_of_kind = np.array([ranked.index(k) + 1 if k not in self.hidden_kinds else 0 for k in ITEM_KINDS],
                                np.int8)
        ranks = rank_of_kind[kinds]
        keep = ranks > 0
        starts, ends, ranks = starts[keep], ends[keep], ranks[keep]
        scale = height / self.length
        first = np.minimum(height - 1, (starts * scale).astype(np.int64))
        last = np.minimum(height - 1, np.maximum(first, (ends * scale).astype(np.int64)))
        spans = last - first + 1
        pixels = np.repeat(first - (np.cumsum(spans) - spans), spans) + np.arange(int(spans.sum()))
        best = np.zeros(height, np.int8)
        np.maximum.at(best, pixels, np.repeat(ranks, spans))
        names = (None, *ranked)
        return [names[r] for r in best.tolist()]

    def _render(self) -> QImage:
        # Cached, and drawn as one rectangle per run of pixel rows: a 1 MB document has
        # thousands of regions, far more than the strip has pixels.
        ratio = self.devicePixelRatioF()
        image = QImage(int(self.width() * ratio), int(self.height() * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        rows = self.rows(int(self.height() * ratio))
        if any(rows):
            p = QPainter(image)
            p.setPen(Qt.PenStyle.NoPen)
            w = self.width()
            y = 0
            while y < len(rows):
                kind, start = rows[y], y
                while y < len(rows) and rows[y] == kind:
                    y += 1
                if kind is not None:
                    p.setBrush(self.scheme.solid[kind])
                    p.drawRect(QRectF(3, start / ratio, w - 6, (y - start) / ratio))
            p.end()
        return image

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        if self._image is None or self._image.deviceIndependentSize().toSize() != self.size():
            self._image = self._render()
        p.drawImage(0, 0, self._image)
        if self.length and self.window[1] > self.window[0]:
            y0, y1 = self._y(self.window[0]), self._y(self.window[1])
            frame = QColor(self.scheme.text)
            frame.setAlphaF(0.55)
            p.setPen(frame)
            fill = QColor(self.scheme.text)
            fill.setAlphaF(0.08)
            p.setBrush(fill)
            p.drawRect(QRectF(0.5, y0, self.width() - 1.0, max(4.0, y1 - y0)))
        p.end()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.length:
            fraction = min(1.0, max(0.0, event.position().y() / max(1, self.height())))
            self.clicked.emit(int(fraction * self.length))

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)
