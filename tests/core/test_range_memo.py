"""A text range's value, remembered, and let go when documents change."""

from kompare.core.figures import figures
from kompare.core.range_memo import RangeMemo


def test_range_memo_keeps_only_recent_texts_and_gives_what_it_computes():
    memo = RangeMemo(figures)
    texts = [f"Document {n}: they fired {n} missiles, {n + 1} more on Friday." for n in range(10)]
    for _ in range(2):
        for t in texts:
            assert list(memo(t, 0, len(t))) == figures(t, 0, len(t))
            assert len(memo._texts) <= 4  # (a GUI session compares many documents: old ones are let go)
            assert {key[0] for key in memo._known} <= set(map(id, memo._texts))


def test_range_memo_reads_an_equal_text_that_is_another_object_anew():
    calls = []
    memo = RangeMemo(lambda text, s, e, words: calls.append(id(text)) or [text[s:e]])
    first = "The same file, read twice. " * 100
    again = first[:10] + first[10:]  # (equal, but another object)
    assert again == first and again is not first
    assert memo(first, 0, 8) == memo(first, 0, 8) == ("The same",)
    assert memo(again, 0, 8) == ("The same",)
    # Each object is read once: a look-up never compares the two whole texts.
    assert calls == [id(first), id(again)]


def test_range_memo_never_gives_one_text_the_value_of_another_under_its_id():
    # A comparison on another thread may store an entry after the texts were let go; the
    # entry holds its own text, and a look-up takes it only for that very object.
    memo = RangeMemo(lambda text, s, e, words: [text[s:e]])
    old, new = "Friday, 12 missiles.", "Monday, 30 missiles."
    memo._known[(id(new), 0, 6)] = (old, ("Friday",))  # (as if the id had been reused)
    assert memo(new, 0, 6) == ("Monday",)
