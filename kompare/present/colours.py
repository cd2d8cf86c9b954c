"""kompare's colours as '#RRGGBB' strings, and the arithmetic on them (mixing, WCAG contrast).

The Okabe–Ito palette (2008, "Color Universal Design"), told apart with every common
colour deficiency.
"""

from __future__ import annotations

# Okabe–Ito base colours.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
BLUISH_GREEN = "#009E73"
REDDISH_PURPLE = "#CC79A7"
SKY_BLUE = "#56B4E9"
GREY = "#999999"

# Neutral ink for paper (the report).
TEXT = "#1A1A1A"
MUTED = "#5F5F5F"
RULE = "#C8C8C8"
PAPER = "#FFFFFF"


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def mix(colour: str, weight: float, base: str = PAPER) -> str:
    """``colour`` laid over ``base`` at opacity ``weight`` (0..1), as ``#RRGGBB``.

    >>> mix("#000000", 0.5)
    '#808080'
    """
    top, under = _rgb(colour), _rgb(base)
    return "#%02X%02X%02X" % tuple(round(c * weight + u * (1 - weight)) for c, u in zip(top, under))


def luminance(colour: str) -> float:
    """Relative luminance as WCAG 2 defines it (0 black to 1 white)."""

    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21).

    >>> round(contrast("#000000", "#FFFFFF"))
    21
    """
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(colour: str, background: str, minimum: float = 4.5) -> str:
    """``colour`` mixed towards black until text in it reads on ``background``."""
    weight = 1.0
    shade = colour
    while contrast(shade, background) < minimum and weight > 0.05:
        weight -= 0.05
        shade = mix(colour, weight, "#000000")
    return shade
