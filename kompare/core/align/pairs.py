"""Every candidate pair worth a look, kept by its quick score, with its evidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from kompare.core.align.features import _features
from kompare.core.align.ranks import _best_few
from kompare.core.align.score import PairScore
from kompare.core.align.seed import _cosines, _nearest, candidate_codes
from kompare.core.align.table import _pair_scores, _quick_scores, _score_columns, _TermTable
from kompare.core.align.terms import DocTerms, PairTerms, TermWeights, pair_terms
from kompare.core.config import CompareConfig
from kompare.core.errors import stop_if_cancelled
from kompare.core.evidence import Features
from kompare.core.model import Range, SegmentedDocument


def _is_heading(text: str, cfg: CompareConfig) -> bool:
    """A section heading: a few words in capitals, no lower-case letter.

    A script without capitals (Chinese, Hebrew, Arabic) writes no headings so.

    >>> _is_heading("THREATS TO SOUTH KOREA", CompareConfig()), _is_heading("Kim met Putin", CompareConfig())
    (True, False)
    >>> _is_heading("韩国政府对该协议表示担忧。", CompareConfig())
    False
    """
    return (not any(map(str.islower, text)) and any(map(str.isupper, text))
            and len(text.split()) <= cfg.heading_words)


def _no_claims(doc: SegmentedDocument, terms: DocTerms, cfg: CompareConfig):
    """Which sentences of ``doc`` (``terms``: its terms) state no claim, as a boolean array:
    a section heading (:func:`_is_heading`), or a fragment of fewer than
    ``cfg.claim_min_words`` content words with none quoted ("Clinton?", "Right?"). They
    link only to a copy of themselves; a short quotation ("It's very unfair.") still links.

    A sentence with a content word written in lower case (a row of ``terms.lower``) has a
    lower-case letter: only the others are read (a call per sentence was 4 % of the linking).

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> doc = segment(Document("THREATS TO KOREA. Kim met Putin. THE TREATY WAS SIGNED BY PUTIN AND KIM "
    ...                        "IN PYONGYANG ON WEDNESDAY. Clinton? He said: “Unfair!”"))
    >>> _no_claims(doc, pair_terms(doc, doc).a, CompareConfig()).tolist()
    [True, False, False, True, False]
    """
    np = __import__("numpy")
    out = (terms.unigrams.sizes() < cfg.claim_min_words) & (terms.quoted.sizes() == 0)
    for k in np.flatnonzero(terms.lower.sizes() == 0).tolist():
        out[k] = out[k] or _is_heading(doc.sentence_text(k), cfg)
    return out


@dataclass(frozen=True)
class Candidates:
    """Scored candidate pairs of two documents and their evidence.

    The pairs ``(i[n], j[n])`` are sorted; ``columns`` holds their
    :class:`~kompare.core.align.score.PairScore` fields as arrays, ``evidence`` their
    features (a row per pair, a column per feature): arrays, since two long documents
    have hundreds of thousands of candidate pairs.
    """

    terms: PairTerms
    weights: TermWeights | None  # (None when a side has no sentence)
    i: object  # numpy array of A's sentence of each pair
    j: object  # numpy array of B's sentence of each pair
    columns: tuple
    evidence: object  # numpy array, len(pairs) x len(FEATURE_NAMES)

    @cached_property
    def pairs(self) -> list[tuple[int, int]]:
        """The pairs ``(i, j)``, sorted."""
        return list(zip(self.i.tolist(), self.j.tolist()))

    def matrix(self):
        """The features as an array: a row per candidate pair (in ``pairs`` order), a column per feature."""
        return self.evidence

    def where(self, field: str) -> set[tuple[int, int]]:
        """The pairs whose :class:`~kompare.core.align.score.PairScore` ``field`` is true ("identical", ...)."""
        if not self.pairs:
            return set()
        column = self.columns[PairScore._fields.index(field)]
        return {self.pairs[n] for n in column.nonzero()[0].tolist()}

    @cached_property
    def scores(self) -> dict[tuple[int, int], PairScore]:
        """Each pair's :class:`~kompare.core.align.score.PairScore` (for tests and training)."""
        return dict(zip(self.pairs, _pair_scores(self.columns)))

    @cached_property
    def features(self) -> dict[tuple[int, int], Features]:
        """Each pair's :class:`~kompare.core.evidence.Features` (for tests and training)."""
        return dict(zip(self.pairs, map(Features._make, self.evidence.tolist())))


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
    terms = pair_terms(a, b, quoted_a, quoted_b)
    na, nb = len(terms.a), len(terms.b)
    if not na or not nb:
        none = np.zeros(0, dtype=np.int64)
        return Candidates(terms, None, none, none, (), np.zeros((0, len(Features._fields))))
    w = TermWeights(terms, cfg)
    codes = candidate_codes(terms, w, cfg)
    stop_if_cancelled(should_cancel)
    cosine = None
    if encoder is not None:
        cosine = _cosines(a, b, encoder)
        nearest = [i * nb + j for i, j in _nearest(cosine, cfg.candidates_per_sentence)]
        codes = np.union1d(codes, np.array(nearest, dtype=np.int64))
    table = _TermTable(terms, w, should_cancel)
    wa, wb = table.totals("a"), table.totals("b")
    headings = _no_claims(a, terms.a, cfg), _no_claims(b, terms.b, cfg)
    ii, jj, quick, shared = _quick_scores(codes, table, (wa, wb), headings, cosine is not None, should_cancel)
    del codes  # millions of pairs for long documents: each array freed once done with
    keys = [quick] if cosine is None else [quick, cosine[ii, jj].astype(float)]
    del quick
    kept_i, kept_j = _best_few(ii, jj, keys, cfg.candidates_per_sentence)
    del keys
    shared = shared[np.searchsorted(ii * nb + jj, kept_i * nb + kept_j)]  # (pairs come and go sorted)
    del ii, jj
    columns = _score_columns(kept_i, kept_j, table, (wa, wb), shared)
    evidence = _features(kept_i, kept_j, columns, table, (wa, wb), cosine)
    return Candidates(terms, w, kept_i, kept_j, columns, evidence)
