"""Bad input: one clear InputError naming the file and the reason."""

from __future__ import annotations

import os
import sys
import zipfile

import pytest

from kompare.core.errors import InputError
from kompare.core.ingest import load_document


def reason_for(path, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        load_document(path, **kwargs)
    assert caught.value.path == os.fspath(path)
    assert os.fspath(path) in str(caught.value)
    return caught.value.reason


def test_missing_file(tmp_path):
    assert reason_for(tmp_path / "absent.txt") == "no such file"


def test_missing_parent_is_also_no_such_file(write):
    afile = write("a.txt", "Some text here.")
    assert reason_for(afile / "child.txt") == "no such file"


def test_directory(tmp_path):
    assert reason_for(tmp_path).startswith("is a folder, not a file")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n",
                                     "  \n".encode("utf-16")])
def test_empty_or_whitespace_only(write, content):
    assert reason_for(write("empty.txt", content)) == "the file is empty"


def test_too_big(write):
    path = write("big.txt", b"a" * 25_300_000)
    assert reason_for(path).startswith("the file is 25,300,000 bytes; kompare reads documents up to 20,000,000 bytes")


def test_one_byte_too_big_says_so_exactly(write):
    path = write("big.txt", b"a" * 1_001)
    assert reason_for(path, max_bytes=1_000).startswith(
        "the file is 1,001 bytes; kompare reads documents up to 1,000 bytes")


def test_max_bytes_is_respected(write):
    path = write("small.txt", b"x" * 2_000)
    assert "1,000 bytes" in reason_for(path, max_bytes=1_000)
    assert load_document(path, max_bytes=2_000).text == "x" * 2_000


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"\x7fELF\x02\x01\x01\x00", "an executable program (ELF)"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "an executable program (Windows)"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"some\x00binary\x00data\x00\x01\x02", "a binary file"),
    ],
)
def test_binary_files_say_what_they_are(write, data, kind):
    reason = reason_for(write("file.txt", data))
    assert reason.startswith(f"this is {kind}, not a text document")


def test_a_pdf_cut_short_says_it_is_damaged_and_what_to_do(write):
    reason = reason_for(write("a.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))
    assert reason.startswith("this PDF is damaged and cannot be read (")
    assert "copy its text" in reason and "\n" not in reason


def test_zip_and_docx(tmp_path):
    plain = tmp_path / "a.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert reason_for(plain) == "this is a ZIP archive, not a text document"
    docx = tmp_path / "a.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert reason_for(docx).startswith("this Word document is damaged or is not really one (word/document.xml: ")


def test_real_executable_is_refused():
    assert reason_for(sys.executable).startswith("this is an executable program")


def test_control_character_soup_is_binary(write):
    assert reason_for(write("soup.txt", bytes(range(1, 9)) * 50)) == "this is a binary file, not a text document"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_permission_denied(write):
    path = write("secret.txt", "Text.")
    path.chmod(0)
    try:
        assert reason_for(path).startswith("permission denied")
    finally:
        path.chmod(0o600)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_not_read(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert reason_for(pipe).startswith("is not a regular file")


def test_html_page_without_text(write):
    assert "no article text" in reason_for(write("blank.html", "<html><body><div></div></body></html>"))


def test_unexpected_failures_become_input_errors(write, monkeypatch):
    import kompare.core.ingest as ingest

    def boom(*_args, **_kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(ingest, "find_furniture", boom)
    reason = reason_for(write("a.txt", "Some perfectly fine text."))
    assert "RuntimeError" in reason and "simulated bug" in reason
