"""Text PDFs: the words in reading order, running headers, footers and page numbers set apart.

pdfminer.six finds the text boxes of each page (its layout analysis groups
lines into paragraphs); the order is ours: the page is cut recursively at
its widest empty columns, then rows ("XY cut"), so a two-column article reads
down the left column before the right one and a headline across both comes
first.  Lines in a box are joined, and a word hyphenated at a line's end is
joined whole ("break-" + "through").  Short boxes in the top and bottom
margins that recur on other pages (the running header, "Page 3 of 9", a bare
page number) are kept in the text but listed as furniture.

A PDF without a text layer (a scan) is refused with a clear message: kompare
does not read text from images.  So is an encrypted or damaged one.

>>> from kompare.core.ingest.pdf import join_lines
>>> join_lines(["The agreement was a break-", "through for both", "capitals."])
'The agreement was a breakthrough for both capitals.'
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from kompare.core.errors import Cancelled, InputError
from kompare.core.ingest.extracted import Extracted, TextBudget
from kompare.core.model import Excluded, ExclusionReason

NO_TEXT = ("this PDF has no text layer (it is probably a scan or a photo of pages): kompare does not read "
           "text from images; run it through OCR first, or copy the text into a .txt file")
ENCRYPTED = "this PDF is password-protected: open it, save or print it without a password, and try again"
DAMAGED = "this PDF is damaged and cannot be read ({detail}); re-save it from its source or copy its text into a .txt file"
_MARGIN = 0.09  # share of the page height at the top and bottom where running heads sit
_HEAD_MAX_CHARS = 120
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-$")
_GAP = 6.0  # points of empty space that separate columns or rows


@dataclass(frozen=True)
class _Box:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str  # lines joined


def read_pdf(data: bytes, name: str, budget: TextBudget | None = None) -> Extracted:
    """The PDF's text (see the module docstring); raises InputError for scans, locked or broken files."""
    pages = _pages(data, name, budget or TextBudget(name, None))
    if not any(box.text for boxes, _height in pages for box in boxes):
        raise InputError(name, NO_TEXT)
    heads = _running_heads(pages)
    parts: list[str] = []
    furniture: list[tuple[int, int, str]] = []
    pos = 0
    for number, (boxes, height) in enumerate(pages):
        top, body, bottom = [], [], []
        for box in boxes:
            zone = _margin_zone(box, height)
            key = (zone, _head_key(box.text))
            if zone and (key in heads or _PAGE_NUMBER.fullmatch(box.text.strip())):
                (top if zone == "top" else bottom).append(box)
            else:
                body.append(box)
        top.sort(key=lambda b: (-b.y1, b.x0))
        bottom.sort(key=lambda b: (-b.y1, b.x0))
        for group, is_furniture in ((top, True), (_reading_order(body), False), (bottom, True)):
            for box in group:
                if not box.text:
                    continue
                if parts:
                    pos += 2
                if is_furniture:
                    note = "page number" if _PAGE_NUMBER.fullmatch(box.text.strip()) else "running header or footer"
                    furniture.append((pos, pos + len(box.text), note))
                parts.append(box.text)
                pos += len(box.text)
    text = "\n\n".join(parts)
    excluded = tuple(Excluded(start, end, ExclusionReason.FURNITURE, note) for start, end, note in furniture)
    return Extracted(text, excluded=excluded)


def _pages(data: bytes, name: str, budget: TextBudget) -> list[tuple[list[_Box], float]]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextContainer, LTTextLine

        pages = []
        for layout in extract_pages(io.BytesIO(data), laparams=LAParams()):
            boxes = []
            for element in layout:
                if isinstance(element, LTTextContainer):
                    lines = [line.get_text() for line in element if isinstance(line, LTTextLine)]
                    text = join_lines(lines or [element.get_text()])
                    if text:
                        boxes.append(_Box(element.x0, element.y0, element.x1, element.y1, text))
            budget.spend(*(box.text for box in boxes))
            pages.append((boxes, float(layout.height)))
        return pages
    except (InputError, Cancelled):
        raise
    except Exception as exc:  # pdfminer's many error types: say which kind of problem it is
        kind = type(exc).__name__
        if "Password" in kind or "Encrypt" in kind or "password" in str(exc).lower():
            raise InputError(name, ENCRYPTED) from None
        if "ExtractionNotAllowed" in kind:
            raise InputError(name, ENCRYPTED) from None
        raise InputError(name, DAMAGED.format(detail=f"{kind}: {exc}"[:160])) from None


def join_lines(lines: list[str]) -> str:
    """A text box's lines as one paragraph, words hyphenated at a line's end joined again."""
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
        elif _HYPHENATED.search(out) and line[:1].islower():
            out = out[:-1] + line
        else:
            out += " " + line
    return out


def _margin_zone(box: _Box, height: float) -> str:
    if len(box.text) > _HEAD_MAX_CHARS or height <= 0:
        return ""
    if box.y0 >= height * (1 - _MARGIN):
        return "top"
    if box.y1 <= height * _MARGIN:
        return "bottom"
    return ""


def _head_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.casefold().split()))


def _running_heads(pages) -> set[tuple[str, str]]:
    """(zone, text with digits blanked) of margin boxes that recur on at least two pages."""
    seen: dict[tuple[str, str], int] = {}
    for boxes, height in pages:
        for key in {(zone, _head_key(box.text)) for box in boxes if (zone := _margin_zone(box, height))}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= 2}


def _reading_order(boxes: list[_Box]) -> list[_Box]:
    """Boxes in reading order by recursive XY cuts: columns first (left to right), then rows."""
    if len(boxes) <= 1:
        return list(boxes)
    for axis in ("x", "y"):
        groups = _cut(boxes, axis)
        if len(groups) > 1:
            return [box for group in groups for box in _reading_order(group)]
    return sorted(boxes, key=lambda b: (-b.y1, b.x0))


def _cut(boxes: list[_Box], axis: str) -> list[list[_Box]]:
    """Boxes split at empty gaps along ``axis``: columns left to right, or rows top to bottom."""
    if axis == "x":
        spans = sorted(((b.x0, b.x1, b) for b in boxes), key=lambda s: s[0])
    else:
        spans = sorted(((-b.y1, -b.y0, b) for b in boxes), key=lambda s: s[0])
    groups: list[list[_Box]] = []
    reach = None
    for start, end, box in spans:
        if reach is None or start > reach + _GAP:
            groups.append([])
            reach = end
        groups[-1].append(box)
        reach = max(reach, end)
    return groups
