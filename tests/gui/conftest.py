"""Qt runs offscreen and every test gets its own settings folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QThreadPool  # noqa: E402

from tests.gui.helpers import make_comparison  # noqa: E402


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("KOMPARE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def comparison():
    return make_comparison()


@pytest.fixture
def dialogs(monkeypatch):
    """Record warning dialogs instead of blocking on them."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


@pytest.fixture
def window(qtbot, config_dir, dialogs):
    from kompare.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.cancel_work()
    QThreadPool.globalInstance().waitForDone(20000)


@pytest.fixture
def web():
    """Base address of a local HTTP server serving two seeds (see tests/gui/web.py)."""
    from tests.gui.web import Server

    with Server() as base:
        yield base
