"""Near misses: each unlinked sentence's closest counterpart, named but never linked."""

import pytest

from kompare.core import CompareConfig, Document, LinkKind, Side, compare, compare_files

# The treaty's clause links; the limousine rides and the limousine given are close, not one claim.
TREATY_A = "The treaty calls for military assistance without delay. The two leaders rode in a black limousine."
TREATY_B = "The pact calls for military assistance without any delay. Putin gave Kim a limousine as a gift."


@pytest.fixture(scope="module")
def seeds_001_003():
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    (a,), (b,) = seeds.glob("001_*.txt"), seeds.glob("003_*.txt")
    return compare_files(a, b)


def test_an_unlinked_sentence_names_its_closest_counterpart():
    c = compare(Document(TREATY_A), Document(TREATY_B))
    assert [(l.a, l.b) for l in c.links] == [((0,), (0,))]
    assert c.unique_a == (1,) and c.unique_b == (1,)
    (near,) = c.near
    assert (near.a, near.b) == (1, 1)
    assert CompareConfig().near_threshold() <= near.probability < CompareConfig().link_threshold()
    assert c.near_of(Side.A, 1) == c.near_of(Side.B, 1) == near
    assert c.near_of(Side.A, 0) is None  # (a linked sentence has none)


def test_a_near_miss_links_at_the_most_lenient_sensitivity_and_is_gone_there():
    lenient = compare(Document(TREATY_A), Document(TREATY_B), config=CompareConfig(sensitivity=1.0))
    assert ((1,), (1,)) in [(l.a, l.b) for l in lenient.links]
    assert lenient.near == ()


def test_a_strict_sensitivity_keeps_the_near_miss():
    strict = compare(Document(TREATY_A), Document(TREATY_B), config=CompareConfig(sensitivity=0.0))
    # The clause links at any setting; the limousine stays a near miss.
    assert [(l.a, l.b) for l in strict.links] == [((0,), (0,))]
    assert [(n.a, n.b) for n in strict.near] == [(1, 1)]


def test_the_issue_s_treaty_and_summit_pair_links_on_the_seeds(seeds_001_003):
    # Issue 12 names 001's "Treaty ... signed Wednesday by ... Putin and ... Kim" against
    # 003's "warnings since Wednesday's summit between ... Kim ... and ... Putin": a near
    # miss until the link model learned from unrelated articles too, a partial link now
    # (each says more than the one claim they share).
    c = seeds_001_003
    a = c.a.text.index("signed Wednesday")
    (link,) = [l for l in c.links if any(c.a.sentences[i].start <= a < c.a.sentences[i].end for i in l.a)]
    assert link.kind is LinkKind.PARTIAL
    assert any("Wednesday’s summit" in c.b.sentence_text(j) for j in link.b)


def test_near_misses_mirror_with_the_documents(seeds_001_003):
    c = seeds_001_003
    back = compare_files(c.b.document.path, c.a.document.path)
    assert back.near == c.mirrored().near
    assert c.near and all(n.a in c.unique_a or n.b in c.unique_b for n in c.near)
