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

from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from itertools import compress

from kompare.core.config import CompareConfig
from kompare.core.dates import dates_differ, first_date, stated_dates
from kompare.core.denials import NEGATIVE_VERBS, governed_denials, negations, opposed
from kompare.core.facts import hedges
from kompare.core.languages import REPORTING_HEDGES
from kompare.core.lexicon import ALIASES
from kompare.core.model import Change, ChangeType, LinkKind, Op, Range, Span
from kompare.core.opposites import opposite_change
from kompare.core.quantities import count_alike, counterpart, different_figures, passage_figures, stated_numbers
from kompare.core.quoted import (
    close_quote, inside_both, one_quotation, quoted_part, quoted_share, quotes_over, tells_who,
)
from kompare.core.spelling import same_spelling, spelled_key
from kompare.core.tokens import (
    HEDGES, LOCAL_HEDGES, NEGATIONS, NORM, PERIODS, RELATIVE_MODIFIERS, STOPWORDS, TIMES_OF_DAY, Token, is_content,
    is_date_word, is_hedge, is_number_word, normalize, slice_tokens, spelled_out, stem, token_columns, tokenize,
)


def lowercase_words(text: str) -> frozenset[str]:
    """Normalised words that occur in lower case somewhere in ``text`` (so are not names), and
    their stems: a headline in title case ("NAACP Condemns Tea Party Racism") capitalises a
    verb its article writes "condemning".

    >>> sorted(lowercase_words("Kim Condemns it. Critics were condemning the pact."))
    ['condemn', 'condemning', 'it', 'pact', 'the', 'were']
    """
    starts, _, norms, _ = token_columns(text)  # (a document's words: no tuple per word)
    # Whether each word's first letter is lower case, over the columns at C speed.
    lower = frozenset(compress(norms, map(str.islower, map(text.__getitem__, starts))))
    return lower | frozenset(map(stem, lower))


def _is_name(tok: Token, text: str, common: frozenset[str]) -> bool:
    first = text[tok.start]
    return (
        first.isupper()
        and tok.norm not in common
        and tok.stem not in common
        and tok.norm not in STOPWORDS
        and not is_date_word(tok.norm)
        and tok.norm != "may"
        and not is_number_word(tok.norm)
    )


def _canonical_names(toks: Iterable[Token], text: str, common: frozenset[str]) -> set[str]:
    out: set[str] = set()
    for t in toks:
        if _is_name(t, text, common):
            out.update(ALIASES.get(t.norm) or (spelled_key([text[t.start : t.end]]),))
    return out


@lru_cache(maxsize=200_000)
def _may_state(norm: str) -> bool:
    """Could this word count as a denial, a hedge, a date or a number (:mod:`~kompare.core.denials`,
    :func:`_hedges`, :mod:`~kompare.core.dates`, :mod:`~kompare.core.quantities`)?

    >>> [_may_state(w) for w in ("the", "not", "withholding", "may", "expected", "monday", "12", "three", "shells")]
    [False, True, True, True, True, True, True, True, False]
    """
    return (
        norm in NEGATIONS or norm.endswith("n't") or stem(norm) in NEGATIVE_VERBS or norm in HEDGES
        or is_date_word(norm) or norm == "may" or is_number_word(norm)
        or norm in RELATIVE_MODIFIERS or norm in PERIODS or norm in TIMES_OF_DAY
    )


def _hedges(toks: Iterable[Token], text: str) -> set[str]:
    return {t.norm for t in toks if t.norm in HEDGES and is_hedge(t, text)}  # (the set first: most words are none)


#: Hedges strong enough to matter even inside a long paraphrase.
STRONG_HEDGES = frozenset(
    "reportedly allegedly alleged purportedly reported unconfirmed apparently".split()
) | frozenset(map(normalize, REPORTING_HEDGES))  # (and "angeblich", "якобы")


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
    flank_words: int = CompareConfig.quote_flank_words,
    attribution_words: int = CompareConfig.quote_attribution_words,
) -> list[Change]:
    """Typed changes for a link's word diff (its spans in order, as the diff gives them).

    ``common_*``: from :func:`lowercase_words` (the pipeline gives both documents' together:
    a word either writes in lower case is no name); ``quotes_*``: quotation ranges in
    text order (as :func:`kompare.core.quotes.find_quotes` gives them);
    ``local_words``: see ``CompareConfig.local_change_words``; ``edited``: the two passages
    are one text edited (nearly all words equal), so a word put for another in a short
    replaced run is a change of its own (a term), whatever it is; ``tolerance``: see
    ``CompareConfig.figure_tolerance``; ``context_words``: see
    ``CompareConfig.figure_context_words``. ``words``: for each side, every word of its passage
    when it is one sentence: a span's words are then taken from them, not tokenized again.
    ``related``: the pairs of quotations (A's range, B's range) that are one quotation told
    twice (see :func:`kompare.core.quote_match.quote_pairs`); words quoted on both sides are a
    quotation's changed wording only inside such a pair. Two different quotations side by
    side (the White House's words in one, the Vice President's in the other) differ in
    what is said, not in how one thing is quoted. None: every pair is taken as related.
    ``flank_words``, ``attribution_words``: see ``CompareConfig.quote_flank_words`` and
    ``CompareConfig.quote_attribution_words``.
    """
    # Most passages hold no quotation on one side or the other: then no span is quoted on
    # both sides, which every test of quoted words below asks first.
    if spans:
        quotes_a = quotes_over(quotes_a, spans[0].a[0], spans[-1].a[1])
        quotes_b = quotes_over(quotes_b, spans[0].b[0], spans[-1].b[1])
    quoted = bool(quotes_a) and bool(quotes_b)
    if not quoted and all(span.op is Op.EQUAL for span in spans):
        return []  # (the same words, unquoted: nothing to type)
    if common_a is None or common_b is None:  # (as the pipeline does: a word either writes in lower case)
        common_a = common_b = (lowercase_words(text_a) if common_a is None else common_a) | (
            lowercase_words(text_b) if common_b is None else common_b)
    words_a, words_b = _span_words(text_a, words[0]), _span_words(text_b, words[1])
    changes: list[Change] = []
    says = lambda span: any(is_content(t.norm) for t in words_a(span.a))  # noqa: E731 (an equal run: one side is enough)
    figures_of = None  # both passages' figures, read when a replaced run has numbers on both sides
    hedged: list[set[str]] = []  # each passage's hedge words, read when a run's hedges differ
    for k, span in enumerate(spans):
        if span.op is Op.EQUAL:
            if (
                quoted and quoted_share(span.a, quotes_a) >= 0.99 and quoted_share(span.b, quotes_b) >= 0.99
                and one_quotation(spans, k, quotes_a, quotes_b, related, says, texts=(text_a, text_b),
                                  attribution_words=attribution_words)
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
        plain = not any(map(_may_state, map(NORM, wa))) and not any(map(_may_state, map(NORM, wb)))

        def add(kind: ChangeType) -> None:
            ra, rb = close_quote(text_a, span.a), close_quote(text_b, span.b)
            changes.append(Change(kind, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]], ra, rb))

        def add_hedge(ha: set[str], hb: set[str]) -> None:
            # A hedge word the other passage uses too, elsewhere, hedges both: "possible
            # collusion" against "possible ties" in another clause is no change.
            if not hedged:
                hedged.append(set().union(*(_hedges(words_a(sp.a), text_a) for sp in spans)))
                hedged.append(set().union(*(_hedges(words_b(sp.b), text_b) for sp in spans)))
            if ha - hb <= hedged[1] and hb - ha <= hedged[0]:
                return
            # "could" (a weak hedge at most) put in or taken out, where the other passage
            # hedges in other words ("the courts could well rule against him" / "I expect to
            # be sued"): a reader sees both hedged.
            mine, theirs = (hedged[0], hedged[1]) if ha - hb else (hedged[1], hedged[0])
            if (ha ^ hb) <= LOCAL_HEDGES and theirs - mine:
                return
            # Named by its hedge words ("possible", "is set to"), not the run around them;
            # a side with none asserts what the other hedges: nothing of it is named.
            ra, rb = _hedge_part(text_a, span.a, wa), _hedge_part(text_b, span.b, wb)
            changes.append(Change(ChangeType.HEDGE, text_a[ra[0] : ra[1]] if ra else "",
                                  text_b[rb[0] : rb[1]] if rb else "", ra, rb))

        if span.op is not Op.REPLACE:
            if quoted and inside_both(spans, k, quotes_a, quotes_b, related, text_a, text_b, flank_words):
                # A word put into (or taken out of) one quotation told twice is its wording
                # changed: “I feel very badly” is not what “I feel badly” quotes.
                ra, rb = close_quote(text_a, span.a), close_quote(text_b, span.b)
                changes.append(Change(ChangeType.QUOTE, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]],
                                      ra if wa else None, rb if wb else None))
            if plain:
                continue
            # Words only one side has add detail and change no stated fact, except a short
            # "not" / "never" or "reportedly" that turns the claim around or weakens it.
            if len(wa) + len(wb) <= 3 and governed_denials(
                wa or wb, _after(words_a, spans, k, 0) if wa else _after(words_b, spans, k, 1)
            ):
                add(ChangeType.NEGATION)
            ha, hb = _hedges(wa, text_a), _hedges(wb, text_b)
            if ha != hb and (len(wa) + len(wb) <= 3 or (ha ^ hb) & STRONG_HEDGES):
                add_hedge(ha, hb)
            continue
        if plain:
            pass
        elif local and negations(wa) != negations(wb) and (
            _share_content(wa, wb) or edited or (
                max(len(wa), len(wb)) <= 2
                and _turned(wa, wb, _after(words_a, spans, k, 0), _after(words_b, spans, k, 1))
            )
        ):
            # "sent" / "never sent" ("will" / "opted not to" in an edited text), not a reworded clause
            add(ChangeType.NEGATION)
        ha, hb = (set(), set()) if plain else (_hedges(wa, text_a), _hedges(wb, text_b))
        if ha != hb and local:
            add_hedge(ha, hb)
        da, db = (set(), set()) if plain else (stated_dates(wa, text_a), stated_dates(wb, text_b))
        # Both sides must state one: a date against no date is detail, not a different date.
        cls = dates_differ(da, db) if da and db else None
        if cls:  # (named by the first word of that class on each side, not the whole run)
            ra, rb = first_date(wa, text_a, cls), first_date(wb, text_b, cls)
            changes.append(Change(ChangeType.DATE, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]], ra, rb))
        na, nb = (set(), set()) if plain else (stated_numbers(wa, text_a), stated_numbers(wb, text_b))
        if na and nb and na != nb:
            if figures_of is None:
                figures_of = (passage_figures(text_a, [s.a for s in spans]),
                              passage_figures(text_b, [s.b for s in spans]))
            named = different_figures(text_a, span.a, text_b, span.b, tolerance, *figures_of)
            if named and not count_alike(text_a, text_b, *named, spans, context_words):
                # Two quantities, not one told two ways: the figure the other passage
                # gives for what this one counts, if it gives one ("$3.5 billion" from the
                # military construction budget: "$3.6 billion from ... construction projects").
                named = counterpart(text_a, text_b, named, spans, tolerance, context_words, *figures_of)
            if named:  # (the figures that differ, not the whole replaced run)
                (a0, a1), (b0, b1) = named
                changes.append(Change(ChangeType.NUMBER, text_a[a0:a1], text_b[b0:b1], (a0, a1), (b0, b1)))
        turned = opposite_change(wa, wb) if local else None  # ("Slam" / "Praise" in a headline: no names)
        if local and turned is None and _name_swap(wa, wb, text_a, text_b, common_a, common_b):
            add(ChangeType.NAME)
        qa, qb = (
            (quoted_share(span.a, quotes_a), quoted_share(span.b, quotes_b))
            if quoted and one_quotation(spans, k, quotes_a, quotes_b, related, says, local=local,
                                        texts=(text_a, text_b), attribution_words=attribution_words)
            else (0.0, 0.0)
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
            ra = quoted_part(text_a, span.a, quotes_a) if qa < 0.99 else close_quote(text_a, span.a)
            rb = quoted_part(text_b, span.b, quotes_b) if qb < 0.99 else close_quote(text_b, span.b)
            changes.append(Change(ChangeType.QUOTE, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]], ra, rb))
        if turned is not None and len(changes) == typed_here:
            kind, ta, tb = turned  # (named by the two words, not the run around them)
            changes.append(Change(kind, text_a[ta.start : ta.end], text_b[tb.start : tb.end], (ta.start, ta.end),
                                  (tb.start, tb.end)))  # "before" / "after", "vote for" / "against", "Slam" / "Praise": never a rewording
        if (
            edited and local and len(changes) == typed_here and _new_content(wa, wb)
            and not (tells_who(wa) and tells_who(wb))  # (outlets word one attribution their own way)
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


def _turned(wa: Sequence[Token], wb: Sequence[Token], after_a: Sequence[Token], after_b: Sequence[Token]) -> bool:
    """Do two short replaced runs (``after_*``: the words after each) state a claim and its denial?
    "will" / "won't", "agreed to" / "declined to", "halted" / "allowed"; not "rejects" / "overrides".

    >>> from kompare.core.tokens import tokenize
    >>> _turned(tokenize("agreed"), tokenize("declined"), tokenize("to testify"), tokenize("to testify"))
    True
    >>> _turned(tokenize("rejects"), tokenize("overrides"), tokenize("the veto"), tokenize("the veto"))
    False
    """
    return opposed(wa, wb) or governed_denials(wa, after_a) != governed_denials(wb, after_b)


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


def _new_content(wa: Sequence[Token], wb: Sequence[Token]) -> bool:
    """Does each side bring a content word the other lacks (not just a reworded inflection)?"""
    sa = {t.stem for t in wa if is_content(t.norm)}
    sb = {t.stem for t in wb if is_content(t.norm)}
    return bool(sa - sb) and bool(sb - sa)



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
