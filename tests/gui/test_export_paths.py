"""Where an export goes, decided without a window: the start folder's order of preference, names, suffixes."""

from pathlib import Path

import pytest

from kompare.core.model import Document, Side
from kompare.gui.export_paths import default_stem, document_dir, export_start, report_format, with_suffix


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    return {Side.A: Document("a", path=str(folder / "daily.txt")), Side.B: Document("b", path=str(folder / "weekly.txt"))}


def test_document_dir_is_the_first_side_with_a_folder(tmp_path, docs):
    folder = str((tmp_path / "articles").resolve())
    assert document_dir(docs, Side.A, Side.B) == folder
    web = {Side.A: Document("a", path="https://example.org/story"), Side.B: docs[Side.B]}
    assert document_dir(web, Side.A) == ""
    assert document_dir(web, Side.A, Side.B) == folder  # an address has no folder: B's is next
    gone = {Side.A: Document("a", path=str(tmp_path / "no such folder" / "a.txt")), Side.B: None}
    assert document_dir(gone, Side.A, Side.B) == ""


@pytest.mark.parametrize(("last_export", "last_open", "expected"), [
    ("/exports", "/opened", "/exports"),  # the last export's folder first
    ("", "/opened", "articles"),  # then the documents' folder
])
def test_export_start_prefers_the_last_export_then_the_documents(tmp_path, docs, last_export, last_open, expected):
    start = Path(export_start("x-vs-y.pdf", docs, last_export, last_open))
    assert start.name == "x-vs-y.pdf" and start.parent.name == Path(expected).name


def test_export_start_without_documents_falls_back_to_the_last_opened_folder_then_home():
    nothing = {Side.A: None, Side.B: None}
    assert export_start("r.pdf", nothing, "", "/opened") == str(Path("/opened") / "r.pdf")
    assert export_start("r.pdf", nothing, "", "") == str(Path.home() / "r.pdf")


def test_default_stem_names_both_documents(docs):
    assert default_stem(docs) == "daily-vs-weekly"
    assert default_stem({Side.A: None, Side.B: None}) == "document-vs-document"


@pytest.mark.parametrize(("path", "chosen", "fmt"), [
    ("report.pdf", "HTML report (*.html)", "pdf"),
    ("report.HTML", "PDF report (*.pdf)", "html"),
    ("report.htm", "", "html"),
    ("report", "HTML report (*.html)", "html"),
    ("report", "PDF report (*.pdf)", "pdf"),
    ("report.txt", "HTML report (*.html)", "html"),  # an unknown suffix: the filter decides
])
def test_report_format_the_name_decides_before_the_filter(path, chosen, fmt):
    assert report_format(path, chosen) == fmt


def test_with_suffix_adds_the_formats_own_unless_the_name_has_it():
    assert with_suffix("/out/report", "pdf") == ("/out/report.pdf", True)
    assert with_suffix("/out/report.html", "html") == ("/out/report.html", False)
    assert with_suffix("/out/report.html", "pdf") == ("/out/report.html.pdf", True)  # (a PDF named .html)
    assert with_suffix("/out/Mr. Jones vs Mrs. Smith", "html") == ("/out/Mr. Jones vs Mrs. Smith.html", True)
    assert with_suffix("/out.d/report", "json") == ("/out.d/report.json", True)  # a dotted folder is no suffix
