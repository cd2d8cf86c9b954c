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
        ("He agreed to testify.", "He declined to testify.", [(ChangeType.NEGATION, "agreed", "declined")]),
        ("He testified.", "He refused to testify.", [(ChangeType.NEGATION, "", "refused to")]),
        ("They halted imports.", "They allowed imports.", [(ChangeType.NEGATION, "halted", "allowed")]),
        # "could" against a passage that hedges in words of its own: both read as hedged...
        ('"We will have an emergency, and we will then be sued," Trump said, adding that the courts could well rule '
         'against his administration.', '"Look, I expect to be sued," he said, launching into a riff about how he '
         'anticipated court rulings against him.', []),
        # ...not against one that hedges only as this one does.
        ("He expects to be sued, and the courts could well rule against him.",
         "He expects to be sued, and the courts rule against him.", [(ChangeType.HEDGE, "could", "")]),
        # A verb of denial against another verb, or said once more, turns no claim around.
        ("The House rejects the veto.", "The House overrides the veto.", []),
        ("The war stops here and stops now.", "The war changes here and now.", []),
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
        ("Trump said trump cards win. Korea’s talks, korea’s pact.",
         {"said", "trump", "cards", "card", "win", "korea", "talks", "talk", "pact"}),
        ("eBay and iPhone; U.S. and us.", {"ebay", "and", "iphone", "iphon", "us"}),
        ("NAACP Condemns Racism. The group is condemning it.", {"group", "is", "condemning", "condemn", "it"}),
        ("", set()),
    ],
)
def test_lowercase_words_are_the_words_written_in_lower_case_somewhere_and_their_stems(text, expected):
    from kompare.core.classify import lowercase_words

    assert lowercase_words(text) == frozenset(expected)


def _quoted(text: str) -> list[tuple[int, int]]:
    """The ranges between each pair of “ ” marks (for the quotation tests below)."""
    out, at = [], 0
    while (s := text.find("“", at)) >= 0:
        e = text.index("”", s)
        out.append((s + 1, e))
        at = e + 1
    return out


def test_two_different_quotations_side_by_side_differ_in_what_is_said_not_in_wording():
    # The White House's words against the Vice President's spokesman's, in one link: no
    # quotation of one is the other's reworded, so no quote change names them.
    a = "The president believes, “if true, Judge Moore will do the right thing and step aside.”"
    b = "The president believes, “if true, this would disqualify anyone from serving in office.”"
    qa, qb = _quoted(a), _quoted(b)
    assert ChangeType.QUOTE in [t for t, _, _ in changes(a, b, quotes_a=qa, quotes_b=qb)]  # (matches unknown)
    assert changes(a, b, quotes_a=qa, quotes_b=qb, related=set()) == []
    assert changes(a, b, quotes_a=qa, quotes_b=qb, related={(qa[0], qb[0])}) != []


def test_a_quotation_reworded_between_shared_words_is_one_quotation_whatever_the_matcher_says():
    a = "He said: “Nothing happened to her. Flynn lied and it’s like they ruined his life. Very unfair.”"
    b = "He said: “I feel very badly. Nothing happened to her. Flynn lied and they destroyed his life.”"
    got = changes(a, b, quotes_a=_quoted(a), quotes_b=_quoted(b), related=set())
    assert got == [(ChangeType.QUOTE, "it’s like", ""), (ChangeType.QUOTE, "ruined", "destroyed")]


@pytest.mark.parametrize(
    "a, b, want",
    [
        # A word put into one quotation told twice changes its wording.
        ("“I feel very badly for Gen. Flynn,” Trump said.", "“I feel badly for General Flynn,” Mr. Trump said.",
         [(ChangeType.QUOTE, "very", "")]),
        ("“provide military and other assistance without delay,” it says.",
         "“provide military assistance without delay,” it says.", [(ChangeType.QUOTE, "and other", "")]),
        # A joining word is no change of wording...
        ("“Clinton lied to the FBI, nothing happened to her,” he said.",
         "“Clinton lied to the FBI, and nothing happened to her,” he said.", []),
        ("“conservation & healthy herds are critical,” he said.", "“conservation and healthy herds are critical,” he said.", []),
        # ...nor are words the outlet marks as its own edit.
        ("“I feel very badly for Gen. Flynn,” Trump said.", "“I feel … badly for Gen. Flynn,” Trump said.", []),
        ("“D-Money, Smoothie (and) Shifty are here,” he said.", "“D-Money, Smoothie, Shifty are here,” he said.", []),
        # A quotation that goes on past the other's end quotes more; it is not reworded.
        ("“I feel badly for Gen. Flynn,” Trump said.", "“I feel badly,” Trump said, “for Gen. Flynn.”", []),
        ("“I feel badly” for Flynn, Trump said.", "“I feel badly for Flynn,” Trump said.", []),
        # Nor does one that holds the other's words in a run, wherever the diff matched the
        # first of them (dev event 13: a line of a speech, and one sentence of a longer quotation).
        ("He said “the people did not share” in it.",
         "He said “the people have borne the cost, but the people did not share in the wealth.”", []),
        ("“We will bring back our jobs, we will bring back our borders,” he said.",
         "“We will bring back our borders,” he said.", []),
    ],
)
def test_words_put_into_a_quotation_told_twice(a, b, want):
    assert changes(a, b, quotes_a=_quoted(a), quotes_b=_quoted(b), related=None) == want


def test_a_quotation_the_matcher_pairs_with_another_is_not_reworded_by_its_neighbour():
    # B tells A's quotation in its second quotation, and its first is the partner of another
    # of A's quotations (A's sentence before): "believes that" flanks both, yet they are two
    # quotations (dev event 18: Sanders on Roy Moore).
    a = "The president also believes, “that if these allegations are true, Judge Moore will step aside.”"
    b = ("Trump “believes that we cannot allow a mere allegation” but that if the allegations are true, "
         "“Judge Moore will step aside.”")
    qa, qb = _quoted(a), _quoted(b)
    elsewhere = (500, 560)  # A's “... we cannot allow a mere allegation ...”, in another sentence
    types = lambda related: [t for t, _, _ in changes(a, b, quotes_a=qa, quotes_b=qb, related=related)]  # noqa: E731
    assert ChangeType.QUOTE in types(set())
    assert ChangeType.QUOTE not in types({(qa[0], qb[1]), (elsewhere, qb[0])})
    # One quotation that B splits in two keeps its changed word, whichever part the matcher took.
    a = "“This American carnage stops right here,” Trump said."
    b = "“This Washington carnage,” he declared, “stops right here.”"
    qa, qb = _quoted(a), _quoted(b)
    got = changes(a, b, quotes_a=qa, quotes_b=qb, related={(qa[0], qb[1])})
    assert (ChangeType.QUOTE, "American", "Washington") in got
    # ...also where the diff runs the changed word into the attribution that splits it (an
    # injected edit of dev event 13 was blue): the change names the quoted words only.
    b = "“This American wonderful,” he declared, “stops right here.”"
    qb = _quoted(b)
    got = changes(a, b, quotes_a=qa, quotes_b=qb, related={(qa[0], qb[1])})
    assert got == [(ChangeType.QUOTE, "carnage", "wonderful")]


def test_two_quotations_the_matcher_leaves_apart_need_equal_words_around_a_word_put_in():
    # Dev event 18: Sanders' words for the president against the words of Pence's
    # spokesperson share "believes", "if" and "true" and nothing more: two quotations.
    a = "Sanders said the president “believes that if these allegations are true, Judge Moore will step aside.”"
    b = "A spokesperson said Pence “believes, if true, this would disqualify anyone from serving in office.”"
    qa, qb = _quoted(a), _quoted(b)
    paired_elsewhere = {(qa[0], (900, 950))}  # (the matcher paired A's quotation with another)
    assert ChangeType.QUOTE in [t for t, _, _ in changes(a, b, quotes_a=qa, quotes_b=qb, related=None)]
    assert changes(a, b, quotes_a=qa, quotes_b=qb, related=paired_elsewhere) == []
    # Between two words or more on each side, a word put in is still the wording changed.
    a, b = "“I feel very badly for Gen. Flynn,” Trump said.", "“I feel badly for General Flynn,” Mr. Trump said."
    qa, qb = _quoted(a), _quoted(b)
    want = [(ChangeType.QUOTE, "very", "")]
    assert changes(a, b, quotes_a=qa, quotes_b=qb, related={(qa[0], (900, 950))}) == want
    assert changes(a, b, quotes_a=qa, quotes_b=qb, related={(qa[0], (900, 950))}, flank_words=3) == []


def test_a_hedge_change_names_the_hedge_words_not_the_run_around_them():
    a = "Flynn was the first former administration official to plead guilty."
    b = "Flynn was the 2016 election and possible ties official to plead guilty."
    got = [(t, x, y) for t, x, y in changes(a, b) if t is ChangeType.HEDGE]
    assert got == [(ChangeType.HEDGE, "", "possible")]


def test_a_contraction_written_out_is_the_same_quotation():
    a = "Sanders said, “No, we've got to defeat this piece of legislation.”"
    b = "Sanders said, “No, we have got to defeat this piece of legislation.”"
    assert changes(a, b, quotes_a=_quoted(a), quotes_b=_quoted(b)) == []
    b = "Sanders said, “No, we must defeat this piece of legislation.”"
    assert [t for t, _, _ in changes(a, b, quotes_a=_quoted(a), quotes_b=_quoted(b))] == [ChangeType.QUOTE]


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # "one of" is one among many, not a count; an age on the other side is no other figure.
        ("In one of the fiercest showdowns so far, Labrador will challenge McCarthy.",
         "Labrador, 46, will challenge McCarthy in the fiercest showdown so far.", []),
        # "minority voters" count nothing: "at age 13" has no other figure against it...
        ("Labrador moved to the mainland at age 13 and ran for office.",
         "Labrador sees himself as an ambassador to minority voters and ran for office.", []),
        # ...but "a majority of" does.
        ("A majority of voters backed the plan.", "Forty voters backed the plan.", [ChangeType.NUMBER]),
        # An age counts years of a life, not days; two ages compare.
        ("Jay Roberts, 60, said the game was normal.", "Jeff Flake, one day removed, said the game was normal.", []),
        ("Labrador, a 46-year-old congressman, ran.", "Labrador, a 47-year-old congressman, ran.", [ChangeType.NUMBER]),
        # The diff cuts "paid tens of | millions of dollars": the magnitude is read past the cut.
        ("Clinton released returns showing the Clintons paid tens of millions of dollars in taxes.",
         "Clinton released returns showing the Clintons earned $139 million of dollars in taxes.", []),
        # A source that reported is an attribution; passive, "reported" weakens the claim.
        ("She told the newspaper that Moore approached her in 1979.",
         "The Washington Post reported that Moore approached her in 1979.", []),
        ("Moore approached her in 1979.", "It was reported Moore approached her in 1979.", [ChangeType.HEDGE]),
        # A hedge word the other passage uses elsewhere hedges both; on one side only it is one.
        ("Flynn lied about possible collusion. He became the first former administration official to face charges.",
         "Flynn lied about collusion. He became the 2016 election and possible ties to face charges.", []),
        ("Flynn lied about collusion. He became the first former administration official to face charges.",
         "Flynn lied about collusion. He became the 2016 election and possible ties to face charges.",
         [ChangeType.HEDGE]),
    ],
)
def test_what_a_fact_counts_and_what_hedges(a, b, expected):
    assert [t for t, _, _ in changes(a, b)] == expected
