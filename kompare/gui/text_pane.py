"""A read-only text pane that highlights the visible part of a compared document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextCursor, QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QToolTip

from kompare.core.formats import formats_in_words
from kompare.core.model import Document, Excluded, Side
from kompare.gui.marks import SideMarks, SpanIndex, excluded_of
from kompare.gui.offsets import OffsetMap, widen_to_lines
from kompare.gui.palette import Scheme, scheme_for


def dropped_sources(mime) -> list[str]:
    """Local file paths and web addresses (a link dragged from a browser) carried by a drag's mime data."""
    if mime is None or not mime.hasUrls():
        return []
    found = []
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile():
            found.append(str(Path(url.toLocalFile())))
        elif url.scheme().lower() in ("http", "https") and url.host():
            found.append(url.toString())
    return found


#: A pane never gets narrower than this many average characters: below it, lines break mid-phrase.
MIN_PANE_CHARS = 40
#: Texts longer than this are put into a pane piece by piece, one piece per turn of the event
#: loop: setting Vim's 1.6 MB release notes at once held the window for 150-300 ms.
SET_AT_ONCE_CHARS = 200_000
#: Characters added to a text being built per turn of the event loop (about 10 ms).
BUILD_PIECE_CHARS = 32_768


def _same_option(a, b) -> bool:
    """Whether two QTextOptions lay text out alike (they have no ==)."""
    return (a.wrapMode() == b.wrapMode() and a.alignment() == b.alignment() and a.flags() == b.flags()
            and a.tabStopDistance() == b.tabStopDistance() and a.textDirection() == b.textDirection()
            and a.useDesignMetrics() == b.useDesignMetrics())


class _TextBuild:
    """A document text being put into a detached QTextDocument, a piece per event-loop turn."""

    def __init__(self, doc: Document | None, show_furniture: bool, offset_map: OffsetMap,
                 document: QTextDocument, anchor: int | None):
        self.doc, self.show_furniture, self.map, self.document = doc, show_furniture, offset_map, document
        self.anchor = anchor  # document offset to put at the top once shown (None: leave the view)
        self.cursor = QTextCursor(document)
        self.done = 0

    def step(self) -> bool:
        """Add one piece; True once the whole text is in."""
        text = self.map.display_text
        piece = text[self.done:self.done + BUILD_PIECE_CHARS]
        self.cursor.insertText(piece)
        self.done += len(piece)
        return self.done >= len(text)


class TextPane(QPlainTextEdit):
    """Shows one document; highlights are extra selections rebuilt for the visible lines only."""

    passage_clicked = Signal(int)  # document offset
    file_dropped = Signal(str)
    view_changed = Signal()  # scrolled, resized or re-laid out: the gutter and overview follow

    def __init__(self, side: Side, parent=None):
        super().__init__(parent)
        self.side = side
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(self.wordWrapMode())
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setMouseTracking(True)
        self.document().setDocumentMargin(10)
        self.setCursorWidth(0)  # until a document arrives
        self.setAccessibleName(f"Document {side.value.upper()} text")
        self.setAccessibleDescription(
            "Read-only text of document "
            + side.value.upper()
            + "; highlighted passages agree, diverge or are unique"
        )
        self.doc: Document | None = None
        self.marks: SideMarks | None = None
        self.excluded: SpanIndex = SpanIndex([])
        self.show_furniture = True
        self.selected_key: str | None = None
        self.selected_keys: tuple[str, ...] = ()  # the selected item and, for a sentence, all its links
        self.hidden_kinds: set[str] = set()  # kinds the legend switched off
        self.tooltip_provider = None  # callable(offset) -> str | None
        self.context_actions: list = []  # the window's commands on a passage, under the standard menu's (None: a rule)
        self.map = OffsetMap("")
        self.scheme: Scheme = scheme_for(self.palette())
        self._block_tops: dict[int, tuple[float, float]] | None = None
        # Long texts: built documents of the current text, by show_furniture (a toggle swaps them
        # back in at no cost), and the one being built.
        self._built: dict[bool, tuple[OffsetMap, QTextDocument]] = {}
        self._build: _TextBuild | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_step)
        self._replacing = False
        self._refreshing = False
        self._covered: tuple[QTextDocument, int, int] | None = None  # display range the highlights cover
        # Layout is lazy, so even reading a cursor's position can grow the document and fire
        # documentSizeChanged: that path only schedules a refresh, it never recurses.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._on_view_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_view_changed)
        self._connected: QTextDocument | None = None
        self._home = self._new_document()  # the document short texts are set into
        self._adopt(self._home)
        self.updateRequest.connect(self._on_update_request)
        self.set_placeholder()

    # --- content ----------------------------------------------------------------------------
    def set_placeholder(self) -> None:
        self.setPlaceholderText("")

    def set_document(self, doc: Document | None, excluded: tuple[Excluded, ...] = (),
                     marks: SideMarks | None = None) -> None:
        """Show ``doc`` (or nothing), its excluded ranges dimmed, and ``marks`` if compared."""
        old_doc, old_cuts = self.doc, self._cuts()
        self.doc = doc
        self.marks = marks
        self.excluded = marks.excluded if marks is not None else excluded_of(excluded)
        self.selected_key, self.selected_keys = None, ()
        self.setCursorWidth(1 if doc is not None else 0)  # no blinking caret on the invitation
        same = (doc is old_doc or (doc is not None and old_doc is not None and doc.text == old_doc.text))
        if not same:
            self._drop_built()
        if same and self._cuts() == old_cuts:
            # The text on screen stays: setting a megabyte again froze the window for tens
            # of milliseconds a side (and lost the reader's place) when a comparison landed.
            self.refresh_highlights()
        else:
            self._reload_text()

    def _cuts(self) -> list[tuple[int, int, object]]:
        """The excluded ranges taken out of the display (none while furniture shows)."""
        return [] if self.show_furniture else list(self.excluded.entries)

    def set_marks(self, marks: SideMarks | None) -> None:
        """Replace the highlights without touching the text (same document)."""
        self.marks = marks
        if marks is not None:
            self.excluded = marks.excluded
        self.refresh_highlights()

    def set_show_furniture(self, show: bool) -> None:
        if show != self.show_furniture:
            anchor = self.first_visible_offset()
            self.show_furniture = show
            self._reload_text(anchor)

    def text_pending(self) -> bool:
        """True while a long text is still being put into the pane (it shows once complete)."""
        return self._build is not None

    def _new_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDocumentMargin(10)
        document.setDefaultFont(self.font())
        if self._connected is not None:
            document.setDefaultTextOption(self.document().defaultTextOption())
        return document

    def _adopt(self, document: QTextDocument) -> None:
        """Show ``document``; only the shown one's size changes refresh the highlights."""
        old = self.document()
        if old is not document:
            if old is self._connected:
                old.documentLayout().documentSizeChanged.disconnect(self._on_size_changed)
            # Set on a full document, these lay it out again: a built one got them when made.
            if not _same_option(document.defaultTextOption(), old.defaultTextOption()):
                document.setDefaultTextOption(old.defaultTextOption())
            if document.defaultFont() != self.font():
                document.setDefaultFont(self.font())
            self.setDocument(document)
            document.documentLayout().documentSizeChanged.connect(self._on_size_changed)
            self._connected = document

    def _on_size_changed(self, *_args) -> None:
        self._refresh_timer.start()

    def _drop_built(self) -> None:
        """Forget the built documents of the previous text."""
        self._cancel_build()
        built, self._built = self._built, {}
        for _, document in built.values():
            if document is self.document():
                self._replacing = True
                try:
                    self._adopt(self._home)
                finally:
                    self._replacing = False
            document.deleteLater()

    def _cancel_build(self) -> None:
        self._build_timer.stop()
        if self._build is not None:
            self._build.document.deleteLater()
            self._build = None

    def _reload_text(self, anchor: int | None = None) -> None:
        """Show the text with or without furniture; ``anchor`` (a document offset) goes to the top."""
        self._cancel_build()
        cached = self._built.get(self.show_furniture)
        if cached is not None:
            self._show_text(*cached, anchor)
            return
        text = self.doc.text if self.doc is not None else ""
        cuts = []
        if not self.show_furniture:
            cuts = [widen_to_lines(text, s, e) for s, e, _ in self.excluded.entries]
        offset_map = OffsetMap(text, cuts)
        if len(offset_map.display_text) <= SET_AT_ONCE_CHARS:
            self._show_text(offset_map, None, anchor)
            return
        # Built off screen, a piece per turn; the pane shows the old text (or none) meanwhile.
        if self.map.display_text and (self.doc is None or self._built.get(not self.show_furniture) is None):
            self._show_text(OffsetMap(""), None, None)  # another document's text must not linger
        self._build = _TextBuild(self.doc, self.show_furniture, offset_map, self._new_document(), anchor)
        self._build_timer.start()

    def _build_step(self) -> None:
        build = self._build
        if build is None:
            return
        if not build.step():
            self._build_timer.start()
            return
        self._build = None
        self._built[build.show_furniture] = (build.map, build.document)
        self._show_text(build.map, build.document, build.anchor)

    def _show_text(self, offset_map: OffsetMap, document: QTextDocument | None, anchor: int | None) -> None:
        """Put ``offset_map``'s text on screen: ``document`` when built, else set into the home document."""
        self.map = offset_map
        self._replacing = True  # setting a text scrolls and resizes: no highlights for a half-set text
        try:
            if document is None:
                self._adopt(self._home)
                self.setPlainText(offset_map.display_text)
            else:
                self._adopt(document)
        finally:
            self._replacing = False
        self._block_tops = None
        self.refresh_highlights()
        if anchor is not None:
            self.reveal(anchor, anchor, top=True)
        self.view_changed.emit()

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self.refresh_highlights()

    def select_key(self, key: str | None, related: tuple[str, ...] = ()) -> None:
        """Emphasise item ``key`` and the ``related`` items (the other links of a chosen sentence)."""
        self.selected_key = key
        self.selected_keys = tuple(dict.fromkeys(((key,) if key else ()) + tuple(related)))
        self.refresh_highlights()
        self.viewport().update()

    # --- geometry -----------------------------------------------------------------------------
    def _on_view_changed(self, *_args) -> None:
        self._block_tops = None
        self.refresh_highlights(moved_only=True)
        self.view_changed.emit()

    def _on_update_request(self, _rect, dy: int) -> None:
        if dy:
            self._block_tops = None
            self.view_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._on_view_changed()

    def readable_width(self) -> int:
        """The width that shows MIN_PANE_CHARS characters a line, with margins and scroll bar.

        Measured in the default font: zooming in is the reader's choice and must not push the
        window wider than the screen.
        """
        font = self.font() if self.font().pointSizeF() <= QFont().pointSizeF() else QFont()
        chars = QFontMetrics(font).averageCharWidth() * MIN_PANE_CHARS
        chrome = 2 * int(self.document().documentMargin()) + 2 * self.frameWidth() \
            + self.verticalScrollBar().sizeHint().width() + 4
        return chars + chrome

    def minimumSizeHint(self) -> QSize:
        return QSize(self.readable_width(), super().minimumSizeHint().height())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.set_scheme(scheme_for(self.palette()))
        elif event.type() == QEvent.Type.FontChange:
            self._on_view_changed()

    def _visible_blocks(self) -> dict[int, tuple[float, float]]:
        """Block number -> (top, bottom) in viewport coordinates, for the blocks on screen."""
        if self._block_tops is not None:
            return self._block_tops
        tops: dict[int, tuple[float, float]] = {}
        block = self.firstVisibleBlock()
        height = self.viewport().height()
        offset = self.contentOffset()
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if rect.top() > height:
                break
            if block.isVisible():
                tops[block.blockNumber()] = (rect.top(), rect.bottom())
            block = block.next()
        self._block_tops = tops
        return tops

    def visible_display_range(self) -> tuple[int, int]:
        blocks = self._visible_blocks()
        if not blocks:
            return 0, 0
        doc = self.document()
        first = doc.findBlockByNumber(min(blocks))
        last = doc.findBlockByNumber(max(blocks))
        return first.position(), last.position() + last.length()

    def visible_range(self) -> tuple[int, int]:
        """The document range currently on screen (whole blocks)."""
        lo, hi = self.visible_display_range()
        return self.map.to_document(lo), self.map.to_document(hi)

    def first_visible_offset(self) -> int:
        cursor = self.cursorForPosition(QPoint(0, 0))
        return self.map.to_document(cursor.position())

    def offset_at(self, point: QPoint) -> int:
        """Document offset under a viewport point."""
        return self.map.to_document(self.cursorForPosition(point).position())

    def y_at(self, offset: int, *, bottom: bool = False) -> float | str:
        """Viewport y of a document offset's line top (or bottom); 'above'/'below' when off screen."""
        display = self.map.to_display(offset)
        if bottom and display > 0:
            display -= 1  # a half-open end: its last character's line
        block = self.document().findBlock(display)
        blocks = self._visible_blocks()
        number = block.blockNumber()
        if number not in blocks:
            if not blocks or number < min(blocks):
                return "above"
            return "below"
        cursor = QTextCursor(self.document())
        cursor.setPosition(display)
        rect = self.cursorRect(cursor)
        return float(rect.bottom() + 1) if bottom else float(rect.top())

    def span_y(self, start: int, end: int) -> tuple[float | str, float | str]:
        return self.y_at(start), self.y_at(end, bottom=True)

    def line_of(self, offset: int) -> int:
        """The layout line (wrapped lines count) holding a document offset: the scroll bar's unit."""
        display = min(self.map.to_display(offset), max(0, self.document().characterCount() - 1))
        block = self.document().findBlock(display)
        layout = block.layout()
        line = layout.lineForTextPosition(display - block.position()) if layout is not None else None
        return block.firstLineNumber() + (line.lineNumber() if line is not None and line.isValid() else 0)

    def scroll_offset_to(self, offset: int, y: float) -> None:
        """Scroll so the line holding ``offset`` has its top at viewport height ``y``."""
        spacing = max(1, self.fontMetrics().lineSpacing())
        bar = self.verticalScrollBar()
        bar.setValue(self.line_of(offset) - round(y / spacing))

    def reveal(self, start: int, end: int, *, top: bool = False) -> None:
        """Scroll so that the document range [start, end) is on screen, unless it already is."""
        y0, y1 = self.span_y(start, end)
        height = self.viewport().height()
        if not top and isinstance(y0, float) and isinstance(y1, float) and y0 >= 0 and y1 <= height:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.map.to_display(start), self.map.display_length))
        if top:
            # Straight to the line (the scroll bar counts lines), then the cursor, already on
            # screen: no detour to the end, which made the other pane follow twice as well.
            self.verticalScrollBar().setValue(self.line_of(start))
            self.setTextCursor(cursor)
        else:
            self.setTextCursor(cursor)
            self.centerCursor()
        self._on_view_changed()

    # --- highlights --------------------------------------------------------------------------
    def refresh_highlights(self, *, moved_only: bool = False) -> None:
        """Rebuild extra selections for what is on screen (cheap: a few dozen ranges).

        ``moved_only``: only the view moved (scrolled, resized); the highlights already built
        stay when they still cover the screen. A reveal or a furniture toggle moves both panes
        several times in one turn, and each rebuild costs milliseconds in a long text.
        """
        if self._replacing or self._refreshing:
            return
        self._refreshing = True
        try:
            self._refresh_highlights(moved_only)
        finally:
            self._refreshing = False

    def _refresh_highlights(self, moved_only: bool = False) -> None:
        if self.doc is None:
            self._covered = None
            self.setExtraSelections([])
            return
        lo_disp, hi_disp = self.visible_display_range()
        covered, self._covered = self._covered, None
        if (moved_only and covered is not None and covered[0] is self.document()
                and covered[1] <= lo_disp and hi_disp <= covered[2]):
            self._covered = covered
            return
        margin = 2000  # characters beyond the screen, so a small scroll shows no bare text
        self._covered = (self.document(), max(0, lo_disp - margin), hi_disp + margin)
        lo = self.map.to_document(max(0, lo_disp - margin))
        hi = self.map.to_document(hi_disp + margin)
        scheme = self.scheme
        selections: list[QTextEdit.ExtraSelection] = []
        doc = self.document()
        limit = doc.characterCount() - 1

        def add(start: int, end: int, fmt: QTextCharFormat) -> None:
            a, b = self.map.range_to_display(start, end)
            b = min(b, limit)
            if b <= a:
                return
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)

        if self.show_furniture:
            dim = QTextCharFormat()
            dim.setForeground(scheme.dimmed)
            dim.setFontItalic(False)
            for start, end, _ in self.excluded.overlapping(lo, hi):
                add(start, end, dim)
        marks = self.marks
        if marks is not None:
            formats: dict[tuple[str, bool], QTextCharFormat] = {}
            chosen_keys = set(self.selected_keys)
            word_keys: dict[str, None] = {}
            for start, end, region in marks.regions.overlapping(lo, hi):
                if region.kind in self.hidden_kinds:
                    continue
                chosen = not chosen_keys.isdisjoint(region.keys)
                key = (region.kind, chosen)
                if key not in formats:
                    fmt = QTextCharFormat()
                    fmt.setBackground((scheme.selected if chosen else scheme.background)[region.kind])
                    formats[key] = fmt
                add(start, end, formats[key])
                # A sentence in several links marks the words of one: the selected link if it is in it,
                # else its first selected link, else the link that decides its status.
                if self.selected_key in region.keys:
                    word_keys[self.selected_key] = None
                else:
                    word_keys[next((k for k in region.keys if k in chosen_keys), region.key)] = None
            word_formats: dict[str, QTextCharFormat] = {}
            typed_format: QTextCharFormat | None = None
            for key in word_keys:
                item = marks.items.get(key)
                if item is None or item.kind in self.hidden_kinds:
                    continue
                if item.kind not in word_formats:
                    word = QTextCharFormat()
                    word.setBackground(scheme.word[item.kind])
                    if item.kind in scheme.underline:
                        word.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                        word.setUnderlineColor(scheme.underline[item.kind])
                    word_formats[item.kind] = word
                for start, end in marks.diff_words.get(key, ()):
                    if end > lo and start < hi:
                        add(start, end, word_formats[item.kind])
                # The words a typed change names, over the others (a stronger tint, same underline).
                for start, end in marks.typed_words.get(key, ()):
                    if end > lo and start < hi:
                        if typed_format is None:
                            typed_format = QTextCharFormat(word_formats[item.kind])
                            typed_format.setBackground(scheme.typed_word)
                        add(start, end, typed_format)
            quote = QTextCharFormat()
            quote.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            quote.setUnderlineColor(scheme.quote_underline)
            for start, end, _ in marks.quotes.overlapping(lo, hi):
                add(start, end, quote)
        self.setExtraSelections(selections)

    def selected_ranges(self) -> list[tuple[tuple[int, int], str]]:
        """The ranges of the selected items on this side, with their kinds."""
        if self.marks is None:
            return []
        found = []
        for key in self.selected_keys:
            item = self.marks.items.get(key)
            rng = item.range(self.side) if item else None
            if rng:
                found.append((rng, item.kind))
        return found

    # --- painting -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.doc is None:
            self._paint_invitation(painter)
        for (start, end), kind in self.selected_ranges():
            y0, y1 = self.span_y(start, end)
            height = self.viewport().height()
            top = -2.0 if y0 == "above" else (height + 2.0 if y0 == "below" else y0)
            bottom = -2.0 if y1 == "above" else (height + 2.0 if y1 == "below" else y1)
            if bottom <= 0 or top >= height:
                continue
            colour = QColor(self.scheme.solid.get(kind, self.scheme.text))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(2, top, 4, bottom - top), 2, 2)
        painter.end()

    def _paint_invitation(self, painter: QPainter) -> None:
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        pen = QColor(self.scheme.dimmed)
        painter.setPen(Qt.PenStyle.DashLine)
        dash = painter.pen()
        dash.setColor(pen)
        dash.setWidthF(1.5)
        painter.setPen(dash)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect), 12, 12)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        painter.setFont(big)
        letter = self.side.value.upper()
        head = rect.adjusted(0, 0, 0, -rect.height() // 2)
        painter.drawText(head, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         f"Document {letter}")
        painter.setFont(self.font())
        painter.setPen(pen)
        key = "Ctrl+O" if self.side is Side.A else "Ctrl+Shift+O"
        painter.drawText(
            rect.adjusted(16, rect.height() // 2 + 8, -16, 0),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            f"Drop a file here\nor choose File ▸ Open {letter}… ({key})\n\n"
            + formats_in_words(),
        )

    # --- interaction ------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection() and self.doc:
            self.passage_clicked.emit(self.offset_at(event.position().toPoint()))

    def context_menu(self, pos) -> QMenu:
        """The right-click menu at viewport point ``pos``: Copy and Select All, then the window's
        commands on a passage. Without selected text the passage there is selected first, as a
        click selects it, so the commands act on what was right-clicked."""
        menu = self.createStandardContextMenu(pos)
        if self.doc and self.context_actions:
            if not self.textCursor().hasSelection():
                self.passage_clicked.emit(self.offset_at(pos))
            menu.addSeparator()
            for act in self.context_actions:  # (None: a separator between groups of commands)
                menu.addSeparator() if act is None else menu.addAction(act)
        return menu

    def contextMenuEvent(self, event) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tooltip_provider is not None and self.doc:
            text = self.tooltip_provider(self.offset_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def dragEnterEvent(self, event) -> None:
        if dropped_sources(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if dropped_sources(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        files = dropped_sources(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(files[0])

    def zoom_to(self, point_size: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        self.setFont(font)
