"""Type the differences inside a link: number, date, name, negation, quote, hedge.

A link whose differences carry no fact is an agreement; any typed change makes
it a divergence.  Each change names the words that caused it, so every
highlight can be traced back.

>>> from kompare.core.diff import word_diff
>>> a = "North Korea sent millions of shells on Monday."
>>> b = "North Korea sent a significant number of shells on Tuesday."
>>> spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
>>> [(c.type.value, c.a, c.b) for c in classify_spans(a, b, spans)]
[('number', 'millions', 'a significant number'), ('date', 'Monday', 'Tuesday')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter

from kompare.core.config import CompareConfig
from kompare.core.counted import counted_words
from kompare.core.diff import WordOp
from kompare.core.facts import close_figures, hedges, range_figures
from kompare.core.lexicon import DENIAL_OPPOSITES, NAME_ALIASES, PLACE_ALIASES
from kompare.core.model import Change, ChangeType, LinkKind, Op, Range, Span
from kompare.core.speakers.lexicon import CUE_WORDS
from kompare.core.spelling import same_spelling, spelled_key
from kompare.core.tokens import (
    HEDGES, NEGATIONS, PERIODS, RELATIVE_DATES, RELATIVE_MODIFIERS, STOPWORDS, TIMES_OF_DAY, VAGUE_QUANTITIES, WEEKDAYS,
    Token, is_content, is_date_word, is_hedge, is_number_word, slice_tokens, spelled_out, stem, token_columns, tokenize,
)

# Naming a capital for its country ("Seoul" for South Korea) is not a change of name.
_ALIASES = {**PLACE_ALIASES, **NAME_ALIASES, "north": (), "south": ()}
_NORM = itemgetter(2)  # a Token's normalised word
_STEM = itemgetter(3)


def lowercase_words(text: str) -> frozenset[str]:
    """Normalised words that occur in lower case somewhere in ``text`` (so are not names)."""
    starts, _, norms, _ = token_columns(text)  # (a document's words: no tuple per word)
    # Whether each word's first letter is lower case, over the columns at C speed.
    return frozenset(compress(norms, map(str.islower, map(text.__getitem__, starts))))


def _is_name(tok: Token, text: str, common: frozenset[str]) -> bool:
    first = text[tok.start]
    return (
        first.isupper()
        and tok.norm not in common
        and tok.norm not in STOPWORDS
        and not is_date_word(tok.norm)
        and tok.norm != "may"
        and not is_number_word(tok.norm)
    )


def _canonical_names(toks: Iterable[Token], text: str, common: frozenset[str]) -> set[str]:
    out: set[str] = set()
    for t in toks:
        if _is_name(t, text, common):
            out.update(_ALIASES.get(t.norm) or (spelled_key([text[t.start : t.end]]),))
    return out


def _date_mentions(toks: Iterable[Token], text: str):
    """The days and times ``toks`` state, in order, as (class, value, start, end): a weekday,
    a month, a year, a time relative to the day of writing ("relative": "tomorrow", "next
    week", its period read with the word before or after it, which may lie outside
    ``toks``) or a part of the day ("part").

    >>> t = "by tomorrow, not last month"
    >>> [(c, v, t[s:e]) for c, v, s, e in _date_mentions(tokenize(t, 21, len(t)), t)]
    [('relative', 'last month', 'last month')]
    """
    for t in toks:
        n = t.norm
        if n in RELATIVE_DATES:
            yield "relative", n, t.start, t.end
        elif n in WEEKDAYS:
            yield "weekday", n, t.start, t.end
        elif is_date_word(n) or (n == "may" and text[t.start].isupper()):
            yield ("year" if n.isdigit() else "month"), n, t.start, t.end
        elif n in RELATIVE_MODIFIERS:
            after = _WORD_AFTER.match(text, t.end)
            if after and after.group(1).lower() in PERIODS:
                yield "relative", f"{n} {after.group(1).lower()}", t.start, after.end()
        elif n in PERIODS or n in TIMES_OF_DAY:
            before = _WORD_BEFORE.search(text, max(0, t.start - 12), t.start)
            if before and before.group(1).lower() in RELATIVE_MODIFIERS:
                yield "relative", f"{before.group(1).lower()} {n}", before.start(), t.end
            elif n in TIMES_OF_DAY:
                yield "part", n, t.start, t.end


def _dates(toks: Iterable[Token], text: str) -> set[tuple[str, str]]:
    """The days and times ``toks`` state, as (class, value) (see :func:`_date_mentions`).

    >>> t = "next week, not this week; tomorrow; Friday morning; last month, in May 2024"
    >>> sorted(_dates(tokenize(t), t))  # doctest: +NORMALIZE_WHITESPACE
    [('month', 'may'), ('part', 'morning'), ('relative', 'last month'), ('relative', 'next week'),
     ('relative', 'this week'), ('relative', 'tomorrow'), ('weekday', 'friday'), ('year', '2024')]
    >>> t = "the vote next week"
    >>> _dates(tokenize(t, 9, 13), t) == _dates(tokenize(t, 14, 18), t) == {('relative', 'next week')}
    True
    """
    return {(cls, value) for cls, value, _, _ in _date_mentions(toks, text)}


def _first_date(toks: Sequence[Token], text: str, cls: str) -> Range:
    """Where ``toks`` first state a day or time of class ``cls``: a relative period with its
    other word ("last month").

    >>> t = "by tomorrow, not last month"
    >>> [t[slice(*_first_date(tokenize(t, s, len(t)), t, "relative"))] for s in (0, 13, 21)]
    ['tomorrow', 'last month', 'last month']
    """
    return next((s, e) for c, _, s, e in _date_mentions(toks, text) if c == cls)


def _dates_differ(da: set[tuple[str, str]], db: set[tuple[str, str]]) -> str | None:
    """The first class of day or time that both sides state, with none the same (or None)?

    A date against a relative time may be the same day ("Wednesday", "this week"): the
    day of writing is not known; a weekday against a year ("Friday", "2014") is no
    contradiction either.

    >>> _dates_differ({("weekday", "friday")}, {("weekday", "thursday")})
    'weekday'
    >>> _dates_differ({("weekday", "wednesday")}, {("relative", "this week")})
    >>> _dates_differ({("weekday", "friday")}, {("year", "2014")})
    """
    for cls in ("weekday", "month", "year", "relative", "part"):
        xa, xb = {v for c, v in da if c == cls}, {v for c, v in db if c == cls}
        if xa and xb and not xa & xb:
            return cls
    return None


_WORD_AFTER = re.compile(r"\s+(\w+)")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _numbers(toks: Iterable[Token], text: str | None = None) -> set[str]:
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
    after = _WORD_AFTER.match(text, t.end)
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


def _passage_figures(text: str, ranges: Sequence[Range]):
    """All figures of a passage, read around the diff's ranges on its side.

    Only the passage's own words are read: a link of sentences 1 and 5 does not
    read sentences 2 to 4, which lie between its ranges.
    """
    seen = {}
    for r in ranges:
        if r[1] > r[0]:
            for f in _figures_around(text, r):
                seen.setdefault((f.start, f.end), f)
    return list(seen.values())


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


def _different_figures(
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
    ...     found = _different_figures(a, ra, b, rb, 0.025)
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


def _count_alike(text_a: str, text_b: str, ra: Range, rb: Range, spans: Sequence[Span], reach: int) -> bool:
    """Might the figures at ``ra`` and ``rb`` count one thing? Not when the plain words
    around each (:func:`~kompare.core.counted.counted_words`, in the link's passages) share
    none; a word or none on one side cannot tell ("requested" / "demanded"), so then they might.

    >>> a, b = "its tax rate was 45.8 percent in all", "they donated over 10 percent of income"
    >>> spans = [Span(Op.REPLACE, (0, len(a)), (0, len(b)))]
    >>> _count_alike(a, b, (17, 29), (18, 28), spans, 8)
    False
    >>> _count_alike(a, "their tax rate was 44 percent", (17, 29), (19, 29), spans, 8)
    True
    """
    wa, wb = _counted(text_a, text_b, ra, rb, spans, reach)
    return len(wa) < 2 or len(wb) < 2 or bool(wa & wb)


def _counted(text_a: str, text_b: str, ra: Range, rb: Range, spans: Sequence[Span], reach: int):
    """The plain words around the figure at ``ra`` in A's passage and at ``rb`` in B's."""
    return (counted_words(text_a, *ra, spans[0].a[0], spans[-1].a[1], reach),
            counted_words(text_b, *rb, spans[0].b[0], spans[-1].b[1], reach))


def _counterpart(
    text_a: str, text_b: str, named: tuple[Range, Range], spans: Sequence[Span], tolerance: float, reach: int,
    all_a, all_b,
) -> tuple[Range, Range] | None:
    """For two figures ``named`` (A's, B's) that count two things: a figure of the other
    passage (``all_a``, ``all_b``: each passage's figures) of the same unit, stated nowhere
    on this side, whose words share one with this figure's, as the pair to name; or None.

    >>> a = "The emergency frees $3.5 billion of the military construction budget."
    >>> b = "It frees $3.6 billion from military construction and $2.5 billion from drug programs."
    >>> spans = [Span(Op.REPLACE, (0, len(a)), (0, len(b)))]
    >>> fa, fb = range_figures(a, 0, len(a)), range_figures(b, 0, len(b))
    >>> found = _counterpart(a, b, ((20, 32), (54, 66)), spans, 0.025, 8, fa, fb)
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


# Verbs that carry their own "not": "withholding aid" says "not sending aid"; each with
# the stems of the plain verbs it turns around.
_OPPOSITES = {stem(verb): frozenset(map(stem, plain)) for verb, plain in DENIAL_OPPOSITES.items()}
_NEGATIVE_VERBS = frozenset(_OPPOSITES)


def _negations(toks: Iterable[Token]) -> int:
    return sum(map(denies, toks))


def _particles(toks: Iterable[Token]) -> int:
    """How many of ``toks`` negate by a word of their own ("not", "never", "won't"), not by a verb's sense.

    A verb that carries its own "not" ("rejects", "stops") negates only against its own
    claim told plainly ("refused to sign" / "signed"); against another verb ("Congress
    rejects" / "Senate overrides" the veto) it is other words, not a claim turned around.

    >>> _particles(tokenize("He did not go and refused to stay.")), _particles(tokenize("It stops here."))
    (1, 0)
    """
    return sum(1 for t in toks if denies(t) and t.stem not in _NEGATIVE_VERBS)


def _opposed(wa: Sequence[Token], wb: Sequence[Token]) -> bool:
    """Does one run hold a verb of denial and the other a plain verb it turns around ("halted" / "allowed")?

    >>> _opposed(tokenize("halted"), tokenize("allowed")), _opposed(tokenize("rejects"), tokenize("overrides"))
    (True, False)
    """
    for mine, theirs in ((wa, wb), (wb, wa)):
        stems = {t.stem for t in theirs}
        if any(not stems.isdisjoint(_OPPOSITES.get(t.stem, ())) for t in mine):
            return True
    return False


def _governed_denials(toks: Sequence[Token], after: Sequence[Token]) -> int:
    """How many of the words ``toks`` (a run of the diff, ``after``: the words after it) deny a claim.

    A "not" does; a verb that carries its own "not" does when it governs a verb ("will
    stop sending aid", "declined to testify"), not when it is a verb of its own: "Congress
    rejects" / "Senate overrides" the veto, "stops right here and stops right now".

    >>> w = tokenize("will stop sending aid; refused to go")
    >>> _governed_denials(w[1:2], w[2:]), _governed_denials(w[1:2], ()), _governed_denials(w[4:6], w[6:])
    (1, 0, 1)
    >>> _governed_denials(tokenize("rejects"), tokenize("the veto")), _governed_denials(tokenize("not"), ())
    (0, 1)
    """
    out = _particles(toks)
    for n, t in enumerate(toks):
        if t.stem in _NEGATIVE_VERBS:
            nxt = toks[n + 1] if n + 1 < len(toks) else after[0] if after else None
            out += nxt is not None and (nxt.norm == "to" or nxt.norm.endswith("ing"))
    return out


def denial_count(toks: Sequence[Token]) -> int:
    """How many of ``toks`` deny (:func:`denies`); most passages none, found at C speed.

    >>> denial_count(tokenize("He did not go and refused to stay.")), denial_count(tokenize("He went."))
    (2, 0)
    """
    norms = list(map(_NORM, toks))
    if (
        NEGATIONS.isdisjoint(norms) and _NEGATIVE_VERBS.isdisjoint(map(_STEM, toks)) and "without" not in norms
        and "n't " not in " ".join(norms) + " "
    ):
        return 0
    return sum(map(denies, toks))


def denies(t: Token) -> bool:
    """Does the word deny or negate ("not", "no", "won't", "withholding", "without")?"""
    return t.norm in NEGATIONS or t.norm.endswith("n't") or t.stem in _NEGATIVE_VERBS or t.norm == "without"


@lru_cache(maxsize=200_000)
def _may_state(norm: str) -> bool:
    """Could this word count in :func:`_negations`, :func:`_hedges`, :func:`_dates` or :func:`_numbers`?

    >>> [_may_state(w) for w in ("the", "not", "withholding", "may", "expected", "monday", "12", "three", "shells")]
    [False, True, True, True, True, True, True, True, False]
    """
    return (
        norm in NEGATIONS or norm.endswith("n't") or stem(norm) in _NEGATIVE_VERBS or norm in HEDGES
        or is_date_word(norm) or norm == "may" or is_number_word(norm)
        or norm in RELATIVE_MODIFIERS or norm in PERIODS or norm in TIMES_OF_DAY
    )


def _hedges(toks: Iterable[Token], text: str) -> set[str]:
    return {t.norm for t in toks if t.norm in HEDGES and is_hedge(t, text)}  # (the set first: most words are none)


#: Hedges strong enough to matter even inside a long paraphrase.
STRONG_HEDGES = frozenset("reportedly allegedly alleged purportedly reported unconfirmed apparently".split())


def classify_spans(
    text_a: str,
    text_b: str,
    spans: Sequence[Span],
    *,
    common_a: frozenset[str] | None = None,
    common_b: frozenset[str] | None = None,
    quotes_a: Sequence[Range] = (),
    quotes_b: Sequence[Range] = (),
    local_words: int = CompareConfig.local_change_words,
    edited: bool = False,
    tolerance: float = CompareConfig.figure_tolerance,
    context_words: int = CompareConfig.figure_context_words,
    words: tuple[Sequence[Token] | None, Sequence[Token] | None] = (None, None),
    related: Collection[tuple[Range, Range]] | None = None,
) -> list[Change]:
    """Typed changes for a link's word diff (its spans in order, as the diff gives them).

    ``common_*``: from :func:`lowercase_words`; ``quotes_*``: quotation ranges in
    text order (as :func:`kompare.core.quotes.find_quotes` gives them);
    ``local_words``: see ``CompareConfig.local_change_words``; ``edited``: the two passages
    are one text edited (nearly all words equal), so a word put for another in a short
    replaced run is a change of its own (a term), whatever it is; ``tolerance``: see
    ``CompareConfig.figure_tolerance``; ``context_words``: see
    ``CompareConfig.figure_context_words``. ``words``: for each side, every word of its passage
    when it is one sentence: a span's words are then taken from them, not tokenized again.
    ``related``: the pairs of quotations (A's range, B's range) that are one quotation told
    twice (see :func:`kompare.core.quotes.quote_pairs`); words quoted on both sides are a
    quotation's changed wording only inside such a pair. Two different quotations side by
    side (the White House's words in one, the Vice President's in the other) differ in
    what is said, not in how one thing is quoted. None: every pair is taken as related.
    """
    # Most passages hold no quotation on one side or the other: then no span is quoted on
    # both sides, which every test of quoted words below asks first.
    if spans:
        quotes_a = _quotes_over(quotes_a, spans[0].a[0], spans[-1].a[1])
        quotes_b = _quotes_over(quotes_b, spans[0].b[0], spans[-1].b[1])
    quoted = bool(quotes_a) and bool(quotes_b)
    if not quoted and all(span.op is Op.EQUAL for span in spans):
        return []  # (the same words, unquoted: nothing to type)
    common_a = lowercase_words(text_a) if common_a is None else common_a
    common_b = lowercase_words(text_b) if common_b is None else common_b
    words_a, words_b = _span_words(text_a, words[0]), _span_words(text_b, words[1])
    changes: list[Change] = []
    says = lambda span: any(is_content(t.norm) for t in words_a(span.a))  # noqa: E731 (an equal run: one side is enough)
    figures_of = None  # both passages' figures, read when a replaced run has numbers on both sides
    hedged: list[set[str]] = []  # each passage's hedge words, read when a run's hedges differ
    for k, span in enumerate(spans):
        if span.op is Op.EQUAL:
            if (
                quoted and _quoted_share(span.a, quotes_a) >= 0.99 and _quoted_share(span.b, quotes_b) >= 0.99
                and _one_quotation(spans, k, quotes_a, quotes_b, related, says)
            ):
                # Inside quotations the exact words are the fact: "running" is not "run",
                # though the diff matched their stems.
                for ta, tb in zip(words_a(span.a), words_b(span.b)):
                    if ta.norm != tb.norm and not same_spelling([text_a[ta.start : ta.end]], [text_b[tb.start : tb.end]]):
                        changes.append(Change(ChangeType.QUOTE, text_a[ta.start : ta.end], text_b[tb.start : tb.end],
                                              (ta.start, ta.end), (tb.start, tb.end)))
            continue
        wa, wb = words_a(span.a), words_b(span.b)
        if span.op is Op.REPLACE and _spelled_alike(wa, wb, text_a, text_b):
            continue  # one word spelled two ways ("Jong-un" / "Jong Un", "defence" / "defense")
        # A longer replaced run is a paraphrase, not a local edit: only differences both
        # sides state outright (two numbers, two dates) are typed there.
        local = len(wa) <= local_words and len(wb) <= local_words
        typed_here = len(changes)
        # Most runs hold no word that could negate, hedge or state a date or a number:
        # then those four readings find nothing on either side, and are not made.
        plain = not any(map(_may_state, map(_NORM, wa))) and not any(map(_may_state, map(_NORM, wb)))

        def add(kind: ChangeType) -> None:
            ra, rb = _close_quote(text_a, span.a), _close_quote(text_b, span.b)
            changes.append(Change(kind, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]], ra, rb))

        def add_hedge(ha: set[str], hb: set[str]) -> None:
            # A hedge word the other passage uses too, elsewhere, hedges both: "possible
            # collusion" against "possible ties" in another clause is no change.
            if not hedged:
                hedged.append(set().union(*(_hedges(words_a(sp.a), text_a) for sp in spans)))
                hedged.append(set().union(*(_hedges(words_b(sp.b), text_b) for sp in spans)))
            if ha - hb <= hedged[1] and hb - ha <= hedged[0]:
                return
            # Named by its hedge words ("possible", "is set to"), not the run around them;
            # a side with none asserts what the other hedges: nothing of it is named.
            ra, rb = _hedge_part(text_a, span.a, wa), _hedge_part(text_b, span.b, wb)
            changes.append(Change(ChangeType.HEDGE, text_a[ra[0] : ra[1]] if ra else "",
                                  text_b[rb[0] : rb[1]] if rb else "", ra, rb))

        if span.op is not Op.REPLACE:
            if plain:
                continue
            # Words only one side has add detail and change no stated fact, except a short
            # "not" / "never" or "reportedly" that turns the claim around or weakens it.
            if len(wa) + len(wb) <= 3:
                if _governed_denials(wa or wb, _after(words_a, spans, k, 0) if wa else _after(words_b, spans, k, 1)):
                    add(ChangeType.NEGATION)
            ha, hb = _hedges(wa, text_a), _hedges(wb, text_b)
            if ha != hb and (len(wa) + len(wb) <= 3 or (ha ^ hb) & STRONG_HEDGES):
                add_hedge(ha, hb)
            continue
        if plain:
            pass
        elif local and _negations(wa) != _negations(wb) and (
            _share_content(wa, wb) or edited or (max(len(wa), len(wb)) <= 2 and (_opposed(wa, wb) or _governed_denials(
                wa, _after(words_a, spans, k, 0)) != _governed_denials(wb, _after(words_b, spans, k, 1))))
        ):
            # "sent" / "never sent" ("will" / "opted not to" in an edited text), not a reworded clause
            add(ChangeType.NEGATION)
        ha, hb = (set(), set()) if plain else (_hedges(wa, text_a), _hedges(wb, text_b))
        if ha != hb and local:
            add_hedge(ha, hb)
        da, db = (set(), set()) if plain else (_dates(wa, text_a), _dates(wb, text_b))
        # Both sides must state one: a date against no date is detail, not a different date.
        cls = _dates_differ(da, db) if da and db else None
        if cls:  # (named by the first word of that class on each side, not the whole run)
            ra, rb = _first_date(wa, text_a, cls), _first_date(wb, text_b, cls)
            changes.append(Change(ChangeType.DATE, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]], ra, rb))
        na, nb = (set(), set()) if plain else (_numbers(wa, text_a), _numbers(wb, text_b))
        if na and nb and na != nb:
            if figures_of is None:
                figures_of = (_passage_figures(text_a, [s.a for s in spans]),
                              _passage_figures(text_b, [s.b for s in spans]))
            named = _different_figures(text_a, span.a, text_b, span.b, tolerance, *figures_of)
            if named and not _count_alike(text_a, text_b, *named, spans, context_words):
                # Two quantities, not one told two ways: the figure the other passage
                # gives for what this one counts, if it gives one ("$3.5 billion" from the
                # military construction budget: "$3.6 billion from ... construction projects").
                named = _counterpart(text_a, text_b, named, spans, tolerance, context_words, *figures_of)
            if named:  # (the figures that differ, not the whole replaced run)
                (a0, a1), (b0, b1) = named
                changes.append(Change(ChangeType.NUMBER, text_a[a0:a1], text_b[b0:b1], (a0, a1), (b0, b1)))
        if local and _name_swap(wa, wb, text_a, text_b, common_a, common_b):
            add(ChangeType.NAME)
        qa, qb = (
            (_quoted_share(span.a, quotes_a), _quoted_share(span.b, quotes_b))
            if quoted and _one_quotation(spans, k, quotes_a, quotes_b, related, says, local=local) else (0.0, 0.0)
        )
        if min(qa, qb) >= 0.99 and wa and wb:
            if spelled_out(wa) != spelled_out(wb):
                add(ChangeType.QUOTE)  # a quotation's words differ, even "they" for "it"
        elif (
            qa > 0
            and qb > 0
            and max(qa, qb) >= 0.99
            or min(qa, qb) >= 0.5
        ) and any(is_content(t.norm) for t in wa) and any(is_content(t.norm) for t in wb):
            # The words of a quotation differ (or its paraphrase does): named by the quoted
            # part of each run, not the attribution beside it ('finding," Trump told NBC').
            ra = _quoted_part(text_a, span.a, quotes_a) if qa < 0.99 else _close_quote(text_a, span.a)
            rb = _quoted_part(text_b, span.b, quotes_b) if qb < 0.99 else _close_quote(text_b, span.b)
            changes.append(Change(ChangeType.QUOTE, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]], ra, rb))
        if (
            edited and local and len(changes) == typed_here and _new_content(wa, wb)
            and not (_attribution(wa) and _attribution(wb))
        ):
            add(ChangeType.TERM)  # an edit of a copy: "anti-air" became "anti-ship"
    return changes


def _hedge_part(text: str, r: Range, words: Sequence[Token]) -> Range | None:
    """From the first to the last hedge of a run (its ``words``), or None when it has none.

    >>> t = "the 2016 election and possible ties"
    >>> t[slice(*_hedge_part(t, (0, len(t)), tokenize(t)))], _hedge_part("Russia's ties", (0, 13), [])
    ('possible', None)
    """
    found = hedges(text, [r], words) if r[1] > r[0] else []
    return (found[0][0], max(e for _, e in found)) if found else None


def _after(words: Callable[[Range], Sequence[Token]], spans: Sequence[Span], k: int, side: int) -> Sequence[Token]:
    """The words of the span after ``spans[k]`` on one side (0: A, 1: B), or none."""
    return words(spans[k + 1].b if side else spans[k + 1].a) if k + 1 < len(spans) else ()


def _span_words(text: str, words: Sequence[Token] | None) -> Callable[[Range], Sequence[Token]]:
    """The words of a span of ``text``: sliced from ``words`` (all the words of a stretch of
    text holding the span) when given, else tokenized.

    >>> t = "Kim met Putin."
    >>> _span_words(t, tokenize(t))((4, 13)) == tokenize(t, 4, 13) == _span_words(t, None)((4, 13))
    True
    """
    if words is None:
        return lambda r: tokenize(text, *r)
    starts = [w.start for w in words]
    return lambda r: slice_tokens(words, starts, *r)


def coverage(ta: Sequence[Token], tb: Sequence[Token], spans: Sequence[Span]) -> tuple[float, float]:
    """Share of each side's content words that the diff finds equal on the other side.

    >>> from kompare.core.diff import word_diff
    >>> a, b = "Kim met Putin in Pyongyang.", "Kim met Putin in Pyongyang and signed a pact."
    >>> coverage(tokenize(a), tokenize(b), word_diff(a, [(0, len(a))], b, [(0, len(b))]))
    (1.0, 0.6667)
    """
    equal = [s for s in spans if s.op is Op.EQUAL]
    return _covered(ta, [s.a for s in equal]), _covered(tb, [s.b for s in equal])


def _covered(toks: Sequence[Token], equal: Sequence[Range]) -> float:
    content = list(compress(toks, map(is_content, map(_NORM, toks))))
    if not content:
        return 1.0
    starts = [r[0] for r in equal]
    inside = 0
    for t in content:
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.end <= equal[k][1]:
            inside += 1
    return round(inside / len(content), 4)


def content_counts(toks: Sequence[Token]) -> list[int]:
    """How many content words (:func:`is_content`) come before each word of ``toks``, and in all.

    >>> content_counts(tokenize("Kim met the press"))
    [0, 1, 2, 2, 3]
    """
    return list(accumulate(map(is_content, map(_NORM, toks)), initial=0))


def ops_coverage(ops: Sequence[WordOp], counts_a: Sequence[int], counts_b: Sequence[int]) -> tuple[float, float]:
    """:func:`coverage` from the diff's operations and each side's :func:`content_counts`.

    The words of an equal run are the words its span holds, so the two agree; this needs
    no search for them.

    >>> from kompare.core.diff import word_ops
    >>> ta, tb = tokenize("Kim met Putin"), tokenize("Kim met Putin and signed a pact")
    >>> ops = word_ops([t.stem for t in ta], [t.stem for t in tb])
    >>> ops_coverage(ops, content_counts(ta), content_counts(tb))
    (1.0, 0.6)
    """
    inside_a = inside_b = 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            inside_a += counts_a[i2] - counts_a[i1]
            inside_b += counts_b[j2] - counts_b[j1]
    return _share(inside_a, counts_a[-1]), _share(inside_b, counts_b[-1])


def ops_one_sided(ops: Sequence[WordOp], stems_a: Sequence[str], stems_b: Sequence[str],
                  counts_a: Sequence[int], counts_b: Sequence[int]) -> tuple[int, int]:
    """How many content words each side states with nothing for them on the other side.

    In each run the diff did not find equal, the content words whose stem the other
    side has nowhere count (a word moved is not new); of a replaced run, only what one
    side has beyond the other's new words (those are the same thing in other words).

    >>> from kompare.core.diff import word_ops
    >>> def one_sided(a, b):
    ...     ta, tb = tokenize(a), tokenize(b)
    ...     sa, sb = [t.stem for t in ta], [t.stem for t in tb]
    ...     return ops_one_sided(word_ops(sa, sb), sa, sb, content_counts(ta), content_counts(tb))
    >>> one_sided("Kim met Putin in Pyongyang and signed a defence treaty", "Kim met Putin")
    (4, 0)
    >>> one_sided("Kim met Putin", "Kim greeted Putin"), one_sided("Kim met Putin", "Putin met Kim")
    ((0, 0), (0, 0))
    """
    in_a, in_b = set(stems_a), set(stems_b)
    one_a = one_b = 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        na = sum(1 for k in range(i1, i2) if counts_a[k + 1] > counts_a[k] and stems_a[k] not in in_b)
        nb = sum(1 for k in range(j1, j2) if counts_b[k + 1] > counts_b[k] and stems_b[k] not in in_a)
        one_a += max(0, na - nb)
        one_b += max(0, nb - na)
    return one_a, one_b


def lone_quotation(quotes: Sequence[Range], ranges: Sequence[Range], words: Sequence[Token], other_stems) -> bool:
    """Does a quotation inside ``ranges`` hold content words, none of which the other passage has?

    ``quotes``: the document's quotations, sorted; ``words``: the passage's words;
    ``other_stems``: the other passage's stems.

    >>> a, b = 'He called the plan "a con" and "a disaster".', "The plan is a disaster."
    >>> quotes = [(a.index('"a con'), a.index(' and')), (a.index('"a dis'), len(a) - 1)]
    >>> stems_b = [t.stem for t in tokenize(b)]
    >>> lone_quotation(quotes, [(0, len(a))], tokenize(a), stems_b)
    True
    >>> lone_quotation(quotes[1:], [(0, len(a))], tokenize(a), stems_b)
    False
    """
    over = _quotes_over(quotes, ranges[0][0], ranges[-1][1])
    if not over:
        return False  # (most passages quote nothing)
    theirs = set(other_stems)
    for start, end in over:
        quoted = [t for t in words if start <= t.start < end and is_content(t.norm)]
        if quoted and all(t.stem not in theirs for t in quoted):
            return True
    return False


def hedge_bears_on_shared(change: Change, ta: Sequence[Token], tb: Sequence[Token]) -> bool:
    """Is a hedge word of the change followed closely by a word the other passage has too?

    "over its alleged role" against a passage that names no role is not ("role" is the
    only content word after "alleged"). A hedging phrase ("is set to") counts as found.
    ``ta``, ``tb``: the two passages' words.

    >>> a, b = "They sued Saudi Arabia over its alleged role.", "They sued the Saudi government."
    >>> ra = (a.index("alleged"), a.index(" role"))
    >>> hedge_bears_on_shared(Change(ChangeType.HEDGE, "alleged", "", ra, None), tokenize(a), tokenize(b))
    False
    """
    seen = False
    for mine, other, r in ((ta, tb, change.a_range), (tb, ta, change.b_range)):
        if r is None:
            continue
        theirs = {t.stem for t in other}
        for k, t in enumerate(mine):
            if r[0] <= t.start < r[1] and t.norm in HEDGES:
                seen = True
                after = [u for u in mine[k + 1 :] if is_content(u.norm) and u.norm not in HEDGES][:2]
                if not after or any(u.stem in theirs for u in after):
                    return True
    return not seen  # (a hedging phrase, "is set to": read where it was found)


def _share(inside: int, content: int) -> float:
    return round(inside / content, 4) if content else 1.0


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


def link_kind(changes: Sequence[Change], partial: bool) -> LinkKind:
    """Divergence when a fact differs; else partial when one side says more; else agreement.

    >>> link_kind([], False).value, link_kind([], True).value
    ('agreement', 'partial')
    >>> link_kind([Change(ChangeType.DATE, "Monday", "Tuesday")], True).value
    'divergence'
    """
    if changes:
        return LinkKind.DIVERGENCE
    return LinkKind.PARTIAL if partial else LinkKind.AGREEMENT


def _close_quote(text: str, r: Range) -> Range:
    """Take in the closing mark of a quotation the range opens (“aggression,” not “aggression).

    >>> t = 'subjected to “aggression,” the other'
    >>> t[slice(*_close_quote(t, (0, 24)))]
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


def _quotes_over(quotes: Sequence[Range], start: int, end: int) -> Sequence[Range]:
    """The quotations among ``quotes`` (sorted, apart) that overlap ``[start, end)``: all that
    :func:`_quoted_share` finds inside any range there.

    >>> _quotes_over([(0, 5), (10, 20), (30, 40), (50, 60)], 12, 33)
    [(10, 20), (30, 40)]
    >>> _quotes_over([(0, 5), (30, 40)], 10, 20)
    []
    """
    if not quotes:
        return quotes
    k = bisect_right(quotes, (start, start)) - 1  # the last quotation starting at or before start
    if k < 0 or quotes[k][1] <= start:
        k += 1  # (which ends before start)
    return quotes[k : bisect_left(quotes, end, key=itemgetter(0))]


def _one_quotation(
    spans: Sequence[Span], k: int, quotes_a: Sequence[Range], quotes_b: Sequence[Range], related,
    says: Callable[[Span], bool] = lambda span: True, local: bool = False,
) -> bool:
    """Do the two sides of ``spans[k]`` lie in one quotation told twice?

    That is a pair of ``related`` (any pair when it is None), or one quotation a side that
    the run lies in (or holds whole), between equal words of which one side at least
    ``says`` something (has a content word: not "a [second surgery] to").
    "Flynn lied and they [ruined / destroyed] his life" is one quotation reworded even
    where the quotation matcher leaves the two long quotations apart; so is his typical
    "[bluffing / punishing]" tactics, each side quoting one word of its own.

    >>> spans = [Span(Op.EQUAL, (1, 3), (11, 13)), Span(Op.REPLACE, (3, 5), (13, 15)), Span(Op.EQUAL, (5, 7), (15, 17))]
    >>> [_one_quotation(spans, 1, [(0, 10)], [(10, 20)], r) for r in ({((0, 10), (10, 20))}, set())]
    [True, True]
    >>> _one_quotation(spans, 1, [(3, 5)], [(13, 15)], set())  # (the scare quotes)
    True
    >>> _one_quotation(spans, 1, [(0, 10)], [(10, 14), (14, 20)], set())
    False
    """
    span = spans[k]
    over_a, over_b = _quotes_at(quotes_a, span.a), _quotes_at(quotes_b, span.b)
    if related is None or any((qa, qb) in related for qa in over_a for qb in over_b):
        return True
    if len(over_a) != 1 or len(over_b) != 1:
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
    def placed(r: Range, q: Range) -> bool:
        return q[0] <= r[0] and r[1] <= q[1] or r[0] <= q[0] and q[1] <= r[1]

    return placed(span.a, over_a[0]) and placed(span.b, over_b[0])


def _quotes_at(quotes: Sequence[Range], r: Range) -> Sequence[Range]:
    """The quotations over ``r`` (the one at its place when it is empty)."""
    return _quotes_over(quotes, r[0], r[1] if r[1] > r[0] else r[0] + 1)


def _quoted_part(text: str, r: Range, ranges: Sequence[Range]) -> Range:
    """The part of ``r`` inside the first quotation it overlaps, without the marks and
    punctuation at its ends (``r`` itself when it overlaps none); ``ranges`` sorted.

    >>> t = 'they cannot believe what they are finding," Trump told NBC.'
    >>> q = [(0, t.index(',"') + 2)]
    >>> t[slice(*_quoted_part(t, (t.index("finding"), len(t) - 1), q))]
    'finding'
    """
    over = _quotes_over(ranges, r[0], r[1])
    if not over:
        return r
    s, e = max(r[0], over[0][0]), min(r[1], over[0][1])
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return (s, e) if e > s else r


def _quoted_share(r: Range, ranges: Sequence[Range]) -> float:
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


def _new_content(wa: Sequence[Token], wb: Sequence[Token]) -> bool:
    """Does each side bring a content word the other lacks (not just a reworded inflection)?"""
    sa = {t.stem for t in wa if is_content(t.norm)}
    sb = {t.stem for t in wb if is_content(t.norm)}
    return bool(sa - sb) and bool(sb - sa)


def _attribution(ws: Sequence[Token]) -> bool:
    """Does a run tell who says something ("he posted to Twitter", "LePage replied")?

    Outlets word the attribution of one quotation each their own way; who is quoted
    is compared as the quotation's speaker, so such a run is no edited term.
    """
    return any(t.norm in CUE_WORDS for t in ws)


def _share_content(wa: Sequence[Token], wb: Sequence[Token]) -> bool:
    content = lambda ws: {t.stem for t in ws if is_content(t.norm) and t.norm not in NEGATIONS}  # noqa: E731
    return bool(content(wa) & content(wb))


_PERSONAL = frozenset("he she they him her them his hers their i we".split())


def _spelled_alike(wa: Sequence[Token], wb: Sequence[Token], text_a: str, text_b: str) -> bool:
    """Are two replaced runs one name or word spelled two ways (:func:`same_spelling`)?

    Two spellings of a few words differ in length by a few letters: most replaced runs
    are told apart by that before any word is read again.

    >>> t, u = "Kim Jong-un met", "Kim Jong Un met"
    >>> _spelled_alike(tokenize(t, 4, 11), tokenize(u, 4, 11), t, u)
    True
    """
    if not wa or not wb or len(wa) > 4 or len(wb) > 4:
        return False
    if abs((wa[-1].end - wa[0].start) - (wb[-1].end - wb[0].start)) > 6:
        return False
    return same_spelling([text_a[t.start : t.end] for t in wa], [text_b[t.start : t.end] for t in wb])


def _name_swap(wa, wb, text_a, text_b, common_a, common_b) -> bool:
    """One name put for another ("Chang" / "Park"): names on both sides, none shared,
    and names are most of what the two sides say.  A pronoun on either side may stand
    for the other's name ("he posted to Twitter" / "Mr. Trump tweeted"): no swap."""
    if any(t.norm in _PERSONAL for t in (*wa, *wb)):
        return False
    pa, pb = _canonical_names(wa, text_a, common_a), _canonical_names(wb, text_b, common_b)
    if not pa or not pb or pa & pb:
        return False
    for ws, text, common in ((wa, text_a, common_a), (wb, text_b, common_b)):
        content = [t for t in ws if is_content(t.norm)]
        names = [t for t in content if _is_name(t, text, common)]
        if 2 * len(names) < len(content):
            return False
    return True
