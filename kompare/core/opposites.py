"""Words that turn a claim around when one is put for the other in an otherwise equal sentence.

"arrested before the attack" / "after the attack", "will vote for the bill" / "against
the bill", "more than 200 patients" / "fewer than 200", "Senators Slam Treaty" /
"Senators Praise Treaty": the word diff sees one short word replaced, and most such
words are function words or verbs of saying, which a reworded sentence changes freely;
these pairs are never a rewording. Each pair names the kind of change it makes: a time
order (a date), an amount or a direction (a number), or a stance turned around (a
negation: the claim and its denial).

>>> from kompare.core.tokens import tokenize
>>> kind = lambda a, b: opposite_change(tokenize(a), tokenize(b))[0].value
>>> kind("before", "after"), kind("Slam", "Praise"), kind("rose", "fell")
('date', 'negation', 'number')
>>> opposite_change(tokenize("said"), tokenize("told")) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from kompare.core.model import ChangeType

#: Pairs of words (each side of a pair: its forms, space-separated) and the change one put
#: for the other makes. Forms are listed, not stemmed: "fell" is no stem of "fall".
_PAIRS: tuple[tuple[str, str, ChangeType], ...] = (
    ("before", "after", ChangeType.DATE),
    ("earlier", "later", ChangeType.DATE),
    ("more", "fewer less", ChangeType.NUMBER),
    ("most", "fewest least", ChangeType.NUMBER),
    ("above over", "below under", ChangeType.NUMBER),
    ("higher", "lower", ChangeType.NUMBER),
    ("up", "down", ChangeType.NUMBER),
    ("rise rises rose risen rising", "fall falls fell fallen falling drop drops dropped dropping", ChangeType.NUMBER),
    ("increase increases increased increasing", "decrease decreases decreased decreasing", ChangeType.NUMBER),
    ("gain gains gained", "loss losses lose loses lost", ChangeType.NUMBER),
    ("maximum", "minimum", ChangeType.NUMBER),
    ("for", "against", ChangeType.NEGATION),
    ("with", "without", ChangeType.NEGATION),
    ("support supports supported supporting", "oppose opposes opposed opposing", ChangeType.NEGATION),
    ("praise praises praised praising hail hails hailed hailing welcome welcomes welcomed welcoming",
     "slam slams slammed slamming condemn condemns condemned condemning criticize criticizes criticized "
     "criticizing criticise criticises criticised criticising denounce denounces denounced denouncing "
     "blast blasts blasted blasting", ChangeType.NEGATION),
    ("win wins won winning", "lose loses lost losing", ChangeType.NEGATION),
    ("pass passes passed", "fail fails failed", ChangeType.NEGATION),
    ("guilty", "innocent", ChangeType.NEGATION),
    ("legal", "illegal", ChangeType.NEGATION),
    ("agree agrees agreed", "disagree disagrees disagreed", ChangeType.NEGATION),
)

#: Each form, with the forms it is opposed to and the change they make.
_OPPOSED: dict[str, dict[str, ChangeType]] = {}
for _one, _other, _kind in _PAIRS:
    for _x in _one.split():
        for _y in _other.split():
            _OPPOSED.setdefault(_x, {})[_y] = _kind
            _OPPOSED.setdefault(_y, {})[_x] = _kind


def opposite_change(wa: Sequence, wb: Sequence) -> tuple[ChangeType, object, object] | None:
    """Where the words ``wa`` stand for ``wb`` (two short replaced runs, as tokens) and a
    word of one is opposed to a word of the other: the change they make and the two
    words; None otherwise.

    >>> from kompare.core.tokens import tokenize
    >>> kind, x, y = opposite_change(tokenize("were quick to praise"), tokenize("would slam"))
    >>> kind.value, x.norm, y.norm
    ('negation', 'praise', 'slam')
    >>> opposite_change(tokenize("rose sharply"), tokenize("climbed")) is None
    True
    """
    if not wa or not wb:
        return None
    theirs = {t.norm: t for t in wb}
    for t in wa:
        for other, kind in _OPPOSED.get(t.norm, {}).items():
            if other in theirs:
                return kind, t, theirs[other]
    return None
