"""Where an export goes and in what format: the save dialog's start, the name, the suffix (no widgets)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kompare.core.model import Document, Side
from kompare.gui.sources import is_address

#: A report's format by its name's suffix.
REPORT_FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}
#: The suffixes a file of each export format is known by.
SUFFIXES = {"json": (".json",), "pdf": (".pdf",), "html": (".html", ".htm")}

Docs = Mapping[Side, Document | None]


def document_dir(docs: Docs, *sides: Side) -> str:
    """The folder of the first of ``sides`` whose document came from a file, else ''.

    >>> document_dir({Side.A: Document("x", path="https://example.org/a"), Side.B: None}, Side.A, Side.B)
    ''
    """
    for side in sides:
        doc = docs[side]
        if doc is not None and doc.path and not is_address(doc.path) and Path(doc.path).parent.is_dir():
            return str(Path(doc.path).resolve().parent)
    return ""


def default_stem(docs: Docs) -> str:
    """'daily-vs-weekly': both documents' file names, 'document' for one without a file.

    >>> default_stem({Side.A: Document("x", path="/news/daily.txt"), Side.B: Document("y")})
    'daily-vs-document'
    """
    names = [Path(d.path).stem if d and d.path else "document" for d in (docs[Side.A], docs[Side.B])]
    return f"{names[0]}-vs-{names[1]}"


def export_start(name: str, docs: Docs, last_export_dir: str, last_open_dir: str) -> str:
    """Where the save dialog opens with ``name``: the last export's folder, else the documents'
    (documents opened from the command line leave no last folder), else the last opened one, else home."""
    folder = last_export_dir or document_dir(docs, Side.A, Side.B) or last_open_dir or str(Path.home())
    return str(Path(folder) / name)


def report_format(path: str, chosen_filter: str) -> str:
    """'pdf' or 'html': the name's own suffix decides (report.pdf is a PDF whatever the filter says);
    the dialog's chosen filter decides only for a name without one.

    >>> report_format("out.HTM", "PDF report (*.pdf)"), report_format("out", "HTML report (*.html)")
    ('html', 'html')
    >>> report_format("out.txt", ""), report_format("out", "PDF report (*.pdf)")
    ('pdf', 'pdf')
    """
    return REPORT_FORMATS.get(Path(path).suffix.lower()) or ("html" if chosen_filter.startswith("HTML") else "pdf")


def with_suffix(path: str, fmt: str) -> tuple[str, bool]:
    """``path`` with '.fmt' added unless its name ends in one of the format's suffixes, and
    whether one was added (the save dialog asked about replacing the name it was given, not
    this one). A dot inside a name is no suffix ("results 2024.05.01"), and JSON named .pdf
    would not open: both get the format's own.

    >>> with_suffix("/tmp/out", "json"), with_suffix("/tmp/out.HTM", "html")
    (('/tmp/out.json', True), ('/tmp/out.HTM', False))
    >>> with_suffix("/tmp/results 2024.05.01", "pdf"), with_suffix("/tmp/x.pdf", "json"), with_suffix("/tmp/x.", "json")
    (('/tmp/results 2024.05.01.pdf', True), ('/tmp/x.pdf.json', True), ('/tmp/x.json', True))
    """
    if Path(path).suffix.lower() in SUFFIXES[fmt]:
        return path, False
    return f"{path.rstrip('.')}.{fmt}", True


__all__ = ["REPORT_FORMATS", "SUFFIXES", "default_stem", "document_dir", "export_start", "report_format", "with_suffix"]
