"""Scoring many candidate pairs at once over arrays of term ids, to the same floats as :mod:`.score`."""

from __future__ import annotations

from collections.abc import Collection
from itertools import repeat

from kompare.core.align.score import PairScore, score_pair
from kompare.core.align.terms import SentenceTerms, _Weights, sentence_terms
from kompare.core.errors import Cancelled


def _quick_scores(codes: list[int], ta, tb, table: "_TermTable", totals, headings, keep_zero: bool, should_cancel):
    """Arrays ``i``, ``j`` and :func:`pair_score` of the candidate pairs worth keeping.

    ``codes``: the pairs as sorted codes ``i * len(tb) + j`` (see :func:`candidate_pairs`).
    Pairs with a section heading ("THREATS TO SOUTH KOREA": a topic, not a claim) are
    left out unless identical, and so are pairs scoring 0 unless ``keep_zero``.  Worked
    out over arrays (:mod:`kompare.core.termsums`), to the same floats as
    :func:`pair_score`, which scoring each of a million pairs in Python was much slower.
    """
    np = __import__("numpy")
    from kompare.core.termsums import round9

    (wa, wb), (heading_a, heading_b) = totals, headings
    ii, jj = np.divmod(np.array(codes, dtype=np.int64), len(tb))
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    same = _same_sentences(ii, jj, ta, tb)
    keep = ~(np.array(heading_a, dtype=bool)[ii] | np.array(heading_b, dtype=bool)[jj]) | same
    ii, jj, same = ii[keep], jj[keep], same[keep]
    s = table.shared_weight(ii, jj)
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    tx, ty = np.array(wa)[ii], np.array(wb)[jj]
    empty = (tx <= 0) | (ty <= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        v = np.maximum(np.minimum(1.0, 2 * s / (tx + ty)), table.containment_share * np.minimum(1.0, s / np.minimum(tx, ty)))
    # Python's round (correctly rounded, as in pair_score), not numpy's (scaled).
    v = round9(np.where(empty, 0.0, v))
    v[same] = 1.0
    if not keep_zero:
        keep = v > 0
        ii, jj, v = ii[keep], jj[keep], v[keep]
    return ii, jj, v


def _same_sentences(ii, jj, ta: list[SentenceTerms], tb: list[SentenceTerms]):
    """For each pair ``(ii[n], jj[n])``: are the two the same sentence (equal, non-empty keys)?

    >>> np = __import__("numpy")
    >>> t = lambda key: SentenceTerms(frozenset(), frozenset(), frozenset(), frozenset(), key)
    >>> _same_sentences(np.array([0, 0, 1]), np.array([0, 1, 1]), [t("a b"), t("")], [t("a b"), t("")]).tolist()
    [True, False, False]
    """
    np = __import__("numpy")
    key_ids: dict[str, int] = {"": 0}  # the empty key is never "the same sentence"
    key_a = np.fromiter((key_ids.setdefault(x.key, len(key_ids)) for x in ta), dtype=np.int64, count=len(ta))
    key_b = np.fromiter((key_ids.setdefault(y.key, len(key_ids)) for y in tb), dtype=np.int64, count=len(tb))
    return (key_a[ii] == key_b[jj]) & (key_a[ii] != 0)


class _TermTable:
    """The terms of every sentence of A and B as rows of term ids (see :mod:`kompare.core.termsums`).

    Ids follow the terms' sorted order, so sums over rows run in the sorted order that
    :meth:`_Weights.total` and :func:`score_pair` use, and give the same floats.
    """

    def __init__(self, a: list[SentenceTerms], b: list[SentenceTerms], w: _Weights, should_cancel=None):
        np = __import__("numpy")

        self.terms_a, self.terms_b = a, b
        self.should_cancel = should_cancel  # asked between chunks of pairs
        terms = sorted(w.df)
        self.index = {t: n for n, t in enumerate(terms)}
        self.weights = np.fromiter(map(w._w.__getitem__, terms), dtype=float, count=len(terms))
        self.quoted_bonus, self.containment_share = w.quoted_bonus, w.containment_share
        self.weak, self.numeric = (self._flags(which) for which in (w.weak, w.numeric))
        self.rare = np.fromiter(map(w.df.__getitem__, terms), dtype=np.int64, count=len(terms)) == 2  # one a side
        self._rows: dict[tuple[str, str], object] = {}

    def _flags(self, which: Collection[str]):
        """A boolean per term id: is the term in ``which``?"""
        np = __import__("numpy")
        flags = np.zeros(len(self.index), dtype=bool)
        flags[np.fromiter(map(self.index.__getitem__, which), dtype=np.int64, count=len(which))] = True
        return flags

    def rows(self, side: str, part: str):
        """The rows of one field of :class:`SentenceTerms` ("unigrams", ...) of side "a" or "b"."""
        got = self._rows.get((side, part))
        if got is None:
            terms = self.terms_a if side == "a" else self.terms_b
            got = self._rows[(side, part)] = self.rows_of([getattr(st, part) for st in terms])
        return got

    def rows_of(self, sets: list[Collection[str]]):
        """Rows for sets of terms of the documents (one set per sentence)."""
        from kompare.core.termsums import TermRows

        return TermRows.of(sets, self.index)

    def totals(self, side: str) -> list[float]:
        """Each sentence's weight, as :meth:`_Weights.total` gives it."""
        from kompare.core.termsums import row_sums

        u, p, q = (row_sums(self.rows(side, part), weights) for part, weights in self._parts())
        return ((u + p) + q).tolist()

    def _parts(self) -> tuple:
        """The weight of a term as a unigram, as a phrase, as a quoted word (each term by itself)."""
        return ("unigrams", self.weights), ("phrases", self.weights), ("quoted", self.weights * self.quoted_bonus)

    def shared(self, part: str, ii, jj) -> tuple:
        """The terms of ``part`` that the pairs ``(ii[n], jj[n])`` share: arrays of pair numbers and term ids."""
        from kompare.core.termsums import shared_terms

        return shared_terms(self.rows("a", part), self.rows("b", part), ii, jj)

    def chunks(self, ii, jj) -> list:
        """Slices of the pairs to work on at once (see :func:`kompare.core.termsums.pair_chunks`)."""
        from kompare.core.termsums import pair_chunks

        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled()

        def size(side: str):  # terms a sentence brings to the gathering
            return sum(__import__("numpy").diff(self.rows(side, part).ptr) for part in ("unigrams", "phrases"))

        return pair_chunks(size("a")[ii] + size("b")[jj])

    def shared_weight(self, ii, jj):
        """:func:`_shared_weight` of the pairs ``(ii[n], jj[n])``, as an array."""
        np = __import__("numpy")

        out = np.zeros(len(ii))
        for part in self.chunks(ii, jj):
            if self.should_cancel is not None and self.should_cancel():
                raise Cancelled()
            out[part] = self._shared_weight(self._shared_parts(ii[part], jj[part]), len(ii[part]))
        return out

    def _shared_parts(self, ii, jj) -> list[tuple]:
        """:meth:`shared` for the unigrams, the phrases and the quoted words."""
        return [self.shared(part, ii, jj) for part, _ in self._parts()]

    def _shared_weight(self, shared: list[tuple], n: int):
        from kompare.core.termsums import ordered_sums

        u, p, q = (ordered_sums(pair, weights[ids], n) for (pair, ids), (_, weights) in zip(shared, self._parts()))
        return (u + p) + q  # quoted words are unigrams: the ones both quote add their bonus


def _score_pairs(ii, jj, table: _TermTable, totals: tuple[list[float], list[float]]) -> list[PairScore]:
    """:func:`score_pair` of the pairs ``(ii[n], jj[n])``, worked out over arrays: the same values.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> a = segment(Document("Kim met Putin in Pyongyang on “a historic day”. The 2 men signed."))
    >>> b = segment(Document("Putin met Kim on “a historic day”. Rain fell. The 2 men signed."))
    >>> ta, tb = sentence_terms(a, [(30, 46)]), sentence_terms(b, [(17, 33)])  # the quotations
    >>> w = _Weights(ta, tb)
    >>> table = _TermTable(ta, tb, w)
    >>> totals = table.totals("a"), table.totals("b")
    >>> ii, jj = __import__("numpy").array([0, 0, 1, 1]), __import__("numpy").array([0, 2, 1, 2])
    >>> _score_pairs(ii, jj, table, totals) == [
    ...     score_pair(ta[i], tb[j], w, totals[0][i], totals[1][j]) for i, j in zip(ii, jj)]
    True
    """
    np = __import__("numpy")
    from kompare.core.termsums import round9

    parts = [_evidence(ii[part], jj[part], table) for part in table.chunks(ii, jj)]
    if not parts:
        return []
    s, strong, numbers, phrases, quoted, rare_quote, rare_phrase, words = (np.concatenate(c) for c in zip(*parts))
    tx, ty = np.array(totals[0])[ii], np.array(totals[1])[jj]
    signal = (phrases > 0) | (quoted > 0) | (numbers > 0)
    size_a, size_b = np.diff(table.rows("a", "unigrams").ptr), np.diff(table.rows("b", "unigrams").ptr)
    fewer = np.minimum(size_a[ii], size_b[jj])
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.minimum(1.0, 2 * s / (tx + ty))
        containment = np.minimum(1.0, s / np.minimum(tx, ty))
    score = np.maximum(dice, table.containment_share * containment)
    # Rounded as score_pair rounds (Python's round); -1 where score_pair returns early.
    score, dice, containment = (round9(np.where(np.isfinite(x), x, -1.0)) for x in (score, dice, containment))
    ta, tb = table.terms_a, table.terms_b
    columns = (score, dice, containment, strong, signal, rare_quote, rare_phrase, np.zeros(len(ii), dtype=bool),
               words, fewer, numbers, phrases, quoted)
    # A tuple per pair straight from the columns (PairScore(...) through its Python-level
    # __new__ is slower), then the pairs score_pair answers early are put right.
    out = list(map(tuple.__new__, repeat(PairScore, len(ii)), zip(*(c.tolist() for c in columns))))
    same = _same_sentences(ii, jj, ta, tb)
    for n in np.flatnonzero(same).tolist():
        x = ta[ii[n]]
        u = len(x.unigrams)
        out[n] = PairScore(1.0, 1.0, 1.0, u, True, True, True, True, u, u, 0, len(x.phrases), len(x.quoted))
    for n in np.flatnonzero(~same & ((tx <= 0) | (ty <= 0))).tolist():
        out[n] = PairScore(0.0, 0.0, 0.0, 0, False)
    return out


def _evidence(ii, jj, table: _TermTable) -> tuple:
    """For pairs ``(ii[n], jj[n])``: shared weight and the counts :class:`PairScore` holds, as arrays."""
    np = __import__("numpy")

    n = len(ii)
    count = lambda pair: np.bincount(pair, minlength=n)  # noqa: E731
    shared = table._shared_parts(ii, jj)
    (pu, iu), (pp, ip), (pq, iq) = shared
    pl, il = table.shared("lower", ii, jj)  # stems both write in lower case: unigrams too
    strong_u = ~table.weak[iu]
    return (
        table._shared_weight(shared, n),
        count(pu[strong_u]),
        count(pu[strong_u & table.numeric[iu]]),
        count(pp),
        count(pq),
        count(pq[table.rare[iq] & ~table.weak[iq]]) > 0,
        count(pp[table.rare[ip]]) > 0,
        count(pl[~table.weak[il]]),
    )
