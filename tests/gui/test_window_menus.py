"""The menu bar and toolbar (window_menus.build_menus)."""

from dataclasses import fields

from PySide6.QtWidgets import QMenu

from kompare.core.model import Side


def _menu_actions(menu: QMenu) -> list:
    found = []
    for act in menu.actions():
        found.append(act)
        if act.menu() is not None:
            found.extend(_menu_actions(act.menu()))
    return found


def test_every_command_is_in_a_menu(window):
    """A keyboard user reaches every command from the menu bar, the sensitivity presets too."""
    in_menus = [act for top in window.menuBar().actions() for act in _menu_actions(top.menu())]
    for f in fields(window.actions):
        value = getattr(window.actions, f.name)
        wanted = value.actions() if hasattr(value, "checkedAction") else [value]
        for act in wanted:
            assert act in in_menus, f"{f.name} ({act.text()!r}) is in no menu"


def test_menus_and_toolbar_are_labelled(window):
    titles = [top.text() for top in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Compare", "&Help"]
    assert set(window.recent_menus) == set(Side)
    assert window.recent_menus[Side.A].title() == "Open Recent as A"
    # The toolbar has short labels of its own; the menus keep the full ones.
    assert window.actions.next_divergence.iconText() == "Next divergence"
    assert window.actions.export_report in window.toolbar.actions()
