"""Every command of the window as a QAction, with the platform's standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from kompare.present import SENSITIVITIES

Key = QKeySequence.StandardKey


@dataclass
class Actions:
    """The window's actions, created once and shared by menus, toolbar and shortcuts."""

    open_a: QAction
    open_b: QAction
    open_address: QAction
    reload: QAction
    swap: QAction
    export_json: QAction
    export_report: QAction
    print: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    copy: QAction
    copy_passage: QAction
    select_all: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    next_passage: QAction
    previous_passage: QAction
    next_divergence: QAction
    previous_divergence: QAction
    next_unique: QAction
    previous_unique: QAction
    go_to_near: QAction
    link_near: QAction
    start_link: QAction
    finish_link: QAction
    remove_link: QAction
    forget_links: QAction
    show_furniture: QAction
    sync_scroll: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    cancel: QAction
    sensitivity: QActionGroup
    about: QAction


def _icon(owner: QWidget, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme, owner.style().standardIcon(fallback))


def _shortcuts(*keys) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            found += QKeySequence.keyBindings(key)
        else:
            found.append(QKeySequence(key))
    # The platform's standard keys often include the one we add (Quit is Ctrl+Q on Linux): a
    # sequence bound twice to one action is an "ambiguous shortcut" and does nothing.
    unique: dict[str, QKeySequence] = {}
    for k in found:
        if not k.isEmpty():
            unique.setdefault(k.toString(QKeySequence.SequenceFormat.PortableText), k)
    return list(unique.values())


def make_actions(owner: QWidget) -> Actions:
    """Build the actions (parented to ``owner`` so their shortcuts work window-wide)."""
    SP = QStyle.StandardPixmap

    def action(text: str, *keys, tip: str = "", icon: QIcon | None = None,
               checkable: bool = False) -> QAction:
        act = QAction(text, owner)
        shortcuts = _shortcuts(*keys)
        if shortcuts:
            act.setShortcuts(shortcuts)
        if icon is not None:
            act.setIcon(icon)
        act.setCheckable(checkable)
        label = text.replace("&", "").rstrip("…")
        hint = f"{tip or label} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})" \
            if shortcuts else (tip or label)
        act.setToolTip(hint)
        act.setStatusTip(tip or label)
        owner.addAction(act)
        return act

    group = QActionGroup(owner)
    group.setExclusive(True)
    for label, value in SENSITIVITIES:
        act = QAction(f"{label} ({value:g})", owner)
        act.setCheckable(True)
        act.setData(value)
        act.setStatusTip(f"Compare with sensitivity {value:g}: higher links weaker evidence")
        group.addAction(act)
    return Actions(
        open_a=action("Open &A…", Key.Open, tip="Open the left document (A)",
                      icon=_icon(owner, "document-open", SP.SP_DialogOpenButton)),
        open_b=action("Open &B…", "Ctrl+Shift+O", tip="Open the right document (B)",
                      icon=_icon(owner, "document-open", SP.SP_DialogOpenButton)),
        open_address=action("Open &Web Address…", "Ctrl+L", tip="Fetch a web page as A, B or both",
                            icon=_icon(owner, "internet-web-browser", SP.SP_DriveNetIcon)),
        reload=action("&Reload", Key.Refresh, tip="Read both files again",
                      icon=_icon(owner, "view-refresh", SP.SP_BrowserReload)),
        swap=action("&Swap Sides", "Ctrl+Shift+S", tip="Put B on the left and A on the right",
                    icon=_icon(owner, "object-flip-horizontal", SP.SP_BrowserReload)),
        export_json=action("Export &JSON…", "Ctrl+Shift+J", tip="Save the comparison as JSON"),
        export_report=action("Export &Report…", "Ctrl+Shift+E", tip="Save a PDF or HTML report",
                             icon=_icon(owner, "document-save-as", SP.SP_DialogSaveButton)),
        print=action("&Print…", Key.Print, "Ctrl+P", tip="Print the comparison report",
                     icon=_icon(owner, "document-print", SP.SP_FileDialogDetailedView)),
        quit=action("&Quit", Key.Quit, "Ctrl+Q", tip="Quit kompare"),
        undo=action("&Undo", Key.Undo, tip="Take back the latest link made or removed by hand"),
        redo=action("&Redo", Key.Redo, tip="Make again the link decision last taken back"),
        copy=action("&Copy", Key.Copy, tip="Copy the selected text"),
        copy_passage=action("Copy Passage and &Counterpart", "Ctrl+Shift+C",
                            tip="Copy the selected passage, its counterpart and what differs, as text for notes"),
        select_all=action("Select &All", Key.SelectAll, tip="Select the whole document"),
        find=action("&Find…", Key.Find, tip="Find text in both documents",
                    icon=_icon(owner, "edit-find", SP.SP_FileDialogContentsView)),
        find_next=action("Find &Next", Key.FindNext, "F3", tip="Find the next match in either document"),
        find_previous=action("Find Pre&vious", Key.FindPrevious, "Shift+F3",
                             tip="Find the previous match in either document"),
        next_passage=action("Next &Passage", "F7", tip="Go to the next passage of any kind",
                            icon=_icon(owner, "go-down", SP.SP_ArrowDown)),
        previous_passage=action("Previous Pa&ssage", "Shift+F7", tip="Go to the previous passage of any kind",
                                icon=_icon(owner, "go-up", SP.SP_ArrowUp)),
        next_divergence=action("Next &Divergence", "F8", "Alt+Down", tip="Go to the next divergence",
                               icon=_icon(owner, "go-down", SP.SP_ArrowDown)),
        previous_divergence=action("Previous D&ivergence", "Shift+F8", "Alt+Up",
                                   tip="Go to the previous divergence",
                                   icon=_icon(owner, "go-up", SP.SP_ArrowUp)),
        next_unique=action("Next &Unique Passage", "F9", "Alt+Shift+Down",
                           tip="Go to the next passage found in one document only",
                           icon=_icon(owner, "go-next", SP.SP_ArrowForward)),
        previous_unique=action("Previous U&nique Passage", "Shift+F9", "Alt+Shift+Up",
                               tip="Go to the previous passage found in one document only",
                               icon=_icon(owner, "go-previous", SP.SP_ArrowBack)),
        go_to_near=action("Go to &Closest Passage", "Ctrl+J",
                          tip="Show the other document's closest passage to the selected unique one (no link)"),
        link_near=action("Link With C&losest Passage",
                         tip="Link the selected unique passage with its closest passage (a link made by hand)"),
        start_link=action("S&tart Link Here", tip="Choose this passage as one end of a link; "
                          "then choose the other end in the other document"),
        finish_link=action("&Link Here", tip="Link this passage with the one chosen by Start Link Here"),
        remove_link=action("&Remove Link", Key.Delete,
                           tip="Remove the selected link: it is not made again for these documents (Undo takes it back)"),
        forget_links=action("&Forget Links Made by Hand",
                            tip="Undo every link made or removed by hand for these documents"),
        show_furniture=action("Show Page &Furniture", "Ctrl+Shift+F", checkable=True,
                              tip="Show bylines, captions, ads and repeats (dimmed)"),
        sync_scroll=action("S&ynchronise Scrolling", "Ctrl+Shift+Y", checkable=True,
                           tip="Scroll both documents together, linked passages level"),
        zoom_in=action("Zoom &In", Key.ZoomIn, "Ctrl+=", tip="Larger text",
                       icon=_icon(owner, "zoom-in", SP.SP_ArrowUp)),
        zoom_out=action("Zoom &Out", Key.ZoomOut, tip="Smaller text",
                        icon=_icon(owner, "zoom-out", SP.SP_ArrowDown)),
        zoom_reset=action("&Actual Size", "Ctrl+0", tip="Default text size"),
        cancel=action("&Cancel", tip="Stop the running work",
                      icon=_icon(owner, "process-stop", SP.SP_BrowserStop)),
        sensitivity=group,
        about=action("&About kompare", tip="About kompare"),
    )

