"""Facts of a passage (figures, days, hedges) and how two linked passages' facts compare."""

import pytest

from kompare.core.classify import classify_spans
from kompare.core.diff import word_diff
from kompare.core.facts import compare_facts, hedges
from kompare.core.model import ChangeType, Op, Span
from kompare.core.tokens import tokenize


def _facts(a, b):
    """(type, words of A, words of B) of each fact that differs, over the two sentences' diff."""
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    return [(c.type, c.a, c.b) for c in compare_facts(a, tokenize(a), b, tokenize(b), spans)]


def _changes(a, b):
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    typed = classify_spans(a, b, spans)
    return {c.type for c in typed} | {c.type for c in compare_facts(a, tokenize(a), b, tokenize(b), spans)}


@pytest.mark.parametrize(
    "a, b, number",
    [
        ("The couple paid $43 million in federal taxes.", "The couple paid $43,885,310 in federal taxes.", False),
        ("They paid an additional $13.6 million in state taxes.", "They paid an average of 10.8 percent of their earnings.", False),
        ("The couple earned roughly $141 million in income.", "The couple earned $139 million in income.", True),
        ("The Pentagon will move $3.6 billion.", "The Pentagon will move $3 billion.", True),
        # Two counts to the unit differ by one: no rounding makes them one figure.
        ("The House voted 348 to 77 to override it.", "The House voted 348 to 76 to override it.", True),
        # A tally written two ways, one figure of it changed: the shared 348 pairs nothing.
        ("The House voted 348-77 to override it.", "The House voted 348 to 76 to override it.", True),
        ("The Senate voted 97-1 to override it.", "The Senate voted 97 to 1 to override it.", False),
        # A vague quantity of the figure's magnitude contradicts nothing; of another, it does.
        ("He eyes $8B for the wall.", "He wants billions of dollars for the wall.", False),
        ("He eyes $8B for the wall.", "He wants millions of dollars for the wall.", True),
        # The diff pairs 35.7 with 45.8; 35.7 is stated on the other side all the same.
        ("The rate was 35.7 percent, the combined rate 45.8 percent.",
         "The rate was 45.8 percent combined, and 35.7 percent federal.", False),
        # Each figure is stated on both sides; only their neighbouring words differ.
        ("The declaration lets him use about $3.6 billion from construction projects, with another "
         "$2.5 billion the department had allocated for counter-drug activities.",
         "The declaration enables him to divert $3.6 billion from military construction projects to the "
         "wall. He will also tap $2.5 billion from counternarcotics programs.", False),
    ],
)
def test_number_divergence_only_for_figures_that_disagree(a, b, number):
    assert (ChangeType.NUMBER in _changes(a, b)) is number


@pytest.mark.parametrize(
    "text, found",
    [
        ("The Senate is set to vote and may pass it.", ["is set to", "may"]),
        ("His plan is a disaster in the making.", []),  # the noun is no hedge
        ("He plans to decide by June.", ["plans"]),
        ("May 3 was the day.", []),  # the month
    ],
)
def test_hedges(text, found):
    assert [text[s:e] for s, e in hedges(text, [(0, len(text))])] == found


def test_a_pronoun_for_a_name_is_not_a_name_change():
    a = "“Put the decision on hold,” he posted to Twitter."
    b = "“Put the decision on hold,” Mr. Trump tweeted."
    assert ChangeType.NAME not in _changes(a, b)
    # ...while one name put for another still is.
    assert ChangeType.NAME in _changes("Chang said so on Thursday.", "Park said so on Thursday.")


def test_an_attribution_worded_otherwise_is_not_an_edited_term():
    a = "“I am not an alcoholic and I am not a drug addict,” LePage replied Wednesday."
    b = "“I am not an alcoholic and I am not a drug addict,” he said."
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    assert ChangeType.TERM not in {c.type for c in classify_spans(a, b, spans, edited=True)}
    # ...while in an edited copy a word put for another is one.
    a, b = "Russia will send anti-air defence systems to the North.", "Russia will send anti-ship defence systems to the North."
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    assert ChangeType.TERM in {c.type for c in classify_spans(a, b, spans, edited=True)}


def test_a_figure_between_a_links_sentences_is_not_read_as_the_passages():
    # A link of A's first and third sentences: the $9 million of the second is not the passage's.
    a = "The total was $7 million. Another fund got $9 million. The total came from taxes."
    b = "The total was $9 million, and the total came from taxes."
    first, third = (0, 25), (a.index("The total came"), len(a))
    spans = word_diff(a, [first, third], b, [(0, len(b))])
    assert ChangeType.NUMBER in {c.type for c in classify_spans(a, b, spans)}


def test_a_figure_stated_anywhere_on_the_other_side_is_no_disagreement():
    # Next to the words the diff found shared, A states $2.5 billion and B $3.6 billion;
    # but each side also states the other's figure, with other words around it.
    a = "They take $2.5 billion from drug programs and will later move a further $3.6 billion for building."
    b = "They take $3.6 billion from programs for building, and later $2.5 billion from other funds."
    sa, sb = a.index("drug programs"), b.index("programs")
    equal = [Span(Op.EQUAL, (sa, sa + len("drug programs")), (sb, sb + len("programs")))]
    assert compare_facts(a, tokenize(a), b, tokenize(b), equal, window=3) == []
    # With only the one figure each, they disagree.
    a2, b2 = a[: a.index(" and will")] + ".", b[: b.index(", and later")] + "."
    assert [c.type for c in compare_facts(a2, tokenize(a2), b2, tokenize(b2), equal, window=3)] == [ChangeType.NUMBER]


@pytest.mark.parametrize(
    "b, hedge",
    [
        # B hedges too, further from the shared words, and on words A has: both read as hedged.
        ("In return, Moscow will launch the spy satellites for the North and may use the satellites soon.", False),
        # ...but a hedge opening a relative clause hedges that clause, whose verb A does not say.
        ("In return, Moscow will launch the spy satellites for the North, which may use the satellites soon.", True),
        # B's other hedge bears on words of its own (nothing A says is alarming Seoul):
        # "may launch" against "will launch" is still a hedge of the shared claim.
        ("In return, Moscow will launch the spy satellites for the North, which analysts say may alarm Seoul.", True),
        ("In return, Moscow will launch the spy satellites for the North, which analysts say will alarm Seoul.", True),
    ],
)
def test_a_hedge_differs_only_when_the_other_side_hedges_nowhere_on_shared_words(b, hedge):
    assert _hedged("In return, Moscow may launch the spy satellites for the North.", b) is hedge


def _hedged(a: str, b: str) -> bool:
    """Do the passages' facts hold a hedge change?"""
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    return ChangeType.HEDGE in [c.type for c in compare_facts(a, tokenize(a), b, tokenize(b), spans)]


@pytest.mark.parametrize(
    "a, hedge",
    [
        ("In return, Moscow may launch the spy satellites for the North.", True),
        # "could" in a reworded passage: as often ability or a condition as a hedge...
        ("In return, the North said Moscow could launch the spy satellites for the North.", False),
    ],
)
def test_could_is_no_hedge_of_a_reworded_passage(a, hedge):
    assert _hedged(a, "Moscow will launch the spy satellites for the North in return, officials in Seoul said.") is hedge


def test_could_put_in_by_the_diff_is_a_hedge():
    # ...but put in next to the shared words, it is one ("could have passed" / "passed").
    a = "Several of the packages passed through a postal facility in Florida."
    b = "Several of the packages could have passed through a postal facility in Florida."
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    assert [c.type for c in classify_spans(a, b, spans)] == [ChangeType.HEDGE]


_TIES = "The invasion has been a key factor in the strengthening of ties between the two nations, officials say."


@pytest.mark.parametrize(
    "a, b, hedge",
    [
        # The claim told in another order: the diff leaves "strengthened" apart from the
        # words it finds equal, but it is a word both say once, right after the hedge.
        ("Since the invasion, the two nations have reportedly strengthened their cooperation.", _TIES, "reportedly"),
        # The other side hedges too: both read as hedged.
        ("Since the invasion, the two nations have reportedly strengthened their cooperation.",
         _TIES.replace("has been", "may have been"), None),
        # An adjective hedges its noun, not the claim.
        ("Since the invasion, the two nations have discussed a possible strengthening of their cooperation.",
         _TIES, None),
        # The hedge bears on words of the passage's own ("signed more deals", "sign more deals").
        ("Since the invasion, the two nations have apparently signed more deals and strengthened their cooperation.",
         _TIES, None),
        ("Since the invasion, the two nations have strengthened their cooperation and may sign more deals.", _TIES, None),
    ],
)
def test_a_hedge_of_the_shared_claim_told_in_another_order(a, b, hedge):
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    found = [c.a for c in compare_facts(a, tokenize(a), b, tokenize(b), spans) if c.type is ChangeType.HEDGE]
    assert found == ([hedge] if hedge else [])


def test_a_hedging_phrase_reaches_as_far_as_a_hedging_word():
    # "is set to" counts its reach from its last word: "override", the shared word, is
    # three words after it, as it would be after "may".
    a = "The Senate overrides the veto of the bill."
    for b, hedge in (("Congress is set to vote to override the veto of the bill.", "is set to"),
                     ("Congress may vote to override the veto of the bill.", "may")):
        spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
        found = [(c.type, c.b) for c in compare_facts(a, tokenize(a), b, tokenize(b), spans)]
        assert (ChangeType.HEDGE, hedge) in found


def _numbers(a, b):
    spans = word_diff(a, [(0, len(a))], b, [(0, len(b))])
    changes = [*classify_spans(a, b, spans), *compare_facts(a, tokenize(a), b, tokenize(b), spans)]
    return sorted({(c.a.strip(), c.b.strip()) for c in changes if c.type is ChangeType.NUMBER})


@pytest.mark.parametrize(
    "a, b, named",
    [
        # Two figures in a reworded run, counting two things: no number change.
        ("The Clintons' effective tax rate for federal, state and local taxes was 45.8 percent.",
         "The Clintons paid 35.7 percent and donated over 10 percent of their income to charity.", []),
        ("The administration plans to move about $200 million from the Department of Homeland Security.",
         "Mr. Trump will also use his discretion to tap $2.5 billion from counternarcotics programs.", []),
        # ...and named by the figure that counts the same thing, where the other passage gives one.
        ("But by declaring an emergency, the president would also seek to unlock money from the military "
         "construction budget, to the tune of $3.5 billion.",
         "The emergency declaration will allow the administration to use about $3.6 billion from military "
         "construction projects to build the wall, along with another $2.5 billion the department had set aside "
         "for drug programs.", [("$3.5 billion", "$3.6 billion")]),
        # Figures of one unit are paired, not the first of each side.
        ("The package is enough to build just 55 miles of barrier.",
         "The package provided $1.375 billion for about 110 miles of barrier.", [("55", "110")]),
        # One quantity told two ways, in other words around it: still a change.
        ("The storm killed at least 40 people across the region on Sunday.",
         "At least 45 people were killed across the region on Sunday.", [("40", "45")]),
        ("Trump requested $5.7 billion for the wall.", "Trump demanded $8.7 billion for the wall.",
         [("$5.7 billion", "$8.7 billion")]),
    ],
)
def test_a_number_change_pairs_figures_that_count_one_thing(a, b, named):
    assert _numbers(a, b) == named


def test_two_figures_of_one_unit_that_count_two_things_are_no_number_change():
    # Both sides state a dollar figure beside shared words, but one is taxes paid and the
    # other income earned: two quantities, not one told two ways.
    a = "The returns show that since 2007 the Clintons have paid $43 million in federal taxes."
    b = "The returns show that from 2007 to 2014 the Clintons earned $139 million in adjusted gross income."
    assert ChangeType.NUMBER not in {t for t, _, _ in _facts(a, b)}
    b2 = "The returns show that from 2007 to 2014 the Clintons paid $39 million in federal taxes."
    assert ChangeType.NUMBER in {t for t, _, _ in _facts(a, b2)}


@pytest.mark.parametrize(
    "a, b, change",
    [
        # The shared claim told in another order: the diff leaves the day (or figure) apart
        # from the words it finds equal; it stands beside one word both say once.
        ("The House voted later on Friday to override the veto, making the bill law.",
         "The House made the bill law after voting 348-77 to override Wednesday afternoon.",
         (ChangeType.DATE, "Friday", "Wednesday")),
        ("In the tax returns, released late Friday afternoon, the documents show the Clintons paid taxes.",
         "Hillary Clinton on Sunday released eight years of tax returns, showing that the Clintons paid taxes.",
         (ChangeType.DATE, "Friday", "Sunday")),
        ("Of that, $3 billion could be diverted with help from the emergency declaration.",
         "The emergency declaration, officials said, enables the president to divert $3.6 billion from "
         "construction projects.",
         (ChangeType.NUMBER, "$3 billion", "$3.6 billion")),
    ],
)
def test_a_day_or_figure_moved_beside_a_shared_word_still_differs(a, b, change):
    assert change in _facts(a, b)


def test_a_moved_figure_is_not_paired_by_its_own_scale_word_nor_against_its_rounding():
    # "billion" is a word both say once, beside both figures: a quantity, not the claim
    # (what the wall gets this year, what it will cost in all).
    a = "The wall, Congress decided in March, gets $1.4 billion."
    b = "The wall will cost the engineers $8 billion."
    assert ChangeType.NUMBER not in {t for t, _, _ in _facts(a, b)}
    # "$43 million" and "nearly $44 million" are one sum: "$141 million" earned, beside
    # the same shared word, is no figure of the other side's to compare with.
    a = "In the returns, the documents show the Clintons have paid $43 million in federal taxes."
    b = "The Clintons earned roughly $141 million and paid nearly $44 million in federal income taxes."
    assert ChangeType.NUMBER not in {t for t, _, _ in _facts(a, b)}
