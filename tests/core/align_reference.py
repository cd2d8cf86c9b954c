"""The aligner's pair-by-pair reference, over sets of strings: the array code must give its very values.

The package works on rows of term ids and arrays of pairs (:mod:`kompare.core.align`);
these are the plain versions it was written from, kept here for the tests that check
the arrays against them, term by term and pair by pair.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from itertools import chain, count

from kompare.core.align.score import PairScore
from kompare.core.align.terms import _WEAK_TERMS, PairTerms, SentenceTerms, _numbered, _read
from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled
from kompare.core.model import Range, SegmentedDocument
from kompare.core.tokens import is_number_word


def sentence_terms(doc: SegmentedDocument, quoted: Sequence[Range] = ()) -> list[SentenceTerms]:
    """Terms of every compared sentence of ``doc`` as sets; ``quoted`` are quotation ranges.

    The pair-by-pair view of :func:`pair_terms` (the aligner itself works on its rows).

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> st = sentence_terms(segment(Document("Kim said “we will win.”")), [(9, 23)])[0]
    >>> sorted(st.unigrams), sorted(st.quoted), sorted(st.capitalised)
    (['kim', 'said', 'win'], ['win'], ['kim'])
    """
    ids: dict[str, int] = defaultdict(count().__next__)
    read = _read(doc, quoted, ids)
    (terms,), words = _numbered([read], ids)
    return PairTerms(terms, terms, words).sentences("a", keys=read[1])

def _sentence_counts(terms: list[SentenceTerms]) -> Counter:
    """In how many sentences each term (unigram or phrase) occurs."""
    return Counter(chain.from_iterable(chain(st.unigrams, st.phrases) for st in terms))

class Weights:
    """:class:`TermWeights` over sets of strings, term by term: the reference for tests.

    ``config``: the term weights' factors (``phrase_weight`` and the ones after it).
    """

    def __init__(self, a: list[SentenceTerms], b: list[SentenceTerms], config: CompareConfig | None = None):
        cfg = config or CompareConfig()
        self.quoted_bonus = cfg.quoted_term_bonus
        self.containment_share = cfg.containment_share
        # Counts only: postings (which sentences hold a term) are built for the seeding
        # terms alone, since most terms of two long documents are phrases seen once.
        self.count_a = _sentence_counts(a)  # sentences of A holding each term
        df: dict[str, int] = dict(self.count_a)
        for t, c in _sentence_counts(b).items():
            df[t] = df.get(t, 0) + c
        n = len(a) + len(b)
        self.df = df
        self._w: dict[str, float] = {}
        self.weak: set[str] = set()
        self.numeric: set[str] = set()
        # Squared, as in a tf-idf dot product: one rare shared word outweighs
        # several words the two articles use everywhere ("South Korea"). Worked out
        # once per sentence count, not per term: most terms of a long text share a few counts.
        idf = {d: math.log((n + 1) / d) ** 2 for d in set(df.values())}
        weights, phrase = self._w, cfg.phrase_weight
        for t, d in df.items():
            w = idf[d]
            if "_" in t:
                w *= phrase
            elif t in _WEAK_TERMS:
                w *= cfg.weak_term_weight
                self.weak.add(t)
            elif is_number_word(t):
                w *= cfg.number_weight
                self.numeric.add(t)
            weights[t] = w

    def __getitem__(self, term: str) -> float:
        return self._w[term]

    def total(self, st: SentenceTerms) -> float:
        """A sentence's weight, its quoted words counted twice (as in :func:`score_pair`)."""
        w = self._w
        get = w.__getitem__  # (map, not a generator: the same sums, faster for a sentence of a megabyte)
        return (
            sum(map(get, sorted(st.unigrams)))
            + sum(map(get, sorted(st.phrases)))
            + sum(w[t] * self.quoted_bonus for t in sorted(st.quoted))
        )

def _shared_weight(x: SentenceTerms, y: SentenceTerms, w: "Weights", shared_u: Collection[str], shared_p: Collection[str]) -> float:
    """Weight of the terms two sentences share, quoted words counted again (sorted sums: symmetric)."""
    ww = w._w
    get = ww.__getitem__
    s = sum(map(get, shared_u)) + sum(map(get, shared_p))
    quoted_both = x.quoted & y.quoted
    if quoted_both:
        s += sum(ww[t] * w.quoted_bonus for t in shared_u if t in quoted_both)
    return s

def pair_score(x: SentenceTerms, y: SentenceTerms, w: Weights, tx: float, ty: float) -> float:
    """Just the ``score`` of :func:`score_pair`, at a fraction of its cost: the pair-by-pair
    reference of the quick score that keeps each sentence's best few candidates
    (:func:`~kompare.core.align.table._quick_scores`).
    """
    if x.key == y.key and x.key:
        return 1.0
    if tx <= 0 or ty <= 0:
        return 0.0
    shared_u, shared_p = x.unigrams & y.unigrams, x.phrases & y.phrases
    # Summed in sorted order (see score_pair); one term or none needs no sorting.
    s = _shared_weight(
        x, y, w, sorted(shared_u) if len(shared_u) > 1 else shared_u, sorted(shared_p) if len(shared_p) > 1 else shared_p,
    )
    return round(max(min(1.0, 2 * s / (tx + ty)), w.containment_share * min(1.0, s / min(tx, ty))), 9)

def score_pair(x: SentenceTerms, y: SentenceTerms, w: Weights, tx: float, ty: float) -> PairScore:
    """Weighted Dice and containment of two sentences' terms (symmetric in x and y).

    ``tx`` and ``ty`` are the sentences' weights from :meth:`Weights.total`.
    Shared terms are summed in sorted order so that A-B and B-A give the very
    same floating-point score.
    """
    if x.key == y.key and x.key:
        n = len(x.unigrams)
        return PairScore(1.0, 1.0, 1.0, n, True, True, True, True, n, n, 0, len(x.phrases), len(x.quoted))
    if tx <= 0 or ty <= 0:
        return PairScore(0.0, 0.0, 0.0, 0, False)
    shared_u = sorted(x.unigrams & y.unigrams)
    shared_p = sorted(x.phrases & y.phrases)
    quoted_both = x.quoted & y.quoted
    s = _shared_weight(x, y, w, shared_u, shared_p)
    dice = min(1.0, 2 * s / (tx + ty))
    containment = min(1.0, s / min(tx, ty))
    weak = w.weak
    strong = [t for t in shared_u if t not in weak]
    signal = bool(shared_p) or bool(quoted_both) or not w.numeric.isdisjoint(strong)
    score = round(max(dice, w.containment_share * containment), 9)
    df = w.df
    rare_quote = any(df[t] == 2 and t not in weak for t in quoted_both)
    rare_phrase = any(df[t] == 2 for t in shared_p)
    lower_both = x.lower & y.lower
    shared_words = sum(1 for t in strong if t in lower_both)
    fewer = min(len(x.unigrams), len(y.unigrams))
    return PairScore(
        score, round(dice, 9), round(containment, 9), len(strong), signal, rare_quote, rare_phrase, False,
        shared_words, fewer, sum(1 for t in strong if t in w.numeric), len(shared_p), len(quoted_both),
    )

def quick_scores_each(codes: list[int], ta, tb, w: Weights, totals, headings, keep_zero: bool, should_cancel):
    """:func:`~kompare.core.align.table._quick_scores` pair by pair with :func:`pair_score`: the reference for tests."""
    np = __import__("numpy")
    (wa, wb), (heading_a, heading_b) = totals, headings
    nb = len(tb)
    ii, jj, vv = array("q"), array("q"), array("d")
    for n, code in enumerate(codes):
        if should_cancel is not None and n % 4096 == 0 and should_cancel():
            raise Cancelled()
        i, j = divmod(code, nb)
        x, y = ta[i], tb[j]
        if (heading_a[i] or heading_b[j]) and not (x.key == y.key and x.key):
            continue
        v = pair_score(x, y, w, wa[i], wb[j])
        if v > 0 or keep_zero:
            ii.append(i)
            jj.append(j)
            vv.append(v)
    return np.frombuffer(ii, dtype=np.int64), np.frombuffer(jj, dtype=np.int64), np.frombuffer(vv, dtype=float)

def _postings(terms: list[SentenceTerms], keep: set[str]) -> dict[str, list[int]]:
    """The sentences holding each term of ``keep``."""
    post: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(terms):
        # (Set intersections: a sentence of a megabyte has a hundred thousand terms.)
        for t in chain(keep.intersection(st.unigrams), keep.intersection(st.phrases)):
            post[t].append(i)
    return post

def candidate_pairs(a: list[SentenceTerms], b: list[SentenceTerms], w: Weights, cfg: CompareConfig) -> set[int]:
    """Sentence pairs sharing at least one term that is not too common: the set-of-strings reference of :func:`candidate_codes`.

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


def select_each(cands, probs: list[float], cfg: CompareConfig, quoted_pairs: set[tuple[int, int]], docs=None) -> list:
    """:func:`~kompare.core.align.select.align`'s choice of links, pair by pair over dicts and
    sets: the reference for its arrays. ``probs``: each candidate pair's probability;
    ``docs``: the two segmented documents, whose headings link apart from their neighbours."""
    from kompare.core.align.select import Group, _complementary, _is_heading

    threshold = cfg.link_threshold()
    probs = dict(zip(cands.pairs, probs))
    identical, rare_quote = cands.where("identical"), cands.where("rare_quote")
    accepted: dict[tuple[int, int], float] = {}
    twins_a: set[int] = set()
    twins_b: set[int] = set()
    for (i, j), prob in probs.items():
        same = (i, j) in identical
        if same or (i, j) in quoted_pairs:
            accepted[(i, j)] = 1.0  # (links on the copy or the quotation alone: certain)
        elif prob >= threshold:
            accepted[(i, j)] = prob
        if same:
            twins_a.add(i)
            twins_b.add(j)
    accepted = {(i, j): p for (i, j), p in accepted.items() if (i, j) in identical or (i not in twins_a and j not in twins_b)}
    for i, j in quoted_pairs:
        if (i, j) not in probs and i not in twins_a and j not in twins_b:
            accepted[(i, j)] = 1.0
    groups: dict = {}
    merged: set[tuple[int, int]] = set()
    ta, tb, weak = cands.terms.a.unigrams, cands.terms.b.unigrams, cands.weights.weak if cands.weights else None
    na, nb = len(cands.terms.a), len(cands.terms.b)
    floor = threshold * cfg.split_probability_factor

    def joins(pair, whole, part1, part2) -> bool:
        if pair in merged or pair not in probs:
            return False
        if pair not in accepted and probs[pair] < floor and pair not in rare_quote:
            return False
        return _complementary(*(rows.row(n) for rows, n in (whole, part1, part2)), weak, cfg)

    for (i, j), prob in sorted(accepted.items()):
        if (i, j) in merged:
            continue
        group = None
        for k in (j + 1, j - 1):
            if 0 <= k < nb and joins((i, k), (ta, i), (tb, j), (tb, k)):
                group, other = ((i,), tuple(sorted((j, k)))), (i, k)
                break
        if group is None:
            for k in (i + 1, i - 1):
                if 0 <= k < na and joins((k, j), (tb, j), (ta, i), (ta, k)):
                    group, other = (tuple(sorted((i, k))), (j,)), (k, j)
                    break
        if group is None:
            groups[((i,), (j,))] = prob
            continue
        p = max(prob, accepted.get(other, 0.0))
        side, near, k = (1, j, other[1]) if len(group[1]) == 2 else (0, i, other[0])
        if docs is not None and (_is_heading(docs[side], near) or _is_heading(docs[side], k)):
            groups[((i,), (j,))] = groups[(other[:1], other[1:])] = p  # a headline and its lede: two links
        else:
            groups[group] = p
        merged.update({(i, j), other})
    return sorted((Group(ga, gb, round(p, 6)) for (ga, gb), p in groups.items()), key=lambda g: (g.a, g.b))
