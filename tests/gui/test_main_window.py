import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl

from kompare.core.model import LinkKind, Side
from kompare.gui.marks import UNIQUE, link_key
from tests.gui.helpers import make_comparison, selections
from tests.gui.test_text_pane import drop_files

ROOT = Path(__file__).resolve().parents[2]
SEED_A = ROOT / "seeds" / "001_6182ff5760a10bcc.txt"
SEED_B = ROOT / "seeds" / "003_648a5f65085ad2eb.txt"


def settled(window):
    return window.comparison is not None and window.compare_job is None and window._panels_pending is None


def open_and_wait(qtbot, window, paths):
    window.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: settled(window), timeout=30000)


def test_empty_window_invites_two_documents(window):
    assert "kompare" in window.windowTitle()
    assert window.docs == {Side.A: None, Side.B: None}
    assert window.panes[Side.A].toPlainText() == ""
    assert not window.actions.next_divergence.isEnabled()


def test_opening_seeds_shows_both_texts_and_the_engines_highlights(qtbot, window):
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    c = window.comparison
    assert window.panes[Side.A].toPlainText() == c.a.text == SEED_A.read_text(encoding="utf-8")
    assert window.panes[Side.B].toPlainText() == c.b.text
    title = window.windowTitle()
    assert "kompare" in title and SEED_A.name in title and SEED_B.name in title
    assert c.links, "the engine links at least one passage in this pair"
    scheme = window.panes[Side.A].scheme
    for link in c.links:
        for side in Side:
            pane = window.panes[side]
            seg = c.doc(side)
            first, last = seg.sentences[link.sentences(side)[0]], seg.sentences[link.sentences(side)[-1]]
            pane.reveal(first.start, last.end)
            shown = {(s, e): colour for s, e, colour in selections(pane)}
            for sid in link.sentences(side):
                s = seg.sentences[sid]  # painted by its status, whichever of its links decides it
                assert shown[(s.start, s.end)] == scheme.background[c.status(side, sid).value].name()
    # unique sentences are highlighted at their offsets too
    pane = window.panes[Side.A]
    s = c.a.sentences[c.unique_a[0]]
    pane.reveal(s.start, s.end)
    assert (s.start, s.end) in {(a, b) for a, b, _ in selections(pane)}
    # and the summary reports the engine's shares
    shares = c.shares(Side.A)
    assert f"unique {round(shares.unique * 100)} %" in window.summary.summary_text()


def show(window, qtbot, comparison=None):
    comparison = comparison or make_comparison()
    window.show_comparison(comparison)
    qtbot.waitUntil(lambda: settled(window))
    return comparison


def test_clicking_a_passage_brings_its_counterpart_into_view(qtbot, window):
    c = show(window, qtbot)
    kim = c.links[2]  # near the end of B, far below the screen
    pane_a, pane_b = window.panes[Side.A], window.panes[Side.B]
    sa = c.a.sentences[kim.a[0]]
    sb = c.b.sentences[kim.b[0]]
    with window.scroll_sync.paused():  # set the panes apart, as a reader scrolling one alone would
        pane_a.reveal(sa.start, sa.end)
        pane_b.reveal(0, 1, top=True)
    assert pane_b.y_at(sb.start) == "below"
    cursor = pane_a.textCursor()
    cursor.setPosition(sa.start + 2)
    qtbot.mouseClick(pane_a.viewport(), Qt.MouseButton.LeftButton, pos=pane_a.cursorRect(cursor).center())
    assert window.selected_key == link_key(kim.id)
    y = pane_b.y_at(sb.start)
    assert isinstance(y, float) and 0 <= y <= pane_b.viewport().height()
    assert pane_a.selected_key == pane_b.selected_key == window.gutter.selected_key == link_key(kim.id)
    selected = window.panes[Side.B].scheme.selected["divergence"].name()
    assert (sb.start, sb.end, selected) in selections(pane_b)
    assert window.link_list.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == link_key(kim.id)
    # the gutter draws the band of the selected link
    assert link_key(kim.id) in window.gutter.visible_keys()


def test_hover_tooltip_names_counterpart_and_changes(qtbot, window):
    c = show(window, qtbot)
    pact = c.links[1]
    tip = window.tooltip_for(Side.A, c.a.sentences[pact.a[0]].start + 1)
    assert "The treaty has 25 articles" in tip and "number" in tip and "23" in tip and "25" in tip
    tip_b = window.tooltip_for(Side.B, c.b.sentences[pact.b[0]].start + 1)
    assert "The pact has 23 articles" in tip_b and "“25” → “23”" in tip_b
    assert "Unique" in window.tooltip_for(Side.A, c.a.sentences[c.unique_a[0]].start)


def test_next_and_previous_walk_the_divergences_in_order(qtbot, window):
    c = show(window, qtbot)
    divergences = sorted((l for l in c.links if l.kind is LinkKind.DIVERGENCE),
                         key=lambda l: c.a.sentences[l.a[0]].start)
    window.panes[Side.A].reveal(0, 1, top=True)
    visited = []
    for _ in divergences:
        window.actions.next_divergence.trigger()
        visited.append(window.selected_key)
    assert visited == [link_key(l.id) for l in divergences]
    window.actions.previous_divergence.trigger()
    assert window.selected_key == link_key(divergences[0].id)
    # every jump shows both ends
    for side in Side:
        rng = window.marks.items[window.selected_key].range(side)
        assert isinstance(window.panes[side].y_at(rng[0]), float)
    window.actions.next_unique.trigger()
    assert window.marks.items[window.selected_key].kind == UNIQUE
    shortcuts = [k.toString() for k in window.actions.next_divergence.shortcuts()]
    assert "F8" in shortcuts and "Alt+Down" in shortcuts


def test_link_list_filters_and_jumps(qtbot, window):
    c = show(window, qtbot)
    lst = window.link_list
    assert len(lst.visible_keys()) == len(window.marks.items)
    assert window.link_dock.windowTitle() == f"Passages ({len(window.marks.items)})"
    lst.kind.setCurrentIndex(2)  # divergences
    assert lst.visible_keys() == [link_key(1), link_key(2)]
    assert window.link_dock.windowTitle() == f"Passages (2 of {len(window.marks.items)})"
    lst.search.setText("historic")
    assert lst.visible_keys() == [link_key(2)]
    assert window.link_dock.windowTitle() == f"Passages (1 of {len(window.marks.items)})"
    lst.view.setCurrentIndex(lst.view.model().index(0, 0))
    assert window.selected_key == link_key(2)
    sb = c.b.sentences[c.links[2].b[0]]
    assert isinstance(window.panes[Side.B].y_at(sb.start), float)


def test_quotes_panel_lists_quotes_and_scrolls_both_panes(qtbot, window):
    c = show(window, qtbot)
    panel = window.quotes
    # grouped by speaker: Kim's quotation, then Washington's (quoted by B only)
    assert [g.title for g in panel.model.groups] == ["Kim · 1 quotation", "Washington · 1 quotation"]
    assert panel.model.index(0, 0).data() == "Kim · 1 quotation"
    kim = panel.model.rows[0]
    assert panel.model.index_of(kim, 1).data() == "reworded"
    qa, qb = c.quotes_a[0], c.quotes_b[0]
    a_cell = panel.model.index_of(kim, 0).data()
    assert a_cell.startswith("“") and c.a.text[qa.start:qa.end][:20] in a_cell  # the group names Kim
    # the row's tooltip shows both wordings, the reworded words marked on each side
    tip = panel.model.index_of(kim, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert c.b.text[qb.end - 4:qb.end] in tip and "(Kim)" in tip
    assert "<u><b>new</b></u>" in tip and "<u><b>historic</b></u>" in tip
    washington = panel.model.rows[1]
    assert panel.model.index_of(washington, 0).data() == "B: “consequences”"
    assert panel.model.index_of(washington, 1).data() == "absent from A"
    assert panel.model.columnCount() == 2
    window.panes[Side.B].reveal(0, 1, top=True)
    panel.choose(kim)
    assert window.panes[Side.B].textCursor().selectedText() == c.b.text[qb.start:qb.end]
    assert isinstance(window.panes[Side.B].y_at(qb.start), float)


def test_quotes_panel_works_without_quotes(qtbot, window):
    from dataclasses import replace

    show(window, qtbot, replace(make_comparison(), quotes_a=(), quotes_b=(), quote_matches=()))
    assert window.quotes.model.rowCount() == 0 and window.quotes.model.rows == []
    assert window.quotes.empty.isVisibleTo(window.quotes)


def test_headers_show_metadata_and_notices(qtbot, window):
    show(window, qtbot)
    header_a, header_b = window.views[Side.A].header, window.views[Side.B].header
    assert "Treaty signed" in header_a.title.text()
    assert "Daily A" in header_a.meta.text() and "2024-06-19" in header_a.meta.text() and "a.txt" in header_a.meta.text()
    assert header_b.notices.isVisibleTo(header_b) and "Windows-1252" in header_b.notices.text()
    assert not header_a.notices.isVisibleTo(header_a)


def test_dropping_a_file_onto_a_pane_loads_it(qtbot, window, tmp_path):
    show(window, qtbot)
    new = tmp_path / "new.txt"
    new.write_text("A brand new document about the treaty. It has two sentences.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(new))])
    drop_files(window.panes[Side.B].viewport(), mime)
    qtbot.waitUntil(lambda: window.docs[Side.B] is not None and window.docs[Side.B].path == str(new), timeout=10000)
    qtbot.waitUntil(lambda: window.comparison is not None and window.compare_job is None, timeout=30000)
    assert window.panes[Side.B].toPlainText() == new.read_text(encoding="utf-8")
    assert window.comparison.b.document.path == str(new)
    assert str(new.resolve()) in window.settings.recent_files


def test_binary_file_shows_error_and_keeps_the_comparison(qtbot, window, tmp_path, dialogs):
    c = show(window, qtbot)
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    before_a, before_b = window.panes[Side.A].toPlainText(), window.panes[Side.B].toPlainText()
    window.load(Side.A, str(binary))
    qtbot.waitUntil(lambda: window.load_jobs[Side.A] is None, timeout=10000)
    assert len(dialogs) == 1 and "image.png" in dialogs[0][0]
    assert window.comparison is c
    assert window.panes[Side.A].toPlainText() == before_a and window.panes[Side.B].toPlainText() == before_b
    assert "Treaty signed" in window.views[Side.A].header.title.text()


def test_missing_file_shows_error(qtbot, window, tmp_path, dialogs):
    window.load(Side.A, str(tmp_path / "nope.txt"))
    qtbot.waitUntil(lambda: window.load_jobs[Side.A] is None, timeout=10000)
    assert dialogs and "nope.txt" in dialogs[0][1]
    assert window.docs[Side.A] is None


def test_a_stale_comparison_never_overwrites_a_newer_one(qtbot, window, monkeypatch):
    import threading

    from kompare.gui import backend

    first, second = make_comparison(filler=3), make_comparison(filler=5)
    gate = threading.Event()

    def slow_compare(a, b, **kw):
        if a.text == first.a.text:
            gate.wait(10)
            return first
        return second

    monkeypatch.setattr(backend, "compare", slow_compare)
    window.docs = {Side.A: first.a.document, Side.B: first.b.document}
    window.start_compare()
    old_job = window.compare_job
    window.docs = {Side.A: second.a.document, Side.B: second.b.document}
    window.start_compare()
    assert old_job.cancelled
    qtbot.waitUntil(lambda: window.comparison is second, timeout=10000)
    gate.set()
    qtbot.waitUntil(lambda: old_job.done.is_set(), timeout=10000)
    qtbot.wait(50)
    assert window.comparison is second


def test_cancel_stops_a_running_comparison(qtbot, window, monkeypatch):
    from kompare.core.errors import Cancelled
    from kompare.gui import backend

    def cancellable(a, b, *, config, progress, should_cancel, reader=None):
        for i in range(1000):
            progress(i / 1000, "working")
            if should_cancel():
                raise Cancelled()
            qtbot_wait.wait(0.01)
        raise AssertionError("never cancelled")

    import threading

    qtbot_wait = threading.Event()
    monkeypatch.setattr(backend, "compare", cancellable)
    c = make_comparison()
    window.docs = {Side.A: c.a.document, Side.B: c.b.document}
    window.start_compare()
    job = window.compare_job
    assert window.progress.isVisibleTo(window) and window.actions.cancel.isEnabled()
    qtbot.waitUntil(lambda: window.progress.value() > 0, timeout=5000)
    window.actions.cancel.trigger()
    qtbot.waitUntil(job.done.is_set, timeout=5000)
    assert job.cancelled and window.comparison is None
    assert not window.progress.isVisibleTo(window)


def test_cancel_stops_a_long_document_being_read(qtbot, window, tmp_path):
    # 300 pages take half a minute to lay out; Cancel must not leave them running on a worker
    # thread (the pool has few threads, and quitting waits for them). The bound is loose (a
    # busy machine) yet far below what the pages left would take.
    import time

    from tests.core.ingest.pdfmaker import make_pdf

    line = "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim."
    long_pdf = tmp_path / "long.pdf"
    long_pdf.write_bytes(make_pdf([[(72, 720 - 14 * k, line) for k in range(45)]] * 300))
    window.load(Side.A, str(long_pdf))
    job = window.session.jobs.get(Side.A)
    qtbot.wait(1000)  # (well into the pages)
    assert not job.done.is_set()
    window.actions.cancel.trigger()
    cancelled = time.monotonic()
    qtbot.waitUntil(job.done.is_set, timeout=20000)
    assert time.monotonic() - cancelled < 5
    assert window.docs[Side.A] is None and not window.progress.isVisibleTo(window)


def test_the_passages_list_shows_no_row_when_no_passage_is_selected(qtbot, window):
    # The row chosen before stayed current: it looked chosen, and a click on it did nothing.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    view = window.link_list.view
    rect = view.visualRect(view.model().index(0, 1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    chosen = window.selected_key
    assert chosen is not None
    window.on_passage_clicked(Side.A, len(window.comparison.a.text))  # (past the text: no passage)
    assert window.selected_key is None and not view.currentIndex().isValid()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.selected_key == chosen


def test_swap_mirrors_the_comparison(qtbot, window):
    c = show(window, qtbot)
    window.actions.swap.trigger()
    assert window.panes[Side.A].toPlainText() == c.b.text
    assert window.comparison.a.document.path == "b.txt"
    assert window.windowTitle().startswith("b.txt")
    assert window.statusBar().currentMessage() == "A and B swapped."  # (not the last counts, sides reversed)


def _select_a_unique_passage_with_a_near_one(window):
    for item in window.marks.items.values():
        if item.kind == UNIQUE and item.range(Side.A):
            window.on_passage_clicked(Side.A, item.range(Side.A)[0] + 1)
            if window.near_target:
                return
    pytest.fail("no unique passage of A has a closest passage in B")


def test_swap_while_comparing_again_compares_the_swapped_pair_with_the_new_decision(qtbot, window):
    """A link made by hand (or a new sensitivity) is being compared when Swap comes: the
    comparison runs again, swapped, instead of showing the old one with the link missing."""
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    _select_a_unique_passage_with_a_near_one(window)
    window.actions.link_near.trigger()
    assert window.compare_job is not None
    window.actions.swap.trigger()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    (i, j), = window.hand.reader.added
    assert [(l.a, l.b) for l in window.comparison.links if l.by_reader] == [((i,), (j,))]
    assert window.comparison.a.document.path == str(SEED_B)
    assert "cancelled" not in window.statusBar().currentMessage().lower()


def test_cancel_during_a_comparison_by_hand_leaves_its_undo_at_hand(qtbot, window):
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    _select_a_unique_passage_with_a_near_one(window)
    window.actions.link_near.trigger()
    window.actions.cancel.trigger()
    assert window.compare_job is None
    assert window.actions.undo.isEnabled() and window.actions.undo.text() == "&Undo Link"


def test_find_zoom_and_furniture_toggle(qtbot, window):
    c = show(window, qtbot)
    window.panes[Side.A].setFocus()
    window.actions.find.trigger()
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("Seoul")
    assert window.find_bar.find(forward=True)
    assert window.panes[Side.A].textCursor().selectedText() == "Seoul"
    size = window.font_size()
    window.actions.zoom_in.trigger()
    assert window.font_size() == size + 1 and window.settings.font_size == size + 1
    window.actions.zoom_out.trigger()
    assert window.font_size() == size
    window.actions.show_furniture.setChecked(False)
    assert "Advertisement" not in window.panes[Side.A].toPlainText()
    assert window.settings.show_furniture is False
    window.actions.show_furniture.setChecked(True)
    assert window.panes[Side.A].toPlainText() == c.a.text


def test_changed_file_offers_a_reload(qtbot, window, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Putin met Kim. They signed a pact.\n", encoding="utf-8")
    b.write_text("Kim met Putin. They signed a treaty.\n", encoding="utf-8")
    open_and_wait(qtbot, window, [a, b])
    a.write_text("Putin met Kim. They signed a pact. Seoul objected.\n", encoding="utf-8")
    window._on_file_changed(str(a))  # what QFileSystemWatcher reports (its timing varies by platform)
    assert window.info.isVisibleTo(window) and "a.txt" in window.info.label.text()
    reload_button = window.info.buttons()[0]
    assert reload_button.text() == "Reload"
    reload_button.click()
    qtbot.waitUntil(lambda: "Seoul objected" in window.panes[Side.A].toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: window.comparison is not None and window.compare_job is None, timeout=30000)


def test_a_file_deleted_then_written_again_is_watched_again(qtbot, window, tmp_path):
    # git checkout and some editors delete the file and write a new one: the watcher lets go of
    # it, and later edits went unnoticed for the rest of the session.
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Putin met Kim. They signed a pact.\n", encoding="utf-8")
    b.write_text("Kim met Putin. They signed a treaty.\n", encoding="utf-8")
    open_and_wait(qtbot, window, [a, b])
    a.unlink()
    window._on_file_changed(str(a))
    assert "a.txt was deleted or moved" in window.info.label.text() and window.info.buttons() == []
    qtbot.waitUntil(lambda: str(a) in window.missing, timeout=5000)
    a.write_text("Putin met Kim. They signed a pact. Seoul objected.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "a.txt changed on disk" in window.info.label.text(), timeout=5000)
    assert str(a) in window.watcher.files() and not window.missing
    window.info.buttons()[0].click()
    qtbot.waitUntil(lambda: "Seoul objected" in window.panes[Side.A].toPlainText(), timeout=10000)


def test_choosing_the_sensitivity_of_a_cancelled_comparison_again_compares(qtbot, window, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Putin met Kim. They signed a pact.\n", encoding="utf-8")
    b.write_text("Kim met Putin. They signed a treaty.\n", encoding="utf-8")
    open_and_wait(qtbot, window, [a, b])
    shown = window.comparison.sensitivity
    window.set_sensitivity(0.7)
    window.cancel_work()  # (the 0.7 comparison never lands: 0.5 stays on screen)
    assert window.compare_job is None and window.comparison.sensitivity == shown
    window.set_sensitivity(0.7)
    assert window.compare_job is not None
    qtbot.waitUntil(lambda: window.comparison is not None and window.comparison.sensitivity == 0.7, timeout=30000)


def test_swap_while_a_document_is_read_puts_it_where_its_side_went(qtbot, window, tmp_path):
    from tests.core.ingest.pdfmaker import make_pdf

    line = "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim."
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(make_pdf([[(72, 720 - 14 * k, line) for k in range(45)]] * 15))
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    window.load(Side.B, str(slow))
    window.swap()  # (SEED_A goes to B; the PDF, on its way to B, now belongs in A)
    assert window.views[Side.A].header.meta.text() == "Loading…"
    qtbot.waitUntil(lambda: window.docs[Side.A].path == str(slow), timeout=30000)
    assert window.docs[Side.B].path == str(SEED_A)


def test_a_recent_file_that_is_gone_leaves_open_recent(qtbot, window, tmp_path, dialogs):
    gone = tmp_path / "gone.txt"
    gone.write_text("Putin met Kim.\n", encoding="utf-8")
    window.settings.add_recent(str(gone))
    gone.unlink()
    window.load(Side.A, str(gone))
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10000)
    assert str(gone) not in window.settings.recent_files and "no such file" in dialogs[-1][1]


def test_a_file_address_is_remembered_as_its_path(qtbot, window):
    seed = SEED_A
    window.open_paths([seed.as_uri()])
    qtbot.waitUntil(lambda: window.docs[Side.A] is not None, timeout=10000)
    assert window.settings.recent_files[0] == str(seed)  # (was the address resolved as a relative path)


def test_settings_that_cannot_be_saved_at_close_are_reported(qtbot, window, tmp_path, dialogs):
    from kompare.gui.settings import SettingsStore

    blocker = tmp_path / "file"
    blocker.write_text("x")
    window.store = SettingsStore(blocker / "sub")
    window.close()
    assert dialogs and dialogs[-1][0] == "Settings not saved" and "will not be remembered" in dialogs[-1][1]
    assert window.statusBar().currentMessage() != "Cancelled."  # (nothing ran: nothing was cancelled)


def test_export_json_runs_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    import threading

    from kompare.gui import backend

    show(window, qtbot)
    threads = []
    monkeypatch.setattr(backend, "write_json",
                        lambda comparison, path, should_cancel: (threads.append(threading.current_thread()),
                                                                 Path(path).write_text("{}")))
    target = tmp_path / "out" / "c.json"
    target.parent.mkdir()
    window.run_export(str(target), "json")
    qtbot.waitUntil(lambda: window.export_job is None, timeout=10000)
    assert target.exists() and threads[0] is not threading.main_thread()
    assert window.settings.last_export_dir == str(target.parent)


def test_a_cancelled_json_export_leaves_the_old_file(qtbot, window, tmp_path, monkeypatch):
    # The window says "cancelled": the file must not be replaced a moment later.
    import time

    from kompare.export import json_export

    show(window, qtbot)
    laid_out = json_export._parts
    monkeypatch.setattr(json_export, "_parts", lambda *args: (time.sleep(1.0), laid_out(*args))[1])
    target = tmp_path / "c.json"
    target.write_text("the old file")
    window.run_export(str(target), "json")
    job = window.export_job
    qtbot.wait(200)
    window.actions.cancel.trigger()
    qtbot.waitUntil(job.done.is_set, timeout=10000)
    assert target.read_text() == "the old file" and os.listdir(tmp_path) == ["c.json"]


def test_cancel_after_an_export_has_written_its_file_says_it_was_saved(qtbot, window, tmp_path):
    # The file was written a moment before Cancel: "Cancelled." would be untrue.
    show(window, qtbot)
    target = tmp_path / "c.json"
    window.run_export(str(target), "json")
    job = window.export_job
    assert job.done.wait(20)  # (written; the result not yet handed to the window)
    window.cancel_work()
    qtbot.waitUntil(lambda: window.export_job is None, timeout=5000)
    assert target.exists() and window.statusBar().currentMessage() == f"Saved {target}"


def test_export_error_goes_to_a_dialog(qtbot, window, tmp_path, monkeypatch, dialogs):
    from kompare.gui import backend

    show(window, qtbot)

    def broken(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(backend, "write_report", broken)
    window.settings.last_export_dir = "/before"
    window.run_export(str(tmp_path / "r.pdf"), "pdf")
    qtbot.waitUntil(lambda: window.export_job is None, timeout=10000)
    assert dialogs and "disk full" in dialogs[0][1]
    assert window.settings.last_export_dir == "/before"  # a failed export's folder is not where the next starts


def test_long_header_titles_elide_and_keep_the_whole_in_the_tooltip(qtbot, window):
    from dataclasses import replace

    c = make_comparison()
    long_title = "South Korea faces geopolitical balancing act as Russia and North Korea align " * 2
    path = "/very/long/folder/name/that/goes/on/and/on/for/a/while/reports/" + "x" * 40 + "/pact.txt"
    doc_b = replace(c.b.document, title=long_title.strip(), path=path)
    show(window, qtbot, replace(c, b=replace(c.b, document=doc_b)))
    header = window.views[Side.B].header
    header.resize(320, header.height())
    qtbot.waitUntil(lambda: header.title.width() <= 320)
    title, meta = header.title, header.meta
    assert title.full_text() == "B · " + long_title.strip()
    assert title.is_elided() and title.shown_text().endswith("…")
    assert title.fontMetrics().horizontalAdvance(title.shown_text()) <= title.contentsRect().width()
    # the path gives way first and keeps its file name; source and date stay whole
    assert meta.is_elided() and meta.shown_text().startswith("Weekly B · …")
    assert meta.shown_text().endswith("/pact.txt")
    assert long_title.strip() in header.toolTip() and path in header.toolTip()
    # with room enough nothing is cut
    header.resize(4000, header.height())
    qtbot.waitUntil(lambda: not header.meta.is_elided())
    assert header.meta.shown_text() == "Weekly B · " + path


def test_choosing_a_quote_selects_its_passage_and_says_what_it_is(qtbot, window):
    c = show(window, qtbot)
    window.select_item(link_key(0))  # the agreement: not where the quotation is
    window.quotes.choose(window.quotes.model.rows[0])
    kim = link_key(2)  # the quotation sits in the "Kim called it" divergence
    assert window.selected_key == window.gutter.selected_key == kim
    assert window.panes[Side.A].selected_key == window.panes[Side.B].selected_key == kim
    message = window.statusBar().currentMessage()
    assert "reworded" in message and "Kim in A" in message and "Kim in B" in message
    qa = c.quotes_a[0]
    assert window.panes[Side.A].textCursor().selectedText() == c.a.text[qa.start:qa.end]
    # a quotation only B has ("consequences", in a unique passage of B)
    window.quotes.choose(window.quotes.model.rows[1])
    assert window.marks.items[window.selected_key].kind == UNIQUE
    assert "absent from A" in window.statusBar().currentMessage()
    assert "Washington in B" in window.statusBar().currentMessage()
    assert window.panes[Side.A].textCursor().selectedText() == ""  # (Kim's words were left selected in A)


def test_find_brings_a_match_clear_of_the_panes_edges(qtbot, window):
    show(window, qtbot)
    pane = window.panes[Side.A]
    pane.reveal(0, 1, top=True)
    window.find_bar.open_for(pane, "document A")
    window.find_bar.field.setText("number 25 ")
    assert window.find_bar.find(forward=True)
    rect, height = pane.cursorRect(), pane.viewport().height()
    assert 2 * rect.height() <= rect.top() and rect.bottom() <= height - 2 * rect.height()


def test_the_passages_list_explains_itself_when_empty(qtbot, window):
    links = window.link_list
    assert links.empty.isVisibleTo(links) and not links.view.isVisibleTo(links)
    show(window, qtbot)
    assert links.view.isVisibleTo(links) and not links.empty.isVisibleTo(links)


def test_narrow_windows_keep_both_documents_readable(qtbot, window):
    from kompare.gui.text_pane import MIN_PANE_CHARS

    show(window, qtbot)
    for width, height in ((800, 600), (1024, 700), (1600, 1000)):
        window.resize(width, height)
        qtbot.wait(30)
        assert window.width() <= max(width, window.minimumSizeHint().width())
        for pane in window.panes.values():
            chars = pane.viewport().width() / pane.fontMetrics().averageCharWidth()
            assert chars >= MIN_PANE_CHARS - 2, (width, chars)  # the margins take a little
            assert pane.visibleRegion().boundingRect().width() > 0
    assert window.minimumSizeHint().width() <= 800
    window.resize(800, 600)
    qtbot.wait(30)
    assert not window.link_dock.isVisible()
    window.resize(1600, 1000)
    qtbot.wait(30)
    assert window.link_dock.isVisible()  # room again: the side panel is back
    assert "side panel is hidden" not in window.statusBar().currentMessage()
    # Passages shown by hand while narrow: Quotations, put away with it, still comes back.
    window.resize(800, 600)
    qtbot.wait(30)
    window.link_dock.toggleViewAction().trigger()
    window.resize(1600, 1000)
    qtbot.wait(30)
    assert window.link_dock.isVisible() and not window.quote_dock.isHidden()


def test_find_finds_a_phrase_across_a_line_break(qtbot, window):
    """Hard-wrapped text breaks a sentence over lines: a space in the search finds any white space."""
    from kompare.core import Document, compare

    show(window, qtbot, compare(Document("Putin arrived in\nPyongyang on Wednesday.\n"),
                                Document("Putin arrived  in Pyongyang on Wednesday.\n")))
    bar = window.find_bar
    window.actions.find.trigger()
    bar.field.setText("arrived in pyongyang")
    assert bar.find(forward=True)
    assert "1 in A, 1 in B" in bar.status.text()


def test_find_searches_both_documents_and_says_where(qtbot, window):
    c = show(window, qtbot)
    window.panes[Side.A].setFocus()
    window.actions.find.trigger()
    bar = window.find_bar
    bar.field.setText("historic")  # only B has it
    assert bar.find(forward=True)
    assert window.panes[Side.B].textCursor().selectedText() == "historic"
    assert window.active_side is Side.B
    assert "0 in A, 1 in B" in bar.status.text()
    bar.field.setText("Kim")
    n_a, n_b = c.a.text.count("Kim"), c.b.text.count("Kim")
    assert bar.find(forward=True, from_start_of_match=True)
    assert f"{n_a} in A, {n_b} in B" in bar.status.text()
    # F3 walks every hit, A's then B's, and wraps
    visited = []
    for _ in range(n_a + n_b):
        window.actions.find_next.trigger()
        visited.append((window.active_side, window.panes[window.active_side].textCursor().selectionStart()))
    assert len(set(visited)) == n_a + n_b
    assert [s for s, _ in visited].count(Side.B) == n_b
    window.actions.find_previous.trigger()
    assert (window.active_side, window.panes[window.active_side].textCursor().selectionStart()) == visited[-2]
    bar.field.setText("no such words")
    assert not bar.find(forward=True)
    assert bar.status.text() == "Not found in A or B"


def test_find_says_where_counting_stopped_and_sees_a_text_replaced(qtbot, window, monkeypatch):
    from kompare.core import Document, compare
    from kompare.gui import find_bar

    monkeypatch.setattr(find_bar, "MAX_HITS", 3)
    show(window, qtbot, compare(Document("Kim met Kim, Kim and Kim.\n"), Document("Kim met Putin.\n")))
    bar = window.find_bar
    window.actions.find.trigger()
    bar.field.setText("kim")
    assert bar.find(forward=True)
    assert bar.status.text().endswith("of 4 · 3+ in A, 1 in B")  # (it said "3 in A": there are more)
    show(window, qtbot, compare(Document("Putin met Putin.\n"), Document("Kim met Putin.\n")))
    assert bar.find(forward=True)  # (a new text: searched again, not the last one's hits)
    assert bar.status.text().endswith("0 in A, 1 in B")


def test_first_run_hint_explains_the_colours_and_opens_an_example(qtbot, window):
    assert window.info.isVisibleTo(window)
    text = window.info.label.text()
    assert "Ctrl+O" in text and "blue" in text and "orange" in text and "green" in text and "pink" in text
    button = window.info.buttons()[0]
    assert button.text() == "Try an example"
    button.click()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    names = {Path(d.path).name for d in window.docs.values()}
    assert names == {"001_6182ff5760a10bcc.txt", "002_fe8c5ed74ec9ed57.txt"}
    assert not window.info.isVisibleTo(window)


def test_first_run_hint_without_examples_has_no_button(qtbot, monkeypatch, config_dir):
    from kompare.gui import main_window

    monkeypatch.setattr(main_window, "example_pair", lambda: None)
    win = main_window.MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.info.isVisibleTo(win) and win.info.buttons() == []
    assert "Open two documents" in win.info.label.text()


def test_example_pair_looks_beside_the_package_and_in_the_checkout(tmp_path):
    from kompare.gui.examples import example_pair

    assert example_pair((tmp_path / "none",)) is None
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert example_pair((tmp_path / "none", tmp_path)) == (str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert example_pair() is not None and "001_" in example_pair()[0]  # this checkout's seeds


def test_command_line_sensitivity_reaches_the_window_for_this_session(qtbot, window):
    window.use_sensitivity(0.65)
    assert window.config().sensitivity == 0.65 and window.settings.sensitivity == 0.5  # not saved
    assert window.actions.sensitivity.checkedAction() is None  # no preset is 0.65
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    assert window.comparison.sensitivity == 0.65
    assert "sensitivity 0.65" in window.summary.counts.text()
    lenient = next(a for a in window.actions.sensitivity.actions() if a.data() == 0.7)
    lenient.trigger()
    assert window.config().sensitivity == 0.7 and window.settings.sensitivity == 0.7
    assert window.actions.sensitivity.checkedAction() is lenient
    qtbot.waitUntil(lambda: settled(window) and window.comparison.sensitivity == 0.7, timeout=30000)
    lenient.trigger()  # the ticked preset clicked again stays ticked
    assert window.actions.sensitivity.checkedAction() is lenient


def test_run_passes_the_sensitivity_on(monkeypatch, qtbot):
    from kompare.gui import app as app_module
    from kompare.gui import main_window

    made = []

    class Probe(main_window.MainWindow):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            made.append(self)

    monkeypatch.setattr(main_window, "MainWindow", Probe)
    monkeypatch.setattr(type(app_module.make_application()), "exec", lambda self: 0)
    assert app_module.run([], sensitivity=0.8) == 0
    assert made[0].config().sensitivity == 0.8
    made[0].close()


def test_status_bar_keeps_the_sensitivity_of_the_comparison_in_view(qtbot, window):
    from dataclasses import replace

    label = window.sensitivity_label
    assert not label.isVisible()  # nothing compared yet
    window.resize(900, 700)  # narrow: the summary strip drops its counts, the status bar keeps this
    window.show_comparison(make_comparison())
    assert label.isVisible() and label.text() == "Sensitivity 0.5 (Balanced)"
    assert "command line" not in label.toolTip()
    window.use_sensitivity(0.65)
    window.show_comparison(replace(make_comparison(), sensitivity=0.65))
    assert label.text() == "Sensitivity 0.65" and "from the command line" in label.toolTip()
    window._set_comparison(None)
    assert not label.isVisible()



def test_the_status_bar_counts_in_words_one_or_many(qtbot, window, tmp_path):
    text = "Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday and signed a defence treaty.\n"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text.replace("Jong-un", "Jong Un").replace("defence", "defense"), encoding="utf-8")
    open_and_wait(qtbot, window, [a, b])
    message = window.statusBar().currentMessage()
    assert message.startswith("Compared: 1 agreement, 0 divergences, 0 unique in A, "), message


def test_one_file_chosen_twice_is_said_before_the_counts(qtbot, window):
    open_and_wait(qtbot, window, [SEED_A, SEED_A])
    assert window.statusBar().currentMessage().startswith("A and B are the same text: every passage agrees. ")


def test_the_progress_message_is_one_line_that_fits_the_bar_and_whole_in_its_tip(qtbot, window):
    from kompare.gui.session import COMPARE

    class Running:
        def cancel(self):
            pass

    job = Running()
    window.session.jobs.put(COMPARE, job)
    window.progress.show()
    window.progress.resize(220, window.progress.height())
    message = "Splitting B into sentences and quotations"
    window._on_progress(job, 0.15, message)
    shown = window.progress.format()
    assert shown.endswith(" %p%") and "\n" not in shown
    assert window.progress.fontMetrics().horizontalAdvance(shown.replace("%p", "100")) <= window.progress.width()
    assert shown != f"{message} %p%" and shown.startswith("Splitting")  # elided, not wrapped
    assert message in window.progress.toolTip()
    window.session.jobs.finish(COMPARE, job)


def test_a_narrow_window_keeps_the_status_counts_whole(qtbot, window):
    """At 800 px the full line ran under the sensitivity slider ("28 unique i"): the counts
    come without "Compared:" and the sensitivity, which is in view beside them."""
    window.resize(800, 600)
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    message = window.statusBar().currentMessage()
    assert not message.startswith("Compared:") and message.endswith(" in B."), message
    assert window.fontMetrics().horizontalAdvance(message) <= window._status_room()
    window.resize(1600, 900)
    window.reload()
    qtbot.waitUntil(lambda: settled(window) and window.statusBar().currentMessage().startswith("Compared"),
                    timeout=30000)
    assert window.statusBar().currentMessage().startswith("Compared: ")


def test_a_partial_link_says_what_both_passages_say_and_which_says_more(qtbot, window):
    from kompare.core import Document, LinkKind, compare

    c = compare(Document("Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday."),
                Document("Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday and signed a defence treaty "
                         "that calls for military aid."))
    assert [l.kind for l in c.links] == [LinkKind.PARTIAL]
    show(window, qtbot, c)
    window.on_passage_clicked(Side.A, 2)
    message = window.statusBar().currentMessage()
    assert message.startswith("Partial: both say “Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday”; "
                              "B says more (similarity "), message
    assert message.endswith(f", link confidence {c.links[0].confidence:.2f}).")
    # and the same words in the sentence's tooltip and the passage list's
    tip = window.tooltip_for(Side.A, 2)
    assert "both say “Kim Jong-un met" in tip and f"(link confidence {c.links[0].confidence:.2f})" in tip
    row = window.link_list.model.rows[window.selected_key]
    tip = window.link_list.model.data(window.link_list.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "B says more" in tip


def test_a_unique_sentence_points_to_its_closest_passage_and_the_reader_can_go_there(qtbot, window):
    from kompare.core import Document, compare

    c = compare(Document("The treaty calls for military assistance without delay. The two leaders rode in a black limousine."),
                Document("The pact calls for military assistance without any delay. Putin gave Kim a limousine as a gift."))
    show(window, qtbot, c)
    ride = c.a.sentences[1]
    assert not window.actions.go_to_near.isEnabled()
    window.on_passage_clicked(Side.A, ride.start + 2)
    assert window.near_target[:2] == (Side.B, 1)
    assert window.actions.go_to_near.isEnabled()
    message = window.statusBar().currentMessage()
    assert message.startswith("Unique to A. Closest in B, not linked") and "Putin gave Kim a limousine as a gift" in message
    assert "limousine" in window.tooltip_for(Side.A, ride.start) and "not linked" in window.tooltip_for(Side.A, ride.start)
    window.actions.go_to_near.trigger()
    gift = c.b.sentences[1]
    pane = window.panes[Side.B]
    assert window.active_side is Side.B and window.selected_key == window.marks.item_at(Side.B, gift.start).key
    assert (pane.textCursor().selectionStart(), pane.textCursor().selectionEnd()) == (
        pane.map.to_display(gift.start), pane.map.to_display(gift.end))
    assert "not a link" in window.statusBar().currentMessage()
    # A linked sentence has no closest passage to go to.
    window.on_passage_clicked(Side.A, c.a.sentences[0].start + 1)
    assert window.near_target is None and not window.actions.go_to_near.isEnabled()


@pytest.mark.parametrize("seed", range(4))
def test_any_run_of_opens_swaps_reloads_and_cancels_ends_with_the_documents_on_screen_compared(
        qtbot, window, dialogs, seed):
    """Late results of replaced jobs are dropped, whatever the reader clicks and how fast (session.py)."""
    import random

    rnd = random.Random(seed)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    actions = [
        lambda: window.open_paths([str(p) for p in rnd.sample(seeds, 2)]),
        window.swap,
        window.reload,
        window.cancel_work,
        lambda: window.set_sensitivity(rnd.choice([0.2, 0.5, 0.8])),
        lambda: window.load(rnd.choice(list(Side)), str(rnd.choice(seeds))),
    ]
    for _ in range(40):
        rnd.choice(actions)()
        qtbot.wait(rnd.choice([0, 5, 30]))
    qtbot.waitUntil(lambda: not window.session.jobs.busy, timeout=30000)
    if window.comparison is None:  # (the last click may have been Cancel)
        window.start_compare()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    c = window.comparison
    assert c.a.document is window.docs[Side.A] and c.b.document is window.docs[Side.B]
    assert window.panes[Side.A].toPlainText() == c.a.text and window.panes[Side.B].toPlainText() == c.b.text
    assert dialogs == []


def test_a_replaced_comparisons_late_result_and_a_replaced_loads_late_document_are_dropped(qtbot, window):
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    shown = window.comparison
    window.start_compare()
    replaced = window.compare_job
    window.start_compare()
    assert replaced is not window.compare_job
    other = make_comparison()
    window._on_compared(replaced, (other, None))  # as if it finished after all
    assert window.comparison is not other
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    assert window.comparison.a.text == shown.a.text
    window.load(Side.A, str(SEED_B))
    replaced_load = window.load_jobs[Side.A]
    window.load(Side.A, str(SEED_A))
    window._on_loaded(replaced_load, other.b.document)
    assert window.docs[Side.A] is not other.b.document
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    assert window.docs[Side.A].path == str(SEED_A)
