"""Highlight colours from the Okabe–Ito palette, tinted against the widget palette."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour deficiency.
BLUE = "#0072B2"  # agreement
ORANGE = "#E69F00"  # divergence
VERMILLION = "#D55E00"  # the words that differ inside a divergence
PURPLE = "#CC79A7"  # unique to one side
SKY = "#56B4E9"  # quotations

KIND_BASE = {"agreement": BLUE, "divergence": ORANGE, "unique": PURPLE}


def mix(base: QColor, colour: QColor, t: float) -> QColor:
    """``t`` of ``colour`` over ``base`` (0 gives base, 1 gives colour)."""
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * t,
        base.greenF() + (colour.greenF() - base.greenF()) * t,
        base.blueF() + (colour.blueF() - base.blueF()) * t,
    )


def luminance(c: QColor) -> float:
    """Relative luminance as defined by WCAG 2."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


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
    """Every colour the panes, gutter, overview and legend paint with."""

    dark: bool
    text: QColor
    base: QColor
    background: dict[str, QColor]  # kind -> passage background
    selected: dict[str, QColor]  # kind -> background of the selected passage
    band: dict[str, QColor]  # kind -> translucent gutter band
    solid: dict[str, QColor]  # kind -> full colour (overview, legend, selection bar)
    diff_word: QColor
    diff_underline: QColor
    quote_underline: QColor
    dimmed: QColor
    warning: QColor


def scheme_for(palette: QPalette) -> Scheme:
    """Colours that suit ``palette``: light tints on light themes, deep ones on dark themes."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightnessF() < 0.5
    soft, strong = (0.34, 0.52) if dark else (0.20, 0.36)
    background, selected, band, solid = {}, {}, {}, {}
    for kind, hex_colour in KIND_BASE.items():
        colour = QColor(hex_colour)
        # Unique text is often most of a document: a quieter tint keeps the page readable.
        quiet = 0.6 if kind == "unique" else 1.0
        background[kind] = legible_tint(base, colour, soft * quiet, text)
        selected[kind] = legible_tint(base, colour, strong * (0.8 if quiet < 1 else 1.0), text)
        band_colour = QColor(colour)
        band_colour.setAlphaF(0.45 if dark else 0.32)
        band[kind] = band_colour
        solid[kind] = colour
    vermillion = QColor(VERMILLION)
    return Scheme(
        dark=dark,
        text=text,
        base=base,
        background=background,
        selected=selected,
        band=band,
        solid=solid,
        diff_word=legible_tint(base, vermillion, 0.58 if dark else 0.40, text),
        diff_underline=vermillion.lighter(130) if dark else vermillion.darker(115),
        quote_underline=QColor(SKY) if dark else QColor(BLUE),
        dimmed=mix(base, text, 0.45),
        warning=QColor("#F0C05A") if dark else QColor("#8A5A00"),
    )
