"""The strip above a pane: the document's title, source, date, path and notices."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kompare.core.model import Document, Side
from kompare.gui.palette import scheme_for


class PaneHeader(QWidget):
    """Title in bold, then source · date · path, then any notices as a warning line."""

    def __init__(self, side: Side, parent=None):
        super().__init__(parent)
        self.side = side
        self.setAccessibleName(f"Document {side.value.upper()} details")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meta = QLabel()
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setAccessibleName(f"Notices about document {side.value.upper()}")
        for label in (self.title, self.meta, self.notices):
            layout.addWidget(label)
        self.set_document(None)

    def set_document(self, doc: Document | None, *, loading: str | None = None) -> None:
        letter = self.side.value.upper()
        if doc is None:
            self.title.setText(f"{letter} · {loading}" if loading else f"{letter} · no document")
            self.meta.setText("Open or drop a document" if not loading else "Loading…")
            self.notices.hide()
            self.setToolTip("")
            return
        self.title.setText(f"{letter} · {doc.display_name}")
        parts = [p for p in (doc.source, doc.date) if p]
        path_text = doc.path or "(not from a file)"
        dim = scheme_for(self.palette()).dimmed.name()
        meta = " · ".join(escape(p) for p in parts)
        meta = f"{meta} · " if meta else ""
        self.meta.setText(f'{meta}<span style="color:{dim}">{escape(path_text)}</span>')
        self.setToolTip("\n".join([doc.display_name, *parts, path_text]))
        if doc.notices:
            colour = scheme_for(self.palette()).warning.name()
            lines = "<br>".join("⚠ " + escape(n) for n in doc.notices)
            self.notices.setText(f'<span style="color:{colour}">{lines}</span>')
            self.notices.show()
        else:
            self.notices.hide()

    def loading(self, path: str) -> None:
        self.set_document(None, loading=path.replace("\\", "/").rsplit("/", 1)[-1])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.setBackgroundRole(QPalette.ColorRole.Window)
