from hypothesis import given
from hypothesis import strategies as st

from kompare.core.model import merge_ranges
from kompare.gui.offsets import OffsetMap, widen_to_lines


def test_cut_text_and_offsets_both_ways():
    text = "keep AD more AD end"
    m = OffsetMap(text, [(5, 8), (13, 16)])
    assert m.display_text == "keep more end"
    assert m.to_display(8) == 5  # "m" of "more"
    assert m.to_document(5) == 8
    assert m.to_display(6) == 5  # inside a cut: where the cut was
    assert m.range_to_display(5, 8) == (5, 5)


def test_merge_overlapping_and_empty():
    assert merge_ranges([(5, 9), (1, 3), (2, 4), (7, 7), (9, 12)]) == [(1, 4), (5, 12)]


def test_widen_swallows_line_break_of_whole_line():
    text = "one\nAdvertisement\n\ntwo"
    assert widen_to_lines(text, 4, 17) == (4, 19)
    assert widen_to_lines(text, 5, 17) == (5, 17)  # not at a line start: leave it


@given(st.text(alphabet="ab\n ", min_size=1, max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=5))
def test_kept_characters_round_trip(text, raw):
    cuts = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw]
    m = OffsetMap(text, cuts)
    hidden = {i for s, e in m.cuts for i in range(s, e)}
    kept = [i for i in range(len(text)) if i not in hidden]
    assert m.display_text == "".join(text[i] for i in kept)
    for display, doc in enumerate(kept):
        assert m.to_display(doc) == display
        assert m.to_document(display) == doc


@given(st.text(alphabet="ab\n 🌍é𝐦。条", min_size=1, max_size=60),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=5), st.sampled_from([6, 20_000]))
def test_each_kept_character_is_at_its_own_place_in_the_pane(text, raw, longest):
    # A pane counts UTF-16 units: an emoji takes two. Every highlight after one was a
    # character short, after eighteen of them on other words altogether. And a long line
    # with no space in reach gets a line break added (Qt froze for minutes laying out 2 MB
    # of Chinese as one line): the characters after it are one further on.
    from PySide6.QtGui import QTextCursor, QTextDocument

    cuts = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw]
    m = OffsetMap(text, cuts, longest)
    assert all(len(line) <= longest for line in m.display_text.split("\n"))
    pane = QTextDocument()
    pane.setPlainText(m.display_text)
    assert m.display_length == pane.characterCount() - 1
    hidden = {i for s, e in m.cuts for i in range(s, e)}
    for i in (i for i in range(len(text)) if i not in hidden and text[i] != "\n"):
        cursor = QTextCursor(pane)
        cursor.setPosition(m.to_display(i))
        cursor.setPosition(m.to_display(i + 1, end=True), QTextCursor.MoveMode.KeepAnchor)
        shown = cursor.selectedText()
        assert shown == text[i] or (text[i] == " " and shown == "\u2029")  # (a space may be a break)
        assert m.to_document(m.to_display(i)) == i


def test_a_megabyte_on_one_line_is_shown_in_lines_at_the_same_offsets():
    """Qt lays a line out as one block (a 5 MB line took minutes to show): the pane breaks
    lines past LONG_LINE_CHARS at spaces, a line break for a space, so no offset moves."""
    from kompare.gui.offsets import LONG_LINE_CHARS

    text = "Short first line.\n" + " ".join(f"word{n}" for n in range(30_000)) + "\nlast"
    shown = OffsetMap(text, [(0, 18)])
    lines = shown.display_text.split("\n")
    assert len(shown.display_text) == len(text) - 18 and len(lines) > 10
    assert all(len(line) <= LONG_LINE_CHARS for line in lines)
    assert shown.display_text.replace("\n", " ") == text[18:].replace("\n", " ")
    assert shown.to_display(text.index("word29999")) == shown.display_text.index("word29999")
    assert OffsetMap("a line of ordinary length").display_text == "a line of ordinary length"
