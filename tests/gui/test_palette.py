from PySide6.QtGui import QColor, QPalette

from kompare import present
from kompare.gui.palette import contrast, legible_tint, scheme_for


def palette(base: str, text: str) -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Base, QColor(base))
    p.setColor(QPalette.ColorRole.Text, QColor(text))
    p.setColor(QPalette.ColorRole.Window, QColor(base))
    return p


def test_light_and_dark_tints_keep_text_readable(qapp):
    for base, text in (("#ffffff", "#000000"), ("#1e1e1e", "#e6e6e6"), ("#2b2b2b", "#ffffff")):
        scheme = scheme_for(palette(base, text))
        assert scheme.dark == (QColor(base).lightnessF() < 0.5)
        for colours in (scheme.background, scheme.selected):
            for colour in colours.values():
                assert contrast(colour, QColor(text)) >= 4.5
        assert contrast(scheme.diff_word, QColor(text)) >= 4.5
        assert contrast(scheme.typed_word, QColor(text)) >= 4.5 and scheme.typed_word != scheme.diff_word


def test_every_kind_has_its_own_colours_from_the_presentation_layer(qapp):
    from kompare.present import LOOKS

    scheme = scheme_for(palette("#ffffff", "#000000"))
    names = {c.name() for c in scheme.background.values()}
    assert len(names) == len(LOOKS)
    assert scheme.diff_word.name() not in names
    for kind, look in LOOKS.items():
        # On white the window's tints are the report's tints: one definition, no drift.
        assert scheme.solid[kind.value].name().upper() == look.strong
        assert scheme.background[kind.value].name().upper() == look.tint
        assert scheme.word[kind.value].name().upper() == look.word
    assert scheme.typed_word.name().upper() == present.typed_word()


def test_legible_tint_backs_off_when_too_strong(qapp):
    tint = legible_tint(QColor("#000000"), QColor("#ffffff"), 0.9, QColor("#ffffff"))
    assert contrast(tint, QColor("#ffffff")) >= 4.5
