"""Reading documents: files on disk (or strings) to :class:`Document` values.

:func:`load_document` accepts plain text and Markdown in the usual
encodings, saved HTML pages, WordPress REST JSON, e-mails, PDF, Word (.docx),
OpenDocument (.odt), RTF and EPUB files, and refuses anything else with an
:class:`InputError` that says why.  Page furniture found on the
way ("Advertisement", captions, a repeated headline) is listed in
``Document.excluded``; anything the user should know (an encoding guess, a
file cut short) goes to ``Document.notices``.

>>> doc = document_from_text("Kim meets Putin\\nAdvertisement\\nThey met on Wednesday.")
>>> doc.title, [doc.text[e.start:e.end] for e in doc.excluded]
('Kim meets Putin', ['Advertisement'])
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace

from kompare.core.address import is_address
from kompare.core.config import CompareConfig
from kompare.core.english import NOT_ENGLISH, reads_english
from kompare.core.errors import Cancelled, InputError, ShouldCancel
from kompare.core.ingest.decode import decode_bytes, utf16_without_bom
from kompare.core.ingest.detect import binary_kind, hint_for, looks_binary_text, text_format
from kompare.core.ingest.extracted import Extracted, TextBudget, too_much_text
from kompare.core.ingest.furniture import find_furniture
from kompare.core.ingest.html_page import extract_html
from kompare.core.ingest.jsondoc import extract_json
from kompare.core.ingest.mail import read_mail, read_mime
from kompare.core.ingest.markdown import render_markdown
from kompare.core.ingest.metadata import find_date, guess_title
from kompare.core.ingest.packages import read_docx, read_epub, read_odt
from kompare.core.ingest.rtf import read_rtf
from kompare.core.ingest.web import load_url
from kompare.core.ingest.wordpress import extract_wordpress, looks_like_wordpress
from kompare.core.model import Document, Excluded

__all__ = ["load_document", "load_source", "load_url", "is_address", "document_from_text",
           "document_from_bytes", "InputError"]

_UNICODE_MARKS = (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff")
EMPTY = "the file is empty"
NO_MAIL_TEXT = ("this e-mail has no text to compare (no text or HTML part with words in it); "
                "if the article is in an attachment, save the attachment and open it")
NOT_AN_ARTICLE = ("this is JSON data with no article text in it; kompare reads WordPress REST API exports "
                  "and JSON that holds an article's text (for anything else, save the article's text as a .txt file)")
NOTHING_LEFT = "everything in this file looks like page furniture (menus, buttons, captions): nothing is left to compare"


def load_document(path: str | os.PathLike, *, max_bytes: int = CompareConfig.max_file_bytes,
                  should_cancel: ShouldCancel | None = None) -> Document:
    """Read a document from disk; raise :class:`InputError` (and nothing else) if it can't be used,
    :class:`Cancelled` when ``should_cancel()`` turns true while a long PDF or archive is read.

    >>> load_document("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    kompare.core.errors.InputError: /no/such/file.txt: no such file
    """
    try:
        name = os.fsdecode(path)
    except TypeError as exc:
        raise InputError(str(path), "this is not a file path") from exc
    try:
        data = _read(name, max_bytes)
        return _from_bytes(data, name, max_bytes, should_cancel)
    except (InputError, Cancelled):
        raise
    except Exception as exc:  # a promise to callers: bad files never escape as other errors
        raise InputError(name, f"kompare could not read this file ({type(exc).__name__}: {exc})") from exc


def load_source(source: str | os.PathLike, *, config=None, should_cancel: ShouldCancel | None = None) -> Document:
    """A file path or an ``http(s)://`` address (fetched, see :mod:`.web`) as a document;
    ``should_cancel`` as for :func:`load_document`.

    >>> load_source("/no/such/file.txt").__class__
    Traceback (most recent call last):
    ...
    kompare.core.errors.InputError: /no/such/file.txt: no such file
    """
    config = config or CompareConfig()
    if is_address(source):
        return load_url(source, config=config, should_cancel=should_cancel)
    if isinstance(source, str) and source == "-":
        raise InputError(source, "kompare does not read standard input: save the text to a file and give its name")
    return load_document(_file_url_path(source), max_bytes=config.max_file_bytes, should_cancel=should_cancel)


def _file_url_path(source: str | os.PathLike) -> str | os.PathLike:
    """A ``file:`` address (as a browser's address bar or a file manager copies it) as the path it
    names; anything else unchanged.

    >>> _file_url_path("file:///tmp/a%20b.txt"), _file_url_path("file://localhost/tmp/a.txt"), _file_url_path("a.txt")
    ('/tmp/a b.txt', '/tmp/a.txt', 'a.txt')
    """
    if not isinstance(source, str) or not source.lower().startswith("file:"):
        return source
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    parts = urlsplit(source)
    if parts.netloc not in ("", "localhost"):
        raise InputError(source, f"this file is on another computer ({parts.netloc}): copy it here and open the copy")
    return url2pathname(parts.path)


def document_from_bytes(data: bytes, path: str, *, max_bytes: int = CompareConfig.max_file_bytes, name: str = "",
                        should_cancel: ShouldCancel | None = None) -> Document:
    """A document from bytes already in memory (a download), read exactly as a file would be.

    ``path`` guides the format (its extension); ``name`` (default ``path``) is what
    messages and the document show.

    >>> document_from_bytes(b"Kim met Putin.", "https://x.org/a.txt").text
    'Kim met Putin.'
    """
    name = name or path
    if len(data) > max_bytes:
        raise _too_big(name, len(data), max_bytes)
    if not data:
        raise InputError(name, EMPTY)
    try:
        document = _from_bytes(data, path, max_bytes, should_cancel)
    except InputError as exc:
        raise InputError(name, exc.reason) from None
    except Cancelled:
        raise
    except Exception as exc:
        raise InputError(name, f"kompare could not read this ({type(exc).__name__}: {exc})") from exc
    return replace(document, path=name) if document.path != name else document


def document_from_text(text: str, *, path: str = "", format: str = "text") -> Document:
    """A document made from a string, with furniture, title and date found as for a file.

    Line breaks are normalised to ``\\n``; nothing else in ``text`` changes.

    >>> doc = document_from_text("Putin visits Kim\\r\\nRead More", path="x.txt")
    >>> doc.text, doc.excluded[0].note
    ('Putin visits Kim\\nRead More', 'link to more')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _assemble(Extracted(text), path, format, ())


def _read(name: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(name, "is a folder, not a file: choose a document inside it")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, "is not a regular file (a device or a pipe): choose a saved document")
        if info.st_size > max_bytes:
            raise _too_big(name, info.st_size, max_bytes)
        with open(name, "rb") as handle:
            # read(n) reserves n bytes up front: ask for the file's size, not the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew since stat(): read on, up to the limit
                data += handle.read(max(0, max_bytes + 1 - len(data)))
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file: choose a document inside it") from None
    except PermissionError:
        raise InputError(name, "permission denied: kompare may not read this file; "
                               "check its permissions or copy it somewhere you own") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    except ValueError:  # a NUL character in the path
        raise InputError(name, "no such file (the path contains a NUL character)") from None
    if len(data) > max_bytes:  # the file grew while we looked
        raise _too_big(name, len(data), max_bytes)
    if not data:
        raise InputError(name, EMPTY)
    return data


def _packaged(data: bytes, name: str, kind: str, budget: TextBudget) -> Document | None:
    """A document in a binary format kompare reads (PDF, Word, OpenDocument, EPUB, RTF); None otherwise."""
    if kind == "a PDF document":
        from kompare.core.ingest.pdf import read_pdf  # pdfminer is imported only for PDFs

        return _assemble(read_pdf(data, name, budget), name, "pdf", ())
    readers = {"a Word document (.docx)": ("docx", read_docx), "an OpenDocument file": ("odt", read_odt),
               "an EPUB e-book": ("epub", read_epub)}
    if kind in readers:
        fmt, reader = readers[kind]
        return _assemble(reader(data, name, budget), name, fmt, ())
    if kind == "an RTF document":
        found = read_rtf(data)
        if not found.text.strip():
            raise InputError(name, "this RTF document has no text to compare")
        return _assemble(found, name, "rtf", ())
    return None


def _from_bytes(data: bytes, name: str, max_bytes: int = CompareConfig.max_file_bytes,
                should_cancel: ShouldCancel | None = None) -> Document:
    kind = binary_kind(data)
    if kind:
        document = _packaged(data, name, kind, TextBudget(name, max_bytes, should_cancel=should_cancel))
        if document is not None:
            if len(document.text) > max_bytes:  # a small archive or PDF can hold far more text than the cap
                raise too_much_text(name, len(document.text), max_bytes)
            return document
        hint = hint_for(kind)
        raise InputError(name, f"this is {kind}, not a text document" + (f"; {hint}" if hint else ""))
    mime = read_mime(data)
    if mime is not None:
        if not mime.text.strip():
            raise InputError(name, NO_MAIL_TEXT)
        return _assemble(mime, name, "text", ())
    nul_notice: tuple[str, ...] = ()
    if b"\x00" in data and not data.startswith(_UNICODE_MARKS) and not utf16_without_bom(data):
        # Text with NUL bytes in it (binary files were refused above): a damaged or padded file.
        count = data.count(b"\x00")
        data = data.replace(b"\x00", b"")
        nul_notice = (f"{count} NUL byte{'s were' if count > 1 else ' was'} removed "
                      "(the file may be damaged: check the text around the gap)",)
    decoded = decode_bytes(data)
    decoded = replace(decoded, notices=decoded.notices + nul_notice)
    text = decoded.text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(name, EMPTY)
    if looks_binary_text(text):
        raise InputError(name, "this is a binary file, not a text document")
    if looks_like_wordpress(text):
        found = extract_wordpress(text)
        if found is not None and found.text.strip():
            return _assemble(found, name, "wordpress-json", decoded.notices)
    if text.lstrip("\ufeff \t\n")[:1] in ("{", "["):
        found = extract_json(text)
        if found is not None:
            return _assemble(found, name, "text", decoded.notices)
        if _is_json(text):
            raise InputError(name, NOT_AN_ARTICLE)
    fmt = text_format(name, text)
    if fmt == "markdown":
        found = render_markdown(text)
        if not found.text.strip():
            raise InputError(name, "this Markdown file has no text to compare (only markup, links or images)")
        return _assemble(found, name, fmt, decoded.notices)
    if fmt == "html":
        found = extract_html(text)
        if found is None or not found.text.strip():
            raise InputError(name, "this web page has no article text to compare")
        return _assemble(found, name, "html", decoded.notices)
    return _assemble(Extracted(text), name, fmt, decoded.notices)


def _assemble(found: Extracted, name: str, fmt: str, notices: tuple[str, ...]) -> Document:
    """The finished document: furniture found, title and date filled in where missing."""
    excluded = find_furniture(found.text, title=found.title)
    if found.excluded:
        excluded = _union(excluded, found.excluded)
    mail = read_mail(found.text) if fmt == "text" else None
    if mail is not None:
        found = replace(found, title=found.title or mail.title,
                        date=found.date or find_date(mail.date_line))
        excluded = _union(excluded, mail.excluded)
    title = found.title or guess_title(found.text, excluded) or _file_name(name)
    notices += found.notices
    if found.text.strip() and not _has_kept_text(found.text, excluded):
        notices += (NOTHING_LEFT,)
    if not reads_english(found.text, CompareConfig()):
        notices += (NOT_ENGLISH,)
    return Document(found.text, path=name, title=title, source=found.source,
                    date=found.date or find_date(found.text, excluded), excluded=excluded,
                    notices=notices, format=fmt)


def _union(excluded: tuple[Excluded, ...], wider: tuple[Excluded, ...]) -> tuple[Excluded, ...]:
    """Both sets of ranges, sorted and disjoint: a range inside or across a wider one is dropped."""
    kept = [e for e in excluded if not any(e.start < w.end and w.start < e.end for w in wider)]
    return tuple(sorted(kept + list(wider), key=lambda e: e.start))


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _has_kept_text(text: str, excluded) -> bool:
    """True when some non-blank character lies outside every excluded range."""
    pos = 0
    for e in excluded:
        if text[pos : e.start].strip():
            return True
        pos = max(pos, e.end)
    return bool(text[pos:].strip())


def _too_big(name: str, size: int, max_bytes: int) -> InputError:
    return InputError(name, f"the file is {size:,} bytes; kompare reads documents up to {max_bytes:,} bytes "
                            "(save just the article's text to a smaller file)")


def _size(count: int) -> str:
    """A byte count, exact (one byte over the limit must show), with a rounded size for people.

    >>> _size(20_000_001), _size(20_000_000), _size(1_500), _size(12)
    ('20,000,001 bytes (20 MB)', '20,000,000 bytes (20 MB)', '1,500 bytes (1.5 kB)', '12 bytes')
    """
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if count >= scale:
            return f"{count:,} bytes (" + f"{count / scale:.1f}".removesuffix(".0") + f" {unit})"
    return f"{count} bytes"


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else ""
