from hypothesis import given, strategies as st

from kompare.report.markup import clipped_ranges, esc, highlight, passage, percentages


def test_esc_makes_markup_literal():
    assert esc("<script>alert('x')</script> &amp;") == "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp;amp;"


def test_esc_replaces_control_characters():
    assert esc("a\x00b\x1bc") == "a\ufffdb\ufffdc"
    assert esc("tab\tnew\nline") == "tab\tnew\nline"


def test_highlight_escapes_inside_and_outside_marks():
    text = "x <b>bold</b> & y"
    out = highlight(text, 0, len(text), [(2, 13)], "w")
    assert out == 'x <span class="w">&lt;b&gt;bold&lt;/b&gt;</span> &amp; y'


def test_highlight_clips_to_the_sentence():
    text = "One two. Three four."
    assert highlight(text, 9, 20, [(4, 12)], "w") == '<span class="w">Thr</span>ee four.'


def test_clipped_ranges_drops_empty_inserts():
    assert clipped_ranges([(3, 3), (1, 2), (2, 5)], 0, 10) == [(1, 5)]


def test_passage_joins_neighbours_with_a_space_and_gaps_with_an_ellipsis():
    text = "A one. B two. C three."
    assert passage(text, [(0, 6), (7, 13)], [], "w") == "A one. B two."
    assert passage(text, [(0, 6), (14, 22)], [], "w") == "A one. … C three."


@given(st.lists(st.floats(min_value=0, max_value=1, allow_nan=False), min_size=1, max_size=6))
def test_percentages_add_up_to_100_and_stay_close(fractions):
    out = percentages(fractions)
    total = sum(fractions)
    if total <= 0:
        assert out == [0] * len(fractions)
        return
    assert sum(out) == 100
    for f, p in zip(fractions, out):
        assert abs(p - f / total * 100) < 1
