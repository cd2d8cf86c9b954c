"""The terms of sentences (align.terms, through its view as sets): which words are quoted, exactly, and in linear time."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kompare.core.model import Document
from kompare.core.segment import segment
from kompare.core.tokens import is_content, tokenize
from tests.core.align_reference import sentence_terms

TEXT = "Kim said “we will win today.” Park said “never, ‘never’ again.” Lee agreed. Moon wept “loudly.”"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, 40)), max_size=8))
def test_quoted_words_are_those_inside_some_quotation(raw):
    quoted = [(s, min(len(TEXT), s + n)) for s, n in raw]
    seg = segment(Document(TEXT))
    for s, terms in zip(seg.sentences, sentence_terms(seg, quoted)):
        content = [t for t in tokenize(TEXT, s.start, s.end) if is_content(t.norm)]
        expected = {t.stem for t in content if any(a <= t.start and t.end <= b for a, b in quoted)}
        assert terms.quoted == expected


def test_a_long_quotation_holding_many_short_ones():
    # Each sentence used to rescan every short quotation before it (quadratic).
    body = "".join(f"‘We will win {i},’ she said. " for i in range(3000))
    text = "“" + body + "”"
    seg = segment(Document(text))
    quoted = [(0, len(text))] + [(m, text.index("’", m)) for m in range(len(text)) if text[m] == "‘"]
    terms = sentence_terms(seg, quoted)
    assert len(terms) == 3000
    assert all("win" in t.quoted and "said" in t.quoted for t in terms)


def test_capitalised_stems_keep_what_names_need():
    text = "Kim Jong Un met Putin in Moscow.\n\nthe kim family and putin."
    a, b = sentence_terms(segment(Document(text)))
    assert a.capitalised == {"kim", "jong", "un", "putin", "moscow"}
    assert b.capitalised == frozenset()
