import re

from kompare.core.model import LinkKind
from kompare.report import colors as C

HEX = re.compile(r"^#[0-9A-F]{6}$")


def test_every_constant_is_a_hex_colour():
    names = [n for n in dir(C) if n.isupper() and isinstance(getattr(C, n), str)]
    assert len(names) >= 15
    for name in names:
        assert HEX.match(getattr(C, name)), name


def test_tints_are_the_strong_colours_over_white():
    assert C.AGREEMENT_TINT == C.mix(C.BLUE, 0.2)
    assert C.AGREEMENT_WORD == C.mix(C.BLUE, 0.35)
    assert C.DIVERGENCE_TINT == C.mix(C.ORANGE, 0.2)
    assert C.DIVERGENCE_WORD == C.mix(C.VERMILLION, 0.35)
    assert C.UNIQUE_TINT == C.mix(C.REDDISH_PURPLE, 0.2)
    assert C.EXCLUDED_TINT == C.mix(C.GREY, 0.2)


def test_okabe_ito_base_colours():
    assert (C.AGREEMENT, C.DIVERGENCE, C.DIVERGENCE_ACCENT, C.UNIQUE) == ("#0072B2", "#D55E00", "#E69F00", "#CC79A7")


def test_kind_colours_cover_every_link_kind_and_unique():
    assert {k.value for k in LinkKind} | {"unique"} <= set(C.KIND_COLORS)
    for family in C.KIND_COLORS.values():
        assert all(HEX.match(c) for c in family)


def test_mix_bounds():
    assert C.mix("#123456", 1.0) == "#123456"
    assert C.mix("#123456", 0.0) == "#FFFFFF"
