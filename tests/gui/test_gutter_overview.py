from PySide6.QtCore import QPointF, Qt

from kompare.core.model import Side
from kompare.gui.marks import link_key
from tests.gui.test_main_window import show


def test_bands_join_both_ends_and_cross_where_passages_moved(qtbot, window):
    c = show(window, qtbot)
    with window.scroll_sync.paused():  # both panes at their tops, whatever their links say
        for side in Side:
            window.panes[side].reveal(0, 1, top=True)
    gutter = window.gutter
    treaty, pact = link_key(c.links[0].id), link_key(c.links[1].id)
    keys = gutter.visible_keys()
    assert treaty in keys and pact in keys
    ends = {}
    for key in (treaty, pact):
        item = window.marks.items[key]
        ends[key] = (gutter._end(Side.A, item.a)[0], gutter._end(Side.B, item.b)[0])
        path = gutter.band_path(key)
        rect = path.boundingRect()
        assert rect.left() == 0 and rect.right() == gutter.width()
    # treaty comes first in A but second in B: the bands cross
    assert ends[treaty][0] < ends[pact][0] and ends[treaty][1] > ends[pact][1]


def test_band_click_selects_its_link(qtbot, window):
    c = show(window, qtbot)
    with window.scroll_sync.paused():  # both panes at their tops, whatever their links say
        for side in Side:
            window.panes[side].reveal(0, 1, top=True)
    gutter = window.gutter
    gutter.repaint()
    key = link_key(c.links[0].id)
    item = window.marks.items[key]
    a0, a1 = gutter._end(Side.A, item.a)
    point = QPointF(2, (a0 + a1) / 2)
    assert gutter.key_at(point) == key
    qtbot.mouseClick(gutter, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.selected_key == key


def test_overview_marks_kinds_and_click_scrolls(qtbot, window):
    c = show(window, qtbot)
    view = window.views[Side.B]
    overview = view.overview
    rows = overview.rows(200)
    assert {"agreement", "divergence", "unique"} <= set(rows)
    kim = c.b.sentences[c.links[2].b[0]]
    y = int(kim.start / len(c.b.text) * overview.height()) + 1
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=overview.rect().topLeft() + QPointF(5, y).toPoint())
    lo, hi = view.pane.visible_range()
    assert lo <= kim.start <= hi
    assert overview.window == (lo, hi)
