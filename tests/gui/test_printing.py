"""Ctrl+P prints the PDF report's pages through the print dialog (mocked here: no printer needed)."""

import os

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from kompare.core.model import Side
from tests.gui.helpers import make_comparison
from tests.report.helpers import needs_poppler, pdf_pages, pdf_text


class FakeDialog:
    """Stands in for QPrintDialog: 'chooses' a PDF file as the printer, or cancels."""

    answer = QDialog.DialogCode.Accepted
    target = None
    opened = []

    def __init__(self, printer, parent=None):
        self.printer = printer
        FakeDialog.opened.append(printer)

    def setWindowTitle(self, _title):
        pass

    def exec(self):
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakeDialog.target))
        return FakeDialog.answer


@needs_poppler
def test_ctrl_p_prints_the_report(qtbot, window, tmp_path, monkeypatch):
    from kompare.gui import printing

    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    FakeDialog.target, FakeDialog.opened, FakeDialog.answer = tmp_path / "printed.pdf", [], QDialog.DialogCode.Accepted
    assert not window.actions.print.isEnabled()  # nothing to print yet
    c = make_comparison()
    window.show_comparison(c)
    assert [k.toString() for k in window.actions.print.shortcuts()] == ["Ctrl+P"]
    window.actions.print.trigger()
    assert len(FakeDialog.opened) == 1
    assert FakeDialog.opened[0].docName().startswith("kompare: Treaty signed vs Pact sealed")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Printed to {FakeDialog.target}.", timeout=20000)
    text = " ".join(pdf_text(FakeDialog.target).split())
    for heading in ("Comparison report", "Summary", "Legend", "Linked passages", "Only in A", "Quotations"):
        assert heading in text
    assert "number: “23” → “25”" in text
    # The PDF report's page layout: a running header naming both documents and numbered pages.
    pages = pdf_pages(FakeDialog.target)
    titles = f"{c.a.document.display_name} vs {c.b.document.display_name}"
    assert " ".join(pages[0].split()).startswith(titles)
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in " ".join(page.split())


@needs_poppler
def test_printing_keeps_the_chosen_paper_and_runs_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QPageSize

    from kompare.gui import printing
    from kompare.report import print_report as real_print

    threads = []

    def recording(comparison, printer, **kw):
        import threading

        threads.append(threading.current_thread() is threading.main_thread())
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # as a dialog would
        real_print(comparison, printer, **kw)

    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    monkeypatch.setattr("kompare.report.print_report", recording)
    FakeDialog.target, FakeDialog.opened, FakeDialog.answer = tmp_path / "letter.pdf", [], QDialog.DialogCode.Accepted
    window.show_comparison(make_comparison(filler=200))
    window.actions.print.trigger()
    qtbot.waitUntil(lambda: "Printed to" in window.statusBar().currentMessage(), timeout=30000)
    assert threads == [False]
    from tests.report.helpers import pdf_info

    info = pdf_info(FakeDialog.target)
    assert info["Page size"].startswith("612 x 792")  # Letter, in points
    assert int(info["Pages"]) >= 2


def test_cancelling_a_print_run_aborts_it(qtbot, window, tmp_path, monkeypatch):
    from kompare.gui import printing

    aborted = []
    started = []

    class SlowPrinter(QPrinter):
        def newPage(self):
            started.append(1)
            window.export_job.cancel()  # the reader presses Cancel while pages go out (thread-safe)
            return super().newPage()

        def abort(self):
            aborted.append(1)
            return super().abort()

    def choose(parent, comparison):
        printer = SlowPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "half.pdf"))
        return printer

    monkeypatch.setattr(printing, "choose_printer", choose)
    (tmp_path / "half.pdf").write_bytes(b"the old file")
    window.show_comparison(make_comparison(filler=200))
    window.actions.print.trigger()
    qtbot.waitUntil(lambda: window.export_job is None, timeout=30000)
    assert started and aborted
    assert "Printing cancelled" in window.statusBar().currentMessage()
    assert not window.progress.isVisible()
    assert window.comparison is not None and window.panes[Side.A].toPlainText()
    # Printed to a file: the file is as it was (Qt wrote over it page by page, then stopped).
    assert (tmp_path / "half.pdf").read_bytes() == b"the old file" and os.listdir(tmp_path) == ["half.pdf"]


def test_printing_to_a_file_in_a_missing_folder_says_so(qtbot, window, tmp_path, monkeypatch, dialogs):
    from kompare.gui import printing

    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    FakeDialog.target, FakeDialog.opened = tmp_path / "gone" / "p.pdf", []
    FakeDialog.answer = QDialog.DialogCode.Accepted
    window.show_comparison(make_comparison())
    window.actions.print.trigger()
    qtbot.waitUntil(lambda: window.export_job is None, timeout=20000)
    assert dialogs and f"folder {tmp_path / 'gone'} does not exist" in dialogs[-1][-1]


def test_cancelled_print_prints_nothing(qtbot, window, tmp_path, monkeypatch):
    from kompare.gui import printing

    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    FakeDialog.target, FakeDialog.opened, FakeDialog.answer = tmp_path / "no.pdf", [], QDialog.DialogCode.Rejected
    window.show_comparison(make_comparison())
    window.actions.print.trigger()
    assert len(FakeDialog.opened) == 1 and not FakeDialog.target.exists()
