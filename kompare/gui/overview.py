"""A thin strip beside a pane showing where each kind of passage falls in the whole document."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from kompare.gui.marks import SideMarks
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
        self.setToolTip("Where agreements (blue), divergences (orange) and unique passages (purple) "
                        "fall in the whole document; click to go there")

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

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self._image = None
        self.update()

    def _y(self, offset: int) -> float:
        return offset / max(1, self.length) * self.height()

    def _render(self) -> QImage:
        # Cached: a 1 MB document has thousands of regions, too many to paint on every scroll.
        ratio = self.devicePixelRatioF()
        image = QImage(int(self.width() * ratio), int(self.height() * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        if self.marks is not None and self.length:
            p = QPainter(image)
            p.setPen(Qt.PenStyle.NoPen)
            w = self.width()
            for start, end, region in self.marks.regions.entries:
                p.setBrush(self.scheme.solid[region.kind])
                y0, y1 = self._y(start), self._y(end)
                p.drawRect(QRectF(3, y0, w - 6, max(1.5, y1 - y0)))
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
