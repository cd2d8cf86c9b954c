"""Sums of term weights over many sentences and sentence pairs at once, with numpy.

The aligner scores hundreds of thousands of candidate pairs of sentences by the weights
of the terms they share.  Done pair by pair in Python that was a third of the time of two
long documents; here each sentence's terms are a row of sorted term ids, the terms two
sentences share are found for all pairs together, and the sums are taken *in the same
order, one addition after another*, as Python's ``sum()`` over the sorted terms does, so
that every score is the very same float as before (a pairwise or blocked sum would not
be: it rounds differently in the last bit, and ties between candidates would move).

>>> index = {"korea": 0, "north": 1, "pact": 2}
>>> rows = TermRows.of([{"north", "korea"}, {"pact"}, set()], index)
>>> weights = np.array([0.5, 0.25, 2.0])
>>> row_sums(rows, weights).tolist()
[0.75, 2.0, 0.0]
>>> other = TermRows.of([{"korea", "pact"}], index)
>>> pair, ids = shared_terms(rows, other, np.array([0, 1, 2]), np.array([0, 0, 0]))
>>> pair.tolist(), ids.tolist()
([0, 1], [0, 2])
>>> ordered_sums(pair, weights[ids], 3).tolist()
[0.5, 2.0, 0.0]
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import chain
from typing import NamedTuple

import numpy as np

class TermRows(NamedTuple):
    """Sets of terms as rows of term ids, each row sorted (compressed sparse rows).

    Row ``n`` holds ``ids[ptr[n]:ptr[n + 1]]``.  Ids must follow the terms' sorted
    order, so that a row in id order is its terms in sorted order.
    """

    ptr: np.ndarray  # int64, one more than the rows
    ids: np.ndarray  # int32 (int64 past 2**31 ids)

    @staticmethod
    def of(sets: Sequence[Collection[str]], index: Mapping[str, int]) -> "TermRows":
        """The rows of ``sets``; ``index`` maps every term to its id."""
        lens = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
        ids = np.fromiter(map(index.__getitem__, chain.from_iterable(sets)), dtype=np.int64, count=int(lens.sum()))
        return TermRows.from_runs(lens, ids)

    @staticmethod
    def from_runs(lens: np.ndarray, ids: np.ndarray) -> "TermRows":
        """Rows of ``lens[n]`` ids each, taken one after another from ``ids`` (each row's ids distinct).

        >>> TermRows.from_runs(np.array([2, 0, 1]), np.array([5, 3, 4])).row(0).tolist()
        [3, 5]
        """
        ptr = np.zeros(len(lens) + 1, dtype=np.int64)
        np.cumsum(lens, out=ptr[1:])
        if not len(ids):
            return TermRows(ptr, ids.astype(np.int64))
        # Sorted by row, then id, as one key: a plain sort of integers.
        span = int(ids.max()) + 1
        keys = np.repeat(np.arange(len(lens), dtype=np.int64), lens) * span + ids
        keys.sort(kind="stable")  # (rows come in order: see sorted_unique)
        # Ids as 4-byte integers where they fit: two 20 MB documents have 25 million of them.
        return TermRows(ptr, (keys % span).astype(np.int32 if span <= 1 << 31 else np.int64, copy=False))

    def row(self, n: int) -> np.ndarray:
        """The ids of row ``n``, sorted."""
        return self.ids[self.ptr[n]:self.ptr[n + 1]]

    def sizes(self) -> np.ndarray:
        """How many ids each row holds."""
        return np.diff(self.ptr)

    def owners(self) -> np.ndarray:
        """The row of each id of ``ids``."""
        return np.repeat(np.arange(len(self.ptr) - 1, dtype=np.int64), self.sizes())

    def keep(self, wanted: np.ndarray) -> "TermRows":
        """The rows with only the ids ``n`` where ``wanted[n]`` (a boolean per id).

        >>> TermRows.from_runs(np.array([2, 1]), np.array([0, 1, 1])).keep(np.array([False, True])).ids.tolist()
        [1, 1]
        """
        hit = wanted[self.ids]
        if hit.all():  # (every term of two long texts of one language: no copy of them all)
            return self
        ptr = np.zeros(len(self.ptr), dtype=np.int64)
        np.cumsum(np.bincount(self.owners()[hit], minlength=len(self.ptr) - 1), out=ptr[1:])
        return TermRows(ptr, self.ids[hit])

    def counts(self, n: int) -> np.ndarray:
        """In how many rows each of the ids ``0 .. n - 1`` is (ids are distinct within a row)."""
        return np.bincount(self.ids, minlength=n)


def row_sums(rows: TermRows, weights: np.ndarray) -> np.ndarray:
    """Each row's weights summed in id order, one addition after another (as ``sum()``)."""
    return ordered_sums(rows.owners(), weights[rows.ids], len(rows.ptr) - 1)


def ordered_sums(owner: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """``out[k]`` = the ``values`` whose ``owner`` is ``k``, added left to right from 0.

    ``owner`` is sorted.  The k-th value of every owner is added in one step for all
    owners, up to :data:`SHORT_RUN` values; an owner with more (a sentence of a
    megabyte) is summed on its own by ``np.add.accumulate``, which adds one value after
    another too (``np.sum`` would not: it sums pairwise).

    >>> ordered_sums(np.array([0, 0, 0, 2]), np.array([1e16, 1.0, 1.0, 3.0]), 3).tolist()
    [1e+16, 0.0, 3.0]
    """
    out = np.zeros(n)
    if not len(owner):
        return out
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # each owner's run of values
    sizes = np.diff(np.r_[starts, len(owner)])
    # The short runs longest first (their sizes as int16, which numpy sorts by radix): the
    # runs that reach place k are then the first ``going[k]``.
    runs = np.flatnonzero(sizes <= SHORT_RUN)
    runs = runs[np.argsort((SHORT_RUN - sizes[runs]).astype(np.int16), kind="stable")]
    first, who = starts[runs], owner[starts[runs]]
    going = len(runs) - np.cumsum(np.bincount(sizes[runs], minlength=SHORT_RUN + 1))
    for k in range(int(sizes[runs[0]]) if len(runs) else 0):
        m = int(going[k])
        out[who[:m]] += values[first[:m] + k]  # owners are distinct within one place
    for run in np.flatnonzero(sizes > SHORT_RUN).tolist():
        lo = int(starts[run])
        out[owner[lo]] = 0.0 + np.add.accumulate(values[lo:lo + int(sizes[run])])[-1]
    return out


def run_places(values: np.ndarray) -> np.ndarray:
    """Each value's place in its run of equal values (0 for the first of a run).

    >>> run_places(np.array([4, 4, 4, 7, 9, 9])).tolist()
    [0, 1, 2, 0, 0, 1]
    """
    n = len(values)
    if not n:
        return np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return np.arange(n, dtype=np.int64) - np.repeat(starts, np.diff(np.r_[starts, n]))


def sorted_unique(values: np.ndarray, copy: bool = True) -> np.ndarray:
    """The distinct values, sorted (``np.unique``, by a sort: numpy 2's ``unique`` hashes,
    some ten times slower on the millions of ints of two long documents).

    A stable sort (timsort), as fast as the default on shuffled values and some three
    times faster on the values the aligner sorts: runs already in order (a sentence's
    terms after another's, chunks of codes each sorted). ``copy=False`` sorts ``values``
    itself: no second array of millions of ints at once.

    >>> sorted_unique(np.array([5, 1, 5, 3, 1])).tolist()
    [1, 3, 5]
    """
    if copy:
        values = np.sort(values, kind="stable")
    else:
        values.sort(kind="stable")
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


#: Runs longer than this are summed one by one (see :func:`ordered_sums`).
SHORT_RUN = 64


#: Terms gathered at once by :func:`shared_terms` callers (see :func:`pair_chunks`): each
#: takes some 50 bytes while the shared ones are found; two 5 MB documents have a million
#: candidate pairs of long sentences. (A quarter of a million: a chunk's arrays, some MB,
#: are used again by the allocator, where arrays of a million terms were mapped afresh
#: page by page: the Vim pair's linking spent 0.1 s of system time on page faults.)
CHUNK_TERMS = 1 << 18


def pair_chunks(sizes: np.ndarray, limit: int = CHUNK_TERMS) -> list[slice]:
    """Consecutive slices of pairs whose ``sizes`` (terms to gather) add up to about ``limit`` each.

    >>> pair_chunks(np.array([3, 3, 3, 9, 1]), 6)
    [slice(0, 2, None), slice(2, 3, None), slice(3, 4, None), slice(4, 5, None)]
    """
    ends = np.cumsum(sizes)
    out, lo = [], 0
    while lo < len(sizes):
        base = int(ends[lo - 1]) if lo else 0
        hi = max(lo + 1, int(np.searchsorted(ends, base + limit, side="right")))
        out.append(slice(lo, hi))
        lo = hi
    return out


def shared_terms(a: TermRows, b: TermRows, ii: np.ndarray, jj: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The terms rows ``a[ii[p]]`` and ``b[jj[p]]`` share, for every pair ``p``.

    Returned as two arrays, the pair ``p`` and the term id of each shared term, sorted by
    pair and then by id.  All the pairs' terms are gathered at once (see :func:`pair_chunks`)
    as sorted keys ``p << 32 | id``, one run a side: a stable sort merges the two runs in
    one pass, and a shared term is a key that comes twice.
    """
    keys_a, keys_b = _gather_keys(a, ii), _gather_keys(b, jj)
    if not len(keys_a) or not len(keys_b):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    keys = np.concatenate((keys_a, keys_b))
    keys.sort(kind="stable")
    both = keys[1:][keys[1:] == keys[:-1]]
    return both >> 32, both & 0xFFFFFFFF


def _gather_keys(rows: TermRows, which: np.ndarray) -> np.ndarray:
    """Keys ``p << 32 | id`` of the ids of the rows ``which[p]``, row after row (sorted).

    >>> rows = TermRows.from_runs(np.array([2, 0, 1]), np.array([5, 3, 4]))
    >>> [(int(k) >> 32, int(k) & 0xFFFFFFFF) for k in _gather_keys(rows, np.array([2, 1, 0]))]
    [(0, 4), (2, 3), (2, 5)]
    """
    starts = rows.ptr[which]
    lens = rows.ptr[which + 1] - starts
    ends = np.cumsum(lens)
    total = int(ends[-1]) if len(ends) else 0
    # Each id's place in rows.ids: its row's start, plus its place in the gathering less
    # the row's first place there.
    at = np.repeat(starts - (ends - lens), lens)
    at += np.arange(total, dtype=np.int64)
    keys = np.repeat(np.arange(len(which), dtype=np.int64) << 32, lens)
    keys |= rows.ids[at]
    return keys


def round9(values: np.ndarray) -> np.ndarray:
    """``round(v, 9)`` of each value (see :func:`round_places`).

    >>> values = [0.1234567894999, 2.5e-10, 1.5e-9, 0.3333333335, 1e17, -0.0]
    >>> round9(np.array(values)).tolist() == [round(v, 9) for v in values]
    True
    """
    return round_places(values, 9)


def round_places(values: np.ndarray, digits: int) -> np.ndarray:
    """``round(v, digits)`` of each value, Python's correctly rounded ``round``, mostly over arrays.

    ``v * 10**digits`` rounded to an integer ``n``, then ``n / 10**digits`` (one correctly
    rounded division by an exact power of ten) is the float nearest ``n / 10**digits``,
    which is what ``round`` gives, unless the product fell within rounding error of a half
    (where the two could pick different integers) or is too large to be exact: those few
    go to ``round`` itself.

    >>> values = [0.1234565, 2.5e-7, 1.5e-6, 0.3333335, 0.9999995, 1e17, -0.0]
    >>> round_places(np.array(values), 6).tolist() == [round(v, 6) for v in values]
    True
    """
    scale = float(10**digits)
    scaled = values * scale
    whole = np.rint(scaled)
    out = whole / scale
    unsure = (np.abs(np.abs(scaled - whole) - 0.5) < 1e-6) | ~(np.abs(scaled) < 2.0**52)
    for k in np.flatnonzero(unsure).tolist():
        out[k] = round(float(values[k]), digits)
    return out
