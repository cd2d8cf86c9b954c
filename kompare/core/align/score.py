"""What the aligner records of how much two sentences share: a pair's :class:`PairScore`.

Worked out over arrays by :mod:`.table`, to the very values of the pair-by-pair reference (tests/core/align_reference.py)."""

from __future__ import annotations

from typing import NamedTuple


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
