"""Evidence that two sentences state the same claim, and how much it weighs.

Each candidate pair of sentences (one of A, one of B) is described by a few
explainable features: how much of their weighted vocabulary they share (Dice,
containment), what kind of words they share (rare phrases, numbers, names,
words they both quote, plain content words), how each ranks among the other's
candidates, and whether their neighbours line up too (a run of reused text).
A logistic model learned on hand-labelled same-claim pairs
(``benchmarks/train_linker.py``; weights shipped in ``data/link_weights.json``)
turns the features into a probability that a careful reader links the pair.

Everything is symmetric in A and B, so swapping the documents mirrors the result.

>>> f = Features(dice=1.0, containment=1.0, cover_low=1.0, strong=2.0, words=2.0, names=0.0,
...              numbers=0.0, phrases=1.0, quoted=0.0, rare=1.0, rank=1.0, rank_low=1.0,
...              mutual=1.0, identical=1.0, neighbours=0.0, short=0.0, exclusive=1.0, top=1.0,
...              position=1.0, semantic=0.0, semantic_rank=0.0)
>>> round(LinkModel.load().probability(f), 2) > 0.9
True
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import NamedTuple


class Features(NamedTuple):
    """One candidate pair's evidence (all symmetric in A and B)."""

    dice: float  # idf-weighted Dice of the two sentences' terms
    containment: float  # shared weight / the lighter sentence's weight
    cover_low: float  # shared weight / the heavier sentence's weight
    strong: float  # log(1 + shared content stems that are not boilerplate)
    words: float  # log(1 + shared lower-case content words: what is done, not who)
    names: float  # log(1 + shared names)
    numbers: float  # log(1 + shared figures and quantities)
    phrases: float  # log(1 + shared stem bigrams)
    quoted: float  # log(1 + words both sentences quote)
    rare: float  # 1 when they share a phrase or a quoted word no other sentence has
    rank: float  # mean of 1/rank of each among the other's candidates
    rank_low: float  # the lower of the two 1/rank
    mutual: float  # 1 when each is the other's best candidate
    identical: float  # 1 for the same words in the same order
    neighbours: float  # best Dice of the diagonal neighbours (i-1, j-1), (i+1, j+1)
    short: float  # 1 when either sentence has at most 4 content terms (a headline, a fragment)
    exclusive: float  # log(1 + shared strong stems found in no other sentence of either document)
    top: float  # 1 when both are among their documents' first three (headline, lede) of ten or more
    position: float  # 1 - |relative position in A - relative position in B|
    semantic: float  # cosine of the paraphrase encoder's sentence vectors (0 without it)
    semantic_rank: float  # mean of 1/rank of each among the other's candidates by that cosine


FEATURE_NAMES = Features._fields


@dataclass(frozen=True)
class LinkModel:
    """A logistic model over :class:`Features`: one weight per feature and a bias."""

    weights: tuple[float, ...]
    bias: float

    def probability(self, f: Features) -> float:
        # Added one by one, left to right (as :meth:`probabilities` adds its columns),
        # not with sum(), whose order of rounding may change between Python versions.
        z = 0.0
        for product in map(mul, self.weights, f):
            z += product
        return _logistic(self.bias + z)

    def probabilities(self, rows) -> list[float]:
        """:meth:`probability` of each row of a numpy array of features (columns in
        :data:`FEATURE_NAMES` order), to the same floats: a long text has a hundred
        thousand candidate pairs.

        >>> m = LinkModel((0.5, -2.0), 0.25)
        >>> rows = __import__("numpy").array([[1.0, 0.0], [0.3, 7.0], [100.0, 0.1], [-80.0, 0.0]])
        >>> m.probabilities(rows) == [m.probability(r) for r in rows.tolist()]
        True
        """
        return self.probability_array(rows).tolist()

    def probability_array(self, rows):
        """:meth:`probabilities` as a numpy array."""
        np = __import__("numpy")  # (imported late: the command line starts faster without it)
        z = np.zeros(len(rows))
        for k, weight in enumerate(self.weights):
            z = z + weight * rows[:, k]
        z = self.bias + z
        # As _logistic, over arrays: ``math.exp`` for e^-z (numpy's exp may differ in the last bit).
        live = ~(z < -30)
        e = np.fromiter(map(math.exp, (-z[live]).tolist()), dtype=float, count=int(live.sum()))
        out = np.zeros(len(z))
        out[live] = 1.0 / (1.0 + e)
        return out

    @staticmethod
    @lru_cache(maxsize=2)
    def load(semantic: bool = False) -> "LinkModel":
        """The weights shipped with kompare (``kompare/core/data/link_weights.json``).

        ``semantic``: the model for when the paraphrase encoder runs; the other one
        never looks at the encoder's features.
        """
        return LinkModel.from_json(shipped_weights()["semantic" if semantic else "lexical"])

    @staticmethod
    def from_json(d: dict) -> "LinkModel":
        w = d["weights"]
        missing = set(FEATURE_NAMES) - set(w)
        if missing:
            raise ValueError(f"link weights lack {sorted(missing)}")
        return LinkModel(tuple(float(w[n]) for n in FEATURE_NAMES), float(d["bias"]))

    def to_json(self) -> dict:
        return {"weights": dict(zip(FEATURE_NAMES, self.weights)), "bias": self.bias}


def _logistic(z: float) -> float:
    """1 / (1 + e^-z), exactly 0 far below zero."""
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


__all__ = ["Features", "FEATURE_NAMES", "LinkModel"]


def shipped_weights() -> dict:
    """``kompare/core/data/link_weights.json`` as read: both models, and what they were learned from.

    >>> sorted(shipped_weights()["semantic"])[:2]
    ['bias', 'rows']
    """
    raw = resources.files("kompare.core").joinpath("data/link_weights.json").read_text(encoding="utf-8")
    return json.loads(raw)
