"""One side of the window: header, text pane and overview strip, all accepting dropped files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kompare.core.model import Document, Excluded, Side
from kompare.gui.marks import SideMarks
from kompare.gui.overview import Overview
from kompare.gui.pane_header import PaneHeader
from kompare.gui.text_pane import TextPane, dropped_sources


class DocumentView(QWidget):
    """Header above a text pane; the overview strip sits on the pane's outer edge."""

    file_dropped = Signal(str)

    def __init__(self, side: Side, parent=None):
        super().__init__(parent)
        self.side = side
        self.header = PaneHeader(side)
        self.pane = TextPane(side)
        self.overview = Overview()
        self.setAcceptDrops(True)
        self.setAccessibleName(f"Document {side.value.upper()}")
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        if side is Side.A:
            body.addWidget(self.overview)
            body.addWidget(self.pane, 1)
        else:
            body.addWidget(self.pane, 1)
            body.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self.pane.file_dropped.connect(self.file_dropped)
        self.pane.view_changed.connect(self._follow)
        self.overview.clicked.connect(lambda offset: self.pane.reveal(offset, offset + 1, top=False))

    def _follow(self) -> None:
        self.overview.set_window(*self.pane.visible_range())

    def show_document(self, doc: Document | None, excluded: tuple[Excluded, ...] = (),
                      marks: SideMarks | None = None) -> None:
        self.header.set_document(doc)
        self.pane.set_document(doc, excluded, marks)
        self.overview.set_marks(marks, len(doc.text) if doc else 0)
        self._follow()

    def dragEnterEvent(self, event) -> None:
        if dropped_sources(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = dropped_sources(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.file_dropped.emit(files[0])
