"""The presentation layer: Qt-free, one definition per kind, shared by the window and the report."""

import subprocess
import sys

from hypothesis import given, strategies as st

from kompare.core.model import Change, ChangeType, Link, LinkKind, Op, QuoteMatchKind, Shares, Side, Span, Status
from kompare.present import (
    LOOKS, QUOTE_MATCH_LABELS, STATUS_KINDS, Kind, WordMark, change_text, look_of, marked_ranges, share_text,
)


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
