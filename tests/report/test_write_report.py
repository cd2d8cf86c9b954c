"""write_report's contract: formats, options, errors, and atomic writes."""

import os
import stat
from pathlib import Path

import pytest

from kompare import outputs
from kompare.report import ReportError, format_for, write_report

from .helpers import needs_poppler, pdf_text

GOOD = b"%PDF-1.4 a good old report\n"


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# -- formats and options ---------------------------------------------------------------


@pytest.mark.parametrize("name,fmt,expected", [
    ("r.pdf", None, "pdf"), ("r.PDF", None, "pdf"), ("r.html", None, "html"), ("r.htm", None, "html"),
    ("r.txt", "html", "html"), ("r.html", "pdf", "pdf"), ("r", ".PDF", "pdf"),
])
def test_format_from_extension_or_option(name, fmt, expected):
    assert format_for(name, fmt) == expected


def test_a_pdf_too_long_to_lay_out_is_refused_before_the_layout_and_html_is_offered(tmp_path, comparison,
                                                                                    monkeypatch):
    """Qt holds a whole laid-out report in memory (0.4 MB a page): past MAX_PAGES the PDF is
    refused in a line that says to write HTML, the old file kept; the HTML report is written."""
    import kompare.report as report
    import kompare.report.pdf as pdf

    monkeypatch.setattr(report, "MAX_PAGES", 1)
    monkeypatch.setattr(report, "HTML_PER_PAGE", 100)  # (a small report made long)
    monkeypatch.setattr(pdf, "render_pdf", lambda *a, **k: pytest.fail("laid out"))
    out = tmp_path / "r.pdf"
    out.write_bytes(GOOD)
    with pytest.raises(ReportError, match=r"about [\d,]+ pages, more than the 1 kompare lays out at once: "
                                          r"write it as an HTML report \(\.html\) instead"):
        write_report(comparison, out)
    assert out.read_bytes() == GOOD
    write_report(comparison, tmp_path / "r.html")
    assert (tmp_path / "r.html").stat().st_size > 2 * report.HTML_PER_PAGE


def test_unknown_format_or_page_size_is_a_report_error(tmp_path, comparison):
    with pytest.raises(ReportError, match="name it .pdf or .html"):
        write_report(comparison, tmp_path / "r.txt")
    with pytest.raises(ReportError, match="unknown report format 'docx'"):
        write_report(comparison, tmp_path / "r.pdf", fmt="docx")
    with pytest.raises(ReportError, match="unknown page size 'A3'"):
        write_report(comparison, tmp_path / "r.pdf", page_size="A3")
    assert listing(tmp_path) == []


def test_html_export_is_self_contained_utf8(tmp_path, comparison):
    path = tmp_path / "r.html"
    write_report(comparison, path)
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html and "<style>" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html and "<script" not in html
    assert "김정은 meets Putin" in html and "Outlet Ä" in html
    assert '<span class="wd">supplied</span>' in html


def test_html_progress_reaches_the_end(tmp_path, comparison):
    seen = []
    write_report(comparison, tmp_path / "r.html", progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)


# -- folders that cannot take the report -----------------------------------------------


def test_missing_folder(tmp_path, comparison):
    with pytest.raises(ReportError, match="does not exist") as err:
        write_report(comparison, tmp_path / "nope" / "r.pdf")
    assert str(tmp_path / "nope") in str(err.value)
    assert "\n" not in str(err.value)


def test_parent_is_a_file_or_target_is_a_folder(tmp_path, comparison):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ReportError, match="is not a folder"):
        write_report(comparison, tmp_path / "file" / "r.html")
    (tmp_path / "dir.html").mkdir()
    with pytest.raises(ReportError, match="is a folder"):
        write_report(comparison, tmp_path / "dir.html")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(tmp_path, comparison):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReportError, match="cannot write the report in folder"):
            write_report(comparison, folder / "r.html")
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(not os.path.isdir("/sys"), reason="needs Linux's read-only /sys")
def test_folder_on_a_read_only_file_system(comparison):
    try:
        probe = os.open("/sys/.kompare-probe", os.O_CREAT | os.O_WRONLY)
    except OSError:
        pass
    else:  # pragma: no cover - a writable /sys: nothing to test
        os.close(probe)
        os.unlink("/sys/.kompare-probe")
        pytest.skip("/sys is writable here")
    with pytest.raises(ReportError, match="cannot write the report in folder /sys"):
        write_report(comparison, "/sys/report.html")


def test_permission_denied_while_creating_the_temp_file(tmp_path, comparison, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outputs.tempfile, "mkstemp", refuse)
    with pytest.raises(ReportError, match="Permission denied"):
        write_report(comparison, tmp_path / "r.html")


# -- atomic writes -----------------------------------------------------------------------


@pytest.mark.usefixtures("qt_app")
def test_good_pdf_survives_a_failure_mid_write(tmp_path, comparison):
    path = tmp_path / "report.pdf"
    path.write_bytes(GOOD)

    def explode(fraction, message):
        if message.startswith("Wrote page"):  # pages are being painted into the temp file
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_report(comparison, path, progress=explode)
    assert path.read_bytes() == GOOD
    assert listing(tmp_path) == ["report.pdf"]


def test_good_html_survives_a_failed_replace(tmp_path, comparison, monkeypatch):
    path = tmp_path / "report.html"
    path.write_bytes(GOOD)

    def no_space(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", no_space)
    with pytest.raises(ReportError, match="No space left on device"):
        write_report(comparison, path)
    assert path.read_bytes() == GOOD
    assert listing(tmp_path) == ["report.html"]


@needs_poppler
@pytest.mark.usefixtures("qt_app")
def test_success_replaces_the_old_file_and_keeps_its_mode(tmp_path, comparison):
    path = tmp_path / "report.pdf"
    path.write_bytes(GOOD)
    path.chmod(0o640)
    write_report(comparison, path)
    assert path.read_bytes().startswith(b"%PDF") and path.read_bytes() != GOOD
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert "North Korea" in pdf_text(path)
    assert listing(tmp_path) == ["report.pdf"]


@pytest.mark.usefixtures("qt_app")
def test_a_failed_pdf_write_keeps_the_old_report(tmp_path, comparison, monkeypatch):
    path = tmp_path / "report.pdf"
    path.write_bytes(GOOD)
    written = []

    def full_disk(fd, data):
        written.append(bytes(data[:4]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "write", full_disk)
    with pytest.raises(ReportError, match="No space left on device .*; the old file is unchanged$"):
        write_report(comparison, path)
    assert written == [b"%PDF"]  # the whole PDF went through the one writer
    assert path.read_bytes() == GOOD
    assert listing(tmp_path) == ["report.pdf"]


@pytest.mark.usefixtures("qt_app")
@pytest.mark.parametrize("name", ["r.pdf", "r.html"])
def test_report_onto_a_device_writes_through(comparison, name):
    before = os.stat("/dev/null")
    write_report(comparison, "/dev/null", fmt=name[2:])
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_report_never_replaces_a_compared_document(tmp_path, comparison):
    import dataclasses

    doc = tmp_path / "a.html"
    doc.write_bytes(GOOD)
    a = dataclasses.replace(comparison.a, document=dataclasses.replace(comparison.a.document, path=str(doc)))
    with pytest.raises(ReportError, match="is the same file as the input document"):
        write_report(dataclasses.replace(comparison, a=a), doc)
    assert doc.read_bytes() == GOOD


def test_new_file_gets_the_usual_mode(tmp_path, comparison):
    path = tmp_path / "new.html"
    write_report(comparison, path)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
