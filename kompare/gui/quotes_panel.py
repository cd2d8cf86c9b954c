"""The quotations dock: each quote with its speaker beside its counterpart and the match kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget,
)

from kompare.core.model import Side
from kompare.gui.link_list import excerpt
from kompare.gui.marks import Marks, QuoteRow
from kompare.gui.plain import rich
from kompare.gui.table_model import RowsModel
from kompare.present import quote_rendering

# Three columns so that both sides fit a narrow dock: who said what in A, the match, in B.
COLUMNS = ("In A", "Match", "In B")


def match_label(row: QuoteRow) -> str:
    """'verbatim', 'reworded, given to someone else', or 'absent from B'."""
    if row.match is None:
        return f"{quote_rendering(None)} from {'B' if row.a is not None else 'A'}"
    return quote_rendering(row.match)


class QuoteModel(RowsModel):
    """One row per quotation pair or unmatched quotation."""

    columns = COLUMNS

    @property
    def rows(self) -> list[QuoteRow]:
        return self.rows_list

    def __init__(self, parent=None):
        super().__init__(parent)
        self.marks: Marks | None = None

    def set_marks(self, marks: Marks | None) -> None:
        self.beginResetModel()
        self.marks = marks
        self.rows_list = list(marks.quote_rows) if marks is not None else []
        self.endResetModel()

    def quote_text(self, row: QuoteRow, side: Side) -> str:
        quote = row.quote(side)
        if quote is None:
            return ""
        return self.marks.comparison.doc(side).text[quote.start:quote.end]

    def cell(self, row: QuoteRow, side: Side, *, full: bool = False) -> str:
        """'Speaker: “words”' for one side, or '' when that side has no such quotation."""
        quote = row.quote(side)
        if quote is None:
            return ""
        text = self.quote_text(row, side)
        words = f"“{text if full else excerpt(text, 110)}”"
        return f"{quote.speaker}: {words}" if quote.speaker else words

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            full = role == Qt.ItemDataRole.ToolTipRole
            if column == 1:
                return match_label(row)
            side = Side.A if column == 0 else Side.B
            text = self.cell(row, side, full=full)
            if full and text and row.quote(side).speaker is None:
                text += "\n(speaker not given in the text)"
            return rich(text) if full and text else text
        return None


class QuotesPanel(QWidget):
    """A table of quotations; choosing one scrolls both panes to it."""

    quote_chosen = Signal(object)  # QuoteRow

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Quotations")
        self.model = QuoteModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Quotations in both documents")
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel("No quotations found.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.set_marks(None)

    def set_marks(self, marks: Marks | None) -> None:
        self.model.set_marks(marks)
        has_rows = bool(self.model.rows)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText("No quotations found." if marks is not None else "Compare two documents "
                           "to list their quotations.")

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.quote_chosen.emit(self.model.rows[current.row()])
