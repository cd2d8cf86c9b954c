"""Boilerplate: sentences a document repeats, which link copy to copy only where they stand alike.

Two changelogs both say "Solution: Add a test." dozens of times, each time of another
patch. Every copy resembles every copy, and each took its five best as links: a hairball
of bands in the window and a quarter of a long comparison's work, none of it telling the
reader anything. A copy links in place (next to a link of other sentences along the same
diagonal: the same entry in both), or, where none is, to its nearest copy by place only.
"""

from __future__ import annotations


def recurring(keys, least: int):
    """For each sentence (its key: equal non-zero keys are the same words), does its text
    recur at least ``least`` times in its document?

    >>> np = __import__("numpy")
    >>> recurring(np.array([1, 2, 1, 0, 0, 1]), 3).tolist()
    [True, False, True, False, False, True]
    """
    np = __import__("numpy")
    if not len(keys):
        return np.zeros(0, dtype=bool)
    counts = np.bincount(keys)
    return (keys != 0) & (counts[keys] >= least)


def kept_copies(i, j, keys_a, keys_b, least: int):
    """Which links ``(i[n], j[n])`` (sentence ids, sorted by ``i`` then ``j``) to keep: all but those
    between two boilerplate sentences (:func:`recurring` on both sides) that are neither in place
    nor their sentence's nearest counterpart.

    In place: on a run along one diagonal (``(i, j), (i + 1, j + 1), ...`` all such links)
    that a link of other sentences continues at either end. A boilerplate sentence with no
    link kept so (nor any other link) keeps the one to its nearest copy by place, the
    shares ``i / len(A)`` and ``j / len(B)`` closest (of two as near, the first): ``compare(b,
    a)`` mirrors ``compare(a, b)``.

    Three copies of "Fixed." a side, between entries of which only the second is in both:

    >>> np = __import__("numpy")
    >>> keys_a = np.array([1, 9, 2, 9, 3, 9])   # 9: "Fixed."
    >>> keys_b = np.array([4, 9, 2, 9, 5, 9])
    >>> i = np.array([1, 1, 1, 2, 3, 3, 3, 5, 5, 5])
    >>> j = np.array([1, 3, 5, 2, 1, 3, 5, 1, 3, 5])
    >>> [(a, b) for a, b, k in zip(i.tolist(), j.tolist(), kept_copies(i, j, keys_a, keys_b, 3).tolist()) if k]
    [(1, 1), (2, 2), (3, 3), (5, 5)]
    """
    np = __import__("numpy")
    keep = np.ones(len(i), dtype=bool)
    if not len(i):
        return keep
    boiler = recurring(keys_a, least)[i] & recurring(keys_b, least)[j]
    if not boiler.any():
        return keep  # (news: no sentence recurs so)
    na, nb = len(keys_a), len(keys_b)
    anchors = set((i[~boiler] * nb + j[~boiler]).tolist())
    bi, bj = i[boiler], j[boiler]
    placed = _in_place(bi, bj, anchors, nb)
    served_a, served_b = np.zeros(na, dtype=bool), np.zeros(nb, dtype=bool)
    served_a[i[~boiler]] = served_a[bi[placed]] = True
    served_b[j[~boiler]] = served_b[bj[placed]] = True
    # Integers, not shares: the same comparison read from either side.
    distance = np.abs(bi * nb - bj * na)
    chosen = placed.copy()
    for mine, other, served in ((bi, bj, served_a), (bj, bi, served_b)):
        free = np.flatnonzero(~placed & ~served[mine])
        if len(free):
            by = free[np.lexsort((other[free], distance[free], mine[free]))]
            chosen[by[np.r_[True, mine[by][1:] != mine[by][:-1]]]] = True
    keep[boiler] = chosen
    return keep


def _in_place(bi, bj, anchors: set[int], nb: int):
    """Which boilerplate links ``(bi[n], bj[n])`` lie on a diagonal run that a link of
    ``anchors`` (codes ``i * nb + j``) continues at either end."""
    np = __import__("numpy")
    placed = np.zeros(len(bi), dtype=bool)
    order = np.lexsort((bi, bi - bj)).tolist()
    li, lj = bi.tolist(), bj.tolist()
    start = 0
    for k in range(1, len(order) + 1):
        if k < len(order):
            p, q = order[k - 1], order[k]
            if li[q] == li[p] + 1 and lj[q] == lj[p] + 1:
                continue  # (the run goes on)
        first, last = order[start], order[k - 1]
        before = (li[first] - 1) * nb + lj[first] - 1 if li[first] and lj[first] else -1
        after = (li[last] + 1) * nb + lj[last] + 1 if lj[last] + 1 < nb else -1
        if before in anchors or after in anchors:
            placed[order[start:k]] = True
        start = k
    return placed
