"""The summary strip: at any width its labels are whole and never overlap."""

import pytest

from kompare.gui.marks import Marks
from kompare.gui.summary import SummaryBar
from tests.gui.helpers import make_comparison

@pytest.mark.parametrize("width", [1400, 900, 620, 420, 300])
def test_labels_are_whole_and_apart_at_any_width(qtbot, width):
    bar = SummaryBar()
    qtbot.addWidget(bar)
    bar.set_marks(Marks(make_comparison()))
    bar.resize(width, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    qtbot.wait(10)
    assert bar.width() == width
    shown = [w for w in bar.children() if hasattr(w, "isVisible") and getattr(w, "isWidgetType", lambda: False)()
             and w.isVisible()]
    for label in bar.optional_labels():
        if label.isVisible():
            assert label.width() >= label.minimumSizeHint().width(), label.text()
    rects = sorted((w.geometry() for w in shown), key=lambda r: r.left())
    for left, right in zip(rects, rects[1:]):
        assert left.right() < right.left(), (left, right)
    assert all(r.right() <= bar.width() for r in rects)
    for group in bar.optional_groups():  # a group shows whole or not at all
        assert len({label.isVisible() for label in group if label.text()}) <= 1

def test_least_needed_labels_give_way_first(qtbot):
    bar = SummaryBar()
    qtbot.addWidget(bar)
    bar.set_marks(Marks(make_comparison()))
    bar.resize(1600, 30)
    bar.show()
    qtbot.waitExposed(bar)
    assert all(label.isVisible() for label in bar.optional_labels())
    assert "2 diverge" in bar.counts.text()
    full = bar.layout().minimumSize().width()
    bar.resize(full - 1, 30)
    qtbot.wait(10)
    assert not bar.hint.isVisible() and bar.counts.isVisible()
    assert all(label.isVisible() for label in bar.legend_labels)
    bar.resize(1600, 30)
    qtbot.wait(10)
    assert all(label.isVisible() for label in bar.optional_labels())  # and they come back
