"""How much two sentences share, one pair at a time: the reference the array scoring must equal."""

from __future__ import annotations

from array import array
from collections.abc import Collection
from typing import NamedTuple

from kompare.core.align.terms import SentenceTerms, _Weights
from kompare.core.errors import Cancelled


class PairScore(NamedTuple):
    """Evidence that two sentences tell the same thing (a tuple: made ~40,000 times a MB)."""

    score: float
    dice: float
    containment: float
    shared_strong: int  # shared content stems that are not boilerplate
    strong_signal: bool  # a shared phrase, quoted word or number
    rare_quote: bool = False  # both quote a word no other sentence of either document has
    rare_phrase: bool = False  # both use a phrase no other sentence has
    identical: bool = False  # the same words in the same order
    shared_words: int = 0  # shared strong terms written in lower case in both (not names)
    fewer_terms: int = 0  # content terms of the sentence with fewer: a heading has few
    shared_numbers: int = 0
    shared_phrases: int = 0
    shared_quoted: int = 0


def _shared_weight(x: SentenceTerms, y: SentenceTerms, w: "_Weights", shared_u: Collection[str], shared_p: Collection[str]) -> float:
    """Weight of the terms two sentences share, quoted words counted again (sorted sums: symmetric)."""
    ww = w._w
    get = ww.__getitem__
    s = sum(map(get, shared_u)) + sum(map(get, shared_p))
    quoted_both = x.quoted & y.quoted
    if quoted_both:
        s += sum(ww[t] * w.quoted_bonus for t in shared_u if t in quoted_both)
    return s


def pair_score(x: SentenceTerms, y: SentenceTerms, w: _Weights, tx: float, ty: float) -> float:
    """Just the ``score`` of :func:`score_pair`, at a fraction of its cost: the pair-by-pair
    reference of the quick score that keeps each sentence's best few candidates
    (:func:`~kompare.core.align.table._quick_scores`).
    """
    if x.key == y.key and x.key:
        return 1.0
    if tx <= 0 or ty <= 0:
        return 0.0
    shared_u, shared_p = x.unigrams & y.unigrams, x.phrases & y.phrases
    # Summed in sorted order (see score_pair); one term or none needs no sorting.
    s = _shared_weight(
        x, y, w, sorted(shared_u) if len(shared_u) > 1 else shared_u, sorted(shared_p) if len(shared_p) > 1 else shared_p,
    )
    return round(max(min(1.0, 2 * s / (tx + ty)), w.containment_share * min(1.0, s / min(tx, ty))), 9)


def score_pair(x: SentenceTerms, y: SentenceTerms, w: _Weights, tx: float, ty: float) -> PairScore:
    """Weighted Dice and containment of two sentences' terms (symmetric in x and y).

    ``tx`` and ``ty`` are the sentences' weights from :meth:`_Weights.total`.
    Shared terms are summed in sorted order so that A-B and B-A give the very
    same floating-point score.
    """
    if x.key == y.key and x.key:
        n = len(x.unigrams)
        return PairScore(1.0, 1.0, 1.0, n, True, True, True, True, n, n, 0, len(x.phrases), len(x.quoted))
    if tx <= 0 or ty <= 0:
        return PairScore(0.0, 0.0, 0.0, 0, False)
    shared_u = sorted(x.unigrams & y.unigrams)
    shared_p = sorted(x.phrases & y.phrases)
    quoted_both = x.quoted & y.quoted
    s = _shared_weight(x, y, w, shared_u, shared_p)
    dice = min(1.0, 2 * s / (tx + ty))
    containment = min(1.0, s / min(tx, ty))
    weak = w.weak
    strong = [t for t in shared_u if t not in weak]
    signal = bool(shared_p) or bool(quoted_both) or not w.numeric.isdisjoint(strong)
    score = round(max(dice, w.containment_share * containment), 9)
    df = w.df
    rare_quote = any(df[t] == 2 and t not in weak for t in quoted_both)
    rare_phrase = any(df[t] == 2 for t in shared_p)
    lower_both = x.lower & y.lower
    shared_words = sum(1 for t in strong if t in lower_both)
    fewer = min(len(x.unigrams), len(y.unigrams))
    return PairScore(
        score, round(dice, 9), round(containment, 9), len(strong), signal, rare_quote, rare_phrase, False,
        shared_words, fewer, sum(1 for t in strong if t in w.numeric), len(shared_p), len(quoted_both),
    )


def _quick_scores_each(codes: list[int], ta, tb, w: _Weights, totals, headings, keep_zero: bool, should_cancel):
    """:func:`~kompare.core.align.table._quick_scores` pair by pair with :func:`pair_score`: the reference for tests."""
    np = __import__("numpy")
    (wa, wb), (heading_a, heading_b) = totals, headings
    nb = len(tb)
    ii, jj, vv = array("q"), array("q"), array("d")
    for n, code in enumerate(codes):
        if should_cancel is not None and n % 4096 == 0 and should_cancel():
            raise Cancelled()
        i, j = divmod(code, nb)
        x, y = ta[i], tb[j]
        if (heading_a[i] or heading_b[j]) and not (x.key == y.key and x.key):
            continue
        v = pair_score(x, y, w, wa[i], wb[j])
        if v > 0 or keep_zero:
            ii.append(i)
            jj.append(j)
            vv.append(v)
    return np.frombuffer(ii, dtype=np.int64), np.frombuffer(jj, dtype=np.int64), np.frombuffer(vv, dtype=float)
