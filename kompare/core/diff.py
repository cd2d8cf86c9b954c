"""Word-level diff inside one link: which words agree and which differ.

Runs difflib on word stems (never on whole documents, never character by
character: difflib is quadratic at worst) with ``autojunk=False``, since its
junk heuristic hides frequent words in long passages.

>>> a = "Putin said it would be a very big mistake."
>>> b = "Putin warned it would be a big mistake."
>>> [(s.op.value, a[s.a[0]:s.a[1]], b[s.b[0]:s.b[1]]) for s in word_diff(a, [(0, len(a))], b, [(0, len(b))])]
[('equal', 'Putin', 'Putin'), ('replace', 'said', 'warned'), ('equal', 'it would be a', 'it would be a'), ('delete', 'very', ''), ('equal', 'big mistake', 'big mistake')]
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from kompare.core.model import Op, Range, Span
from kompare.core.tokens import STOPWORDS, Token, tokenize


def link_tokens(text: str, ranges: Sequence[Range]) -> list[Token]:
    """The words of the given ranges (a link's sentences), in order."""
    out: list[Token] = []
    for s, e in ranges:
        out.extend(tokenize(text, s, e))
    return out


def word_diff(text_a: str, ranges_a: Sequence[Range], text_b: str, ranges_b: Sequence[Range]) -> list[Span]:
    """Diff the words of ``ranges_a`` in A against those of ``ranges_b`` in B."""
    return diff_tokens(link_tokens(text_a, ranges_a), link_tokens(text_b, ranges_b))


def diff_tokens(ta: Sequence[Token], tb: Sequence[Token]) -> list[Span]:
    """Spans for two word lists; equal words compare by stem (shells = shell)."""
    # Function words may extend a match but never anchor one: otherwise "to the treaty"
    # outranks "South Korea ... reconsider" and drags the alignment across the sentence.
    sa, sb = [t.stem for t in ta], [t.stem for t in tb]
    anchors = SequenceMatcher(_is_function_word, sa, sb, autojunk=False).get_matching_blocks()
    ops: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for bi, bj, size in anchors:
        # Between anchors, a plain diff pairs up the function words ("of", "the") locally.
        if bi > i or bj > j:
            inner = SequenceMatcher(None, sa[i:bi], sb[j:bj], autojunk=False)
            for tag, i1, i2, j1, j2 in inner.get_opcodes():
                ops.append((tag, i + i1, i + i2, j + j1, j + j2))
        if size:
            ops.append(("equal", bi, bi + size, bj, bj + size))
        i, j = bi + size, bj + size
    merged: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if merged and merged[-1][0] == op[0] == "equal":
            merged[-1] = ("equal", merged[-1][1], op[2], merged[-1][3], op[4])
        else:
            merged.append(op)
    return [Span(Op(tag), _range(ta, i1, i2), _range(tb, j1, j2)) for tag, i1, i2, j1, j2 in merged]


def _is_function_word(stem: str) -> bool:
    return stem in STOPWORDS


def _range(toks: Sequence[Token], i1: int, i2: int) -> Range:
    """Characters from the first to the last word; an empty range where words would go."""
    if i2 > i1:
        return (toks[i1].start, toks[i2 - 1].end)
    if i1 > 0:
        p = toks[i1 - 1].end
    elif toks:
        p = toks[0].start
    else:
        p = 0
    return (p, p)


def similarity(ta: Sequence[Token], tb: Sequence[Token], spans: Sequence[Span]) -> float:
    """Share of words the two sides have in common (0..1), from the diff's equal runs."""
    total = len(ta) + len(tb)
    if not total:
        return 1.0
    equal_words = 0
    bounds = [t.start for t in ta]
    import bisect

    for s in spans:
        if s.op is Op.EQUAL:
            lo = bisect.bisect_left(bounds, s.a[0])
            hi = bisect.bisect_left(bounds, s.a[1])
            equal_words += hi - lo
    return round(2 * equal_words / total, 4)
