"""Figures a passage states: value, unit, precision, and when two are one figure told twice."""

import pytest

from kompare.core.figures import close_figures, figures


def _figs(text):
    return [(f.value, f.unit, text[f.start : f.end]) for f in figures(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("$3.6 billion for the wall", [(3.6e9, "usd", "$3.6 billion")]),
        ("eyes $8B for the wall", [(8e9, "usd", "$8B")]),  # a scale written onto the sum
        ("paid 12 percent", [(12.0, "%", "12 percent")]),
        ("twelve devices", [(12.0, "devic", "twelve")]),
        # A comma ends the search for what a figure counts.
        ("a rate of 35.72, and, with city taxes", [(35.72, "", "35.72")]),
        # Years and times are dates, not figures.
        ("in 2014 at 10:30", []),
    ],
)
def test_figures_read_value_unit_and_words(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("$43 million", "$43,885,310", True),  # two digits: told roughly
        ("nearly $44 million", "$43,885,310", True),  # rounded
        ("$43 million", "nearly $44 million", True),  # told alike, one said to be rounded
        ("$43 million", "$44 million", False),
        ("36 percent", "35.7 percent", True),  # rounded to the coarser figure's last digit
        ("$141 million", "$139 million", False),  # three digits mean exactly that
        ("$3.6 billion", "$3 billion", False),
        ("12 devices", "13 devices", False),
        ("$15 million", "15 percent", False),  # two quantities, not one
        ("a rate of 35.7 percent", "a rate of 35.72", True),  # an unstated unit may be any
        ("40 people", "45 people", False),  # a count of forty, not a round "45"
        ("30 percent", "33 percent", False),
        ("40 percent", "39.6 percent", True),  # rounded to the unit
        ("about 40 people", "42 people", True),  # said to be approximate
        ("some $200", "$210", True),
        ("1,500 troops", "1,460 troops", True),  # a large round figure may be rounded
    ],
)
def test_same_figure_told_at_another_precision(a, b, same):
    assert close_figures(figures(a, 0, len(a)), figures(b, 0, len(b)), 0.025) is same
