"""File > Export: names, extensions, formats and folders chosen through the save dialog."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kompare.core.model import Side
from tests.gui.helpers import make_comparison
from tests.gui.test_main_window import show


@pytest.fixture
def save_dialog(monkeypatch):
    """Answer the save dialog with ``answer['path']`` and ``answer['filter']``; record its start."""
    answer = {"path": "", "filter": "", "asked": []}

    def fake(parent, title, start, filters, *a, **k):
        answer["asked"].append((title, start, filters))
        return answer["path"], answer["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return answer


@pytest.fixture
def exports(window, monkeypatch):
    done = []
    monkeypatch.setattr(window, "run_export", lambda path, fmt: done.append((path, fmt)))
    return done


@pytest.fixture
def replace_answer(monkeypatch):
    asked = []
    answer = {"yes": False}

    def fake(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if answer["yes"] else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", fake)
    answer["asked"] = asked
    return answer


def placed(tmp_path):
    c = make_comparison()
    folder = tmp_path / "articles"
    folder.mkdir()
    a = replace(c.a.document, path=str(folder / "daily.txt"))
    b = replace(c.b.document, path=str(folder / "weekly.txt"))
    return replace(c, a=replace(c.a, document=a), b=replace(c.b, document=b)), folder


def test_report_starts_beside_the_documents_with_both_names(qtbot, window, tmp_path, save_dialog, exports):
    c, folder = placed(tmp_path)
    show(window, qtbot, c)
    window.export_report()
    title, start, filters = save_dialog["asked"][0]
    assert start == str(folder.resolve() / "daily-vs-weekly.pdf")
    assert "PDF" in filters and "HTML" in filters
    window.settings.last_export_dir = str(tmp_path)
    window.export_json()
    assert save_dialog["asked"][1][1] == str(tmp_path / "daily-vs-weekly.json")


def test_the_names_extension_decides_the_report_format(qtbot, window, tmp_path, save_dialog, exports):
    show(window, qtbot)
    save_dialog.update(path=str(tmp_path / "r.pdf"), filter="HTML report (*.html)")
    window.export_report()
    save_dialog.update(path=str(tmp_path / "r.htm"), filter="PDF report (*.pdf)")
    window.export_report()
    save_dialog.update(path=str(tmp_path / "plain"), filter="HTML report (*.html)")
    window.export_report()
    save_dialog.update(path=str(tmp_path / "plain2"), filter="PDF report (*.pdf)")
    window.export_report()
    assert exports == [(str(tmp_path / "r.pdf"), "pdf"), (str(tmp_path / "r.htm"), "html"),
                       (str(tmp_path / "plain.html"), "html"), (str(tmp_path / "plain2.pdf"), "pdf")]


def test_json_gets_its_extension(qtbot, window, tmp_path, save_dialog, exports):
    show(window, qtbot)
    save_dialog.update(path=str(tmp_path / "comparison"), filter="JSON (*.json)")
    window.export_json()
    assert exports == [(str(tmp_path / "comparison.json"), "json")]


def test_an_added_extension_never_replaces_a_file_silently(qtbot, window, tmp_path, save_dialog, exports,
                                                           replace_answer):
    show(window, qtbot)
    (tmp_path / "report.pdf").write_bytes(b"%PDF old")
    (tmp_path / "data.json").write_text("{}")
    save_dialog.update(path=str(tmp_path / "report"), filter="PDF report (*.pdf)")
    window.export_report()
    save_dialog.update(path=str(tmp_path / "data"), filter="JSON (*.json)")
    window.export_json()
    assert exports == [] and len(replace_answer["asked"]) == 2
    assert "report.pdf" in replace_answer["asked"][0]
    replace_answer["yes"] = True
    save_dialog.update(path=str(tmp_path / "report"), filter="PDF report (*.pdf)")
    window.export_report()
    assert exports == [(str(tmp_path / "report.pdf"), "pdf")]


def test_open_dialog_starts_beside_the_other_document(qtbot, window, tmp_path, monkeypatch):
    c, folder = placed(tmp_path)
    show(window, qtbot, c)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, start, filters, *a, **k: (asked.append(start), ("", ""))[1])
    window.open_dialog(Side.B)
    assert asked == [str(folder.resolve())]
    window.settings.last_open_dir = str(tmp_path)
    window.open_dialog(Side.B)
    assert asked[-1] == str(tmp_path)  # the folder the user last chose wins
