"""Word diff inside a link and the typed changes it yields."""

import pytest

from kompare.core.classify import classify_spans
from kompare.core.diff import similarity, word_diff, link_tokens
from kompare.core.model import ChangeType, Op


def diff(a: str, b: str):
    return word_diff(a, [(0, len(a))], b, [(0, len(b))])


def changes(a: str, b: str, **kw):
    return [(c.type, c.a, c.b) for c in classify_spans(a, b, diff(a, b), **kw)]


def test_spans_cover_the_words_of_both_sides():
    a, b = "Kim met Putin in Pyongyang on Wednesday.", "Kim met Putin in Vladivostok."
    spans = diff(a, b)
    assert [s.op for s in spans] == [Op.EQUAL, Op.REPLACE]
    assert a[slice(*spans[1].a)] == "Pyongyang on Wednesday"
    assert b[slice(*spans[1].b)] == "Vladivostok"


def test_frequent_words_are_not_junk_in_long_passages():
    # difflib's autojunk would hide "the" in a 200+ word passage and misalign it.
    a = " ".join(["the treaty"] * 150)
    b = a + " today"
    spans = diff(a, b)
    assert [s.op for s in spans] == [Op.EQUAL, Op.INSERT]


def test_similarity_counts_shared_words():
    a, b = "one two three four", "one two three five"
    ta, tb = link_tokens(a, [(0, len(a))]), link_tokens(b, [(0, len(b))])
    assert similarity(ta, tb, diff(a, b)) == 0.75


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("North Korea supplied millions of shells.", "North Korea supplied a significant number of shells.",
         [(ChangeType.NUMBER, "millions", "a significant number")]),
        ("They met on Wednesday in Pyongyang.", "They met on Thursday in Pyongyang.",
         [(ChangeType.DATE, "Wednesday", "Thursday")]),
        ("The deal was signed in 2023 by both.", "The deal was signed in 2024 by both.",
         [(ChangeType.DATE, "2023", "2024")]),
        ("Seoul will send weapons to Ukraine.", "Seoul will not send weapons to Ukraine.",
         [(ChangeType.NEGATION, "", "not")]),
        ("Pyongyang supplied missiles to Russia.", "Pyongyang reportedly supplied missiles to Russia.",
         [(ChangeType.HEDGE, "", "reportedly")]),
        ("Chang said Seoul would act.", "Park said Seoul would act.", [(ChangeType.NAME, "Chang", "Park")]),
        # A short form of a first name is that name.
        ("Mike Thibodeau said Seoul would act.", "Michael Thibodeau said Seoul would act.", []),
        ("Mike Thibodeau said Seoul would act.", "Jim Thibodeau said Seoul would act.", [(ChangeType.NAME, "Mike", "Jim")]),
        ("Seoul sent 155 shells to Kyiv.", "Seoul sent 155 shells to Kyiv.", []),
        # A verb that carries its own "not" says the same as "not" + verb.
        ("Its policy of withholding aid stands.", "Its policy of not sending aid stands.", []),
        ("Seoul will send aid.", "Seoul will stop sending aid.", [(ChangeType.NEGATION, "", "stop")]),
        # Metonyms and reworded filler carry no fact.
        ("Seoul condemned the treaty.", "South Korea condemned the treaty.", []),
        ("The pact was widely criticised.", "The pact was broadly criticised.", []),
    ],
)
def test_change_types(a, b, expected):
    assert changes(a, b) == expected


def test_quote_wording_change():
    a = "Putin said it “would be a very big mistake” to arm Kyiv."
    b = "Putin said it “would be a grave error” to arm Kyiv."
    qa = [(a.index("“") + 1, a.index("”"))]
    qb = [(b.index("“") + 1, b.index("”"))]
    got = changes(a, b, quotes_a=qa, quotes_b=qb)
    assert (ChangeType.QUOTE, "very big mistake", "grave error") in got


def test_extra_detail_on_one_side_is_not_a_change():
    assert changes("Seoul sent shells to Ukraine.", "Seoul sent 155mm artillery shells to Ukraine in 2023.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim met Putin in Seoul.", {"met", "in"}),
        ("Trump said trump cards win. Korea’s talks, korea’s pact.", {"said", "trump", "cards", "win", "korea", "talks", "pact"}),
        ("eBay and iPhone; U.S. and us.", {"ebay", "and", "iphone", "us"}),
        ("", set()),
    ],
)
def test_lowercase_words_are_the_words_written_in_lower_case_somewhere(text, expected):
    from kompare.core.classify import lowercase_words

    assert lowercase_words(text) == frozenset(expected)
