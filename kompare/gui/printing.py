"""Print a comparison (Ctrl+P): the PDF report's pages, through the platform's print dialog."""

from __future__ import annotations

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


def print_pages(comparison: Comparison, printer: QPrinter, *, progress=None, should_cancel=None) -> None:
    """Paint the report's pages on ``printer`` (safe on a worker thread: Qt paints printers in threads)."""
    from kompare.report import print_report

    print_report(comparison, printer, progress=progress, should_cancel=should_cancel)
