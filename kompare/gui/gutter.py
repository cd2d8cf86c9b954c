"""The centre gutter: a band joins each linked passage on the left to its counterpart on the right."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from kompare.core.model import Side
from kompare.gui.marks import Marks
from kompare.gui.palette import Scheme, scheme_for
from kompare.gui.text_pane import TextPane


class Gutter(QWidget):
    """Bezier bands between the panes, redrawn whenever either pane scrolls."""

    band_clicked = Signal(str)  # item key

    def __init__(self, pane_a: TextPane, pane_b: TextPane, parent=None):
        super().__init__(parent)
        self.panes = {Side.A: pane_a, Side.B: pane_b}
        self.marks: Marks | None = None
        self.selected_key: str | None = None
        self.selected_keys: tuple[str, ...] = ()
        self.hidden_kinds: set[str] = set()
        self.scheme: Scheme = scheme_for(self.palette())
        self._paths: list[tuple[str, QPainterPath]] = []
        self.context_actions: list = []  # the window's commands on a passage, for a band's right-click menu
        self.setMinimumWidth(36)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Links between the two documents")
        self.setToolTip("Each band joins a passage of A to its counterpart in B; click a band to select it, "
                        "right-click for its commands")
        for pane in self.panes.values():
            pane.view_changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(72, 400)

    def set_marks(self, marks: Marks | None) -> None:
        self.marks = marks
        self.selected_key, self.selected_keys = None, ()
        self.update()

    def select_key(self, key: str | None, related: tuple[str, ...] = ()) -> None:
        """Emphasise the band of ``key`` and of every ``related`` link (a sentence's other links)."""
        self.selected_key = key
        self.selected_keys = tuple(dict.fromkeys(((key,) if key else ()) + tuple(related)))
        self.update()

    def set_hidden_kinds(self, kinds: set[str]) -> None:
        self.hidden_kinds = set(kinds)
        self.update()

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self.update()

    def _viewport_span(self, side: Side) -> tuple[float, float, float]:
        """Top and bottom of a pane's viewport in gutter coordinates, and its y shift."""
        viewport = self.panes[side].viewport()
        origin = self.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0)))
        return float(origin.y()), float(origin.y() + viewport.height()), float(origin.y())

    def _end(self, side: Side, rng: tuple[int, int], span: tuple[float, float, float] | None = None
             ) -> tuple[float, float]:
        top, bottom, shift = span or self._viewport_span(side)
        y0, y1 = self.panes[side].span_y(*rng)

        def place(y: float | str) -> float:
            if y == "above":
                return top - 24.0
            if y == "below":
                return bottom + 24.0
            return shift + y

        return place(y0), place(y1)

    def visible_keys(self) -> list[str]:
        """Links with at least one end on screen (every link of a sentence), selected last (on top)."""
        if self.marks is None:
            return []
        keys: dict[str, None] = {}
        for side in Side:
            lo, hi = self.panes[side].visible_range()
            for _, _, region in self.marks.sides[side].regions.overlapping(lo, hi):
                for key in region.keys:
                    item = self.marks.items[key]
                    if item.a is not None and item.b is not None and item.kind not in self.hidden_kinds:
                        keys[key] = None
        # A selected link is drawn even when both its ends are off screen: its band points to them.
        chosen = [k for k in self.selected_keys if k in self.marks.items and self.marks.items[k].a is not None
                  and self.marks.items[k].b is not None]
        return [k for k in keys if k not in chosen] + chosen

    def band_path(self, key: str, spans: dict | None = None) -> QPainterPath:
        """The closed bezier shape joining both ends of a link (``spans``: the viewports', if known)."""
        item = self.marks.items[key]
        spans = spans or {}
        a0, a1 = self._end(Side.A, item.a, spans.get(Side.A))
        b0, b1 = self._end(Side.B, item.b, spans.get(Side.B))
        w = float(self.width())
        path = QPainterPath(QPointF(0, a0))
        path.cubicTo(QPointF(w * 0.5, a0), QPointF(w * 0.5, b0), QPointF(w, b0))
        path.lineTo(QPointF(w, b1))
        path.cubicTo(QPointF(w * 0.5, b1), QPointF(w * 0.5, a1), QPointF(0, a1))
        path.closeSubpath()
        return path

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        # Mapping a viewport to the gutter goes through global coordinates: once a paint, not per band.
        spans = {side: self._viewport_span(side) for side in Side}
        (top_a, bottom_a, _), (top_b, bottom_b, _) = spans[Side.A], spans[Side.B]
        top, bottom = min(top_a, top_b), max(bottom_a, bottom_b)
        p.fillRect(0, int(top), self.width(), int(bottom - top), self.palette().color(QPalette.ColorRole.Base))
        p.setClipRect(0, int(top), self.width(), int(bottom - top))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paths = []
        for key in self.visible_keys():
            item = self.marks.items[key]
            path = self.band_path(key, spans)
            self._paths.append((key, path))
            colour = QColor(self.scheme.band[item.kind])
            edge = QColor(self.scheme.solid[item.kind])
            if key in self.selected_keys:
                colour.setAlphaF(min(1.0, colour.alphaF() * 2.3))
                p.setPen(QPen(edge.darker(130) if not self.scheme.dark else edge.lighter(130), 1.6))
            else:
                edge.setAlphaF(0.55)
                p.setPen(QPen(edge, 0.8))
            p.setBrush(colour)
            p.drawPath(path)
        p.end()

    def key_at(self, point: QPointF) -> str | None:
        for key, path in reversed(self._paths):
            if path.contains(point):
                return key
        return None

    def mousePressEvent(self, event) -> None:
        key = self.key_at(event.position())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.band_clicked.emit(key)

    def context_menu(self, pos: QPointF) -> QMenu | None:
        """The right-click menu on the band at ``pos`` (which is selected first), or None off the bands."""
        key = self.key_at(pos)
        if key is None or not self.context_actions:
            return None
        self.band_clicked.emit(key)
        menu = QMenu(self)
        menu.addActions(self.context_actions)
        return menu

    def contextMenuEvent(self, event) -> None:
        menu = self.context_menu(QPointF(event.pos()))
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()
