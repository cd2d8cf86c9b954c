"""The figures a passage states: each one's value, what it counts, and how precisely it is told.

"$3.6 billion", "12 percent", "twelve devices", "nearly $44 million": a figure is read
with its currency or scale, its counted noun (the unit two figures must share to
differ), and the precision of its last stated digit, so that "$43 million" and
"$43,885,310" are one figure told at two precisions (:func:`same_figure`). Years and
times are dates, not figures; ages count years of a life.

>>> t = "They paid nearly $44 million, about 36 percent."
>>> [(f.value, f.unit, f.approximate) for f in figures(t, 0, len(t))]
[(44000000.0, 'usd', True), (36.0, '%', True)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from kompare.core.range_memo import RangeMemo
from kompare.core.languages import SCALE_WORDS
from kompare.core.tokens import MONTHS, Token, is_content, normalize, tokenize

_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9, "mn": 1e6,
    **{normalize(w): v for w, v in SCALE_WORDS.items()},  # (and "Milliarden", "млрд")
}
_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
#: A figure: optional currency sign, digits with separators, optional decimals and "%".
#: Decimals after a comma are those of Europe's languages ("3,5 Milliarden"): one or two
#: digits, not in a list ("1,2,3"). Groups: currency, those digits and decimals, or digits and
#: decimals, percent.
_FIGURE = re.compile(
    r"([$€£¥])?\s?(?:(?<![\d,])(\d+)(,\d{1,2})(?![\d,])|(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?)"
    r"(?:\s?(%|percent\b))?",
    re.IGNORECASE,
)

#: A scale written onto a sum of money: "$8B", "£3bn", "$450m".
_ATTACHED_SCALE = re.compile(r"(bn|mn|b|m|k)\b", re.IGNORECASE)
#: Words that say the figure after them is rounded ("about 40", "some 200").
_APPROXIMATE = re.compile(r"\b(?:about|around|roughly|approximately|nearly|almost|some|circa|close to)\s+\$?$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # no digit, no figure in digits (the common case): no word offsets needed


class Figure(NamedTuple):
    """A number as stated: its value, what it counts, where it is, and how precisely it is told."""

    value: float
    unit: str
    start: int
    end: int
    step: float = 1.0  # the value of its last stated digit: 1e6 for "$43 million", 0.1 for "35.7"
    digits: int = 2  # its significant digits: 2 for "$43 million", 3 for "$141 million"
    approximate: bool = False  # said to be rounded: "nearly $44 million", "about 40"


def _precision(digits: str, decimals: str, scale: float) -> tuple[float, int]:
    """The step of the last stated digit and the count of significant digits.

    >>> _precision("43", "", 1e6), _precision("36", ".7", 1), _precision("100", "", 1)
    ((1000000.0, 2), (0.1, 3), (100.0, 1))
    """
    if decimals:
        step = 10.0 ** -(len(decimals) - 1)
        significant = (digits.lstrip("0") + decimals[1:]).lstrip("0")
    else:
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        step = 10.0 ** zeros
        significant = digits.strip("0")
    return step * scale, max(1, len(significant))


def _unit_after(text: str, tokens: Sequence[Token], k: int, end: int) -> str:
    """The counted thing: the first content word stem after the figure (which ends at ``end``).

    Scale words, other figures ("fifteen of the 19 hijackers") and months are skipped;
    a comma or a stop ends the search ("a rate of 35.72, and, with city taxes").
    """
    for t in tokens[k : k + 5]:
        if any(c in ",;:.()" for c in text[end : t.start]):
            return ""
        end = t.end
        if t.norm in _SCALES or t.norm in ("percent", "per", "cent") or t.norm in MONTHS:
            continue
        if is_content(t.norm) and not t.norm[0].isdigit() and t.norm not in _SMALL:
            return t.stem
    return ""


_AGE_AFTER = re.compile(r"[\s\-‐‑]+years?[\s\-‐‑]+old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:age|aged|ages)\s+$", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w.’'\-]*,\s+$")


def _is_age(text: str, s: int, e: int) -> bool:
    """Is the figure at ``text[s:e]`` someone's age ("46-year-old", "at age 13", "Jay Roberts, 60,")?

    An age counts years of a life: against "one day" or "35 days" it is no other figure.

    >>> t = "Jay Roberts, 60, a 46-year-old, at age 13, and 60, 70 or 80"
    >>> [_is_age(t, m.start(), m.end()) for m in re.finditer(r"\\d+", t)]
    [True, True, True, False, False, False]
    """
    if _AGE_AFTER.match(text, e) or _AGE_BEFORE.search(text, max(0, s - 8), s):
        return True
    return text[e : e + 1] == "," and _NAME_COMMA_BEFORE.search(text, max(0, s - 40), s) is not None


def figures(text: str, start: int, end: int, toks: Sequence[Token] | None = None) -> list[Figure]:
    """The figures of ``text[start:end]``: digits (with a currency, scale or percent) and number words.

    ``toks``: the words of ``text[start:end]`` when the caller has them already.

    >>> t = "$3.6 billion for 234 miles and 12 percent"
    >>> [(f.value, f.unit) for f in figures(t, 0, len(t))]
    [(3600000000.0, 'usd'), (234.0, 'mile'), (12.0, '%')]
    >>> t = "eyes $8B, not £3bn"
    >>> [(f.value, f.unit, t[f.start : f.end]) for f in figures(t, 0, len(t))]
    [(8000000000.0, 'usd', '$8B'), (3000000000.0, 'gbp', '£3bn')]
    >>> t = "3,5 Milliarden Euro, 1,2,3 und 4,500"
    >>> [(f.value, t[f.start : f.end]) for f in figures(t, 0, len(t))]
    [(3500000000.0, '3,5 Milliarden'), (1.0, '1'), (2.0, '2'), (3.0, '3'), (4500.0, '4,500')]
    """
    toks = tokenize(text, start, end) if toks is None else toks
    digits_here = _DIGIT.search(text, start, end) is not None
    starts = [t.start for t in toks] if digits_here else []
    out: list[Figure] = []
    # (A match of _FIGURE may begin at any character, so its scan tries each one; every
    # match holds a digit, so a passage without one, most of them, is not scanned.)
    for m in _FIGURE.finditer(text, start, end) if digits_here else ():
        digits = (m.group(2) or m.group(4)).replace(",", "")
        decimals = (m.group(3) or m.group(5) or "").replace(",", ".")
        value = float(digits + decimals)
        scale = 1.0
        s, e = (m.start() if m.group(1) else m.start(2) if m.group(2) else m.start(4)), m.end()
        if len(digits) == 4 and digits[:2] in ("19", "20") and not m.group(1) and not decimals:
            continue  # a year: a date, not a figure
        before = text[max(start, s - 6) : s].rstrip(" .").lower()
        if before.endswith(tuple(MONTHS)) or text[s - 1 : s] in ("/", ":") or text[m.end() : m.end() + 1] in ("/", ":"):
            continue  # "Sept. 11", "9/11", "10:30": dates and times
        # The token after the figure: a scale word multiplies, then the counted noun.
        k = bisect_left(starts, e)
        attached = _ATTACHED_SCALE.match(text, e, end) if m.group(1) else None  # "$8B", "£3bn"
        if attached:
            scale = _SCALES[attached.group(1).lower()]
            value *= scale
            e = attached.end()
            k = bisect_left(starts, e)
        elif k < len(toks) and toks[k].norm in _SCALES:
            scale = _SCALES[toks[k].norm]
            value *= scale
            e = toks[k].end
            k += 1
        if m.group(1):
            unit = _CURRENCY[m.group(1)]
        elif m.group(6):
            unit = "%"
        elif _is_age(text, s, e):
            unit = "age"
        else:
            unit = _unit_after(text, toks, k, e)
        step, significant = _precision(digits, decimals, scale)
        approximate = _APPROXIMATE.search(text, max(start, s - 16), s) is not None
        if step > 1 and scale == 1 and value < 1000 and not approximate:
            # "40 people" is a count of forty, not a round "45": only a figure said to be
            # approximate ("about 40") or a large one ("1,500", "$140 million") is read as rounded.
            step, significant = 1.0, len(digits)
        out.append(Figure(value, unit, s, e, step, significant, approximate))
    for n, t in enumerate(toks):
        if t.norm in _SMALL and (n == 0 or toks[n - 1].norm not in ("one", "a")):
            unit = _unit_after(text, toks, n + 1, t.end)
            if unit:
                out.append(Figure(float(_SMALL[t.norm]), unit, t.start, t.end, 1.0, len(str(_SMALL[t.norm]))))
    return out


def same_figure(f: Figure, g: Figure, tolerance: float) -> bool:
    """Are two figures one value, told at different precision?

    The coarser one may be the finer one rounded ("36 percent" for 35.7 percent); a
    coarse figure of one or two significant digits may also be a round-down or an
    approximation within ``tolerance`` ("$43 million" for $43,885,310), and so may two
    figures told alike when one is said to be rounded ("$43 million", "nearly $44 million").
    A figure told with three or more digits means exactly that: "$141 million" is not
    "$139 million".

    >>> def fig(value, step, digits): return Figure(value, "usd", 0, 0, step, digits)
    >>> same_figure(fig(43e6, 1e6, 2), fig(43_885_310, 1, 8), 0.025)
    True
    >>> same_figure(fig(141e6, 1e6, 3), fig(139e6, 1e6, 3), 0.025)
    False
    >>> same_figure(fig(3.6e9, 1e8, 2), fig(3e9, 1e9, 1), 0.025)
    False
    >>> same_figure(fig(77, 1, 2), fig(76, 1, 2), 0.025)
    False
    >>> told, rounded = fig(43e6, 1e6, 2), fig(44e6, 1e6, 2)._replace(approximate=True)
    >>> same_figure(told, rounded._replace(approximate=False), 0.025), same_figure(told, rounded, 0.025)
    (False, True)
    """
    if f.unit != g.unit and f.unit and g.unit:
        return False  # an unstated unit ("35.72" after "a rate of") may be any
    coarse = f if f.step >= g.step else g
    diff = abs(f.value - g.value)
    if diff <= coarse.step / 2 * 1.000001:
        return True
    # Only a figure told more coarsely than the other, or said to be rounded, may be an
    # approximation of it: "77" against "76" (both to the unit) are two counts.
    return (
        (f.step != g.step or f.approximate or g.approximate) and coarse.digits <= 2
        and diff <= tolerance * max(abs(f.value), abs(g.value))
    )


def close_figures(fa: Sequence[Figure], fb: Sequence[Figure], tolerance: float) -> bool:
    """Does some figure of ``fa`` state one of ``fb`` (see :func:`same_figure`)?

    >>> a, b = "a rate of 35.7 percent", "a rate of 35.72"
    >>> close_figures(figures(a, 0, len(a)), figures(b, 0, len(b)), 0.025)
    True
    """
    return any(same_figure(f, g, tolerance) for f in fa for g in fb)


#: :func:`figures` of a range, remembered.
range_figures = RangeMemo(figures)
