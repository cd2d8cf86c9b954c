"""Link the sentences of A and B that tell the same thing, in any order.

The three steps of text-reuse detection (seed, extend, filter):

1. *Seed.*  Every sentence becomes a bag of weighted terms: content-word stems,
   stem bigrams (phrases) and numbers.  Weights are inverse sentence
   frequencies over both documents, damped for news boilerplate ("said",
   "Thursday").  Candidate pairs come from an inverted index of the rarer
   terms only, never from comparing all sentence pairs.  A pair is scored by
   weighted Dice (same claim) and containment (a clause or quote shared inside
   a longer sentence).
2. *Extend.*  Accepted pairs grow into links in score order: a sentence next
   to a link may join it when it carries a further part of the claim, so one
   long sentence links to the two that split it, and the other way round.
   Along a run of reused text (links in the same order on both sides), the
   next pair links on weaker evidence.
3. *Filter.*  Each sentence belongs to at most one link; a link spans a few
   neighbouring sentences per side at most.

Everything is symmetric in A and B (the caller also fixes the orientation, see
compare.py), so swapping the documents mirrors the result.

>>> from kompare.core.model import Document
>>> from kompare.core.segment import segment
>>> a = segment(Document("The treaty calls for military assistance without delay. Kim hosted a banquet."))
>>> b = segment(Document("Crowds cheered in Pyongyang. The pact calls for military assistance without any delay."))
>>> [(g.a, g.b) for g in align(a, b)]
[((0,), (1,))]
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled
from kompare.core.model import Range, SegmentedDocument
from kompare.core.tokens import WEAK_WORDS, Token, is_content, is_number_word, stem, tokenize

_WEAK_FACTOR = 0.25
_NUMBER_FACTOR = 1.5
_PHRASE_FACTOR = 0.6
_QUOTED_BONUS = 1.0  # extra weight for a word quoted in both sentences
#: Boilerplate as terms are stems: "said" is "said", "officials" is "offici".
_WEAK_TERMS = WEAK_WORDS | frozenset(stem(w) for w in WEAK_WORDS)


@dataclass(frozen=True)
class SentenceTerms:
    """What one sentence says, as terms: unigrams, phrases, and the words it quotes."""

    tokens: tuple[Token, ...]
    unigrams: frozenset[str]
    phrases: frozenset[str]
    quoted: frozenset[str]
    lower: frozenset[str]  # stems written in lower case here: words, not names
    key: str  # the sentence's words, normalised: equal keys mean the same sentence


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
    out = []
    for s in doc.sentences:
        toks = tokenize(text, s.start, s.end)
        content = [t for t in toks if is_content(t.norm)]
        unigrams = frozenset(t.stem for t in content)
        phrases = frozenset(f"{x.stem}_{y.stem}" for x, y in zip(content, content[1:]))
        in_quote = set()
        k = bisect_left(q_starts, s.end)
        if k and q_reach[k - 1] > s.start:
            for t in content:
                k = bisect_right(q_starts, t.start)
                if k and q_reach[k - 1] >= t.end:
                    in_quote.add(t.stem)
        lower = frozenset(t.stem for t in content if text[t.start].islower())
        out.append(SentenceTerms(tuple(toks), unigrams, phrases, frozenset(in_quote), lower, " ".join(t.norm for t in toks)))
    return out


def _postings(terms: list[SentenceTerms]) -> dict[str, list[int]]:
    post: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(terms):
        for t in st.unigrams:
            post[t].append(i)
        for t in st.phrases:
            post[t].append(i)
    return post


class _Weights:
    """Inverse sentence frequency over both documents, damped for boilerplate."""

    def __init__(self, a: list[SentenceTerms], b: list[SentenceTerms]):
        # Postings: which sentences of A and of B hold each term (seeding reads them too).
        self.post_a = _postings(a)
        self.post_b = _postings(b)
        df: dict[str, int] = {t: len(p) for t, p in self.post_a.items()}
        for t, p in self.post_b.items():
            df[t] = df.get(t, 0) + len(p)
        n = len(a) + len(b)
        self.df = df
        self._w: dict[str, float] = {}
        self.weak: set[str] = set()
        self.numeric: set[str] = set()
        for t, d in df.items():
            # Squared, as in a tf-idf dot product: one rare shared word outweighs
            # several words the two articles use everywhere ("South Korea").
            w = math.log((n + 1) / d) ** 2
            if "_" in t:
                w *= _PHRASE_FACTOR
            elif t in _WEAK_TERMS:
                w *= _WEAK_FACTOR
                self.weak.add(t)
            elif is_number_word(t):
                w *= _NUMBER_FACTOR
                self.numeric.add(t)
            self._w[t] = w

    def __getitem__(self, term: str) -> float:
        return self._w[term]

    def total(self, st: SentenceTerms) -> float:
        """A sentence's weight, its quoted words counted twice (as in :func:`score_pair`)."""
        w = self._w
        return (
            sum(w[t] for t in sorted(st.unigrams))
            + sum(w[t] for t in sorted(st.phrases))
            + sum(w[t] * _QUOTED_BONUS for t in sorted(st.quoted))
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


def score_pair(x: SentenceTerms, y: SentenceTerms, w: _Weights, tx: float, ty: float) -> PairScore:
    """Weighted Dice and containment of two sentences' terms (symmetric in x and y).

    ``tx`` and ``ty`` are the sentences' weights from :meth:`_Weights.total`.
    Shared terms are summed in sorted order so that A-B and B-A give the very
    same floating-point score.
    """
    if x.key == y.key and x.key:
        return PairScore(1.0, 1.0, 1.0, len(x.unigrams), True, True, True, True)
    if tx <= 0 or ty <= 0:
        return PairScore(0.0, 0.0, 0.0, 0, False)
    ww = w._w
    shared_u = sorted(x.unigrams & y.unigrams)
    shared_p = sorted(x.phrases & y.phrases)
    quoted_both = x.quoted & y.quoted
    s = sum(ww[t] for t in shared_u) + sum(ww[t] for t in shared_p)
    if quoted_both:
        s += sum(ww[t] * _QUOTED_BONUS for t in shared_u if t in quoted_both)
    dice = min(1.0, 2 * s / (tx + ty))
    containment = min(1.0, s / min(tx, ty))
    weak = w.weak
    strong = [t for t in shared_u if t not in weak]
    signal = bool(shared_p) or bool(quoted_both) or not w.numeric.isdisjoint(strong)
    score = round(max(dice, 0.75 * containment), 9)
    df = w.df
    rare_quote = any(df[t] == 2 and t not in weak for t in quoted_both)
    rare_phrase = any(df[t] == 2 for t in shared_p)
    lower_both = x.lower & y.lower
    shared_words = sum(1 for t in strong if t in lower_both)
    fewer = min(len(x.unigrams), len(y.unigrams))
    return PairScore(
        score, round(dice, 9), round(containment, 9), len(strong), signal, rare_quote, rare_phrase, False,
        shared_words, fewer,
    )


def _accepts(p: PairScore, cfg: CompareConfig, *, mutual_best: bool = False) -> bool:
    """Is this pair's evidence enough to start a link?

    ``mutual_best``: each sentence is
    the other's best candidate, so many shared rare terms suffice even when the
    sentences also say much else.
    """
    if p.identical:
        return True
    # Names and titles alone ("national security adviser Chang Ho-jin") say who, not what.
    if (
        mutual_best
        and p.strong_signal
        and p.shared_strong >= cfg.min_shared_terms + cfg.mutual_best_extra_terms
        and p.shared_words >= 2
    ):
        if p.dice >= cfg.scaled(cfg.min_dice) * cfg.mutual_best_dice_factor:
            return True
    need = cfg.min_shared_terms_strong if p.strong_signal else cfg.min_shared_terms
    if p.shared_strong < need:
        return False
    if p.rare_quote:
        return True  # the same rare word quoted in both: "reconsider", "a very big mistake"
    if p.dice >= cfg.scaled(cfg.min_dice):
        return True
    if p.rare_phrase and p.shared_words >= 2 and p.dice >= cfg.scaled(cfg.min_dice) * cfg.rare_phrase_dice_factor:
        return True
    # Containment: a clause of one sentence found in the other. A heading or a caption
    # ("THREATS TO SOUTH KOREA") is contained in many sentences and claims nothing.
    return (
        p.strong_signal
        and p.containment >= cfg.scaled(cfg.min_containment)
        and p.shared_strong > need
        and p.fewer_terms >= cfg.min_clause_terms
    )


def candidate_pairs(a: list[SentenceTerms], b: list[SentenceTerms], w: _Weights, cfg: CompareConfig) -> set[tuple[int, int]]:
    """Sentence pairs sharing at least one rare-enough term (the inverted-index seeding)."""
    pairs: set[tuple[int, int]] = set()
    post_a, post_b = w.post_a, w.post_b
    weak = w.weak
    # The same sentence on both sides is always a candidate, content words or not.
    keys_a: dict[str, list[int]] = defaultdict(list)
    for i, st in enumerate(a):
        if st.key:
            keys_a[st.key].append(i)
    for j, st in enumerate(b):
        for i in keys_a.get(st.key, ()):
            pairs.add((i, j))
    # Only rare terms seed: a term in many sentences would pair them all (quadratic).
    limit = cfg.max_seed_pairs_per_term
    for t, pa in post_a.items():
        pb = post_b.get(t)
        if not pb or len(pa) * len(pb) > limit or t in weak:
            continue
        pairs.update((i, j) for i in pa for j in pb)
    return pairs


def align(
    a: SegmentedDocument,
    b: SegmentedDocument,
    *,
    config: CompareConfig | None = None,
    quoted_a: Sequence[Range] = (),
    quoted_b: Sequence[Range] = (),
    should_cancel: Callable[[], bool] | None = None,
) -> list[Group]:
    """Groups of A and B sentences that tell the same thing, ordered by A's first sentence."""
    cfg = config or CompareConfig()
    ta = sentence_terms(a, quoted_a)
    tb = sentence_terms(b, quoted_b)
    if not ta or not tb:
        return []
    w = _Weights(ta, tb)
    wa = [w.total(x) for x in ta]
    wb = [w.total(y) for y in tb]
    pairs = candidate_pairs(ta, tb, w, cfg)
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    scored: dict[tuple[int, int], PairScore] = {}
    for n, (i, j) in enumerate(pairs):
        if should_cancel is not None and n % 4096 == 0 and should_cancel():
            raise Cancelled()
        scored[(i, j)] = score_pair(ta[i], tb[j], w, wa[i], wb[j])
    # Orientation-free order: strongest evidence first, then position.
    order = sorted(scored, key=lambda ij: (-scored[ij].score, ij[0] + ij[1], ij[0], ij[1]))
    return _grow_groups(order, scored, _mutual_best(scored), cfg, ta, tb, w)


def _mutual_best(scored: dict[tuple[int, int], PairScore]) -> set[tuple[int, int]]:
    """Pairs where each sentence is the other's best candidate (ties excluded)."""
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    tied_a: set[int] = set()
    tied_b: set[int] = set()
    for (i, j), p in scored.items():
        for best, tied, k, other in ((best_a, tied_a, i, j), (best_b, tied_b, j, i)):
            cur = best.get(k)
            if cur is None or p.score > cur[0]:
                best[k] = (p.score, other)
                tied.discard(k)
            elif p.score == cur[0]:
                tied.add(k)
    return {
        (i, j)
        for i, (_, j) in best_a.items()
        if i not in tied_a and j not in tied_b and best_b.get(j, (0, -1))[1] == i
    }


def _grow_groups(
    order: list[tuple[int, int]],
    scored: dict[tuple[int, int], PairScore],
    mutual: set[tuple[int, int]],
    cfg: CompareConfig,
    ta: list[SentenceTerms],
    tb: list[SentenceTerms],
    w: _Weights,
) -> list[Group]:
    """Greedy seed-and-extend: each sentence in one group, groups stay compact."""
    group_of_a: dict[int, int] = {}
    group_of_b: dict[int, int] = {}
    groups: list[dict] = []
    max_n = cfg.max_link_sentences

    def can_join(members: set[int], k: int) -> bool:
        return len(members) < max_n and (k - 1 in members or k + 1 in members)

    for i, j in order:
        p = scored[(i, j)]
        ga, gb = group_of_a.get(i), group_of_b.get(j)
        if ga is None and gb is None:
            if _accepts(p, cfg, mutual_best=(i, j) in mutual):
                group_of_a[i] = group_of_b[j] = len(groups)
                groups.append({"a": {i}, "b": {j}, "score": p.score})
        elif ga is not None and gb is None:
            g = groups[ga]
            if can_join(g["b"], j) and _adds_evidence(ta[i], tb[j], [tb[k] for k in g["b"]], p, w, cfg):
                g["b"].add(j)
                group_of_b[j] = ga
        elif gb is not None and ga is None:
            g = groups[gb]
            if can_join(g["a"], i) and _adds_evidence(tb[j], ta[i], [ta[k] for k in g["a"]], p, w, cfg):
                g["a"].add(i)
                group_of_a[i] = gb
    _extend_runs(groups, group_of_a, group_of_b, scored, cfg)
    out = [Group(tuple(sorted(g["a"])), tuple(sorted(g["b"])), g["score"]) for g in groups]
    out.sort(key=lambda g: (g.a[0], g.b[0]))
    return out


def _adds_evidence(
    anchor: SentenceTerms,
    newcomer: SentenceTerms,
    members: list[SentenceTerms],
    p: PairScore,
    w: _Weights,
    cfg: CompareConfig,
) -> bool:
    """May ``newcomer`` join the sentences already linked to ``anchor``?

    Only when it carries a part of ``anchor`` that the members do not: one
    sentence split in two, not a neighbour that repeats the same names.
    """
    if p.rare_quote or p.identical:
        return True
    covered_u = set().union(*(m.unigrams for m in members)) & anchor.unigrams
    covered_p = set().union(*(m.phrases for m in members)) & anchor.phrases
    new_u = (anchor.unigrams & newcomer.unigrams) - covered_u
    new_p = (anchor.phrases & newcomer.phrases) - covered_p
    strong = [t for t in new_u if t not in w.weak]
    if len(strong) < cfg.min_shared_terms_strong:
        return False
    gain = sum(w[t] for t in sorted(new_u)) + sum(w[t] for t in sorted(new_p))
    return gain >= cfg.scaled(cfg.min_containment) * cfg.extend_gain_factor * w.total(newcomer)


def _extend_runs(
    groups: list[dict],
    group_of_a: dict[int, int],
    group_of_b: dict[int, int],
    scored: dict[tuple[int, int], PairScore],
    cfg: CompareConfig,
) -> None:
    """Link the next sentence pair along a run of reused text on weaker evidence.

    When A's sentence i and B's sentence j are linked, A's i+1 and B's j+1 (or i-1
    and j-1) are the likeliest counterparts of one another: republished wire copy
    keeps its order while editing single sentences. Grows in place until stable.
    """
    need = cfg.min_shared_terms_strong
    threshold = cfg.scaled(cfg.min_dice) * cfg.neighbour_dice_factor
    frontier = list(range(len(groups)))
    while frontier:
        grown = []
        for gi in frontier:
            g = groups[gi]
            for i, j in ((max(g["a"]) + 1, max(g["b"]) + 1), (min(g["a"]) - 1, min(g["b"]) - 1)):
                if i in group_of_a or j in group_of_b:
                    continue
                p = scored.get((i, j))
                if p is None or p.shared_strong < need or p.dice < threshold:
                    continue
                group_of_a[i] = group_of_b[j] = len(groups)
                groups.append({"a": {i}, "b": {j}, "score": p.score})
                grown.append(len(groups) - 1)
        frontier = grown
