"""The passages list: search reaches the whole passage, not just the excerpt in the cell."""

from PySide6.QtCore import Qt

from kompare.core.model import (
    Comparison, Document, Link, LinkKind, SegmentedDocument, Sentence,
)
from kompare.gui.link_list import LinkList
from kompare.gui.marks import Marks, link_key

LONG = ("Officials in both capitals described the agreement at length, listing every clause on "
        "military assistance, technology transfer, trade, energy and the shared border, and only "
        "at the very end mentioned the port of Rajin.")


def long_passage_comparison() -> Comparison:
    text_a = LONG + "\nA short unique line.\n"
    text_b = LONG + "\n"
    sa = (Sentence(0, 0, len(LONG)), Sentence(1, len(LONG) + 1, len(text_a) - 1))
    sb = (Sentence(0, 0, len(LONG)),)
    a, b = Document(text_a, path="a.txt"), Document(text_b, path="b.txt")
    return Comparison(SegmentedDocument(a, sa, ()), SegmentedDocument(b, sb, ()),
                      (Link(0, (0,), (0,), LinkKind.AGREEMENT, 1.0),), (1,), ())


def test_search_finds_words_past_the_excerpt(qtbot):
    assert len(LONG) > 140 and "Rajin" not in LONG[:140]
    lst = LinkList()
    qtbot.addWidget(lst)
    lst.set_marks(Marks(long_passage_comparison()))
    assert "Rajin" not in lst.model.index(0, 1).data()  # the cell shows a cut excerpt
    lst.search.setText("rajin")
    assert lst.visible_keys() == [link_key(0)]
    lst.search.setText("port of  Rajin")  # several words, any spacing and case
    assert lst.visible_keys() == [link_key(0)]
    lst.search.setText("zanzibar")
    assert lst.visible_keys() == []


def test_cell_tooltip_holds_the_longer_passage(qtbot):
    lst = LinkList()
    qtbot.addWidget(lst)
    lst.set_marks(Marks(long_passage_comparison()))
    assert "Rajin" in lst.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Rajin" in lst.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert lst.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) is None  # unique in A: no B side


def test_rows_name_their_changes_and_fit_without_scrolling_sideways(qtbot):
    from tests.gui.helpers import make_comparison

    c = make_comparison()
    lst = LinkList()
    qtbot.addWidget(lst)
    lst.resize(330, 400)
    lst.show()
    lst.set_marks(Marks(c))
    qtbot.wait(10)
    row = lst.model.rows[link_key(1)]
    assert lst.model.index(row, 0).data() == "Divergence: number"
    assert "number: “23” → “25”" in lst.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    header = lst.view.header()
    assert sum(header.sectionSize(i) for i in range(lst.model.columnCount())) <= lst.view.viewport().width()
    assert not lst.view.horizontalScrollBar().isVisible()
    lst.search.setText("“23” → “25”")  # the typed change is searchable
    assert lst.visible_keys() == [link_key(1)]


def test_uncertain_links_can_be_listed_alone(qtbot):
    from dataclasses import replace

    from kompare.gui.link_list import FILTERS, UNCERTAIN
    from tests.gui.helpers import make_comparison

    c = make_comparison()
    c = replace(c, links=tuple(replace(l, confidence=0.6 if l.id == 1 else 0.9) for l in c.links))
    lst = LinkList()
    qtbot.addWidget(lst)
    lst.set_marks(Marks(c))
    lst.kind.setCurrentIndex([kinds for _, kinds in FILTERS].index({UNCERTAIN}))
    assert lst.visible_keys() == [link_key(1)]  # no other link, no unique passage
    assert "under 0.7" in lst.kind.itemData(lst.kind.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    lst.kind.setCurrentIndex(0)
    assert len(lst.visible_keys()) > 1


def test_an_active_search_is_worked_out_again_for_a_new_comparison(qtbot):
    from tests.gui.helpers import make_comparison

    lst = LinkList()
    qtbot.addWidget(lst)
    lst.set_marks(Marks(long_passage_comparison()))
    lst.search.setText("rajin")
    assert lst.visible_keys() == [link_key(0)]
    lst.set_marks(Marks(make_comparison()))  # the search stays; its answer is the new comparison's
    assert lst.visible_keys() == []
    lst.search.setText("articles")
    assert lst.visible_keys() == [link_key(1)]
    lst.set_marks(Marks(long_passage_comparison()))
    lst.search.setText("rajin")
    assert lst.visible_keys() == [link_key(0)]
