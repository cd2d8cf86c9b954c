"""The find bar (Ctrl+F): searches both documents, says where the hits are, F3/Shift+F3 walk them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget,
)

from kompare.core.model import Side

#: Counting stops here: a one-letter search in a megabyte must not stall typing.
MAX_HITS = 100_000


class FindBar(QWidget):
    """Search field, previous/next, match case, where the hits are, and a close button; Escape hides it."""

    closed = Signal()
    found_in = Signal(object)  # the Side whose pane now shows the current hit

    def __init__(self, panes: dict | None = None, parent=None):
        super().__init__(parent)
        self.panes: dict = dict(panes or {})
        self.target: QPlainTextEdit | None = None  # the pane the walk is in
        self.hits: list[tuple[Side, int, int]] = []  # display ranges, A's hits then B's
        self._searched: tuple | None = None
        self.capped: set[Side] = set()  # the documents with more matches than MAX_HITS
        self.setAccessibleName("Find bar")
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in both documents…")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Text to find")
        self.field.returnPressed.connect(lambda: self.find(forward=True))
        self.field.textEdited.connect(lambda _t: self.find(forward=True, from_start_of_match=True))
        self.previous = QToolButton(text="Previous")
        self.previous.setAccessibleName("Find previous")
        self.previous.setToolTip("Previous match (Shift+F3)")
        self.previous.clicked.connect(lambda: self.find(forward=False))
        self.next = QToolButton(text="Next")
        self.next.setAccessibleName("Find next")
        self.next.setToolTip("Next match (F3)")
        self.next.clicked.connect(lambda: self.find(forward=True))
        self.case = QCheckBox("Match case")
        self.case.toggled.connect(lambda _c: self.find(forward=True, from_start_of_match=True))
        self.where = QLabel("Find:")
        self.status = QLabel()
        self.status.setAccessibleName("Where the matches are")
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

    def open_for(self, target: QPlainTextEdit, label: str = "") -> None:
        """Show the bar; the walk starts at ``target``'s cursor, the selected words become the search."""
        self.target = target
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

    # --- searching --------------------------------------------------------------------------------
    def _search(self) -> list[tuple[Side, int, int]]:
        """Every match in both panes, in the order F3 walks them (A top to bottom, then B)."""
        text, case = self.field.text(), self.case.isChecked()
        # Which texts, by their documents' edit counts: copying out 15 MB of text to compare it
        # with the last search's made each F3 take a fifth of a second.
        key = (text, case, tuple((id(p.document()), p.document().revision()) for p in self.panes.values()))
        if key != self._searched:
            texts = [pane.toPlainText() for pane in self.panes.values()]
            # A space finds any run of white space: a phrase is found across a hard-wrapped
            # line's break (and the breaks a pane puts into an overlong line).
            words = re.escape(text).replace("\\ ", r"\s+")
            pattern = re.compile(words, 0 if case else re.IGNORECASE)
            hits, capped = [], set()
            for (side, pane), content in zip(self.panes.items(), texts):
                for n, m in enumerate(pattern.finditer(content)):
                    if n >= MAX_HITS:
                        capped.add(side)
                        break
                    hits.append((side, m.start(), m.end()))
            self.hits, self.capped, self._searched = hits, capped, key
        return self.hits

    def counts(self) -> dict[Side, int]:
        """How many matches each document has."""
        found = {side: 0 for side in self.panes}
        for side, _, _ in self.hits:
            found[side] += 1
        return found

    def _where(self) -> str:
        """'3 in A, 1 in B' ('100,000+ in A' where counting stopped)."""
        return ", ".join(f"{n:,}{'+' if side in self.capped else ''} in {side.value.upper()}"
                         for side, n in self.counts().items())

    def _clear_of_edges(self, pane: QPlainTextEdit) -> None:
        """Centre a match that sits on the pane's first or last lines, with no context around it."""
        rect = pane.cursorRect()
        margin = 2 * rect.height()
        if rect.top() < margin or rect.bottom() > pane.viewport().height() - margin:
            pane.centerCursor()

    def find(self, *, forward: bool, from_start_of_match: bool = False) -> bool:
        """Select the next match in either document; wraps around; returns whether one was found."""
        text = self.field.text()
        if not self.panes or not text:
            self.status.setText("")
            return False
        hits = self._search()
        if not hits:
            self.status.setText("Not found in A or B")
            return False
        sides = list(self.panes)
        pane = self.target if self.target in self.panes.values() else self.panes[sides[0]]
        rank = sides.index(pane.side)
        cursor = pane.textCursor()
        if from_start_of_match:
            here = (rank, cursor.selectionStart())
        else:
            here = (rank, cursor.selectionEnd() if forward else cursor.selectionStart())
        keys = [(sides.index(side), start) for side, start, _ in hits]
        if forward:
            index = next((i for i, k in enumerate(keys) if k >= here), None)
        else:
            index = next((i for i in range(len(keys) - 1, -1, -1) if keys[i] < here), None)
        wrapped = index is None
        if wrapped:
            index = 0 if forward else len(hits) - 1
        side, start, end = hits[index]
        target = self.panes[side]
        selection = QTextCursor(target.document())
        selection.setPosition(start)
        selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        target.setTextCursor(selection)
        self._clear_of_edges(target)
        self.target = target
        self.found_in.emit(side)
        place = f"{index + 1:,} of {len(hits):,} · {self._where()}"
        self.status.setText(("Wrapped around · " if wrapped else "") + place)
        return True
