"""The document formats kompare reads, named once for the open dialog, the window's hints and
the docs (a module of its own, so the window names them without loading the readers).
"""

from __future__ import annotations

#: What kompare.core.ingest.load_document reads, as the user knows it: (name, the usual file name endings). The
#: format is told from the content, not the ending; the endings serve the open dialog's filter.
FORMATS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("plain text", (".txt",)), ("Markdown", (".md", ".markdown", ".mdown", ".mkd")),
    ("HTML", (".html", ".htm", ".xhtml", ".shtml")),
    ("PDF", (".pdf",)), ("Word", (".docx",)), ("OpenDocument", (".odt",)), ("RTF", (".rtf",)),
    ("EPUB", (".epub",)), ("JSON", (".json",)), ("e-mail", (".eml",)),
)


def endings_of(name: str) -> tuple[str, ...]:
    """The file name endings of the format ``name`` (ingest reads a text file so named as that format).

    >>> endings_of("Markdown")
    ('.md', '.markdown', '.mdown', '.mkd')
    """
    return dict(FORMATS)[name]


def formats_in_words() -> str:
    """The formats kompare reads, as a phrase for the user.

    >>> formats_in_words()
    'Plain text, Markdown, HTML, PDF, Word, OpenDocument, RTF, EPUB, JSON or e-mail'
    """
    names = [name for name, _ in FORMATS]
    phrase = ", ".join(names[:-1]) + " or " + names[-1]
    return phrase[:1].upper() + phrase[1:]


def open_filter() -> str:
    """An open dialog's name filter: the documents kompare reads, then every file.

    >>> open_filter().split(";;")[1]
    'All files (*)'
    >>> "*.docx" in open_filter()
    True
    """
    endings = " ".join(f"*{end}" for _, ends in FORMATS for end in ends)
    return f"Documents ({endings});;All files (*)"
