"""Start the desktop app: ``run(paths)``, also ``python -m kompare.gui.app [A [B]]``."""

from __future__ import annotations

import os
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


def no_display(environ=None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, or None: on X11 and Wayland desktops a window
    needs DISPLAY or WAYLAND_DISPLAY, and Qt without either aborts with a core dump.

    >>> no_display({}, "linux").split(":")[0]
    'cannot open the window'
    >>> no_display({"DISPLAY": ":0"}, "linux"), no_display({}, "darwin"), no_display({}, "win32")
    (None, None, None)
    >>> no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    True
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("darwin", "win32", "cygwin") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "Run kompare in a desktop session, or write the comparison without a window: "
            "kompare A B --html report.html (or --pdf, --json)")


def run(paths: list[str], *, sensitivity: float | None = None) -> int:
    """Show the main window with 0, 1 or 2 documents; returns the exit code.

    ``sensitivity`` (the command line's --sensitivity) is used for this session, not saved.
    """
    if len(paths) > 2:
        print("kompare: error: give at most two documents to compare", file=sys.stderr)
        return 2
    missing = no_display()
    if missing:  # (before Qt, which would abort the process)
        print(f"kompare: error: {missing}", file=sys.stderr)
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
