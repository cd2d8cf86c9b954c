import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest

from kompare.core.errors import Cancelled
from kompare.report.build_html import build_html, format_when, report_title

from .conftest import TEXT_A, TEXT_B, make_comparison

WHEN = datetime(2024, 6, 21, 9, 30, tzinfo=timezone(timedelta(hours=2)))


class _Collect(HTMLParser):
    """Visible text, and the text inside each highlighted span."""

    def __init__(self):
        super().__init__()
        self.text, self.marked, self._stack, self.tags = [], [], [], set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "span":
            self._stack.append(dict(attrs).get("class", ""))
            if self._stack[-1] in ("wd", "wa", "wp", "wt"):
                self.marked.append([self._stack[-1], ""])

    def handle_endtag(self, tag):
        if tag == "span" and self._stack:
            self._stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self._stack and self._stack[-1] in ("wd", "wa", "wp", "wt") and self.marked:
            self.marked[-1][1] += data


def parse(html: str) -> _Collect:
    """Parse the body (the <title> is not body text)."""
    p = _Collect()
    p.feed(html.split("<body>", 1)[1])
    p.body_text = re.sub(r"\s+", " ", "".join(p.text))
    return p


@pytest.mark.parametrize("target", ["browser", "qt"])
def test_header_names_both_documents_and_the_time(comparison, target):
    html = build_html(comparison, generated_at=WHEN, target=target)
    text = parse(html).body_text
    for doc in (comparison.a.document, comparison.b.document):
        for value in (doc.title, doc.source, doc.date, doc.path):
            assert value in text
    assert "2024-06-21 09:30 UTC+02:00" in text
    assert f"<title>{report_title(comparison)}</title>" in html


def test_divergence_words_are_highlighted_per_side(comparison):
    p = parse(build_html(comparison, generated_at=WHEN))
    marked = [(cls, words) for cls, words in p.marked]
    assert ("wd", "supplied") in marked and ("wd", "sent") in marked
    # the words a typed change names stand out (bold, stronger) among the differing words
    assert [w for c, w in marked if c == "wt"] == [
        "the words a typed change names", "millions", "a significant number", "officials say"]  # (legend first)
    assert ("wd", "with ") in marked and ("wd", " of shells for the war in Ukraine") in marked
    assert ("wd", " of artillery shells, ") in marked
    # An insert marks B only; the agreement uses the agreement colour.
    assert ("wa", "truly ") in marked


def test_typed_changes_are_listed(comparison):
    text = parse(build_html(comparison, generated_at=WHEN)).body_text
    assert "number: “millions” → “a significant number”" in text
    assert "hedge: (none) → “officials say”" in text
    assert "Typed changes: number 1, hedge 1." in text


def test_links_follow_the_order_of_document_a(comparison):
    reversed_links = replace(comparison, links=tuple(reversed(comparison.links)))
    text = parse(build_html(reversed_links, generated_at=WHEN)).body_text
    first = text.index("Putin and Kim Jong Un signed a treaty in Pyongyang")
    second = text.index("North Korea has supplied Russia")
    third = text.index("Putin said: “The treaty is a breakthrough document.”")
    assert first < second < third


def test_unique_passages_are_listed_under_their_side(comparison):
    text = parse(build_html(comparison, generated_at=WHEN)).body_text
    only_a, only_b = text.index("Only in A"), text.index("Only in B")
    for sid in comparison.unique_a:
        pos = text.index(comparison.a.sentence_text(sid))
        assert only_a < pos < only_b
    for sid in comparison.unique_b:
        assert text.index(comparison.b.sentence_text(sid), only_b) > only_b


def test_summary_counts(comparison):
    text = parse(build_html(comparison, generated_at=WHEN)).body_text
    assert "3 linked passages: 2 agreements, 1 divergence." in text
    assert f"Unique passages: {len(comparison.unique_a)} in A, {len(comparison.unique_b)} in B." in text


def test_quotations_table_and_one_sided_quotes(comparison):
    text = parse(build_html(comparison, generated_at=WHEN)).body_text
    assert "Quotations" in text
    assert "“the dearest friend of the Korean people.”" in text
    assert "absent from A" in text
    assert "reworded" in text


def test_no_quotations_section_without_quotes(comparison):
    bare = replace(comparison, quotes_a=(), quotes_b=(), quote_matches=())
    text = parse(build_html(bare, generated_at=WHEN)).body_text
    assert "Quotations" not in text


MARKUP = "Officials said <b>nothing</b> &amp; <script>alert('x')</script> at <img src=x onerror=y>."


@pytest.mark.parametrize("target", ["browser", "qt"])
def test_document_markup_is_text_never_markup(target):
    c = make_comparison(TEXT_A + " " + MARKUP, TEXT_B)
    c = replace(c, a=replace(c.a, document=replace(c.a.document, title="<i>Title</i> & co", path="/tmp/<x>.txt")))
    html = build_html(c, generated_at=WHEN, target=target)
    p = parse(html)
    assert not {"script", "img", "i"} & p.tags
    assert "<b>nothing</b>" not in html
    assert MARKUP in p.body_text  # the parser unescapes: the reader sees the original
    assert "<i>Title</i> & co" in p.body_text and "/tmp/<x>.txt" in p.body_text


def test_empty_documents_still_make_a_report():
    c = make_comparison("", "")
    c = replace(c, a=replace(c.a, sentences=()), b=replace(c.b, sentences=()), links=(), unique_a=(), unique_b=())
    text = parse(build_html(c, generated_at=WHEN)).body_text
    assert "nothing compared" in text
    assert "The two documents share no passage." in text


def test_progress_runs_forward_and_cancel_stops(comparison):
    seen = []
    build_html(comparison, generated_at=WHEN, progress=lambda f, m: seen.append(f))
    assert seen == sorted(seen) and seen[0] == 0.0 and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        build_html(comparison, generated_at=WHEN, should_cancel=lambda: True)


def test_format_when_without_timezone():
    assert format_when(datetime(2024, 1, 2, 3, 4)) == "2024-01-02 03:04"


def test_overlapping_links_are_listed_once_and_partial_is_counted():
    from tests.gui.helpers import make_overlapping

    c = make_overlapping()
    html = build_html(c, generated_at=WHEN)
    p = parse(html)
    text = p.body_text
    assert "4 linked passages: 2 agreements, 1 divergence, 1 partial link." in text
    assert "each listed once" in text and "2 sentences are in more than one link" in text
    # one card per link: the lede of A heads three of them, once each
    assert html.count('class="mark-dv"') == 1 + 1 and html.count('class="mark-pa"') == 1 + 1
    assert html.count('class="mark-ag"') == 2 + 1  # two cards and the legend chip
    # the partial link marks the words both passages share
    assert ["wp", "signed a defence pact"] in p.marked
    assert "Both say “signed a defence pact”." in text  # and says so under the card
    assert "sensitivity 0.7 (Lenient)" in text
    assert "agrees in part" in text  # the shares name the partial kind


def test_the_report_speaks_the_presentation_layers_words():
    from kompare.present import LOOKS, STATUS_KINDS
    from tests.gui.helpers import make_overlapping

    html = build_html(make_overlapping(), generated_at=WHEN)
    text = parse(html).body_text
    for kind in STATUS_KINDS:
        look = LOOKS[kind]
        assert look.label in text and look.legend in text.replace("’", "'")
        assert look.tint in html and look.strong in html


def test_quotations_are_grouped_by_speaker_with_the_other_rendering():

    c = make_comparison(TEXT_A, TEXT_B)
    # Putin's words in A are given to Kim in B: the group is A's speaker, the row says so.
    m = c.quote_matches[0]
    c = replace(c, quote_matches=(replace(m, speaker_match=False),),
                quotes_b=tuple(replace(q, speaker="Kim") if q.id == m.b else q for q in c.quotes_b))
    html = build_html(c, generated_at=WHEN)
    text = parse(html).body_text
    putin, kim = text.index("Putin · 1 quotation"), text.index("Kim · 1 quotation")
    assert putin < text.index("reworded, given to someone else") < kim
    assert text.index("Kim: “The treaty is a truly") < kim  # B's speaker named where it differs
    assert text.rindex("“the dearest friend of the Korean people.” (called)") > kim
    assert ["wd", "truly "] in parse(html).marked  # the word diff of the reworded quotation


def test_a_unique_passage_names_its_closest_counterpart_as_no_link():
    from kompare.core import Document, compare

    c = compare(Document("The treaty calls for military assistance without delay. The two leaders rode in a black limousine."),
                Document("The pact calls for military assistance without any delay. Putin gave Kim a limousine as a gift."))
    text = parse(build_html(c, generated_at=WHEN)).body_text
    only_a, only_b = text.index("Only in A"), text.index("Only in B")
    note = text.index("Closest in B, sentence 2, not linked (link confidence 0.38): “Putin gave Kim a limousine as a gift.” "
                      "(shares limousine).")
    assert only_a < text.index("The two leaders rode in a black limousine.") < note < only_b
    assert text.index("Closest in A, sentence 2, not linked", only_b) > only_b


def test_an_uncertain_link_says_so_under_its_card():
    from tests.gui.helpers import make_overlapping

    c = make_overlapping()
    text = parse(build_html(c, generated_at=WHEN)).body_text
    assert "Uncertain link" not in text  # every link sure (1.0)
    unsure = replace(c, links=tuple(replace(l, confidence=0.62) if l.kind.value == "agreement" else l for l in c.links))
    text = parse(build_html(unsure, generated_at=WHEN)).body_text
    agreements = sum(1 for l in c.links if l.kind.value == "agreement")
    assert text.count("Uncertain link (link confidence 0.62): check it.") == agreements == 2


def test_a_link_made_by_hand_says_so_under_its_card_and_in_the_header():
    from kompare.core import Document, ReaderLinks, compare

    a = Document("Putin and Kim signed a defence treaty. The treaty binds each to help the other if attacked.")
    b = Document("Officials in Seoul said missiles were tested. Kim and Putin signed a defence treaty.")
    c = compare(a, b, reader=ReaderLinks().add({(1, 0)}).remove({(0, 1)}))
    text = parse(build_html(c, generated_at=WHEN)).body_text
    (hand,) = [l for l in c.links if l.by_reader]
    assert text.count(f"Linked by hand (link confidence {hand.confidence:.2f}).") == 1
    assert "Uncertain link" not in text  # (under the bar, yet the reader's own judgement)
    assert "sensitivity 0.5 (Balanced); 1 sentence pair linked by hand, 1 unlinked" in text.replace("Sensitivity", "sensitivity")


def test_every_style_rule_is_closed_once():
    # (An unbalanced brace makes the renderer drop the rules after it: a kind's chip loses its colour.)
    from kompare.report.build_html import _kind_css

    css = _kind_css()
    rules = [r.strip() for r in css.split("}") if r.strip()]
    assert css.count("{") == css.count("}") == len(rules)
    assert all(r.count("{") == 1 for r in rules)
    assert any(r.startswith(".wt {") and "font-weight: bold" in r for r in rules)
