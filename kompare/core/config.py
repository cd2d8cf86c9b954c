"""Every tunable threshold of the comparison, in one documented place.

>>> CompareConfig().min_dice
0.3
>>> CompareConfig(sensitivity=0.8).scaled(0.4) < 0.4
True
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class CompareConfig:
    """Thresholds for :func:`kompare.core.compare`; the defaults suit news articles."""

    #: 0..1; higher links weaker evidence. 0.5 keeps the thresholds below as written.
    sensitivity: float = 0.5
    #: Minimum idf-weighted Dice of two sentences' terms for a link (see align.py).
    min_dice: float = 0.3
    #: ...times this when they share a phrase that no other sentence uses.
    rare_phrase_dice_factor: float = 0.6
    #: ...times this when each is the other's best candidate and they share at least
    #: ``min_shared_terms + mutual_best_extra_terms`` terms, two of them not names.
    mutual_best_dice_factor: float = 0.45
    mutual_best_extra_terms: int = 2
    #: Minimum share of the lighter sentence's weight found in the other (a clause or a
    #: quotation shared inside otherwise different sentences).
    min_containment: float = 0.4
    #: ...provided the shorter sentence has at least this many content terms (not a heading).
    min_clause_terms: int = 5
    #: A neighbouring sentence joins a link when it carries this share of
    #: ``min_containment`` of its own weight in terms the link had not matched yet.
    extend_gain_factor: float = 0.6
    #: Next to a link, in the same order on both sides (a run of reused text), a pair
    #: links with this share of ``min_dice``.
    neighbour_dice_factor: float = 0.5
    #: A link needs at least this many distinct shared content terms...
    min_shared_terms: int = 3
    #: ...or this many when the shared terms include a rare phrase or a quoted word.
    min_shared_terms_strong: int = 2
    #: A term seeds candidate pairs only while it pairs at most this many sentences
    #: (sentences with it in A times those in B): rare terms seed, common ones only score.
    max_seed_pairs_per_term: int = 16
    #: Most sentences one side of a link may span.
    max_link_sentences: int = 3
    #: Words in a row, said twice word for word in one document, that make a repeat.
    min_repeat_words: int = 20
    #: A replaced run longer than this (in words, either side) is a paraphrase: only
    #: numbers and dates stated on both sides are typed in it, not names or negations.
    local_change_words: int = 6
    #: A link's word diff runs difflib on the whole link up to this many words a side;
    #: longer links are first cut at words found once on each side, so difflib (quadratic
    #: at worst) only sees pieces of this size. Links of news sentences stay far below it.
    diff_exact_words: int = 400
    #: ...and while the pairs of equal words it would compare (a word's count in A times
    #: its count in B, summed) stay under this; past it, the most repeated words ("Mr."
    #: 100 times a side) only extend matches. News links stay far below it.
    diff_exact_pairs: int = 3000
    #: Size limit for one input file, in bytes (the CLI and the app refuse larger files).
    max_file_bytes: int = 20_000_000

    def scaled(self, threshold: float) -> float:
        """A threshold moved by ``sensitivity`` (0.5 leaves it unchanged)."""
        factor = 1.0 - (self.sensitivity - 0.5) * 0.6
        return threshold * factor
