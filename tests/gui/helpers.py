"""Hand-made comparisons, built the way the engine builds them, for the GUI tests."""

from __future__ import annotations

import re

from kompare.core.model import (
    Change, ChangeType, Comparison, Document, Excluded, ExclusionReason, Link, LinkKind, Op, Quote,
    QuoteMatch, QuoteMatchKind, SegmentedDocument, Sentence, Span,
)

FILLER = "Filler sentence number {n} talks about something else entirely."


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """One sentence per run ending in '.', '!' or '?' (enough for hand-made texts)."""
    found = [m.span() for m in re.finditer(r"[^\s][^.!?\n]*[.!?]", text)]
    return tuple(Sentence(i, s, e) for i, (s, e) in enumerate(found))


def find(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def make_comparison(filler: int = 40) -> Comparison:
    """A: agreement, divergence, unique, divergence; B: the same, moved, with filler between.

    The second divergence sits far down in B, so a click on it in A has to scroll B.
    """
    a_lines = [
        "Advertisement",
        "Putin signed a treaty with Kim in Pyongyang.",
        "The pact has 23 articles, officials said.",
        "Seoul protested sharply on Thursday.",
        *[FILLER.format(n=n) for n in range(filler)],
        "Kim called it \"a new era\" for both nations.",
        "Analysts expect the deal to last.",
    ]
    b_lines = [
        "The treaty has 25 articles, officials said.",
        "Putin signed a treaty with Kim in Pyongyang.",
        *[FILLER.format(n=n + 100) for n in range(filler)],
        "Photo: KCNA",
        "Kim called it \"a historic era\" for both nations.",
        "Washington warned of consequences.",
    ]
    text_a, text_b = "\n\n".join(a_lines) + "\n", "\n\n".join(b_lines) + "\n"
    sa, sb = sentences_of(text_a), sentences_of(text_b)

    def sid(sentences, text, words):
        start = text.index(words)
        return next(s.id for s in sentences if s.start <= start < s.end)

    ad = find(text_a, "Advertisement")
    photo = find(text_b, "Photo: KCNA")
    sa = tuple(s for s in sa if s.start != ad[0])
    sa = tuple(Sentence(i, s.start, s.end) for i, s in enumerate(sa))
    sb = tuple(s for s in sb if not (photo[0] <= s.start < photo[1]))
    sb = tuple(Sentence(i, s.start, s.end) for i, s in enumerate(sb))

    a_treaty, b_treaty = sid(sa, text_a, "Putin signed"), sid(sb, text_b, "Putin signed")
    a_pact, b_pact = sid(sa, text_a, "The pact has"), sid(sb, text_b, "The treaty has")
    a_kim, b_kim = sid(sa, text_a, "Kim called"), sid(sb, text_b, "Kim called")
    pact_a_start, pact_b_start = sa[a_pact].start, sb[b_pact].start
    links = (
        Link(0, (a_treaty,), (b_treaty,), LinkKind.AGREEMENT, 1.0),
        Link(1, (a_pact,), (b_pact,), LinkKind.DIVERGENCE, 0.7,
             spans=(
                 Span(Op.REPLACE, find(text_a, "pact"), find(text_b, "treaty")),
                 Span(Op.REPLACE, find(text_a, "23"), find(text_b, "25")),
                 Span(Op.EQUAL, find(text_a, "articles, officials said."),
                      find(text_b, "articles, officials said.")),
             ),
             changes=(Change(ChangeType.NUMBER, "23", "25", find(text_a, "23"), find(text_b, "25")),)),
        Link(2, (a_kim,), (b_kim,), LinkKind.DIVERGENCE, 0.8,
             spans=(Span(Op.REPLACE, find(text_a, "new"), find(text_b, "historic")),),
             changes=(Change(ChangeType.QUOTE, "new", "historic", find(text_a, "new"),
                             find(text_b, "historic")),)),
    )
    assert pact_a_start > 0 and pact_b_start == 0
    linked_a = {i for l in links for i in l.a}
    linked_b = {i for l in links for i in l.b}
    doc_a = Document(text_a, path="a.txt", title="Treaty signed", source="Daily A", date="2024-06-19",
                     excluded=(Excluded(*ad, ExclusionReason.FURNITURE, "advert"),))
    doc_b = Document(text_b, path="b.txt", title="Pact sealed", source="Weekly B",
                     excluded=(Excluded(*photo, ExclusionReason.CAPTION),),
                     notices=("decoded as Windows-1252 (not valid UTF-8)",))
    quote_a = find(text_a, "a new era")
    quote_b = find(text_b, "a historic era")
    return Comparison(
        SegmentedDocument(doc_a, sa, doc_a.excluded),
        SegmentedDocument(doc_b, sb, doc_b.excluded),
        links,
        tuple(s.id for s in sa if s.id not in linked_a),
        tuple(s.id for s in sb if s.id not in linked_b),
        quotes_a=(Quote(0, *quote_a, speaker="Kim", cue="called"),),
        quotes_b=(Quote(0, *quote_b, speaker="Kim", cue="called"),
                  Quote(1, *find(text_b, "consequences"), speaker="Washington", short=True)),
        quote_matches=(QuoteMatch(0, 0, QuoteMatchKind.VARIANT, True,
                                  (Span(Op.REPLACE, find(text_a, "new"), find(text_b, "historic")),)),),
    )


def selections(pane) -> list[tuple[int, int, object]]:
    """The pane's extra selections as document ranges with their background colour."""
    found = []
    for sel in pane.extraSelections():
        start = pane.map.to_document(sel.cursor.selectionStart())
        end = pane.map.to_document(sel.cursor.selectionEnd())
        brush = sel.format.background()
        found.append((start, end, brush.color().name() if brush.style() != 0 else None))
    return found


def make_overlapping() -> Comparison:
    """A's first sentence is in three links (agreement, partial, divergence), B's last in two.

    A: 0 lede (3 links) · 1 unique · 2 body (1 link, shares B2 with A0)
    B: 0 agreement with A0 · 1 partial with A0 · 2 divergence with A0 and agreement with A2 · 3 unique
    """
    text_a = ("Putin and Kim signed a defence pact on Wednesday in Pyongyang.\n\n"
              "The ceremony lasted an hour.\n\n"
              "The pact was signed in Pyongyang.\n")
    text_b = ("Putin and Kim signed a defence pact in Pyongyang.\n\n"
              "Kim hosted Putin, and they signed a defence pact that alarms Seoul.\n\n"
              "The pact was signed in Pyongyang on Thursday.\n\n"
              "Washington said nothing.\n")
    sa, sb = sentences_of(text_a), sentences_of(text_b)
    links = (
        Link(0, (0,), (0,), LinkKind.AGREEMENT, 0.9,
             spans=(Span(Op.DELETE, find(text_a, " on Wednesday"), (sb[0].start + 35, sb[0].start + 35)),)),
        Link(1, (0,), (1,), LinkKind.PARTIAL, 0.5,
             spans=(Span(Op.EQUAL, find(text_a, "signed a defence pact"),
                         find(text_b, "signed a defence pact that")[:1] + (find(text_b, "signed a defence pact that")[0] + 21,)),)),
        Link(2, (0,), (2,), LinkKind.DIVERGENCE, 0.6,
             spans=(Span(Op.REPLACE, find(text_a, "Wednesday"), find(text_b, "Thursday")),),
             changes=(Change(ChangeType.DATE, "Wednesday", "Thursday", find(text_a, "Wednesday"),
                             find(text_b, "Thursday")),)),
        Link(3, (2,), (2,), LinkKind.AGREEMENT, 0.95),
    )
    doc_a = Document(text_a, path="lede.txt", title="Pact signed")
    doc_b = Document(text_b, path="body.txt", title="Pact alarms Seoul")
    return Comparison(
        SegmentedDocument(doc_a, sa, ()),
        SegmentedDocument(doc_b, sb, ()),
        links, (1,), (3,), sensitivity=0.7,
    )
