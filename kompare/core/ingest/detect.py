"""What kind of file is this: a binary we must refuse, or which text format.

>>> binary_kind(b"\\x89PNG\\r\\n\\x1a\\n....")
'a PNG image'
>>> binary_kind(b"Plain words.") is None
True
>>> text_format("story.html", "whatever")
'html'
>>> text_format("story.txt", "  <!DOCTYPE html><html><p>Hi</p></html>")
'html'
>>> text_format("notes.txt", "Use <b>bold</b> sparingly.")
'text'
"""

from __future__ import annotations

import os
import re

from kompare.core.formats import endings_of
from kompare.core.ingest.decode import utf16_without_bom

# (magic prefix, offset, what the user is told it is).  Only prefixes that
# cannot begin a real text file; weaker ones ("MZ", "BM") also need a NUL byte.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x00\x00\x01\x00", 0, "an icon image"),
    (b"%PDF-", 0, "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old-style Microsoft Office file (.doc/.xls/.ppt)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x7fELF", 0, "an executable program (ELF)"),
    (b"\xcf\xfa\xed\xfe", 0, "an executable program (Mach-O)"),
    (b"\xce\xfa\xed\xfe", 0, "an executable program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", 0, "a compiled program file"),
    (b"\x00asm", 0, "a WebAssembly module"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"OggS", 0, "an Ogg audio or video file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"ftyp", 4, "an MP4 or QuickTime video"),
    (b"\x1aE\xdf\xa3", 0, "a Matroska or WebM video"),
    (b"wOFF", 0, "a web font"),
    (b"wOF2", 0, "a web font"),
)
_WEAK_MAGIC = ((b"MZ", "an executable program (Windows)"), (b"BM", "a BMP image"),
               (b"BZh", "a bzip2 archive"))
# PDF, .docx, .odt, RTF and EPUB are read (see packages.py, pdf.py, rtf.py); these are not.
_HINTS = {
    "an old-style Microsoft Office file (.doc/.xls/.ppt)":
        "save it as .docx or plain text (.txt) from your word processor",
    "an Excel spreadsheet (.xlsx)": "copy the article's text into a .txt file and open that",
    "a PowerPoint presentation (.pptx)": "copy the article's text into a .txt file and open that",
}
_SAMPLE = 8192
_NUL_TEXT_MIN = 20
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0b\x0e-\x1f\x7f]")
_PLAIN_BYTES = re.compile(rb"[A-Za-z0-9 .,;:'\"!?()\n\r\t-]")
# C0 control characters other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

HTML_EXTENSIONS, MARKDOWN_EXTENSIONS = endings_of("HTML"), endings_of("Markdown")
_HTML_START = re.compile(r"(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(r"<html[\s>]", re.IGNORECASE)


def binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file, or None when the bytes may be text.

    >>> binary_kind(b"PK\\x03\\x04" + b"\\x00" * 26 + b"word/document.xml")
    'a Word document (.docx)'
    >>> binary_kind(b"abc\\x00\\x01\\x02def\\x03")
    'a binary file'
    >>> binary_kind("text".encode("utf-16"))  # NULs, but UTF-16 with a mark
    """
    head = data[:_SAMPLE]
    for magic, offset, kind in _MAGIC:
        if kind and head.startswith(magic, offset):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[head[8:12]]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(head)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff")):
        return None  # a byte-order mark: text in a Unicode encoding
    if b"\x00" in head and not utf16_without_bom(data):
        for magic, kind in _WEAK_MAGIC:
            if head.startswith(magic):
                return kind
        return None if text_with_nuls(head) else "a binary file"
    return None


def text_with_nuls(head: bytes) -> bool:
    """True when the bytes are text apart from some NUL bytes (a damaged or padded file).

    >>> text_with_nuls(b"Putin arrived in Pyongyang.\\x00\\x00\\x00 Kim met him at the airport.")
    True
    >>> text_with_nuls(b"MZ\\x90\\x00\\x03\\x00\\x00\\x00\\x04\\x00\\x00\\x00\\xff\\xff\\x00\\x00\\xb8\\x00")
    False
    """
    rest = head.replace(b"\x00", b"")
    if len(rest) < _NUL_TEXT_MIN:
        return False
    controls = len(_CONTROL_BYTES.findall(rest))
    plain = len(_PLAIN_BYTES.findall(rest))
    return controls <= 0.01 * len(rest) and plain >= 0.7 * len(rest)


def hint_for(kind: str) -> str:
    """What the user can do about a binary file of this kind ("" if nothing useful)."""
    return _HINTS.get(kind, "")


def looks_binary_text(text: str) -> bool:
    """True when decoded text is mostly control characters (binary data that slipped through).

    >>> looks_binary_text("a\\x01b\\x02c\\x03")
    True
    >>> looks_binary_text("Tabs\\tand\\nnew lines are fine.")
    False
    """
    sample = text[:_SAMPLE]
    return bool(sample) and len(_CONTROL.findall(sample)) > 0.05 * len(sample)


def text_format(path: str, text: str) -> str:
    """'html', 'markdown' or 'text' from the extension, else from the first characters.

    JSON is recognised separately (see :mod:`kompare.core.ingest.wordpress`).
    Only a document that *starts* like an HTML page is read as one, so markup
    quoted inside a text file stays literal.

    >>> text_format("a.md", "# Title")
    'markdown'
    >>> text_format("a.txt", "<?xml version='1.0'?>\\n<html xmlns='x'><body/></html>")
    'html'
    """
    ext = os.path.splitext(path)[1].lower()
    if ext in HTML_EXTENSIONS:
        return "html"
    head = text[:4096].lstrip("\ufeff \t\n")
    if _HTML_START.match(head):
        return "html"
    if head.startswith(("<?xml", "<!--")) and _HTML_ANYWHERE.search(head):
        return "html"
    if ext in MARKDOWN_EXTENSIONS:
        return "markdown"
    return "text"


def _zip_kind(head: bytes) -> str:
    # Office files are ZIP archives; their first member names say which.
    if b"word/" in head:
        return "a Word document (.docx)"
    if b"xl/" in head:
        return "an Excel spreadsheet (.xlsx)"
    if b"ppt/" in head:
        return "a PowerPoint presentation (.pptx)"
    if b"application/epub" in head:
        return "an EPUB e-book"
    if b"opendocument" in head:
        return "an OpenDocument file"
    return "a ZIP archive"
