"""Candidate pairs of sentences: the ones sharing a term that is not too common (inverted-index seeding)."""

from __future__ import annotations

from collections import defaultdict
from itertools import chain

from kompare.core.align.terms import SentenceTerms, _Weights
from kompare.core.config import CompareConfig
from kompare.core.model import SegmentedDocument


def _postings(terms: list[SentenceTerms], keep: set[str]) -> dict[str, list[int]]:
    """The sentences holding each term of ``keep``."""
    post: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(terms):
        # (Set intersections: a sentence of a megabyte has a hundred thousand terms.)
        for t in chain(keep.intersection(st.unigrams), keep.intersection(st.phrases)):
            post[t].append(i)
    return post


def candidate_pairs(a: list[SentenceTerms], b: list[SentenceTerms], w: _Weights, cfg: CompareConfig) -> set[int]:
    """Sentence pairs sharing at least one term that is not too common (inverted-index seeding).

    Each pair ``(i, j)`` comes as the code ``i * len(b) + j``: two 10 MB documents seed
    millions of pairs, and an int takes a fraction of a tuple's memory.
    """
    codes: set[int] = set()
    nb = len(b)
    weak = w.weak
    # The same sentence on both sides is always a candidate, content words or not.
    keys_a: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(a):
        if st.key:
            keys_a[st.key].append(i)
    for j, st in enumerate(b):
        for i in keys_a.get(st.key, ()):
            codes.add(i * nb + j)
    # A term in many sentences would pair them all (quadratic): it only scores.
    limit, df = cfg.max_seed_pairs_per_term, w.df
    seeds = {t for t, ca in w.count_a.items() if 0 < (df[t] - ca) * ca <= limit and t not in weak}
    post_a, post_b = _postings(a, seeds), _postings(b, seeds)
    for t, pa in post_a.items():
        pb = post_b[t]
        for i in pa:
            base = i * nb
            codes.update(base + j for j in pb)
    return codes


def candidate_codes(a: list[SentenceTerms], b: list[SentenceTerms], w: _Weights, cfg: CompareConfig):
    """:func:`candidate_pairs` as a sorted numpy array of codes: no Python int per pair.

    Two 20 MB documents seed millions of pairs: as a set of ints they took hundreds of
    megabytes. Each term's postings are crossed over arrays (a term pairs at most
    ``max_seed_pairs_per_term`` sentences, so no cross is large).
    """
    np = __import__("numpy")
    nb = len(b)
    # The same sentence on both sides is always a candidate, content words or not.
    keys_a: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(a):
        if st.key:
            keys_a[st.key].append(i)
    keys_b: dict[str, list[int]] = defaultdict(list)
    for j, st in enumerate(b):
        if st.key in keys_a:
            keys_b[st.key].append(j)
    lists_a, lists_b = [keys_a[k] for k in keys_b], list(keys_b.values())
    # A term in many sentences would pair them all (quadratic): it only scores.
    limit, df = cfg.max_seed_pairs_per_term, w.df
    seeds = {t for t, ca in w.count_a.items() if 0 < (df[t] - ca) * ca <= limit and t not in w.weak}
    post_a, post_b = _postings(a, seeds), _postings(b, seeds)
    lists_a += post_a.values()
    lists_b += map(post_b.__getitem__, post_a)  # (an empty list where B lacks the term)
    del seeds, post_a, post_b  # (the lists hold the postings: the dicts' memory goes before the crossing)
    return np.unique(_crosses(lists_a, lists_b, nb))


def _crosses(lists_a: list[list[int]], lists_b: list[list[int]], nb: int):
    """Codes ``i * nb + j`` of every ``(i, j)`` in ``pa x pb`` for each ``pa``, ``pb`` of the two lists.

    >>> _crosses([[0, 1], [4]], [[2, 3], [0]], 10).tolist()
    [2, 3, 12, 13, 40]
    """
    np = __import__("numpy")
    count = lambda lists: np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))  # noqa: E731
    len_a, len_b = count(lists_a), count(lists_b)
    flat_a = np.fromiter(chain.from_iterable(lists_a), dtype=np.int64, count=int(len_a.sum()))
    flat_b = np.fromiter(chain.from_iterable(lists_b), dtype=np.int64, count=int(len_b.sum()))
    start_b = np.cumsum(len_b) - len_b
    # Each A entry meets every B entry of its group: repeat it, and walk the group's B run.
    group_of_a = np.repeat(np.arange(len(lists_a), dtype=np.int64), len_a)
    times = len_b[group_of_a]
    i = np.repeat(flat_a, times)
    first = np.repeat(start_b[group_of_a] - (np.cumsum(times) - times), times)
    return i * nb + flat_b[first + np.arange(int(times.sum()), dtype=np.int64)]


def _cosines(a: SegmentedDocument, b: SegmentedDocument, encoder):
    """The ``len(a) x len(b)`` matrix of sentence-vector cosines."""
    va = encoder.encode([" ".join(a.sentence_text(i).split()) for i in range(len(a.sentences))])
    vb = encoder.encode([" ".join(b.sentence_text(j).split()) for j in range(len(b.sentences))])  # as pipeline._flat
    return va @ vb.T


def _nearest(cosine, k: int) -> set[tuple[int, int]]:
    """Each sentence's ``k`` nearest counterparts by cosine, both ways."""
    np = __import__("numpy")
    pairs: set[tuple[int, int]] = set()
    n_a, n_b = cosine.shape
    if not n_a or not n_b:
        return pairs
    rows = np.argsort(-cosine, axis=1, kind="stable")[:, :k]
    cols = np.argsort(-cosine, axis=0, kind="stable")[:k, :]
    pairs.update((i, int(j)) for i in range(n_a) for j in rows[i])
    pairs.update((int(i), j) for j in range(n_b) for i in cols[:, j])
    return pairs
