"""The window's menu bar and toolbar, built from its actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from kompare.core.model import Side


def build_menus(window: QMainWindow) -> None:
    """Fill ``window``'s menu bar and toolbar from ``window.actions``; sets its ``recent_menus`` and ``toolbar``."""
    a = window.actions
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a.open_a, a.open_b, a.open_address])
    window.recent_menus = {side: QMenu(f"Open Recent as {side.value.upper()}", window) for side in Side}
    for menu in window.recent_menus.values():
        file_menu.addMenu(menu)
    file_menu.addSeparator()
    file_menu.addActions([a.reload, a.swap])
    file_menu.addSeparator()
    file_menu.addActions([a.export_json, a.export_report, a.print])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit = bar.addMenu("&Edit")
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.copy, a.copy_passage, a.select_all])
    edit.addSeparator()
    edit.addActions([a.find, a.find_next, a.find_previous])
    view = bar.addMenu("&View")
    view.addAction(a.show_furniture)
    view.addAction(a.sync_scroll)
    view.addSeparator()
    view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    view.addSeparator()
    view.addAction(window.link_dock.toggleViewAction())
    view.addAction(window.quote_dock.toggleViewAction())
    for dock in (window.link_dock, window.quote_dock):
        # Shown or hidden by hand: the reader decided for this panel, and the narrow-window rule
        # steps back from it (the other, put away, still comes back when there is room).
        dock.toggleViewAction().triggered.connect(lambda *_, d=dock: window.decided_by_hand(d))
    go = bar.addMenu("&Go")
    go.addActions([a.next_passage, a.previous_passage])
    go.addSeparator()
    go.addActions([a.next_divergence, a.previous_divergence, a.next_unique, a.previous_unique])
    go.addAction(a.go_to_near)
    compare_menu = bar.addMenu("&Compare")
    sensitivity = compare_menu.addMenu("&Sensitivity")
    sensitivity.addActions(a.sensitivity.actions())
    compare_menu.addSeparator()
    compare_menu.addActions([a.link_near, a.start_link, a.finish_link, a.remove_link, a.forget_links])
    compare_menu.addSeparator()
    compare_menu.addAction(a.cancel)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.about)

    window.toolbar = tools = window.addToolBar("Main")
    tools.setObjectName("main-toolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools.addActions([a.open_a, a.open_b, a.swap])
    tools.addSeparator()
    tools.addActions([a.previous_divergence, a.next_divergence, a.previous_unique, a.next_unique])
    tools.addSeparator()
    tools.addAction(a.show_furniture)
    tools.addAction(a.find)
    tools.addSeparator()
    tools.addAction(a.export_report)
    # Short labels on the toolbar; the menus keep the full ones.
    for act, label in ((a.previous_divergence, "Prev divergence"), (a.next_divergence, "Next divergence"),
                       (a.previous_unique, "Prev unique"), (a.next_unique, "Next unique"),
                       (a.show_furniture, "Furniture"), (a.swap, "Swap"),
                       (a.export_report, "Report"), (a.find, "Find")):
        act.setIconText(label)
