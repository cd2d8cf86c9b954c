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
        # Each pair's place best first; a stable sort keeps tied pairs in their order, by A's
        # and then B's sentence, so a tie goes to the lower number on the other side.
        place = np.empty(n, dtype=np.int64)
        place[np.argsort(-v, kind="stable")] = np.arange(n, dtype=np.int64)
        for major in (ii, jj):
            # By sentence, best first: one sort of distinct integers (a few arrays of
            # millions of pairs fewer than sorting by value, then by sentence).
            order = np.argsort(major * n + place, kind="stable")
            keep[order[run_places(major[order]) < k]] = True
            del order
    return ii[keep], jj[keep]


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


def _rank_in(group, v):
    """1 + the number of values of the same group strictly greater than each value (over arrays).

    >>> _rank_in(__import__("numpy").array([0, 0, 0, 1]), __import__("numpy").array([0.5, 0.9, 0.5, 0.9])).tolist()
    [2, 1, 2, 1]
    """
    np = __import__("numpy")
    n = len(v)
    order = np.lexsort((v, group))  # by group, then value, ascending
    g, x = group[order], v[order]

    def run_ends(new):
        """For each place, the end of the run it is in (runs start where ``new`` is true)."""
        starts = np.flatnonzero(new)
        return np.r_[starts[1:], n][np.cumsum(new) - 1]

    new_group = np.r_[True, g[1:] != g[:-1]] if n else np.zeros(0, dtype=bool)
    new_value = new_group | (np.r_[True, x[1:] != x[:-1]] if n else new_group)
    rank = np.empty(n, dtype=np.int64)
    rank[order] = 1 + run_ends(new_group) - run_ends(new_value)
    return rank


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


def _mutual_in(ii, jj, v):
    """For each pair ``(ii[n], jj[n])``: is its value ``v[n]`` the only best of its row and of its column?

    >>> np = __import__("numpy")
    >>> _mutual_in(np.array([0, 0, 1]), np.array([0, 1, 1]), np.array([0.9, 0.5, 0.7])).tolist()
    [True, False, True]
    """
    np = __import__("numpy")
    best = np.ones(len(v), dtype=bool)
    for group in (ii, jj):
        if not len(group):
            break
        top = _rank_in(group, v) == 1  # nothing better in its row (column)...
        best &= top & (np.bincount(group[top], minlength=int(group.max()) + 1)[group] == 1)  # ...and no tie
    return best
