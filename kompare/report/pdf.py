"""Render the report's HTML to PDF with Qt: QTextDocument laid out page by page on QPdfWriter.

Each page gets the body clipped from the laid-out document plus a running
header (the two titles) and a footer (page numbers) painted with QPainter.
Works without a display: an offscreen QGuiApplication is made when none exists.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from kompare.core.errors import Cancelled
from kompare.report.errors import ReportError

# Device units: 96 per inch, so the HTML's px and pt mean what they mean in a browser.
RESOLUTION = 96
MARGIN_MM = {"left": 16.0, "right": 16.0, "top": 20.0, "bottom": 18.0}
PAGE_SIZES = ("A4", "Letter")
# A heading is moved to the next page when less than this (px) would follow it.
KEEP_WITH_NEXT_PX = 110

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
    _app = QGuiApplication(["kompare-report"])
    return _app


def render_pdf(
    html: str,
    path: str,
    *,
    page_size: str = "A4",
    title: str = "",
    creator: str = "",
    running_header: str = "",
    footer_note: str = "",
    progress: Callable[[float, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Write ``html`` as a paginated PDF at ``path``; return the number of pages.

    ``progress`` fractions run from 0 to 1 over layout and painting.
    """
    ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QColor, QFont, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument, QTextOption,
    )

    from kompare.report import colors as C
    from kompare.report.build_html import FONT_FAMILIES

    def tick(fraction: float, message: str) -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if progress is not None:
            progress(fraction, message)

    sizes = {"A4": QPageSize.PageSizeId.A4, "LETTER": QPageSize.PageSizeId.Letter}
    size_id = sizes.get(page_size.upper())
    if size_id is None:
        raise ReportError(f"unknown page size {page_size!r}: use A4 or Letter")

    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(size_id))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(title)
    writer.setCreator(creator)

    full = writer.pageLayout().fullRectPixels(RESOLUTION)
    px_per_mm = RESOLUTION / 25.4
    left, right = MARGIN_MM["left"] * px_per_mm, MARGIN_MM["right"] * px_per_mm
    top, bottom = MARGIN_MM["top"] * px_per_mm, MARGIN_MM["bottom"] * px_per_mm
    body = QSizeF(full.width() - left - right, full.height() - top - bottom)

    tick(0.0, "Laying out the report")
    doc = QTextDocument()
    # Lay out for the writer (its resolution), and paginate before counting pages:
    # pageCount() otherwise reflects a default page size.
    doc.documentLayout().setPaintDevice(writer)
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
    tick(0.3, "Laying out the report")
    doc.setPageSize(body)
    _keep_headings_with_next(doc, body.height())
    pages = doc.pageCount()
    tick(0.5, f"Writing {pages} pages")

    chrome_font = QFont()
    chrome_font.setFamilies(list(FONT_FAMILIES))
    chrome_font.setPointSizeF(7.5)
    muted = QColor(C.MUTED)
    rule = QPen(QColor(C.RULE))
    rule.setWidthF(0.75)

    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(f"cannot write the report: {path} could not be opened for writing")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
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
            elided = painter.fontMetrics().elidedText(running_header, Qt.TextElideMode.ElideMiddle, int(body.width() * 0.8))
            painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), elided)
            painter.drawText(header, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), "kompare")
            footer = QRectF(left, full.height() - bottom * 0.8, body.width(), bottom * 0.4)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), footer_note)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"Page {page + 1} of {pages}")
            painter.setPen(rule)
            y = top * 0.85
            painter.drawLine(QRectF(left, y, body.width(), 0).topLeft(), QRectF(left, y, body.width(), 0).topRight())
            tick(0.5 + 0.5 * (page + 1) / pages, f"Wrote page {page + 1} of {pages}")
    finally:
        ok = painter.end()
    if not ok:
        raise ReportError(f"cannot write the report: Qt could not finish {path}")
    return pages


def _keep_headings_with_next(doc, page_height: float) -> None:
    """Push a heading to the next page when it would sit alone at a page's foot."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            rect = layout.blockBoundingRect(block)
            page_end = (int(rect.top() // page_height) + 1) * page_height
            if page_end - rect.bottom() < KEEP_WITH_NEXT_PX and rect.top() % page_height > 1:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
        block = block.next()
