import warnings

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from kompare.core.model import Side
from kompare.gui.marks import Marks
from kompare.gui.text_pane import TextPane
from tests.gui.helpers import make_comparison, selections


def make_pane(qtbot, comparison, side=Side.A):
    pane = TextPane(side)
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    qtbot.waitExposed(pane)
    marks = Marks(comparison)
    seg = comparison.doc(side)
    pane.set_document(seg.document, seg.excluded, marks.sides[side])
    return pane, marks


def test_shows_the_text_and_highlights_sentences_at_their_offsets(qtbot, comparison):
    pane, marks = make_pane(qtbot, comparison)
    assert pane.toPlainText() == comparison.a.text
    found = {(s, e): colour for s, e, colour in selections(pane)}
    scheme = pane.scheme
    link = comparison.links[0]
    s = comparison.a.sentences[link.a[0]]
    assert found[(s.start, s.end)] == scheme.background["agreement"].name()
    pact = comparison.a.sentences[comparison.links[1].a[0]]
    assert found[(pact.start, pact.end)] == scheme.background["divergence"].name()
    unique = comparison.a.sentences[comparison.unique_a[0]]
    assert found[(unique.start, unique.end)] == scheme.background["unique"].name()
    # the differing words stand out with the stronger tint
    text = comparison.a.text
    words = [text[s:e] for s, e, c in selections(pane) if c == scheme.diff_word.name()]
    assert words[:2] == ["pact", "23"]
    # and the words of the typed change ("23" against "25") stand out among them
    typed = [text[s:e] for s, e, c in selections(pane) if c == scheme.typed_word.name()]
    assert typed[:1] == ["23"] and "pact" not in typed


def test_only_the_visible_part_gets_extra_selections(qtbot):
    comparison = make_comparison(filler=150)
    pane, _ = make_pane(qtbot, comparison)
    lo, hi = pane.visible_range()
    assert hi < len(comparison.a.text)
    assert all(start < hi + 2100 for start, _, _ in selections(pane))
    last = comparison.a.sentences[-1]
    assert not any(s == last.start for s, _, _ in selections(pane))
    pane.reveal(last.start, last.end)
    assert any(s == last.start for s, _, _ in selections(pane))
    assert isinstance(pane.y_at(last.start), float)


def test_furniture_is_dimmed_then_hidden(qtbot, comparison):
    pane, _ = make_pane(qtbot, comparison)
    ad = comparison.a.excluded[0]
    dimmed = [(s, e) for sel in pane.extraSelections()
              for s, e in [(sel.cursor.selectionStart(), sel.cursor.selectionEnd())]
              if sel.format.foreground().color() == pane.scheme.dimmed]
    assert (ad.start, ad.end) in dimmed
    pane.set_show_furniture(False)
    assert "Advertisement" not in pane.toPlainText()
    assert pane.toPlainText().startswith("Putin signed")
    # highlights still land on the right words through the offset map
    link = comparison.links[0]
    s = comparison.a.sentences[link.a[0]]
    assert (s.start, s.end) in {(a, b) for a, b, _ in selections(pane)}
    pane.set_show_furniture(True)
    assert pane.toPlainText() == comparison.a.text


def test_quotations_get_a_dotted_underline(qtbot, comparison):
    pane, _ = make_pane(qtbot, comparison)
    q = comparison.quotes_a[0]
    pane.reveal(q.start, q.end)
    dotted = [(pane.map.to_document(sel.cursor.selectionStart()), pane.map.to_document(sel.cursor.selectionEnd()))
              for sel in pane.extraSelections()
              if sel.format.underlineStyle() == sel.format.UnderlineStyle.DotLine]
    assert (q.start, q.end) in dotted


def test_dropping_a_file_emits_its_path(qtbot, comparison, tmp_path):
    pane, _ = make_pane(qtbot, comparison)
    target = tmp_path / "dropped.txt"
    target.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    with qtbot.waitSignal(pane.file_dropped) as signal:
        drop_files(pane.viewport(), mime)
    assert signal.args == [str(target)]


def drop_files(widget, mime):
    """A drag entering ``widget`` then dropping there, as Qt delivers them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # QDragEnterEvent takes a QPoint
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_click_reports_the_offset_under_the_mouse(qtbot, comparison):
    pane, _ = make_pane(qtbot, comparison)
    s = comparison.a.sentences[comparison.links[0].a[0]]
    cursor = pane.textCursor()
    cursor.setPosition(s.start + 3)
    point = pane.cursorRect(cursor).center()
    with qtbot.waitSignal(pane.passage_clicked) as signal:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert s.start <= signal.args[0] < s.end


def test_empty_pane_invites_a_document(qtbot):
    pane = TextPane(Side.B)
    qtbot.addWidget(pane)
    pane.resize(300, 300)
    pane.show()
    image = pane.viewport().grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 300, 7) for y in range(0, 300, 7)}
    assert len(colours) > 2  # the invitation (frame and words) is painted, not a blank page
    assert pane.accessibleName() == "Document B text"


def test_a_comparison_of_the_text_on_screen_keeps_the_text_and_the_place(qtbot, comparison):
    """Highlights arrive without setting the text again (a megabyte froze the window)."""
    pane, marks = make_pane(qtbot, comparison)
    seg = comparison.doc(Side.A)
    pane.set_document(seg.document, seg.excluded)  # as loaded, before the comparison
    revision = pane.document().revision()
    pane.set_document(seg.document, seg.excluded, marks.sides[Side.A])
    assert pane.document().revision() == revision
    assert selections(pane)  # the comparison's highlights are drawn
    other = comparison.doc(Side.B)
    pane.set_document(other.document, other.excluded)
    assert pane.document().revision() != revision and pane.toPlainText() == comparison.b.text
