"""Copying a passage with its counterpart: the command, its shortcut, and the right-click menus."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kompare.core.model import Side
from kompare.gui.marks import link_key
from tests.gui.test_main_window import show


def _point(pane, offset):
    cursor = pane.textCursor()
    cursor.setPosition(pane.map.to_display(offset))
    return pane.cursorRect(cursor).center()


def test_copy_passage_puts_the_verdict_and_both_passages_on_the_clipboard(qtbot, window):
    c = show(window, qtbot)
    act = window.actions.copy_passage
    assert not act.isEnabled()  # nothing selected yet
    assert act.shortcut().toString() == "Ctrl+Shift+C"
    QApplication.clipboard().setText("before")
    pact = c.links[1]
    window.on_passage_clicked(Side.A, c.a.sentences[pact.a[0]].start + 1)
    assert act.isEnabled()
    act.trigger()
    assert QApplication.clipboard().text() == (
        "Divergence: number: “23” → “25” (similarity 0.70, link confidence 1.00).\n"
        "A (Treaty signed): “The pact has 23 articles, officials said.”\n"
        "B (Pact sealed): “The treaty has 25 articles, officials said.”\n")
    assert window.statusBar().currentMessage().startswith("Copied the passage, its counterpart")
    window.select_item(None)
    assert not act.isEnabled()


def test_right_click_on_a_passage_selects_it_and_offers_the_commands(qtbot, window):
    c = show(window, qtbot)
    pane = window.panes[Side.B]
    pact = c.links[1]
    start = c.b.sentences[pact.b[0]].start
    window.panes[Side.B].reveal(start, start + 5)
    menu = pane.context_menu(_point(pane, start + 2))
    try:
        assert window.selected_key == link_key(pact.id) and window.active_side is Side.B
        actions = menu.actions()
        assert window.actions.copy_passage in actions and window.actions.go_to_near in actions
        assert window.actions.copy_passage.isEnabled()
        assert any("Copy" in a.text() and a is not window.actions.copy_passage for a in actions)  # the text's own Copy
    finally:
        menu.deleteLater()


def test_right_click_keeps_a_text_selection_for_copy(qtbot, window):
    c = show(window, qtbot)
    pane = window.panes[Side.A]
    cursor = pane.textCursor()
    cursor.setPosition(pane.map.to_display(0))
    cursor.setPosition(pane.map.to_display(10), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    before = window.selected_key
    menu = pane.context_menu(_point(pane, c.a.sentences[c.links[1].a[0]].start + 2))
    try:
        assert window.selected_key == before and pane.textCursor().hasSelection()
    finally:
        menu.deleteLater()


def test_the_passages_list_offers_the_commands_on_the_row_right_clicked(qtbot, window):
    show(window, qtbot)
    view = window.link_list.view
    assert view.contextMenuPolicy() == view.contextMenuPolicy().ActionsContextMenu
    assert window.actions.copy_passage in view.actions()
    # the right button's press chooses the row under it, so the menu's commands act on that row
    index = window.link_list._shown_model.index(3, 0)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.RightButton, pos=view.visualRect(index).center())
    assert window.selected_key == index.data(Qt.ItemDataRole.UserRole + 1)
    assert window.actions.copy_passage.isEnabled()


def test_copy_in_the_passages_list_copies_its_chosen_passage(qtbot, window):
    c = show(window, qtbot)
    QApplication.clipboard().setText("before")
    view = window.link_list.view
    view.setFocus()
    row = window.link_list.model.rows[link_key(c.links[1].id)]
    view.setCurrentIndex(window.link_list._shown_model.index(row, 0))
    assert window.selected_key == link_key(c.links[1].id)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith("Divergence: number: “23” → “25”")
    # in a document, Copy copies its selected text as before
    pane = window.panes[Side.A]
    pane.setFocus()
    cursor = pane.textCursor()
    start = c.a.sentences[c.links[1].a[0]].start
    cursor.setPosition(pane.map.to_display(start))
    cursor.setPosition(pane.map.to_display(start + 8), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    window.actions.copy.trigger()
    assert QApplication.clipboard().text() == "The pact"


def test_a_right_click_on_a_gutter_band_selects_its_link_and_offers_the_copy(qtbot, window):
    from PySide6.QtCore import QPointF

    c = show(window, qtbot)
    with window.scroll_sync.paused():
        for side in Side:
            window.panes[side].reveal(0, 1, top=True)
    gutter = window.gutter
    gutter.repaint()
    key = link_key(c.links[0].id)
    a0, a1 = gutter._end(Side.A, window.marks.items[key].a)
    menu = gutter.context_menu(QPointF(2, (a0 + a1) / 2))
    try:
        assert window.selected_key == key
        assert menu.actions() == [window.actions.copy_passage, window.actions.remove_link]
        assert window.actions.remove_link.isEnabled()  # (a band is a link)
    finally:
        menu.deleteLater()
    window.select_item(None)
    empty = next(QPointF(gutter.width() / 2, y) for y in range(gutter.height())
                 if gutter.key_at(QPointF(gutter.width() / 2, y)) is None)
    assert gutter.context_menu(empty) is None  # off the bands: no menu
    assert window.selected_key is None
