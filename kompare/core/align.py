"""Link the sentences of A and B that state the same claim, in any order, many to many.

The three steps of text-reuse detection (seed, score, select), with a learned score:

1. *Seed.*  Every sentence becomes a bag of weighted terms: content-word stems,
   stem bigrams (phrases) and numbers.  Weights are inverse sentence
   frequencies over both documents, damped for news boilerplate ("said",
   "Thursday").  Candidate pairs come from an inverted index of terms (a term
   in too many sentence pairs only scores, never seeds), and each sentence
   keeps its few best candidates by weighted Dice.
2. *Score.*  Each candidate pair is described by explainable evidence (shared
   rare phrases, numbers, names, quoted words, plain words, rank among the
   other's candidates, aligned neighbours: see :mod:`kompare.core.evidence`),
   and a logistic model learned on hand-labelled pairs gives the probability
   that a careful reader links them.
3. *Select.*  Every pair above the threshold set by the sensitivity links:
   a sentence may link to every counterpart that states its claim (the
   headline, the lede and the body).  Two neighbouring sentences that each
   carry a different part of one counterpart's claim (a sentence split in two)
   form one link with it.

Everything is symmetric in A and B (the caller also fixes the orientation, see
pipeline.py), so swapping the documents mirrors the result.

>>> from kompare.core.model import Document
>>> from kompare.core.segment import segment
>>> a = segment(Document("The treaty calls for military assistance without delay. Kim hosted a banquet."))
>>> b = segment(Document("Crowds cheered in Pyongyang. The pact calls for military assistance without any delay."))
>>> [(g.a, g.b) for g in align(a, b)]
[((0,), (1,))]
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, repeat
from typing import NamedTuple

from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled
from kompare.core.model import Range, SegmentedDocument
from kompare.core.evidence import Features, LinkModel
from kompare.core.tokens import WEAK_WORDS, is_content, is_number_word, stem, token_columns

#: Boilerplate as terms are stems: "said" is "said", "officials" is "offici".
_WEAK_TERMS = WEAK_WORDS | frozenset(stem(w) for w in WEAK_WORDS)


_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SentenceTerms:
    """What one sentence says, as terms: unigrams, phrases, and the words it quotes."""

    unigrams: frozenset[str]
    phrases: frozenset[str]
    quoted: frozenset[str]
    lower: frozenset[str]  # stems written in lower case here: words, not names
    key: str  # the sentence's words, normalised: equal keys mean the same sentence
    # Stems of content words written with a capital here (names, once the stems written
    # in lower case anywhere are taken out). Kept instead of the sentence's tokens: a
    # Token per word was most of the memory of two 10 MB documents.
    capitalised: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Group:
    """A proposed link: sentence ids of A and B, and the best pair score inside it."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


def sentence_terms(doc: SegmentedDocument, quoted: Sequence[Range] = ()) -> list[SentenceTerms]:
    """Terms of every compared sentence of ``doc``; ``quoted`` are quotation ranges."""
    text = doc.text
    qs = sorted(quoted)
    # A word is quoted when some quotation starting at or before it reaches past its end:
    # the furthest end among quotations sorted by start answers that by bisection, so a
    # long quotation holding thousands of short ones is not rescanned for every sentence.
    q_starts = [q[0] for q in qs]
    q_reach = list(accumulate((q[1] for q in qs), max))
    # One string per distinct phrase, not one per occurrence: a long document repeats
    # its phrases thousands of times (and equal strings that are one object compare fast).
    one = {}.setdefault
    out = []
    char = text.__getitem__
    # Word by word through map and compress (no Python-level loop per word: a long
    # document has millions of them).
    for s in doc.sentences:
        starts, ends, norms, stems = token_columns(text, s.start, s.end)
        is_c = list(map(is_content, norms))
        content = list(compress(stems, is_c))  # the content words' stems, in order
        unigrams = frozenset(content)
        pairs = list(map("_".join, zip(content, content[1:])))
        phrases = frozenset(map(one, pairs, pairs))
        in_quote = set()
        k = bisect_left(q_starts, s.end)
        if k and q_reach[k - 1] > s.start:
            for c in compress(range(len(norms)), is_c):
                k = bisect_right(q_starts, starts[c])
                if k and q_reach[k - 1] >= ends[c]:
                    in_quote.add(stems[c])
        lower = frozenset(compress(content, compress(map(str.islower, map(char, starts)), is_c)))
        caps = frozenset(compress(stems, map(str.isupper, map(char, starts)))) & unigrams
        # Equal sets as one object (a set costs some 200 bytes even empty): memory of long documents.
        lower = unigrams if lower == unigrams else lower or _NONE
        quoted_here = frozenset(in_quote) or _NONE
        out.append(SentenceTerms(unigrams, phrases, quoted_here, lower, " ".join(norms), caps or _NONE))
    return out


def _postings(terms: list[SentenceTerms], keep: set[str]) -> dict[str, list[int]]:
    """The sentences holding each term of ``keep``."""
    post: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(terms):
        # (Set intersections: a sentence of a megabyte has a hundred thousand terms.)
        for t in chain(keep.intersection(st.unigrams), keep.intersection(st.phrases)):
            post[t].append(i)
    return post


def _sentence_counts(terms: list[SentenceTerms]) -> Counter:
    """In how many sentences each term (unigram or phrase) occurs."""
    return Counter(chain.from_iterable(chain(st.unigrams, st.phrases) for st in terms))


class _Weights:
    """Inverse sentence frequency over both documents, damped for boilerplate.

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


class PairScore(NamedTuple):
    """Evidence that two sentences tell the same thing (a tuple: made ~40,000 times a MB)."""

    score: float
    dice: float
    containment: float
    shared_strong: int  # shared content stems that are not boilerplate
    strong_signal: bool  # a shared phrase, quoted word or number
    rare_quote: bool = False  # both quote a word no other sentence of either document has
    rare_phrase: bool = False  # both use a phrase no other sentence has
    identical: bool = False  # the same words in the same order
    shared_words: int = 0  # shared strong terms written in lower case in both (not names)
    fewer_terms: int = 0  # content terms of the sentence with fewer: a heading has few
    shared_numbers: int = 0
    shared_phrases: int = 0
    shared_quoted: int = 0


def _shared_weight(x: SentenceTerms, y: SentenceTerms, w: "_Weights", shared_u: Collection[str], shared_p: Collection[str]) -> float:
    """Weight of the terms two sentences share, quoted words counted again (sorted sums: symmetric)."""
    ww = w._w
    get = ww.__getitem__
    s = sum(map(get, shared_u)) + sum(map(get, shared_p))
    quoted_both = x.quoted & y.quoted
    if quoted_both:
        s += sum(ww[t] * w.quoted_bonus for t in shared_u if t in quoted_both)
    return s


def pair_score(x: SentenceTerms, y: SentenceTerms, w: _Weights, tx: float, ty: float) -> float:
    """Just the ``score`` of :func:`score_pair`, at a fraction of its cost.

    Every seeded pair needs it (to keep each sentence's best few); the rest of the
    evidence is only worked out for the pairs kept.
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


def score_pair(x: SentenceTerms, y: SentenceTerms, w: _Weights, tx: float, ty: float) -> PairScore:
    """Weighted Dice and containment of two sentences' terms (symmetric in x and y).

    ``tx`` and ``ty`` are the sentences' weights from :meth:`_Weights.total`.
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


def _is_heading(text: str, cfg: CompareConfig) -> bool:
    """A section heading: a few words in capitals, no lower-case letter.

    >>> _is_heading("THREATS TO SOUTH KOREA", CompareConfig()), _is_heading("Kim met Putin", CompareConfig())
    (True, False)
    """
    return not any(c.islower() for c in text) and len(text.split()) <= cfg.heading_words


@dataclass(frozen=True)
class Candidates:
    """Scored candidate pairs of two documents and their evidence."""

    terms_a: list[SentenceTerms]
    terms_b: list[SentenceTerms]
    weights: _Weights
    scores: dict[tuple[int, int], PairScore]
    features: dict[tuple[int, int], Features]

    def matrix(self):
        """The features as an array: a row per candidate pair (in the dict's order), a column per feature."""
        np = __import__("numpy")
        width = len(Features._fields)
        flat = np.fromiter(chain.from_iterable(self.features.values()), dtype=float, count=len(self.features) * width)
        return flat.reshape(len(self.features), width)


def candidates(
    a: SegmentedDocument,
    b: SegmentedDocument,
    *,
    config: CompareConfig | None = None,
    quoted_a: Sequence[Range] = (),
    quoted_b: Sequence[Range] = (),
    should_cancel: Callable[[], bool] | None = None,
    encoder=None,
) -> Candidates:
    """Every candidate pair worth a look, with its :class:`~kompare.core.evidence.Features`.

    ``encoder``: a :class:`~kompare.core.encoder.SentenceEncoder`, or None to work lexically.
    """
    np = __import__("numpy")  # (imported late: the command line starts faster without it)
    cfg = config or CompareConfig()
    ta = sentence_terms(a, quoted_a)
    tb = sentence_terms(b, quoted_b)
    if not ta or not tb:
        return Candidates(ta, tb, None, {}, {})  # type: ignore[arg-type]
    w = _Weights(ta, tb, cfg)
    codes = candidate_codes(ta, tb, w, cfg)
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    cosine = None
    if encoder is not None:
        cosine = _cosines(a, b, encoder)
        nearest = [i * len(tb) + j for i, j in _nearest(cosine, cfg.candidates_per_sentence)]
        codes = np.union1d(codes, np.array(nearest, dtype=np.int64))
    # Many pairs are scored over arrays, a few one by one: the same values either way.
    table = _TermTable(ta, tb, w, should_cancel) if len(codes) >= _ARRAY_PAIRS else None
    wa, wb = (table.totals("a"), table.totals("b")) if table else ([w.total(x) for x in ta], [w.total(y) for y in tb])
    heading_a = [_is_heading(a.sentence_text(i), cfg) for i in range(len(ta))]
    heading_b = [_is_heading(b.sentence_text(j), cfg) for j in range(len(tb))]
    headings = (heading_a, heading_b)
    if table:
        ii, jj, quick = _quick_scores(codes, ta, tb, table, (wa, wb), headings, cosine is not None, should_cancel)
    else:
        ii, jj, quick = _quick_scores_each(codes.tolist(), ta, tb, w, (wa, wb), headings, cosine is not None, should_cancel)
    keys = [quick] if cosine is None else [quick, cosine[ii, jj].astype(float)]
    kept = _best_few(ii, jj, keys, cfg.candidates_per_sentence)
    del codes, ii, jj, quick, keys  # millions of pairs for long documents: free them before the evidence
    if table:
        kept_i = np.array([i for i, _ in kept], dtype=np.int64)
        kept_j = np.array([j for _, j in kept], dtype=np.int64)
        scored = dict(zip(kept, _score_pairs(kept_i, kept_j, table, (wa, wb))))
        del table, kept_i, kept_j  # the term rows: memory the features below need more
    else:
        scored = {(i, j): score_pair(ta[i], tb[j], w, wa[i], wb[j]) for i, j in kept}
    del kept
    keys = list(scored)
    feats = dict(zip(keys, _features(keys, scored, ta, tb, w, (wa, wb), cosine)))
    return Candidates(ta, tb, w, scored, feats)


def _features(keys: list[tuple[int, int]], scored: dict, ta, tb, w: _Weights, totals, cosine) -> list[Features]:
    """The :class:`~kompare.core.evidence.Features` of the pairs ``keys`` (sorted).

    Worked out over arrays, to the very floats a pair-by-pair computation gives (the
    same operations on the same doubles, rounding as Python's ``round``): a Vim-sized
    pair of texts has a hundred thousand candidate pairs.
    """
    np = __import__("numpy")
    from kompare.core.termsums import round9

    n, na, nb = len(keys), len(ta), len(tb)
    if not n:
        return []
    ii = np.fromiter((i for i, _ in keys), dtype=np.int64, count=n)
    jj = np.fromiter((j for _, j in keys), dtype=np.int64, count=n)
    objects = list(zip(*scored.values()))  # PairScore's fields, as columns of their own objects
    (score, dice, containment, strong, signal, rare_quote, rare_phrase, identical, words, fewer, numbers,
     phrases, quoted) = map(np.array, objects)
    objects = objects[1], objects[2]  # the Dice and containment floats go into the Features as they are
    lower_a = frozenset().union(*(st.lower for st in ta))
    lower_b = frozenset().union(*(st.lower for st in tb))
    names_a = [st.capitalised - lower_a for st in ta]
    names_b = [st.capitalised - lower_b for st in tb]
    # Shared strong stems found in no other sentence of either document, per sentence.
    once = {t for t, ca in w.count_a.items() if ca == 1 and w.df[t] == 2 and t not in w.weak}
    only_a = [st.unigrams & once for st in ta]
    only_b = [st.unigrams & once for st in tb]
    names = [len(names_a[i] & names_b[j]) for i, j in keys]
    exclusive = [len(only_a[i] & only_b[j]) for i, j in keys]
    wa, wb = np.array(totals[0], dtype=float)[ii], np.array(totals[1], dtype=float)[jj]
    low, high = np.minimum(wa, wb), np.maximum(wa, wb)
    with np.errstate(divide="ignore", invalid="ignore"):
        cover_low = np.where(high > 0, round9(np.where(high > 0, containment * low / high, 0.0)), 0.0)
    ra, rb = 1.0 / _rank_in(ii, score), 1.0 / _rank_in(jj, score)
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
        semantic_rank = (1.0 / _rank_in(ii, semantic) + 1.0 / _rank_in(jj, semantic)) / 2
    else:
        semantic = semantic_rank = np.zeros(n)
    counts = dict(strong=strong, words=words, names=np.array(names), numbers=numbers, phrases=phrases,
                  quoted=quoted, exclusive=np.array(exclusive))
    flags = dict(rare=rare_phrase | rare_quote, mutual=_mutual_in(ii, jj, score), identical=identical,
                 short=fewer <= 4, top=top)
    values = dict(cover_low=cover_low, rank=(ra + rb) / 2,
                  rank_low=np.minimum(ra, rb), neighbours=near, position=1.0 - np.abs(ii / na - jj / nb),
                  semantic=semantic, semantic_rank=semantic_rank)
    # The Features hold Python floats, one object for equal values where that is free (a
    # count's log, a flag, the pair's own Dice), as the pair-by-pair loop's did; and they are
    # made a slice of pairs at a time: the Vim pair's two million values as new floats, all
    # at once, took 50 MB more at the peak of the comparison.
    def column(f: str, part: slice) -> list:
        """Feature ``f`` of the pairs ``part``, as Python floats."""
        if f in ("dice", "containment"):
            return objects[f == "containment"][part]
        if f in counts:
            return _log1p_list(counts[f][part])
        if f in flags:
            return list(map((0.0, 1.0).__getitem__, flags[f][part].tolist()))
        if cosine is None and f.startswith("semantic"):
            return [0.0] * len(ii[part])
        return values[f][part].tolist()

    rows: list = []
    for lo in range(0, n, _FEATURE_ROWS):
        part = slice(lo, lo + _FEATURE_ROWS)
        rows += map(tuple.__new__, repeat(Features), zip(*(column(f, part) for f in Features._fields)))
    return rows


#: Pairs whose Features are made at once (speed only: bounds the memory of the Python
#: floats on their way into the Features).
_FEATURE_ROWS = 8192


_LOG1P = tuple(math.log1p(n) for n in range(64))


def _log1p(n: int) -> float:
    """``math.log1p(n)`` of a count, from a table: features of a million pairs share the floats.

    >>> _log1p(3) == math.log1p(3), _log1p(100) == math.log1p(100)
    (True, True)
    """
    return _LOG1P[n] if n < 64 else math.log1p(n)


def _log1p_list(counts) -> list[float]:
    """:func:`_log1p` of each count, as a list of the table's very float objects.

    >>> _log1p_list([0, 3, 100]) == [_log1p(0), _log1p(3), _log1p(100)], _log1p_list([3])[0] is _log1p(3)
    (True, True)
    """
    return list(map(_log1p, counts.tolist() if hasattr(counts, "tolist") else counts))


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


#: Candidate pairs from which scoring over arrays pays for building the term table
#: (speed only: :func:`_quick_scores` and :func:`_quick_scores_each` give the same values).
_ARRAY_PAIRS = 20_000


def _quick_scores_each(codes: list[int], ta, tb, w: _Weights, totals, headings, keep_zero: bool, should_cancel):
    """:func:`_quick_scores` pair by pair with :func:`pair_score`: for a few pairs, and the reference."""
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


def _quick_scores(codes: list[int], ta, tb, table: "_TermTable", totals, headings, keep_zero: bool, should_cancel):
    """Arrays ``i``, ``j`` and :func:`pair_score` of the candidate pairs worth keeping.

    ``codes``: the pairs as sorted codes ``i * len(tb) + j`` (see :func:`candidate_pairs`).
    Pairs with a section heading ("THREATS TO SOUTH KOREA": a topic, not a claim) are
    left out unless identical, and so are pairs scoring 0 unless ``keep_zero``.  Worked
    out over arrays (:mod:`kompare.core.termsums`), to the same floats as
    :func:`pair_score`, which scoring each of a million pairs in Python was much slower.
    """
    np = __import__("numpy")
    from kompare.core.termsums import round9

    (wa, wb), (heading_a, heading_b) = totals, headings
    ii, jj = np.divmod(np.array(codes, dtype=np.int64), len(tb))
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    same = _same_sentences(ii, jj, ta, tb)
    keep = ~(np.array(heading_a, dtype=bool)[ii] | np.array(heading_b, dtype=bool)[jj]) | same
    ii, jj, same = ii[keep], jj[keep], same[keep]
    s = table.shared_weight(ii, jj)
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    tx, ty = np.array(wa)[ii], np.array(wb)[jj]
    empty = (tx <= 0) | (ty <= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        v = np.maximum(np.minimum(1.0, 2 * s / (tx + ty)), table.containment_share * np.minimum(1.0, s / np.minimum(tx, ty)))
    # Python's round (correctly rounded, as in pair_score), not numpy's (scaled).
    v = round9(np.where(empty, 0.0, v))
    v[same] = 1.0
    if not keep_zero:
        keep = v > 0
        ii, jj, v = ii[keep], jj[keep], v[keep]
    return ii, jj, v


def _same_sentences(ii, jj, ta: list[SentenceTerms], tb: list[SentenceTerms]):
    """For each pair ``(ii[n], jj[n])``: are the two the same sentence (equal, non-empty keys)?

    >>> np = __import__("numpy")
    >>> t = lambda key: SentenceTerms(frozenset(), frozenset(), frozenset(), frozenset(), key)
    >>> _same_sentences(np.array([0, 0, 1]), np.array([0, 1, 1]), [t("a b"), t("")], [t("a b"), t("")]).tolist()
    [True, False, False]
    """
    np = __import__("numpy")
    key_ids: dict[str, int] = {"": 0}  # the empty key is never "the same sentence"
    key_a = np.fromiter((key_ids.setdefault(x.key, len(key_ids)) for x in ta), dtype=np.int64, count=len(ta))
    key_b = np.fromiter((key_ids.setdefault(y.key, len(key_ids)) for y in tb), dtype=np.int64, count=len(tb))
    return (key_a[ii] == key_b[jj]) & (key_a[ii] != 0)


class _TermTable:
    """The terms of every sentence of A and B as rows of term ids (see :mod:`kompare.core.termsums`).

    Ids follow the terms' sorted order, so sums over rows run in the sorted order that
    :meth:`_Weights.total` and :func:`score_pair` use, and give the same floats.
    """

    def __init__(self, a: list[SentenceTerms], b: list[SentenceTerms], w: _Weights, should_cancel=None):
        np = __import__("numpy")

        self.terms_a, self.terms_b = a, b
        self.should_cancel = should_cancel  # asked between chunks of pairs
        terms = sorted(w.df)
        self.index = {t: n for n, t in enumerate(terms)}
        self.weights = np.fromiter(map(w._w.__getitem__, terms), dtype=float, count=len(terms))
        self.quoted_bonus, self.containment_share = w.quoted_bonus, w.containment_share
        self.weak, self.numeric = (self._flags(which) for which in (w.weak, w.numeric))
        self.rare = np.fromiter(map(w.df.__getitem__, terms), dtype=np.int64, count=len(terms)) == 2  # one a side
        self._rows: dict[tuple[str, str], object] = {}

    def _flags(self, which: Collection[str]):
        """A boolean per term id: is the term in ``which``?"""
        np = __import__("numpy")
        flags = np.zeros(len(self.index), dtype=bool)
        flags[np.fromiter(map(self.index.__getitem__, which), dtype=np.int64, count=len(which))] = True
        return flags

    def rows(self, side: str, part: str):
        """The rows of one field of :class:`SentenceTerms` ("unigrams", ...) of side "a" or "b"."""
        got = self._rows.get((side, part))
        if got is None:
            terms = self.terms_a if side == "a" else self.terms_b
            got = self._rows[(side, part)] = self.rows_of([getattr(st, part) for st in terms])
        return got

    def rows_of(self, sets: list[Collection[str]]):
        """Rows for sets of terms of the documents (one set per sentence)."""
        from kompare.core.termsums import TermRows

        return TermRows.of(sets, self.index)

    def totals(self, side: str) -> list[float]:
        """Each sentence's weight, as :meth:`_Weights.total` gives it."""
        from kompare.core.termsums import row_sums

        u, p, q = (row_sums(self.rows(side, part), weights) for part, weights in self._parts())
        return ((u + p) + q).tolist()

    def _parts(self) -> tuple:
        """The weight of a term as a unigram, as a phrase, as a quoted word (each term by itself)."""
        return ("unigrams", self.weights), ("phrases", self.weights), ("quoted", self.weights * self.quoted_bonus)

    def shared(self, part: str, ii, jj) -> tuple:
        """The terms of ``part`` that the pairs ``(ii[n], jj[n])`` share: arrays of pair numbers and term ids."""
        from kompare.core.termsums import shared_terms

        return shared_terms(self.rows("a", part), self.rows("b", part), ii, jj)

    def chunks(self, ii, jj) -> list:
        """Slices of the pairs to work on at once (see :func:`kompare.core.termsums.pair_chunks`)."""
        from kompare.core.termsums import pair_chunks

        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled()

        def size(side: str):  # terms a sentence brings to the gathering
            return sum(__import__("numpy").diff(self.rows(side, part).ptr) for part in ("unigrams", "phrases"))

        return pair_chunks(size("a")[ii] + size("b")[jj])

    def shared_weight(self, ii, jj):
        """:func:`_shared_weight` of the pairs ``(ii[n], jj[n])``, as an array."""
        np = __import__("numpy")

        out = np.zeros(len(ii))
        for part in self.chunks(ii, jj):
            if self.should_cancel is not None and self.should_cancel():
                raise Cancelled()
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
    """:func:`score_pair` of the pairs ``(ii[n], jj[n])``, worked out over arrays: the same values.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> a = segment(Document("Kim met Putin in Pyongyang on “a historic day”. The 2 men signed."))
    >>> b = segment(Document("Putin met Kim on “a historic day”. Rain fell. The 2 men signed."))
    >>> ta, tb = sentence_terms(a, [(30, 46)]), sentence_terms(b, [(17, 33)])  # the quotations
    >>> w = _Weights(ta, tb)
    >>> table = _TermTable(ta, tb, w)
    >>> totals = table.totals("a"), table.totals("b")
    >>> ii, jj = __import__("numpy").array([0, 0, 1, 1]), __import__("numpy").array([0, 2, 1, 2])
    >>> _score_pairs(ii, jj, table, totals) == [
    ...     score_pair(ta[i], tb[j], w, totals[0][i], totals[1][j]) for i, j in zip(ii, jj)]
    True
    """
    np = __import__("numpy")
    from kompare.core.termsums import round9

    parts = [_evidence(ii[part], jj[part], table) for part in table.chunks(ii, jj)]
    if not parts:
        return []
    s, strong, numbers, phrases, quoted, rare_quote, rare_phrase, words = (np.concatenate(c) for c in zip(*parts))
    tx, ty = np.array(totals[0])[ii], np.array(totals[1])[jj]
    signal = (phrases > 0) | (quoted > 0) | (numbers > 0)
    size_a, size_b = np.diff(table.rows("a", "unigrams").ptr), np.diff(table.rows("b", "unigrams").ptr)
    fewer = np.minimum(size_a[ii], size_b[jj])
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.minimum(1.0, 2 * s / (tx + ty))
        containment = np.minimum(1.0, s / np.minimum(tx, ty))
    score = np.maximum(dice, table.containment_share * containment)
    # Rounded as score_pair rounds (Python's round); -1 where score_pair returns early.
    score, dice, containment = (round9(np.where(np.isfinite(x), x, -1.0)) for x in (score, dice, containment))
    ta, tb = table.terms_a, table.terms_b
    columns = (score, dice, containment, strong, signal, rare_quote, rare_phrase, np.zeros(len(ii), dtype=bool),
               words, fewer, numbers, phrases, quoted)
    # A tuple per pair straight from the columns (PairScore(...) through its Python-level
    # __new__ is slower), then the pairs score_pair answers early are put right.
    out = list(map(tuple.__new__, repeat(PairScore, len(ii)), zip(*(c.tolist() for c in columns))))
    same = _same_sentences(ii, jj, ta, tb)
    for n in np.flatnonzero(same).tolist():
        x = ta[ii[n]]
        u = len(x.unigrams)
        out[n] = PairScore(1.0, 1.0, 1.0, u, True, True, True, True, u, u, 0, len(x.phrases), len(x.quoted))
    for n in np.flatnonzero(~same & ((tx <= 0) | (ty <= 0))).tolist():
        out[n] = PairScore(0.0, 0.0, 0.0, 0, False)
    return out


def _evidence(ii, jj, table: _TermTable) -> tuple:
    """For pairs ``(ii[n], jj[n])``: shared weight and the counts :class:`PairScore` holds, as arrays."""
    np = __import__("numpy")

    n = len(ii)
    count = lambda pair: np.bincount(pair, minlength=n)  # noqa: E731
    shared = table._shared_parts(ii, jj)
    (pu, iu), (pp, ip), (pq, iq) = shared
    pl, il = table.shared("lower", ii, jj)  # stems both write in lower case: unigrams too
    strong_u = ~table.weak[iu]
    return (
        table._shared_weight(shared, n),
        count(pu[strong_u]),
        count(pu[strong_u & table.numeric[iu]]),
        count(pp),
        count(pq),
        count(pq[table.rare[iq] & ~table.weak[iq]]) > 0,
        count(pp[table.rare[ip]]) > 0,
        count(pl[~table.weak[il]]),
    )


def _best_few(ii, jj, keys: list, k: int) -> list[tuple[int, int]]:
    """The pairs ``(ii[n], jj[n])`` among the ``k`` best of their A sentence or of their B sentence.

    ``keys``: arrays of values to rank by (weighted Dice, and cosine when there are sentence
    vectors); ties go to the lower sentence number. Pairs come in and go out sorted. Done
    over arrays: two 10 MB documents have millions of candidate pairs.

    >>> np = __import__("numpy")
    >>> _best_few(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 1]), [np.array([0.9, 0.5, 0.2, 0.1])], 1)
    [(0, 0), (0, 1), (1, 1), (2, 1)]
    """
    np = __import__("numpy")
    keep = np.zeros(len(ii), dtype=bool)
    for v in keys:
        for major, minor in ((ii, jj), (jj, ii)):
            order = np.lexsort((minor, -v, major))  # by sentence, best first, then by the other's number
            group = major[order]
            first = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
            place = np.arange(len(group)) - np.repeat(first, np.diff(np.r_[first, len(group)]))
            keep[order[place < k]] = True
    sel = np.flatnonzero(keep)
    return list(zip(ii[sel].tolist(), jj[sel].tolist()))


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


def align(
    a: SegmentedDocument,
    b: SegmentedDocument,
    *,
    config: CompareConfig | None = None,
    quoted_a: Sequence[Range] = (),
    quoted_b: Sequence[Range] = (),
    should_cancel: Callable[[], bool] | None = None,
    encoder=None,
    model: LinkModel | None = None,
    quoted_pairs: set[tuple[int, int]] = frozenset(),
) -> list[Group]:
    """Groups of A and B sentences that state the same claim, ordered by A's, then B's, first sentence.

    ``encoder``: see :func:`candidates`; ``model``: the link model (by default the
    shipped one that suits the encoder's presence); ``quoted_pairs``: sentence pairs
    that quote the same words, which link whatever their score.
    """
    cfg = config or CompareConfig()
    cands = candidates(
        a, b, config=cfg, quoted_a=quoted_a, quoted_b=quoted_b, should_cancel=should_cancel, encoder=encoder,
    )
    model = model or LinkModel.load(semantic=encoder is not None)
    threshold = cfg.link_threshold()
    probs = dict(zip(cands.features, model.probabilities(cands.matrix())))
    accepted: dict[tuple[int, int], float] = {}
    twins_a: set[int] = set()
    twins_b: set[int] = set()
    for (i, j), f in cands.features.items():
        prob = probs[(i, j)]
        if prob >= threshold or f.identical or (i, j) in quoted_pairs:
            accepted[(i, j)] = prob
        if f.identical:
            twins_a.add(i)
            twins_b.add(j)
    # A sentence found word for word on the other side is that sentence's counterpart:
    # copied text links to its copy, not also to every sentence that resembles it.
    accepted = {
        (i, j): p for (i, j), p in accepted.items()
        if cands.features[(i, j)].identical or (i not in twins_a and j not in twins_b)
    }
    for i, j in quoted_pairs:  # quoting the same words links even without shared other words
        if (i, j) not in cands.features and i not in twins_a and j not in twins_b:
            accepted[(i, j)] = 1.0
    return _groups(accepted, cands, cfg, probs.__getitem__)


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


def _groups(accepted: dict[tuple[int, int], float], cands: Candidates, cfg: CompareConfig, probability) -> list[Group]:
    """One link per accepted pair, except where a sentence's claim is split over two neighbours.

    When A's sentence i links to B's j, and B's j+1 (or j-1) carries a further part
    of i that j does not, the three form one link (i)-(j, j+1); the neighbour needs
    only ``split_probability_factor`` of the link threshold, since it is read next
    to the link, or to quote a word with i that no other sentence quotes.  The same the other way round.  A sentence still links to every
    other counterpart.  ``probability`` maps a candidate pair to the model's probability.
    """
    groups: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    merged: set[tuple[int, int]] = set()
    ta, tb, w = cands.terms_a, cands.terms_b, cands.weights
    floor = cfg.link_threshold() * cfg.split_probability_factor

    def joins(pair: tuple[int, int], whole, part1, part2) -> bool:
        if pair in merged or pair not in cands.features:
            return False
        if pair not in accepted and probability(pair) < floor and not cands.scores[pair].rare_quote:
            return False  # (quoting a word no other sentence quotes is enough next to a link)
        return _complementary(whole, part1, part2, w, cfg)

    for (i, j), prob in sorted(accepted.items()):
        if (i, j) in merged:
            continue
        group = None
        for k in (j + 1, j - 1):  # split on B's side
            if 0 <= k < len(tb) and joins((i, k), ta[i], tb[j], tb[k]):
                group, other = ((i,), tuple(sorted((j, k)))), (i, k)
                break
        if group is None:
            for k in (i + 1, i - 1):  # split on A's side
                if 0 <= k < len(ta) and joins((k, j), tb[j], ta[i], ta[k]):
                    group, other = (tuple(sorted((i, k))), (j,)), (k, j)
                    break
        if group is None:
            groups[((i,), (j,))] = prob
            continue
        groups[group] = max(prob, accepted.get(other, 0.0))
        merged.update({(i, j), other})
    out = [Group(ga, gb, round(p, 6)) for (ga, gb), p in groups.items()]
    out.sort(key=lambda g: (g.a, g.b))
    return out


def _complementary(whole: SentenceTerms, part1: SentenceTerms, part2: SentenceTerms, w: _Weights, cfg: CompareConfig) -> bool:
    """Do two neighbouring sentences each carry a part of ``whole`` the other does not?"""
    def shared(part: SentenceTerms) -> set[str]:
        return {t for t in (whole.unigrams & part.unigrams) if t not in w.weak}

    s1, s2 = shared(part1), shared(part2)
    only1, only2 = s1 - s2, s2 - s1
    need = cfg.split_part_terms
    return len(only1) >= need and len(only2) >= need
