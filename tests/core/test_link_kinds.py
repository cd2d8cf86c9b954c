"""A link's kind and typed changes, end to end: blue only when nothing substantive differs,
orange only for a real difference, and each change named by the words that differ."""

import pytest

from kompare.core import ChangeType, CompareConfig, Document, LinkKind, compare


def named(link, kind: ChangeType) -> list[tuple[str, str]]:
    """The words each side gives for the link's changes of one type."""
    return [(c.a, c.b) for c in link.changes if c.type is kind]


def test_a_clause_stated_on_one_side_only_makes_a_link_partial_however_much_is_shared():
    # B's every word is in A, and most of A's: only the clause A adds keeps it from blue.
    a = Document("President Lee on Monday opened the new high-speed rail line between Busan and Seoul, "
                 "which critics said had cost far more than planned and opened years late.")
    b = Document("President Lee on Monday opened the new high-speed rail line between Busan and Seoul.")
    (link,) = compare(a, b).links
    assert link.kind is LinkKind.PARTIAL
    lenient = CompareConfig(partial_new_words=99)
    assert compare(a, b, config=lenient).links[0].kind is LinkKind.AGREEMENT


@pytest.mark.parametrize(
    "a, kind",
    [
        # A year where the other gives years too is more said (the end of the period) ...
        ("The Clintons have released their tax returns for the period from 1977 through 2006.", LinkKind.PARTIAL),
        # ... where the other gives none, it is the when of the claim.
        ("The Clintons have previously released their tax returns.", LinkKind.AGREEMENT),
        ("The Clintons have released their tax returns dating back to 1977.", LinkKind.AGREEMENT),
    ],
)
def test_a_year_only_one_side_gives_besides_a_shared_one_is_more_said(a, kind):
    b = Document("The Clintons have released their tax returns dating back to 1977.")
    (link,) = compare(Document(a), b).links
    assert link.kind is kind


@pytest.mark.parametrize(
    "a, kind",
    [
        ('Mayor Adams called the governor\'s budget "a con" and "a disaster in the making."', LinkKind.PARTIAL),
        ('Mayor Adams called the governor\'s budget "a disaster in the making."', LinkKind.AGREEMENT),
    ],
)
def test_words_quoted_on_one_side_only_make_a_link_partial(a, kind):
    b = Document('Mayor Adams said: "The governor\'s budget is a disaster in the making."')
    (link,) = compare(Document(a), b).links
    assert link.kind is kind


@pytest.mark.parametrize(
    "a, b, kind",
    [
        # "alleged" hedges a role only B speaks of: more said, not the shared claim told less surely.
        ("Congress voted on Wednesday to let the families of victims sue the Saudi Arabian government.",
         "Congress voted Wednesday to let the families of victims sue Saudi Arabia over its alleged role.",
         LinkKind.PARTIAL),
        ("The minister reportedly signed the treaty with Japan on Wednesday in Tokyo.",
         "The minister signed the treaty with Japan on Wednesday in Tokyo.", LinkKind.DIVERGENCE),
        # ...and it does not hide a hedge of what both say: "set to override" / "voted to override".
        ("The Senate voted Wednesday to override his veto of a bill to let victims sue Saudi Arabia for its "
         "alleged role in the attacks.", "Senate Set to Override Veto on Bill Allowing Suits Against Saudi Arabia",
         LinkKind.DIVERGENCE),
        # A hedge opening a relative clause hedges that clause: its verb must be shared.
        ("Labrador, of Idaho, would be the conservative alternative to McCarthy in the race for majority leader.",
         "Labrador jumped into the race for majority leader, offering himself as the conservative alternative "
         "who could pull the House rightward.", LinkKind.PARTIAL),
        ("The treaty, which allows Russia to send troops to the peninsula, was signed on Wednesday.",
         "The treaty, which may allow Russia to send troops to the peninsula, was signed on Wednesday.",
         LinkKind.DIVERGENCE),
        # "expect X to ...": the hedge is on what the infinitive says, not on its subject
        ("North Korea signed a mutual defence pact with Russia in Pyongyang on Wednesday.",
         "Observers expect North Korea to leverage its new defence pact with Russia in Pyongyang.", LinkKind.PARTIAL),
        ("North Korea will use its defence pact with Russia to pressure Beijing into a three-way alliance.",
         "Observers expect North Korea to use its defence pact with Russia to pressure Beijing into a three-way "
         "alliance.", LinkKind.DIVERGENCE),
    ],
)
def test_a_hedge_is_a_change_only_when_what_it_hedges_is_shared(a, b, kind):
    (link,) = compare(Document(a), Document(b)).links
    assert link.kind is kind
    assert any(c.type is ChangeType.HEDGE for c in link.changes) is (kind is LinkKind.DIVERGENCE)


@pytest.mark.parametrize(
    "a, b, date",
    [
        ("Officials said the vote will be held next week, after the recess ends.",
         "Officials said the vote will be held this week, after the recess ends.", ("next week", "this week")),
        ("The minister will travel to Tokyo tomorrow to sign the agreement with Japan.",
         "The minister traveled to Tokyo last month to sign the agreement with Japan.", ("tomorrow", "last month")),
        ("Police arrested the suspect on Friday morning in Plantation, Florida, officials said.",
         "Officials said police arrested the suspect Friday afternoon in Plantation, Florida.", ("morning", "afternoon")),
        # A day against a relative time may be the same day: the day of writing is unknown.
        ("The talks collapsed on Wednesday in Geneva after the envoy walked out.",
         "The talks collapsed this week in Geneva after the envoy walked out.", None),
        # A weekday against a year: two granularities, not two dates.
        ("The two leaders signed the treaty in Pyongyang on Friday after a long summit.",
         "The two leaders signed the treaty in Pyongyang in 2014 after a long summit.", None),
        ("The two leaders signed the treaty in Pyongyang in 2013 after a long summit.",
         "The two leaders signed the treaty in Pyongyang in 2014 after a long summit.", ("2013", "2014")),
        # Two years in two runs of a reworded sentence are read as the passages' dates.
        ("The Clintons' effective federal tax rate for 2014 was 35.7 percent, while the effective tax rate for "
         "federal, state and local taxes was 45.8 percent.",
         "Mrs. Clinton’s tax return showed that her 2012 federal tax rate was 35.72, and, with city and state "
         "income taxes, was a combined rate of 45.8 percent.", ("2014", "2012")),
        # A year named next to the shared words agrees with the same year anywhere on the other side.
        ("Hillary Clinton Releases Tax Returns Going Back To 2007",
         "Hillary Rodham Clinton on Friday released her most recent eight years of tax returns, showing that she "
         "and former President Bill Clinton earned $139 million in adjusted gross income from 2007 to 2014.", None),
    ],
)
def test_relative_times_and_parts_of_the_day_are_dates(a, b, date):
    (link,) = compare(Document(a), Document(b)).links
    dates = named(link, ChangeType.DATE)
    assert dates == ([date] if date else [])


def test_a_quantity_word_in_a_title_is_no_figure():
    # "Majority" / "Minority" name two offices here: no number change, and the two
    # leaders' names are compared, not dropped as one side's extra figures.
    a = Document("Senate Majority Leader Mitch McConnell said the chamber would vote on the bill next Tuesday.")
    b = Document("Senate Minority Leader Chuck Schumer said the chamber would vote on the bill next Tuesday.")
    (link,) = compare(a, b).links
    assert [(c.type, c.a, c.b) for c in link.changes if c.type is not ChangeType.TERM] == [
        (ChangeType.NAME, "Mitch McConnell", "Chuck Schumer")
    ]


def test_half_the_words_shared_is_not_yet_the_same_claim():
    # The governor seeks changes / signs the amended bill: the verbs are the claim.
    a, b = Document("Ohio governor seeks changes in voting rights bill"), Document("Ohio Gov. Signs Amended Voting Rights Bill")
    (link,) = compare(a, b).links
    assert link.kind is LinkKind.PARTIAL


@pytest.mark.parametrize(
    "a, b, negation",
    [
        # Each side denies once, in other words: no negation differs.
        ("None of the money will come from hurricane relief funds, the budget director said.",
         "The president opted not to tap hurricane relief funds for the money, the budget director said.", False),
        ("The president will tap hurricane relief funds for the money, the budget director said.",
         "The president opted not to tap hurricane relief funds for the money, the budget director said.", True),
        # "halting" the decision is a verb with a noun of its own: it is not the "not" of "not killed".
        ("Two days after halting his agency's decision to allow imports, the president let hunters import "
         "elephants killed in Zambia.",
         "The president reversed the decision and let hunters import trophies of elephants that were not "
         "killed in Zambia.", True),
    ],
)
def test_a_negation_differs_only_when_one_side_denies_more(a, b, negation):
    (link,) = compare(Document(a), Document(b)).links
    assert any(c.type is ChangeType.NEGATION for c in link.changes) is negation


def test_a_quotations_changed_words_are_named_without_the_attribution_beside_them():
    a = Document('"I have people studying it and they cannot believe what they\'re finding," '
                 'the governor told NBC\'s "Today" show on Thursday.')
    b = Document('His answer: "Well, I have people studying it and they cannot believe what they\'re talking."')
    (link,) = compare(a, b).links
    assert [(c.type, c.a, c.b) for c in link.changes] == [(ChangeType.QUOTE, "finding", "talking")]


def test_a_figure_change_in_a_reworded_sentence_names_the_two_figures():
    # The replaced run is "quietly move about $200 million" / "take executive action to tap $2.5 billion".
    a = Document("The White House will quietly move about $200 million from the Homeland Security budget to the "
                 "wall, officials said.")
    b = Document("The White House will take executive action to tap $2.5 billion from the Homeland Security budget "
                 "for the wall, officials said.")
    (link,) = compare(a, b).links
    assert named(link, ChangeType.NUMBER) == [("$200 million", "$2.5 billion")]


def test_a_date_change_in_a_reworded_sentence_names_the_two_days():
    a = Document("Governor Smith opened the door Tuesday to leaving office early, his spokesman told reporters.")
    b = Document("Governor Smith said Wednesday that he has no plans to leave office early, his spokesman told reporters.")
    (link,) = compare(a, b).links
    assert named(link, ChangeType.DATE) == [("Tuesday", "Wednesday")]


def test_words_each_side_quotes_in_one_place_are_a_quote_change():
    # Not one quotation told twice by the matcher's reading (a word each), but the same
    # place of one claim, each outlet quoting its own word there.
    a = Document("Belyakov said Putin was resorting to his typical “bluffing” tactics toward South Korea, "
                 "according to the Korea Herald.")
    b = Document("According to Belyakov, Putin was resorting to his typical “punishing” tactics toward South Korea.")
    (link,) = compare(a, b).links
    assert link.kind is LinkKind.DIVERGENCE
    assert [(c.type, c.a, c.b) for c in link.changes] == [(ChangeType.QUOTE, "bluffing", "punishing")]
    # Equal words that run on out of one quotation do not make the run in the next one
    # the same quotation (the dev set's Clinton on the trade deal).
    c = Document("And ‘let's make it as good as it can be, and then let's make a decision.’")
    d = Document('Clinton said she wants to "find out what\'s in it and make it as good as it can be," and pushed for '
                 'more transparency "so the American people can actually see what will be in a finalized deal."')
    assert not [ch for l in compare(c, d).links for ch in l.changes if "American" in ch.b]


@pytest.mark.parametrize(
    "a, b, kind, change",
    [
        # A verb one side denies and the other states, worded otherwise around it.
        ("Since the invasion of Ukraine, the two nations have not strengthened their military cooperation, "
         "with North Korea providing support to Moscow.",
         "Since the invasion of Ukraine, North Korea and Russia strengthened military cooperation, with "
         "Pyongyang providing critical support to Moscow.",
         LinkKind.DIVERGENCE, ("not strengthened", "strengthened")),
        # A "not" in a condition denies no claim: one side quotes more.
        ("Clinton said the president should work with Congress to get the strongest deal possible, and if we do "
         "not get it, there should be no deal.",
         "Clinton said the president should work with Congress so that we get the strongest deal possible for "
         "American workers.", LinkKind.PARTIAL, None),
        # A goal ("pressure to step down") is no claim the denial contradicts, but the denial is
        # a claim the other passage does not make: not blue.
        ("Lawmakers kept up the pressure on Governor Smith to step down after the remarks about drug dealers.",
         "Governor Smith said he would not step down after the remarks about drug dealers.", LinkKind.PARTIAL, None),
    ],
)
def test_a_denied_verb_the_other_side_states_is_a_negation(a, b, kind, change):
    (link,) = compare(Document(a), Document(b)).links
    assert link.kind is kind
    negations = named(link, ChangeType.NEGATION)
    assert negations == ([change] if change else [])


def test_words_quoted_in_another_order_are_compared_with_each_other():
    # The diff keeps the Clinton half in order; the Flynn halves, told first on one side and
    # last on the other, are compared with each other (not "Flynn lied, and it destroyed
    # his life..." put for nothing), and both rewordings are named.
    a = Document("“Clinton lied many times to the FBI and nothing happened to her, but Flynn lied and they "
                 "destroyed his life,” Trump said.")
    b = Document("“Flynn lied, and it destroyed his life, and I think it’s a shame,” Trump said, claiming that "
                 "Clinton “lied many times, and nothing happened to her.”")
    (link,) = compare(a, b).links
    assert sorted((c.type, c.a, c.b) for c in link.changes) == [
        (ChangeType.QUOTE, "they", "it"), (ChangeType.QUOTE, "to the FBI", ""),
    ]


def test_a_hedge_against_a_claim_told_as_a_charge_is_no_change():
    """"allegedly hurled" against "accused ... of hurling": neither outlet asserts it. The link
    stays partial (a dropped change is never made blue); against a flat claim it is a hedge."""
    hedged = "Tea Party protesters allegedly hurled racial epithets at black lawmakers on Capitol Hill in March."
    charged = "Black lawmakers accused Tea Party protesters of hurling racial epithets on Capitol Hill in March."
    flat = "Tea Party protesters hurled racial epithets at black lawmakers on Capitol Hill in March."
    (link,) = compare(Document(hedged), Document(charged)).links
    assert link.kind is LinkKind.PARTIAL and named(link, ChangeType.HEDGE) == []
    (link,) = compare(Document(charged), Document(hedged)).links
    assert link.kind is LinkKind.PARTIAL and named(link, ChangeType.HEDGE) == []
    (link,) = compare(Document(hedged), Document(flat)).links
    assert link.kind is LinkKind.DIVERGENCE and named(link, ChangeType.HEDGE) == [("allegedly", "")]


@pytest.mark.parametrize(
    "a, hedge",
    [
        # (the words both say stand far from the hedge: nearer, they always counted)
        ("It looks like the president is having a change of heart when it comes to his recent decision to lift "
         "the ban on elephant trophy imports.", "looks like"),
        ("Apparently, after a weekend of uproar among conservationists and donors, the president suspended his "
         "decision to lift the ban on elephant trophy imports.", "Apparently"),
    ],
)
def test_a_hedge_opening_the_sentence_weakens_all_it_says_however_far_the_shared_words(a, hedge):
    b = Document("Trump suspended his decision to lift the ban on elephant trophy imports on Friday night.")
    (link,) = compare(Document(a), b).links
    assert link.kind is LinkKind.DIVERGENCE and named(link, ChangeType.HEDGE) == [(hedge, "")]


def test_a_name_written_with_and_without_its_accents_is_one_name():
    a = "Raúl Labrador said on Friday that he will run for majority leader against Kevin McCarthy."
    (link,) = compare(Document(a), Document(a.replace("Raúl", "Raul"))).links
    assert link.kind is LinkKind.AGREEMENT and link.changes == ()
    assert link.similarity == 1.0  # no word marked as changed


def test_a_verb_a_title_case_headline_capitalises_is_no_name():
    # "Condemns" / "Challenges" read as two names: a name change in blue's place.
    a = Document("NAACP Condemns Tea Party Racism In Resolution\n\n"
                 "The civil rights group passed a resolution condemning racist elements in the movement.")
    b = Document("N.A.A.C.P. Challenges Tea Party on Racism\n\n"
                 "The civil rights group passed a resolution to challenge racist elements in the movement.")
    headline = next(link for link in compare(a, b).links if link.a == (0,))
    assert named(headline, ChangeType.NAME) == []


@pytest.mark.parametrize(
    "b, negation",
    [
        # Russia sending weapons to Pyongyang is not the weapons Seoul does not send to Ukraine.
        ("Russia's treaty drew a warning from South Korea: send advanced weapons to Pyongyang, "
         "and Seoul may retaliate by arming Ukraine.", False),
        # The same claim, denied on one side: still a negation.
        ("Russia's treaty drew a warning from South Korea, which said it is sending lethal weapons "
         "directly to Ukraine.", True),
    ],
)
def test_a_denied_verb_is_a_negation_only_about_the_same_place_or_person(b, negation):
    a = Document("A day after the treaty, a South Korean official said Seoul will reconsider its policy "
                 "of not sending lethal weapons directly to Ukraine.")
    links = compare(a, Document(b)).links
    assert any(named(link, ChangeType.NEGATION) for link in links) is negation


@pytest.mark.parametrize(
    "a, b, kind, words",
    [
        ("The suspect was arrested before the attack, police said on Monday.",
         "The suspect was arrested after the attack, police said on Monday.", ChangeType.DATE, ("before", "after")),
        ("The senator will vote for the bill next week, her office said.",
         "The senator will vote against the bill next week, her office said.", ChangeType.NEGATION, ("for", "against")),
        ("The hospital treated more than 200 patients after the explosion.",
         "The hospital treated fewer than 200 patients after the explosion.", ChangeType.NUMBER, ("more", "fewer")),
        ("Exports rose sharply in March, the statistics office said.",
         "Exports fell sharply in March, the statistics office said.", ChangeType.NUMBER, ("rose", "fell")),
        ("The senators praised the negotiators on Tuesday for the new arms treaty.",
         "The senators condemned the negotiators on Tuesday for the new arms treaty.", ChangeType.NEGATION,
         ("praised", "condemned")),
        # A title-case headline: the two verbs are no names swapped.
        ("Senators Slam New Arms Treaty With Moscow", "Senators Praise New Arms Treaty With Moscow",
         ChangeType.NEGATION, ("Slam", "Praise")),
    ],
)
def test_a_word_put_for_its_opposite_is_a_typed_divergence_named_by_the_two_words(a, b, kind, words):
    # These were blue: the words are short function words or verbs of saying, which a
    # rewording changes freely, but these pairs turn the claim around.
    tail = "\n\nThe weather was fine in the capital that week."
    link = compare(Document(a + tail), Document(b + tail)).links[0]
    assert link.kind is LinkKind.DIVERGENCE
    assert named(link, kind) == [words]
    assert not named(link, ChangeType.NAME)


def test_a_word_put_for_one_that_is_not_its_opposite_is_no_turned_claim():
    a = Document("Exports rose sharply in March, the statistics office said.")
    b = Document("Exports climbed sharply in March, the statistics office said.")
    (link,) = compare(a, b).links
    assert not named(link, ChangeType.NEGATION) and not named(link, ChangeType.NUMBER)


def test_a_headline_verb_the_other_article_writes_in_lower_case_is_no_name():
    # Neither article's body uses its own headline's verb; each uses the other's. Read
    # document by document, both capitalised verbs were names, and the two headlines a
    # name swapped ("Unveils" / "Releases").
    a = Document("Governor Unveils Budget Plan\n\nThe plan was released on Monday by the governor's office.")
    b = Document("Governor Releases Budget Plan\n\nThe governor unveiled the plan on Monday in the capital.")
    link = next(link for link in compare(a, b).links if link.a == (0,))
    assert link.b == (0,)
    assert not named(link, ChangeType.NAME)
