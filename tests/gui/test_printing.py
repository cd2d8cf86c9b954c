"""Ctrl+P prints the report's pages through the print dialog (mocked here: no printer needed)."""

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from tests.gui.helpers import make_comparison
from tests.report.helpers import needs_poppler, pdf_text


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
    text = " ".join(pdf_text(FakeDialog.target).split())
    for heading in ("Comparison report", "Summary", "Legend", "Linked passages", "Only in A", "Quotations"):
        assert heading in text
    assert "number: “23” → “25”" in text
    assert "Sent the report" in window.statusBar().currentMessage()


def test_cancelled_print_prints_nothing(qtbot, window, tmp_path, monkeypatch):
    from kompare.gui import printing

    monkeypatch.setattr(printing, "QPrintDialog", FakeDialog)
    FakeDialog.target, FakeDialog.opened, FakeDialog.answer = tmp_path / "no.pdf", [], QDialog.DialogCode.Rejected
    window.show_comparison(make_comparison())
    window.actions.print.trigger()
    assert len(FakeDialog.opened) == 1 and not FakeDialog.target.exists()
