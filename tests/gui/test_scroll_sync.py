"""Synchronised scrolling keeps linked passages level and walks unique stretches proportionally."""

from dataclasses import replace

from kompare.core.model import Side
from kompare.gui.marks import Marks
from kompare.gui.scroll_sync import OffsetMapping
from tests.gui.helpers import make_comparison


def show(window, qtbot, comparison):
    window.show_comparison(comparison)
    qtbot.waitUntil(lambda: window._panels_pending is None)
    qtbot.wait(20)


def test_mapping_inside_links_and_between_them():
    c = make_comparison()
    m = OffsetMapping(Marks(c))
    kim = c.links[2]
    sa, sb = c.a.sentences[kim.a[0]], c.b.sentences[kim.b[0]]
    assert m.counterpart(Side.A, sa.start) == sb.start
    assert abs(m.counterpart(Side.A, sa.end - 1) - (sb.end - 1)) <= 1
    # the filler between links in A maps between the links' counterparts in B, in order
    fillers = [s for s in c.a.sentences if s.id in c.unique_a]
    mapped = [m.counterpart(Side.A, s.start) for s in fillers]
    assert mapped == sorted(mapped)
    assert all(0 <= x <= len(c.b.text) for x in mapped)
    assert m.counterpart(Side.B, len(c.b.text)) == len(c.a.text)


def with_tails(c, lines=80):
    """The comparison with uncompared lines after both texts, so no pane is stopped by its end."""
    tail = "\n" + "\n".join("(end matter)" for _ in range(lines))
    return replace(c, a=replace(c.a, document=replace(c.a.document, text=c.a.text + tail)),
                   b=replace(c.b, document=replace(c.b.document, text=c.b.text + tail)))


def test_scrolling_one_pane_keeps_the_linked_passage_level(qtbot, window):
    c = with_tails(make_comparison())
    show(window, qtbot, c)
    assert window.actions.sync_scroll.isChecked()  # on by default
    pane_a, pane_b = window.panes[Side.A], window.panes[Side.B]
    kim = c.links[2]
    sa, sb = c.a.sentences[kim.a[0]], c.b.sentences[kim.b[0]]
    # bring A's sentence to the centre line by scrolling A only, as the wheel would
    bar = pane_a.verticalScrollBar()
    centre_line = pane_a.viewport().height() // 2 // pane_a.fontMetrics().lineSpacing()
    bar.setValue(pane_a.line_of(sa.start) - centre_line)
    qtbot.wait(20)
    ya, yb = pane_a.y_at(sa.start), pane_b.y_at(sb.start)
    assert isinstance(ya, float) and isinstance(yb, float)
    assert abs(ya - yb) <= pane_a.fontMetrics().lineSpacing() + 1
    # and the other way round, the sentence a line off B's centre
    pane_b.verticalScrollBar().setValue(pane_b.line_of(sb.start) - centre_line + 1)
    qtbot.wait(20)
    assert abs(pane_a.y_at(sa.start) - pane_b.y_at(sb.start)) <= pane_a.fontMetrics().lineSpacing() + 1


def test_unique_stretches_scroll_proportionally_and_the_toggle_stops_it(qtbot, window):
    c = make_comparison(filler=80)
    show(window, qtbot, c)
    pane_a, pane_b = window.panes[Side.A], window.panes[Side.B]
    values = []
    for step in (10, 30, 50):
        pane_a.verticalScrollBar().setValue(step)
        qtbot.wait(10)
        values.append(pane_b.verticalScrollBar().value())
    assert values[0] < values[1] < values[2]  # B moves along through its own filler
    window.actions.sync_scroll.setChecked(False)
    before = pane_b.verticalScrollBar().value()
    pane_a.verticalScrollBar().setValue(5)
    qtbot.wait(10)
    assert pane_b.verticalScrollBar().value() == before
    assert window.settings.sync_scroll is False
