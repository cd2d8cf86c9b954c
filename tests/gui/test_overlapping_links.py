"""Many-to-many links: a sentence in three links is painted by its status and shows every link."""

from PySide6.QtCore import Qt

from kompare.core.model import Side, Status
from kompare.gui.marks import DIVERGENCE, PARTIAL, UNIQUE, Marks, link_key
from kompare.gui.overview import Overview
from tests.gui.helpers import make_overlapping, selections


def test_the_helper_is_what_it_says():
    c = make_overlapping()
    assert len(c.links_of(Side.A, 0)) == 3 and len(c.links_of(Side.B, 2)) == 2
    assert c.status(Side.A, 0) is Status.DIVERGENCE and c.status(Side.B, 1) is Status.PARTIAL


def test_marks_paint_by_status_and_keep_every_link_of_a_sentence():
    c = make_overlapping()
    marks = Marks(c)
    lede = c.a.sentences[0]
    region = marks.sides[Side.A].region_at(lede.start)
    assert region.kind == DIVERGENCE and region.key == link_key(2)  # the divergence decides
    assert set(region.keys) == {link_key(0), link_key(1), link_key(2)}
    assert marks.sides[Side.B].region_at(c.b.sentences[1].start).kind == PARTIAL
    assert set(marks.keys_at(Side.B, c.b.sentences[2].start)) == {link_key(2), link_key(3)}
    # every link is one item; unique runs on each side are items too
    assert sorted(k for k in marks.items if k.startswith("L")) == [link_key(i) for i in range(4)]
    assert [i.kind for i in marks.reading_order()].count(UNIQUE) == 2
    # a partial link marks the words both share; a divergence the words that differ
    text_a = c.a.text
    assert [text_a[s:e] for s, e in marks.sides[Side.A].diff_words[link_key(1)]] == ["signed a defence pact"]
    assert [text_a[s:e] for s, e in marks.sides[Side.A].diff_words[link_key(2)]] == ["Wednesday"]
    counts = marks.counts()
    assert (counts["agreement"], counts["divergence"], counts["partial"]) == (2, 1, 1)


def test_navigation_over_every_kind_visits_each_item_once_per_round():
    marks = Marks(make_overlapping())
    for side in Side:
        seen, anchor, current = [], -1, None
        for _ in range(len(marks.ordered(None, side))):
            item, wrapped = marks.step(None, side, anchor, True, current)
            assert not wrapped
            seen.append(item.key)
            anchor, current = item.range(side)[0], item.key
        # links that start on the same sentence are each a stop of their own
        assert sorted(seen) == sorted(i.key for i in marks.ordered(None, side))
        assert marks.step(None, side, anchor, True, current)[1]  # then it wraps
        back, _ = marks.step(None, side, anchor, False, current)
        assert back.key == seen[-2]
    kinds = {i.kind for i in marks.ordered(None, Side.B)}
    assert kinds == {"agreement", "partial", "divergence", "unique"}


def test_overview_shows_the_strongest_status(qtbot):
    c = make_overlapping()
    strip = Overview()
    qtbot.addWidget(strip)
    strip.set_marks(Marks(c).sides[Side.A], len(c.a.text))
    rows = strip.rows(100)
    assert rows[0] == DIVERGENCE and "unique" in rows
    strip.set_hidden_kinds({DIVERGENCE})
    assert DIVERGENCE not in strip.rows(100)


def test_clicking_a_sentence_in_three_links_shows_all_three(qtbot, window):
    c = make_overlapping()
    window.show_comparison(c)
    qtbot.waitUntil(lambda: window._panels_pending is None)
    lede = c.a.sentences[0]
    window.on_passage_clicked(Side.A, lede.start + 3)
    keys = {link_key(0), link_key(1), link_key(2)}
    assert window.selected_key == link_key(2)
    assert set(window.gutter.selected_keys) == keys
    assert keys <= set(window.gutter.visible_keys())
    # every counterpart in B is emphasised, each with the selected tint of its own status
    pane_b = window.panes[Side.B]
    scheme = pane_b.scheme
    painted = {(s, e): colour for s, e, colour in selections(pane_b)}
    for sid in (0, 1, 2):
        s = c.b.sentences[sid]
        assert painted[(s.start, s.end)] == scheme.selected[c.status(Side.B, sid).value].name()
    s3 = c.b.sentences[3]
    assert painted[(s3.start, s3.end)] == scheme.background[UNIQUE].name()
    assert {rng for rng, _ in pane_b.selected_ranges()} == {
        (c.b.sentences[i].start, c.b.sentences[i].end) for i in (0, 1, 2)}
    assert "3 links" in window.statusBar().currentMessage()
    # the hover names all three counterparts
    tip = window.tooltip_for(Side.A, lede.start)
    assert tip.count("counterpart in B") == 3 and "Thursday" in tip
    # the list shows each link once
    keys_listed = window.link_list.visible_keys()
    assert len(keys_listed) == len(set(keys_listed)) == len(window.marks.items)
    assert window.link_list.model.index(window.link_list.model.rows[link_key(1)], 0).data() == "Partial"
    # and the summary counts the partial link and records the sensitivity
    assert "1 partial" in window.summary.counts.text()
    assert "sensitivity 0.7" in window.summary.counts.text()


def test_walking_every_kind_in_the_window(qtbot, window):
    c = make_overlapping()
    window.show_comparison(c)
    qtbot.waitUntil(lambda: window._panels_pending is None)
    window.set_active_side(Side.B)
    visited = []
    for _ in range(5):
        window.actions.next_passage.trigger()
        visited.append(window.selected_key)
    assert {window.marks.items[k].kind for k in visited} >= {"agreement", "partial", "divergence", "unique"}
    assert window.statusBar().currentMessage().startswith("In B")
    assert window.views[Side.B].header.active and not window.views[Side.A].header.active


def test_legend_switches_hide_and_show_a_kind(qtbot, window):
    c = make_overlapping()
    window.show_comparison(c)
    qtbot.waitUntil(lambda: window._panels_pending is None)
    pane = window.panes[Side.B]
    partial = c.b.sentences[1]

    def painted():
        return {(s, e) for s, e, colour in selections(pane) if colour}

    assert (partial.start, partial.end) in painted()
    swatch = window.summary.swatches[PARTIAL]
    qtbot.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert not swatch.isChecked()
    assert (partial.start, partial.end) not in painted()
    assert link_key(1) not in window.gutter.visible_keys()
    window.summary.legend_labels[2].clicked.emit()  # the label works as the swatch does
    assert swatch.isChecked() and (partial.start, partial.end) in painted()
