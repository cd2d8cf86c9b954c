"""Words of long documents: cached as columns, sliced into the same Tokens as a direct scan."""

import random

from kompare.core.tokens import _scan, document_tokens, tokenize


def test_long_text_slices_equal_a_direct_scan():
    rng = random.Random(2)
    words = ["Korea’s", "U.S.-led", "155mm", "shells", "Mr.", "Kim", "said", "über", "F-16", "x"]
    text = " ".join(rng.choice(words) for _ in range(3_000)) + "."
    assert len(text) > 4096  # the cached path
    bounds = [0] + [i + 1 for i, c in enumerate(text) if c == " "] + [len(text)]
    for _ in range(300):
        s, e = sorted(rng.sample(bounds, 2))
        assert tokenize(text, s, e) == _scan(text, s, e)
    assert tokenize(text) == _scan(text, 0, len(text))


def test_a_word_cut_by_the_end_is_left_out():
    text = "alpha beta gamma " * 400
    cut = text.index("gamma") + 2
    assert [t.norm for t in tokenize(text, 0, cut)] == ["alpha", "beta"]


def test_columns_hold_every_word_once():
    text = "one two three " * 2_000
    cols = document_tokens(text)
    assert len(cols.starts) == len(cols.ends) == len(cols.norms) == len(cols.stems) == 6_000
    assert cols.span(4, 13) == (1, 3)


def test_columns_read_in_chunks_equal_a_scan_of_the_whole_text(monkeypatch):
    # Tiny chunks put the cut inside words, before joiners and in runs of "a..a..": the
    # words must be exactly those of one scan of the whole text.
    import kompare.core.tokens as tokens

    rng = random.Random(5)
    alphabet = ["a", "B", ".", "-", " ", "’", "'", "_", "é", "1", "\n", ",", "‐"]
    for chunk in (1, 2, 3, 5, 8, 64):
        monkeypatch.setattr(tokens, "_CHUNK", chunk)
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
            cols = tokens._document_words(text)
            scan = _scan(text, 0, len(text))
            assert list(cols.starts) == [t.start for t in scan]
            assert list(cols.ends) == [t.end for t in scan]
            assert cols.norms == [t.norm for t in scan] and cols.stems == [t.stem for t in scan]


def test_range_columns_give_each_range_the_words_token_columns_gives():
    from kompare.core.tokens import LONG_TEXT, range_columns, token_columns

    rng = random.Random(3)
    words = ["Korea’s", "U.S.-led", "155mm", "shells", "Mr.", "Kim", "x", "F-16"]
    for size in (40, 3_000):  # a short text (scanned range by range) and a long one (sliced)
        text = " ".join(rng.choice(words) for _ in range(size))
        assert (len(text) >= LONG_TEXT) == (size > 100)
        cuts = sorted(rng.sample(range(len(text)), 30))  # ranges cutting words too
        starts, ends = cuts[::2], cuts[1::2]
        *cols, lo, hi = range_columns(text, starts, ends)
        for k, (s, e) in enumerate(zip(starts, ends)):
            got = [list(c[lo[k]:hi[k]]) for c in cols]
            assert got == [list(c) for c in token_columns(text, s, e)]
            assert [tuple(t) for t in tokenize(text, s, e)] == list(zip(*got))  # (sliced by bisection)


def test_document_words_are_remembered_for_the_last_few_texts_and_can_be_given():
    from kompare.core import tokens

    tokens.forget_document_tokens()
    texts = [f"text {n} " * 1_000 for n in range(tokens._DOCUMENTS_KEPT + 1)]
    first = tokens.document_tokens(texts[0])
    assert tokens.document_tokens(texts[0]) is first
    for text in texts[1:]:
        tokens.document_tokens(text)
    again = tokens.document_tokens(texts[0])  # the oldest was dropped, and is read anew
    assert again is not first and again == first
    # Words read elsewhere (the helper process) are taken as given, under this text.
    given = tokens._document_words(texts[1])
    assert tokens.remember_document_tokens(texts[1], given) is given
    assert tokens.document_tokens(texts[1]) is given
    tokens.forget_document_tokens()
    assert tokens.document_tokens(texts[1]) is not given


def test_an_equal_text_that_is_another_object_shares_the_words_read_of_the_first():
    from kompare.core import tokens

    tokens.forget_document_tokens()
    first = "The same file, read twice. " * 1_000
    again = first[:10] + first[10:]
    assert again == first and again is not first
    cols = tokens.document_tokens(first)
    assert tokens.document_tokens(again) is cols  # (compared once, not read again)
    # ...and remembered under the new object: the look-up by identity finds it.
    assert tokens._DOCUMENTS[id(again)] == (again, cols)
    tokens.forget_document_tokens()


def test_norms_of_a_range_are_the_norms_of_its_tokens():
    from kompare.core.tokens import LONG_TEXT, norms_of

    rng = random.Random(11)
    words = ["Korea’s", "U.S.-led", "155mm", "shells", "Mr.", "Kim", "x", "F-16", "the"]
    for size in (30, 3_000):  # scanned range by range, and sliced from the whole text's words
        text = " ".join(rng.choice(words) for _ in range(size))
        assert (len(text) >= LONG_TEXT) == (size > 100)
        for _ in range(50):
            start, end = sorted(rng.sample(range(len(text) + 1), 2))
            assert norms_of(text, start, end) == [t.norm for t in tokenize(text, start, end)]


def test_a_glance_at_a_long_text_reads_that_range_only():
    import kompare.core.tokens as tokens
    from kompare.core.tokens import norms_of

    tokens.forget_document_tokens()
    text = "Kim met Putin in Pyongyang. " * 2_000
    assert norms_of(text, 0, 27, glance=True) == ["kim", "met", "putin", "in", "pyongyang"]
    assert tokens._kept(text) is None  # (the whole text was not read)
    cols = document_tokens(text)
    # Once its words are read, a glance slices them, as any other look does.
    assert norms_of(text, 28, 55, glance=True) == cols.norms[5:10] == norms_of(text, 28, 55)
    tokens.forget_document_tokens()


def test_a_documents_word_offsets_take_four_bytes_each():
    cols = document_tokens("Kim met Putin. " * 1_000)
    assert cols.starts.itemsize == cols.ends.itemsize == 4 and cols.ends[-1] == 15 * 1_000 - 2


def test_accents_are_no_part_of_a_word():
    assert [t.norm for t in tokenize("Raúl Labrador, Raul Labrador; Łódź, Straße, naïve")] == [
        "raul", "labrador", "raul", "labrador", "lodz", "strasse", "naive"]
    # The offsets stay the text's own.
    text = "Señor Muñoz"
    assert [text[t.start : t.end] for t in tokenize(text)] == ["Señor", "Muñoz"]
