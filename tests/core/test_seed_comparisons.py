"""Golden tests on the seed articles: what a careful reader links and how it is classified."""

from pathlib import Path

import pytest

from kompare.core import ChangeType, LinkKind, Side, compare_files


@pytest.fixture(scope="module")
def pair():
    cache = {}

    def get(a: str, b: str):
        from pathlib import Path

        seeds = Path(__file__).resolve().parents[2] / "seeds"
        if (a, b) not in cache:
            (pa,) = seeds.glob(f"{a}_*.txt")
            (pb,) = seeds.glob(f"{b}_*.txt")
            cache[(a, b)] = compare_files(pa, pb)
        return cache[(a, b)]

    return get


def find_link(c, a_words: str, b_words: str):
    """The link whose A side contains ``a_words`` and whose B side contains ``b_words``."""
    for link in c.links:
        ta = " ".join(c.a.sentence_text(i) for i in link.a)
        tb = " ".join(c.b.sentence_text(j) for j in link.b)
        if a_words in ta and b_words in tb:
            return link
    raise AssertionError(f"no link between {a_words!r} and {b_words!r}")


def test_001_003_putin_quotes_link_one_sentence_to_two(pair):
    c = pair("001", "003")
    link = find_link(c, "“nothing to worry about”", "nothing to worry about")
    assert len(link.a) == 1 and len(link.b) == 2
    assert "be a very big mistake" in c.b.sentence_text(link.b[1])
    assert link.kind is LinkKind.AGREEMENT


def test_001_003_reconsider_quote_inside_different_sentences(pair):
    c = pair("001", "003")
    link = find_link(c, "“reconsider the issue of arms support to Ukraine.”", "Chang said South Korea would “reconsider”")
    equal = [c.a.text[s.a[0]:s.a[1]] for s in link.spans if s.op.value == "equal"]
    assert any("reconsider" in e for e in equal)


def test_001_002_treaty_clause_quote_against_paraphrase(pair):
    c = pair("001", "002")
    link = find_link(c, "provide military and other assistance with all means", "by all available means")
    assert link.kind is LinkKind.DIVERGENCE
    quote_changes = [ch for ch in link.changes if ch.type is ChangeType.QUOTE]
    assert any("armed invasion" in ch.a and "aggression" in ch.b for ch in quote_changes)


def test_001_002_shell_figures_are_a_number_divergence(pair):
    c = pair("001", "002")
    link = find_link(c, "millions of shells", "a significant number of")
    assert link.kind is LinkKind.DIVERGENCE
    numbers = [(ch.a, ch.b) for ch in link.changes if ch.type is ChangeType.NUMBER]
    assert ("millions", "a significant number") in numbers
    ch = next(ch for ch in link.changes if ch.type is ChangeType.NUMBER)
    assert c.a.text[slice(*ch.a_range)] == "millions"
    assert c.b.text[slice(*ch.b_range)] == "a significant number"


def test_furniture_never_links(pair):
    c = pair("001", "003")
    for side in Side:
        doc = c.doc(side)
        texts = [doc.sentence_text(i) for i in range(len(doc.sentences))]
        assert not any(t in ("Read More", "Continue Reading", "Leave a Reply", "Connect with us") for t in texts)


@pytest.mark.parametrize("a, b", [("001", "003"), ("001", "002"), ("003", "002"), ("000", "001"), ("004", "000")])
def test_seed_pairs_shares_partition_each_article(pair, a, b):
    c = pair(a, b)
    for side in Side:
        shares = c.shares(side)
        assert abs(shares.agreement + shares.divergence + shares.partial + shares.unique - 1) < 1e-9


@pytest.mark.parametrize("a, b", [("001", "003"), ("001", "002"), ("003", "002"), ("000", "001"), ("002", "004")])
def test_outlets_on_one_event_share_claims(pair, a, b):
    c = pair(a, b)
    assert c.links, f"{a}/{b}: two reports of one event with nothing in common"
    for side in Side:
        assert c.shares(side).unique < 1.0


def test_004_repeated_lede_is_compared_once(pair):
    c = pair("004", "000")
    needle = "will make his first visit to North Korea in 24 years"
    compared = [c.a.sentence_text(i) for i in range(len(c.a.sentences))]
    assert sum(needle in t for t in compared) == 1


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_a_software_licence_never_agrees_with_a_news_article(seeds, seed):
    licence = Path(__file__).resolve().parents[1] / "fixtures" / "mit-licence.txt"
    c = compare_files(licence, seeds(seed))
    assert c.links == ()


@pytest.mark.parametrize("a, b", [("001", "003"), ("002", "004"), ("001", "002")])
def test_a_higher_sensitivity_only_adds_links(seeds, a, b):
    from kompare.core import CompareConfig

    def pairs(sensitivity):
        c = compare_files(seeds(a), seeds(b), config=CompareConfig(sensitivity=sensitivity))
        return {(i, j) for l in c.links for i in l.a for j in l.b}

    strict, balanced, lenient = pairs(0.2), pairs(0.5), pairs(0.9)
    assert strict <= balanced <= lenient
    assert len(lenient) > len(strict)  # the slider visibly trades precision for recall
