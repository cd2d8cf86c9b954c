"""The find bar (Ctrl+F): searches the active pane, wrapping around."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget,
)


class FindBar(QWidget):
    """Search field, previous/next, match case, and a close button; Escape hides it."""

    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.target: QPlainTextEdit | None = None
        self.setAccessibleName("Find bar")
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in document…")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Text to find")
        self.field.returnPressed.connect(lambda: self.find(forward=True))
        self.field.textEdited.connect(lambda _t: self.find(forward=True, from_start_of_match=True))
        self.previous = QToolButton(text="Previous")
        self.previous.setAccessibleName("Find previous")
        self.previous.clicked.connect(lambda: self.find(forward=False))
        self.next = QToolButton(text="Next")
        self.next.setAccessibleName("Find next")
        self.next.clicked.connect(lambda: self.find(forward=True))
        self.case = QCheckBox("Match case")
        self.where = QLabel()
        self.status = QLabel()
        close = QToolButton(text="✕")
        close.setAccessibleName("Close find bar")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.where)
        layout.addWidget(self.field, 1)
        for widget in (self.previous, self.next, self.case, self.status):
            layout.addWidget(widget)
        layout.addStretch(0)
        layout.addWidget(close)
        self.hide()

    def open_for(self, target: QPlainTextEdit, label: str) -> None:
        self.target = target
        self.where.setText(f"Find in {label}:")
        selected = target.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.matches(QKeySequence.StandardKey.FindPrevious):
            self.find(forward=False)
            return
        super().keyPressEvent(event)

    def _clear_of_edges(self) -> None:
        """Centre a match that sits on the pane's first or last lines, with no context around it."""
        rect = self.target.cursorRect()
        margin = 2 * rect.height()
        if rect.top() < margin or rect.bottom() > self.target.viewport().height() - margin:
            self.target.centerCursor()

    def find(self, *, forward: bool, from_start_of_match: bool = False) -> bool:
        """Select the next match in the target; wraps once; returns whether one was found."""
        text = self.field.text()
        if self.target is None or not text:
            self.status.setText("")
            return False
        flags = QTextDocument.FindFlag(0)
        if not forward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if from_start_of_match:
            cursor = self.target.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.target.setTextCursor(cursor)
        if self.target.find(text, flags):
            self.status.setText("")
            self._clear_of_edges()
            return True
        cursor = self.target.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End)
        self.target.setTextCursor(cursor)
        if self.target.find(text, flags):
            self.status.setText("Wrapped around")
            self._clear_of_edges()
            return True
        self.status.setText("Not found")
        return False
