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

The steps live in modules of their own: :mod:`.terms` (a sentence's terms and their
weights), :mod:`.seed` (candidate pairs), :mod:`.score` and :mod:`.table` (how much a pair
shares, worked out over arrays), :mod:`.ranks` and :mod:`.features` (the evidence),
:mod:`.pairs` (candidates with their evidence) and :mod:`.select` (which pairs link). The
pair-by-pair version over sets of strings that the arrays must equal, float for float, is
in the tests (tests/core/align_reference.py).
"""

from kompare.core.align.pairs import Candidates, candidates
from kompare.core.align.score import PairScore
from kompare.core.align.seed import candidate_codes
from kompare.core.align.select import Alignment, Group, align, alignment
from kompare.core.align.terms import DocTerms, PairTerms, SentenceTerms, TermWeights, pair_terms

__all__ = [
    "Alignment", "Candidates", "DocTerms", "Group", "PairScore", "PairTerms", "SentenceTerms", "TermWeights", "align",
    "alignment",
    "candidate_codes", "candidates", "pair_terms",
]
