"""What a sentence says, as terms (content-word stems, stem bigrams, quoted words), and their weights."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count, repeat
from operator import attrgetter

import numpy as np

from kompare.core.config import CompareConfig
from kompare.core.model import Range, SegmentedDocument
from kompare.core.termsums import TermRows
from kompare.core.tokens import WEAK_WORDS, is_content, is_number_word, range_columns, stem


#: Boilerplate as terms are stems: "said" is "said", "officials" is "offici".
_WEAK_TERMS = WEAK_WORDS | frozenset(stem(w) for w in WEAK_WORDS)


@dataclass(frozen=True)
class SentenceTerms:
    """What one sentence says, as sets of terms: unigrams, phrases, and the words it quotes.

    The pair-by-pair view of a row of :class:`DocTerms` (see :meth:`PairTerms.sentences`).
    """

    unigrams: frozenset[str]
    phrases: frozenset[str]
    quoted: frozenset[str]
    lower: frozenset[str]  # stems written in lower case here: words, not names
    key: str  # the sentence's words, normalised: equal keys mean the same sentence
    # Stems of content words written with a capital here (names, once the stems written
    # in lower case anywhere are taken out).
    capitalised: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DocTerms:
    """The terms of every compared sentence of one document, as rows of term ids.

    A row per sentence in each field (see :class:`~kompare.core.termsums.TermRows`), ids
    numbering the comparison's terms in their sorted order (:class:`PairTerms`): two
    20 MB documents have millions of terms, too many for a set of strings per sentence.
    """

    unigrams: TermRows  # content-word stems
    phrases: TermRows  # stem bigrams, "militari_assist"
    quoted: TermRows  # stems of content words inside a quotation
    lower: TermRows  # stems written in lower case here: words, not names
    capitalised: TermRows  # stems written with a capital here (names, once words are taken out)
    keys: np.ndarray  # the sentence's words, normalised, as an id: equal non-zero ids mean the same sentence

    def __len__(self) -> int:
        return len(self.keys)


@dataclass(frozen=True)
class PairTerms:
    """The terms of both documents of one comparison; ``terms[n]`` is the term of id ``n`` (sorted)."""

    a: DocTerms
    b: DocTerms
    terms: list[str]

    def sentences(self, side: str, keys: Sequence[str] | None = None) -> list[SentenceTerms]:
        """The sentences of side "a" or "b" as sets of terms (for the pair-by-pair reference and tests).

        ``keys``: the sentences' normalised words; without them a key is its id ("#3").
        """
        doc, words = getattr(self, side), self.terms
        fields = [getattr(doc, f) for f in _FIELDS]

        def terms(rows: TermRows, n: int) -> frozenset[str]:
            return frozenset(map(words.__getitem__, rows.row(n).tolist()))

        return [
            SentenceTerms(*(terms(r, n) for r in fields[:4]), keys[n] if keys else f"#{k}" if k else "", terms(fields[4], n))
            for n, k in enumerate(doc.keys.tolist())
        ]


#: The fields of :class:`DocTerms` that hold rows of terms, in :class:`SentenceTerms` order.
_FIELDS = ("unigrams", "phrases", "quoted", "lower", "capitalised")


def pair_terms(a: SegmentedDocument, b: SegmentedDocument, quoted_a: Sequence[Range] = (), quoted_b: Sequence[Range] = ()) -> PairTerms:
    """The terms of every compared sentence of ``a`` and ``b``; ``quoted_*``: quotation ranges.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> t = pair_terms(segment(Document("Kim met Putin.")), segment(Document("Putin met Kim again.")))
    >>> t.terms
    ['kim', 'kim_met', 'met', 'met_kim', 'met_putin', 'putin', 'putin_met']
    >>> t.b.unigrams.row(0).tolist(), t.a.keys.tolist(), t.b.keys.tolist()
    ([0, 2, 5], [1], [2])
    """
    ids: dict[str, int] = defaultdict(count().__next__)  # a new term gets the next id
    (doc_a, doc_b), words = _numbered([_read(a, quoted_a, ids), _read(b, quoted_b, ids)], ids)
    return PairTerms(doc_a, doc_b, words)


def _numbered(reads: list[tuple], ids: dict[str, int]) -> tuple[list[DocTerms], list[str]]:
    """The documents :func:`_read` read, their terms renumbered in sorted order; and the terms.

    ``ids`` numbers the stems (and is emptied: its strings are in the list of terms); the
    phrases come as pairs of stem ids, each distinct one of both documents spelt out once
    ("stem_stem": joining and hashing every phrase of a long text took a fifth of the
    terms' time). Stems hold no "_", so a phrase's string names one pair of stems, and no stem.
    """
    names = list(ids)  # (a stem's id is its place: ids are given in order)
    ids.clear()
    stems = len(names)
    phrases, which = _distinct(np.concatenate([codes for _, _, codes in reads]))
    # In sorted order, sums over a row run in the sorted order of the pair-by-pair reference.
    order = _sorted_order(names, phrases)
    get = names.__getitem__
    for lo in range(0, len(phrases), 1 << 16):  # (a slice at a time: an int per phrase takes 36 bytes)
        part = phrases[lo:lo + (1 << 16)]
        names += map("_".join, zip(map(get, (part >> 32).tolist()), map(get, (part & 0xFFFFFFFF).tolist())))
    del phrases
    words = list(map(names.__getitem__, order.tolist()))
    del names
    renumber = np.empty(len(words), dtype=np.int64)
    renumber[order] = np.arange(len(words))
    del order
    key_ids: dict[str, int] = defaultdict(count(1).__next__)
    key_ids[""] = 0  # the empty key is never "the same sentence"
    docs, done = [], 0
    while reads:  # (a document's runs freed as its rows are made: two 20 MB documents' took 100s of MB)
        runs, keys, codes = reads.pop(0)
        phrase_ids = stems + which[done:done + len(codes)]  # a document's phrase -> its id
        done += len(codes)
        key = np.fromiter(map(key_ids.__getitem__, keys), dtype=np.int64, count=len(keys))
        rows = []
        for k, field in enumerate(_FIELDS):
            lens, flat = runs[k]
            runs[k] = None
            rows.append(TermRows.from_runs(lens, renumber[phrase_ids[flat] if field == "phrases" else flat]))
            del lens, flat
        docs.append(DocTerms(*rows, key))
    return docs, words


def _sorted_order(stems: list[str], phrases) -> np.ndarray:
    """The terms' order as strings: the stems, then the phrases (sorted codes ``first << 32 |
    second`` of stem ids, spelt "first_second"), as places in that list.

    Only the stems are compared as strings (a sort of all the terms' strings took a tenth
    of the terms' time): as stems hold no "_", a phrase "a_b" sorts as the pair (a + "_",
    b), and a stem s comes before it exactly when s < a + "_" (they differ by the "_" at
    the latest). So the stems and the stems followed by "_" are sorted together, and
    each phrase goes after its first stem's "a_", ordered by its second stem.

    >>> stems = ["b", "a", "a0", "ab", "a-b"]
    >>> codes = sorted(f << 32 | s for f, s in [(1, 0), (1, 2), (2, 1), (1, 3), (4, 1), (0, 1), (1, 1)])
    >>> names = stems + [stems[c >> 32] + "_" + stems[c & 0xFFFFFFFF] for c in codes]
    >>> [names[k] for k in _sorted_order(stems, np.array(codes)).tolist()] == sorted(names)
    True
    """
    n = len(stems)
    plain = sorted(range(n), key=stems.__getitem__)
    rank = np.empty(n, dtype=np.int64)
    rank[np.array(plain, dtype=np.int64)] = np.arange(n)
    # Each stem by itself (place k of plain), then as a phrase's first word (place n + k):
    # the second half comes nearly sorted, and the whole is two runs for the sort to merge.
    items = list(map(stems.__getitem__, plain))
    items += map(str.__add__, items[:n], repeat("_"))
    place = np.empty(2 * n, dtype=np.int64)
    place[np.array(sorted(range(2 * n), key=items.__getitem__), dtype=np.int64)] = np.arange(2 * n)
    del items
    first, second = phrases >> 32, phrases & 0xFFFFFFFF
    # One integer a term: its item's place, then (phrases) its second stem's rank.
    keys = np.concatenate((place[rank] * (n + 1), place[n + rank[first]] * (n + 1) + 1 + rank[second]))
    return np.argsort(keys, kind="stable")


def _distinct(values):
    """The distinct values, sorted, and the place of each value among them.

    >>> [x.tolist() for x in _distinct(np.array([7, 3, 7, 5]))]
    [[3, 5, 7], [2, 0, 2, 1]]
    """
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.r_[True, ordered[1:] != ordered[:-1]] if len(values) else np.zeros(0, dtype=bool)
    where = np.empty(len(values), dtype=np.int64)
    where[order] = np.cumsum(new) - 1
    return ordered[new], where


def _read(doc: SegmentedDocument, quoted: Sequence[Range], ids: dict[str, int]) -> tuple[list, list[str], np.ndarray]:
    """Each sentence's terms as runs of ids (a ``(lengths, ids)`` pair of arrays per field of
    :data:`_FIELDS`), its key, and the document's distinct phrases as keys ``first << 32 | second``
    of their stems' ids; ``ids`` gives (and makes) each stem's id, and a phrase's id in its
    runs is its place among the distinct phrases (see :func:`_numbered`).

    The words of all sentences are taken together, by maps over columns and numpy: no
    Python-level step per word, nor per sentence (the Vim pair has 50,000 short ones).
    """
    text, n = doc.text, len(doc.sentences)
    starts, ends, norms, stems, lo, hi = _words(doc)
    sizes = hi - lo
    owner = np.repeat(np.arange(n, dtype=np.int64), sizes)  # the sentence of each word taken
    taken = np.repeat(lo - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()), dtype=np.int64)
    # The columns' words of each sentence, one sentence after another: slices chained (no
    # Python int per word at once: they took hundreds of megabytes for 20 MB documents).
    spans = list(map(slice, lo.tolist(), hi.tolist()))
    words = lambda column: chain.from_iterable(map(column.__getitem__, spans))  # noqa: E731
    # Each distinct word (its normalised form) once: whether it is a content word, and its
    # stem's id; every word then reads them by its word's number, over arrays.
    kinds: dict[str, int] = defaultdict(count().__next__)
    kind = np.fromiter(map(kinds.__getitem__, words(norms)), dtype=np.int64, count=len(taken))
    kind_norms = list(kinds)
    del kinds
    # A word's first place: where the numbers seen so far grow (words are numbered as met).
    grown = np.maximum.accumulate(kind) if len(kind) else kind
    seen = np.flatnonzero(np.r_[True, grown[1:] != grown[:-1]])[:len(kind_norms)]
    del grown
    kind_stems = list(map(stems.__getitem__, taken[seen].tolist()))  # (a stem is its norm's)
    kind_content = np.fromiter(map(is_content, kind_norms), dtype=bool, count=len(kind_norms))
    stem_id = np.full(len(kind_norms), -1, dtype=np.int64)
    # (Content words' stems numbered first: a capitalised word's stem counts only if one of them.)
    stem_id[kind_content] = np.fromiter(map(ids.__getitem__, compress(kind_stems, kind_content)), dtype=np.int64,
                                        count=int(kind_content.sum()))
    known_stem = np.fromiter(map(ids.get, kind_stems, repeat(-1)), dtype=np.int64, count=len(kind_stems))
    word_starts = np.asarray(starts, dtype=np.int64)
    lower_case, up = _cases(text, word_starts[taken])  # of each word's first character
    # (Each array per word freed once used: a 20 MB document has three million words.)
    content = kind_content[kind]
    uid = stem_id[kind[content]]
    # Capitalised: stems of words written with a capital (content words or not) that are
    # among the sentence's unigrams (a stem not yet numbered is no unigram).
    cap_ids, cap_owner = known_stem[kind[up]], owner[up]
    del kind, up
    c_owner, at, lower = owner[content], taken[content], lower_case[content]
    del owner, taken, lower_case, content
    in_quote = _quoted(quoted, word_starts[at], np.asarray(ends, dtype=np.int64)[at])
    del word_starts
    del at
    unigrams = _runs(c_owner, uid)
    known = cap_ids >= 0
    capitalised = _runs(cap_owner[known], cap_ids[known], within=unigrams)
    del cap_ids, cap_owner, known
    pair = c_owner[1:] == c_owner[:-1]  # phrases: two content words in a row in one sentence
    # A phrase as the ids of its two stems (spelt out by _numbered), numbered here by its
    # place among the document's distinct phrases.
    phrase_codes, pid = _distinct((uid[:-1] << 32 | uid[1:])[pair])
    fields = [unigrams, _runs(c_owner[1:][pair], pid), _runs(c_owner[in_quote], uid[in_quote]),
              _runs(c_owner[lower], uid[lower]), capitalised]
    del unigrams, capitalised, pid, pair, c_owner, uid, in_quote, lower
    runs = []
    while fields:
        key = fields.pop(0)
        runs.append((np.bincount(key >> 32, minlength=n), key & 0xFFFFFFFF))
        del key
    keys = list(map(" ".join, map(norms.__getitem__, spans)))
    return runs, keys, phrase_codes


def _runs(owner, term, within=None):
    """The distinct pairs ``(owner, term)`` as sorted keys ``owner << 32 | term``; with
    ``within`` (such keys), only the pairs found there too."""
    from kompare.core.termsums import sorted_unique

    keys = sorted_unique((owner << 32) | term, copy=False)
    if within is not None:
        if not len(within):
            return keys[:0]
        at = np.searchsorted(within, keys)
        at[at == len(within)] = 0
        keys = keys[within[at] == keys]
    return keys


def _cases(text: str, places) -> tuple:
    """For each place of ``text``: is its character lower case, is it upper case?

    Read as code points over arrays, a slice of the text at a time, and each distinct
    character asked once (``str.islower`` of a word's first character was a Python call
    per word).

    >>> [x.tolist() for x in _cases("Kim met 3 É\\udc80", np.array([0, 4, 10, 8, 11]))]
    [[False, True, False, False, False], [True, False, True, False, False]]
    """
    order = None
    if len(places) and (places[1:] < places[:-1]).any():  # (a word's sentences come in order)
        order = np.argsort(places, kind="stable")
        places = places[order]
    points = np.zeros(len(places), dtype=np.int64)
    for lo, chars in _code_points(text):
        at = np.searchsorted(places, [lo, lo + len(chars)]).tolist()
        points[at[0]:at[1]] = chars[places[at[0]:at[1]] - lo]
    lower, upper = _char_test(points, str.islower)[points], _char_test(points, str.isupper)[points]
    if order is not None:
        lower[order], upper[order] = lower.copy(), upper.copy()
    return lower, upper


def _code_points(text: str):
    """The text's characters as code points (uint32 arrays), a slice at a time: ``(start, points)``.

    (surrogatepass: a lone surrogate is read as its code point, as str methods see it.)
    """
    for lo in range(0, len(text), _CODE_SLICE):
        yield lo, np.frombuffer(text[lo:lo + _CODE_SLICE].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _char_test(points, test) -> np.ndarray:
    """``test`` (``str.islower``, ...) of every character of ``points`` as a table by code point,
    each distinct character asked once."""
    distinct = np.flatnonzero(np.bincount(points)) if len(points) else np.zeros(0, dtype=np.int64)
    table = np.zeros(int(distinct[-1]) + 1 if len(distinct) else 0, dtype=bool)
    table[distinct] = np.fromiter(map(test, map(chr, distinct.tolist())), dtype=bool, count=len(distinct))
    return table


#: Characters of a text read at once as code points (4 bytes each while read).
_CODE_SLICE = 1 << 20


def _quoted(quoted: Sequence[Range], starts, ends):
    """For each word (``starts``, ``ends``): is it inside some quotation?

    A word is quoted when some quotation starting at or before it reaches past its end:
    the furthest end among quotations sorted by start answers that by bisection, so a
    long quotation holding thousands of short ones is not rescanned for every word.
    """
    if not len(quoted):
        return np.zeros(len(starts), dtype=bool)
    qs = sorted(quoted)
    q_starts = np.array([q[0] for q in qs], dtype=np.int64)
    q_reach = np.array(list(accumulate((q[1] for q in qs), max)), dtype=np.int64)
    k = np.searchsorted(q_starts, starts, side="right")
    return (k > 0) & (q_reach[np.maximum(k - 1, 0)] >= ends)


def _words(doc: SegmentedDocument) -> tuple:
    """The words of ``doc``'s sentences as columns (starts, ends, norms, stems), and the first
    and the end index of each sentence's words in them (see :func:`~kompare.core.tokens.range_columns`)."""
    sentences = doc.sentences
    return range_columns(doc.text, list(map(attrgetter("start"), sentences)), list(map(attrgetter("end"), sentences)))


class TermWeights:
    """Inverse sentence frequency over both documents, damped for boilerplate: arrays by term id.

    ``config``: the term weights' factors (``phrase_weight`` and the ones after it).

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> t = pair_terms(segment(Document("Kim said 3 things.")), segment(Document("Kim said 4 things.")))
    >>> w = TermWeights(t)
    >>> [(term, round(x, 3)) for term, x in zip(t.terms, w.weights.tolist()) if term in ("kim", "3", "kim_said")]
    [('3', 1.81), ('kim', 0.164), ('kim_said', 0.099)]
    >>> [term for term, weak in zip(t.terms, w.weak) if weak], [term for term, num in zip(t.terms, w.numeric) if num]
    (['said'], ['3', '4'])
    """

    def __init__(self, terms: PairTerms, config: CompareConfig | None = None):
        cfg = config or CompareConfig()
        self.quoted_bonus = cfg.quoted_term_bonus
        self.containment_share = cfg.containment_share
        words, n_terms = terms.terms, len(terms.terms)

        def sentence_counts(doc: DocTerms):  # sentences holding each term, as a unigram or a phrase
            return doc.unigrams.counts(n_terms) + doc.phrases.counts(n_terms)

        self.count_a = sentence_counts(terms.a)  # sentences of A holding each term
        self.df = self.count_a + sentence_counts(terms.b)
        self.rare = self.df == 2  # (one sentence a side, for a shared term)
        n = len(terms.a) + len(terms.b)
        # Squared, as in a tf-idf dot product: one rare shared word outweighs several
        # words the two articles use everywhere ("South Korea"); worked out per count.
        counts = np.flatnonzero(np.bincount(self.df))  # (the distinct counts, by counting: np.unique sorts)
        weights = np.array([math.log((n + 1) / d) ** 2 for d in counts.tolist()])[np.searchsorted(counts, self.df)]
        phrase = np.zeros(n_terms, dtype=bool)  # (the terms of phrase rows: no stem holds "_")
        phrase[terms.a.phrases.ids] = phrase[terms.b.phrases.ids] = True
        self.weak = np.zeros(n_terms, dtype=bool)
        for t in _WEAK_TERMS:  # (the terms are sorted: found by bisection)
            k = bisect_left(words, t)
            if k < n_terms and words[k] == t:
                self.weak[k] = True
        self.weak &= ~phrase
        self.numeric = np.zeros(n_terms, dtype=bool)
        plain = np.flatnonzero(~phrase & ~self.weak)
        self.numeric[plain] = np.fromiter(map(is_number_word, map(words.__getitem__, plain.tolist())), dtype=bool, count=len(plain))
        weights[phrase] *= cfg.phrase_weight
        weights[self.weak] *= cfg.weak_term_weight
        weights[self.numeric] *= cfg.number_weight
        self.weights = weights
