"""Where a pair stands among its sentences' other candidates: ranks, best few, mutual best."""

from __future__ import annotations

from kompare.core.align.score import PairScore


def _best_few(ii, jj, keys: list, k: int) -> tuple:
    """The pairs ``(ii[n], jj[n])`` among the ``k`` best of their A sentence or of their B sentence.

    ``keys``: arrays of values to rank by (weighted Dice, and cosine when there are sentence
    vectors); ties go to the lower sentence number. Pairs come in sorted and go out sorted,
    as two arrays. Done over arrays: two 10 MB documents have millions of candidate pairs.

    >>> np = __import__("numpy")
    >>> [x.tolist() for x in _best_few(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 1]), [np.array([0.9, 0.5, 0.2, 0.1])], 1)]
    [[0, 0, 1, 2], [0, 1, 1, 1]]
    """
    np = __import__("numpy")
    from kompare.core.termsums import run_places

    n = len(ii)
    keep = np.zeros(n, dtype=bool)
    for v in keys:
        # The pairs best first; a stable sort keeps tied pairs in their order, by A's and
        # then B's sentence, so a tie goes to the lower number on the other side.
        best = np.argsort(-v, kind="stable")
        for major in (ii, jj):
            order = _by_sentence(major, best)
            keep[order[run_places(major[order]) < k]] = True
            del order
        del best
    return ii[keep], jj[keep]


def _by_sentence(major, best):
    """The pairs in order of their sentence ``major``, best first within one (``best``: the
    pairs best first).

    >>> np = __import__("numpy")
    >>> _by_sentence(np.array([1, 0, 1, 0]), np.array([2, 1, 0, 3])).tolist()
    [1, 3, 2, 0]
    """
    np = __import__("numpy")
    n = len(major)
    if n and int(major.max()) < 1 << 16:
        # The sentences of the pairs taken best first, sorted stably: numpy sorts integers
        # of 16 bits by radix, in one pass.
        return best[np.argsort(major[best].astype(np.uint16), kind="stable")]
    place = np.empty(n, dtype=np.int64)
    place[best] = np.arange(n, dtype=np.int64)
    # One sort of distinct integers (a few arrays of millions of pairs fewer than sorting
    # by value, then by sentence).
    return np.argsort(major * n + place, kind="stable")


def _ranks(values: dict[tuple[int, int], float]) -> tuple[dict, dict]:
    """Rank (1 = best, ties share the better rank) of each pair in its A row and its B column.

    >>> _ranks({(0, 0): 0.5, (0, 1): 0.9, (0, 2): 0.5, (1, 1): 0.9})
    ({(0, 0): 2, (0, 1): 1, (0, 2): 2, (1, 1): 1}, {(0, 0): 1, (0, 1): 1, (0, 2): 1, (1, 1): 1})
    """
    np = __import__("numpy")
    keys = list(values)
    v = np.fromiter(values.values(), dtype=float, count=len(keys))
    rows = np.fromiter((i for i, _ in keys), dtype=np.int64, count=len(keys))
    cols = np.fromiter((j for _, j in keys), dtype=np.int64, count=len(keys))
    return dict(zip(keys, _rank_in(rows, v).tolist())), dict(zip(keys, _rank_in(cols, v).tolist()))


def _rank_in(group, v, dense=None):
    """1 + the number of values of the same group strictly greater than each value (over arrays).

    ``dense``: :func:`_dense` of ``v``, when the caller has it (it ranks by one value in
    several groupings).

    >>> _rank_in(__import__("numpy").array([0, 0, 0, 1]), __import__("numpy").array([0.5, 0.9, 0.5, 0.9])).tolist()
    [2, 1, 2, 1]
    """
    np = __import__("numpy")
    if not len(v):
        return np.zeros(0, dtype=np.int64)
    d = _dense(v) if dense is None else dense
    # A value as its group and its place among the values, one integer: one sort of
    # integers, not a sort by two keys. In that order, the greater values of a group
    # follow its run of equal ones up to the group's end.
    span = int(d.max()) + 1
    key = group * span + d
    order = np.argsort(key, kind="stable")
    ordered, g = key[order], group[order]
    rank = np.empty(len(v), dtype=np.int64)
    rank[order] = 1 + _run_ends(np.r_[True, g[1:] != g[:-1]]) - _run_ends(np.r_[True, ordered[1:] != ordered[:-1]])
    return rank


def _run_ends(new):
    """For each place, the end of the run it is in (runs start where ``new`` is true).

    >>> _run_ends(__import__("numpy").array([True, False, True, True, False])).tolist()
    [2, 2, 3, 5, 5]
    """
    np = __import__("numpy")
    starts = np.flatnonzero(new)
    return np.r_[starts[1:], len(new)][np.cumsum(new) - 1]


def _dense(v):
    """Each value's place among the distinct values, the least 0 (over arrays).

    >>> _dense(__import__("numpy").array([0.5, 0.9, 0.5, 0.1])).tolist()
    [1, 2, 1, 0]
    """
    np = __import__("numpy")
    order = np.argsort(v, kind="stable")
    x = v[order]
    d = np.empty(len(v), dtype=np.int64)
    d[order] = np.cumsum(np.r_[False, x[1:] != x[:-1]]) if len(v) else d
    return d


def _mutual_best(scored: dict[tuple[int, int], PairScore]) -> set[tuple[int, int]]:
    """Pairs where each sentence is the other's best candidate (ties excluded).

    >>> p = lambda v: PairScore(v, v, v, 1, True)
    >>> sorted(_mutual_best({(0, 0): p(0.9), (0, 1): p(0.5), (1, 1): p(0.7), (2, 2): p(0.4), (2, 3): p(0.4)}))
    [(0, 0), (1, 1)]
    """
    if not scored:
        return set()
    np = __import__("numpy")
    keys = list(scored)
    ii, jj = (np.fromiter((k[side] for k in keys), dtype=np.int64, count=len(keys)) for side in (0, 1))
    v = np.fromiter((p.score for p in scored.values()), dtype=float, count=len(keys))
    return {keys[n] for n in np.flatnonzero(_mutual_in(ii, jj, v)).tolist()}


def _mutual_in(ii, jj, v, ranks=None):
    """For each pair ``(ii[n], jj[n])``: is its value ``v[n]`` the only best of its row and of its column?

    ``ranks``: ``_rank_in(ii, v)`` and ``_rank_in(jj, v)``, when the caller has them.

    >>> np = __import__("numpy")
    >>> _mutual_in(np.array([0, 0, 1]), np.array([0, 1, 1]), np.array([0.9, 0.5, 0.7])).tolist()
    [True, False, True]
    """
    np = __import__("numpy")
    best = np.ones(len(v), dtype=bool)
    if not len(v):
        return best
    if ranks is None:
        dense = _dense(v)
        ranks = _rank_in(ii, v, dense), _rank_in(jj, v, dense)
    for group, rank in zip((ii, jj), ranks):
        top = rank == 1  # nothing better in its row (column)...
        best &= top & (np.bincount(group[top], minlength=int(group.max()) + 1)[group] == 1)  # ...and no tie
    return best
