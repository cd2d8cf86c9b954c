"""Scoring many candidate pairs at once over arrays of term ids, to the same floats as :mod:`.score`."""

from __future__ import annotations

from itertools import repeat

from kompare.core.align.score import PairScore
from kompare.core.align.terms import PairTerms, TermWeights
from kompare.core.errors import stop_if_cancelled


def _quick_scores(codes, table: "_TermTable", totals, headings, keep_zero: bool, should_cancel):
    """Arrays ``i``, ``j``, the quick score (weighted Dice) and the shared weight of the
    candidate pairs worth keeping (the weight saves working it out again for their evidence).

    ``codes``: the pairs as sorted codes ``i * len(b) + j`` (see :func:`candidate_codes`).
    Pairs with a section heading ("THREATS TO SOUTH KOREA": a topic, not a claim) are
    left out unless identical, and so are pairs scoring 0 unless ``keep_zero``.  Worked
    out over arrays (:mod:`kompare.core.termsums`), to the same floats as
    the pair-by-pair reference (tests/core/align_reference.py), which scoring each of a million pairs in Python was much slower.
    """
    np = __import__("numpy")

    codes = np.asarray(codes, dtype=np.int64)
    totals = tuple(np.array(t, dtype=float) for t in totals)
    headings = tuple(np.array(h, dtype=bool) for h in headings)
    # A slice of the codes at a time: the arrays made per pair are then freed as they go
    # (two 20 MB documents have some five million candidate pairs).
    columns: tuple[list, ...] = ([np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0)], [np.zeros(0)])
    for lo in range(0, len(codes), _QUICK_PAIRS):
        for column, part in zip(columns, _quick_part(codes[lo:lo + _QUICK_PAIRS], table, totals, headings, keep_zero, should_cancel)):
            column.append(part)
    out = []
    for column in columns:  # (one column joined at a time, its parts then freed)
        out.append(np.concatenate(column))
        column.clear()
    return tuple(out)


#: Candidate pairs :func:`_quick_scores` works on at once (memory only: the scores are the same).
_QUICK_PAIRS = 250_000


def _quick_part(codes, table: "_TermTable", totals, headings, keep_zero: bool, should_cancel) -> tuple:
    """:func:`_quick_scores` of some of the codes; ``totals`` and ``headings`` as arrays."""
    np = __import__("numpy")
    from kompare.core.termsums import round9

    (wa, wb), (heading_a, heading_b) = totals, headings
    ii, jj = np.divmod(codes, len(table.terms.b))
    stop_if_cancelled(should_cancel)
    same = _same_sentences(ii, jj, table.terms)
    keep = ~(heading_a[ii] | heading_b[jj]) | same
    ii, jj, same = ii[keep], jj[keep], same[keep]
    s = table.shared_weight(ii, jj)
    stop_if_cancelled(should_cancel)
    tx, ty = wa[ii], wb[jj]
    empty = (tx <= 0) | (ty <= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        v = np.maximum(np.minimum(1.0, 2 * s / (tx + ty)), table.containment_share * np.minimum(1.0, s / np.minimum(tx, ty)))
    # Python's round (correctly rounded, as the reference), not numpy's (scaled).
    v = round9(np.where(empty, 0.0, v))
    v[same] = 1.0
    if not keep_zero:
        keep = v > 0
        ii, jj, v, s = ii[keep], jj[keep], v[keep], s[keep]
    return ii, jj, v, s


def _same_sentences(ii, jj, terms: PairTerms):
    """For each pair ``(ii[n], jj[n])``: are the two the same sentence (equal, non-empty keys)?

    >>> from kompare.core.align.terms import pair_terms
    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> t = pair_terms(segment(Document("Kim won. Lee lost.")), segment(Document("Kim won. Moon wept.")))
    >>> np = __import__("numpy")
    >>> _same_sentences(np.array([0, 0, 1]), np.array([0, 1, 1]), t).tolist()
    [True, False, False]
    """
    key_a, key_b = terms.a.keys[ii], terms.b.keys[jj]
    return (key_a == key_b) & (key_a != 0)


class _TermTable:
    """The rows of term ids of A and B with the terms' weights and kinds, for scoring pairs over arrays.

    Ids follow the terms' sorted order, so sums over rows run in the sorted order that
    the pair-by-pair reference (tests/core/align_reference.py) uses, and give the same floats.
    """

    def __init__(self, terms: PairTerms, w: TermWeights, should_cancel=None):
        self.terms, self.w = terms, w
        self.should_cancel = should_cancel  # asked between chunks of pairs
        self.weights = w.weights
        self.quoted_bonus, self.containment_share = w.quoted_bonus, w.containment_share
        self.weak, self.numeric, self.rare = w.weak, w.numeric, w.rare
        # Two sentences can only share a term found in both documents: most terms of two
        # long texts are phrases of one side, which the gathering of pairs' terms skips.
        self.both = (w.count_a > 0) & (w.df > w.count_a)
        self._shareable: dict[tuple[str, str], object] = {}
        self._part_weights = (
            ("unigrams", self.weights), ("phrases", self.weights), ("quoted", self.weights * self.quoted_bonus),
        )
        self._sizes = {side: sum(self.shareable(side, part).sizes() for part in ("unigrams", "phrases")) for side in "ab"}

    def rows(self, side: str, part: str):
        """The rows of one field of :class:`DocTerms` ("unigrams", ...) of side "a" or "b"."""
        return getattr(getattr(self.terms, side), part)

    def shareable(self, side: str, part: str):
        """:meth:`rows` with only the terms found in both documents."""
        got = self._shareable.get((side, part))
        if got is None:
            got = self._shareable[(side, part)] = self.rows(side, part).keep(self.both)
        return got

    def totals(self, side: str) -> list[float]:
        """Each sentence's weight (its quoted words counted twice)."""
        from kompare.core.termsums import row_sums

        u, p, q = (row_sums(self.rows(side, part), weights) for part, weights in self._parts())
        return ((u + p) + q).tolist()

    def _parts(self) -> tuple:
        """The weight of a term as a unigram, as a phrase, as a quoted word (each term by itself)."""
        return self._part_weights

    def shared(self, part: str, ii, jj) -> tuple:
        """The terms of ``part`` that the pairs ``(ii[n], jj[n])`` share: arrays of pair numbers and term ids."""
        from kompare.core.termsums import shared_terms

        return shared_terms(self.shareable("a", part), self.shareable("b", part), ii, jj)

    def chunks(self, ii, jj) -> list:
        """Slices of the pairs to work on at once (see :func:`kompare.core.termsums.pair_chunks`)."""
        from kompare.core.termsums import pair_chunks

        stop_if_cancelled(self.should_cancel)

        return pair_chunks(self._sizes["a"][ii] + self._sizes["b"][jj])  # terms a pair brings to the gathering

    def shared_weight(self, ii, jj):
        """:func:`_shared_weight` of the pairs ``(ii[n], jj[n])``, as an array."""
        np = __import__("numpy")

        out = np.zeros(len(ii))
        for part in self.chunks(ii, jj):
            stop_if_cancelled(self.should_cancel)
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
    """The :class:`PairScore` of the pairs ``(ii[n], jj[n])``, worked out over arrays (the values of
    the pair-by-pair reference (tests/core/align_reference.py)).

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> a = segment(Document("Kim met Putin in Pyongyang on “a historic day”. The 2 men signed."))
    >>> b = segment(Document("Putin met Kim on “a historic day”. Rain fell. The 2 men signed."))
    >>> from kompare.core.align.terms import pair_terms
    >>> terms = pair_terms(a, b, [(30, 46)], [(17, 33)])  # the quotations
    >>> table = _TermTable(terms, TermWeights(terms))
    >>> totals = table.totals("a"), table.totals("b")
    >>> ii, jj = __import__("numpy").array([0, 1]), __import__("numpy").array([0, 2])
    >>> [(p.score, p.shared_strong, p.identical) for p in _score_pairs(ii, jj, table, totals)]
    [(0.468660343, 4, False), (1.0, 3, True)]
    """
    return _pair_scores(_score_columns(ii, jj, table, totals))


def _pair_scores(columns: tuple) -> list[PairScore]:
    """The :class:`PairScore` of each pair from :func:`_score_columns`."""
    if not len(columns[0]):
        return []
    # A tuple per pair straight from the columns (PairScore(...) through its Python-level
    # __new__ is slower).
    return list(map(tuple.__new__, repeat(PairScore, len(columns[0])), zip(*(c.tolist() for c in columns))))


def _score_columns(ii, jj, table: _TermTable, totals: tuple[list[float], list[float]], shared=None) -> tuple:
    """The :class:`PairScore` of the pairs ``(ii[n], jj[n])`` as arrays, one per field;
    ``shared``: their shared weights, when known (see :func:`_quick_scores`)."""
    np = __import__("numpy")
    from kompare.core.termsums import round9

    parts = [_evidence(ii[part], jj[part], table, None if shared is None else shared[part]) for part in table.chunks(ii, jj)]
    if not parts:
        parts = [(np.zeros(0),) + tuple(np.zeros(0, dtype=dtype) for dtype in (np.int64,) * 4 + (bool,) * 2 + (np.int64,))]
    s, strong, numbers, phrases, quoted, rare_quote, rare_phrase, words = (np.concatenate(c) for c in zip(*parts))
    tx, ty = np.array(totals[0])[ii], np.array(totals[1])[jj]
    signal = (phrases > 0) | (quoted > 0) | (numbers > 0)
    size_a, size_b = table.rows("a", "unigrams").sizes(), table.rows("b", "unigrams").sizes()
    fewer = np.minimum(size_a[ii], size_b[jj])
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.minimum(1.0, 2 * s / (tx + ty))
        containment = np.minimum(1.0, s / np.minimum(tx, ty))
    score = np.maximum(dice, table.containment_share * containment)
    # Rounded as the reference rounds (Python's round); -1 where it returns early.
    score, dice, containment = (round9(np.where(np.isfinite(x), x, -1.0)) for x in (score, dice, containment))
    identical = _same_sentences(ii, jj, table.terms)
    columns = (score, dice, containment, strong, signal, rare_quote, rare_phrase, identical,
               words, fewer, numbers, phrases, quoted)
    # The pairs the reference answers early: a sentence and its copy, and a sentence without weight.
    empty = ~identical & ((tx <= 0) | (ty <= 0))
    for column in columns:
        column[empty] = 0
    same = np.flatnonzero(identical)
    u = size_a[ii[same]]
    for column, value in zip(columns, (1.0, 1.0, 1.0, u, True, True, True, True, u, u, 0)):
        column[same] = value
    phrases[same] = table.rows("a", "phrases").sizes()[ii[same]]
    quoted[same] = table.rows("a", "quoted").sizes()[ii[same]]
    return columns


def _evidence(ii, jj, table: _TermTable, shared_weight=None) -> tuple:
    """For pairs ``(ii[n], jj[n])``: shared weight (``shared_weight`` when known) and the counts
    :class:`PairScore` holds, as arrays."""
    np = __import__("numpy")

    n = len(ii)
    count = lambda pair: np.bincount(pair, minlength=n)  # noqa: E731
    shared = table._shared_parts(ii, jj)
    (pu, iu), (pp, ip), (pq, iq) = shared
    pl, il = table.shared("lower", ii, jj)  # stems both write in lower case: unigrams too
    strong_u = ~table.weak[iu]
    return (
        table._shared_weight(shared, n) if shared_weight is None else shared_weight,
        count(pu[strong_u]),
        count(pu[strong_u & table.numeric[iu]]),
        count(pp),
        count(pq),
        count(pq[table.rare[iq] & ~table.weak[iq]]) > 0,
        count(pp[table.rare[ip]]) > 0,
        count(pl[~table.weak[il]]),
    )
