"""The word diff on long and repetitive links: still a complete, exact alignment, in bounded time."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompare.core.config import CompareConfig
from kompare.core.diff import diff_tokens, similarity
from kompare.core.model import Op
from kompare.core.tokens import tokenize

SMALL = CompareConfig(diff_exact_words=8, diff_exact_pairs=12)  # every path on short inputs


def words_in(toks, rng):
    return [t for t in toks if rng[0] <= t.start and t.end <= rng[1]]


def check_alignment(ta, tb, spans):
    """Spans walk both word lists in order, each word once; equal spans hold equal stems."""
    seen_a, seen_b = [], []
    for n, s in enumerate(spans):
        wa, wb = words_in(ta, s.a), words_in(tb, s.b)
        seen_a += wa
        seen_b += wb
        if s.op is Op.EQUAL:
            assert [t.stem for t in wa] == [t.stem for t in wb] and wa
        else:
            assert s.op is {(True, True): Op.REPLACE, (True, False): Op.DELETE, (False, True): Op.INSERT}[bool(wa), bool(wb)]
            assert n == 0 or spans[n - 1].op is Op.EQUAL  # changes next to each other are one span
    assert seen_a == list(ta) and seen_b == list(tb)


VOCAB = ["mr", "dr", "kim", "park", "the", "of", "said", "war", "peace", "seoul", "x1", "x2"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=60), st.lists(st.sampled_from(VOCAB), max_size=60),
       st.sampled_from([None, SMALL]))
def test_any_diff_is_a_complete_alignment(a, b, config):
    ta, tb = tokenize(" ".join(a)), tokenize(" ".join(b))
    check_alignment(ta, tb, diff_tokens(ta, tb, config=config))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 400), min_size=20, max_size=80), st.data())
def test_edits_in_a_long_link_are_found_exactly(base, data):
    """With words found once each side, the long-link path finds each edit as difflib does."""
    words = [f"w{i}" for i in dict.fromkeys(base)]  # distinct words
    edited = list(words)
    for _ in range(data.draw(st.integers(1, 3))):
        k = data.draw(st.integers(0, len(edited) - 1))
        edited[k] = "changed"
    ta, tb = tokenize(" ".join(words)), tokenize(" ".join(edited))
    assert diff_tokens(ta, tb, config=SMALL) == diff_tokens(ta, tb)


def test_a_long_link_with_five_words_changed():
    # 30,000 words of a small vocabulary, no punctuation: difflib alone took minutes.
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(800)]
    a = [rng.choice(vocab) for _ in range(30_000)]
    b = list(a)
    for k in (10, 9_000, 15_000, 22_222, 29_990):
        b[k] = "changed"
    ta, tb = tokenize(" ".join(a)), tokenize(" ".join(b))
    spans = diff_tokens(ta, tb)
    check_alignment(ta, tb, spans)
    assert [(s.op, len(words_in(ta, s.a))) for s in spans if s.op is not Op.EQUAL] == [(Op.REPLACE, 1)] * 5


def test_unique_names_with_a_few_changed():
    rng = random.Random(5)
    names = [f"Mr. N{i}a Dr. N{i}b" for i in range(6_000)]
    edited = list(names)
    for k in rng.sample(range(6_000), 60):
        edited[k] = f"Mr. Other{k} Dr. N{k}b"
    ta, tb = tokenize(" ".join(names)), tokenize(" ".join(edited))
    spans = diff_tokens(ta, tb)
    check_alignment(ta, tb, spans)
    assert sum(s.op is Op.REPLACE for s in spans) == 60
    assert similarity(ta, tb, spans) == pytest.approx(1 - 60 / 24_000, abs=1e-4)


def test_two_lists_of_different_names():
    # Only "Mr." and "Dr." in common, 6,000 times a side: difflib's pairs explode.
    ta = tokenize(" ".join(f"Mr. A{i} Dr. B{i}" for i in range(6_000)))
    tb = tokenize(" ".join(f"Mr. C{i} Dr. D{i}" for i in range(6_000)))
    spans = diff_tokens(ta, tb)
    check_alignment(ta, tb, spans)
    assert similarity(ta, tb, spans) < 0.6


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=60), st.sampled_from([None, SMALL]))
def test_equal_word_lists_are_one_equal_run_as_difflib_finds(a, config):
    """diff_tokens skips difflib for equal lists: difflib (function words and all) agrees."""
    from kompare.core.diff import _Limits, _anchored_difflib, _long_diff

    stems = [t.stem for t in tokenize(" ".join(a))]
    config = config or CompareConfig()
    limits = _Limits(config.diff_exact_words, config.diff_exact_pairs)
    expected = [("equal", 0, len(stems), 0, len(stems))] if stems else []
    for ops in (_anchored_difflib(stems, stems, 0, len(stems), 0, len(stems)), _long_diff(stems, stems, limits)):
        ops = [op for op in ops if op[1] < op[2]]
        assert ops == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=25), st.lists(st.sampled_from(VOCAB), max_size=25),
       st.sets(st.sampled_from(VOCAB)))
def test_matching_blocks_are_difflibs(a, b, junk):
    from difflib import SequenceMatcher

    from kompare.core.diff import matching_blocks

    expected = SequenceMatcher(junk.__contains__, a, b, autojunk=False).get_matching_blocks()
    assert matching_blocks(a, b, junk) == [tuple(m) for m in expected]


@pytest.mark.parametrize("swap", [False, True])
def test_a_moved_attribution_does_not_hide_the_longer_shared_run(swap):
    # difflib alone keeps only "officials said" (the first of two equal anchors) when the
    # attribution leads B: the shared account around it would show as all changed.
    a = "Police arrested the suspect on Friday morning in Plantation, Florida, officials said."
    b = "Officials said police arrested the suspect Friday afternoon in Plantation, Florida."
    a, b = (b, a) if swap else (a, b)
    ta, tb = tokenize(a), tokenize(b)
    equal = [a[s.a[0] : s.a[1]] for s in diff_tokens(ta, tb) if s.op is Op.EQUAL]
    assert "Police arrested the suspect".lower() in [e.lower() for e in equal]
    assert "in Plantation, Florida" in equal


@pytest.mark.parametrize("swap", [False, True])
def test_a_quoted_fragment_is_found_whole_at_its_second_anchor(swap):
    # Every content word of the fragment ("get", "deal") is in the longer quotation twice;
    # difflib pairs the first of each and the fragment read as a rewording of the
    # president-should-listen words.
    a = '"And if we don\'t get it, there should be no deal."'
    b = ('"The president should work with his allies, to make sure we get the best, strongest deal possible '
         'and if we don\'t get it, there should be no deal."')
    a, b = (b, a) if swap else (a, b)
    spans = diff_tokens(tokenize(a), tokenize(b))
    equal = [(a[s.a[0] : s.a[1]], b[s.b[0] : s.b[1]]) for s in spans if s.op is Op.EQUAL]
    assert [e.lower() for e, _ in equal] == ["and if we don't get it, there should be no deal"]
    assert [s.op for s in spans if s.op is not Op.EQUAL] == [Op.DELETE if swap else Op.INSERT]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=25), st.lists(st.sampled_from(VOCAB), max_size=25),
       st.sets(st.sampled_from(VOCAB)))
def test_matching_blocks_with_ties_find_as_many_words_in_blocks_as_long(a, b, junk):
    # Taking another of the equally long blocks keeps every block well formed and in order.
    from kompare.core.diff import matching_blocks

    blocks = matching_blocks(a, b, junk, ties=True)
    assert blocks[-1] == (len(a), len(b), 0)
    for (i, j, n), (i2, j2, _) in zip(blocks, blocks[1:]):
        assert a[i : i + n] == b[j : j + n] and i + n <= i2 and j + n <= j2
