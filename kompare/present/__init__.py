"""How kompare presents a comparison: each kind's name, colours, legend and marked words.

The window and the report both read this package (it imports no Qt), so a kind is
defined once and the two can never drift apart.  Its modules:

- :mod:`~kompare.present.colours`: the palette and colour arithmetic;
- :mod:`~kompare.present.looks`: each kind's :class:`Look` (name, legend, colours);
- :mod:`~kompare.present.marked`: which words of a linked passage are marked;
- :mod:`~kompare.present.wording`: a link in words (changes, confidence, notes);
- :mod:`~kompare.present.quotations`: quotations with their counterparts, by speaker;
- :mod:`~kompare.present.shares`: each kind's share of a document in whole percentages.

Everything is importable from here (``from kompare.present import look_of``).

Colours are the Okabe–Ito palette (2008, "Color Universal Design"), told apart
with every common colour deficiency.  Each kind has a strong colour (bars, chips,
gutter bands), a light tint for its passages and a word tint for the words it
marks; the tints are the strong colour laid over white at the kind's weight
(the window lays them over its own background instead, for dark themes).

>>> LOOKS[Kind.DIVERGENCE].strong, LOOKS[Kind.DIVERGENCE].share_label
('#E69F00', 'diverges')
>>> LOOKS[Kind.PARTIAL].tint == mix(LOOKS[Kind.PARTIAL].strong, LOOKS[Kind.PARTIAL].tint_weight)
True
>>> look_of("unique").label
'Unique'
"""

from kompare.present.colours import (
    BLUE, BLUISH_GREEN, GREY, MUTED, ORANGE, PAPER, REDDISH_PURPLE, RULE, SKY_BLUE, TEXT, VERMILLION, contrast,
    luminance, mix, readable_on,
)
from kompare.present.looks import (
    LOOKS, QUOTE_COLOUR, QUOTE_COLOUR_DARK, STATUS_KINDS, TYPED_WORD_WEIGHT, Kind, Look, WordMark, colour_key,
    count_of, count_word, look_of, typed_word,
)
from kompare.present.marked import marked_ranges, shared_ranges, typed_ranges
from kompare.present.quotations import (
    ABSENT, DESCRIBED_APART, ONE_SIDED_DESCRIPTION, ONE_SIDED_SPEAKER, OTHER_SPEAKER, QUOTE_MATCH_LABELS,
    SPEAKER_KINDS_APART, QuoteGroup, QuoteRow, quote_diff_ranges, quote_groups, quote_rendering, quote_rows,
)
from kompare.present.shares import percentages, share_figures, share_of, share_text
from kompare.present.wording import (
    BY_HAND, CHANGE_LABELS, NO_SHARED_WORD, NO_WORDS, SENSITIVITIES, UNCERTAIN_BELOW, change_label, change_text,
    change_words, confidence_text, hand_note, inner_ends, is_uncertain, link_figures, near_note, partial_note,
    reader_text, sensitivity_text, uncertain_note,
)

__all__ = [
    "ABSENT", "BLUE", "BLUISH_GREEN", "BY_HAND", "CHANGE_LABELS", "DESCRIBED_APART", "GREY", "LOOKS", "Kind", "Look",
    "MUTED",
    "NO_SHARED_WORD", "NO_WORDS", "ONE_SIDED_DESCRIPTION", "ONE_SIDED_SPEAKER", "ORANGE", "OTHER_SPEAKER", "PAPER",
    "QUOTE_COLOUR", "QUOTE_COLOUR_DARK", "QUOTE_MATCH_LABELS", "QuoteGroup", "QuoteRow", "REDDISH_PURPLE", "RULE",
    "SENSITIVITIES", "SKY_BLUE", "SPEAKER_KINDS_APART", "STATUS_KINDS", "TEXT", "TYPED_WORD_WEIGHT",
    "UNCERTAIN_BELOW", "VERMILLION", "WordMark", "change_label", "change_text", "change_words", "colour_key",
    "confidence_text", "contrast", "count_of", "count_word", "hand_note", "inner_ends", "is_uncertain", "link_figures",
    "look_of", "luminance", "marked_ranges", "mix", "near_note", "partial_note", "percentages", "quote_diff_ranges",
    "quote_groups", "quote_rendering", "quote_rows", "readable_on", "reader_text", "sensitivity_text", "share_figures",
    "share_of", "share_text", "shared_ranges", "typed_ranges", "typed_word", "uncertain_note",
]
