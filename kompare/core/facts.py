"""The checkable facts of a passage, compared across two linked passages.

A word diff finds short edits ("Thursday" for "Friday" in an otherwise equal
sentence); two outlets rewording one claim replace whole clauses, and a changed
figure or weekday hides inside a long replaced run.  Here each side's facts are
read on their own and compared:

- *figures* with what they count: "$3.6 billion" against "$3 billion", "12
  devices" against "a dozen devices" (equal), matched by their unit (the currency
  and scale, or the counted noun) and compared with a rounding tolerance;
- *days*: weekdays, and months or years, on both sides, none in common;
- *hedges*: one side hedges or reports as expected what the other asserts
  ("is set to vote" / "voted", "may have passed" / "went through").

Each difference names the words on both sides that cause it.

>>> from kompare.core.diff import word_diff
>>> a = "The Pentagon will move $3.6 billion on Friday."
>>> b = "The Pentagon is expected to move $3 billion on Thursday."
>>> spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
>>> [(d.type.value, d.a, d.b) for d in compare_facts(a, tokenize(a), b, tokenize(b), spans)]
[('number', '$3.6 billion', '$3 billion'), ('date', 'Friday', 'Thursday'), ('hedge', '', 'expected')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from kompare.core.config import CompareConfig
from kompare.core.counted import one_thing
from kompare.core.figures import Figure, close_figures, range_figures
from kompare.core.lexicon import ALIASES
from kompare.core.model import Change, ChangeType, Op, Range, Span
from kompare.core.overlap import hedge_bears_on_shared
from kompare.core.range_memo import RangeMemo
from kompare.core.speakers.lexicon import CUE_WORDS
from kompare.core.tokens import (
    ADJECTIVE_HEDGES, HEDGES, LOCAL_HEDGES, MONTHS, NORM, TIMES_OF_DAY, WEAK_WORDS, WEEKDAYS, Token, is_content, is_hedge,
    is_number_word, names_a_weekday, opens_with_hedge, tokenize,
)

#: Phrases that hedge: "is set to vote" (and a headline's "Set to Override"), "looks like".
_HEDGE_PHRASES = re.compile(r"\b(?:(?:is|are|was|were|be)\s+)?set\s+to\b|\blooks?\s+like\b", re.IGNORECASE)


class Passage(NamedTuple):
    """One passage of a link: its text, its words, and which of them the diff found on the other side."""

    text: str
    tokens: Sequence[Token]
    equal: Sequence[Range]  # the diff's equal ranges on this side, in order
    # The tokens are every word from the first to the last (one sentence): the facts
    # read them, not the words of the range tokenized again.
    whole: bool = False

    def anchored(self, start: int, end: int, before: int, after: int) -> bool:
        """Is a shared (equal) content word within ``before`` words before or ``after`` after?

        The words are counted from the range's own ends: "is set to" or "$3.6 billion"
        does not use up its reach on its own words.
        """
        k = bisect_left(self.tokens, start, key=lambda t: t.start)
        k_end = bisect_left(self.tokens, end, k, key=lambda t: t.start)
        lo, hi = max(0, k - before), min(len(self.tokens), max(k_end, k + 1) + after)
        for t in self.tokens[lo:hi]:
            if (start <= t.start < end) or not is_content(t.norm):
                continue
            # The equal ranges are sorted and apart: only the last one starting at or
            # before the word can hold it.
            e = bisect_right(self.equal, t.start, key=lambda r: r[0]) - 1
            if e >= 0 and t.end <= self.equal[e][1]:
                return True
        return False


def _of_range(memo: RangeMemo, side: Passage) -> tuple:
    """What ``memo`` reads of the side's range, from its first word to its last (its words
    passed when known without tokenizing: see ``Passage.whole``)."""
    if not side.tokens:
        return ()
    return memo(side.text, side.tokens[0].start, side.tokens[-1].end, side.tokens if side.whole else None)


def _figures(side: Passage) -> tuple[Figure, ...]:
    return _of_range(range_figures, side)


def _number_changes(
    a: Passage, b: Passage, fa: Sequence[Figure], tolerance: float, window: int, reach: int,
) -> list[Change]:
    # Only units stated on both sides can differ: the other figures need no anchoring,
    # and without a unit on A's side (``fa``: A's figures), B's figures need no reading.
    units = {f.unit for f in fa} - {""}
    if not units:
        return []
    fb = _figures(b)
    units &= {f.unit for f in fb}
    all_a, all_b = fa, fb
    # A figure with no stated unit may be any of them.
    fa = [f for f in fa if f.unit in units | {""} and a.anchored(f.start, f.end, window, window)]
    fb = [f for f in fb if f.unit in units | {""} and b.anchored(f.start, f.end, window, window)]
    changes = []
    for unit in sorted({f.unit for f in fa} & {f.unit for f in fb} - {""}):
        # (The figures with no stated unit are listed after those that say so.)
        xa = sorted((f for f in fa if f.unit in (unit, "")), key=lambda f: f.unit != unit)
        xb = sorted((f for f in fb if f.unit in (unit, "")), key=lambda f: f.unit != unit)
        # Both sides state this kind of figure next to the shared words, and none of
        # them agree: the two disagree. (When one pair agrees, the others are more detail;
        # so when a figure next to the shared words is stated anywhere on the other side,
        # with other words around it: "$3.6 billion ... and $2.5 billion" against two
        # sentences giving one each.)
        if close_figures(xa, all_b, tolerance) or close_figures(all_a, xb, tolerance):
            continue
        # The first two that may count one thing: "paid $43 million in federal taxes" and
        # "earned $139 million in adjusted gross income" are two quantities, no disagreement.
        pair = next(((fa0, fb0) for fa0 in xa for fb0 in xb if _one_thing(a, fa0, b, fb0, reach)), None)
        if pair:
            fa0, fb0 = pair
            changes.append(Change(ChangeType.NUMBER, a.text[fa0.start : fa0.end], b.text[fb0.start : fb0.end],
                                  (fa0.start, fa0.end), (fb0.start, fb0.end)))
    return changes


def _one_thing(a: Passage, fa: Figure, b: Passage, fb: Figure, reach: int) -> bool:
    """Might figure ``fa`` of passage ``a`` and ``fb`` of ``b`` count one thing
    (:func:`~kompare.core.counted.one_thing`, within each passage)?"""
    if not (a.tokens and b.tokens):
        return True
    return one_thing(a.text, (fa.start, fa.end), (a.tokens[0].start, a.tokens[-1].end),
                     b.text, (fb.start, fb.end), (b.tokens[0].start, b.tokens[-1].end), reach)


_DAY_NAMES = WEEKDAYS | (MONTHS - {"may"}) | TIMES_OF_DAY


def _days(side: Passage, named: Sequence[tuple[str, Token]], window: int | None) -> dict[str, list[Token]]:
    """Weekdays, months, years and parts of the day named (``named``: :func:`_named_days`)
    next to the shared words (or anywhere, with no ``window``), by class."""
    out: dict[str, list[Token]] = {"weekday": [], "month": [], "year": [], "part": []}
    for cls, t in named:
        if window is None or side.anchored(t.start, t.end, window, window):
            out[cls].append(t)
    return out


def _day_classes(text: str, start: int, end: int, tokens: Sequence[Token] | None) -> list[tuple[str, Token]]:
    """The days a range names, each with its class ("weekday", "month", "year", "part").

    >>> t = "On Friday night in May 2014, 2000 troops left."
    >>> [(cls, w.norm) for cls, w in _day_classes(t, 0, len(t), None)]
    [('weekday', 'friday'), ('part', 'night'), ('year', '2014')]
    """
    tokens = tokenize(text, start, end) if tokens is None else tokens
    norms = list(map(NORM, tokens))
    if _DAY_NAMES.isdisjoint(norms) and _YEARS.isdisjoint(norms):
        return []  # (most passages name none)
    side = Passage(text, tokens, [])
    out = []
    for k, t in enumerate(tokens):
        cls = (
            "weekday" if names_a_weekday(t, text) else "month" if t.norm in MONTHS and t.norm != "may"
            else "part" if t.norm in TIMES_OF_DAY else "year" if _is_year(side, k) else None
        )
        if cls:
            out.append((cls, t))
    return out


#: :func:`_day_classes` of a range, remembered (a sentence is in several links).
_range_days = RangeMemo(_day_classes)


def _named_days(side: Passage) -> tuple[tuple[str, Token], ...]:
    """The days the side names, each with its class (:func:`_day_classes`)."""
    return _of_range(_range_days, side)


_YEARS = frozenset(map(str, range(1800, 2100)))  # (a set: most passages name none, asked at C speed)


def _is_year(side: Passage, k: int) -> bool:
    """Is word ``k`` a year ("in 2014", "2014's"), not a count ("2000 troops", "$2014")?

    >>> t = "In 2014 the 2000 troops cost $2010."
    >>> [w.norm for k, w in enumerate(tokenize(t)) if _is_year(Passage(t, tokenize(t), []), k)]
    ['2014']
    """
    t = side.tokens[k]
    if t.norm not in _YEARS or side.text[t.start - 1 : t.start] in ("$", "€", "£"):
        return False
    after = side.tokens[k + 1].norm if k + 1 < len(side.tokens) else ""
    return after not in _COUNTED


#: Words after a number in the years' range that make it a count, not a year.
_COUNTED = frozenset("people troops soldiers percent votes dollars jobs workers cases deaths members miles".split())


def _day_key(cls: str, t: Token) -> str:
    """What makes two days of one class the same day: a year's digits, a name's first three letters ("Wed")."""
    return t.norm if cls == "year" else t.norm[:3]


def _date_changes(a: Passage, b: Passage, named: tuple[Sequence, Sequence], window: int) -> list[Change]:
    da, db = _days(a, named[0], window), _days(b, named[1], window)
    if not any(da[cls] and db[cls] for cls in da):
        return []  # (no class of day named on both sides: most links)
    # A day named next to the shared words agrees with the same day named anywhere on the
    # other side ("Going Back To 2007" / "... from 2007 to 2014").
    every_a, every_b = _days(a, named[0], None), _days(b, named[1], None)
    changes = []
    key = _day_key
    for cls in ("weekday", "month", "year", "part"):
        na, nb = {key(cls, t) for t in da[cls]}, {key(cls, t) for t in db[cls]}
        if na and nb and not na & {key(cls, t) for t in every_b[cls]} and not nb & {key(cls, t) for t in every_a[cls]}:
            ta, tb = da[cls][0], db[cls][0]
            changes.append(Change(ChangeType.DATE, a.text[ta.start : ta.end], b.text[tb.start : tb.end],
                                  (ta.start, ta.end), (tb.start, tb.end)))
    return changes


def hedges(text: str, ranges: Sequence[Range], words: Sequence[Token] | None = None) -> list[Range]:
    """Where the ranges hedge: hedge words ("may", "expected", "signals"), "is set to", "looks like".

    ``words``: the words of the one range, when the caller has them already.

    >>> t = "The Senate is set to vote and may pass it."
    >>> [t[s:e] for s, e in hedges(t, [(0, len(t))])]
    ['is set to', 'may']
    >>> t = "His plan is a disaster; he plans to run."
    >>> [t[s:e] for s, e in hedges(t, [(0, len(t))])]
    ['plans']
    >>> t = "IT LOOKS LIKE a deal; the House IS SET TO vote"
    >>> [t[s:e] for s, e in hedges(t, [(0, len(t))])]
    ['LOOKS LIKE', 'IS SET TO']
    """
    out: list[Range] = []
    for s, e in ranges:
        # (Most words are no hedge word at all: the set answers before the call does.)
        out.extend(
            (t.start, t.end) for t in (tokenize(text, s, e) if words is None else words)
            if t.norm in HEDGES and is_hedge(t, text)
        )
        # (Every phrase holds "set" or "look": a passage with neither is not scanned for them.)
        folded = text[s:e].casefold()  # (as _HEDGE_PHRASES ignores case)
        if "set" in folded or "look" in folded:
            out.extend((m.start(), m.end()) for m in _HEDGE_PHRASES.finditer(text, s, e))
    return sorted(out)


_range_hedges = RangeMemo(lambda text, start, end, words: hedges(text, [(start, end)], words))


def _hedge_changes(a: Passage, b: Passage, window: int, reach: int) -> list[Change]:
    # A hedge bears on the shared claim when the shared words follow it closely
    # ("may have passed through Florida", "is set to override the veto").
    # "could" is as often a past "can" ("that kid could go"), a condition ("before it could
    # reach") or another's claim ("critics said could allow") as a hedge of the shared
    # claim: it is read only where the diff puts it in or takes it out (classify.py).
    found = _read_hedges(a), _read_hedges(b)
    ha = [r for r in found[0] if a.anchored(r[0], r[1], 1, window) or _opens(a, r)]
    hb = [r for r in found[1] if b.anchored(r[0], r[1], 1, window) or _opens(b, r)]
    if not ha and not hb:
        return _moved_hedge_changes(a, b, found, reach)
    if bool(ha) == bool(hb):
        return []
    # Both hedge, one of them further from the shared words: a reader sees both hedged,
    # unless the other hedges words of its own ("its alleged role" against a passage that
    # names no role).
    other = b if ha else a
    for r in _of_range(_range_hedges, other):
        hedge = Change(ChangeType.HEDGE, "", "", *((None, r) if ha else (r, None)))
        if hedge_bears_on_shared(hedge, a.tokens, b.tokens):
            return []
    if ha:
        r = ha[0]
        return [Change(ChangeType.HEDGE, a.text[r[0] : r[1]], "", r, None)]
    r = hb[0]
    return [Change(ChangeType.HEDGE, "", b.text[r[0] : r[1]], None, r)]


def _read_hedges(side: Passage) -> list[Range]:
    """The side's hedges but "could" (LOCAL_HEDGES: read only where the diff puts it in)."""
    return [r for r in _of_range(_range_hedges, side) if side.text[r[0] : r[1]].lower() not in LOCAL_HEDGES]


def _moved_hedge_changes(a: Passage, b: Passage, found: tuple[list[Range], list[Range]], reach: int) -> list[Change]:
    """A hedge on the shared claim where the passages tell it in another order, so that the
    word diff leaves the hedged verb apart from the words it finds equal ("the two nations
    have reportedly strengthened their cooperation" / "a key factor in the strengthening of
    ties"): the first content word after the hedge, within ``reach`` words, is one both
    passages say once (see ``CompareConfig.moved_fact_reach``), and the other passage hedges
    nothing at all. An adjective ("a possible resignation") hedges its noun, not the claim:
    it is not read here. ``found``: each side's hedges (:func:`_read_hedges`).

    >>> a = "All of the envelopes reportedly listed the Florida office of Schultz as their sender."
    >>> b = "Investigators said the packages listed Schultz's office as the return address."
    >>> def moved(a, b):
    ...     pa, pb = Passage(a, tokenize(a), []), Passage(b, tokenize(b), [])
    ...     return [(c.a, c.b) for c in _moved_hedge_changes(pa, pb, (_read_hedges(pa), _read_hedges(pb)), 2)]
    >>> moved(a, b)
    [('reportedly', '')]
    >>> b = "Investigators said the packages may have listed Schultz's office as the return address."
    >>> moved(a, b)
    []
    """
    if not found[0] and not found[1]:
        return []
    once = _said_once(a).keys() & _said_once(b).keys()
    moved = []
    for side, ranges in zip((a, b), found):
        for r in ranges:
            if side.text[r[0] : r[1]].lower() in ADJECTIVE_HEDGES:
                continue
            k = bisect_left(side.tokens, r[1], key=lambda t: t.start)
            after = [t for t in side.tokens[k : k + reach + 1] if is_content(t.norm) and t.norm not in HEDGES]
            if after and after[0].stem in once:
                moved.append(r)
                break
        else:
            moved.append(None)
    ra, rb = moved
    if ra and not found[1]:
        return [Change(ChangeType.HEDGE, a.text[ra[0] : ra[1]], "", ra, None)]
    if rb and not found[0]:
        return [Change(ChangeType.HEDGE, "", b.text[rb[0] : rb[1]], None, rb)]
    return []


def _opens(side: Passage, r: Range) -> bool:
    """Does the hedge at ``r`` open the passage ("It looks like ...", "Apparently, ..."), so
    that it weakens all the passage says, shared words included, however far they stand?

    >>> t = "It looks like Trump is having a change of heart on the decision to lift the ban."
    >>> _opens(Passage(t, tokenize(t), [(60, 80)]), (3, 13))
    True
    """
    if not side.equal:
        return False
    k = bisect_left(side.tokens, r[0], key=lambda t: t.start)
    return k < len(side.tokens) and opens_with_hedge(side.tokens, k)


def compare_facts(
    text_a: str,
    tokens_a: Sequence[Token],
    text_b: str,
    tokens_b: Sequence[Token],
    spans: Sequence[Span],
    *,
    tolerance: float = CompareConfig.figure_tolerance,
    window: int = CompareConfig.fact_window,
    whole: tuple[bool, bool] = (False, False),
    context_words: int = CompareConfig.figure_context_words,
    moved_reach: int = CompareConfig.moved_fact_reach,
) -> list[Change]:
    """Figures, days and hedges that differ between two linked passages.

    ``tokens_*``: the passages' words; ``spans``: their word diff.  Only facts within
    ``window`` words of words both passages share count: the rest of a long sentence
    may be about something else.  ``tolerance``: figures within this share of each
    other are the same figure told rounded ("nearly $44 million", "$43,885,310").
    ``whole``: for each side, are its tokens every word from the first to the last (one
    sentence)? Then they are not tokenized again. ``context_words``: see
    ``CompareConfig.figure_context_words`` (two figures that count two things differ in nothing).
    ``moved_reach``: see ``CompareConfig.moved_fact_reach`` (days and figures the diff left
    apart from the shared words, where the two tell the claim in another order).
    """
    equal = [s for s in spans if s.op is Op.EQUAL]
    # (Each side's in its own order: words told in another order are equal out of turn.)
    a = Passage(text_a, tokens_a, sorted(s.a for s in equal), whole[0])
    b = Passage(text_b, tokens_b, sorted(s.b for s in equal), whole[1])
    # (Read once: the figures and dates, and the moved facts after them, ask.)
    fa, named = _figures(a), (_named_days(a), _named_days(b))
    changes = (_number_changes(a, b, fa, tolerance, window, context_words) + _date_changes(a, b, named, window)
               + _hedge_changes(a, b, window, moved_reach) + _negation_changes(a, b))
    typed = {c.type for c in changes}
    days = ChangeType.DATE not in typed and all(named)
    counted = ChangeType.NUMBER not in typed and any(f.unit for f in fa)
    if days or counted:  # (most links: no day named on both sides, no counted figure on A's)
        changes += _moved_changes(a, b, named if days else ((), ()), fa if counted else (),
                                  tolerance, moved_reach, context_words)
    return changes


def _said_once(side: Passage) -> dict[str, int]:
    """The words the passage says once, by stem (their place among its words): lower-case
    words only, not boilerplate ("said", a weekday) nor quantities ("billion").

    >>> t = "The House voted on Friday to override the veto, the House said."
    >>> sorted(_said_once(Passage(t, tokenize(t), [])))
    ['overrid', 'veto', 'vote']
    """
    counts = Counter(t.stem for t in side.tokens)
    return {
        t.stem: k for k, t in enumerate(side.tokens)
        if counts[t.stem] == 1 and is_content(t.norm) and t.norm not in WEAK_WORDS and not is_number_word(t.norm)
        and side.text[t.start].islower()
    }


def _gap(side: Passage, r: Range, k: int) -> int:
    """How many words stand between the range ``r`` and the side's word ``k``."""
    first = bisect_left(side.tokens, r[0], key=lambda t: t.start)
    last = bisect_left(side.tokens, r[1], key=lambda t: t.start) - 1
    return max(first - k, k - last) - 1


def _moved_changes(
    a: Passage, b: Passage, named: tuple[Sequence, Sequence], fa: Sequence[Figure], tolerance: float, reach: int,
    context_words: int,
) -> list[Change]:
    """Days and figures that differ where the word diff could not place them beside the shared
    words: the passages tell the claim in another order. Each side's day or figure must stand
    within ``reach`` words of one word both say once (see ``CompareConfig.moved_fact_reach``),
    with no day of its class, or figure of its unit, in common anywhere. ``named``: the days
    each side names (:func:`_named_days`), ``fa``: A's figures (either empty: not compared).

    >>> a = "The House voted later on Friday to override the veto."
    >>> b = "The House ensured the bill will become law after voting 348-77 to override Wednesday afternoon."
    >>> pa, pb = Passage(a, tokenize(a), []), Passage(b, tokenize(b), [])
    >>> named = _named_days(pa), _named_days(pb)
    >>> [(c.a, c.b) for c in _moved_changes(pa, pb, named, (), 0.025, 2, 8)]
    [('Friday', 'Wednesday')]
    >>> _moved_changes(pa, pb, named, (), 0.025, 0, 8)
    []
    """
    anchors: list[tuple[int, int]] | None = None

    def apart(ra: Range, rb: Range) -> int | None:
        """Words between each and the nearest word both say once, summed (None: out of reach)."""
        nonlocal anchors
        if anchors is None:  # (read only for the few links with days or figures to compare)
            once_a, once_b = _said_once(a), _said_once(b)
            anchors = [(once_a[s], once_b[s]) for s in sorted(once_a.keys() & once_b.keys())]
        gaps = [(_gap(a, ra, ka), _gap(b, rb, kb)) for ka, kb in anchors]
        return min((x + y for x, y in gaps if x <= reach and y <= reach), default=None)

    def nearest(pairs):
        """The pair of ranges closest to a shared word, or None."""
        scored = [(d, n) for n, (ra, rb) in enumerate(pairs) if (d := apart(ra, rb)) is not None]
        return pairs[min(scored)[1]] if scored else None

    out = []
    if all(named):
        every_a, every_b = _days(a, named[0], None), _days(b, named[1], None)
        for cls in every_a:
            if not (every_a[cls] and every_b[cls]) or {_day_key(cls, t) for t in every_a[cls]} & {
                _day_key(cls, t) for t in every_b[cls]
            }:
                continue
            pair = nearest([((ta.start, ta.end), (tb.start, tb.end)) for ta in every_a[cls] for tb in every_b[cls]])
            if pair:
                (sa, ea), (sb, eb) = pair
                out.append(Change(ChangeType.DATE, a.text[sa:ea], b.text[sb:eb], (sa, ea), (sb, eb)))
    if any(f.unit for f in fa):  # (B's figures read only then, as _number_changes does)
        fb = _figures(b)
        for unit in sorted({f.unit for f in fa} & {f.unit for f in fb} - {""}):
            xa, xb = [f for f in fa if f.unit == unit], [f for f in fb if f.unit == unit]
            if close_figures(xa, fb, tolerance) or close_figures(fa, xb, tolerance):
                continue
            pair = nearest([((x.start, x.end), (y.start, y.end)) for x in xa for y in xb
                            if _one_thing(a, x, b, y, context_words)])
            if pair:
                (sa, ea), (sb, eb) = pair
                out.append(Change(ChangeType.NUMBER, a.text[sa:ea], b.text[sb:eb], (sa, ea), (sb, eb)))
    return out


#: Words that open a condition: a "not" after them denies no claim ("if he doesn't prove").
_CONDITIONS = frozenset("if unless whether".split())
#: Words before a verb that make it no claim a "not" on the other side contradicts.
_NOT_STATED = frozenset("to could may might".split())
#: Words between a "not" and the verb it denies ("has not yet been charged").
_NEGATION_SKIP = frozenset("be been being have has had yet ever even really actually always also immediately".split())


def _negator(t: Token) -> bool:
    """A word that negates the verb after it: "not", "never", "cannot", "didn't"."""
    return t.norm in ("not", "never", "cannot") or t.norm.endswith("n't")


def _may_negate(tokens: Sequence[Token]) -> bool:
    """Has any of ``tokens`` the form of a :func:`_negator`?"""
    joined = " " + " ".join(map(NORM, tokens)) + " "
    return " not " in joined or " never " in joined or " cannot " in joined or "n't " in joined


def _denied(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(negator, verb) word indexes: each "not" or "never" and the content word it denies.

    "not only" denies nothing, nor does a "not" in a condition ("if we don't get it"),
    nor one before a verb of saying ("did not say whether"): that tells what someone did
    not say, not that a shared claim is untrue.

    >>> t = tokenize("the two have not yet strengthened their ties, not only in trade")
    >>> [(t[k].norm, t[v].norm) for k, v in _denied(t)]
    [('not', 'strengthened')]
    """
    out = []
    for k, t in enumerate(tokens):
        if not _negator(t) or any(w.norm in _CONDITIONS for w in tokens[max(0, k - 4) : k]):
            continue  # ("if we don't get it": a condition, not a claim denied)
        for v in range(k + 1, min(k + 4, len(tokens))):
            n = tokens[v].norm
            if n in _NEGATION_SKIP:
                continue
            if n not in ("only", "longer") and is_content(n) and n not in CUE_WORDS:
                out.append((k, v))
            break
    return out


def _named_after(side: Passage, v: int, reach: int = 6) -> set[str]:
    """The capitalised words within ``reach`` words after word ``v`` (whom or where a verb is
    about), each with what it stands for ("Pyongyang": the North, Korea).

    >>> x = "Moscow may refrain from providing Pyongyang with technology."
    >>> sorted(_named_after(Passage(x, tokenize(x), []), 4))
    ['korea', 'north', 'pyongyang']
    """
    out: set[str] = set()
    for t in side.tokens[v + 1 : v + 1 + reach]:
        if side.text[t.start].isupper():
            out.add(t.norm)
            out.update(ALIASES.get(t.norm, ()))
    return out


def _negation_changes(a: Passage, b: Passage) -> list[Change]:
    """A verb one side denies and the other states, in any order ("have not strengthened" /
    "the strengthening of ties"): a negation the word diff cannot see where the two
    sentences are worded otherwise. Only when that side denies more often than the other.

    >>> x, y = "The two nations have not strengthened their cooperation.", "The war strengthened their ties."
    >>> [(c.a, c.b) for c in _negation_changes(Passage(x, tokenize(x), []), Passage(y, tokenize(y), []))]
    [('not strengthened', 'strengthened')]
    >>> _negation_changes(Passage(x, tokenize(x), []), Passage(x, tokenize(x), []))
    []
    """
    out = []
    for x, y, flip in ((a, b, False), (b, a, True)):
        if not _may_negate(x.tokens):
            continue  # (most passages have no "not": asked of the joined words, at C speed)
        denied = _denied(x.tokens)
        if not denied or len(denied) <= sum(map(_negator, y.tokens)):
            continue
        stated = {}
        for n, t in enumerate(y.tokens):
            # Stated as a claim: not denied there too, nor a goal or a possibility ("pressure
            # to step down", "could allow") that the denial need not contradict.
            if (
                is_content(t.norm) and not any(map(_negator, y.tokens[max(0, n - 3) : n]))
                and not (n and y.tokens[n - 1].norm in _NOT_STATED)
            ):
                stated.setdefault(t.stem, n)
        for k, v in denied:
            at = stated.get(x.tokens[v].stem)
            if at is None:
                continue
            other = y.tokens[at]
            there, here = _named_after(x, v), _named_after(y, at)
            if there and here and not there & here:
                continue  # (not sending weapons "to Ukraine" / send weapons "to Pyongyang": two claims)
            rx = (x.tokens[k].start, x.tokens[v].end)
            ry = (other.start, other.end)
            wx, wy = x.text[rx[0] : rx[1]], y.text[ry[0] : ry[1]]
            out.append(Change(ChangeType.NEGATION, wy, wx, ry, rx) if flip else Change(ChangeType.NEGATION, wx, wy, rx, ry))
            return out
    return out
