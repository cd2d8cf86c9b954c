"""The window's colours: kompare.present's kinds, tinted against the widget palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from kompare import present
from kompare.present import LOOKS, Kind

#: Tints on a dark background need more colour to show.
DARK_BOOST = 1.7
#: The selected passage's tint is this much stronger than its resting tint.
SELECTED_BOOST = 1.8


def mix(base: QColor, colour: QColor, t: float) -> QColor:
    """``t`` of ``colour`` over ``base`` (0 gives base, 1 gives colour)."""
    return QColor(present.mix(colour.name(), t, base.name()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    return present.contrast(a.name(), b.name())


def legible_tint(base: QColor, colour: QColor, t: float, text: QColor, minimum: float = 4.5) -> QColor:
    """The strongest tint up to ``t`` that keeps ``text`` readable on it."""
    while t > 0.05:
        tint = mix(base, colour, t)
        if contrast(tint, text) >= minimum:
            return tint
        t -= 0.05
    return mix(base, colour, 0.05)


@dataclass(frozen=True)
class Scheme:
    """Every colour the panes, gutter, overview and legend paint with (keyed by kind value)."""

    dark: bool
    text: QColor
    base: QColor
    background: dict[str, QColor]  # kind -> passage background
    selected: dict[str, QColor]  # kind -> background of the selected passage
    band: dict[str, QColor]  # kind -> translucent gutter band
    solid: dict[str, QColor]  # kind -> full colour (overview, legend, selection bar)
    word: dict[str, QColor]  # kind -> background of the words it marks
    underline: dict[str, QColor]  # kind -> underline of its marked words (kinds that underline)
    typed_word: QColor  # background of the words a typed change names (present.typed_word)
    quote_underline: QColor
    dimmed: QColor
    warning: QColor

    @property
    def diff_word(self) -> QColor:
        return self.word[Kind.DIVERGENCE.value]


def scheme_for(palette: QPalette) -> Scheme:
    """Colours that suit ``palette``: light tints on light themes, deep ones on dark themes."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightnessF() < 0.5
    boost = DARK_BOOST if dark else 1.0
    background, selected, band, solid, word, underline = {}, {}, {}, {}, {}, {}
    for kind, look in LOOKS.items():
        colour = QColor(look.strong)
        key = kind.value
        background[key] = legible_tint(base, colour, look.tint_weight * boost, text)
        selected[key] = legible_tint(base, colour, look.tint_weight * boost * SELECTED_BOOST, text)
        word[key] = legible_tint(base, QColor(look.word_colour), look.word_weight * boost, text)
        if look.underline:
            line = QColor(look.underline)
            underline[key] = line.lighter(130) if dark else line.darker(115)
        band_colour = QColor(colour)
        band_colour.setAlphaF(0.45 if dark else 0.32)
        band[key] = band_colour
        solid[key] = colour
    return Scheme(
        dark=dark,
        text=text,
        base=base,
        background=background,
        selected=selected,
        band=band,
        solid=solid,
        word=word,
        underline=underline,
        typed_word=legible_tint(base, QColor(LOOKS[Kind.DIVERGENCE].word_colour),
                                present.TYPED_WORD_WEIGHT * boost, text),
        quote_underline=QColor(present.QUOTE_COLOUR_DARK if dark else present.QUOTE_COLOUR),
        dimmed=mix(base, text, 0.45),
        warning=QColor("#F0C05A") if dark else QColor("#8A5A00"),
    )
