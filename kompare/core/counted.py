"""What a figure counts, as far as its words tell: the plain words around it.

Two figures of one unit in a reworded passage are not always one quantity told two
ways: "the effective tax rate for federal, state and local taxes was 45.8 percent"
and "donated over 10 percent of their income to charity" count different things. The
plain words around each figure (lower-case content words, up to the next figure, a
few either side) say what it counts; two figures whose words share none are two
quantities, and their difference is no change of fact.

>>> t = "The rate was 45.8 percent. They gave over 10 percent of their income to charity."
>>> sorted(counted_words(t, t.index("45.8"), t.index(". They"), 0, len(t), 8))
['rate']
>>> sorted(counted_words(t, t.index("10"), t.index(" of their"), 0, len(t), 8))
['chariti', 'gave', 'incom']
"""

from __future__ import annotations

from kompare.core.tokens import is_content, is_number_word, tokenize

#: Characters read on each side of a figure: enough for its ``reach`` words.
_WINDOW = 200
#: Words that name a figure's unit or scale, not what it counts.
_UNIT_WORDS = frozenset(
    """percent per cent percentage points point dollars dollar cents euros pounds yen
    miles mile kilometers kilometres km feet meters metres tons tonnes people persons
    times""".split()
)


def counted_words(text: str, start: int, end: int, lo: int, hi: int, reach: int) -> set[str]:
    """Stems of the plain words around the figure ``text[start:end]`` (its unit too): up to
    ``reach`` words each side, within ``lo``..``hi`` (its passage), never past another
    number nor out of its sentence or clause (a full stop, a semicolon).
    Names are left out: "Trump" may move one sum and tap another."""
    out: set[str] = set()
    before = tokenize(text, max(lo, start - _WINDOW), start)
    after = tokenize(text, end, min(hi, end + _WINDOW))
    for words, backwards in ((reversed(before), True), (after, False)):
        edge = start if backwards else end
        for n, t in enumerate(words):
            gap = text[t.end : edge] if backwards else text[edge : t.start]
            if n >= reach or _STOPS.intersection(gap) or t.norm[:1].isdigit() or is_number_word(t.norm):
                break  # (the figure's sentence or clause ends, or another figure begins)
            edge = t.start if backwards else t.end
            if text[t.start].islower() and is_content(t.norm) and t.norm not in _UNIT_WORDS:
                out.add(t.stem)
    return out


def one_thing(
    text_a: str, ra: tuple[int, int], bounds_a: tuple[int, int], text_b: str, rb: tuple[int, int],
    bounds_b: tuple[int, int], reach: int,
) -> bool:
    """Might the figure at ``ra`` in A and the one at ``rb`` in B count one thing? Not when the
    plain words around each (:func:`counted_words`, within its passage's ``bounds``) are two
    or more a side and share none; fewer cannot tell ("requested" / "demanded"), so then
    they might.

    >>> a, b = "They paid $43 million in federal taxes.", "They earned $139 million in gross income."
    >>> one_thing(a, (10, 21), (0, len(a)), b, (12, 24), (0, len(b)), 8)
    False
    >>> c = "They paid $39 million in taxes."
    >>> one_thing(a, (10, 21), (0, len(a)), c, (10, 21), (0, len(c)), 8)
    True
    """
    wa = counted_words(text_a, *ra, *bounds_a, reach)
    wb = counted_words(text_b, *rb, *bounds_b, reach)
    return len(wa) < 2 or len(wb) < 2 or bool(wa & wb)


_STOPS = frozenset(".;!?")
