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


# An edited copy names another person before an unchanged quotation: "he" is read as that
# name on each side, so the two speakers are two guesses, and the edit is shown where it is.
RALLY = ("John Smith and Tom Brown spoke at the rally on Monday. Smith waved to the crowd before the speech. "
         "“We will win this fight in the courts,” he said.")


def test_two_speakers_each_reached_through_a_pronoun_are_no_speaker_change():
    c = compare(Document(RALLY), Document(RALLY.replace("Smith waved", "Brown waved")))
    assert [q.speaker for q in c.quotes_a] == ["John Smith"] and [q.speaker for q in c.quotes_b] == ["Tom Brown"]
    kinds = {l.a: (l.kind, [(ch.type, ch.a, ch.b) for ch in l.changes]) for l in c.links}
    assert kinds[(1,)] == (LinkKind.DIVERGENCE, [(ChangeType.NAME, "Smith", "Brown")])
    assert kinds[(2,)] == (LinkKind.AGREEMENT, [])  # the same words: nothing either outlet states differs


def test_a_speaker_named_on_one_side_against_a_pronoun_is_a_speaker_change():
    quote = "“We will win this fight in the courts,” "
    a = "John Smith spoke on Wednesday. The crowd cheered. " + quote + "Smith said."
    b = "Mary Jones spoke on Wednesday. The crowd cheered. " + quote + "she said."
    c = compare(Document(a), Document(b))
    changes = {l.a: [(ch.type, ch.a, ch.b) for ch in l.changes] for l in c.links}
    assert (ChangeType.SPEAKER, "John Smith", "Mary Jones") in changes[(2,)]


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


def test_reading_meaning_shows_its_progress_and_a_cancel_stops_it():
    from kompare.core.encoder import load_encoder

    if load_encoder() is None:
        pytest.skip("the paraphrase encoder cannot run here")
    # Sentences the encoder has not read yet (its cache is keyed by text).
    a = " ".join(f"Officials counted {n} ballots in district {n * 7} on Monday." for n in range(150))
    b = " ".join(f"Observers said district {n * 7} reported {n} spoiled ballots." for n in range(150))
    seen = []

    def cancel():
        return any(m.startswith("Reading the sentences' meaning (128 of") for _, m in seen)

    with pytest.raises(Cancelled):
        compare(Document(a), Document(b), progress=lambda f, m: seen.append((f, m)), should_cancel=cancel)
    reading = [(f, m) for f, m in seen if m.startswith("Reading the sentences' meaning (")]
    assert [m for _, m in reading] == [f"Reading the sentences' meaning ({k} of 300)" for k in (0, 64, 128)]
    assert all(0.35 <= f < 0.38 for f, _ in reading)
    assert not any(m.startswith("Linking") for _, m in seen)  # stopped before linking


def test_the_encoder_stays_off_for_long_texts():
    cfg = CompareConfig()
    many = " ".join(f"Sentence number {n} of the long report." for n in range(cfg.encoder_max_sentences // 2 + 1))
    c = compare(Document(many), Document(many.replace("long", "longer")), config=cfg)
    assert c.paraphrase is False and len(c.a.sentences) + len(c.b.sentences) > cfg.encoder_max_sentences


def test_higher_sensitivity_links_at_least_as_much(seeds):
    strict = compare_files(seeds("001"), seeds("003"), config=CompareConfig(sensitivity=0.2))
    loose = compare_files(seeds("001"), seeds("003"), config=CompareConfig(sensitivity=0.9))
    linked = lambda c: {i for l in c.links for i in l.a}  # noqa: E731
    assert len(linked(loose)) >= len(linked(strict))
    assert len(loose.links) > len(strict.links)


def test_a_link_reaches_the_bar_its_sensitivity_sets_and_a_copy_is_certain(seeds):
    for sensitivity in (0.2, 0.5, 0.9):
        config = CompareConfig(sensitivity=sensitivity)
        c = compare_files(seeds("001"), seeds("003"), config=config)
        assert c.links and all(config.link_threshold() - 1e-6 <= l.confidence <= 1.0 for l in c.links)
    # A reworded claim is linked with the model's probability; a sentence copied word for
    # word, or one quoting the same quotation, is certain.
    a = "The treaty calls for military assistance without delay. Kim hosted a banquet for Putin in Pyongyang."
    b = "The pact calls for military assistance without any delay. Kim hosted a banquet for Putin in Pyongyang."
    reworded, copied = compare(Document(a), Document(b)).links
    assert CompareConfig().link_threshold() <= reworded.confidence < 1.0 and copied.confidence == 1.0
    quoted = compare(Document(A), Document(B))
    assert [l.confidence for l in quoted.links] == [1.0]


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
    # Six words in order: "I feel" and "badly for General Flynn" ("Gen." is "General").
    assert _quoted_pairs(a, b, qa, qb, related, 6, cover=1.01) == {(0, 1)}
    assert _quoted_pairs(a, b, qa, qb, related, 7, cover=1.01) == set()
    # ...which are all of the shorter quotation: a quotation told with a word put in.
    assert _quoted_pairs(a, b, qa, qb, related, 7) == {(0, 1)}


@pytest.mark.parametrize(
    "quote_b, linked",
    [
        ("I would not resign", True),  # a short quotation with a word changed: still that quotation
        ("I will not ever resign", True),  # ...or with a word put in
        ("I will not run again", False),  # it shares only plain words: another quotation
    ],
)
def test_a_short_quotation_told_with_a_word_changed_links_its_sentences(quote_b, linked):
    """A variant of a quotation too short to share five words still pairs its sentences when
    the shared words are most of the shorter one."""
    from kompare.core.pipeline import _find_quotes, _quote_pairs, _quoted_pairs
    from kompare.core.segment import segment

    a = segment(Document("“I will not resign,” he said after a meeting with lawmakers in Augusta."))
    b = segment(Document(f"It rained. “{quote_b},” said Mr. LePage, who sought to end questions about his health."))
    qa, qb = _find_quotes(a), _find_quotes(b)
    _, related = _quote_pairs(a.text, qa, b.text, qb, CompareConfig())
    assert (_quoted_pairs(a, b, qa, qb, related, 5) == {(0, 1)}) is linked


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
