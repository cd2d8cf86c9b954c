"""The quotations dock: each quote with its speaker beside its counterpart and the match kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget,
)

from kompare.core.model import Side
from kompare.gui.link_list import excerpt
from kompare.gui.marks import Marks, QuoteRow
from kompare.gui.table_model import RowsModel

COLUMNS = ("Speaker A", "Quote in A", "Match", "Quote in B", "Speaker B")


def match_label(row: QuoteRow) -> str:
    """'verbatim', 'variant, other speaker', or 'only in A'."""
    if row.match is None:
        return "only in A" if row.a is not None else "only in B"
    label = row.match.kind.value
    return label if row.match.speaker_match else f"{label}, other speaker"


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

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            full = role == Qt.ItemDataRole.ToolTipRole
            if column in (0, 4):
                quote = row.quote(Side.A if column == 0 else Side.B)
                return (quote.speaker or "(unattributed)") if quote else ""
            if column == 2:
                return match_label(row)
            text = self.quote_text(row, Side.A if column == 1 else Side.B)
            return text if full else f"“{excerpt(text, 110)}”" if text else ""
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
        header.setStretchLastSection(True)
        header.resizeSection(0, 110)
        header.resizeSection(2, 90)
        header.resizeSection(1, 220)
        header.resizeSection(3, 220)
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
