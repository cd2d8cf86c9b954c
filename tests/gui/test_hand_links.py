"""Links made or removed by hand: the widget-free state, and the window's commands."""

from kompare.core.model import ReaderLinks, Side
from kompare.gui.hand_links import HandLinks, end_at, near_pair, oriented
from kompare.gui.marks import UNIQUE, Item
from tests.gui.test_main_window import open_and_wait, settled

A = ("Putin and Kim signed a defence treaty in Pyongyang on Wednesday.\n\n"
     "Kim hosted a lavish banquet for Putin at the palace.\n\nIt rained all day in the capital.")
B = ("Officials in Seoul said 12 missiles were tested last month.\n\n"
     "Kim and Putin signed a defence treaty in Pyongyang on Wednesday.\n\n"
     "Putin later praised the palace.")


def open_pair(qtbot, window, folder):
    """A and B written to ``folder`` and compared in ``window``; their paths."""
    pa, pb = folder / "a.txt", folder / "b.txt"
    pa.write_text(A, encoding="utf-8")
    pb.write_text(B, encoding="utf-8")
    open_and_wait(qtbot, window, [pa, pb])
    return pa, pb


def test_a_link_drawn_from_either_side_joins_a_s_and_b_s_sentences():
    assert oriented((Side.A, (1, 2)), (Side.B, (4,))) == oriented((Side.B, (4,)), (Side.A, (1, 2))) == {(1, 4), (2, 4)}
    h = HandLinks()
    h.start((Side.A, (2,)))
    assert not h.can_finish(Side.A) and h.can_finish(Side.B)
    assert h.finish((Side.A, (0,))) == set() and h.pending == (Side.A, (2,))  # (not on the same side)
    assert h.finish((Side.B, (5,))) == {(2, 5)} and h.pending is None
    h.unlink((0,), (1, 2))
    assert h.reader == ReaderLinks(frozenset({(2, 5)}), frozenset({(0, 1), (0, 2)}))
    swapped = h.swapped()
    assert swapped.reader.added == {(5, 2)} and swapped.reader.removed == {(1, 0), (2, 0)}
    h.forget()
    assert not h.reader and h.pending is None


def test_an_end_is_the_clicked_sentence_else_the_passage(comparison):
    c = comparison
    link = c.links[1]
    item = Item("L1", "divergence", None, None, link, link.a, link.b)
    inside = c.b.sentences[link.b[0]].start + 1
    assert end_at(c, item, Side.B, inside) == (Side.B, link.b[:1])
    assert end_at(c, item, Side.A, None) == (Side.A, link.a)
    assert end_at(c, Item("UA0", UNIQUE, (0, 5), None, None, (0,), ()), Side.B) is None


def test_link_with_closest_passage_then_remove_then_draw_then_forget(qtbot, window, tmp_path):
    pa, pb = open_pair(qtbot, window, tmp_path)
    a = window.actions
    c = window.comparison
    assert {(l.a, l.b) for l in c.links} == {((0,), (1,))}
    assert not any(act.isEnabled() for act in (a.link_near, a.start_link, a.finish_link, a.remove_link, a.forget_links))
    assert a.link_near in window.menuBar().actions()[4].menu().actions()  # (Compare)

    # The banquet is unique to A; its closest passage is B's praise of the palace (no link).
    window.on_passage_clicked(Side.A, c.a.sentences[1].start + 1)
    assert window.near_target is not None and window.near_target[:2] == (Side.B, 2)
    assert near_pair(c, window.marks.items[window.selected_key], Side.B, 2) == (1, 2)
    assert a.link_near.isEnabled() and a.start_link.isEnabled() and not a.remove_link.isEnabled()
    a.link_near.trigger()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    c = window.comparison
    (hand,) = [l for l in c.links if l.by_reader]
    assert (hand.a, hand.b) == ((1,), (2,))
    assert window.marks.items[window.selected_key].link == hand  # the new link is shown selected
    assert "linked by hand" in window.statusBar().currentMessage()
    model = window.link_list.model
    assert "Partial (linked by hand)" in {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert a.forget_links.isEnabled()

    # Remove the engine's treaty link: it stays apart at every sensitivity.
    window.on_passage_clicked(Side.B, c.b.sentences[1].start + 1)
    assert a.remove_link.isEnabled()
    a.remove_link.trigger()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    assert ((0,), (1,)) not in {(l.a, l.b) for l in window.comparison.links}
    window.set_sensitivity(1.0)
    qtbot.waitUntil(lambda: settled(window) and window.comparison.sensitivity == 1.0, timeout=30000)
    assert ((0,), (1,)) not in {(l.a, l.b) for l in window.comparison.links}
    assert window.comparison.reader == ReaderLinks(frozenset({(1, 2)}), frozenset({(0, 1)}))

    # Draw a link from B's missile sentence to A's weather sentence.
    c = window.comparison
    window.on_passage_clicked(Side.B, c.b.sentences[0].start + 1)
    a.start_link.trigger()
    assert not a.finish_link.isEnabled()  # (the other end must be in A)
    window.on_passage_clicked(Side.A, c.a.sentences[2].start + 1)
    assert a.finish_link.isEnabled()
    a.finish_link.trigger()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    links = window.comparison.links
    # (At sensitivity 1 the engine links the banquet and the palace itself: that link is no longer the reader's.)
    assert {(l.a, l.b) for l in links if l.by_reader} == {((2,), (0,))} and ((1,), (2,)) in {(l.a, l.b) for l in links}

    # Swapping the sides mirrors the decisions; forgetting them gives the engine's links back.
    window.swap()
    assert window.comparison.reader.added == {(2, 1), (0, 2)}
    a.forget_links.trigger()
    qtbot.waitUntil(lambda: settled(window) and not window.comparison.reader, timeout=30000)
    links = window.comparison.links
    assert ((1,), (0,)) in {(l.a, l.b) for l in links} and not any(l.by_reader for l in links)  # (the treaty is back)


def test_undo_and_redo_take_back_and_make_again_each_decision(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt

    open_pair(qtbot, window, tmp_path)
    a = window.actions
    assert not a.undo.isEnabled() and not a.redo.isEnabled() and a.undo.text() == "&Undo"
    assert a.undo in window.menuBar().actions()[1].menu().actions()  # (Edit)
    c = window.comparison
    window.on_passage_clicked(Side.B, c.b.sentences[1].start + 1)
    qtbot.keyClick(window.views[Side.B].pane, Qt.Key.Key_Delete)  # (Remove Link's key)
    qtbot.waitUntil(lambda: settled(window) and bool(window.comparison.reader), timeout=30000)
    assert ((0,), (1,)) not in {(l.a, l.b) for l in window.comparison.links}
    assert a.undo.isEnabled() and a.undo.text() == "&Undo Remove Link"

    # Ctrl+Z with a document in focus takes the removal back: the engine's link is there again.
    window.views[Side.A].pane.setFocus()
    qtbot.keyClick(window.views[Side.A].pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: settled(window) and not window.comparison.reader, timeout=30000)
    assert ((0,), (1,)) in {(l.a, l.b) for l in window.comparison.links}
    selected = window.marks.items[window.selected_key].link  # (shown where the removal was made)
    assert (selected.a, selected.b) == ((0,), (1,))
    assert not a.undo.isEnabled() and a.redo.text() == "&Redo Remove Link"

    a.redo.trigger()
    qtbot.waitUntil(lambda: settled(window) and bool(window.comparison.reader), timeout=30000)
    assert ((0,), (1,)) not in {(l.a, l.b) for l in window.comparison.links}

    # Forgetting every decision is one more step back from; swapping keeps the steps, mirrored.
    a.forget_links.trigger()
    qtbot.waitUntil(lambda: settled(window) and not window.comparison.reader, timeout=30000)
    window.swap()
    a.undo.trigger()
    qtbot.waitUntil(lambda: settled(window) and bool(window.comparison.reader), timeout=30000)
    assert window.comparison.reader.removed == {(1, 0)}
    # Documents read again: nothing to undo (the decisions themselves are kept).
    window.open_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    qtbot.waitUntil(lambda: settled(window) and not any(window.load_jobs.values()) and not a.undo.isEnabled(),
                    timeout=30000)
    assert not a.redo.isEnabled() and window.comparison.reader.removed == {(0, 1)}


def test_reading_a_document_again_forgets_the_decisions(qtbot, window, tmp_path):
    pa, pb = open_pair(qtbot, window, tmp_path)
    window.hand.link({(2, 0)})
    window.start_compare()
    qtbot.waitUntil(lambda: settled(window) and bool(window.comparison.reader), timeout=30000)
    pb.write_text(B.replace("12 missiles", "14 missiles"), encoding="utf-8")
    window.reload()
    qtbot.waitUntil(lambda: settled(window) and not window.comparison.reader, timeout=30000)
    assert not any(l.by_reader for l in window.comparison.links)


def test_the_store_keeps_decisions_per_pair_of_texts_and_ignores_what_it_cannot_trust(tmp_path):
    import json

    from kompare.gui.hand_store import KEPT_PAIRS, HandStore

    store = HandStore(tmp_path)
    decided = ReaderLinks().add({(0, 2)}).remove({(1, 1)})
    assert store.save("text A", "text B", decided) is None
    assert store.load("text A", "text B") == decided
    assert store.load("text B", "text A") == decided.mirrored()  # (either side first)
    assert store.load("text A", "text B, edited") == ReaderLinks()
    # Another kompare version may number the sentences otherwise: its decisions are not used.
    data = json.loads(store.path.read_text(encoding="utf-8"))
    (entry,) = data["pairs"].values()
    entry["kompare"] = "0.0.1"
    store.path.write_text(json.dumps(data), encoding="utf-8")
    assert store.load("text A", "text B") == ReaderLinks()
    # Forgetting removes the entry; a damaged file is no error; only the latest pairs are kept.
    store.save("text A", "text B", ReaderLinks())
    assert json.loads(store.path.read_text(encoding="utf-8"))["pairs"] == {}
    store.path.write_text("{not json", encoding="utf-8")
    assert store.load("text A", "text B") == ReaderLinks()
    for n in range(KEPT_PAIRS + 5):
        store.save(f"a{n}", "b", decided)
    assert len(json.loads(store.path.read_text(encoding="utf-8"))["pairs"]) == KEPT_PAIRS
    assert store.load("a0", "b") == ReaderLinks() and store.load(f"a{KEPT_PAIRS + 4}", "b") == decided
    # A folder that cannot be made: a message naming the file, no exception.
    message = HandStore(store.path / "inside").save("text A", "text B", decided)
    assert message.startswith("Could not save the links made by hand to ") and "hand_links.json" in message


def test_decisions_come_back_with_the_same_texts_in_a_new_window(qtbot, window, tmp_path):
    from kompare.gui.main_window import MainWindow

    pa, pb = open_pair(qtbot, window, tmp_path)
    c = window.comparison
    window.on_passage_clicked(Side.A, c.a.sentences[1].start + 1)
    window.actions.link_near.trigger()
    qtbot.waitUntil(lambda: settled(window) and bool(window.comparison.reader), timeout=30000)

    later = MainWindow()
    qtbot.addWidget(later)
    open_and_wait(qtbot, later, [pb, pa])  # (the other way round)
    assert later.comparison.reader == window.comparison.reader.mirrored()
    assert {(l.a, l.b) for l in later.comparison.links if l.by_reader} == {((2,), (1,))}
    assert "kept from before" in later.statusBar().currentMessage()
    assert later.actions.forget_links.isEnabled()
    later.actions.forget_links.trigger()
    qtbot.waitUntil(lambda: settled(later) and not later.comparison.reader, timeout=30000)
    # Forgotten for good: the first window's next reading of the files finds none.
    window.reload()
    qtbot.waitUntil(lambda: settled(window) and not window.comparison.reader, timeout=30000)
