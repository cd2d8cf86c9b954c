"""The window's export commands: JSON, PDF and HTML reports, and printing, each off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kompare.core.errors import Cancelled
from kompare.gui import backend
from kompare.gui.export_paths import default_stem, export_start, report_format, with_suffix
from kompare.gui.plain import rich
from kompare.gui.session import EXPORT
from kompare.gui.worker import Job, run_job

PRINT_TAG = object()  # the export job's tag while it prints


class ExportCommands:
    """File ▸ Export JSON, Export Report and Print, mixed into :class:`~kompare.gui.main_window.MainWindow`.

    Uses the window's ``comparison``, ``docs``, ``settings``, ``session`` and its ``_busy``,
    ``_idle``, ``_on_progress`` and ``_error``.
    """

    def _export_start_dir(self, name: str) -> str:
        return export_start(name, self.docs, self.settings.last_export_dir, self.settings.last_open_dir)

    def _confirm_replace(self, path: str) -> bool:
        """Ask before replacing a file the save dialog did not ask about (we added its suffix)."""
        target = Path(path)
        if not target.exists():
            return True
        answer = QMessageBox.question(
            self, "Replace file?", rich(f"{target.name} already exists in {target.parent}.\n\nReplace it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export_json(self) -> None:
        if self.comparison is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export JSON", self._export_start_dir(default_stem(self.docs) + ".json"), "JSON (*.json)")
        if path:
            self._export_to(path, "json")

    def export_report(self) -> None:
        if self.comparison is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export report", self._export_start_dir(default_stem(self.docs) + ".pdf"),
            "PDF report (*.pdf);;HTML report (*.html)")
        if path:
            self._export_to(path, report_format(path, chosen))

    def _export_to(self, path: str, fmt: str) -> None:
        """Export to the dialog's ``path``, asking first before replacing a name we completed."""
        path, completed = with_suffix(path, fmt)
        if not completed or self._confirm_replace(path):
            self.run_export(path, fmt)

    def print_report(self) -> None:
        """Print the report's pages (the PDF report's layout) off the GUI thread, after the print dialog."""
        if self.comparison is None:
            return
        from kompare.gui.printing import choose_printer, print_pages

        comparison = self.comparison
        printer = choose_printer(self, comparison)
        if printer is None:
            return
        self._busy("Printing…", determinate=True)
        self.session.jobs.put(EXPORT, run_job(
            lambda progress, should_cancel: print_pages(comparison, printer, progress=progress,
                                                        should_cancel=should_cancel),
            tag=PRINT_TAG, on_success=self._on_exported, on_failure=self._on_export_failed,
            on_progress=self._on_progress))

    def run_export(self, path: str, fmt: str) -> None:
        """Write a JSON file or a PDF/HTML report off the GUI thread; errors go to a dialog."""
        comparison = self.comparison
        page_size = "Letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "A4"

        def work(progress, should_cancel):
            if fmt == "json":
                backend.write_json(comparison, path, should_cancel)
            else:
                backend.write_report(comparison, path, fmt=fmt, page_size=page_size, progress=progress,
                                     should_cancel=should_cancel)
            return path

        self._busy(f"Exporting {Path(path).name}…", determinate=fmt != "json")
        self.session.jobs.put(EXPORT, run_job(work, tag=path, on_success=self._on_exported,
                                              on_failure=self._on_export_failed, on_progress=self._on_progress))

    def _on_exported(self, job: Job, path: str) -> None:
        if not self.session.jobs.finish(EXPORT, job):
            return
        self._idle()
        if job.tag is PRINT_TAG:
            self.statusBar().showMessage(f"Printed to {path}." if path else "Sent the report to the printer.", 8000)
        else:
            # Only a folder written to is where the next export starts (not one that failed).
            self.settings.last_export_dir = str(Path(path).parent)
            self.statusBar().showMessage(f"Saved {path}", 8000)

    def _on_export_failed(self, job: Job, error: BaseException) -> None:
        if not self.session.jobs.finish(EXPORT, job):
            return
        self._idle()
        printing = job.tag is PRINT_TAG
        if isinstance(error, Cancelled) or type(error).__name__ == "Cancelled":
            self.statusBar().showMessage("Printing cancelled." if printing else "Export cancelled.", 5000)
            return
        if printing:
            self._error("Printing failed", f"Could not print the report:\n\n{error}")
        else:
            self._error("Export failed", f"Could not write {job.tag}:\n\n{error}")
