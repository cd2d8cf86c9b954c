"""Start the desktop app: ``run(paths)``, also ``python -m kompare.gui.app [A [B]]``."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kompare import __version__
from kompare.gui.resources import app_icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with kompare's names and icon."""
    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (150 %) look crisp instead of rounded to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("kompare")
    app.setApplicationDisplayName("kompare")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("kompare")
    app.setDesktopFileName("kompare")
    app.setWindowIcon(app_icon())
    return app


def run(paths: list[str], *, sensitivity: float | None = None) -> int:
    """Show the main window with 0, 1 or 2 documents; returns the exit code.

    ``sensitivity`` (the command line's --sensitivity) is used for this session, not saved.
    """
    if len(paths) > 2:
        print("kompare: give at most two documents", file=sys.stderr)
        return 2
    app = make_application()
    from kompare.gui.main_window import MainWindow

    window = MainWindow()
    if sensitivity is not None:
        window.use_sensitivity(sensitivity)
    window.show()
    if paths:
        window.open_paths(list(paths))
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``python -m kompare.gui.app``."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print("usage: python -m kompare.gui.app [DOCUMENT_A [DOCUMENT_B]]")
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
