"""The report's colours, as hex strings: taken from :mod:`kompare.present`, never chosen here.

>>> AGREEMENT, DIVERGENCE, PARTIAL, UNIQUE
('#0072B2', '#E69F00', '#009E73', '#CC79A7')
>>> KIND_COLORS["divergence"].word == DIVERGENCE_WORD
True
"""

from __future__ import annotations

from typing import NamedTuple

from kompare.present import (  # noqa: F401  (re-exported for the report's modules)
    BLUE, BLUISH_GREEN, GREY, LOOKS, MUTED, ORANGE, PAPER, REDDISH_PURPLE, RULE, TEXT, VERMILLION, Kind,
    mix,
)


class Family(NamedTuple):
    """The shades of one kind on paper."""

    strong: str
    tint: str
    word: str
    ink: str  # the strong colour dark enough for text
    on_strong: str  # text on a chip of the strong colour


KIND_COLORS: dict[str, Family] = {
    kind.value: Family(look.strong, look.tint, look.word, look.ink, look.on_strong)
    for kind, look in LOOKS.items()
}

AGREEMENT, AGREEMENT_TINT, AGREEMENT_WORD = KIND_COLORS["agreement"][:3]
DIVERGENCE, DIVERGENCE_TINT, DIVERGENCE_WORD = KIND_COLORS["divergence"][:3]
DIVERGENCE_ACCENT = LOOKS[Kind.DIVERGENCE].underline
PARTIAL, PARTIAL_TINT, PARTIAL_WORD = KIND_COLORS["partial"][:3]
UNIQUE, UNIQUE_TINT, UNIQUE_WORD = KIND_COLORS["unique"][:3]
EXCLUDED, EXCLUDED_TINT = KIND_COLORS["excluded"][:2]
