"""Small pure helpers for the report's HTML: escaping, highlighted passages, rounding.

Everything that comes from a document goes through :func:`esc`, so markup in a
document shows as text and is never interpreted.

>>> esc('<b>"A" & B</b>')
'&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;'
>>> highlight("Putin said millions of shells.", 0, 30, [(11, 19)], "w")
'Putin said <span class="w">millions</span> of shells.'
>>> percentages([0.333, 0.333, 0.334])
[33, 33, 34]
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from kompare.core.model import Range, merge_ranges
from kompare.present import percentages  # noqa: F401  (one rounding rule for window and report)

# C0 controls (except tab/newline) and lone surrogates cannot be shown or encoded.
_UNSHOWABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def esc(text: str) -> str:
    """Escape document text for HTML, dropping characters no renderer can show."""
    return html.escape(_UNSHOWABLE.sub("\ufffd", text), quote=True)


def clipped_ranges(ranges: Iterable[Range], start: int, end: int) -> list[Range]:
    """The union of ``ranges`` within ``[start, end)``.

    >>> clipped_ranges([(5, 9), (0, 3), (2, 4), (9, 12), (20, 30)], 1, 11)
    [(1, 4), (5, 11)]
    """
    return merge_ranges((max(s, start), min(e, end)) for s, e in ranges)


def highlight(
    text: str, start: int, end: int, ranges: Iterable[Range], css_class: str,
    strong: Iterable[Range] = (), strong_class: str = "",
) -> str:
    """``text[start:end]`` escaped, with the given absolute ranges wrapped in a span; the
    ``strong`` ones (a typed change's words) in a span of ``strong_class`` instead.

    >>> highlight("It has 23 articles.", 0, 19, [(0, 9)], "w", [(7, 9)], "s")
    '<span class="w">It has </span><span class="s">23</span> articles.'
    """
    out: list[str] = []
    pos = start
    for s, e, cls in _classed(clipped_ranges(ranges, start, end), css_class,
                              clipped_ranges(strong, start, end), strong_class):
        out.append(esc(text[pos:s]))
        out.append(f'<span class="{cls}">{esc(text[s:e])}</span>')
        pos = e
    out.append(esc(text[pos:end]))
    return "".join(out)


def _classed(marked: list[Range], css_class: str, strong: list[Range], strong_class: str) -> list[tuple[int, int, str]]:
    """The marked ranges less the strong ones, and the strong ones: apart, in order, each with its class.

    >>> _classed([(0, 10)], "w", [(3, 5), (8, 12)], "s")
    [(0, 3, 'w'), (3, 5, 's'), (5, 8, 'w'), (8, 12, 's')]
    """
    out = [(s, e, strong_class) for s, e in strong]
    for s, e in marked:
        pos = s
        for ss, se in strong:
            if se <= pos or ss >= e:
                continue
            if ss > pos:
                out.append((pos, ss, css_class))
            pos = max(pos, se)
        if pos < e:
            out.append((pos, e, css_class))
    return sorted(out)


def passage(
    text: str, ranges_by_sentence: Sequence[Range], marks: Iterable[Range], css_class: str,
    strong: Iterable[Range] = (), strong_class: str = "",
) -> str:
    """Several sentences of one document as one passage, highlighted.

    Consecutive sentences are joined by a space; a gap (sentences that are not
    next to each other) is shown as `` … `` so the reader sees text was skipped.
    Sentence ranges are ``(start, end)`` plus, for the gap test, their order; ``strong``:
    see :func:`highlight`.

    >>> passage("One. Two. Three.", [(0, 4), (10, 16)], [(10, 15)], "w")
    'One. … <span class="w">Three</span>.'
    """
    marks, strong = list(marks), list(strong)
    pieces: list[str] = []
    prev_end = None
    for s, e in ranges_by_sentence:
        if prev_end is not None:
            between = text[prev_end:s]
            pieces.append(" " if between.strip() == "" else " … ")
        pieces.append(highlight(text, s, e, marks, css_class, strong, strong_class))
        prev_end = e
    return "".join(pieces)
