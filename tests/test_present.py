"""The presentation layer: Qt-free, one definition per kind, shared by the window and the report."""

import re
import subprocess
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from kompare.core import Document, compare, compare_files
from kompare.core.model import Change, ChangeType, Link, LinkKind, Op, QuoteMatchKind, Shares, Side, Span, Status
from kompare.present import (
    LOOKS, QUOTE_MATCH_LABELS, STATUS_KINDS, Kind, WordMark, change_text, inner_ends, look_of, marked_ranges,
    partial_note, quote_groups, quote_rows, share_text,
)
from tests.export.test_json_schema2 import pairs


def test_present_and_the_report_html_import_without_qt():
    code = (
        "import sys, kompare.present, kompare.report.build_html, kompare.report.colors\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_status_and_link_kind_has_a_look():
    for kind in list(Status) + list(LinkKind):
        assert look_of(kind).kind.value == kind.value
    assert [k.value for k in STATUS_KINDS] == ["agreement", "divergence", "partial", "unique"]
    assert len({LOOKS[k].glyph for k in Kind}) == len(Kind)
    assert len({LOOKS[k].label for k in Kind}) == len(Kind)


def test_what_each_kind_marks():
    spans = (Span(Op.EQUAL, (0, 4), (0, 4)), Span(Op.REPLACE, (5, 7), (5, 8)),
             Span(Op.INSERT, (9, 9), (9, 12)), Span(Op.DELETE, (12, 15), (13, 13)))
    expected = {
        LinkKind.AGREEMENT: ([(5, 7), (12, 15)], [(5, 8), (9, 12)]),
        LinkKind.DIVERGENCE: ([(5, 7), (12, 15)], [(5, 8), (9, 12)]),
        LinkKind.PARTIAL: ([(0, 4)], [(0, 4)]),
    }
    for kind, (on_a, on_b) in expected.items():
        link = Link(0, (0,), (0,), kind, 0.5, spans)
        assert (marked_ranges(link, Side.A), marked_ranges(link, Side.B)) == (on_a, on_b), kind
    assert LOOKS[Kind.UNIQUE].marks is WordMark.NONE


def test_labels_are_the_ones_readers_were_promised():
    assert [QUOTE_MATCH_LABELS[k] for k in QuoteMatchKind] == ["verbatim", "trimmed", "reworded"]
    assert share_text(Shares(0.07, 0.0, 0.9, 0.03)) == "agrees 7 % · agrees in part 3 % · unique 90 %"
    assert share_text(Shares(0, 0, 0, 0)) == "nothing compared"
    # A change reads alike in the window's tooltips, the link list and the report.
    assert change_text(Change(ChangeType.NUMBER, "23", "25")) == "number: “23” → “25”"
    assert change_text(Change(ChangeType.QUOTE, "very", "")) == "quote wording: “very” → (none)"
    assert change_text(Change(ChangeType.HEDGE, " ", "officials say")) == "hedge: (none) → “officials say”"


_ranges = st.tuples(st.integers(0, 50), st.integers(0, 10)).map(lambda t: (t[0], t[0] + t[1]))
_spans = st.lists(st.builds(Span, st.sampled_from(list(Op)), _ranges, _ranges), max_size=8)


@given(_spans)
def test_partial_marks_what_the_others_leave_and_nothing_is_empty(spans):
    for side in Side:
        marked = {kind: marked_ranges(Link(0, (0,), (0,), kind, 0.5, tuple(spans)), side) for kind in LinkKind}
        assert marked[LinkKind.AGREEMENT] == marked[LinkKind.DIVERGENCE]
        everything = sorted(r for s in spans for r in [(s.a if side is Side.A else s.b)] if r[1] > r[0])
        assert sorted(marked[LinkKind.DIVERGENCE] + marked[LinkKind.PARTIAL]) == everything
        assert all(end > start for ranges in marked.values() for start, end in ranges)


def _spans_of(runs: list[tuple[str, str]]) -> tuple:
    """Spans of (op, words) runs read left to right through two texts, a space between runs
    (words: A's, or B's for an insert; a replace's two sides are as long)."""
    spans, i, j = [], 0, 0
    for op, words in runs:
        o = Op(op)
        la = 0 if o is Op.INSERT else len(words)
        lb = 0 if o is Op.DELETE else len(words)
        spans.append(Span(o, (i, i + la), (j, j + lb)))
        i, j = i + la + (1 if la else 0), j + lb + (1 if lb else 0)
    return tuple(spans)


def test_a_partial_link_says_what_both_say_and_who_says_more():
    a = "Kim met Putin on Wednesday"
    b = "Kim met Putin in Pyongyang on Wednesday"
    shared = _spans_of([("equal", "Kim met Putin"), ("insert", "in Pyongyang"), ("equal", "on Wednesday")])
    link = Link(0, (0,), (0,), LinkKind.PARTIAL, 0.6, shared)
    assert partial_note(link, a, b) == "both say “Kim met Putin”, “on Wednesday”; B says more"
    assert partial_note(link.mirrored(), b, a) == "both say “Kim met Putin”, “on Wednesday”; A says more"
    # Only function words of its own: no side says more. Shared runs of function words alone are not named.
    a2, b2 = "Kim met the Putin on the", "Kim met his Putin at the"
    link2 = Link(0, (0,), (0,), LinkKind.PARTIAL, 0.6, _spans_of(
        [("equal", "Kim met"), ("replace", "the"), ("equal", "Putin"), ("replace", "on"), ("equal", "the")]))
    assert partial_note(link2, a2, b2) == "both say “Kim met”, “Putin”"
    # The three longest runs, in A's order, a long one cut.
    a3 = "one two three four five six seven eight nine ten eleven rebels Seoul rebels Moscow rebels Kyiv"
    b3 = "one two three four five six seven eight nine ten eleven troops Seoul troops Moscow troops Kyiv"
    runs = [("equal", "one two three four five six seven eight nine ten eleven"), ("replace", "rebels"),
            ("equal", "Seoul"), ("replace", "rebels"), ("equal", "Moscow"), ("replace", "rebels"), ("equal", "Kyiv")]
    link3 = Link(0, (0,), (0,), LinkKind.PARTIAL, 0.6, _spans_of(runs))
    assert partial_note(link3, a3, b3) == (
        "both say “one two three four five six seven eight nine ten…”, “Seoul”, “Moscow”; each says more")
    # Linked on meaning alone: nothing shared to name, and it says so.
    a4, b4 = "The pact is signed", "Kim inks the treaty"
    link4 = Link(0, (0,), (0,), LinkKind.PARTIAL, 0.0, _spans_of([("replace", "The pact is signed")]))
    assert partial_note(link4, a4, b4) == "close in meaning, no word shared; each says more"


def test_a_partial_note_names_no_phrase_across_a_sentence_break(seeds):
    """Seeds 002/004 link two of 002's sentences ("... in Pyongyang." "During ...") to one of
    004's "... Pyongyang during ...": the note quotes each phrase as A writes it, in one sentence."""
    c = compare_files(seeds("002"), seeds("004"))
    grouped = [link for link in c.links if len(link.a) > 1 and link.kind is LinkKind.PARTIAL]
    assert grouped
    crossing = 0
    for link in grouped:
        sentences = [" ".join(c.a.sentence_text(i).split()) for i in link.a]
        note = partial_note(link, c.a.text, c.b.text, ends=inner_ends(c.a, link.a))
        phrases = re.findall(r"“([^”]*)”", note.split(";")[0])
        assert phrases and all(any(p.rstrip("…") in s for s in sentences) for p in phrases), (note, sentences)
        crossing += note != partial_note(link, c.a.text, c.b.text)
    assert crossing  # (without the sentence ends, some phrase runs over a break)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs)
def test_every_partial_link_of_any_comparison_has_a_note_of_its_own_words(pair):
    from kompare.core import Document, compare

    c = compare(Document(pair[0]), Document(pair[1]))
    for link in c.links:
        if link.kind is not LinkKind.PARTIAL:
            continue
        note = partial_note(link, c.a.text, c.b.text)
        assert note  # a partial link shares words or says more: never an empty note
        for quoted in note.split("“")[1:]:
            words = quoted.split("”")[0].rstrip("…")
            assert " ".join(words.split()) in " ".join(c.a.text.split())


def test_one_person_named_two_ways_by_two_outlets_is_one_speaker_in_the_quotations():
    a = Document("Hillary Clinton spoke in Iowa on Sunday. “We will make it as good as it can be,” Clinton said. "
                 "Bill Clinton spoke too. “I am proud of her,” he said.")
    b = Document("Hillary Rodham Clinton spoke on Sunday. “I will not abandon the trade deal,” Mrs. Clinton said.")
    groups = quote_groups(quote_rows(compare(a, b)))
    assert [(g.speaker, len(g.rows)) for g in groups] == [("Hillary Rodham Clinton", 2), ("Bill Clinton", 1)]
    # Each row of hers needs no name before it (the window and the report ask the group); his does elsewhere.
    hers = [q for r in groups[0].rows for q in (r.a, r.b) if q]
    assert len(hers) == 2 and all(groups[0].says(q) for q in hers)
    assert not groups[0].says(groups[1].rows[0].a)
    # Descriptions are not names: two officials described alike may be two people.
    a = Document("“The plan is dead,” a senior official said.")
    b = Document("“We will sign it soon,” a senior White House official said.")
    assert len(quote_groups(quote_rows(compare(a, b)))) == 2
