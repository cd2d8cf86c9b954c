"""Print a comparison (Ctrl+P): the report's pages, through the platform's print dialog."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kompare.core.model import Comparison
from kompare.report.build_html import FONT_FAMILIES, build_html, report_title

#: The report's body text size (as in the PDF report).
POINT_SIZE = 9.5


def report_document(comparison: Comparison) -> QTextDocument:
    """The report as a QTextDocument: the same markup, fonts and wrapping as the PDF report."""
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(POINT_SIZE)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setHtml(build_html(comparison, target="qt"))
    return doc


def print_comparison(parent: QWidget | None, comparison: Comparison) -> bool:
    """Ask where and how to print, then print the report; False when the reader cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(report_title(comparison))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the comparison")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    report_document(comparison).print_(printer)
    return True
