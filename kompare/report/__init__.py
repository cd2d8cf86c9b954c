"""Comparison reports: a self-contained HTML page or a paginated PDF.

``write_report(comparison, "report.pdf")`` is the one entry point; the format
comes from the file's extension unless ``fmt`` says otherwise.  Qt is imported
only for PDF output.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime

from kompare import __version__
from kompare.core import collector
from kompare.core.model import Comparison
from kompare.outputs import OutputError, ReaderGone, check_output, without_surrogates, write_output
from kompare.report.build_html import build_html, format_when, report_title
from kompare.report.errors import ReportError
from kompare.report.pdf import PageChrome  # no Qt at import: Qt loads only to paint

FORMATS = ("pdf", "html")
#: The longest paginated report (PDF or print) kompare lays out. Qt holds the whole laid-out
#: document while it paints: about 0.4 MB a page (Vim's version8.txt against version9.txt,
#: 3,828 pages, 1.4 GB); two 1.8 MB texts asked for 6,675 pages, 3.5 GB and six minutes.
MAX_PAGES = 5000
#: Characters of the report's HTML per laid-out page, about: 5,500 measured on Vim's pair,
#: 6,900 on two 1 MB articles, 4,400 on a 5 MB run of words (the page count is known only
#: after the layout that costs the memory, so it is told from the HTML's length).
HTML_PER_PAGE = 5000
#: The report format each file name ending stands for.
EXTENSIONS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html"}

__all__ = ["FORMATS", "ReportError", "build_html", "format_for", "print_report", "write_report"]


def format_for(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The report format: ``fmt`` when given, else from the extension.

    >>> format_for("out/report.HTML")
    'html'
    >>> format_for("report.txt", "pdf")
    'pdf'
    """
    if fmt:
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise ReportError(f"unknown report format {fmt!r}: use pdf or html")
        return fmt
    ext = os.path.splitext(os.fspath(path))[1].lower()
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    raise ReportError(f"cannot tell the report format from {os.fspath(path)!r}: name it .pdf or .html")


def write_report(
    comparison: Comparison,
    path: str | os.PathLike,
    *,
    fmt: str | None = None,
    page_size: str = "A4",
    generated_at: datetime | None = None,
    progress: Callable[[float, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> None:
    """Write a report of ``comparison`` to ``path`` (atomically).

    ``fmt``: "pdf" or "html" (default: from the extension); ``page_size``: "A4"
    or "Letter" (PDF only); ``generated_at``: when the comparison ran (default:
    now); ``progress(fraction, message)``; ``should_cancel()`` -> raises
    :class:`kompare.core.errors.Cancelled`.  Raises :class:`ReportError` with a
    one-line message when the report cannot be written (see :mod:`kompare.outputs`),
    :class:`kompare.outputs.ReaderGone` when the program reading a pipe left.
    """
    with collector.paused():  # a long report is a million small objects too (core/collector.py)
        _write_report(comparison, path, fmt, page_size, generated_at, progress, should_cancel)


def _write_report(
    comparison: Comparison,
    path: str | os.PathLike,
    fmt: str | None,
    page_size: str,
    generated_at: datetime | None,
    progress: Callable[[float, str], None] | None,
    should_cancel: Callable[[], bool] | None,
) -> None:
    kind = format_for(path, fmt)
    if page_size.upper() not in ("A4", "LETTER"):
        raise ReportError(f"unknown page size {page_size!r}: use A4 or Letter")
    inputs = (comparison.a.document.path, comparison.b.document.path)
    _write(path, None, inputs)  # fail before the slow part when the output is wrong
    when = generated_at or datetime.now().astimezone()

    if kind == "html":
        html = build_html(comparison, generated_at=when, target="browser",
                          progress=_scaled(progress, 0.0, 0.9), should_cancel=should_cancel)
        _write(path, without_surrogates(html).encode("utf-8"), inputs, should_cancel)
        if progress is not None:
            progress(1.0, "Report written")
        return

    from kompare.report.pdf import render_pdf

    html = build_html(comparison, generated_at=when, target="qt",
                      progress=_scaled(progress, 0.0, 0.2), should_cancel=should_cancel)
    _check_length(html, "write it as an HTML report (.html) instead")
    chrome = page_chrome(comparison, when)
    pdf = render_pdf(
        html,
        page_size=page_size,
        title=report_title(comparison),
        creator=f"kompare {__version__}",
        running_header=chrome.running_header,
        column_a=chrome.column_a,
        column_b=chrome.column_b,
        footer_note=chrome.footer_note,
        progress=_scaled(progress, 0.2, 1.0),
        should_cancel=should_cancel,
    )
    _write(path, pdf, inputs, should_cancel)
    if progress is not None:
        progress(1.0, "Report written")


def print_report(
    comparison: Comparison,
    printer,
    *,
    generated_at: datetime | None = None,
    progress: Callable[[float, str], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> None:
    """Print ``comparison`` on a QPrinter with the PDF report's pages (headers, page numbers, layout).

    The printer's paper is used as chosen.  Raises :class:`ReportError` when Qt
    cannot print, :class:`kompare.core.errors.Cancelled` (the job aborted) on cancel.
    """
    from kompare.report.pdf import ensure_gui_app, paint_pages

    ensure_gui_app()
    when = generated_at or datetime.now().astimezone()
    html = build_html(comparison, generated_at=when, target="qt",
                      progress=_scaled(progress, 0.0, 0.2), should_cancel=should_cancel)
    _check_length(html, "export an HTML report (File ▸ Export Report…) and print parts of it from a browser")
    if not paint_pages(printer, html, page_chrome(comparison, when),
                       progress=_scaled(progress, 0.2, 1.0), should_cancel=should_cancel):
        raise ReportError("the printer did not accept the report: check it is on and try again")
    if progress is not None:
        progress(1.0, "Report printed")


def _check_length(html: str, instead: str) -> None:
    """Refuse a paginated report past :data:`MAX_PAGES` (by the HTML's length), saying what to do.

    >>> _check_length("x" * 100, "write HTML")
    >>> try:
    ...     _check_length("x" * (MAX_PAGES + 1) * HTML_PER_PAGE, "write HTML")
    ... except ReportError as exc:
    ...     print(exc)
    this report would run to about 5,001 pages, more than the 5,000 kompare lays out at once: write HTML
    """
    pages = len(html) // HTML_PER_PAGE
    if pages > MAX_PAGES:
        raise ReportError(f"this report would run to about {pages:,} pages, more than the {MAX_PAGES:,} "
                          f"kompare lays out at once: {instead}")


def page_chrome(comparison: Comparison, when: datetime) -> PageChrome:
    """The running headers and footer note of the paginated report (PDF or print)."""
    a = comparison.a.document.display_name
    b = comparison.b.document.display_name
    return PageChrome(running_header=f"{a}  vs  {b}", column_a=f"A · {a}", column_b=f"B · {b}",
                      footer_note=f"Compared {format_when(when)}")


def _write(path: str | os.PathLike, data: bytes | None, inputs: tuple[str, str],
           should_cancel: Callable[[], bool] | None = None) -> None:
    """Write ``data`` through :mod:`kompare.outputs` (only check the target when None)."""
    try:
        if data is None:
            check_output(path, what="the report", inputs=inputs)
        else:
            write_output(path, data, what="the report", inputs=inputs, should_cancel=should_cancel)
    except ReaderGone:
        raise
    except OutputError as exc:
        raise ReportError(str(exc)) from None


def _scaled(progress, start: float, end: float):
    """A progress callback mapping 0..1 onto ``start..end`` of the caller's."""
    if progress is None:
        return None
    return lambda fraction, message: progress(start + (end - start) * fraction, message)
