"""Every candidate pair worth a look, kept by its quick score, with its evidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain

from kompare.core.align.features import _features
from kompare.core.align.ranks import _best_few
from kompare.core.align.score import PairScore, _quick_scores_each, score_pair
from kompare.core.align.seed import _cosines, _nearest, candidate_codes
from kompare.core.align.table import _TermTable, _quick_scores, _score_pairs
from kompare.core.align.terms import SentenceTerms, _Weights, sentence_terms
from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled
from kompare.core.evidence import Features
from kompare.core.model import Range, SegmentedDocument


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


#: Candidate pairs from which scoring over arrays pays for building the term table
#: (speed only: :func:`_quick_scores` and :func:`_quick_scores_each` give the same values).
_ARRAY_PAIRS = 20_000
