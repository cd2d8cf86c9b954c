"""Web addresses in the window: from the command line, File > Open Web Address, a dropped link.

Every page comes from a local HTTP server on 127.0.0.1 (tests/gui/web.py), never the internet.
"""

import time

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from kompare.core.model import Side
from tests.gui.test_main_window import SEED_A, SEED_B, open_and_wait, settled
from tests.gui.test_text_pane import drop_files
from tests.gui.web import SLOW, Handler


def test_command_line_passes_sensitivity_and_addresses_to_the_window(monkeypatch):
    from kompare import cli
    from kompare.gui import app

    calls = []
    monkeypatch.setattr(app, "run", lambda paths, sensitivity=None: calls.append((paths, sensitivity)) or 0)
    assert cli.main(["a.txt", "b.txt", "--sensitivity", "0.7"]) == 0
    assert cli.main(["https://x.org/a", "http://y.org/b"]) == 0
    assert calls == [(["a.txt", "b.txt"], 0.7), (["https://x.org/a", "http://y.org/b"], None)]


def test_addresses_given_at_start_are_fetched_off_the_gui_thread(qtbot, window, web):
    a, b = f"{web}/slow/a.txt", f"{web}/b.txt"
    started = time.monotonic()
    window.open_paths([a, b])
    assert time.monotonic() - started < SLOW / 2  # open_paths did not wait for the slow server
    assert window.progress.isVisible() and "Fetching 127.0.0.1/" in window.statusBar().currentMessage()
    assert window.views[Side.A].header.meta.full_text() == "Fetching…"
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    assert window.docs[Side.A].path == a and window.docs[Side.B].path == b
    assert window.panes[Side.A].toPlainText().startswith(SEED_A.read_text(encoding="utf-8")[:40])
    assert window.windowTitle() == "127.0.0.1/…/a.txt ↔ 127.0.0.1/b.txt — kompare"
    assert a in window.settings.recent_files  # kept as an address, not made a file path
    assert window.comparison.links


def test_open_web_address_fetches_both_sides(qtbot, window, web, monkeypatch):
    from kompare.gui import address_dialog

    assert [k.toString() for k in window.actions.open_address.shortcuts()] == ["Ctrl+L"]
    assert window.actions.open_address in window.menuBar().actions()[0].menu().actions()

    def answer(dialog):
        dialog.fields[Side.A].setText(f"{web}/a.txt")
        dialog.fields[Side.B].setText(f"{web}/b.txt")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(address_dialog.AddressDialog, "exec", answer)
    window.actions.open_address.trigger()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    assert {window.docs[s].path for s in Side} == {f"{web}/a.txt", f"{web}/b.txt"}
    assert sorted(Handler.requests) == ["/a.txt", "/b.txt"]


def test_the_dialog_checks_what_is_typed(qtbot, window):
    from kompare.gui.address_dialog import AddressDialog

    QApplication.clipboard().setText("https://example.org/story")
    dialog = AddressDialog(Side.B, window)
    qtbot.addWidget(dialog)
    fetch = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.fields[Side.B].text() == "https://example.org/story"  # just copied from a browser
    assert dialog.fields[Side.A].text() == "" and fetch.isEnabled()
    dialog.fields[Side.B].clear()
    assert not fetch.isEnabled()  # nothing to fetch
    dialog.fields[Side.A].setText("ftp://example.org/a")
    assert not fetch.isEnabled() and "A: a web address starts with http" in dialog.problem.text()
    dialog.fields[Side.A].setText("example.org/a")
    assert fetch.isEnabled() and dialog.addresses() == {Side.A: "https://example.org/a"}
    dialog.fields[Side.A].setText("https://example.org/my story.html")  # (sent as my%20story.html)
    assert fetch.isEnabled() and not dialog.problem.isVisibleTo(dialog)
    dialog.fields[Side.A].setText("http://[::1/a")
    assert not fetch.isEnabled() and dialog.problem.text() == (
        "A: this address is malformed (Invalid IPv6 URL): copy it again from the browser's address bar")
    dialog.fields[Side.A].setText("https://user:pw@example.org/a")
    assert not fetch.isEnabled() and "A: kompare does not log in to sites" in dialog.problem.text()


def test_a_failed_fetch_shows_the_reason_and_keeps_the_comparison(qtbot, window, web, dialogs):
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    shown = window.comparison
    window.open_addresses({Side.B: f"{web}/gone"})
    qtbot.waitUntil(lambda: bool(dialogs), timeout=30000)
    title, text = dialogs[0]
    assert title == "Cannot open 127.0.0.1/gone"
    assert "404" in text and f"{web}/gone" in text and "unchanged" in text
    assert window.comparison is shown and window.docs[Side.B].path == str(SEED_B)
    assert window.panes[Side.B].toPlainText() == shown.b.document.text
    assert not window.progress.isVisible()


def test_cancelling_a_fetch_keeps_what_is_on_screen(qtbot, window, web):
    open_and_wait(qtbot, window, [SEED_A, SEED_B])
    shown = window.comparison
    window.open_addresses({Side.A: f"{web}/slow/b.txt"})
    assert window.cancel_button.isVisible()
    window.cancel_work()
    assert window.views[Side.A].header.title.full_text().startswith("A · ")
    assert not window.progress.isVisible()
    qtbot.wait(int(SLOW * 1000) + 500)  # the page arrives after all: it is dropped
    assert window.comparison is shown and window.docs[Side.A].path == str(SEED_A)


def test_open_dialog_offers_every_readable_format(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, folder, filters: asked.append(filters) or ("", ""))
    window.actions.open_a.trigger()
    documents, everything = asked[0].split(";;")
    for suffix in ("txt", "md", "html", "json", "pdf", "docx", "odt", "rtf", "epub", "eml"):
        assert f"*.{suffix}" in documents
    assert everything == "All files (*)"


def test_dropped_rtf_file_and_browser_link_are_opened(qtbot, window, web, tmp_path):
    rtf = tmp_path / "story.rtf"
    rtf.write_text(r"{\rtf1\ansi Putin signed a treaty with Kim in Pyongyang on Wednesday.\par}", encoding="ascii")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(rtf))])
    drop = drop_files(window.panes[Side.A].viewport(), mime)
    assert drop.isAccepted()
    link = QMimeData()
    link.setUrls([QUrl(f"{web}/b.txt")])  # a link dragged out of a browser
    assert drop_files(window.panes[Side.B].viewport(), link).isAccepted()
    qtbot.waitUntil(lambda: settled(window), timeout=30000)
    assert window.docs[Side.A].path == str(rtf) and "treaty with Kim" in window.panes[Side.A].toPlainText()
    assert window.docs[Side.B].path == f"{web}/b.txt"
