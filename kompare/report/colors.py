"""kompare's palette: Okabe–Ito colours, safe for colour-blind readers, as hex strings.

One family per category: a strong colour (marks, bars, text accents), a
light tint (passage backgrounds) and a word tint (highlighted words).  Pure
constants, no Qt, so the report and the GUI share them.

>>> AGREEMENT, DIVERGENCE, UNIQUE
('#0072B2', '#D55E00', '#CC79A7')
>>> mix(AGREEMENT, 0.2) == AGREEMENT_TINT
True
>>> KIND_COLORS["divergence"].word == DIVERGENCE_WORD
True
"""

from __future__ import annotations

from typing import NamedTuple

# Okabe–Ito base colours.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"

# Agreement: same claim on both sides.
AGREEMENT = BLUE
AGREEMENT_TINT = "#CCE3F0"  # mix(BLUE, 0.2)
AGREEMENT_WORD = "#A6CEE4"  # mix(BLUE, 0.35)

# Divergence: same claim, facts differ.
DIVERGENCE = VERMILLION
DIVERGENCE_ACCENT = ORANGE
DIVERGENCE_TINT = "#FAECCC"  # mix(ORANGE, 0.2)
DIVERGENCE_WORD = "#F0C7A6"  # mix(VERMILLION, 0.35)

# Partial: one passage carries the other's claim plus more.
BLUISH_GREEN = "#009E73"
PARTIAL = BLUISH_GREEN
PARTIAL_TINT = "#CCECE3"  # mix(BLUISH_GREEN, 0.2)
PARTIAL_WORD = "#A6DDCE"  # mix(BLUISH_GREEN, 0.35)

# Unique: said by one document only.
UNIQUE = REDDISH_PURPLE
UNIQUE_TINT = "#F5E4ED"  # mix(REDDISH_PURPLE, 0.2)
UNIQUE_WORD = "#EDD0E0"  # mix(REDDISH_PURPLE, 0.35)

# Left out of the comparison (page furniture, captions, repeats).
EXCLUDED = GREY
EXCLUDED_TINT = "#EBEBEB"  # mix(GREY, 0.2)

# Neutral ink.
TEXT = "#1A1A1A"
MUTED = "#5F5F5F"
RULE = "#C8C8C8"
PAPER = "#FFFFFF"


class Family(NamedTuple):
    """The three shades of one category."""

    strong: str
    tint: str
    word: str


KIND_COLORS: dict[str, Family] = {
    "agreement": Family(AGREEMENT, AGREEMENT_TINT, AGREEMENT_WORD),
    "divergence": Family(DIVERGENCE, DIVERGENCE_TINT, DIVERGENCE_WORD),
    "partial": Family(PARTIAL, PARTIAL_TINT, PARTIAL_WORD),
    "unique": Family(UNIQUE, UNIQUE_TINT, UNIQUE_WORD),
    "excluded": Family(EXCLUDED, EXCLUDED_TINT, EXCLUDED_TINT),
}


def mix(colour: str, weight: float) -> str:
    """``colour`` laid over white at opacity ``weight`` (0..1), as ``#RRGGBB``.

    >>> mix("#000000", 0.5)
    '#808080'
    """
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#%02X%02X%02X" % tuple(round(c * weight + 255 * (1 - weight)) for c in (r, g, b))
