"""Markup in a document or a file name is shown as the characters it is, everywhere in the window."""

from dataclasses import replace

from PySide6.QtGui import QTextDocument, Qt  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QLabel, QWidget

from kompare.core.model import Quote, Side
from tests.gui.helpers import make_comparison

# What a hostile document might carry: a tag that loads a file, a tag, an entity.
MARKUP = '<img src="/x.png"><b>bold</b>&amp;'
FILE_MARKUP = '<img src=x.png>&amp;<b>'  # a file name cannot hold '/'


def shown(text: str, fmt=Qt.TextFormat.AutoText) -> str:
    """What a reader sees of ``text`` in a label or tooltip with text format ``fmt``."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not Qt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def assert_literal(text: str, fmt=Qt.TextFormat.AutoText, where: str = "") -> None:
    """Wherever the markup reaches, it is shown whole, as text."""
    if not text or "x.png" not in text:
        return
    seen = shown(text, fmt)
    assert MARKUP in seen or FILE_MARKUP in seen, f"{where}: {text!r} shows as {seen!r}"


def hostile_comparison(folder):
    c = make_comparison(filler=3)
    path = folder / f"{FILE_MARKUP}.txt"
    doc_a = replace(c.a.document, title=f"Title {MARKUP}", source=f"Src {MARKUP}", date=MARKUP,
                    path=str(path), notices=(f"notice {MARKUP}",))
    doc_b = replace(c.b.document, title=f"B {MARKUP}", path=str(folder / "b.txt"))
    # Put the markup into the text of B's unique sentence and a quote's speaker, keeping offsets valid.
    marker = "Washington warned of consequences."
    start = c.b.text.index(marker)
    new_b = c.b.text[:start] + marker.replace("Washington", MARKUP) + c.b.text[start + len(marker):]
    grow = len(new_b) - len(c.b.text)
    sentences_b = tuple(s if s.end <= start else replace(s, end=s.end + grow) for s in c.b.sentences)
    doc_b = replace(doc_b, text=new_b)
    quotes_a = tuple(replace(q, speaker=MARKUP) for q in c.quotes_a)
    quotes_b = (c.quotes_b[0], Quote(1, start, start + len(MARKUP), speaker=MARKUP, short=True))
    return replace(
        c,
        a=replace(c.a, document=doc_a),
        b=replace(c.b, document=doc_b, sentences=sentences_b),
        quotes_a=quotes_a,
        quotes_b=quotes_b,
    ), path


def test_markup_from_documents_and_file_names_is_shown_literally(qtbot, window, tmp_path, dialogs):
    comparison, path = hostile_comparison(tmp_path)
    path.write_text("Putin met Kim.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kim met Putin.\n", encoding="utf-8")
    window.show_comparison(comparison)
    qtbot.waitUntil(lambda: window._panels_pending is None, timeout=5000)
    window.settings.add_recent(str(path))
    window._update_recent_menus()
    window._on_file_changed(str(path))  # the "changed on disk" bar
    window.load(Side.A, str(tmp_path / f"{FILE_MARKUP} missing.txt"))  # an error dialog
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10000)

    checked = 0
    for widget in window.findChildren(QWidget):
        assert_literal(widget.toolTip(), where=f"tooltip of {type(widget).__name__}")
        checked += "x.png" in widget.toolTip()
        if isinstance(widget, QLabel):
            assert_literal(widget.text(), widget.textFormat(), where="label")
            checked += "x.png" in widget.text()
    for menu in window.recent_menus.values():
        for act in menu.actions():
            assert_literal(act.toolTip(), where="recent file")
            assert FILE_MARKUP.replace("&", "&&") in act.text()  # '&' is doubled so it is not a mnemonic
    def indexes(model, parent=None):
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                yield row, column, index
                if column == 0:
                    yield from indexes(model, index)

    for model in (window.link_list.model, window.quotes.model):
        for row, column, index in indexes(model):
            if True:
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        # Item views draw DisplayRole as plain text; tooltips go through Qt's guess.
                        fmt = Qt.TextFormat.PlainText if role == Qt.ItemDataRole.DisplayRole else Qt.TextFormat.AutoText
                        assert_literal(value, fmt, where=f"{type(model).__name__} {row},{column}")
                        checked += "x.png" in value
    for side in Side:
        for s in comparison.doc(side).sentences:
            tip = window.tooltip_for(side, s.start)
            assert_literal(tip or "", where="pane tooltip")
            checked += "x.png" in (tip or "")
    for title, text in dialogs:
        assert_literal(text, where="dialog")
    assert "x.png" in dialogs[-1][1]
    assert "x.png" in window.info.label.text()
    assert checked >= 8  # headers, notices, list and quote tooltips, pane tooltips all carried it


def test_rich_escapes_and_keeps_lines():
    from kompare.gui.plain import rich

    assert shown(rich("a <b>\n&amp;")) == "a <b>\n&amp;"
