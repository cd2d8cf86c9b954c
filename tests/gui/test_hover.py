"""What the window says of a passage, built without a window: status line, tooltip, closest passage."""

from kompare.core import Document, compare
from kompare.core.model import LinkKind, Side
from kompare.gui import hover
from kompare.gui.hover import change_summary, clipboard_text, excerpt, near_of, status_line, tooltip
from kompare.gui.marks import Marks, link_key
from tests.gui.helpers import make_comparison, make_overlapping


def test_excerpt_is_one_line_cut_with_an_ellipsis():
    assert excerpt("two\n  lines") == "two lines"
    assert excerpt("word " * 10, 12) == "word word w…"  # 12 characters, the last one "…"
    assert excerpt("short", 5) == "short"


def test_a_divergence_says_its_changes_both_ways(comparison):
    marks = Marks(comparison)
    pact = comparison.links[1]
    item = marks.items[link_key(pact.id)]
    assert change_summary(item) == "number: “23” → “25”"
    line = status_line(item, comparison)
    assert line.startswith("Divergence: number: “23” → “25” (similarity ") and line.endswith(").")
    tip_a = tooltip(marks, Side.A, comparison.a.sentences[pact.a[0]].start + 1)
    tip_b = tooltip(marks, Side.B, comparison.b.sentences[pact.b[0]].start + 1)
    assert "The treaty has 25 articles" in tip_a and "“23” → “25”" in tip_a
    assert "The pact has 23 articles" in tip_b and "“25” → “23”" in tip_b  # B's view reads B first


def test_no_tooltip_without_a_comparison_or_off_the_sentences(comparison):
    assert tooltip(None, Side.A, 0) is None
    marks = Marks(comparison)
    assert tooltip(marks, Side.A, len(comparison.a.text) + 10) is None


def test_a_partial_link_says_what_both_say():
    c = compare(Document("Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday."),
                Document("Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday and signed a defence treaty "
                         "that calls for military aid."))
    assert [link.kind for link in c.links] == [LinkKind.PARTIAL]
    marks = Marks(c)
    item = marks.item_at(Side.A, 2)
    assert change_summary(item) == ""  # without the texts, a partial link has no changes to name
    assert change_summary(item, c).startswith("both say “Kim Jong-un met Vladimir Putin")
    assert status_line(item, c).startswith("Partial: both say “Kim Jong-un met")
    assert "B says more" in tooltip(marks, Side.A, 2)


def test_a_unique_sentence_names_its_closest_passage_and_how_to_go_there():
    c = compare(Document("The treaty calls for military assistance without delay. The two leaders rode in a black limousine."),
                Document("The pact calls for military assistance without any delay. Putin gave Kim a limousine as a gift."))
    marks = Marks(c)
    ride = c.a.sentences[1]
    item = marks.item_at(Side.A, ride.start)
    near = near_of(c, item, ride.start)
    assert near[:2] == (Side.B, 1) and "Putin gave Kim a limousine" in near[2]
    assert near_of(c, marks.item_at(Side.A, 0)) is None  # a link has no closest passage
    assert near_of(None, item) is None
    line = status_line(item, c, near, "Ctrl+J goes there")
    assert line.startswith("Unique to A. Closest in B, not linked") and line.endswith("(Ctrl+J goes there)")
    assert status_line(item, c) == "Unique to A."
    assert "not linked" in tooltip(marks, Side.A, ride.start)


def test_a_sentence_in_many_links_shows_a_few_and_says_how_many_more(monkeypatch):
    c = make_overlapping()
    marks = Marks(c)
    lede = c.a.sentences[0].start
    tip = tooltip(marks, Side.A, lede)
    assert tip.startswith("<qt>In 3 links:") and tip.count("counterpart in B") == 3 and "more links" not in tip
    monkeypatch.setattr(hover, "MAX_TOOLTIP_LINKS", 2)
    tip = tooltip(marks, Side.A, lede)
    assert tip.startswith("<qt>In 3 links:") and tip.count("counterpart in B") == 2
    assert tip.endswith("… and 1 more link (click to see them all)</qt>")
    monkeypatch.setattr(hover, "MAX_TOOLTIP_LINKS", 1)
    assert "… and 2 more links (click" in tooltip(marks, Side.A, lede)


def test_the_clipboard_text_names_the_verdict_then_each_side_with_its_document(comparison):
    marks = Marks(comparison)
    assert clipboard_text(marks.items[link_key(1)], comparison) == (
        "Divergence: number: “23” → “25” (similarity 0.70, link confidence 1.00).\n"
        "A (Treaty signed): “The pact has 23 articles, officials said.”\n"
        "B (Pact sealed): “The treaty has 25 articles, officials said.”\n")


def test_the_clipboard_text_cuts_between_sentences_apart_and_gives_a_unique_passage_its_closest():
    from dataclasses import replace

    c = make_comparison(filler=0)
    marks = Marks(c)
    apart = replace(marks.items[link_key(0)], sentences_a=(0, 2))  # a headline and a later sentence, say
    assert clipboard_text(apart, c).splitlines()[1] == (
        "A (Treaty signed): “Putin signed a treaty with Kim in Pyongyang. […] Seoul protested sharply on Thursday.”")
    together = replace(apart, sentences_a=(0, 1))
    assert "[…]" not in clipboard_text(together, c)
    unique = marks.item_at(Side.A, c.a.sentences[2].start)
    near = (Side.B, 0, "Closest in B, not linked (link confidence 0.10): “The treaty has…” (shares Thursday).")
    assert clipboard_text(unique, c, near).splitlines() == [
        "Unique to A.", "A (Treaty signed): “Seoul protested sharply on Thursday.”", near[2]]
