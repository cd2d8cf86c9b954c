"""Render the report's HTML to PDF with Qt: QTextDocument laid out page by page on QPdfWriter.

Each page gets the body clipped from the laid-out document plus a running
header (the two titles) and a footer (page numbers) painted with QPainter.
Works without a display: an offscreen QGuiApplication is made when none exists.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from kompare.core.errors import Cancelled, stop_if_cancelled
from kompare.report.errors import ReportError

# Device units: 96 per inch, so the HTML's px and pt mean what they mean in a browser.
RESOLUTION = 96
MARGIN_MM = {"left": 16.0, "right": 16.0, "top": 20.0, "bottom": 18.0}
PAGE_SIZES = ("A4", "Letter")
# A heading is moved to the next page when less than this (px) would follow it.
KEEP_WITH_NEXT_PX = 110
# A heading this close (px) below a page's top starts that page.
TOP_SLACK_PX = 30
# Tables up to this share of a page are moved whole rather than split.
KEEP_WHOLE_FRACTION = 0.5
# Blocks laid out between two looks at the progress and the cancel button: Qt lays a
# document out in one call otherwise, which for the report of two long texts (230,000
# blocks, 3,400 pages) took a minute without a word or a way to stop it.
LAYOUT_STEP_BLOCKS = 400
# Tables or blocks scanned between two such looks when the headings and tables are listed.
PULSE_EVERY = 5000

_app = None  # the QGuiApplication this module made, kept alive for later reports

def ensure_gui_app():
    """Reuse the running QGuiApplication, or make an offscreen one (no display needed)."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise ReportError("cannot write a PDF: the running Qt application has no GUI support")
        return existing
    # Only choose the platform when nobody did: the GUI's own app is reused above.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A QApplication (widgets too), not a bare QGuiApplication: a window made later in the
    # same process (a test session, a script) needs one, and Qt allows one application only.
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["kompare-report"])
    return _app


@dataclass(frozen=True)
class PageChrome:
    """What is painted around each page's body: running headers and the footer note.

    ``running_header`` tops every page, except pages that continue the
    side-by-side passages: those name the columns (``column_a``/``column_b``).
    """

    running_header: str = ""
    column_a: str = ""
    column_b: str = ""
    footer_note: str = ""


def render_pdf(
    html: str,
    *,
    page_size: str = "A4",
    title: str = "",
    creator: str = "",
    running_header: str = "",
    column_a: str = "",
    column_b: str = "",
    footer_note: str = "",
    progress: Callable[[float, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> bytes:
    """``html`` as a paginated PDF, in memory: the caller writes it (kompare.outputs).

    The pages are those of :func:`paint_pages` (see :class:`PageChrome` for the
    header arguments).  ``progress`` fractions run from 0 to 1 over layout and painting.
    """
    ensure_gui_app()
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageSize, QPdfWriter

    sizes = {"A4": QPageSize.PageSizeId.A4, "LETTER": QPageSize.PageSizeId.Letter}
    size_id = sizes.get(page_size.upper())
    if size_id is None:
        raise ReportError(f"unknown page size {page_size!r}: use A4 or Letter")

    # Into memory, so a failure never leaves half a PDF on disk; the one writer
    # (kompare.outputs) then writes it, checking every step.
    buffer = QBuffer()
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ReportError("cannot write the report: Qt could not open a memory buffer for the PDF")
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(size_id))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(title)
    writer.setCreator(creator)
    chrome = PageChrome(running_header, column_a, column_b, footer_note)
    ok = paint_pages(writer, html, chrome, progress=progress, should_cancel=should_cancel)
    buffer.close()  # painter.end() wrote the PDF's trailer
    data = bytes(buffer.data())
    if not ok or not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise ReportError(f"cannot write the report: Qt could not finish the PDF ({len(data)} bytes made)")
    return data


def paint_pages(
    device,
    html: str,
    chrome: PageChrome,
    *,
    progress: Callable[[float, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> bool:
    """Lay ``html`` out on ``device``'s paper and paint every page; False when Qt could not finish.

    ``device`` is a QPdfWriter or a QPrinter (the window's Ctrl+P), so printed
    pages are the PDF report's: the same margins, running headers and passages
    kept whole.  Its paper size and orientation are used as they are.  A
    cancelled print run is aborted (a printer gets no half job).
    """
    from PySide6.QtCore import QBuffer, QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter, QPen, QTextDocument, QTextOption

    from kompare.report import colors as C
    from kompare.report.build_html import FONT_FAMILIES

    def tick(fraction: float, message: str) -> None:
        stop_if_cancelled(should_cancel)
        if progress is not None:
            progress(fraction, message)

    device.setResolution(RESOLUTION)
    if hasattr(device, "setFullPage"):  # a printer: measure from the paper's corner, as the PDF does
        device.setFullPage(True)
    # A printer may round the resolution asked for: lay out at 96 dpi all the same, and scale.
    scale = device.resolution() / RESOLUTION
    layout_device, scratch = device, None
    if abs(scale - 1.0) > 1e-6:
        scratch = QBuffer()
        layout_device = QPdfWriter(scratch)
        layout_device.setResolution(RESOLUTION)

    full = device.pageLayout().fullRectPixels(RESOLUTION)
    px_per_mm = RESOLUTION / 25.4
    left, right = MARGIN_MM["left"] * px_per_mm, MARGIN_MM["right"] * px_per_mm
    top, bottom = MARGIN_MM["top"] * px_per_mm, MARGIN_MM["bottom"] * px_per_mm
    body = QSizeF(full.width() - left - right, full.height() - top - bottom)

    tick(0.0, "Laying out the report")
    doc = QTextDocument()
    # Lay out for the device (its resolution), and paginate before counting pages:
    # pageCount() otherwise reflects a default page size.
    doc.documentLayout().setPaintDevice(layout_device)
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(9.5)
    # Ligatures ("fi", "ff") would reach text extraction as single characters
    # (U+FB01...), so searching the PDF for "significant" would fail.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    tick(0.15, "Laying out the report")
    doc.setPageSize(body)
    _lay_out(doc, tick, 0.15, 0.35, "Laying out the report")
    _keep_together(doc, body.height(), tick)
    _lay_out(doc, tick, 0.5, 0.5, "Laying out the pages")  # (with the breaks the last round set)
    pages = doc.pageCount()
    units = _units(doc, lambda: tick(0.5, "Laying out the pages"))
    captions = _caption_range(units)
    # Short section names: "Only in A · <title>" -> "Only in A".
    headings = [(u.top, u.obj.text().split(" · ")[0]) for u in units if not u.is_table]
    tick(0.5, f"Writing {pages} page{'s' if pages != 1 else ''}")

    chrome_font = QFont()
    chrome_font.setFamilies(list(FONT_FAMILIES))
    chrome_font.setPointSizeF(7.5)
    muted = QColor(C.MUTED)
    rule = QPen(QColor(C.RULE))
    rule.setWidthF(0.75)

    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("cannot write the report: Qt could not start the PDF")
    try:
        painter.scale(scale, scale)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(left, top - page * body.height())
            # The clip is a hair inside the page, so a line that ends exactly at the
            # page's top or starts at its foot is not also painted (invisibly) here:
            # text extraction would find it twice.
            doc.drawContents(painter, QRectF(0, page * body.height() + 0.5, body.width(), body.height() - 1))
            painter.restore()

            painter.setFont(chrome_font)
            painter.setPen(muted)
            header = QRectF(left, top * 0.35, body.width(), top * 0.45)
            metrics = painter.fontMetrics()
            bottom_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            page_top = page * body.height()
            # A heading's top margin puts it a little below the top of its page.
            heading_on_top = any(page_top - 1 <= y < page_top + TOP_SLACK_PX for y, _ in headings)
            if captions and captions[0] <= page_top and page_top + TOP_SLACK_PX <= captions[1]:
                # A page that continues the side-by-side passages: the running
                # header names the columns, over the columns.
                column = body.width() * 0.46
                for x, text in ((0.04, chrome.column_a), (0.52, chrome.column_b)):
                    cell = QRectF(left + body.width() * x + 5, header.top(), column, header.height())
                    painter.drawText(cell, bottom_left, metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(column)))
            else:
                # Right: the section this page continues, so a reader landing
                # mid-list knows where they are.
                section = next((t for y, t in reversed(headings) if y < page_top - 1), "")
                right = f"{section} (continued)" if section and not heading_on_top else "kompare"
                right = metrics.elidedText(right, Qt.TextElideMode.ElideRight, int(body.width() * 0.45))
                room = body.width() - metrics.horizontalAdvance(right) - 24
                elided = metrics.elidedText(chrome.running_header, Qt.TextElideMode.ElideMiddle, int(room))
                painter.drawText(header, bottom_left, elided)
                painter.drawText(header, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), right)
            footer = QRectF(left, full.height() - bottom * 0.8, body.width(), bottom * 0.4)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), chrome.footer_note)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"Page {page + 1} of {pages}")
            painter.setPen(rule)
            y = top * 0.85
            painter.drawLine(QRectF(left, y, body.width(), 0).topLeft(), QRectF(left, y, body.width(), 0).topRight())
            tick(0.5 + 0.5 * (page + 1) / pages, f"Wrote page {page + 1} of {pages}")
    except Cancelled:
        if hasattr(device, "abort"):
            device.abort()
        raise
    finally:
        ok = painter.end()
    return ok


class _Unit:
    """A top-level table or heading, with where the layout put it."""

    __slots__ = ("obj", "is_table", "keep_with_next", "top", "bottom")

    def __init__(self, obj, is_table, keep_with_next, top, bottom):
        self.obj, self.is_table, self.keep_with_next = obj, is_table, keep_with_next
        self.top, self.bottom = top, bottom


def _units(doc, pulse: Callable[[], None] | None = None) -> list[_Unit]:
    """Headings and top-level tables in document order.

    Headings and header-only tables (column captions) stay with what follows.
    ``pulse`` is called every few thousand tables and blocks (a long report has
    hundreds of thousands: the caller looks at its cancel button meanwhile).
    """
    layout = doc.documentLayout()
    units = []
    for n, table in enumerate(doc.rootFrame().childFrames()):
        if pulse is not None and n % PULSE_EVERY == 0:
            pulse()
        rect = layout.frameBoundingRect(table)
        header_only = table.format().headerRowCount() > 0 and table.rows() <= table.format().headerRowCount()
        units.append(_Unit(table, True, header_only, rect.top(), rect.bottom()))
    block, n = doc.begin(), 0
    while block.isValid():
        if pulse is not None and n % PULSE_EVERY == 0:
            pulse()
        if block.blockFormat().headingLevel() > 0:
            rect = layout.blockBoundingRect(block)
            units.append(_Unit(block, False, True, rect.top(), rect.bottom()))
        block, n = block.next(), n + 1
    units.sort(key=lambda u: u.top)
    return units



def _caption_range(units: list[_Unit]) -> tuple[float, float] | None:
    """Where the side-by-side passages run (``units``: :func:`_units`): from the foot of
    their column captions (a header-only table) to the next heading, or None."""
    for i, unit in enumerate(units):
        if unit.is_table and unit.keep_with_next:
            end = next((u.top for u in units[i + 1 :] if not u.is_table), float("inf"))
            return unit.bottom, end
    return None


def _lay_out(doc, tick, start: float, end: float, message: str) -> None:
    """Lay ``doc`` out to its end, :data:`LAYOUT_STEP_BLOCKS` blocks at a time, calling
    ``tick`` (fractions from ``start`` to ``end``) between steps.

    Asking where a block is lays the document out up to it, and no further.
    """
    layout, count = doc.documentLayout(), doc.blockCount()
    for n in range(LAYOUT_STEP_BLOCKS, count, LAYOUT_STEP_BLOCKS):
        layout.blockBoundingRect(doc.findBlockByNumber(n))
        tick(start + (end - start) * n / count, message)
    doc.pageCount()  # (the rest)
    tick(end, message)


def _keep_together(doc, page_height: float, tick=None) -> None:
    """Move page breaks so short tables stay whole and headings stay with what follows.

    Works from one layout: walks the units in order, adding up how far each
    chosen break pushes everything after it, then sets all the breaks at once
    (one relayout).  A second round catches what the estimate missed.
    """
    from PySide6.QtGui import QTextCursor, QTextFormat

    for round_ in range(3):
        pulse = None
        if tick is not None:  # (the breaks set by the round before are laid out first)
            done = 0.4 + 0.05 * round_
            _lay_out(doc, tick, done - 0.05, done, "Keeping passages whole across pages")
            pulse = lambda: tick(done, "Keeping passages whole across pages")  # noqa: E731
        units = _units(doc, pulse)
        chosen = []
        shift = 0.0
        for i, unit in enumerate(units):
            top, bottom = unit.top + shift, unit.bottom + shift
            offset = top % page_height
            if offset < 1.0:  # already at the top of a page
                continue
            page_end = top - offset + page_height
            # How far down this unit and what it must stay with reach.
            need = bottom
            j = i
            while units[j].keep_with_next and j + 1 < len(units):
                j += 1
                nxt = units[j]
                tall = nxt.bottom - nxt.top > page_height * KEEP_WHOLE_FRACTION
                need = (nxt.top + shift + KEEP_WITH_NEXT_PX) if tall else (nxt.bottom + shift)
                if tall:
                    break
            whole = unit.keep_with_next or bottom - top <= page_height * KEEP_WHOLE_FRACTION
            if need > page_end + 0.5 and whole and need - top <= page_height:
                chosen.append(unit)
                shift += page_end - top
        if not chosen:
            return
        cursor = QTextCursor(doc)
        # One relayout for all the breaks (one edit block): seconds for a long report,
        # without a tick, but every edit block relayouts the rest of the document.
        cursor.beginEditBlock()
        for unit in chosen:
            if unit.is_table:
                fmt = unit.obj.format()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                unit.obj.setFormat(fmt)
            else:
                block_cursor = QTextCursor(unit.obj)
                fmt = unit.obj.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                block_cursor.setBlockFormat(fmt)
        cursor.endEditBlock()
