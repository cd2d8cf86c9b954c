"""Zip-packaged documents: Word (.docx), OpenDocument text (.odt) and EPUB e-books.

Each is a ZIP archive of XML files; the standard library's :mod:`zipfile` and
lxml (already needed for web pages, used here with entities and network
access off) read them.  What is compared is what a reader reads: paragraphs
and headings in order (table cells too); comments, tracked deletions, field
codes and footnote bodies are not part of the text.  Members are read with a
size cap, so a zip bomb is refused rather than unpacked.

>>> import io, zipfile
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w") as z:
...     z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/'
...                'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kim met Putin.</w:t></w:r>'
...                '<w:del><w:r><w:delText>Deleted.</w:delText></w:r></w:del></w:p></w:body></w:document>')
>>> read_docx(buf.getvalue(), "a.docx").text
'Kim met Putin.'
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote

from kompare.core.errors import InputError
from kompare.core.ingest.extracted import Extracted, TextBudget
from kompare.core.ingest.markup import clean_text, fragment_paragraphs

_UNPACK_MAX = 100_000_000  # bytes unpacked from the archive: more is a zip bomb, not an article
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_OPF = "{http://www.idpf.org/2007/opf}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_HEADING_STYLE = re.compile(r"(?:heading|title|berschrift|titre|titolo|t[ií]tulo)", re.IGNORECASE)
NOT_A_PACKAGE = "this {kind} is damaged or is not really one ({detail}); re-save it from its program"
NO_TEXT = "this {kind} has no text to compare"


class _Package:
    """A ZIP archive read with a cap on what all its members unpack to, and one clear error for any flaw."""

    def __init__(self, data: bytes, name: str, kind: str, budget: TextBudget | None = None):
        self.name, self.kind = name, kind
        self.unpacked = 0  # bytes read from all members so far
        self.budget = budget or TextBudget(name, None)  # the text taken out, against the cap
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise self.error(str(exc)) from None

    def error(self, detail: str) -> InputError:
        return InputError(self.name, NOT_A_PACKAGE.format(kind=self.kind, detail=detail[:120]))

    def has(self, member: str) -> bool:
        return member in self.zip.NameToInfo

    def read(self, member: str) -> bytes:
        # The cap holds for all members together: an e-book may name one big chapter fifty times.
        room = _UNPACK_MAX - self.unpacked
        try:
            with self.zip.open(member) as handle:
                data = handle.read(room + 1)
        except KeyError:
            raise self.error(f"{member} is missing") from None
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise self.error(f"{member}: {exc}") from None
        if len(data) > room:
            raise InputError(self.name, f"this {self.kind} unpacks to more than {_UNPACK_MAX:,} bytes: far "
                                        "more than an article (save just the article's text to a file)")
        self.unpacked += len(data)
        return data

    def keep(self, paragraphs: list[str], *texts: str) -> None:
        """Add ``texts`` to ``paragraphs``, refusing the file once they pass the cap (:class:`TextBudget`)."""
        paragraphs.extend(texts)
        self.budget.spend(*texts)

    def xml(self, member: str):
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                                 recover=False)
        try:
            return etree.fromstring(self.read(member), parser=parser)
        except etree.XMLSyntaxError as exc:
            raise self.error(f"{member}: {exc}") from None


# --- Word ---------------------------------------------------------------------------------

def read_docx(data: bytes, name: str, budget: TextBudget | None = None) -> Extracted:
    """A .docx file's paragraphs, headings and table cells; tracked deletions and comments left out."""
    package = _Package(data, name, "Word document", budget)
    root = package.xml("word/document.xml")
    body = root.find(f"{_W}body")
    paragraphs: list[str] = []
    title = ""
    for paragraph in (body if body is not None else root).iter(f"{_W}p"):
        if _inside(paragraph, (_MC_FALLBACK,)):
            continue
        text = _docx_paragraph_text(paragraph)
        if not text:
            continue
        package.keep(paragraphs, text)
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        if not title and style is not None and _HEADING_STYLE.search(style.get(f"{_W}val", "")):
            title = text
    meta_title, date = _core_properties(package)
    return _finish(package, paragraphs, meta_title or title, date)


def _docx_paragraph_text(paragraph) -> str:
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}p"):
        if node is not paragraph and (node.tag == f"{_W}p" or _owner(node) is not paragraph):
            continue  # a text box's own paragraphs are read on their own
        if _inside(node, (_MC_FALLBACK, f"{_W}del", f"{_W}delText")):
            continue
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "\n".join(clean_text(line) for line in "".join(parts).split("\n") if clean_text(line))


def _owner(node):
    """The nearest enclosing Word paragraph."""
    for ancestor in node.iterancestors(f"{_W}p"):
        return ancestor
    return None


def _inside(node, tags: tuple[str, ...]) -> bool:
    return any(True for _ in node.iterancestors(*tags))


def _core_properties(package: _Package) -> tuple[str, str]:
    if not package.has("docProps/core.xml"):
        return "", ""
    try:
        core = package.xml("docProps/core.xml")
    except InputError:
        return "", ""  # damaged metadata does not stop the text from being read
    title = clean_text(core.findtext(f"{_DC}title") or "")
    date = ""
    for tag in (f"{_DCTERMS}created", f"{_DCTERMS}modified"):
        found = _ISO.match((core.findtext(tag) or "").strip())
        if found:
            date = found.group()
            break
    return title, date


# --- OpenDocument -------------------------------------------------------------------------

_ODT_SKIP = frozenset((f"{_TEXT}tracked-changes", f"{_OFFICE}annotation", f"{_OFFICE}annotation-end",
                       f"{_TEXT}note", f"{_TEXT}deletion"))


def read_odt(data: bytes, name: str, budget: TextBudget | None = None) -> Extracted:
    """An OpenDocument text's headings and paragraphs; tracked changes, comments and notes left out."""
    package = _Package(data, name, "OpenDocument file", budget)
    if package.has("mimetype"):
        mimetype = package.read("mimetype").decode("ascii", "replace").strip()
        if mimetype != "application/vnd.oasis.opendocument.text":
            raise InputError(name, f"this is an OpenDocument file of another kind ({mimetype}), not a text "
                                   "document; save it as text (.odt or .txt) from its program")
    root = package.xml("content.xml")
    paragraphs: list[str] = []
    title = ""
    for block in root.iter(f"{_TEXT}p", f"{_TEXT}h"):
        if any(ancestor.tag in _ODT_SKIP for ancestor in block.iterancestors()):
            continue
        text = _odt_text(block)
        if text:
            package.keep(paragraphs, text)
            if not title and block.tag == f"{_TEXT}h":
                title = text
    meta_title, date = "", ""
    if package.has("meta.xml"):
        try:
            meta = package.xml("meta.xml")
            meta_title = clean_text(meta.findtext(f".//{_DC}title") or "")
            for tag in (f".//{_META}creation-date", f".//{_DC}date"):
                found = _ISO.match((meta.findtext(tag) or "").strip())
                if found:
                    date = found.group()
                    break
        except InputError:
            pass
    return _finish(package, paragraphs, meta_title or title, date)


def _odt_text(block) -> str:
    """The text of a paragraph or heading: spans flattened, <text:s/> and tabs as spaces, no notes."""
    parts: list[str] = []
    stack = [(block, False)]
    while stack:
        node, done = stack.pop()
        if done:  # the element's content is out: its tail follows
            if node is not block and node.tail:
                parts.append(node.tail)
            continue
        tag = node.tag
        if node is not block and tag in _ODT_SKIP or tag in (f"{_TEXT}p", f"{_TEXT}h") and node is not block:
            stack.append((node, True))
            continue
        if tag == f"{_TEXT}s":
            count = node.get(f"{_TEXT}c", "1")
            parts.append(" " * min(int(count), 100) if count.isdigit() else " ")
        elif tag == f"{_TEXT}tab":
            parts.append(" ")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "\n".join(clean_text(line) for line in "".join(parts).split("\n") if clean_text(line))


# --- EPUB ---------------------------------------------------------------------------------

def read_epub(data: bytes, name: str, budget: TextBudget | None = None) -> Extracted:
    """An e-book's chapters in reading order (the spine), each as paragraphs."""
    package = _Package(data, name, "EPUB e-book", budget)
    container = package.xml("META-INF/container.xml")
    rootfile = container.find(f".//{_CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise package.error("no package document named in META-INF/container.xml")
    opf_path = rootfile.get("full-path")
    opf = package.xml(opf_path)
    base = posixpath.dirname(opf_path)
    manifest = {item.get("id"): item for item in opf.iter(f"{_OPF}item")}
    paragraphs: list[str] = []
    read: set[str] = set()
    for itemref in opf.iter(f"{_OPF}itemref"):
        item = manifest.get(itemref.get("idref"))
        if item is None or itemref.get("linear") == "no" or "nav" in (item.get("properties") or "").split():
            continue
        if "html" not in (item.get("media-type") or ""):
            continue
        member = posixpath.normpath(posixpath.join(base, unquote(item.get("href") or "")))
        if not package.has(member):
            continue
        if member in read:
            continue  # (a chapter named twice is read once)
        read.add(member)
        page = package.read(member).decode("utf-8", "replace")
        body = page.split("<body", 1)[-1]  # the <head>'s title is not chapter text
        package.keep(paragraphs, *fragment_paragraphs(body[body.find(">") + 1:] if "<" in page else body))
    title_element = opf.find(f".//{_DC}title")
    title = clean_text(" ".join(title_element.itertext())) if title_element is not None else ""
    found = _ISO.match((opf.findtext(f".//{_DC}date") or "").strip())
    return _finish(package, paragraphs, title, found.group() if found else "")


def _finish(package: _Package, paragraphs: list[str], title: str, date: str) -> Extracted:
    if not paragraphs:
        raise InputError(package.name, NO_TEXT.format(kind=package.kind))
    if title and paragraphs[0] != title and not any(p == title for p in paragraphs[:3]):
        paragraphs.insert(0, title)
    return Extracted("\n\n".join(paragraphs), title=title, date=date)
