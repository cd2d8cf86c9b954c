"""Every keyboard shortcut of the window does one thing."""

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence, QShortcut


def all_shortcuts(window) -> list[tuple[str, str]]:
    """(key sequence, action text) for every action and QShortcut in the window."""
    found = []
    for act in window.findChildren(QAction):
        for key in act.shortcuts():
            found.append((key.toString(QKeySequence.SequenceFormat.PortableText), act.text()))
    for shortcut in window.findChildren(QShortcut):
        found.append((shortcut.key().toString(QKeySequence.SequenceFormat.PortableText), "QShortcut"))
    return found


def test_no_key_is_bound_twice(window):
    shortcuts = all_shortcuts(window)
    counts = Counter(key for key, _ in shortcuts)
    clashes = {key: [t for k, t in shortcuts if k == key] for key, n in counts.items() if n > 1}
    assert not clashes, clashes
    keys = {key for key, _ in shortcuts}
    assert {"Ctrl+Q", "F7", "F8", "F9", "Ctrl+F", "F3", "Shift+F3"} <= keys


def test_ctrl_q_quits(qtbot, window):
    assert [k.toString() for k in window.actions.quit.shortcuts()] == ["Ctrl+Q"]
    qtbot.keyClick(window, "q", modifier=window.actions.quit.shortcuts()[0][0].keyboardModifiers())
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_a_standard_key_and_its_spelled_out_twin_bind_once(qapp):
    from kompare.gui.actions import _shortcuts

    # Linux's Quit is Ctrl+Q, which the window also names itself: bound twice it did nothing.
    keys = [k.toString() for k in _shortcuts(QKeySequence.StandardKey.Copy, "Ctrl+C", "Ctrl+Q", "Ctrl+Q")]
    assert keys.count("Ctrl+C") == 1 and keys.count("Ctrl+Q") == 1
