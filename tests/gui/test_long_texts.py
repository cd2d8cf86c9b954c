"""Long documents: texts go into the panes piece by piece, views build only what is on screen."""

from kompare.core.model import Side
from kompare.gui import backend
from kompare.gui.marks import Marks, sorted_by
from kompare.gui.quotes_panel import QuotesPanel
from kompare.gui.text_pane import SET_AT_ONCE_CHARS, TextPane
from tests.gui.helpers import make_comparison, selections

LONG_FILLER = 4000  # filler sentences: about 260,000 characters in A


def long_pane(qtbot):
    comparison = make_comparison(filler=LONG_FILLER)
    assert len(comparison.a.text) > SET_AT_ONCE_CHARS
    pane = TextPane(Side.A)
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    qtbot.waitExposed(pane)
    marks = Marks(comparison)
    seg = comparison.a
    pane.set_document(seg.document, seg.excluded, marks.sides[Side.A])
    return pane, comparison


def first_link_sentence(comparison):
    s = comparison.a.sentences[comparison.links[0].a[0]]
    return s.start, s.end


def test_a_long_text_goes_in_piece_by_piece_then_shows_whole_with_its_highlights(qtbot):
    pane, comparison = long_pane(qtbot)
    assert pane.text_pending()
    assert pane.toPlainText() == ""  # nothing half-set on screen meanwhile
    qtbot.waitUntil(lambda: not pane.text_pending(), timeout=10000)
    assert pane.toPlainText() == comparison.a.text
    assert first_link_sentence(comparison) in {(s, e) for s, e, _ in selections(pane)}


def test_hiding_furniture_in_a_long_text_builds_once_and_showing_it_again_swaps_back(qtbot):
    pane, comparison = long_pane(qtbot)
    qtbot.waitUntil(lambda: not pane.text_pending(), timeout=10000)
    whole = pane.document()
    pane.set_show_furniture(False)
    qtbot.waitUntil(lambda: not pane.text_pending(), timeout=10000)
    assert "Advertisement" not in pane.toPlainText()
    assert pane.toPlainText().startswith("Putin signed")
    assert first_link_sentence(comparison) in {(s, e) for s, e, _ in selections(pane)}
    cut = pane.document()
    pane.set_show_furniture(True)
    assert not pane.text_pending() and pane.document() is whole  # no second build
    assert pane.toPlainText() == comparison.a.text
    pane.set_show_furniture(False)
    assert not pane.text_pending() and pane.document() is cut


def test_a_new_document_replaces_a_long_text_still_being_built(qtbot):
    pane, _ = long_pane(qtbot)
    assert pane.text_pending()
    short = make_comparison()
    pane.set_document(short.a.document, short.a.excluded, Marks(short).sides[Side.A])
    assert not pane.text_pending()
    assert pane.toPlainText() == short.a.text
    qtbot.wait(100)  # the abandoned build never lands
    assert pane.toPlainText() == short.a.text


def test_a_small_scroll_keeps_the_highlights_and_a_jump_rebuilds_them(qtbot, monkeypatch):
    pane, comparison = long_pane(qtbot)
    qtbot.waitUntil(lambda: not pane.text_pending(), timeout=10000)
    built = []
    set_selections = pane.setExtraSelections
    monkeypatch.setattr(pane, "setExtraSelections", lambda s: (built.append(len(s)), set_selections(s)))
    bar = pane.verticalScrollBar()
    bar.setValue(bar.value() + 1)
    assert built == []  # still inside the margin built around the screen
    last = comparison.a.sentences[-1]
    bar.setValue(bar.maximum())
    assert built  # a new place: rebuilt there
    assert any(s == last.start for s, _, _ in selections(pane))


def test_sorted_by_is_sorted_with_a_tuple_key_ties_kept_in_order():
    rows = ["e", "a", "d", "b", "c", "f"]
    first = [2, 1, 2, 1, 0, 1]
    second = [0.5, 3.0, 0.5, 1.0, 9.0, 1.0]
    expected = sorted(rows, key=lambda r: (first[rows.index(r)], second[rows.index(r)]))
    assert sorted_by(rows, first, second) == expected == ["c", "b", "f", "a", "e", "d"]
    assert sorted_by(["x"], [1]) == ["x"] and sorted_by([], []) == []


def test_navigation_orders_are_built_once_and_callers_get_copies():
    marks = Marks(make_comparison())
    marks.precompute()
    order = marks.ordered(None, Side.A)
    order.clear()
    assert marks.ordered(None, Side.A) and marks.has("divergence", Side.B)
    assert marks.row_of() == {item.key: n for n, item in enumerate(marks.reading_order())}


def quote_cells(panel):
    model = panel.model
    cells = []
    for g in range(model.rowCount()):
        head = model.index(g, 0)
        cells.append(head.data())
        for r in range(model.rowCount(head)):
            for c in range(model.columnCount(head)):
                index = model.index(r, c, head)
                cells.append((index.data(), index.data(3)))  # text and tooltip
    return cells


def test_quotations_built_on_the_worker_fill_the_panel_like_ones_built_here(qtbot):
    comparison = make_comparison()
    built_here, prepared = QuotesPanel(), QuotesPanel()
    qtbot.addWidget(built_here)
    qtbot.addWidget(prepared)
    built_here.set_marks(Marks(comparison))
    marks = backend.prepare(comparison)
    assert "quote_items" in marks.prepared
    prepared.set_marks(marks)
    assert quote_cells(prepared) == quote_cells(built_here) and len(quote_cells(prepared)) > 1
    # the prepared items join one model only: the same marks again are built anew
    prepared.set_marks(marks)
    assert quote_cells(prepared) == quote_cells(built_here)
