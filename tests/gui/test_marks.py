from kompare.core.model import Side
from kompare.gui.marks import AGREEMENT, DIVERGENCE, UNIQUE, Marks, link_key


def test_regions_sit_on_the_sentences_of_each_link(comparison):
    marks = Marks(comparison)
    for link in comparison.links:
        for side in Side:
            for sid in link.sentences(side):
                s = comparison.doc(side).sentences[sid]
                region = marks.sides[side].region_at(s.start)
                assert (region.start, region.end, region.key) == (s.start, s.end, link_key(link.id))
                assert marks.sides[side].region_at(s.end - 1).key == region.key


def test_unique_sentences_form_runs(comparison):
    marks = Marks(comparison)
    runs = marks.ordered(UNIQUE, Side.A)
    covered = [sid for item in runs for sid in item.sentences_a]
    assert covered == sorted(comparison.unique_a)
    # consecutive unique sentences merge into one passage
    assert len(runs) < len(comparison.unique_a)


def test_diff_words_are_the_non_equal_spans(comparison):
    marks = Marks(comparison)
    pact = comparison.links[1]
    words = marks.sides[Side.A].diff_words[link_key(pact.id)]
    text = comparison.a.text
    assert [text[s:e] for s, e in words] == ["pact", "23"]
    words_b = marks.sides[Side.B].diff_words[link_key(pact.id)]
    assert [comparison.b.text[s:e] for s, e in words_b] == ["treaty", "25"]


def test_step_walks_divergences_in_order_and_wraps(comparison):
    marks = Marks(comparison)
    first, wrapped = marks.step(DIVERGENCE, Side.A, -1, True)
    second, _ = marks.step(DIVERGENCE, Side.A, first.a[0], True)
    third, wrapped_again = marks.step(DIVERGENCE, Side.A, second.a[0], True)
    assert first.a[0] < second.a[0]
    assert (third.key, wrapped, wrapped_again) == (first.key, False, True)
    back, _ = marks.step(DIVERGENCE, Side.A, second.a[0], False)
    assert back.key == first.key
    # in B the same two divergences come in the other order (the passage moved)
    in_b = [i.key for i in marks.ordered(DIVERGENCE, Side.B)]
    assert in_b == [first.key, second.key][::-1] or in_b == [first.key, second.key]
    assert marks.ordered(AGREEMENT, Side.A)[0].kind == AGREEMENT


def test_quote_rows_pair_matches_and_keep_unmatched(comparison):
    marks = Marks(comparison)
    rows = marks.quote_rows
    assert len(rows) == 2
    paired = [r for r in rows if r.a is not None and r.b is not None]
    assert len(paired) == 1 and paired[0].match.kind.value == "variant"
    lonely = [r for r in rows if r.a is None]
    assert lonely[0].b.speaker == "Washington"


def test_reading_order_puts_b_only_passages_after_their_neighbour(comparison):
    marks = Marks(comparison)
    order = [i.key for i in marks.reading_order()]
    assert set(order) == set(marks.items)
    counts = marks.counts()
    assert counts["divergence"] == 2 and counts["agreement"] == 1


def test_each_kinds_order_is_its_items_sorted_by_range_then_key(seeds):
    from kompare.core import compare_files
    from kompare.gui.marks import ITEM_KINDS

    marks = Marks(compare_files(seeds("002"), seeds("004")))
    for side in Side:
        for kind in (None, *ITEM_KINDS):
            chosen = [i for i in marks.items.values() if (kind is None or i.kind == kind) and i.range(side)]
            expected = sorted(chosen, key=lambda i: (*i.range(side), i.key))
            assert [i.key for i in marks.ordered(kind, side)] == [i.key for i in expected]


def test_typed_words_are_the_changes_words_within_the_marked_ones(comparison):
    marks = Marks(comparison)
    pact = comparison.links[1]  # "pact"/"treaty" differ; "23"/"25" is the typed number change
    typed = marks.sides[Side.A].typed_words[link_key(pact.id)]
    assert [comparison.a.text[s:e] for s, e in typed] == ["23"]
    assert [comparison.b.text[s:e] for s, e in marks.sides[Side.B].typed_words[link_key(pact.id)]] == ["25"]
    assert link_key(comparison.links[0].id) not in marks.sides[Side.A].typed_words  # an agreement types nothing
