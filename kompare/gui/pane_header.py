"""The strip above a pane: the document's title, source, date, path and notices."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kompare.core.model import Document, Side
from kompare.gui.palette import scheme_for
from kompare.gui.plain import rich
from kompare.gui.sources import is_address, source_name


ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


class ElidedLabel(QLabel):
    """One line of text in parts (each optionally coloured) that ends in '…' where it does not fit.

    The last part is shortened first (``last_mode``: a path keeps its file name), then the others
    from the right; ``full_text()`` is what the label would show with room enough.
    """

    def __init__(self, parent=None, *, last_mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight):
        super().__init__(parent)
        self.last_mode = last_mode
        self._parts: list[tuple[str, str | None]] = []
        self._shown = ""
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        # Shrinks below its text: a long title must never widen the pane.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_parts(self, parts: list[tuple[str, str | None]]) -> None:
        self._parts = [(t.translate(ONE_LINE), colour) for t, colour in parts if t]
        self._relayout()

    def set_plain(self, text: str) -> None:
        self.set_parts([(text, None)])

    def full_text(self) -> str:
        return "".join(t for t, _ in self._parts)

    def shown_text(self) -> str:
        """The text on screen, with its '…' if it had to be shortened."""
        return self._shown

    def is_elided(self) -> bool:
        return self._shown != self.full_text()

    def _relayout(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - 2  # rich text rounds widths up a little
        shown: list[tuple[str, str | None]] = []
        used = 0
        parts = self._parts
        widths = [metrics.horizontalAdvance(t) for t, _ in parts]
        if sum(widths) <= room or room <= 0:
            shown = list(parts)
        else:
            for n, ((text, colour), width) in enumerate(zip(parts, widths)):
                left = room - used
                if n == len(parts) - 1 or sum(widths[: n + 1]) > room:
                    mode = self.last_mode if n == len(parts) - 1 else Qt.TextElideMode.ElideRight
                    cut = metrics.elidedText(text, mode, max(0, left))
                    if cut:
                        shown.append((cut, colour))
                    break
                shown.append((text, colour))
                used += width
        self._shown = "".join(t for t, _ in shown)
        html = "".join(f'<span style="color:{c}">{escape(t)}</span>' if c else escape(t) for t, c in shown)
        super().setText(html)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._relayout()


class PaneHeader(QWidget):
    """Title in bold, then source · date · path, then any notices as a warning line."""

    def __init__(self, side: Side, parent=None):
        super().__init__(parent)
        self.side = side
        self.setAccessibleName(f"Document {side.value.upper()} details")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = ElidedLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.meta = ElidedLabel(last_mode=Qt.TextElideMode.ElideLeft)  # a long path keeps its file name
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setAccessibleName(f"Notices about document {side.value.upper()}")
        for label in (self.title, self.meta, self.notices):
            layout.addWidget(label)
        self.active = False
        self.set_document(None)

    def set_active(self, active: bool) -> None:
        """Mark the document that navigation and find work in (a line under the header)."""
        if active != self.active:
            self.active = active
            self.setAccessibleDescription("active document" if active else "")
            self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.active:
            p = QPainter(self)
            p.fillRect(0, self.height() - 3, self.width(), 3, self.palette().color(QPalette.ColorRole.Highlight))
            p.end()

    def set_document(self, doc: Document | None, *, loading: str | None = None, fetching: bool = False) -> None:
        letter = self.side.value.upper()
        if doc is None:
            self.title.set_plain(f"{letter} · {loading}" if loading else f"{letter} · no document")
            self.meta.set_plain("Open or drop a document" if not loading else "Fetching…" if fetching else "Loading…")
            self.notices.hide()
            self.setToolTip("")
            return
        self.title.set_plain(f"{letter} · {doc.display_name}")
        parts = [p for p in (doc.source, doc.date) if p]
        path_text = doc.path or "(not from a file)"
        dim = scheme_for(self.palette()).dimmed.name()
        meta = " · ".join(parts)
        self.meta.set_parts([(f"{meta} · " if meta else "", None), (path_text, dim)])
        self.setToolTip(rich("\n".join([doc.display_name, *parts, path_text])))
        if doc.notices:
            colour = scheme_for(self.palette()).warning.name()
            lines = "<br>".join("⚠ " + escape(n) for n in doc.notices)
            self.notices.setText(f'<span style="color:{colour}">{lines}</span>')
            self.notices.show()
        else:
            self.notices.hide()

    def loading(self, path: str) -> None:
        self.set_document(None, loading=source_name(path), fetching=is_address(path))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.setBackgroundRole(QPalette.ColorRole.Window)
