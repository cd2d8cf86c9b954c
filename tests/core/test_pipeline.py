"""compare(): progress, cancellation, sensitivity, speaker changes."""

import pytest

from kompare.core import Cancelled, ChangeType, CompareConfig, Document, LinkKind, compare, compare_files

A = ('Putin said “South Korea has nothing to worry about unless it sends weapons”. '
     "The weather in the capital was mild all week.")
B = ("Crowds gathered near the river on Sunday. "
     'Peskov said “South Korea has nothing to worry about unless it sends weapons”.')


def test_same_quote_given_to_another_speaker_is_a_speaker_change():
    c = compare(Document(A), Document(B))
    (link,) = c.links
    assert link.kind is LinkKind.DIVERGENCE
    speaker = [ch for ch in link.changes if ch.type is ChangeType.SPEAKER]
    assert [(ch.a, ch.b) for ch in speaker] == [("Putin", "Peskov")]
    assert c.a.text[slice(*speaker[0].a_range)] == "Putin"
    (match,) = c.quote_matches
    assert match.speaker_match is False


def test_progress_runs_from_0_to_1_in_order():
    seen = []
    compare(Document(A), Document(B), progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert all(isinstance(m, str) and m for _, m in seen)


def test_cancel_stops_the_comparison():
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        compare(Document(A * 20), Document(B * 20), should_cancel=cancel)


def test_higher_sensitivity_links_at_least_as_much(seeds):
    strict = compare_files(seeds("001"), seeds("003"), config=CompareConfig(sensitivity=0.2))
    loose = compare_files(seeds("001"), seeds("003"), config=CompareConfig(sensitivity=0.9))
    linked = lambda c: {i for l in c.links for i in l.a}  # noqa: E731
    assert len(linked(loose)) >= len(linked(strict))
    assert len(loose.links) > len(strict.links)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_state_is_restored(enabled):
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        compare(Document(A), Document(B))
        assert gc.isenabled() is enabled
        with pytest.raises(Cancelled):
            compare(Document(A), Document(B), should_cancel=lambda: True)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def _linked(c):
    return {(i, j) for link in c.links for i in link.a for j in link.b}


def test_a_quotation_repeated_in_one_outlet_links_each_time():
    """Many to many: the headline's and the body's quotation both link to the other's."""
    a = ("“I will not resign,” the governor said on Wednesday. "
         "Snow fell across the state overnight. "
         "Asked again later, he repeated: “I will not resign.”")
    b = "Voters cheered at the rally in the park. “I will not resign,” said Mr. Lepage."
    c = compare(Document(a), Document(b))
    assert {(0, 1), (2, 1)} <= _linked(c)
    assert not any(i == 1 for i, _ in _linked(c))


def test_a_reworded_quotation_links_its_sentences():
    """Quotations sharing five words in order pair their sentences, whatever else they say."""
    from kompare.core.pipeline import _find_quotes, _quote_pairs, _quoted_pairs
    from kompare.core.segment import segment

    a = segment(Document("“I feel very badly for Gen. Flynn,” Trump told reporters before leaving for Utah."))
    b = segment(Document("It rained. “I feel badly for General Flynn,” Mr. Trump said on Monday."))
    qa, qb = _find_quotes(a), _find_quotes(b)
    _, related = _quote_pairs(a.text, qa, b.text, qb, CompareConfig())
    assert _quoted_pairs(a, b, qa, qb, related, 5) == {(0, 1)}
    assert _quoted_pairs(a, b, qa, qb, related, 6) == set()


def test_scare_quotes_alone_do_not_link():
    a = "The senator called the deal “a disaster” in a speech to farmers in Iowa."
    b = "Stock markets in Asia called it “a disaster” after a week of losses in Tokyo."
    assert compare(Document(a), Document(b)).links == ()


def test_a_reworded_quotation_changes_the_link_where_its_words_differ():
    """A quotation of two sentences reworded in its second: the change sits on that sentence's link."""
    a = ("“The governor signed the budget bill on Friday evening. They ruined the plan for the new bridge,” "
         "the mayor of the city said at a press conference.")
    b = ("“The governor signed the budget bill on Friday evening. They destroyed the plan for the new bridge,” "
         "the mayor of the city said at a press conference.")
    c = compare(Document(a), Document(b))
    quote_changes = {(l.a, l.b): [(ch.a, ch.b) for ch in l.changes if ch.type is ChangeType.QUOTE] for l in c.links}
    assert quote_changes[(0,), (0,)] == []
    assert quote_changes[(1,), (1,)] == [("ruined", "destroyed")]


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
    ],
)
def test_relative_times_and_parts_of_the_day_are_dates(a, b, date):
    (link,) = compare(Document(a), Document(b)).links
    dates = [(c.a, c.b) for c in link.changes if c.type is ChangeType.DATE]
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
    assert [(c.a, c.b) for c in link.changes if c.type is ChangeType.NUMBER] == [("$200 million", "$2.5 billion")]


def test_a_date_change_in_a_reworded_sentence_names_the_two_days():
    a = Document("Governor Smith opened the door Tuesday to leaving office early, his spokesman told reporters.")
    b = Document("Governor Smith said Wednesday that he has no plans to leave office early, his spokesman told reporters.")
    (link,) = compare(a, b).links
    assert [(c.a, c.b) for c in link.changes if c.type is ChangeType.DATE] == [("Tuesday", "Wednesday")]
