import re

from kompare.core.model import LinkKind, Status
from kompare.present import LOOKS, Kind, contrast, mix
from kompare.report import colors as C

HEX = re.compile(r"^#[0-9A-F]{6}$")


def test_every_constant_is_a_hex_colour():
    names = [n for n in dir(C) if n.isupper() and isinstance(getattr(C, n), str)]
    assert len(names) >= 15
    for name in names:
        assert HEX.match(getattr(C, name)), name


def test_the_report_takes_its_colours_from_the_presentation_layer():
    for kind, look in LOOKS.items():
        family = C.KIND_COLORS[kind.value]
        assert (family.strong, family.tint, family.word) == (look.strong, look.tint, look.word)
        assert family.tint == mix(look.strong, look.tint_weight)
    assert (C.AGREEMENT, C.DIVERGENCE, C.PARTIAL, C.UNIQUE) == ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
    assert C.DIVERGENCE_ACCENT == "#D55E00"  # the changed words' underline


def test_kind_colours_cover_every_link_kind_and_status():
    assert {k.value for k in LinkKind} | {s.value for s in Status} | {"excluded"} <= set(C.KIND_COLORS)
    for family in C.KIND_COLORS.values():
        assert all(HEX.match(c) for c in family)


def test_kinds_look_different_and_read_on_paper():
    strong = {LOOKS[k].strong for k in Kind}
    tints = {LOOKS[k].tint for k in Kind}
    assert len(strong) == len(tints) == len(Kind)
    for look in LOOKS.values():
        assert contrast(look.ink, "#FFFFFF") >= 4.5
        assert contrast(look.tint, "#1A1A1A") >= 4.5 and contrast(look.word, "#1A1A1A") >= 4.5
        assert contrast(look.on_strong, look.strong) >= 2.0


def test_mix_bounds():
    assert C.mix("#123456", 1.0) == "#123456"
    assert C.mix("#123456", 0.0) == "#FFFFFF"
