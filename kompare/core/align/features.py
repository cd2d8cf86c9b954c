"""The :class:`~kompare.core.evidence.Features` of the candidate pairs, worked out over arrays."""

from __future__ import annotations

import math

from kompare.core.align.ranks import _dense, _mutual_in, _rank_in
from kompare.core.align.table import _TermTable
from kompare.core.evidence import Features


def _features(ii, jj, scores: tuple, table: _TermTable, totals, cosine):
    """The :class:`~kompare.core.evidence.Features` of the pairs ``(ii[n], jj[n])`` (sorted) as
    a matrix, a row per pair and a column per feature; ``scores``: the pairs'
    :func:`~kompare.core.align.table._score_columns`.

    Worked out over arrays, to the very floats a pair-by-pair computation gives (the
    same operations on the same doubles, rounding as Python's ``round``): a Vim-sized
    pair of texts has a hundred thousand candidate pairs.
    """
    np = __import__("numpy")
    from kompare.core.termsums import round9

    terms, w = table.terms, table.w
    n, na, nb = len(ii), len(terms.a), len(terms.b)
    if not n:
        return np.zeros((0, len(Features._fields)))
    (score, dice, containment, strong, signal, rare_quote, rare_phrase, identical, words, fewer, numbers,
     phrases, quoted) = scores
    n_terms = len(terms.terms)
    # Names: stems written with a capital in a sentence and never in lower case in its document.
    names_a, names_b = (doc.capitalised.keep(table.both & (doc.lower.counts(n_terms) == 0)) for doc in (terms.a, terms.b))
    # Shared strong stems found in no other sentence of either document.
    once = (w.count_a == 1) & (w.df == 2) & ~w.weak
    names = _shared_counts(table, names_a, names_b, ii, jj)
    exclusive = _shared_counts(table, terms.a.unigrams.keep(once), terms.b.unigrams.keep(once), ii, jj)
    wa, wb = np.array(totals[0], dtype=float)[ii], np.array(totals[1], dtype=float)[jj]
    low, high = np.minimum(wa, wb), np.maximum(wa, wb)
    with np.errstate(divide="ignore", invalid="ignore"):
        cover_low = np.where(high > 0, round9(np.where(high > 0, containment * low / high, 0.0)), 0.0)
    dense = _dense(score)
    rank_a, rank_b = _rank_in(ii, score, dense), _rank_in(jj, score, dense)
    ra, rb = 1.0 / rank_a, 1.0 / rank_b
    # The best Dice of the diagonal neighbours (i - 1, j - 1) and (i + 1, j + 1), 0 without them.
    codes = ii * nb + jj  # sorted, as the keys are
    near = np.zeros(n)
    for step, inside in ((-1, (ii > 0) & (jj > 0)), (1, (ii + 1 < na) & (jj + 1 < nb))):
        other = codes + step * (nb + 1)
        at = np.minimum(np.searchsorted(codes, other), n - 1)
        found = inside & (codes[at] == other)
        near = np.where(found, np.maximum(near, dice[at]), near)
    top = (ii < 3) & (jj < 3) & (min(na, nb) >= 10)
    if cosine is not None:
        semantic = cosine[ii, jj].astype(float)
        dense = _dense(semantic)
        semantic_rank = (1.0 / _rank_in(ii, semantic, dense) + 1.0 / _rank_in(jj, semantic, dense)) / 2
    else:
        semantic = semantic_rank = np.zeros(n)
    counts = dict(strong=strong, words=words, names=names, numbers=numbers, phrases=phrases,
                  quoted=quoted, exclusive=exclusive)
    flags = dict(rare=rare_phrase | rare_quote, mutual=_mutual_in(ii, jj, score, (rank_a, rank_b)), identical=identical,
                 short=fewer <= 4, top=top)
    values = dict(cover_low=cover_low, rank=(ra + rb) / 2,
                  rank_low=np.minimum(ra, rb), neighbours=near, position=1.0 - np.abs(ii / na - jj / nb),
                  semantic=semantic, semantic_rank=semantic_rank)
    out = np.empty((n, len(Features._fields)), order="F")  # (column by column: written and read so)
    for k, f in enumerate(Features._fields):
        if f in ("dice", "containment"):
            out[:, k] = containment if f == "containment" else dice
        elif f in counts:
            out[:, k] = _log1p_array(counts[f])
        elif f in flags:
            out[:, k] = flags[f]
        else:
            out[:, k] = values[f]
    return out


def _log1p_array(counts):
    """:func:`_log1p` of each count, over an array (the very floats of ``math.log1p``).

    >>> _log1p_array(__import__("numpy").array([0, 3, 100])).tolist() == [_log1p(0), _log1p(3), _log1p(100)]
    True
    """
    np = __import__("numpy")
    out = np.array(_LOG1P)[np.minimum(counts, len(_LOG1P) - 1)]
    for k in np.flatnonzero(counts >= len(_LOG1P)).tolist():
        out[k] = math.log1p(int(counts[k]))
    return out


def _shared_counts(table: _TermTable, rows_a, rows_b, ii, jj):
    """How many terms the rows ``rows_a[ii[n]]`` and ``rows_b[jj[n]]`` share, for each pair ``n``."""
    np = __import__("numpy")
    from kompare.core.termsums import shared_terms

    out = np.zeros(len(ii), dtype=np.int64)
    for part in table.chunks(ii, jj):
        pair, _ = shared_terms(rows_a, rows_b, ii[part], jj[part])
        out[part] = np.bincount(pair, minlength=len(out[part]))
    return out


_LOG1P = tuple(math.log1p(n) for n in range(64))


def _log1p(n: int) -> float:
    """``math.log1p(n)`` of a count, from a table: features of a million pairs share the floats.

    >>> _log1p(3) == math.log1p(3), _log1p(100) == math.log1p(100)
    (True, True)
    """
    return _LOG1P[n] if n < 64 else math.log1p(n)
