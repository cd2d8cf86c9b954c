"""Quotations inside a link: which of a passage's quotations a diff run falls in, and how much of it.

Quoted words are a fact of their own (a quotation's wording), but only where the two
passages quote one thing: these find the quotations a run sits in.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter

from kompare.core.config import CompareConfig
from kompare.core.lexicon import QUOTE_JOINERS
from kompare.core.model import Op, Range, Span
from kompare.core.speakers.lexicon import CUE_WORDS
from kompare.core.spelling import same_spelling
from kompare.core.tokens import spelled_out, tokenize


def close_quote(text: str, r: Range) -> Range:
    """Take in the closing mark of a quotation the range opens (“aggression,” not “aggression).

    >>> t = 'subjected to “aggression,” the other'
    >>> t[slice(*close_quote(t, (0, 24)))]
    'subjected to “aggression,”'
    """
    s, e = r
    piece = text[s:e]
    if piece.count("“") <= piece.count("”"):
        return r
    for extra in (1, 2):
        tail = text[e : e + extra]
        if tail.endswith("”") and tail[:-1] in ("", ",", ".", "?", "!"):
            return (s, e + extra)
    return r


def quotes_over(quotes: Sequence[Range], start: int, end: int) -> Sequence[Range]:
    """The quotations among ``quotes`` (sorted, apart) that overlap ``[start, end)``: all that
    :func:`quoted_share` finds inside any range there.

    >>> quotes_over([(0, 5), (10, 20), (30, 40), (50, 60)], 12, 33)
    [(10, 20), (30, 40)]
    >>> quotes_over([(0, 5), (30, 40)], 10, 20)
    []
    """
    if not quotes:
        return quotes
    k = bisect_right(quotes, (start, start)) - 1  # the last quotation starting at or before start
    if k < 0 or quotes[k][1] <= start:
        k += 1  # (which ends before start)
    return quotes[k : bisect_left(quotes, end, key=itemgetter(0))]


def one_quotation(
    spans: Sequence[Span], k: int, quotes_a: Sequence[Range], quotes_b: Sequence[Range], related,
    says: Callable[[Span], bool] = lambda span: True, local: bool = False, texts: tuple[str, str] | None = None,
    attribution_words: int = CompareConfig.quote_attribution_words,
) -> bool:
    """Do the two sides of ``spans[k]`` lie in one quotation told twice?

    That is a pair of ``related`` (any pair when it is None), or one quotation a side that
    the run lies in (or holds whole), between equal words of which one side at least
    ``says`` something (has a content word: not "a [second surgery] to").
    "Flynn lied and they [ruined / destroyed] his life" is one quotation reworded even
    where the quotation matcher leaves the two long quotations apart; so is his typical
    "[bluffing / punishing]" tactics, each side quoting one word of its own. With the two
    ``texts``, a run may also reach past its quotation into the attribution that splits the
    quotation in two (``attribution_words`` words at most): “This American [carnage,” he
    declared], “stops right here”.

    >>> spans = [Span(Op.EQUAL, (1, 3), (11, 13)), Span(Op.REPLACE, (3, 5), (13, 15)), Span(Op.EQUAL, (5, 7), (15, 17))]
    >>> [one_quotation(spans, 1, [(0, 10)], [(10, 20)], r) for r in ({((0, 10), (10, 20))}, set())]
    [True, True]
    >>> one_quotation(spans, 1, [(3, 5)], [(13, 15)], set())  # (the scare quotes)
    True
    >>> one_quotation(spans, 1, [(0, 10)], [(10, 14), (14, 20)], set())
    False
    """
    span = spans[k]
    over_a, over_b = _quotes_at(quotes_a, span.a), _quotes_at(quotes_b, span.b)
    if related is None or any((qa, qb) in related for qa in over_a for qb in over_b):
        return True
    if len(over_a) != 1 or len(over_b) != 1:
        return False
    if related and _told_apart(over_a[0], over_b[0], related):
        return False
    # At the passage's start or end one flank is enough for a ``local`` change (a few words,
    # said it was "wildly [inaccurate / unfair]"), not for a clause.
    flanks = spans[max(k - 1, 0) : k] + spans[k + 1 : k + 2]
    if len(flanks) < 2 and not local:
        return False
    if not (flanks and all(f.op is Op.EQUAL for f in flanks) and any(map(says, flanks))):
        return False
    # Each side's run lies in its quotation or holds all of it (the treaty's "armed invasion
    # ..." told as its "aggression"): not 'and pushed for more transparency "so the American
    # people ...' against the words of another quotation.
    def placed(r: Range, q: Range, text: str | None) -> bool:
        if q[0] <= r[0] and r[1] <= q[1] or r[0] <= q[0] and q[1] <= r[1]:
            return True
        return text is not None and (
            q[0] <= r[0] < q[1] < r[1] and _tells_who(text, q[1], r[1], attribution_words)
            or r[0] < q[0] < r[1] <= q[1] and _tells_who(text, r[0], q[0], attribution_words)
        )

    text_a, text_b = texts or (None, None)
    return placed(span.a, over_a[0], text_a) and placed(span.b, over_b[0], text_b)


def _tells_who(text: str, start: int, end: int, most: int) -> bool:
    """Is ``text[start:end]``, beside a quotation, the attribution that splits it ("," he declared, "):
    ``most`` words at most, one a verb of saying?

    >>> t = "“This American carnage,” he declared, “stops right here.”"
    >>> _tells_who(t, t.index(","), t.index("declared") + 8, 4), _tells_who(t, t.index(","), t.index("he") + 2, 4)
    (True, False)
    """
    words = tokenize(text, start, end)
    return 0 < len(words) <= most and tells_who(words)


def tells_who(words: Sequence) -> bool:
    """Do these words tell who says something ("he posted to Twitter", "LePage replied"):
    a verb of saying among them?

    >>> tells_who(tokenize("LePage replied")), tells_who(tokenize("the treaty"))
    (True, False)
    """
    return any(t.norm in CUE_WORDS for t in words)


def inside_both(
    spans: Sequence[Span], k: int, quotes_a: Sequence[Range], quotes_b: Sequence[Range], related,
    text_a: str, text_b: str, flank_words: int = CompareConfig.quote_flank_words,
) -> bool:
    """Are the words one side alone has at ``spans[k]`` (an insert or a delete) put inside
    one quotation told twice: equal quoted words on both sides, before and after?

    “I feel very badly for Gen. Flynn” against “I feel badly for General Flynn” quotes other
    words; a quotation that goes on past the other's end only quotes more. Words left out
    at an ellipsis, or put in [brackets] or (parentheses), are the outlet's marked edit, not
    a misquote; nor is a joining word (:data:`~kompare.core.lexicon.QUOTE_JOINERS`). Where
    ``related`` (see :func:`one_quotation`) does not pair the two quotations, each flank
    holds at least ``flank_words`` words (``CompareConfig.quote_flank_words``): two
    quotations that share a word or two ("if ... true") are not one told twice.

    >>> a, b = "“I feel very badly for him,” he said.", "“I feel badly for him,” he said."
    >>> spans = [Span(Op.EQUAL, (1, 7), (1, 7)), Span(Op.DELETE, (8, 12), (8, 8)),
    ...          Span(Op.EQUAL, (13, 26), (8, 21))]
    >>> inside_both(spans, 1, [(0, 28)], [(0, 23)], None, a, b)
    True
    >>> inside_both(spans, 1, [(0, 28)], [(0, 7)], None, a, b)  # (B's quotation ends before)
    False
    >>> unpaired = {((40, 50), (40, 50))}  # (the matcher paired other quotations, not these)
    >>> [inside_both(spans, 1, [(0, 28)], [(0, 23)], unpaired, a, b, flank) for flank in (2, 3)]
    [True, False]
    >>> c = "“I feel … badly for him,” he said."
    >>> inside_both([spans[0], Span(Op.DELETE, (8, 12), (8, 10)), Span(Op.EQUAL, (13, 26), (10, 23))],
    ...             1, [(0, 28)], [(0, 25)], None, a, c)
    False
    """
    if not 0 < k < len(spans) - 1:
        return False
    before, span, after = spans[k - 1], spans[k], spans[k + 1]
    if before.op is not Op.EQUAL or after.op is not Op.EQUAL:
        return False
    # On each side the last word before and the first word after lie in one quotation.
    held = []
    for quotes, b, a in ((quotes_a, before.a, after.a), (quotes_b, before.b, after.b)):
        last, first = _quotes_at(quotes, (b[1] - 1, b[1])), _quotes_at(quotes, (a[0], a[0] + 1))
        if len(last) != 1 or list(first) != list(last):
            return False
        held.append(last[0])
    qa, qb = held
    if related and (qa, qb) not in related and (
        _told_apart(qa, qb, related)
        or min(len(tokenize(text_a, max(before.a[0], qa[0]), before.a[1])),
               len(tokenize(text_a, after.a[0], min(after.a[1], qa[1])))) < flank_words
    ):
        return False
    if _quotes_a_run_of_the_other(spans, qa, qb, text_a, text_b):
        return False
    gap_a, gap_b = text_a[before.a[1] : after.a[0]], text_b[before.b[1] : after.b[0]]
    if any(mark in gap for gap in (gap_a, gap_b) for mark in ("…", "...", "[", "]", "(", ")")):
        return False
    words = tokenize(text_a, *span.a) + tokenize(text_b, *span.b)
    return not all(t.norm in QUOTE_JOINERS for t in words)


def _quotes_a_run_of_the_other(spans: Sequence[Span], qa: Range, qb: Range, text_a: str, text_b: str) -> bool:
    """Are the words one passage quotes (of ``qa`` or ``qb``, inside the passage) a run of the
    words the other quotes, word for word?

    Then that passage quotes less, not other words; the diff may have matched its first
    words to an earlier place in the longer quotation ("the people did not share" against
    "while the people have borne the cost. Washington flourished but the people did not share
    in the wealth"), or it may tell one of the longer quotation's sentences ("We will bring
    back our borders." against "We will bring back our jobs, we will bring back our borders").

    >>> a, b = "“the people did not share”", "“the people have borne it, but the people did not share”"
    >>> spans = [Span(Op.EQUAL, (1, 11), (1, 11)), Span(Op.INSERT, (11, 11), (11, 41)),
    ...          Span(Op.EQUAL, (11, 25), (41, 55))]
    >>> _quotes_a_run_of_the_other(spans, (0, 26), (0, 56), a, b)
    True
    >>> _quotes_a_run_of_the_other(spans, (0, 26), (0, 56), a, b.replace("did not", "did nt"))
    False
    """
    words_a = _words_within(text_a, qa, spans[0].a[0], spans[-1].a[1])
    words_b = _words_within(text_b, qb, spans[0].b[0], spans[-1].b[1])
    return contains_run(words_a, words_b) or contains_run(words_b, words_a)


def _words_within(text: str, quote: Range, start: int, end: int) -> tuple[str, ...]:
    """The normalised words of ``quote`` that lie between ``start`` and ``end``."""
    return tuple(t.norm for t in tokenize(text, max(quote[0], start), min(quote[1], end)))


def contains_run(big: Sequence[str], small: Sequence[str]) -> bool:
    """Does ``big`` hold ``small`` (not empty) as a run, in order and unbroken?

    >>> contains_run(("we", "will", "bring", "back"), ("will", "bring")), contains_run(("a", "b"), ("b", "a"))
    (True, False)
    """
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1)) if n else False


def _told_apart(qa: Range, qb: Range, related) -> bool:
    """Are the two quotations each the matcher's partner of another quotation?

    "the president also believes that if these allegations are true, Judge Moore will ...":
    the matcher pairs it with B's “Judge Moore will ...”, and B's other quotation in that
    sentence (“believes that we cannot allow a mere allegation”) with A's sentence before: not
    the one reworded as the other, though "believes that" flanks both. One quotation that the
    other outlet splits in two ("“This American carnage,” he declared, “stops right here”")
    keeps a part with no partner of its own, and stays one quotation.

    >>> _told_apart((0, 50), (60, 90), {((0, 50), (95, 120)), ((200, 230), (60, 90))})
    True
    >>> _told_apart((0, 50), (60, 90), {((0, 50), (95, 120))})
    False
    """
    to_b, to_a = _partners(related if isinstance(related, frozenset) else frozenset(related))
    return bool(to_b.get(qa, set()) - {qb}) and bool(to_a.get(qb, set()) - {qa})


@lru_cache(maxsize=4)
def _partners(related: frozenset) -> tuple[dict, dict]:
    """Each quotation's partners in ``related``: A's range -> B's ranges, and B's -> A's."""
    to_b: dict = {}
    to_a: dict = {}
    for x, y in related:
        to_b.setdefault(x, set()).add(y)
        to_a.setdefault(y, set()).add(x)
    return to_b, to_a


def _quotes_at(quotes: Sequence[Range], r: Range) -> Sequence[Range]:
    """The quotations over ``r`` (the one at its place when it is empty)."""
    return quotes_over(quotes, r[0], r[1] if r[1] > r[0] else r[0] + 1)


def quoted_part(text: str, r: Range, ranges: Sequence[Range]) -> Range:
    """The part of ``r`` inside the first quotation it overlaps, without the marks and
    punctuation at its ends (``r`` itself when it overlaps none); ``ranges`` sorted.

    >>> t = 'they cannot believe what they are finding," Trump told NBC.'
    >>> q = [(0, t.index(',"') + 2)]
    >>> t[slice(*quoted_part(t, (t.index("finding"), len(t) - 1), q))]
    'finding'
    """
    over = quotes_over(ranges, r[0], r[1])
    if not over:
        return r
    s, e = max(r[0], over[0][0]), min(r[1], over[0][1])
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return (s, e) if e > s else r


def quoted_words_differ(spans: Sequence[Span], quotes_a: Sequence[Range], quotes_b: Sequence[Range],
                        text_a: str, text_b: str) -> bool:
    """Do the two passages quote different words in one place: a replaced run quoted whole
    on both sides, with a letter on each? (Where no quote change names it, the two are two
    quotations, and what each says differs.)

    >>> a, b = "He said “they ruined his life”.", "He said “they destroyed his life”."
    >>> spans = [Span(Op.EQUAL, (0, 14), (0, 14)), Span(Op.REPLACE, (14, 20), (14, 23)),
    ...          Span(Op.EQUAL, (20, 29), (23, 32))]
    >>> quoted_words_differ(spans, [(9, 29)], [(9, 32)], a, b), quoted_words_differ(spans, [], [(9, 32)], a, b)
    (True, False)
    """
    def differ(span: Span) -> bool:
        wa, wb = tokenize(text_a, *span.a), tokenize(text_b, *span.b)
        return bool(wa) and bool(wb) and spelled_out(wa) != spelled_out(wb) and not same_spelling(
            [text_a[t.start : t.end] for t in wa], [text_b[t.start : t.end] for t in wb]
        )  # (not "defence" / "defense", "we've" / "we have")

    return any(
        span.op is Op.REPLACE and quoted_share(span.a, quotes_a) >= 0.99 and quoted_share(span.b, quotes_b) >= 0.99
        and differ(span)
        for span in spans
    )


def quoted_share(r: Range, ranges: Sequence[Range]) -> float:
    """How much of the range ``r`` lies inside quotations (0..1); ``ranges`` sorted."""
    if r[1] <= r[0] or not ranges:
        return 0.0
    # Quotations do not overlap, so their ends are sorted too: start at the first
    # quotation that ends after r starts.
    k = bisect_right(ranges, (r[0], r[0])) - 1
    k = max(k, 0)
    inside = 0
    while k < len(ranges) and ranges[k][0] < r[1]:
        s, e = ranges[k]
        inside += max(0, min(e, r[1]) - max(s, r[0]))
        k += 1
    return min(1.0, inside / (r[1] - r[0]))
