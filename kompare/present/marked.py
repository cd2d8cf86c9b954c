"""Which words of a linked passage are marked: the words that differ, the words both share,
the words a typed change names."""

from __future__ import annotations

from kompare.core.model import Link, Op, Range, Side, merge_ranges
from kompare.core.tokens import is_content, norms_of
from kompare.present.looks import WordMark, look_of


def marked_ranges(link: Link, side: Side, text: str | None = None) -> list[Range]:
    """The words of ``side`` that ``link``'s kind highlights (non-empty ranges, in order).

    A divergence or an agreement marks the words that differ; a partial link the words
    both passages share, leaving out runs of function words alone ("the", "for"), which
    share no claim, when the side's ``text`` is given.

    >>> from kompare.core.model import LinkKind, Span
    >>> spans = (Span(Op.EQUAL, (0, 5), (0, 5)), Span(Op.REPLACE, (6, 8), (6, 9)))
    >>> marked_ranges(Link(0, (0,), (0,), LinkKind.DIVERGENCE, 0.7, spans), Side.B)
    [(6, 9)]
    >>> marked_ranges(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.5, spans), Side.A)
    [(0, 5)]
    >>> marked_ranges(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.5, spans), Side.A, "to a  treaty")
    []
    """
    mark = look_of(link.kind).marks
    if mark is WordMark.NONE:
        return []
    if mark is WordMark.SHARED:
        return shared_ranges(link, side, text)
    return sorted(r for r in (span.a if side is Side.A else span.b for span in link.spans if span.op is not Op.EQUAL)
                  if r[1] > r[0])


def typed_ranges(link: Link, side: Side) -> list[Range]:
    """The words of ``side`` that ``link``'s typed changes name (merged, non-empty, in order):
    within the words its kind marks, the ones that make it a divergence.

    >>> from kompare.core.model import Change, ChangeType, LinkKind
    >>> link = Link(0, (0,), (0,), LinkKind.DIVERGENCE, 0.7,
    ...             changes=(Change(ChangeType.NUMBER, "$3.6 billion", "$3 billion", (10, 22), (9, 19)),
    ...                      Change(ChangeType.HEDGE, "", "expected", None, (30, 38))))
    >>> typed_ranges(link, Side.A), typed_ranges(link, Side.B)
    ([(10, 22)], [(9, 19), (30, 38)])
    """
    return merge_ranges(r for c in link.changes for r in [(c.a_range if side is Side.A else c.b_range)] if r)


def shared_ranges(link: Link, side: Side, text: str | None = None) -> list[Range]:
    """The runs of words of ``side`` that ``link``'s two passages share (non-empty, in
    order), without runs of function words alone when the side's ``text`` is given."""
    found = [(span.a if side is Side.A else span.b) for span in link.spans if span.op is Op.EQUAL]
    if text is not None:
        found = [r for r in found if any(map(is_content, norms_of(text, *r)))]
    return sorted(r for r in found if r[1] > r[0])
