"""Figures in a link's replaced runs: which number words state a quantity, and which two figures differ.

A figure counts only where its words say so ("a majority of" voters, not "majority
voters"); two figures of one unit differ only beyond rounding and only when they count
one thing (:mod:`kompare.core.counted`).

>>> from kompare.core.tokens import tokenize
>>> t = "a majority of voters and minority voters"
>>> sorted(stated_numbers(tokenize(t), t))
['majority']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from kompare.core.counted import counted_words, one_thing
from kompare.core.figures import close_figures, range_figures
from kompare.core.model import Range, Span
from kompare.core.tokens import VAGUE_QUANTITIES, WORD_AFTER, Token, is_date_word, is_number_word, tokenize


def stated_numbers(toks: Iterable[Token], text: str | None = None) -> set[str]:
    """The number words of ``toks`` that state a quantity: not a date, not in a title, counting something."""
    return {
        t.norm for t in toks
        if is_number_word(t.norm) and not is_date_word(t.norm) and not _in_title(t, text) and _counts(t, text)
    }


#: Words that state a quantity only before the word given: "a majority of", "a significant
#: number"; "minority voters", "a significant defeat" count nothing.
_QUANTITY_BEFORE = {"majority": "of", "minority": "of", "number": "of", "scores": "of", "tens": "of",
                    "significant": "number"}


def _counts(t: Token, text: str | None) -> bool:
    """Does a number word count something here? Not "one of the showdowns" (one among
    them), nor "minority voters" (see ``_QUANTITY_BEFORE``).

    >>> t = "In one of the races, one voter and a majority of minority voters"
    >>> [w.norm for w in tokenize(t) if is_number_word(w.norm) and _counts(w, t)]
    ['one', 'majority']
    """
    if text is None:
        return True
    needed = "of" if t.norm == "one" else _QUANTITY_BEFORE.get(t.norm)
    if needed is None:
        return True
    after = WORD_AFTER.match(text, t.end)
    follows = after is not None and after.group(1).lower() == needed
    return not follows if t.norm == "one" else follows


def _in_title(t: Token, text: str | None) -> bool:
    """Is a quantity word capitalised inside a sentence, so part of a title ("Senate Majority Leader")?

    >>> t = "Senate Majority Leader. Many said"
    >>> [_in_title(w, t) for w in tokenize(t)]
    [False, True, False, False, False]
    """
    if text is None or t.norm not in VAGUE_QUANTITIES or not text[t.start].isupper():
        return False
    before = text[max(0, t.start - 3) : t.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _figures_around(text: str, rng: Range):
    """The figures that overlap ``rng``, read whole: the diff may split "$43,885,310" after "$43"."""
    # The text read reaches to the next space within 24 characters either side: a
    # figure with its currency and scale ("$3.6 billion") is shorter than that.
    s, e = rng
    lo = text.rfind(" ", max(0, s - 24), max(0, s - 1))
    hi = text.find(" ", e + 1, e + 24)
    window = (lo + 1 if lo >= 0 else max(0, s - 24), hi if hi >= 0 else min(len(text), e + 24))
    return [f for f in range_figures(text, *window) if f.start < e and f.end > s]


def passage_figures(text: str, ranges: Sequence[Range]):
    """All figures of a passage whose diff has these ranges on its side (in order, from its
    first word to its last).

    The passage is read whole, as the facts read it (one memo serves both), and only the
    figures within the ranges are kept: a link of sentences 1 and 5 does not take the
    figures of sentences 2 to 4, which lie between its ranges.

    >>> t = "They paid $43,885,310 in taxes. Then 12 more. And $3 billion."
    >>> [t[f.start : f.end].strip() for f in passage_figures(t, [(0, 31), (46, 61)])]
    ['$43,885,310', '$3 billion']
    """
    ranges = [r for r in ranges if r[1] > r[0]]
    if not ranges:
        return []
    ends = [r[1] for r in ranges]
    return [f for f in range_figures(text, ranges[0][0], ranges[-1][1])
            if (k := bisect_right(ends, f.start)) < len(ranges) and ranges[k][0] < f.end]


#: The values a plural of magnitude stands for ("millions": a million to a billion).
_MAGNITUDES = {"hundreds": (1e2, 1e3), "thousands": (1e3, 1e6), "millions": (1e6, 1e9),
               "billions": (1e9, 1e12), "trillions": (1e12, 1e15)}


_OF_MAGNITUDE = re.compile(r"(?:\s+of)?\s+(?:hundreds|thousands|millions|billions|trillions)\b", re.IGNORECASE)


def _within_magnitude(text: str, r: Range, figures) -> bool:
    """Does the run name a magnitude ("billions") that every one of ``figures`` lies in?

    The magnitude may follow the run: the diff cuts "paid tens of | millions of dollars".

    >>> t, f = "paid tens of millions of dollars", range_figures("$139 million", 0, 12)
    >>> _within_magnitude(t, (0, 12), f), _within_magnitude(t, (0, 4), f)
    (True, False)
    """
    after = _OF_MAGNITUDE.match(text, r[1])
    if after:
        r = (r[0], after.end())
    ranges = [_MAGNITUDES[t.norm] for t in tokenize(text, *r) if t.norm in _MAGNITUDES]
    return bool(ranges and figures) and all(any(lo <= abs(f.value) < hi for lo, hi in ranges) for f in figures)


def different_figures(
    text_a: str, ra: Range, text_b: str, rb: Range, tolerance: float, all_a=(), all_b=()
) -> tuple[Range, Range] | None:
    """Where two replaced runs that both hold numbers state different figures: the two
    figures that differ (the runs themselves for a vague quantity), or None.

    Figures are compared by what they count: "$43 million" is "$43,885,310" rounded,
    and "$13.6 million" against "10.8 percent" is two quantities, not one told twice.
    Vague quantities ("millions", "a significant number") have no value to compare:
    they differ from any figure put in their place, but one of another magnitude.  A
    figure the other passage states elsewhere (``all_a``, ``all_b``: each passage's
    figures) was paired wrongly by the diff, not changed.

    >>> def differ(a, ra, b, rb):
    ...     found = different_figures(a, ra, b, rb, 0.025)
    ...     return found and (a[slice(*found[0])], b[slice(*found[1])])
    >>> differ("paid $43 million", (9, 16), "paid $43,885,310", (9, 16))
    >>> differ("$13.6 million in taxes", (0, 22), "10.8 percent of income", (0, 22))
    >>> differ("12 devices", (0, 2), "13 devices", (0, 2))
    ('12', '13')
    >>> differ("voted 348-77 on it", (6, 18), "voted 348 to 76 on it", (6, 21))
    ('77', '76')
    >>> differ("build 55 miles", (6, 14), "get $1.4 billion for 110 miles", (4, 30))
    ('55', '110')
    >>> a, b = "eyes $8B for the wall", "access billions of dollars"
    >>> differ(a, (5, 8), b, (7, 15)), differ(a, (5, 8), "access millions", (7, 15))
    (None, ('$8B', 'millions'))
    """
    fa, fb = _figures_around(text_a, ra), _figures_around(text_b, rb)
    if not fa or not fb:
        # "billions of dollars" for "$8B": the other side's figures are of the magnitude
        # the vague quantity names, so nothing is contradicted.
        if _within_magnitude(text_a, ra, fb) or _within_magnitude(text_b, rb, fa):
            return None
        return (_span_of(text_a, fa) or ra), (_span_of(text_b, fb) or rb)
    # Each run's figures that the other passage states nowhere (a tally "348-77" against
    # "348 to 76" shares its 348): both sides must have one for the two to differ.
    fa, fb = (
        [f for f in fa if not close_figures([f], all_b or fb, tolerance)],
        [g for g in fb if not close_figures(all_a or fa, [g], tolerance)],
    )
    if not fa or not fb:
        return None
    # Named by the first two of one unit ("55 miles" against "110 miles", not the
    # "$1.375 billion" before them); a figure with no stated unit may be of any.
    for f in fa:
        for g in fb:
            if f.unit == g.unit or not f.unit or not g.unit:
                return _span_of(text_a, [f]), _span_of(text_b, [g])
    return None


def count_alike(text_a: str, text_b: str, ra: Range, rb: Range, spans: Sequence[Span], reach: int) -> bool:
    """Might the figures at ``ra`` and ``rb`` count one thing? Not when the plain words
    around each (:func:`~kompare.core.counted.counted_words`, in the link's passages) share
    none; a word or none on one side cannot tell ("requested" / "demanded"), so then they might.

    >>> from kompare.core.model import Op
    >>> a, b = "its tax rate was 45.8 percent in all", "they donated over 10 percent of income"
    >>> spans = [Span(Op.REPLACE, (0, len(a)), (0, len(b)))]
    >>> count_alike(a, b, (17, 29), (18, 28), spans, 8)
    False
    >>> count_alike(a, "their tax rate was 44 percent", (17, 29), (19, 29), spans, 8)
    True
    """
    return one_thing(text_a, ra, (spans[0].a[0], spans[-1].a[1]), text_b, rb, (spans[0].b[0], spans[-1].b[1]), reach)


def _counted(text_a: str, text_b: str, ra: Range, rb: Range, spans: Sequence[Span], reach: int):
    """The plain words around the figure at ``ra`` in A's passage and at ``rb`` in B's."""
    return (counted_words(text_a, *ra, spans[0].a[0], spans[-1].a[1], reach),
            counted_words(text_b, *rb, spans[0].b[0], spans[-1].b[1], reach))


def counterpart(
    text_a: str, text_b: str, named: tuple[Range, Range], spans: Sequence[Span], tolerance: float, reach: int,
    all_a, all_b,
) -> tuple[Range, Range] | None:
    """For two figures ``named`` (A's, B's) that count two things: a figure of the other
    passage (``all_a``, ``all_b``: each passage's figures) of the same unit, stated nowhere
    on this side, whose words share one with this figure's, as the pair to name; or None.

    >>> from kompare.core.model import Op
    >>> a = "The emergency frees $3.5 billion of the military construction budget."
    >>> b = "It frees $3.6 billion from military construction and $2.5 billion from drug programs."
    >>> spans = [Span(Op.REPLACE, (0, len(a)), (0, len(b)))]
    >>> fa, fb = range_figures(a, 0, len(a)), range_figures(b, 0, len(b))
    >>> found = counterpart(a, b, ((20, 32), (54, 66)), spans, 0.025, 8, fa, fb)
    >>> a[slice(*found[0])], b[slice(*found[1])]
    ('$3.5 billion', '$3.6 billion')
    """
    for side, (mine, own, theirs) in enumerate(((named[0], all_a, all_b), (named[1], all_b, all_a))):
        f = next((f for f in own if f.start == mine[0]), None)
        if f is None or close_figures([f], theirs, tolerance):
            continue  # (a figure the other passage states is no side of a change)
        for g in theirs:
            if g.unit != f.unit or close_figures([g], own, tolerance):
                continue
            text_f, text_g = (text_a, text_b) if side == 0 else (text_b, text_a)
            pair = (_span_of(text_f, [f]), _span_of(text_g, [g]))
            ra, rb = pair if side == 0 else pair[::-1]
            wa, wb = _counted(text_a, text_b, ra, rb, spans, reach)
            if wa & wb:
                return ra, rb
    return None


def _span_of(text: str, figures) -> Range | None:
    """The first figure's range (without the space a figure's reading may end on), or None."""
    if not figures:
        return None
    s, e = figures[0].start, figures[0].end
    return s, len(text[s:e].rstrip()) + s


def stated_figures(toks: Iterable[Token], text: str | None = None) -> set[str]:
    """The figures and quantities among ``toks`` (not dates), as :func:`one_sided_figures` compares them.

    A tally is its two figures, however it is written ("97-1", "97 to 1"). With ``text``
    (the words' text), a quantity word in a title is none ("Senate Majority Leader").

    >>> sorted(stated_figures(tokenize("In 2023, 20 aides and millions of people")))
    ['20', 'millions']
    >>> stated_figures(tokenize("voted 97-1")) == stated_figures(tokenize("voted 97 to 1"))
    True
    """
    out = set()
    for t in toks:
        n = t.norm
        if is_number_word(n) and not is_date_word(n) and not _in_title(t, text):
            out.update(tally.groups() if (tally := _TALLY.fullmatch(n)) else (n,))
    return out


_TALLY = re.compile(r"(\d+)[-–](\d+)")


def one_sided_figures(ta: Sequence[Token], tb: Sequence[Token]) -> list[str]:
    """Figures and quantities that only one side states: detail the other lacks.

    Dates and names are not counted: "Trump said Thursday" tells when it was said,
    and readers still call two such passages the same claim.

    >>> a, b = "Kim met Putin on Wednesday with 20 aides.", "Kim met Putin."
    >>> one_sided_figures(tokenize(a), tokenize(b))
    ['20']
    """
    return sorted(stated_figures(ta) ^ stated_figures(tb))
