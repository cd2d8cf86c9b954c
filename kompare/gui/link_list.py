"""The side list of every link and unique passage, filterable by kind and searchable."""

from __future__ import annotations


from PySide6.QtCore import (
    QModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtWidgets import (
    QLabel,
    QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout,
    QWidget,
)

from kompare.core.model import Side
from kompare.gui.hover import change_summary, excerpt
from kompare.gui.marks import AGREEMENT, DIVERGENCE, PARTIAL, UNIQUE, Item, Marks
from kompare.gui.palette import scheme_for
from kompare.gui.plain import rich
from kompare.gui.table_model import RowsModel
from kompare.present import BY_HAND, UNCERTAIN_BELOW, change_label, is_uncertain, look_of

# The typed changes ride in the Kind cell ("Divergence: number, date"), so the list fits a
# narrow dock without scrolling sideways; the cell's tooltip spells them out.
COLUMNS = ("Kind", "A", "B")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The filter of links to check first: any kind, confidence under present.UNCERTAIN_BELOW.
UNCERTAIN = "uncertain"
FILTERS = (
    ("All passages", None),
    ("Agreements", {AGREEMENT}),
    ("Divergences", {DIVERGENCE}),
    ("Partial links", {PARTIAL}),
    ("Uncertain links", {UNCERTAIN}),
    ("Unique (either side)", {UNIQUE}),
    ("Unique in A", {"unique-a"}),
    ("Unique in B", {"unique-b"}),
)


def _kind_label(item: Item) -> str:
    """What the Kind cell says: 'Divergence: number, date', 'Partial (linked by hand)', 'Unique in A'."""
    if item.kind == UNIQUE:
        return "Unique in A" if item.a else "Unique in B"
    kind = look_of(item.kind).label
    if item.link is not None and item.link.by_reader:
        kind += f" ({BY_HAND})"
    if item.link is not None and item.link.changes:
        kind += ": " + ", ".join(dict.fromkeys(change_label(c.type) for c in item.link.changes))
    return kind


class PassageModel(RowsModel):
    """One row per item (link or unique run)."""

    columns = COLUMNS

    @property
    def items(self) -> list[Item]:
        return self.rows_list

    def __init__(self, parent=None):
        super().__init__(parent)
        self.marks: Marks | None = None
        self.rows: dict[str, int] = {}
        self._cache: dict[int, tuple[str, str, str]] = {}
        self._search: dict[int, str] = {}
        self.scheme = scheme_for(QApplication.palette())

    def set_marks(self, marks: Marks | None) -> None:
        self.beginResetModel()
        self.marks = marks
        self.rows_list = marks.reading_order() if marks is not None else []
        self.rows = marks.row_of() if marks is not None else {}
        self._cache = {}
        self._search = {}
        self.endResetModel()

    def _texts(self, row: int) -> tuple[str, str, str]:
        # Texts are built lazily: a 1 MB comparison has thousands of rows, most never shown.
        if row not in self._cache:
            item = self.items[row]
            c = self.marks.comparison
            a = excerpt(c.a.text[item.a[0]:item.a[1]]) if item.a else ""
            b = excerpt(c.b.text[item.b[0]:item.b[1]]) if item.b else ""
            self._cache[row] = (_kind_label(item), a, b)
        return self._cache[row]

    def filter_kind(self, row: int) -> str:
        """The kind the filters know the row by: a link's kind, or 'unique-a' / 'unique-b'."""
        item = self.items[row]
        if item.kind == UNIQUE:
            return "unique-a" if item.a else "unique-b"
        return item.kind

    def is_uncertain(self, row: int) -> bool:
        item = self.items[row]
        return item.link is not None and is_uncertain(item.link)

    def search_text(self, row: int) -> str:
        # The whole passages, not the shown excerpts: a word past the excerpt's cut must be found.
        if row not in self._search:
            item = self.items[row]
            c = self.marks.comparison
            # (The typed changes, not a partial link's note: its words are the passages' own.)
            parts = [_kind_label(item), change_summary(item)]
            parts += [doc.text[rng[0]:rng[1]] for doc, rng in ((c.a, item.a), (c.b, item.b)) if rng]
            self._search[row] = " ".join(" ".join(parts).split()).casefold()
        return self._search[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            rng = {1: item.a, 2: item.b}.get(index.column())
            if rng is not None:  # the passage itself, longer than the cell's one-line excerpt
                doc = self.marks.comparison.doc(Side.A if index.column() == 1 else Side.B)
                return rich(excerpt(doc.text[rng[0]:rng[1]], 600))
            text = change_summary(item, self.marks.comparison) or self._texts(index.row())[index.column()]
            return rich(text) if text else None
        if role == KEY_ROLE:
            return item.key
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self.scheme.solid[item.kind]
        return None


class PassageFilter(QSortFilterProxyModel):
    """Keeps rows of the chosen kinds whose text holds the search words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kinds: set[str] | None = None
        self.words: list[str] = []
        self._marks = self._key = None
        self._accept: list[bool] = []

    def _refilter(self, change) -> None:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair; older Qt only has the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def set_kinds(self, kinds: set[str] | None) -> None:
        self._refilter(lambda: setattr(self, "kinds", kinds))

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", text.casefold().split()))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        accepted = self._accepted()
        return row < len(accepted) and accepted[row]

    def _accepted(self) -> list[bool]:
        """Whether each row of the source passes, worked out in one pass per filter and
        comparison: asked row by row through Qt's roles, a search over the 29,000 rows of a
        long comparison held the window for a second at each keystroke."""
        model = self.sourceModel()
        key = (None if self.kinds is None else frozenset(self.kinds), tuple(self.words), model.rowCount())
        if model.marks is not self._marks or key != self._key:
            self._marks, self._key = model.marks, key
            self._accept = [self._accepts(model, row) for row in range(model.rowCount())]
        return self._accept

    def _accepts(self, model: "PassageModel", row: int) -> bool:
        if self.kinds is not None:
            if UNCERTAIN in self.kinds:
                if not model.is_uncertain(row):
                    return False
            else:
                kind = model.filter_kind(row)
                if kind not in self.kinds and not (UNIQUE in self.kinds and kind.startswith("unique")):
                    return False
        if self.words:
            haystack = model.search_text(row)
            return all(w in haystack for w in self.words)
        return True


class PassageTable(QTableView):
    """A table dressed as a plain list (no grid, no row numbers, one line a row).

    Not a QTreeView: a tree lays out every row through the Python model when it is filled,
    about 80 ms for the 27,000 rows of a long comparison; a table asks only for the rows on screen.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it did from the tree
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        columns = self.horizontalHeader()
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setHighlightSections(False)
        columns.setSectionsClickable(False)  # a table's header click would select a whole column

    def header(self) -> QHeaderView:
        """The column header (a tree's name for it)."""
        return self.horizontalHeader()


class LinkList(QWidget):
    """Filter combo and search box above a table; choosing a row jumps both panes."""

    item_chosen = Signal(str)
    counts_changed = Signal(int, int)  # rows shown, rows in all

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("List of passages")
        self.model = PassageModel(self)
        self.proxy = PassageFilter(self)
        self.proxy.setSourceModel(self.model)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Show passages of kind")
        for label, kinds in FILTERS:
            self.kind.addItem(label, kinds)
        self.kind.setItemData(
            [kinds for _, kinds in FILTERS].index({UNCERTAIN}),
            f"Links of any kind with a link confidence under {UNCERTAIN_BELOW:g}: the ones to check first",
            Qt.ItemDataRole.ToolTipRole)
        self.kind.currentIndexChanged.connect(lambda i: self._filter(lambda: self.proxy.set_kinds(self.kind.itemData(i))))
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search passages…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search passages")
        self.search.textChanged.connect(lambda text: self._filter(lambda: self.proxy.set_search(text)))
        self.view = PassageTable()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName("Passages")
        self._shown_model = None
        self._show_model(self.model)
        header = self.view.header()
        header.setStretchLastSection(False)
        # Fixed and stretched widths: ResizeToContents would ask every row for its text
        # (thousands for 1 MB). The two passages share what the kind leaves, so nothing scrolls sideways.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 130)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind)
        top.addWidget(self.search, 1)
        self.empty = QLabel("Compare two documents to list their passages.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.view.setVisible(False)
        self._quiet = False

    def _show_model(self, model) -> None:
        # With no filter the view shows the model itself: the proxy would call filterAcceptsRow
        # (Python) once per row on every reset, tens of milliseconds for a 1 MB comparison.
        if model is self._shown_model:
            return
        self._shown_model = model
        self.view.setModel(model)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)

    def _filter(self, change) -> None:
        change()
        active = self.proxy.kinds is not None or bool(self.proxy.words)
        self._show_model(self.proxy if active else self.model)
        self._announce()

    def _announce(self) -> None:
        self.counts_changed.emit(self._shown_model.rowCount(), self.model.rowCount())

    def title(self, name: str = "Passages") -> str:
        """'Passages (12)', or 'Passages (3 of 12)' while a filter or search hides rows."""
        if self.model.marks is None:
            return name
        shown, total = self._shown_model.rowCount(), self.model.rowCount()
        return f"{name} ({total})" if shown == total and self._shown_model is self.model else \
            f"{name} ({shown} of {total})"

    def _to_view(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapFromSource(index) if self._shown_model is self.proxy else index

    def set_marks(self, marks: Marks | None) -> None:
        self.model.set_marks(marks)
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if marks is not None and not has_rows:
            self.empty.setText("Neither document has a passage to compare.")
        self._announce()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.item_chosen.emit(current.data(KEY_ROLE))

    def show_key(self, key: str | None) -> None:
        """Select the row of ``key`` without announcing it (the panes already show it)."""
        self._quiet = True
        try:
            row = self.model.rows.get(key) if key else None
            index = self._to_view(self.model.index(row, 0)) if row is not None else None
            if index is None or not index.isValid():
                # Nothing selected, or a passage the filter hides: no row may look chosen (and a
                # click on the row left current would not announce itself).
                self.view.selectionModel().clearCurrentIndex()
                self.view.clearSelection()
                return
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        finally:
            self._quiet = False

    def visible_keys(self) -> list[str]:
        """Keys of the rows that pass the filter, in order."""
        shown = self._shown_model
        return [shown.index(r, 0).data(KEY_ROLE) for r in range(shown.rowCount())]
