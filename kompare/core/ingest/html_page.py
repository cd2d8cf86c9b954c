"""Saved web pages: the article's text and metadata, without the page around it.

trafilatura does the hard part (finding the article among navigation,
sidebars, share buttons and comments).  When it finds nothing, a plain lxml
pass collects the page's paragraphs, headings and list items, so a simple
hand-written page still opens.

>>> page = ("<html><head><title>Kim meets Putin</title><script>x()</script></head>"
...         "<body><nav>Home</nav><p>First paragraph.</p><p>Second one.</p></body></html>")
>>> got = extract_html(page)
>>> "x()" in got.text or "<" in got.text
False
>>> got.text.split("\\n\\n")[-2:]
['First paragraph.', 'Second one.']
"""

from __future__ import annotations

import re

from kompare.core.ingest.extracted import Extracted
from kompare.core.ingest.markup import clean_text

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HAS_CELL = re.compile(r"<td[\s>]", re.IGNORECASE)
_FALLBACK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_NOISE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
               "form", "button", "iframe", "svg")
FALLBACK_NOTICE = "the article could not be told apart from the page around it: showing all of its paragraphs"


def extract_html(page: str) -> Extracted | None:
    """Article text (paragraphs separated by blank lines) and metadata; None if the page has no text."""
    found = _with_trafilatura(page)
    if found is not None and found.text:
        return found
    text = _with_lxml(page)
    if not text:
        return None
    meta = found or Extracted("")
    return Extracted(text, title=meta.title or _lxml_title(page), source=meta.source,
                     date=meta.date, notices=(FALLBACK_NOTICE,))


def _with_trafilatura(page: str) -> Extracted | None:
    try:
        import trafilatura  # imported here: it takes a noticeable time and only HTML needs it

        from trafilatura.settings import set_date_params

        doc = trafilatura.bare_extraction(
            _unwrap_layout_tables(page), with_metadata=True, include_comments=False, include_images=False,
            include_links=False, include_formatting=False, include_tables=True,
            # No "extensive" date search: it turns "Copyright 2024" into 2024-01-01.
            date_extraction_params=set_date_params(False),
        )
    except Exception:  # trafilatura raises assorted errors on odd pages; lxml is the fallback
        doc = None
    if doc is None:
        return _metadata_only(page)
    lines = (clean_text(line) for line in (doc.text or "").split("\n"))
    date = doc.date if isinstance(doc.date, str) and _ISO_DATE.fullmatch(doc.date[:10]) else ""
    return Extracted(
        "\n\n".join(line for line in lines if line),
        title=clean_text(doc.title or ""),
        source=_strip_www(clean_text(doc.sitename or "") or clean_text(doc.hostname or "")),
        date=date[:10],
    )


_LAYOUT_CELL_TEXT = 400
_TABLE_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _unwrap_layout_tables(page: str):
    """The page parsed, with tables used for layout (an article in a cell) turned into plain blocks.

    Old pages put the whole story in one ``<td>``; read as a table, its
    paragraphs would be run together between "|" marks.  A table is a layout
    table when a cell holds a long text or paragraph breaks.  The page is parsed
    here rather than by trafilatura so that a page nested deeper than libxml2's
    usual 256 levels (300 ``<div>``s around the article) is read whole.  Returns
    the page itself when it cannot be parsed.
    """
    tree = _parse(page)
    if tree is None:
        return page
    if not _HAS_CELL.search(page):
        return tree
    for table in list(tree.iter("table")):
        cells = table.xpath(".//td|.//th")
        if any(len(cell.xpath(".//br|.//p")) >= 2 or len(cell.text_content()) > _LAYOUT_CELL_TEXT for cell in cells):
            for element in [table, *table.iter(*_TABLE_TAGS)]:
                element.tag = "div"
    return tree


def _metadata_only(page: str) -> Extracted | None:
    """Title, site and date even when trafilatura finds no article body."""
    try:
        from trafilatura import extract_metadata

        tree = _parse(page)
        meta = None if tree is None else extract_metadata(tree, extensive=False)
    except Exception:
        return None
    if meta is None:
        return None
    date = meta.date if isinstance(meta.date, str) and _ISO_DATE.fullmatch(meta.date[:10]) else ""
    return Extracted("", title=clean_text(meta.title or ""),
                     source=_strip_www(clean_text(meta.sitename or "") or clean_text(meta.hostname or "")),
                     date=date[:10])


def _with_lxml(page: str) -> str:
    """Every paragraph, heading and list item outside navigation and scripts."""
    tree = _parse(page)
    if tree is None:
        return ""
    for noise in tree.xpath("|".join(f"//{tag}" for tag in _NOISE_TAGS)):
        if noise.getparent() is not None:
            noise.drop_tree()
    blocks: list[str] = []
    for element in tree.iter(*_FALLBACK_TAGS):
        # Skip blocks inside another collected block (a <p> in an <li>) to avoid repeats.
        if any(parent.tag in _FALLBACK_TAGS for parent in element.iterancestors()):
            continue
        line = clean_text(element.text_content())
        if line:
            blocks.append(line)
    if not blocks:
        body = tree.find(".//body")
        text = (body if body is not None else tree).text_content()
        blocks = [line for line in (clean_text(part) for part in text.split("\n")) if line]
    return "\n\n".join(blocks)


def _lxml_title(page: str) -> str:
    tree = _parse(page)
    if tree is None:
        return ""
    titles = tree.xpath("//title/text()")
    return clean_text(titles[0]) if titles else ""


def _parse(page: str):
    try:
        from lxml import etree, html as lxml_html

        # huge_tree: libxml2 otherwise stops at 256 levels of nesting and loses the rest.
        parser = lxml_html.HTMLParser(encoding="utf-8", huge_tree=True)
        tree = lxml_html.fromstring(page.encode("utf-8", "replace"), parser=parser)
        etree.strip_elements(tree, etree.Comment, with_tail=False)
        return tree
    except Exception:  # an empty or hopeless document
        return None


def _strip_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host
