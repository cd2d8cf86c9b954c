"""What a sentence says, as terms (content-word stems, stem bigrams, quoted words), and their weights."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress

from kompare.core.config import CompareConfig
from kompare.core.model import Range, SegmentedDocument
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
