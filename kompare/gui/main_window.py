"""The main window: two document views joined by the gutter, with docks, menus and workers."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar,
    QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from kompare import __version__
from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled, InputError
from kompare.core.formats import open_filter
from kompare.core.model import Comparison, Document, Side
from kompare.gui import backend
from kompare.gui.actions import make_actions
from kompare.gui.document_view import DocumentView
from kompare.gui.examples import example_pair
from kompare.gui.export_paths import document_dir
from kompare.gui.find_bar import FindBar
from kompare.gui.gutter import Gutter
from kompare.gui.hand_links import HandLinks
from kompare.gui.hand_store import HandStore
from kompare.gui.info_bar import InfoBar
from kompare.gui.hover import Near, clipboard_text, near_of, status_line, tooltip
from kompare.gui.link_list import LinkList
from kompare.gui.marks import DIVERGENCE, UNIQUE, Item, Marks, QuoteRow
from kompare.gui.palette import scheme_for
from kompare.gui.plain import rich
from kompare.gui.quotes_panel import QuotesPanel, match_label
from kompare.gui.resources import app_icon
from kompare.gui.scroll_sync import ScrollSync
from kompare.gui.sensitivity_slider import SensitivitySlider
from kompare.gui.session import COMPARE, EXPORT, Session
from kompare.gui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, SettingsStore
from kompare.gui.sources import is_address, source_name
from kompare.gui.summary import SummaryBar
from kompare.gui.text_pane import dropped_sources
from kompare.gui.window_export import ExportCommands
from kompare.gui.window_hand import HandLinkCommands
from kompare.gui.window_menus import build_menus
from kompare.gui.worker import Job, run_job
from kompare.present import colour_key, count_of, look_of, reader_text, sensitivity_text
from kompare.present.wording import same_text_note

#: The side panel is put away when less than this (px) would be left for it beside the documents.
SIDE_PANEL_MIN_WIDTH = 300
#: What the status line says when the narrow-window rule puts the side panel away.
SIDE_PANEL_AWAY = "The side panel is hidden so both documents stay readable; View ▸ Passages shows it."
#: Below this window width the toolbar shows icons only.
NARROW_TOOLBAR_WIDTH = 1100


SIZE_ENV = "KOMPARE_WINDOW_SIZE"  # "800x600": open at that size (screenshots, small-screen checks)


def window_size_from_env() -> tuple[int, int] | None:
    """The window size $KOMPARE_WINDOW_SIZE asks for, or None (unset or not 'WIDTHxHEIGHT')."""
    import os
    import re

    match = re.fullmatch(r"\s*(\d{3,5})\s*[xX]\s*(\d{3,5})\s*", os.environ.get(SIZE_ENV, ""))
    return (int(match.group(1)), int(match.group(2))) if match else None


class MainWindow(ExportCommands, HandLinkCommands, QMainWindow):
    """kompare's window; ``open_paths`` is the way in for the command line."""

    def __init__(self, store: SettingsStore | None = None, parent=None):
        super().__init__(parent)
        # Docks move without animation. Qt deletes each finished dock animation later on this
        # thread, and its destructor asks Python (for our widgets' overrides) while holding
        # Qt's connection lock: a report laid out on a worker thread that holds Python and
        # needs that lock then waited forever (a hang seen about once in ten print runs).
        self.setAnimated(False)
        self.store = store or SettingsStore()
        self.settings, settings_notice = self.store.load()
        self.hand_store = HandStore(self.store.directory)  # links made by hand, kept per pair of texts
        # The documents, the comparison on screen, the hand-made links and the jobs (session.py).
        self.session = Session()
        self.selected_key: str | None = None
        # The selected unique sentence's closest unlinked counterpart: (its side, its id, the note).
        self.near_target: Near | None = None
        # Where the selected passage was clicked (its side, the offset): the sentence a hand-made link starts at.
        self.clicked_at: tuple[Side, int] | None = None
        self._select_after: tuple[Side, int] | None = None  # a passage to select once compared again
        self.active_side = Side.A
        self._panels_pending: Marks | None = None
        self._side_panel_away: list[QDockWidget] = []  # docks put away because the window is narrow
        self._default_point_size = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()

        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.actions = make_actions(self)
        self._build_views()
        self._build_docks()
        build_menus(self)
        self._build_status()
        self._connect()
        self._apply_settings()
        self.set_active_side(Side.A)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)
        # A document's file that is gone (deleted, or mid-way through a save that deletes and
        # writes again, as git checkout does) is looked for each second until it is back.
        self.missing: set[str] = set()
        self.missing_timer = QTimer(self)
        self.missing_timer.setInterval(1000)
        self.missing_timer.timeout.connect(self._look_for_missing)
        self._update_title()
        self._update_enabled()
        self.panes[Side.A].setFocus()  # typing and find start in A, not on a legend switch
        self._welcome = False  # the first-run hint is on the info bar
        if settings_notice:
            self.info.show_message(settings_notice)
        else:
            self.show_welcome()

    # --- the session's state, as the views and tests read it -----------------------------------
    @property
    def docs(self) -> dict[Side, Document | None]:
        return self.session.docs

    @docs.setter
    def docs(self, docs: dict[Side, Document | None]) -> None:
        self.session.docs = docs

    @property
    def comparison(self) -> Comparison | None:
        return self.session.comparison

    @property
    def marks(self) -> Marks | None:
        return self.session.marks

    @property
    def hand(self) -> HandLinks:
        return self.session.hand

    @property
    def load_jobs(self) -> dict[Side, Job | None]:
        return {side: self.session.jobs.get(side) for side in Side}

    @property
    def compare_job(self) -> Job | None:
        return self.session.jobs.get(COMPARE)

    @property
    def export_job(self) -> Job | None:
        return self.session.jobs.get(EXPORT)

    # --- construction --------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.views = {side: DocumentView(side) for side in Side}
        self.panes = {side: view.pane for side, view in self.views.items()}
        self.gutter = Gutter(self.panes[Side.A], self.panes[Side.B])
        self.scroll_sync = ScrollSync(self.panes, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.views[Side.A])
        self.splitter.addWidget(self.gutter)
        self.splitter.addWidget(self.views[Side.B])
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setHandleWidth(3)
        self.info = InfoBar()
        self.summary = SummaryBar()
        self.find_bar = FindBar(self.panes)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.info)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        for side, pane in self.panes.items():
            pane.tooltip_provider = lambda offset, s=side: self.tooltip_for(s, offset)

    def _build_docks(self) -> None:
        self.link_list = LinkList()
        self.quotes = QuotesPanel()
        # A small minimum lets the window narrow past the panel's comfort: _fit_side_panel then
        # puts the panel away instead of the window refusing to shrink.
        for panel in (self.link_list, self.quotes):
            panel.setMinimumWidth(40)
        self.link_dock = QDockWidget("Passages", self)
        self.link_dock.setObjectName("passages-dock")
        self.link_dock.setWidget(self.link_list)
        self.quote_dock = QDockWidget("Quotations", self)
        self.quote_dock.setObjectName("quotes-dock")
        self.quote_dock.setWidget(self.quotes)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.link_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.quote_dock)
        self.tabifyDockWidget(self.link_dock, self.quote_dock)
        self.link_dock.raise_()

    def _build_status(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(300)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName("Progress")
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setDefaultAction(self.actions.cancel)
        self.cancel_button.setAccessibleName("Cancel the running work")
        self.cancel_button.hide()
        # The sensitivity of the comparison on screen stays in view (the summary drops it when narrow).
        self.sensitivity_label = QLabel()
        self.sensitivity_label.setAccessibleName("Sensitivity of this comparison")
        self.sensitivity_label.hide()
        self.sensitivity_slider = SensitivitySlider()
        # With nothing compared, the slider still needs its name.
        self.sensitivity_caption = QLabel("Sensitivity")
        self.sensitivity_caption.setBuddy(self.sensitivity_slider)
        self.statusBar().addPermanentWidget(self.sensitivity_label)
        self.statusBar().addPermanentWidget(self.sensitivity_caption)
        self.statusBar().addPermanentWidget(self.sensitivity_slider)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    def _connect(self) -> None:
        a = self.actions
        a.open_a.triggered.connect(lambda: self.open_dialog(Side.A))
        a.open_b.triggered.connect(lambda: self.open_dialog(Side.B))
        a.open_address.triggered.connect(self.open_address_dialog)
        a.reload.triggered.connect(self.reload)
        a.swap.triggered.connect(self.swap)
        a.export_json.triggered.connect(self.export_json)
        a.export_report.triggered.connect(self.export_report)
        a.print.triggered.connect(self.print_report)
        a.quit.triggered.connect(self.close)
        a.copy.triggered.connect(self.copy)
        a.copy_passage.triggered.connect(self.copy_passage)
        a.select_all.triggered.connect(lambda: self._focused_pane().selectAll())
        a.find.triggered.connect(self.open_find)
        a.find_next.triggered.connect(lambda: self._find(True))
        a.find_previous.triggered.connect(lambda: self._find(False))
        a.next_divergence.triggered.connect(lambda: self.navigate(DIVERGENCE, True))
        a.previous_divergence.triggered.connect(lambda: self.navigate(DIVERGENCE, False))
        a.next_passage.triggered.connect(lambda: self.navigate(None, True))
        a.previous_passage.triggered.connect(lambda: self.navigate(None, False))
        a.next_unique.triggered.connect(lambda: self.navigate(UNIQUE, True))
        a.previous_unique.triggered.connect(lambda: self.navigate(UNIQUE, False))
        a.go_to_near.triggered.connect(self.go_to_near)
        a.link_near.triggered.connect(self.link_near)
        a.start_link.triggered.connect(self.start_link)
        a.finish_link.triggered.connect(self.finish_link)
        a.remove_link.triggered.connect(self.remove_link)
        a.forget_links.triggered.connect(self.forget_links)
        a.undo.triggered.connect(self.undo_hand)
        a.redo.triggered.connect(self.redo_hand)
        a.show_furniture.toggled.connect(self.set_show_furniture)
        a.sync_scroll.toggled.connect(self.set_sync_scroll)
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.cancel.triggered.connect(self.cancel_work)
        a.sensitivity.triggered.connect(self._on_sensitivity)
        self.sensitivity_slider.chosen.connect(self.set_sensitivity)
        self.sensitivity_slider.previewed.connect(
            lambda v: self.statusBar().showMessage(f"Compare with {sensitivity_text(v)}…", 3000))
        a.about.triggered.connect(self.about)
        for side, view in self.views.items():
            view.pane.context_actions = [a.copy_passage, a.go_to_near, None, a.link_near, a.start_link,
                                         a.finish_link, a.remove_link]
            view.file_dropped.connect(lambda path, s=side: self.load(s, path))
            view.pane.passage_clicked.connect(lambda offset, s=side: self.on_passage_clicked(s, offset))
        self.gutter.band_clicked.connect(lambda key: self.select_item(key, reveal=(Side.A, Side.B)))
        self.gutter.context_actions = [a.copy_passage, a.remove_link]
        self.link_list.item_chosen.connect(lambda key: self.select_item(key, reveal=(Side.A, Side.B)))
        # A right-click chooses the row under it, then offers the commands on a passage.
        self.link_list.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.link_list.view.addActions([a.copy_passage, a.go_to_near, a.link_near, a.remove_link])
        self.link_list.counts_changed.connect(lambda *_: self.link_dock.setWindowTitle(self.link_list.title()))
        self.quotes.quote_chosen.connect(self.show_quote)
        self.summary.kinds_toggled.connect(self.set_hidden_kinds)
        self.info.action.connect(self._on_info_action)
        self.find_bar.closed.connect(lambda: self.panes[self.active_side].setFocus())
        self.find_bar.found_in.connect(self.set_active_side)

    def _apply_settings(self) -> None:
        s = self.settings
        forced = window_size_from_env()
        if forced is not None:
            self.resize(*forced)
        elif s.geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.geometry.encode()))
        else:
            screen = QApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else None
            if room is not None:
                self.resize(min(1600, room.width()), min(1000, room.height()))
            else:
                self.resize(1480, 900)
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode()))
        else:
            # The side list gets what the documents can spare (they keep 60 characters each).
            spare = self.width() - self._documents_width() * 3 // 2
            self.resizeDocks([self.link_dock], [max(SIDE_PANEL_MIN_WIDTH, min(460, spare))],
                             Qt.Orientation.Horizontal)
        if len(s.splitter_sizes) == 3 and all(s.splitter_sizes):
            self.splitter.setSizes(s.splitter_sizes)
        else:
            self.splitter.setSizes([600, 80, 600])
        if s.font_size:
            self._set_font_size(s.font_size)
        self.actions.show_furniture.setChecked(s.show_furniture)
        self.actions.sync_scroll.setChecked(s.sync_scroll)
        self.set_sync_scroll(s.sync_scroll)
        self.set_show_furniture(s.show_furniture)
        self._check_sensitivity_preset()
        self._update_recent_menus()

    def save_settings(self) -> str | None:
        """Save the settings and the window's layout; the error, if they could not be saved."""
        s = self.settings
        s.geometry = bytes(self.saveGeometry().toBase64()).decode()
        s.splitter_sizes = [int(x) for x in self.splitter.sizes()]
        # A panel put away for a narrow window is saved as shown: the next, wider window wants it.
        away = [d for d in self._side_panel_away if d.isHidden()]
        for dock in away:
            dock.show()
        s.window_state = bytes(self.saveState().toBase64()).decode()
        for dock in away:
            dock.hide()
        return self.store.save(s)

    # --- documents ------------------------------------------------------------------------------
    def open_paths(self, paths: list[str]) -> None:
        """Open up to two paths: the first as A, the second as B."""
        for side, path in zip(Side, paths):
            self.load(side, path)

    def open_dialog(self, side: Side) -> None:
        start = self.settings.last_open_dir or document_dir(self.docs, side, side.other) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, f"Open document {side.value.upper()}", start, open_filter())
        if path:
            self.settings.last_open_dir = str(Path(path).parent)
            self.load(side, path)

    def open_address_dialog(self) -> None:
        """Ask for a web address for A, B or both, then fetch them on the worker thread."""
        from kompare.gui.address_dialog import AddressDialog

        dialog = AddressDialog(self.active_side, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_addresses(dialog.addresses())

    def open_addresses(self, addresses: dict[Side, str]) -> None:
        """Fetch each side's address; a side whose fetch fails keeps what it shows."""
        for side in Side:
            if side in addresses:
                self.load(side, addresses[side])

    def config(self) -> CompareConfig:
        return CompareConfig(sensitivity=self.sensitivity())

    def sensitivity(self) -> float:
        """The sensitivity comparisons run with: this session's (from the command line), else the saved one."""
        return self.session.sensitivity(self.settings.sensitivity)

    def use_sensitivity(self, value: float) -> None:
        """Compare with ``value`` for this session only (``kompare A B --sensitivity 0.7``); not saved."""
        self.session.override_sensitivity(value)
        self._check_sensitivity_preset()
        self.statusBar().showMessage(f"Comparing with {sensitivity_text(self.sensitivity())} "
                                     "(from the command line).", 6000)

    def _check_sensitivity_preset(self) -> None:
        """Tick the menu's preset equal to the sensitivity in use, or none when it is another value;
        the slider shows the value."""
        value = self.sensitivity()
        group = self.actions.sensitivity
        group.setExclusionPolicy(group.ExclusionPolicy.ExclusiveOptional)
        for act in group.actions():
            act.setChecked(abs(act.data() - value) < 1e-9)
        self.sensitivity_slider.set_value(value)

    def set_sensitivity(self, value: float) -> None:
        """Compare with ``value`` from now on (saved); the documents on screen are compared again."""
        before = self.sensitivity()
        # (Against the comparison on screen: one at the new value may have been cancelled.)
        shown = self.comparison.sensitivity if self.comparison is not None else before
        self.settings.sensitivity = min(1.0, max(0.0, float(value)))
        self.session.override_sensitivity(None)
        self._check_sensitivity_preset()
        if abs(self.settings.sensitivity - shown) > 1e-9 and self.session.ready:
            self.start_compare()

    def load(self, side: Side, path: str) -> None:
        """Read ``path`` off the GUI thread; it replaces side ``side`` only when it reads cleanly."""
        self.session.jobs.cancel(side)
        config = self.config()
        self.views[side].header.loading(path)
        verb = "Fetching" if is_address(path) else "Reading"
        self._busy(f"{verb} {source_name(path)}…", determinate=False)
        self.session.jobs.put(side, run_job(
            lambda progress, should_cancel: backend.load_document(path, config, should_cancel),
            tag=(side, path), on_success=self._on_loaded, on_failure=self._on_load_failed,
        ))

    def _on_loaded(self, job: Job, doc: Document) -> None:
        side, path = job.tag
        if not self.session.jobs.finish(side, job):
            return  # a newer load for this side replaced this one
        self.session.opened(side, doc, path)
        if self._welcome:  # a document is open: the hint has done its job
            self._welcome = False
            self.info.hide()
        self.settings.add_recent(self.docs[side].path or path)  # (a file: address is kept as its path)
        self._update_recent_menus()
        self._watch()
        # The old comparison described the old text: its highlights go until the new one lands.
        self._set_comparison(None)
        self._idle()
        if self.session.ready:
            self.start_compare()
        else:
            self.statusBar().showMessage(f"Opened {source_name(path)}; now open the other document.", 6000)

    def _on_load_failed(self, job: Job, error: BaseException) -> None:
        side, path = job.tag
        if not self.session.jobs.finish(side, job):
            return
        self._idle()
        self.views[side].header.set_document(self.docs[side])
        reason = error.reason if isinstance(error, InputError) else f"{type(error).__name__}: {error}"
        if path in self.settings.recent_files and not is_address(path) and not os.path.lexists(path):
            self.settings.recent_files.remove(path)  # (gone: Open Recent no longer offers it)
            self._update_recent_menus()
        self._error(f"Cannot open {source_name(path)}", f"kompare could not open\n{path}\n\n{reason}\n\n"
                    "The documents on screen are unchanged.")

    def reload(self) -> None:
        """Read both documents again from disk."""
        for side in Side:
            doc = self.docs[side]
            if doc is not None and doc.path:
                self.load(side, doc.path)

    def swap(self) -> None:
        """A goes right, B goes left; the comparison is mirrored, not recomputed (but for one
        running: a new link by hand, a new sensitivity; it runs again, swapped)."""
        running = self.compare_job is not None
        mirrored = self.session.swap()
        self._set_comparison(mirrored)
        for side in Side:  # a document still being read lands on the side its side went to
            job = self.session.jobs.get(side)
            if job is not None:
                job.tag = (side, job.tag[1])
                self.views[side].header.loading(job.tag[1])
        if (mirrored is None or running) and self.session.ready:
            self.start_compare()
        elif mirrored is not None:
            self.statusBar().showMessage("A and B swapped.", 4000)  # (the last counts named the sides the other way)

    # --- comparing --------------------------------------------------------------------------------
    def start_compare(self) -> None:
        """Compare the two documents off the GUI thread; a newer start cancels this one."""
        generation = self.session.start_comparing()
        a, b, config = self.docs[Side.A], self.docs[Side.B], self.config()
        reader, store = self.hand.reader, self.hand_store

        def work(progress, should_cancel):
            # No decision in hand yet for these documents: those kept from an earlier session, if any.
            decided = reader or store.load(a.text, b.text)
            comparison = backend.compare(a, b, config=config, progress=progress, should_cancel=should_cancel,
                                         reader=decided)
            progress(1.0, "Preparing the view")
            return comparison, backend.prepare(comparison)

        self._busy("Comparing…", determinate=True)
        self.session.jobs.put(COMPARE, run_job(work, tag=generation, on_success=self._on_compared,
                                               on_failure=self._on_compare_failed, on_progress=self._on_progress))

    def _on_compared(self, job: Job, result) -> None:
        if not self.session.is_current(job.tag) or not self.session.jobs.finish(COMPARE, job):
            return  # stale: a newer comparison was started since
        comparison, marks = result
        self._idle()
        restored = bool(comparison.reader) and not self.hand.reader
        if restored:
            self.hand.reader = comparison.reader
        self._set_comparison(comparison, marks)
        c = marks.counts()
        hand = reader_text(comparison.reader)
        if restored:
            hand += " (kept from before: Compare ▸ Forget Links Made by Hand undoes them)"
        counts = (f"{count_of('agreement', c['agreement'])}, {count_of('divergence', c['divergence'])}, "
                  + (f"{count_of('partial', c['partial'])}, " if c['partial'] else ""))
        full = (f"Compared: {counts}{c['unique_a']} unique in A, {c['unique_b']} unique in B; "
                f"{sensitivity_text(comparison.sensitivity)}" + (f"; {hand}." if hand else "."))
        # A narrow window keeps the counts whole, first: the sensitivity is in view beside them.
        short = f"{counts}unique: {c['unique_a']} in A, {c['unique_b']} in B" + (f"; {hand}." if hand else ".")
        same = same_text_note(comparison)
        if same:  # (one file chosen twice: say so before the counts)
            full = short = f"{same} {full}"
        self.statusBar().showMessage(full if self._status_room() >= self.fontMetrics().horizontalAdvance(full)
                                     else short[:1].upper() + short[1:], 8000)
        if self._select_after is not None:  # (a link made or removed by hand: show where)
            side, offset = self._select_after
            self._select_after = None
            self.on_passage_clicked(side, offset)

    def _status_room(self) -> int:
        """Pixels the status bar leaves for a message beside its permanent widgets."""
        bar = self.statusBar()
        taken = sum(w.width() + 8 for w in (self.sensitivity_label, self.sensitivity_caption, self.sensitivity_slider,
                                            self.progress, self.cancel_button) if w.isVisible())
        return bar.width() - taken - 24

    def _on_compare_failed(self, job: Job, error: BaseException) -> None:
        if not self.session.is_current(job.tag):
            return
        self.session.jobs.finish(COMPARE, job)
        self._idle()
        self._update_hand_actions()
        if isinstance(error, Cancelled):
            self.statusBar().showMessage("Comparison cancelled.", 5000)
            return
        self._error("Comparison failed", f"The comparison stopped with an error:\n\n{type(error).__name__}: {error}")

    def _on_progress(self, job: Job, fraction: float, message: str) -> None:
        if job is self.compare_job or job is self.export_job:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            # One line in the bar ("Splitting B into sentences and quotations" wrapped in two), whole in its tip.
            metrics = self.progress.fontMetrics()
            room = self.progress.width() - metrics.horizontalAdvance(" 100%") - 16
            shown = metrics.elidedText(message, Qt.TextElideMode.ElideRight, max(room, 0)) if message else ""
            self.progress.setFormat(f"{shown} %p%" if shown else "%p%")
            self.progress.setToolTip(rich(message) if message else "")

    def cancel_work(self) -> None:
        """Stop whatever runs: the comparison, a load, an export."""
        if not self.session.jobs.busy:
            return
        for side in self.session.cancel_all():
            self.views[side].header.set_document(self.docs[side])
        self._idle()
        self._update_hand_actions()  # (a link made by hand, its comparison cancelled, can be undone)
        if not self.session.jobs.busy:  # (an export that had written its file says so itself)
            self.statusBar().showMessage("Cancelled.", 4000)

    def _busy(self, message: str, *, determinate: bool) -> None:
        self.statusBar().showMessage(message)
        self.progress.setRange(0, 1000 if determinate else 0)
        self.progress.setValue(0)
        self.progress.setFormat(message)
        self.progress.show()
        self.cancel_button.show()
        self.actions.cancel.setEnabled(True)

    def _idle(self) -> None:
        if self.session.jobs.busy:
            return
        self.progress.hide()
        self.cancel_button.hide()
        self.actions.cancel.setEnabled(False)
        self.statusBar().clearMessage()

    def show_comparison(self, comparison: Comparison) -> None:
        """Show a finished comparison (its documents become A and B)."""
        self.session.jobs.cancel(COMPARE)
        self._set_comparison(comparison)

    def _set_comparison(self, comparison: Comparison | None, marks: Marks | None = None) -> None:
        """Show ``comparison`` (or just the loaded documents) in every view."""
        if comparison is not None and marks is None:
            marks = backend.prepare(comparison)
        self.session.show(comparison, marks)
        self.selected_key, self.near_target = None, None
        if comparison is not None and self._welcome:  # documents are on screen: the hint is done
            self._welcome = False
            self.info.hide()
        for side in Side:
            if comparison is not None:
                seg = comparison.doc(side)
                self.views[side].show_document(seg.document, seg.excluded, marks.sides[side])
            else:
                doc = self.docs[side]
                self.views[side].show_document(doc, doc.excluded if doc else ())
        self.gutter.set_marks(marks)
        self.scroll_sync.set_marks(marks)
        self._show_sensitivity(comparison)
        self._update_title()
        self._update_enabled()
        # The panels follow in a later turn of the event loop, so no single pause grows long.
        self._panels_pending = marks
        QTimer.singleShot(0, self._fill_panels)

    def _show_sensitivity(self, comparison: Comparison | None) -> None:
        """Name, in the status bar, the sensitivity the comparison on screen ran with."""
        label = self.sensitivity_label
        label.setVisible(comparison is not None)
        self.sensitivity_caption.setVisible(comparison is None)
        if comparison is None:
            return
        text = sensitivity_text(comparison.sensitivity)
        label.setText(text[0].upper() + text[1:])
        session = self.session.overridden_for(comparison)
        label.setToolTip(f"Compared with {text}" + (" (from the command line, for this session only)" if session else "")
                         + ". Compare ▸ Sensitivity changes it: higher links looser paraphrases.")

    def _fill_panels(self) -> None:
        marks = self._panels_pending
        if marks is not self.marks:
            return  # a newer comparison (or none) is on screen now
        self.link_list.set_marks(marks)
        QTimer.singleShot(0, self._fill_small_panels)

    def _fill_small_panels(self) -> None:
        marks = self._panels_pending
        if marks is not self.marks:
            return
        self.quotes.set_marks(marks)
        rows = len(marks.quote_rows) if marks is not None else 0
        self.quote_dock.setWindowTitle(f"Quotations ({rows})" if marks is not None else "Quotations")
        # The summary in a turn of its own: with thousands of quotations the two together
        # held the window for about 80 ms.
        QTimer.singleShot(0, self._fill_summary)

    def _fill_summary(self) -> None:
        marks = self._panels_pending
        if marks is not self.marks:
            return
        self._panels_pending = None
        self.summary.set_marks(marks)
        self.link_dock.setWindowTitle(self.link_list.title())
        if self.selected_key is not None:
            self.link_list.show_key(self.selected_key)

    # --- selection and navigation ---------------------------------------------------------------
    def on_passage_clicked(self, side: Side, offset: int) -> None:
        self.set_active_side(side)
        self.clicked_at = (side, offset)
        if self.marks is None:
            return
        item = self.marks.item_at(side, offset)
        if item is None:
            self.select_item(None)
        else:
            # Every link of the clicked sentence shows (bands, counterparts); the deciding one leads.
            self.select_item(item.key, related=self.marks.keys_at(side, offset), reveal=(side.other,), at=offset)

    def select_item(self, key: str | None, *, related: tuple[str, ...] = (),
                    reveal: tuple[Side, ...] = (), at: int | None = None) -> None:
        """Emphasise an item (and ``related`` ones) in both panes, the gutter and the list; scroll ``reveal`` sides."""
        self.selected_key = key
        if at is None:
            self.clicked_at = None  # (chosen in the list, the gutter or by navigation: no sentence clicked)
        for pane in self.panes.values():
            pane.select_key(key, related)
        self.gutter.select_key(key, related)
        self.link_list.show_key(key)
        self.near_target = None
        self.actions.copy_passage.setEnabled(key is not None and self.marks is not None)
        if key is None or self.marks is None:
            self.actions.go_to_near.setEnabled(False)
            self._update_hand_actions()
            return
        self.near_target = self.near_at(self.marks.items[key], at)
        self.actions.go_to_near.setEnabled(self.near_target is not None)
        self._update_hand_actions()
        item = self.marks.items[key]
        with self.scroll_sync.paused():  # each end is revealed on its own: no pane drags the other
            for side in reveal:
                rng = item.range(side)
                if rng is not None:
                    self.panes[side].reveal(*rng)
        others = len(set(related) - {key})
        more = f" The sentence is in {others + 1} links; all are shown." if others else ""
        self.statusBar().showMessage(self.describe(item) + more, 10000)

    def near_at(self, item: Item, at: int | None = None) -> Near | None:
        """The closest unlinked counterpart of a unique run's sentence at ``at`` (else its first that has one)."""
        return near_of(self.comparison, item, at)

    def _near_key(self) -> str:
        """'Ctrl+J goes there': how to reach the closest passage."""
        keys = self.actions.go_to_near.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{keys} goes there" if keys else "Go > Go to Closest Passage goes there"

    def go_to_near(self) -> None:
        """Select and show the closest unlinked counterpart of the selected unique sentence."""
        if self.near_target is None or self.marks is None:
            return
        side, sid, _ = self.near_target
        sentence = self.comparison.doc(side).sentences[sid]
        item = self.marks.item_at(side, sentence.start)
        self.set_active_side(side)
        self.clicked_at = (side, sentence.start)
        self.select_item(item.key if item else None, related=self.marks.keys_at(side, sentence.start),
                         at=sentence.start)
        self._show_text(side, sentence.start, sentence.end)
        what = self.describe(item) if item else ""
        self.statusBar().showMessage(f"The closest passage in {side.value.upper()}, not a link. {what}", 10000)

    def copy(self) -> None:
        """Edit ▸ Copy: the selected text of a document, or, from the Passages list, its chosen passage."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.link_list.view or self.link_list.view.isAncestorOf(focus)):
            self.copy_passage()
        else:
            self._focused_pane().copy()

    def copy_passage(self) -> None:
        """Put the selected passage, its counterpart and what differs on the clipboard, as plain text."""
        if self.selected_key is None or self.marks is None:
            return
        item = self.marks.items[self.selected_key]
        QApplication.clipboard().setText(clipboard_text(item, self.comparison, self.near_target))
        self.statusBar().showMessage("Copied the passage" + (", its counterpart" if item.link else "")
                                     + " and what the comparison says of it.", 5000)

    # --- links made by hand ------------------------------------------------------------------------
    def set_active_side(self, side: Side) -> None:
        """The document that navigation and find start in; its header is marked."""
        self.active_side = side
        for s, view in self.views.items():
            view.header.set_active(s is side)

    def set_hidden_kinds(self, kinds: set[str]) -> None:
        """Hide the highlights of ``kinds`` (the legend's switches) in panes, gutter and overviews."""
        for view in self.views.values():
            view.pane.hidden_kinds = set(kinds)
            view.pane.refresh_highlights()
            view.overview.set_hidden_kinds(kinds)
        self.gutter.set_hidden_kinds(kinds)
        shown = [look_of(k).plural for k in ("agreement", "divergence", "partial", "unique") if k not in kinds]
        self.statusBar().showMessage("Showing " + (", ".join(shown) if shown else "no highlights") + ".", 5000)

    def describe(self, item: Item) -> str:
        """'Divergence: number: 23 → 25 (similarity 0.70, link confidence 0.93)', 'Partial: both say …', or 'Unique to A.'."""
        near = None
        if item.kind == UNIQUE:
            near = self.near_at(item) if item.key != self.selected_key else self.near_target
        return status_line(item, self.comparison, near, self._near_key())

    def anchor(self, side: Side) -> int:
        """Where navigation starts: the selected item's start, else just above the screen."""
        if self.selected_key and self.marks is not None:
            rng = self.marks.items[self.selected_key].range(side)
            if rng is not None:
                return rng[0]
        return self.panes[side].first_visible_offset() - 1

    def navigate(self, kind: str | None, forward: bool) -> Item | None:
        """Go to the next (or previous) passage of ``kind`` (None: any kind) in the active document."""
        if self.marks is None:
            return None
        side = self.active_side
        if not self.marks.has(kind, side):
            side = side.other  # nothing of that kind here: walk the other document
        item, wrapped = self.marks.step(kind, side, self.anchor(side), forward, current=self.selected_key)
        if item is None:
            self.statusBar().showMessage(f"No {look_of(kind).plural if kind else 'passages'}.", 4000)
            return None
        self.select_item(item.key, reveal=(Side.A, Side.B))
        where = f"In {side.value.upper()}: "
        if wrapped:
            where += f"wrapped around to the {'beginning' if forward else 'end'}. "
        self.statusBar().showMessage(where + self.describe(item), 8000)
        return item

    def show_quote(self, row: QuoteRow) -> None:
        """Scroll both panes to a quotation and its counterpart, selecting the quoted words.

        The passage holding the quotation becomes the selected one, so the panes, gutter, list
        and status bar no longer speak of whatever was selected before.
        """
        if self.marks is not None:
            held = next((self.marks.item_at(side, q.start) for side in Side
                         if (q := row.quote(side)) is not None and self.marks.item_at(side, q.start)), None)
            self.select_item(held.key if held is not None else None)
        for side in Side:
            quote = row.quote(side)
            if quote is not None:
                self._show_text(side, quote.start, quote.end)
            else:  # (the words of a quotation chosen before would stay selected there)
                cursor = self.panes[side].textCursor()
                cursor.clearSelection()
                self.panes[side].setTextCursor(cursor)
        speakers = [f"{q.speaker or 'unattributed'} in {side.value.upper()}"
                    for side in Side if (q := row.quote(side)) is not None]
        self.statusBar().showMessage(f"Quotation, {match_label(row)}: " + "; ".join(speakers) + ".", 10000)

    def _show_text(self, side: Side, start: int, end: int) -> None:
        """Scroll one pane to a document range and select its words (the other pane stays)."""
        pane = self.panes[side]
        with self.scroll_sync.paused():
            pane.reveal(start, end)
        cursor = pane.textCursor()
        cursor.setPosition(pane.map.to_display(start))
        cursor.setPosition(pane.map.to_display(end, end=True), cursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)

    def tooltip_for(self, side: Side, offset: int) -> str | None:
        """Counterparts and typed changes of the sentence under the mouse, one block per link (rich text)."""
        return tooltip(self.marks, side, offset)

    # --- view ------------------------------------------------------------------------------------
    def set_show_furniture(self, show: bool) -> None:
        self.settings.show_furniture = show
        for pane in self.panes.values():
            pane.set_show_furniture(show)

    def set_sync_scroll(self, on: bool) -> None:
        """Scroll the panes together (linked passages kept level) or each on its own."""
        self.settings.sync_scroll = on
        self.scroll_sync.enabled = on
        if on:
            self.scroll_sync.follow(self.active_side)

    def font_size(self) -> float:
        return self.panes[Side.A].font().pointSizeF()

    def _set_font_size(self, size: float) -> None:
        for pane in self.panes.values():
            pane.zoom_to(size)

    def zoom(self, step: int) -> None:
        """Grow (+1) or shrink (-1) the text, or (0) go back to the default size."""
        size = (self._default_point_size if step == 0
                else min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, self.font_size() + step)))
        self._set_font_size(size)
        self.settings.font_size = 0.0 if step == 0 else size
        self.statusBar().showMessage(f"Text size {size:g} pt", 2000)

    def _focused_pane(self):
        focus = QApplication.focusWidget()
        for side, pane in self.panes.items():
            if focus is pane or (focus is not None and pane.isAncestorOf(focus)):
                self.active_side = side
        return self.panes[self.active_side]

    def open_find(self) -> None:
        self.find_bar.open_for(self._focused_pane())

    def _find(self, forward: bool) -> None:
        if self.find_bar.target is None or not self.find_bar.field.text():
            self.open_find()
            return
        self.find_bar.show()
        self.find_bar.find(forward=forward)

    def _on_sensitivity(self, act) -> None:
        if not act.isChecked():  # the ticked preset clicked again: it stays the one in use
            act.setChecked(True)
        self.set_sensitivity(float(act.data()))

    # --- files on disk -----------------------------------------------------------------------------
    def _watch(self) -> None:
        files = {d.path for d in self.docs.values() if d is not None and d.path and not is_address(d.path)}
        present = {p for p in files if Path(p).exists()}
        current = self.watcher.files()
        if current:
            self.watcher.removePaths(current)
        if present:
            self.watcher.addPaths(sorted(present))
        back = sorted(self.missing & present)
        self.missing = files - present
        if self.missing:
            self.missing_timer.start()
        else:
            self.missing_timer.stop()
        for path in back:  # written again since it went missing: a change
            self._on_file_changed(path)

    def _look_for_missing(self) -> None:
        if any(Path(p).exists() for p in self.missing):
            self._watch()

    def _on_file_changed(self, path: str) -> None:
        for side in Side:
            doc = self.docs[side]
            if doc is not None and doc.path and Path(doc.path) == Path(path):
                self.session.changed_on_disk.add(side)
        if not self.session.changed_on_disk:
            return
        changed = sorted(self.session.changed_on_disk, key=lambda s: s.value)
        gone = [s for s in changed if not Path(self.docs[s].path).exists()]
        here = [s for s in changed if s not in gone]
        said = []
        if here:
            said.append(f"{', '.join(Path(self.docs[s].path).name for s in here)} changed on disk.")
        if gone:
            said.append(f"{', '.join(Path(self.docs[s].path).name for s in gone)} "
                        f"{'was' if len(gone) == 1 else 'were'} deleted or moved (the text on screen is the one "
                        "read before).")
        self.info.show_message(" ".join(said), [("reload", "Reload")] if here else [])
        # Editors often save by replacing the file, which drops it from the watcher: watch again.
        QTimer.singleShot(200, self._watch)

    def show_welcome(self) -> None:
        """The empty window's hint: how to start, what the colours mean, and an example one click away."""
        self.examples = example_pair()
        actions = [("example", "Try an example")] if self.examples else []
        self.info.show_message(
            "Open two documents: File ▸ Open A… (Ctrl+O) and Open B… (Ctrl+Shift+O), drop them on "
            f"the panes, or open web addresses (Ctrl+L). Then {colour_key()}.", actions)
        self._welcome = True

    def _on_info_action(self, action: str) -> None:
        was_welcome, self._welcome = self._welcome, False
        if action == "example" and was_welcome and self.examples:
            self.open_paths(list(self.examples))
            return
        if action == "reload":
            for side in sorted(self.session.changed_on_disk, key=lambda s: s.value):
                if Path(self.docs[side].path).exists():  # (one deleted meanwhile keeps its text on screen)
                    self.load(side, self.docs[side].path)
        self.session.changed_on_disk.clear()

    # --- export ----------------------------------------------------------------------------------

    # --- misc --------------------------------------------------------------------------------------
    def _error(self, title: str, text: str) -> None:
        """A warning dialog; ``text`` names files and errors, so it is shown literally."""
        QMessageBox.warning(self, title, rich(text))

    def _update_recent_menus(self) -> None:
        for side, menu in self.recent_menus.items():
            menu.clear()
            for path in self.settings.recent_files:
                act = menu.addAction(source_name(path).replace("&", "&&"))  # '&' is not a mnemonic
                act.setToolTip(rich(path))
                act.setStatusTip(path)
                act.triggered.connect(lambda _=False, p=path, s=side: self.load(s, p))
            menu.setEnabled(bool(self.settings.recent_files))

    def _update_title(self) -> None:
        self.setWindowTitle(self.session.title())

    def _update_enabled(self) -> None:
        compared = self.comparison is not None
        a = self.actions
        for act in (a.next_passage, a.previous_passage, a.next_divergence, a.previous_divergence,
                    a.next_unique, a.previous_unique,
                    a.export_json, a.export_report, a.print):
            act.setEnabled(compared)
        a.go_to_near.setEnabled(compared and self.near_target is not None)
        a.copy_passage.setEnabled(compared and self.selected_key is not None)
        self._update_hand_actions()
        a.swap.setEnabled(any(self.docs.values()))
        a.reload.setEnabled(any(d is not None and d.path for d in self.docs.values()))
        a.cancel.setEnabled(self.session.jobs.busy)

    def about(self) -> None:
        QMessageBox.about(
            self, "About kompare",
            f"<h3>kompare {__version__}</h3><p>Puts two documents side by side and shows where they "
            "agree, where they diverge (numbers, dates, names, negations, quotes, speakers, hedges) "
            "and what only one of them says.</p>")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            scheme = scheme_for(self.palette())
            self.gutter.set_scheme(scheme)
            for view in self.views.values():
                view.overview.set_scheme(scheme)
                view.pane.set_scheme(scheme)

    def dragEnterEvent(self, event) -> None:
        if dropped_sources(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """Files (or links) dropped outside the panes: two fill A and B, one fills the empty side."""
        files = dropped_sources(event.mimeData())
        if not files:
            return
        event.acceptProposedAction()
        if len(files) >= 2:
            self.open_paths(files[:2])
        else:
            side = Side.B if self.docs[Side.A] is not None and self.docs[Side.B] is None else Side.A
            self.load(side, files[0])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_side_panel()

    def setVisible(self, visible: bool) -> None:
        # Before Qt lays the window out: a panel that does not fit must not widen a small window.
        if visible:
            self._fit_side_panel()
        super().setVisible(visible)

    def _documents_width(self) -> int:
        """The width the two documents need to stay readable (gutter and handles included)."""
        views = sum(view.minimumSizeHint().width() for view in self.views.values())
        return views + self.gutter.minimumWidth() + 2 * self.splitter.handleWidth() + 8

    def _fit_side_panel(self) -> None:
        """Put the side panel away when it would squeeze the documents; bring it back when there is room.

        The toolbar also drops its labels on a narrow window, so its buttons stay on screen.
        """
        narrow_toolbar = self.width() < NARROW_TOOLBAR_WIDTH
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if narrow_toolbar
                                        else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        docks = [d for d in (self.link_dock, self.quote_dock) if not d.isHidden() and not d.isFloating()]
        room = self.width() - self._documents_width()
        if docks and room < SIDE_PANEL_MIN_WIDTH and not self._side_panel_away:
            self._side_panel_away = docks
            for dock in self._side_panel_away:
                dock.hide()
            self.statusBar().showMessage(SIDE_PANEL_AWAY, 8000)
        elif self._side_panel_away and room >= SIDE_PANEL_MIN_WIDTH + 40:
            for dock in self._side_panel_away:
                dock.show()
            self.link_dock.raise_()
            self._side_panel_away = []
            if self.statusBar().currentMessage() == SIDE_PANEL_AWAY:
                self.statusBar().clearMessage()  # (it is back: the line would say otherwise)

    def decided_by_hand(self, dock: QDockWidget) -> None:
        """The reader showed or hid ``dock``: the narrow-window rule no longer brings it back."""
        if dock in self._side_panel_away:
            self._side_panel_away.remove(dock)

    def closeEvent(self, event) -> None:
        self.cancel_work()
        error = self.save_settings()
        if error:  # (a status line would go with the window: nobody would read it)
            self._error("Settings not saved", f"{error}\n\nThe window's size, the recent files and the "
                        "sensitivity will not be remembered next time.")
        super().closeEvent(event)
