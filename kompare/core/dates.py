"""Dates in a link's replaced runs: weekdays, months, years and relative days, by class.

Two runs differ in date only where both state one of a class and the two disagree:
"on Wednesday" against "on Thursday", not "on Wednesday" against no day at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kompare.core.model import Range
from kompare.core.tokens import (
    PERIODS, RELATIVE_DATES, RELATIVE_MODIFIERS, TIMES_OF_DAY, WEEKDAYS, WORD_AFTER, WORD_BEFORE, Token,
    is_date_word, names_a_weekday, names_may,
)


def _date_mentions(toks: Iterable[Token], text: str):
    """The days and times ``toks`` state, in order, as (class, value, start, end): a weekday,
    a month, a year, a time relative to the day of writing ("relative": "tomorrow", "next
    week", its period read with the word before or after it, which may lie outside
    ``toks``) or a part of the day ("part").

    >>> from kompare.core.tokens import tokenize
    >>> t = "by tomorrow, not last month"
    >>> [(c, v, t[s:e]) for c, v, s, e in _date_mentions(tokenize(t, 21, len(t)), t)]
    [('relative', 'last month', 'last month')]
    """
    for t in toks:
        n = t.norm
        if n in RELATIVE_DATES:
            yield "relative", n, t.start, t.end
        elif n in WEEKDAYS:
            if names_a_weekday(t, text):  # (else a word spelt like a day: "για τρίτη φορά")
                yield "weekday", n, t.start, t.end
        elif is_date_word(n) or names_may(t, text):
            yield ("year" if n.isdigit() else "month"), n, t.start, t.end
        elif n in RELATIVE_MODIFIERS:
            after = WORD_AFTER.match(text, t.end)
            if after and after.group(1).lower() in PERIODS:
                yield "relative", f"{n} {after.group(1).lower()}", t.start, after.end()
        elif n in PERIODS or n in TIMES_OF_DAY:
            before = WORD_BEFORE.search(text, max(0, t.start - 12), t.start)
            if before and before.group(1).lower() in RELATIVE_MODIFIERS:
                yield "relative", f"{before.group(1).lower()} {n}", before.start(), t.end
            elif n in TIMES_OF_DAY:
                yield "part", n, t.start, t.end


def stated_dates(toks: Iterable[Token], text: str) -> set[tuple[str, str]]:
    """The days and times ``toks`` state, as (class, value) (see :func:`_date_mentions`).

    >>> from kompare.core.tokens import tokenize
    >>> t = "next week, not this week; tomorrow; Friday morning; last month, in May 2024"
    >>> sorted(stated_dates(tokenize(t), t))  # doctest: +NORMALIZE_WHITESPACE
    [('month', 'may'), ('part', 'morning'), ('relative', 'last month'), ('relative', 'next week'),
     ('relative', 'this week'), ('relative', 'tomorrow'), ('weekday', 'friday'), ('year', '2024')]
    >>> t = "the vote next week"
    >>> stated_dates(tokenize(t, 9, 13), t) == stated_dates(tokenize(t, 14, 18), t) == {('relative', 'next week')}
    True
    """
    return {(cls, value) for cls, value, _, _ in _date_mentions(toks, text)}


def first_date(toks: Sequence[Token], text: str, cls: str) -> Range:
    """Where ``toks`` first state a day or time of class ``cls``: a relative period with its
    other word ("last month").

    >>> from kompare.core.tokens import tokenize
    >>> t = "by tomorrow, not last month"
    >>> [t[slice(*first_date(tokenize(t, s, len(t)), t, "relative"))] for s in (0, 13, 21)]
    ['tomorrow', 'last month', 'last month']
    """
    return next((s, e) for c, _, s, e in _date_mentions(toks, text) if c == cls)


def dates_differ(da: set[tuple[str, str]], db: set[tuple[str, str]]) -> str | None:
    """The first class of day or time that both sides state, with none the same (or None)?

    A date against a relative time may be the same day ("Wednesday", "this week"): the
    day of writing is not known; a weekday against a year ("Friday", "2014") is no
    contradiction either.

    >>> dates_differ({("weekday", "friday")}, {("weekday", "thursday")})
    'weekday'
    >>> dates_differ({("weekday", "wednesday")}, {("relative", "this week")})
    >>> dates_differ({("weekday", "friday")}, {("year", "2014")})
    """
    for cls in ("weekday", "month", "year", "relative", "part"):
        xa, xb = {v for c, v in da if c == cls}, {v for c, v in db if c == cls}
        if xa and xb and not xa & xb:
            return cls
    return None
