"""Candidate pairs of sentences: the ones sharing a term that is not too common (inverted-index seeding)."""

from __future__ import annotations

from kompare.core.align.terms import DocTerms, PairTerms, TermWeights
from kompare.core.config import CompareConfig
from kompare.core.encoder import flat
from kompare.core.model import SegmentedDocument


def candidate_codes(terms: PairTerms, w: TermWeights, cfg: CompareConfig):
    """Sentence pairs sharing at least one term that is not too common, as a sorted numpy
    array of codes ``i * len(b) + j`` (the same sentence on both sides is always one).

    Two 20 MB documents seed millions of pairs: as a set of ints they took hundreds of
    megabytes. Each term's postings are crossed over arrays (a term pairs at most
    ``max_seed_pairs_per_term`` sentences, so no cross is large).

    >>> from kompare.core.align.terms import pair_terms
    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> t = pair_terms(segment(Document("Kim met Putin. Rain fell. Rain fell.")), segment(Document("Rain fell. Putin left.")))
    >>> candidate_codes(t, TermWeights(t), CompareConfig()).tolist()  # (0, 1), (1, 0), (2, 0)
    [1, 2, 4]
    """
    np = __import__("numpy")
    from kompare.core.termsums import sorted_unique

    # A term in many sentences would pair them all (quadratic): it only scores.
    pairs = w.count_a * (w.df - w.count_a)
    seeds = (pairs > 0) & (pairs <= cfg.max_seed_pairs_per_term) & ~w.weak
    seeds &= pairs <= _within_budget(pairs[seeds], cfg.max_seed_crossings)
    # A sentence both documents repeat pairs copy to copy; where that would make more pairs
    # than a term may, each copy pairs with its nearest copies only (see _nearest_copies).
    crowded = _crowded_keys(terms.a.keys, terms.b.keys, cfg.max_seed_pairs_per_term)
    group_a, sent_a = _postings_of(terms.a, seeds, crowded)
    group_b, sent_b = _postings_of(terms.b, seeds, crowded)
    codes = [_nearest_copies(terms.a.keys, terms.b.keys, crowded, cfg.candidates_per_sentence)]
    for part in _cross_chunks(group_a, group_b):
        codes.append(sorted_unique(_crosses(group_a[part], sent_a[part], group_b, sent_b, len(terms.b)), copy=False))
    joined = np.concatenate(codes)
    codes.clear()  # (millions of codes for long documents: the chunks freed before the sort)
    return sorted_unique(joined, copy=False)


def _within_budget(pairs, budget: int) -> float:
    """The most pairs a seeding term may make so that all of them (each term's ``pairs``)
    make at most ``budget`` in all: the rarest terms are kept first, and the terms that make
    as many as the first one left out are left out with it.

    >>> np = __import__("numpy")
    >>> _within_budget(np.array([4, 1, 2, 2, 9]), 100), _within_budget(np.array([4, 1, 2, 2, 9]), 6)
    (inf, 3)
    >>> _within_budget(np.array([4, 1, 2, 2, 9]), 9), _within_budget(np.array([2, 2, 2]), 3)
    (8, 1)
    """
    np = __import__("numpy")
    ordered = np.sort(pairs)
    totals = np.cumsum(ordered)
    if not len(totals) or totals[-1] <= budget:
        return float("inf")
    first_out = int(ordered[np.searchsorted(totals, budget, side="right")])
    return first_out - 1


def _postings_of(doc: DocTerms, seeds, crowded):
    """Which sentences hold each seeding term, and each sentence's key: arrays of groups and
    sentences, sorted by group (a term's id, or the number of terms plus a key's id).

    The same sentence on both sides is always a candidate, content words or not: its key
    is a group of its own (but a ``crowded`` one: a boolean per key id; see :func:`_nearest_copies`).
    """
    np = __import__("numpy")
    groups, sentences = [], []
    for rows in (doc.unigrams, doc.phrases):
        hit = seeds[rows.ids]
        groups.append(rows.ids[hit])
        sentences.append(rows.owners()[hit])
    keyed = np.flatnonzero(doc.keys)
    keyed = keyed[~crowded[doc.keys[keyed]]]
    groups.append(len(seeds) + doc.keys[keyed])
    sentences.append(keyed)
    group, sentence = np.concatenate(groups), np.concatenate(sentences)
    order = np.argsort(group, kind="stable")
    return group[order], sentence[order]


def _crowded_keys(keys_a, keys_b, most: int):
    """For each key id, would its sentences pair more than ``most`` times across (copies in A
    times copies in B)?

    >>> np = __import__("numpy")
    >>> _crowded_keys(np.array([0, 1, 1, 2, 1]), np.array([1, 2, 1, 0]), 5).tolist()
    [False, True, False]
    """
    np = __import__("numpy")
    size = int(max(keys_a.max(initial=0), keys_b.max(initial=0))) + 1
    counts_a, counts_b = np.bincount(keys_a, minlength=size), np.bincount(keys_b, minlength=size)
    crowded = counts_a * counts_b > most
    crowded[0] = False  # (no key: no sentence to copy)
    return crowded


def _nearest_copies(keys_a, keys_b, crowded, k: int):
    """Codes ``i * len(B) + j`` pairing each copy of a crowded sentence with its ``k`` nearest
    copies on the other side by place (``i / len(A)`` against ``j / len(B)``; of two as near,
    the first), both ways.

    Every copy to every copy is quadratic: two logs that each repeat one line 20,000 times
    made 400 million pairs, and the memory ran out. Each copy links in place (found from
    the links of the sentences beside it, candidates or not) or to its nearest anyway
    (boilerplate.py).

    >>> np = __import__("numpy")
    >>> keys_a, keys_b = np.array([7, 7, 7, 7, 0]), np.array([0, 7, 7, 7, 7])
    >>> crowded = np.zeros(8, dtype=bool); crowded[7] = True
    >>> [divmod(c, 5) for c in _nearest_copies(keys_a, keys_b, crowded, 1).tolist()]
    [(0, 1), (1, 1), (2, 2), (3, 3), (3, 4)]
    """
    np = __import__("numpy")
    from kompare.core.termsums import sorted_unique

    na, nb = len(keys_a), len(keys_b)
    out = [np.zeros(0, dtype=np.int64)]
    ids_a, ids_b = np.flatnonzero(crowded[keys_a]), np.flatnonzero(crowded[keys_b])
    ids_a, ids_b = ids_a[np.argsort(keys_a[ids_a], kind="stable")], ids_b[np.argsort(keys_b[ids_b], kind="stable")]
    of_a, of_b = keys_a[ids_a], keys_b[ids_b]
    window = np.arange(-k, k)
    for key in np.flatnonzero(crowded).tolist():
        pa = ids_a[np.searchsorted(of_a, key):np.searchsorted(of_a, key, side="right")]
        pb = ids_b[np.searchsorted(of_b, key):np.searchsorted(of_b, key, side="right")]
        # Places as integers (i * len(B) against j * len(A)): read alike from either side.
        for mine, other, at_mine, at_other, a_side in ((pa, pb, nb, na, True), (pb, pa, na, nb, False)):
            target, places = mine * at_mine, other * at_other  # (both sorted)
            near = np.searchsorted(places, target)[:, None] + window  # (the k nearest lie in it)
            inside = (near >= 0) & (near < len(other))
            near = np.clip(near, 0, len(other) - 1)
            far = np.where(inside, np.abs(places[near] - target[:, None]), np.iinfo(np.int64).max // 2)
            best = np.argsort(far, axis=1, kind="stable")[:, :k]  # (stable: of two as near, the first)
            rows = np.arange(len(mine))[:, None]
            picked = inside[rows, best]
            mates, own = other[near[rows, best][picked]], np.repeat(mine, picked.sum(axis=1))
            out.append(own * nb + mates if a_side else mates * nb + own)
    return sorted_unique(np.concatenate(out), copy=False)


#: Sentence pairs crossed at once by :func:`candidate_codes` (memory only: the codes are the same).
_CROSS_PAIRS = 1_000_000


def _cross_chunks(group_a, group_b, limit: int | None = None) -> list[slice]:
    """Slices of A's postings whose crosses with B's make about ``limit`` pairs each
    (:data:`_CROSS_PAIRS` by default).

    >>> np = __import__("numpy")
    >>> _cross_chunks(np.array([0, 0, 1]), np.array([0, 0, 0, 1]), 4)
    [slice(0, 1, None), slice(1, 3, None)]
    """
    from kompare.core.termsums import pair_chunks

    np = __import__("numpy")
    times = np.searchsorted(group_b, group_a, side="right") - np.searchsorted(group_b, group_a, side="left")
    return pair_chunks(times, _CROSS_PAIRS if limit is None else limit)


def _crosses(group_a, sent_a, group_b, sent_b, nb: int):
    """Codes ``i * nb + j`` of every A sentence ``i`` and B sentence ``j`` in one group (groups sorted).

    >>> np = __import__("numpy")
    >>> _crosses(np.array([0, 0, 1]), np.array([0, 1, 4]), np.array([0, 0, 1]), np.array([2, 3, 0]), 10).tolist()
    [2, 3, 12, 13, 40]
    """
    np = __import__("numpy")
    lo = np.searchsorted(group_b, group_a, side="left")
    times = np.searchsorted(group_b, group_a, side="right") - lo
    # Each A entry meets every B entry of its group: repeat it, and walk the group's B run.
    i = np.repeat(sent_a, times)
    first = np.repeat(lo - (np.cumsum(times) - times), times)
    return i * nb + sent_b[first + np.arange(len(i), dtype=np.int64)]


def encoder_texts(doc: SegmentedDocument) -> list[str]:
    """Each sentence of ``doc`` as the encoder reads it (whitespace made single).

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> encoder_texts(segment(Document("Kim  met   Putin. They talked.")))
    ['Kim met Putin.', 'They talked.']
    """
    return [flat(doc.sentence_text(i)) for i in range(len(doc.sentences))]


def _cosines(a: SegmentedDocument, b: SegmentedDocument, encoder):
    """The ``len(a) x len(b)`` matrix of sentence-vector cosines."""
    return encoder.encode(encoder_texts(a)) @ encoder.encode(encoder_texts(b)).T


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
