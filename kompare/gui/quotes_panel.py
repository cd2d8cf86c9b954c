"""The quotations dock: quotations grouped by speaker, each beside how the other document renders it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget,
)

from kompare.core.model import Comparison, Side
from kompare.gui.hover import excerpt
from kompare.gui.marks import Marks
from kompare.gui.plain import rich
from kompare.present import QuoteGroup, QuoteRow, quote_diff_ranges, quote_groups, quote_rendering

# Two columns, so the words stay readable in a narrow dock: the quotation (A's words, or B's when
# only B has it) and how the other document renders it; both wordings are in the row's tooltip.
COLUMNS = ("Quotation", "In the other")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def match_label(row: QuoteRow) -> str:
    """'verbatim', 'reworded, given to someone else', or 'absent from B'."""
    if row.match is None:
        return f"{quote_rendering(None)} from {'B' if row.a is not None else 'A'}"
    return quote_rendering(row.match, row.a, row.b)


def quote_text(comparison: Comparison, row: QuoteRow, side: Side) -> str:
    quote = row.quote(side)
    return "" if quote is None else comparison.doc(side).text[quote.start:quote.end]


def cell(comparison: Comparison, row: QuoteRow, side: Side, group: QuoteGroup | None = None,
         *, full: bool = False) -> str:
    """'“words”', with 'Speaker: ' before them when the speaker is not the group's; '' when absent."""
    quote = row.quote(side)
    if quote is None:
        return ""
    text = quote_text(comparison, row, side)
    words = f"“{text if full else excerpt(text, 110)}”"
    same = group is not None and group.says(quote)
    return f"{quote.speaker}: {words}" if quote.speaker and not same else words


def diff_tooltip(comparison: Comparison, row: QuoteRow) -> str:
    """Both renderings with the words that differ underlined (rich text, document text escaped)."""
    lines = []
    for side in Side:
        quote = row.quote(side)
        if quote is None:
            lines.append(f"<b>{side.value.upper()}</b>: {quote_rendering(None)}")
            continue
        text = comparison.doc(side).text
        pos, out = quote.start, []
        for start, end in quote_diff_ranges(row.match, side):
            start, end = max(start, quote.start), min(end, quote.end)
            if end <= start or start < pos:
                continue
            out.append(escape(text[pos:start]))
            out.append(f"<u><b>{escape(text[start:end])}</b></u>")
            pos = end
        out.append(escape(text[pos:quote.end]))
        speaker = escape(quote.speaker) if quote.speaker else "speaker not given in the text"
        lines.append(f"<b>{side.value.upper()}</b> ({speaker}): “{''.join(out)}”")
    return "<qt>" + "<br>".join(lines) + f"<br><i>{escape(match_label(row))}</i></qt>"


def quote_texts(marks: Marks) -> tuple[list[QuoteGroup], list[list[tuple[str, str, str]]]]:
    """The groups and, per row, its two cells and tooltip: plain strings, so the worker thread builds them."""
    c = marks.comparison
    groups = quote_groups(list(marks.quote_rows))
    texts = []
    for group in groups:
        rows = []
        for row in group.rows:
            side = Side.A if row.a is not None else Side.B
            words = cell(c, row, side, group)
            rows.append((words if side is Side.A else f"B: {words}", match_label(row), diff_tooltip(c, row)))
        texts.append(rows)
    return groups, texts


def quote_items(marks: Marks) -> tuple[list[QuoteGroup], list[list[QStandardItem]]]:
    """The groups and the model's top rows: a speaker's head item (its quotations below it) and fillers."""
    groups, texts = quote_texts(marks)
    rows = []
    for group, group_texts in zip(groups, texts):
        head = QStandardItem(group.title)
        head.setEditable(False)
        head.setSelectable(False)
        head.setToolTip(rich(group.title))
        fillers = [QStandardItem() for _ in COLUMNS[1:]]
        for item in fillers:
            item.setEditable(False)
            item.setSelectable(False)
        for row, (first, second, tip) in zip(group.rows, group_texts):
            items = [QStandardItem(first), QStandardItem(second)]
            for item in items:
                item.setEditable(False)
                item.setData(row, ROW_ROLE)
                item.setToolTip(tip)
            head.appendRow(items)
        rows.append([head, *fillers])
    return groups, rows


class QuoteModel(QStandardItemModel):
    """A speaker per top row; under it one row per quotation pair or unmatched quotation."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self.marks: Marks | None = None
        self.groups: list[QuoteGroup] = []

    @property
    def rows(self) -> list[QuoteRow]:
        """Every quotation row, group by group."""
        return [row for group in self.groups for row in group.rows]

    def set_marks(self, marks: Marks | None) -> None:
        self.removeRows(0, self.rowCount())
        self.marks = marks
        if marks is None:
            self.groups = []
            return
        # backend.prepare builds the items on the worker thread (thousands of them for a long
        # pair held the window ~100 ms); they can join one model only, so they are taken once.
        prepared = marks.prepared.pop("quote_items", None)
        self.groups, rows = prepared if prepared is not None else quote_items(marks)
        bold = QFont()
        bold.setBold(True)
        for row in rows:
            row[0].setFont(bold)
            self.appendRow(row)

    def index_of(self, row: QuoteRow, column: int = 0) -> QModelIndex:
        """The model index of a quotation row."""
        for g, group in enumerate(self.groups):
            if row in group.rows:
                return self.index(group.rows.index(row), column, self.index(g, 0))
        return QModelIndex()


class QuotesPanel(QWidget):
    """The quotations by speaker; choosing one scrolls both panes to it."""

    quote_chosen = Signal(object)  # QuoteRow

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Quotations")
        self.model = QuoteModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(12)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Quotations in both documents, by speaker")
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # The column holds a handful of wordings ("verbatim", "reworded", ...): a hundred rows
        # around the screen show them. Qt's default measured a thousand, ~50 ms a long pair.
        header.setResizeContentsPrecision(100)
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
        for g in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(g, QModelIndex(), True)
        self.view.expandAll()
        has_rows = bool(self.model.rows)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText("No quotations found." if marks is not None else "Compare two documents "
                           "to list their quotations.")

    def choose(self, row: QuoteRow) -> None:
        """Make ``row`` the current quotation (as a click would)."""
        self.view.setCurrentIndex(self.model.index_of(row))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None:
            self.quote_chosen.emit(row)
