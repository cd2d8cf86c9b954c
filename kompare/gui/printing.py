"""Print a comparison (Ctrl+P): the PDF report's pages, through the platform's print dialog."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kompare.core.model import Comparison
from kompare.report.build_html import report_title


def choose_printer(parent: QWidget | None, comparison: Comparison) -> QPrinter | None:
    """Ask where and how to print; None when the reader cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(report_title(comparison))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the comparison")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pages(comparison: Comparison, printer: QPrinter, *, progress=None, should_cancel=None) -> str:
    """Paint the report's pages on ``printer`` (safe on a worker thread: Qt paints printers in threads);
    the file printed to, or "" for a printer."""
    from kompare.report import print_report

    target = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    if not target:
        print_report(comparison, printer, progress=progress, should_cancel=should_cancel)
        return ""
    # Print to File: Qt would write over the chosen file page by page, so a cancel or a full disk
    # left a cut-off PDF in place of the old file. The pages go to a temporary file, and the one
    # atomic writer puts them in place once they are complete.
    from kompare.outputs import check_output, write_output
    from kompare.report import ReportError

    check_output(target, what="the report")  # (a wrong name fails before the slow part)
    fd, scratch = tempfile.mkstemp(prefix="kompare-print-", suffix=".pdf")
    os.close(fd)
    try:
        printer.setOutputFileName(scratch)
        print_report(comparison, printer, progress=progress, should_cancel=should_cancel)
        data = Path(scratch).read_bytes()
        if b"%%EOF" not in data[-64:]:
            raise ReportError(f"the PDF could not be written in full (is the disk of {tempfile.gettempdir()} "
                              "full?); nothing was saved")
        write_output(target, data, what="the report", should_cancel=should_cancel)
        return target
    finally:
        printer.setOutputFileName(target)
        Path(scratch).unlink(missing_ok=True)
