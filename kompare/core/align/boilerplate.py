"""Boilerplate: sentences a document repeats, which link copy to copy only where they stand alike.

Two changelogs both say "Solution: Add a test." dozens of times, each time of another
patch. Every copy resembles every copy, and each took its five best as links: a hairball
of bands in the window (a third of the Vim pair's links), none of it telling the reader
anything. A copy links in place (next to a link of other sentences along the same
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
    """Which links ``(i[n], j[n])`` (sentence ids, sorted by ``i`` then ``j``) to keep, and the
    copies in place to link besides (codes ``i * len(B) + j``, sorted).

    Kept: all but those between two boilerplate sentences (:func:`recurring` on both sides)
    that are neither in place nor their sentence's nearest counterpart. In place: along
    the diagonal from a link of other sentences, ``(i + 1, j + 1), (i + 2, j + 2), ...``
    (or back), as long as both are boilerplate and linked or the same words (the same entry
    of two logs: "Problem: crash 7." then "Solution: Add a test."); those the same words
    and not linked yet are linked besides. A boilerplate sentence with no link in place (nor
    any other link) keeps the one to its nearest copy by place, the shares ``i / len(A)``
    and ``j / len(B)`` closest (of two as near, the first): ``compare(b, a)`` mirrors
    ``compare(a, b)``.

    Three copies of "Fixed." a side, after entries of which the second is in both, and A's
    first copy in place after the first entry, not linked yet:

    >>> np = __import__("numpy")
    >>> keys_a = np.array([1, 9, 2, 9, 3, 9])   # 9: "Fixed."
    >>> keys_b = np.array([1, 9, 2, 9, 5, 9])
    >>> i = np.array([0, 1, 1, 2, 3, 3, 3, 5, 5, 5])
    >>> j = np.array([0, 3, 5, 2, 1, 3, 5, 1, 3, 5])
    >>> keep, added = kept_copies(i, j, keys_a, keys_b, 3)
    >>> [(a, b) for a, b, k in zip(i.tolist(), j.tolist(), keep.tolist()) if k], [divmod(c, 6) for c in added.tolist()]
    ([(0, 0), (2, 2), (3, 3), (5, 5)], [(1, 1)])
    """
    np = __import__("numpy")
    keep, none = np.ones(len(i), dtype=bool), np.zeros(0, dtype=np.int64)
    if not len(i):
        return keep, none
    rec_a, rec_b = recurring(keys_a, least), recurring(keys_b, least)
    boiler = rec_a[i] & rec_b[j]
    if not boiler.any():
        return keep, none  # (news: no sentence recurs so)
    na, nb = len(keys_a), len(keys_b)
    codes = i * nb + j
    in_place = _in_place(i[~boiler], j[~boiler], set(codes[boiler].tolist()), (keys_a, keys_b), (rec_a, rec_b))
    added = np.array(sorted(in_place - set(codes.tolist())), dtype=np.int64)
    bi, bj = i[boiler], j[boiler]
    placed = np.isin(codes[boiler], np.array(sorted(in_place), dtype=np.int64))
    served_a, served_b = np.zeros(na, dtype=bool), np.zeros(nb, dtype=bool)
    served_a[i[~boiler]] = served_a[added // nb] = served_a[bi[placed]] = True
    served_b[j[~boiler]] = served_b[added % nb] = served_b[bj[placed]] = True
    # Integers, not shares: the same comparison read from either side.
    distance = np.abs(bi * nb - bj * na)
    chosen = placed.copy()
    for mine, other, served in ((bi, bj, served_a), (bj, bi, served_b)):
        free = np.flatnonzero(~placed & ~served[mine])
        if len(free):
            by = free[np.lexsort((other[free], distance[free], mine[free]))]
            chosen[by[np.r_[True, mine[by][1:] != mine[by][:-1]]]] = True
    keep[boiler] = chosen
    return keep, added


def _in_place(ai, aj, linked: set[int], keys, recurs) -> set[int]:
    """Codes of the boilerplate pairs in place beside the links ``(ai[n], aj[n])`` of other
    sentences: along each one's diagonal, both ways, while both sentences recur and the pair
    is ``linked`` (codes) or the same words."""
    (keys_a, keys_b), (rec_a, rec_b) = keys, recurs
    na, nb = len(keys_a), len(keys_b)
    found: set[int] = set()
    for i, j in zip(ai.tolist(), aj.tolist()):
        for step in (-1, 1):
            x, y = i + step, j + step
            while 0 <= x < na and 0 <= y < nb and rec_a[x] and rec_b[y]:
                code = x * nb + y
                if code in found or not (code in linked or keys_a[x] == keys_b[y]):
                    break
                found.add(code)
                x, y = x + step, y + step
    return found
