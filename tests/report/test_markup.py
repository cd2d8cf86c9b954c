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


_ranges = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=6)


@given(_ranges, _ranges)
def test_strong_words_take_their_own_class_and_every_marked_character_keeps_one(marked, strong):
    import re

    text = "abcdefghij" * 5
    out = highlight(text, 0, len(text), marked, "w", strong, "s")
    # Reading the output back: the text is unchanged, no span nests, and each character's
    # class is "s" where a strong range covers it, else "w" where a marked one does.
    spans = re.findall(r'<span class="(\w)">([^<]*)</span>|([^<]+)', out)
    assert "".join(t or p for _, t, p in spans) == text
    classes = "".join((c * len(t)) if c else "-" * len(p) for c, t, p in spans)
    want = ["s" if any(s <= k < e for s, e in strong) else "w" if any(s <= k < e for s, e in marked) else "-"
            for k in range(len(text))]
    assert classes == "".join(want)
