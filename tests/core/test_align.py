"""Alignment: which sentences of A and B are linked, in any order."""

from kompare.core.align import align, candidates
from kompare.core.config import CompareConfig
from kompare.core import compare
from kompare.core.model import Document, LinkKind, ReaderLinks
from kompare.core.segment import segment

FILLER_A = [
    "Markets in Tokyo closed higher on strong export figures.",
    "A heatwave is expected across southern Europe next month.",
    "The football final drew a record television audience.",
]
FILLER_B = [
    "Farmers in Brazil reported an unusually large coffee harvest.",
    "A new bridge opened to traffic over the river Danube.",
    "Scientists catalogued three new species of deep-sea fish.",
]


def groups(a: str, b: str):
    sa, sb = segment(Document(a)), segment(Document(b))
    return [
        ([sa.sentence_text(i) for i in g.a], [sb.sentence_text(j) for j in g.b])
        for g in align(sa, sb)
    ]


def test_a_moved_paragraph_is_found():
    claim = "The treaty obliges both sides to provide military assistance without delay if attacked."
    a = " ".join([claim] + FILLER_A)
    b = " ".join(FILLER_B + [claim.replace("obliges", "requires")])
    assert groups(a, b) == [([claim], [claim.replace("obliges", "requires")])]


def test_one_sentence_links_to_the_two_that_split_it():
    a = ("Putin said South Korea had “nothing to worry about” but warned against sending arms "
         "to Ukraine as “that would be a very big mistake.”")
    b = ("Putin brushed off the response, saying “South Korea has nothing to worry about”. "
         "But he also warned against supplying weapons, saying it would “be a very big mistake”.")
    assert _quoted_groups(a, b) == [((0,), (0, 1))]


def _quoted_groups(a: str, b: str):
    """The links of two texts as sentence ids, their “quotations” given to the aligner."""
    quotes = lambda t: [(m.start() + 1, m.end() - 1) for m in __import__("re").finditer(r"“[^”]*”", t)]  # noqa: E731
    sa, sb = segment(Document(a)), segment(Document(b))
    return [(g.a, g.b) for g in align(sa, sb, quoted_a=quotes(a), quoted_b=quotes(b))]


def test_a_headline_and_its_lede_link_each_on_its_own():
    """Not one link of two sentences: each is diffed against the counterpart alone (many to many)."""
    a = ("Putin said South Korea had “nothing to worry about” but warned against sending arms "
         "to Ukraine as “that would be a very big mistake.”")
    b = ("Putin says South Korea has nothing to worry about\n\n"
         "But he also warned against supplying weapons, saying it would “be a very big mistake”.")
    assert _quoted_groups(a, b) == [((0,), (0,)), ((0,), (1,))]


SPEECH = ("He said: “We will bring back our jobs, we will bring back our borders, "
          "we will bring back our wealth and we will bring back our dreams.”")


def test_a_quotation_printed_one_line_per_clause_is_one_link():
    """Each line carries one word of its own (too few for two neighbours to join), yet the
    four together are the sentence: one link, an agreement, not four partial ones."""
    lines = ("“We will bring back our jobs. We will bring back our borders. "
             "We will bring back our wealth. And we will bring back our dreams.”")
    assert _quoted_groups(SPEECH, lines) == [((0,), (0, 1, 2, 3))]
    assert _quoted_groups(lines, SPEECH) == [((0, 1, 2, 3), (0,))]
    links = compare(Document(SPEECH), Document(lines)).links
    assert [(link.b, link.kind) for link in links] == [((0, 1, 2, 3), LinkKind.AGREEMENT)]


def test_a_run_of_lines_joins_only_where_each_carries_a_part_of_its_own():
    # The second line repeats the first's "jobs": the first has no part of its own.
    repeated = ("“We will bring back our jobs. We will bring back our borders and our jobs. "
                "We will bring back our wealth.”")
    assert _quoted_groups(SPEECH, repeated) == [((0,), (0,)), ((0,), (1,)), ((0,), (2,))]
    # Another sentence between the lines breaks the run; so does a headline, which links alone.
    broken = ("“We will bring back our jobs.” Markets rose. "
              "“We will bring back our borders. We will bring back our wealth.”")
    assert _quoted_groups(SPEECH, broken) == [((0,), (0,)), ((0,), (2,)), ((0,), (3,))]
    headed = ("We Will Bring Back Our Jobs\n\n“We will bring back our borders. We will bring back our wealth. "
              "And we will bring back our dreams.”")
    assert _quoted_groups(SPEECH, headed) == [((0,), (0,)), ((0,), (1, 2, 3))]


def test_boilerplate_alone_never_links():
    a = "On Thursday, he said the United States was watching. " + " ".join(FILLER_A)
    b = "He said on Thursday that the United States had no comment. " + " ".join(FILLER_B)
    assert groups(a, b) == []


def test_a_line_both_documents_repeat_links_in_place_not_every_copy_to_every_copy():
    # Two changelogs: "Solution: Add a test." closes every entry, of other entries in each.
    problems = {
        "preview": "The preview window crashed on resize.", "quickfix": "Quickfix entries lost their column numbers.",
        "popup": "A popup menu flickered while scrolling.", "terminal": "Terminal colours were wrong after a restart.",
        "cmdline": "Command-line completion ignored wildcards.", "tabline": "Tab labels overflowed on narrow screens.",
    }
    def log(names):
        return segment(Document(" ".join(f"{problems[n]} Solution: Add a test." for n in names)))

    a, b = log(["preview", "quickfix", "popup", "terminal"]), log(["popup", "cmdline", "tabline", "preview"])
    solution_of = {"preview": (1, 7), "popup": (5, 1)}  # (the copy after each entry both have)
    pairs = {(g.a[0], g.b[0]) for g in align(a, b)}
    assert set(solution_of.values()) <= pairs
    copies = lambda doc: [i for i in range(len(doc.sentences)) if doc.sentence_text(i) == "Solution: Add a test."]  # noqa: E731
    # Each copy keeps its place, or else its nearest copy: never the four of the other side.
    for i in copies(a):
        assert 1 <= len([j for j in copies(b) if (i, j) in pairs]) <= 2
    for j in copies(b):
        assert 1 <= len([i for i in copies(a) if (i, j) in pairs]) <= 2
    every = {(g.a[0], g.b[0]) for g in align(a, b, config=CompareConfig(boilerplate_copies=None))}
    assert {(i, j) for i in copies(a) for j in copies(b)} <= every


def test_a_line_repeated_thousands_of_times_pairs_each_copy_with_a_few():
    # Every copy against every copy was 4 million pairs here (two logs of 20,000 copies: out of memory).
    a = segment(Document("\n".join(f"Problem: crash number {k}.\nSolution: Add a test." for k in range(2000))))
    b = segment(Document("\n".join(f"Problem: crash number {k}.\nSolution: Add a test." for k in range(1000, 3000))))
    found = candidates(a, b)
    per_copy = CompareConfig().candidates_per_sentence
    assert len(found.i) <= 2 * per_copy * (len(a.sentences) + len(b.sentences))
    pairs = {(g.a[0], g.b[0]) for g in align(a, b)}
    # The entries both logs have link in place: problem 1000 and its solution, and so on.
    assert (2000, 0) in pairs and (2001, 1) in pairs and (3999, 1999) in pairs
    # A copy in place the reader unlinked stays unlinked.
    unlinked = {(g.a[0], g.b[0]) for g in align(a, b, reader=ReaderLinks(removed=frozenset({(2001, 1)})))}
    assert (2001, 1) not in unlinked and (2000, 0) in unlinked


def test_unrelated_documents_give_no_links():
    licence = (
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
        "software and associated documentation files, to deal in the Software without restriction. "
        "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED. "
        "In no event shall the authors be liable for any claim, damages or other liability."
    )
    news = (
        "Russia and North Korea signed a treaty on Wednesday. South Korea said it would reconsider "
        "arms support to Ukraine. Analysts said the pact marks a deepening of ties."
    )
    assert groups(licence, news) == []


def test_a_number_alone_is_no_shared_claim():
    # Each list repeats its words line after line, so they weigh nothing and the number
    # everything: 27 of 30 lines were linked as partial at link confidence 0.94.
    apples = "\n\n".join(f"The orchard yielded {i} crates of apples in autumn." for i in range(30))
    chips = "\n\n".join(f"Quantum chips need cryogenic fridges at level {i}." for i in range(30))
    assert compare(Document(apples), Document(chips)).links == ()
    # A number with a word both say links as before.
    crates = "\n\n".join(f"The warehouse shipped {i} crates to the port." for i in range(30))
    assert len(compare(Document(apples), Document(crates)).links) >= 25


def test_identical_sentences_link_whatever_their_position():
    same = "Seoul has indirectly sent hundreds of thousands of artillery shells to Ukraine."
    a = " ".join(FILLER_A + [same])
    b = " ".join([same] + FILLER_B)
    assert groups(a, b) == [([same], [same])]


def test_a_heading_is_not_a_claim():
    a = ("THREATS TO SOUTH KOREA\n\nPutin’s visit raises risks for Seoul. " + " ".join(FILLER_A))
    b = ("This technology transfer will enhance the North’s capabilities, posing a grave threat "
         "to South Korea’s security. " + " ".join(FILLER_B))
    assert groups(a, b) == []


def test_a_fragment_is_not_a_claim():
    # "Clinton?" names a topic and claims nothing: it does not link to a sentence about her,
    # nor does "Right?" to one using the word; a copy of itself still links.
    a = "Clinton? Right? " + " ".join(FILLER_A)
    b = ("New poll shows a minor bump for Clinton after the debate. This right here is a sisterhood. "
         + " ".join(FILLER_B))
    assert groups(a, b) == []
    assert groups(a, "Clinton? " + " ".join(FILLER_B)) == [(["Clinton?"], ["Clinton?"])]


def test_names_the_articles_repeat_do_not_link_on_their_own():
    # Both articles name "Russian leader Vladimir Putin" again and again: sharing those
    # names says who, not what, and two different claims about him stay apart.
    a = " ".join([
        "Russian leader Vladimir Putin’s visit to Pyongyang marks a deepening of ties.",
        "Russian leader Vladimir Putin arrived late at night.",
        "Markets in Tokyo closed higher on strong export figures.",
        "Russian leader Vladimir Putin was greeted by a military parade.",
    ] + FILLER_A)
    b = " ".join([
        "Seoul and Moscow exchanged warnings after the summit with Russian leader Vladimir Putin.",
        "Russian leader Vladimir Putin later flew on to Vietnam.",
        "Farmers in Brazil reported an unusually large coffee harvest.",
        "Analysts said Russian leader Vladimir Putin needs artillery shells.",
    ] + FILLER_B)
    assert groups(a, b) == []


def test_a_reworded_sentence_inside_a_run_of_reused_text_is_linked():
    # Wire copy republished: same order, one sentence reworded between two kept verbatim.
    # The reworded pair shares few words; the links on either side of it carry it.
    from dataclasses import replace

    from kompare.core.evidence import FEATURE_NAMES, LinkModel

    s1 = "The two leaders signed the treaty in Pyongyang after hours of closed talks."
    s2a = "Officials said the agreement obliges each country to defend the other if it is attacked."
    s2b = "Both countries are bound to defend each other when attacked, according to officials."
    s3 = "Analysts in Seoul described the signing ceremony as carefully staged for television."
    a = " ".join([s1, s2a, s3] + FILLER_A)
    b = " ".join(FILLER_B + [s1, s2b, s3])
    sa, sb = segment(Document(a)), segment(Document(b))

    def linked(model=None):
        return [([sa.sentence_text(i) for i in g.a], [sb.sentence_text(j) for j in g.b])
                for g in align(sa, sb, model=model)]

    assert linked() == [([s1], [s1]), ([s2a], [s2b]), ([s3], [s3])]
    assert not any(g.edited for g in align(sa, sb))  # (its score links it, not only its place)
    shipped = LinkModel.load()
    blind = replace(shipped, weights=tuple(0.0 if n == "neighbours" else w for n, w in zip(FEATURE_NAMES, shipped.weights)))
    cands = candidates(sa, sb)
    (row,) = [n for n, (i, j) in enumerate(cands.pairs) if (sa.sentence_text(i), sb.sentence_text(j)) == (s2a, s2b)]
    threshold = CompareConfig().link_threshold()
    # Without the neighbours' evidence its score would not link it.
    assert shipped.probability_array(cands.matrix())[row] >= threshold > blind.probability_array(cands.matrix())[row]


def test_the_term_weights_come_from_the_config():
    from tests.core.align_reference import Weights, sentence_terms
    from kompare.core.config import CompareConfig

    sa = segment(Document("Kim met Putin in Pyongyang. Officials said the talks went well."))
    sb = segment(Document("Putin met Kim in Pyongyang. Rain fell all day."))
    ta, tb = sentence_terms(sa), sentence_terms(sb)
    default, no_phrases = Weights(ta, tb), Weights(ta, tb, CompareConfig(phrase_weight=0.0))
    phrase = next(t for t in ta[0].phrases)
    assert default[phrase] > 0 and no_phrases[phrase] == 0
    word = next(t for t in ta[0].unigrams)
    assert default[word] == no_phrases[word]
