"""How much of two linked passages is shared, and whether one says more than the other.

The kind of a link rests on these: the share of content words the diff finds on both
sides, a clause or a quotation stated on one side only, a hedge on words only one side has.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress

from kompare.core.diff import WordOp
from kompare.core.model import Change, Op, Range, Span
from kompare.core.quoted import quotes_over
from kompare.core.tokens import HEDGES, NORM, Token, is_content, opens_with_hedge


def coverage(ta: Sequence[Token], tb: Sequence[Token], spans: Sequence[Span]) -> tuple[float, float]:
    """Share of each side's content words that the diff finds equal on the other side.

    >>> from kompare.core.tokens import tokenize
    >>> from kompare.core.diff import word_diff
    >>> a, b = "Kim met Putin in Pyongyang.", "Kim met Putin in Pyongyang and signed a pact."
    >>> coverage(tokenize(a), tokenize(b), word_diff(a, [(0, len(a))], b, [(0, len(b))]))
    (1.0, 0.6667)
    """
    equal = [s for s in spans if s.op is Op.EQUAL]
    return _covered(ta, [s.a for s in equal]), _covered(tb, [s.b for s in equal])


def _covered(toks: Sequence[Token], equal: Sequence[Range]) -> float:
    content = list(compress(toks, map(is_content, map(NORM, toks))))
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

    >>> from kompare.core.tokens import tokenize
    >>> content_counts(tokenize("Kim met the press"))
    [0, 1, 2, 2, 3]
    """
    return list(accumulate(map(is_content, map(NORM, toks)), initial=0))


def ops_coverage(ops: Sequence[WordOp], counts_a: Sequence[int], counts_b: Sequence[int]) -> tuple[float, float]:
    """:func:`coverage` from the diff's operations and each side's :func:`content_counts`.

    The words of an equal run are the words its span holds, so the two agree; this needs
    no search for them.

    >>> from kompare.core.tokens import tokenize
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

    >>> from kompare.core.tokens import tokenize
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

    >>> from kompare.core.tokens import tokenize
    >>> a, b = 'He called the plan "a con" and "a disaster".', "The plan is a disaster."
    >>> quotes = [(a.index('"a con'), a.index(' and')), (a.index('"a dis'), len(a) - 1)]
    >>> stems_b = [t.stem for t in tokenize(b)]
    >>> lone_quotation(quotes, [(0, len(a))], tokenize(a), stems_b)
    True
    >>> lone_quotation(quotes[1:], [(0, len(a))], tokenize(a), stems_b)
    False
    """
    over = quotes_over(quotes, ranges[0][0], ranges[-1][1])
    if not over:
        return False  # (most passages quote nothing)
    theirs = set(other_stems)
    for start, end in over:
        quoted = [t for t in words if start <= t.start < end and is_content(t.norm)]
        if quoted and all(t.stem not in theirs for t in quoted):
            return True
    return False


def hedge_bears_on_shared(change: Change, ta: Sequence[Token], tb: Sequence[Token]) -> bool:
    """Is a hedge word of the change followed closely by a word the other passage has too,
    or does it open its passage ("Apparently, ...", "It looks like ...")?

    "over its alleged role" against a passage that names no role is not ("role" is the
    only content word after "alleged"). A hedging phrase ("is set to") counts as found.
    ``ta``, ``tb``: the two passages' words.

    >>> from kompare.core.model import ChangeType
    >>> from kompare.core.tokens import tokenize
    >>> a, b = "They sued Saudi Arabia over its alleged role.", "They sued the Saudi government."
    >>> ra = (a.index("alleged"), a.index(" role"))
    >>> hedge_bears_on_shared(Change(ChangeType.HEDGE, "alleged", "", ra, None), tokenize(a), tokenize(b))
    False
    >>> a, b = "He is the alternative who could pull the House right.", "He is the House's alternative."
    >>> ra = (a.index("could"), a.index(" pull"))
    >>> hedge_bears_on_shared(Change(ChangeType.HEDGE, "could", "", ra, None), tokenize(a), tokenize(b))
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
                if opens_with_hedge(mine, k):
                    return True  # "Apparently, ...": opening the passage, it weakens all of it
                rest = mine[k + 1 :]
                to = next((n for n, u in enumerate(rest[:4]) if u.norm == "to"), None) if t.stem == "expect" else None
                if to is not None and 0 < to:
                    # "Observers expect North Korea to leverage its pact": the hedge is on what
                    # the infinitive says, not on its subject
                    rest = rest[to + 1 :]
                after = [u for u in rest if is_content(u.norm) and u.norm not in HEDGES][:2]
                if k and mine[k - 1].norm in _RELATIVES:
                    # "the alternative who could pull the House rightward": the hedge is the
                    # relative clause's, whose own verb ("pull") the other passage must say
                    after = after[:1]
                if not after or any(u.stem in theirs for u in after):
                    return True
    return not seen  # (a hedging phrase, "is set to": read where it was found)


#: Words opening a relative clause: a hedge right after one hedges that clause only.
_RELATIVES = frozenset(("who", "which", "that"))


def _share(inside: int, content: int) -> float:
    return round(inside / content, 4) if content else 1.0
