"""Comparing one linked pair of passages: what it remembers per sentence changes nothing it finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kompare.core import CompareConfig, compare_files
from kompare.core.align import Group
from kompare.core.classify import lowercase_words
from kompare.core.diff import link_tokens, ops_similarity, similarity, word_ops, word_spans
from kompare.core.overlap import content_counts, coverage, ops_coverage
from kompare.core.passages import PassageContext, _passage_words, compare_passages
from kompare.core.quantities import stated_figures
from kompare.core.quoted import quoted_share, quotes_over
from kompare.core.tokens import tokenize

VOCAB = ["Kim", "met", "the", "of", "12", "twelve", "said", "Seoul", "2024", "millions", "a", "Putin", "not"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=30), st.lists(st.sampled_from(VOCAB), max_size=30))
def test_similarity_and_coverage_from_word_indices_equal_those_from_spans(a, b):
    ta, tb = tokenize(" ".join(a)), tokenize(" ".join(b))
    ops = word_ops([t.stem for t in ta], [t.stem for t in tb])
    spans = word_spans(ta, tb, ops)
    assert ops_similarity(ops, len(ta), len(tb)) == similarity(ta, tb, spans)
    assert ops_coverage(ops, content_counts(ta), content_counts(tb)) == coverage(ta, tb, spans)


@st.composite
def quotes_and_ranges(draw):
    """Sorted quotations apart from each other, and ranges inside one stretch of text."""
    cuts = sorted(draw(st.sets(st.integers(0, 200), max_size=16)))
    quotes = [(s, e) for s, e in zip(cuts[::2], cuts[1::2])]
    lo = draw(st.integers(0, 200))
    hi = draw(st.integers(lo, 200))
    ranges = []
    for _ in range(draw(st.integers(1, 5))):
        s = draw(st.integers(lo, hi))
        ranges.append((s, draw(st.integers(s, hi))))
    return quotes, lo, hi, ranges


@settings(max_examples=500, deadline=None)
@given(quotes_and_ranges())
def test_the_quotations_over_a_stretch_give_every_range_in_it_its_quoted_share(case):
    quotes, lo, hi, ranges = case
    near = quotes_over(quotes, lo, hi)
    for r in ranges:
        assert quoted_share(r, near) == quoted_share(r, quotes)
    # Only quotations that overlap the stretch are kept.
    assert all(s < hi and e > lo for s, e in near)


def _context(comparison, config):
    a, b = comparison.a, comparison.b
    qa = [(q.start, q.end) for q in comparison.quotes_a]
    qb = [(q.start, q.end) for q in comparison.quotes_b]
    return PassageContext(a, b, config, None, lowercase_words(a.text), lowercase_words(b.text), qa, qb, {}, {})


def test_a_link_compares_the_same_whether_its_sentences_words_are_remembered_or_not(seeds):
    config = CompareConfig(use_encoder=False)
    c = compare_files(seeds("001"), seeds("003"), config=config)
    groups = [Group(l.a, l.b, 1.0) for l in c.links]
    # A passage of two sentences next to one of one, from the sentences the links hold.
    groups.append(Group(c.links[0].a + c.links[1].a, c.links[0].b, 1.0))
    shared = _context(c, config)
    first = [compare_passages(n, g, shared) for n, g in enumerate(groups)]
    again = [compare_passages(n, g, shared) for n, g in enumerate(groups)]  # every sentence remembered now
    backwards = _context(c, config)
    reverse = [compare_passages(n, g, backwards) for n, g in reversed(list(enumerate(groups)))]
    alone = [compare_passages(n, g, _context(c, config)) for n, g in enumerate(groups)]  # nothing remembered
    assert first == again == reverse[::-1] == alone
    # The links the comparison made are these, before the quotations' changes and kinds.
    for link, mine in zip(c.links, first):
        assert (mine.a, mine.b, mine.similarity, mine.spans) == (link.a, link.b, link.similarity, link.spans)


def test_a_passages_remembered_words_hold_what_its_words_give(seeds):
    c = compare_files(seeds("001"), seeds("003"), config=CompareConfig(use_encoder=False))
    seg = c.a
    # A sentence's words may be known already as a plain list (as the context's type allows).
    known = {1: link_tokens(seg.text, [(seg.sentences[1].start, seg.sentences[1].end)])}
    for ids in ((0,), (1,), (0, 1), (2, 4)):
        words = _passage_words(seg, ids, known)
        tokens = link_tokens(seg.text, [(seg.sentences[i].start, seg.sentences[i].end) for i in ids])
        assert list(words) == tokens
        assert words.stems == [t.stem for t in tokens]
        assert words.content == content_counts(tokens)
        assert words.figures == stated_figures(tokens, seg.text)


def test_a_sentence_copied_word_for_word_links_as_agreement_without_reading_more_of_its_words():
    config = CompareConfig(use_encoder=False)
    text = "Kim met Putin in Pyongyang on Wednesday. Rain fell."
    c = _compare_texts(text, text, config)
    ctx = _context(c, config)
    link = compare_passages(0, Group((0,), (0,), 1.0), ctx)
    assert link.kind.value == "agreement" and not link.changes and link.similarity == 1.0
    assert [(s.a, s.b) for s in link.spans] == [((0, 39), (0, 39))]
    # Its words were read as a plain list: what the classifiers read of them was never worked out.
    assert type(ctx.words_a[0]) is list and type(ctx.words_b[0]) is list
    # A link that is no copy reads them.
    other = compare_passages(1, Group((0,), (1,), 1.0), ctx)
    assert other.kind.value != "agreement" and type(ctx.words_a[0]) is not list


def _compare_texts(a: str, b: str, config):
    from kompare.core import Document, compare

    return compare(Document(a), Document(b), config=config)
