"""Hand-made comparisons for the report tests (independent of the core's compare())."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kompare.core.model import (
    Change, ChangeType, Comparison, Document, Link, LinkKind, Op, Quote, QuoteMatch,
    QuoteMatchKind, SegmentedDocument, Sentence, Span,
)

TEXT_A = (
    "Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday. "
    "North Korea has supplied Russia with millions of shells for the war in Ukraine. "
    "Putin said: “The treaty is a breakthrough document.” "
    "The café owner Kim Min-jun told reporters the city was quiet. "
    "Analysts in Seoul called the pact — signed at 3 a.m. — a warning."
)
TEXT_B = (
    "Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday. "
    "North Korea has sent Russia a significant number of artillery shells, officials say. "
    "“The treaty is a truly breakthrough document,” Putin said. "
    "South Korea summoned the Russian ambassador on Thursday. "
    "Kim called Putin “the dearest friend of the Korean people.”"
)


def segment(text: str) -> tuple[Sentence, ...]:
    """Sentences of a test text: split after ".", or ".”", followed by a capital."""
    out, start = [], 0
    for m in re.finditer(r"(?:(?<=\.)|(?<=\.”))\s+(?=[A-Z“])", text):
        out.append(Sentence(len(out), start, m.start()))
        start = m.end()
    out.append(Sentence(len(out), start, len(text.rstrip())))
    return tuple(out)


def rng(text: str, words: str, after: int = 0) -> tuple[int, int]:
    i = text.index(words, after)
    return (i, i + len(words))


def make_comparison(text_a: str = TEXT_A, text_b: str = TEXT_B, **doc_kw) -> Comparison:
    a = Document(text_a, path="/data/seeds/001_a.txt", title="Putin and Kim sign pact",
                 source="Outlet Ä", date="2024-06-19", **doc_kw)
    b = Document(text_b, path="/data/seeds/002_b.txt", title="김정은 meets Putin",
                 source="Outlet B", date="2024-06-20")
    sa, sb = segment(text_a), segment(text_b)
    sd_a, sd_b = SegmentedDocument(a, sa, ()), SegmentedDocument(b, sb, ())
    links = [Link(0, (0,), (0,), LinkKind.AGREEMENT, 1.0)]
    if len(sa) >= 3 and len(sb) >= 3 and "millions of shells" in text_a:
        links.append(Link(
            1, (1,), (1,), LinkKind.DIVERGENCE, 0.62,
            spans=(
                Span(Op.REPLACE, rng(text_a, "supplied"), rng(text_b, "sent")),
                Span(Op.REPLACE, rng(text_a, "with millions of shells for the war in Ukraine"),
                     rng(text_b, "a significant number of artillery shells, officials say")),
            ),
            changes=(
                Change(ChangeType.NUMBER, "millions", "a significant number",
                       rng(text_a, "millions"), rng(text_b, "a significant number")),
                Change(ChangeType.HEDGE, "", "officials say", None, rng(text_b, "officials say")),
            ),
        ))
        links.append(Link(
            2, (2,), (2,), LinkKind.AGREEMENT, 0.9,
            spans=(Span(Op.INSERT, (rng(text_a, "breakthrough")[0],) * 2, rng(text_b, "truly ")),),
        ))
    linked_a = {i for l in links for i in l.a}
    linked_b = {i for l in links for i in l.b}
    qa = qb = ()
    matches = ()
    if "breakthrough document" in text_a and "breakthrough document" in text_b:
        qa = (
            Quote(0, *rng(text_a, "The treaty is a breakthrough document."), speaker="Putin", cue="said"),
        )
        qb = (
            Quote(0, *rng(text_b, "The treaty is a truly breakthrough document,"), speaker="Putin", cue="said"),
            Quote(1, *rng(text_b, "the dearest friend of the Korean people."), speaker="Kim", cue="called"),
        )
        matches = (QuoteMatch(0, 0, QuoteMatchKind.VARIANT, True,
                              (Span(Op.INSERT, (rng(text_a, "breakthrough")[0],) * 2, rng(text_b, "truly ")),)),)
    return Comparison(
        sd_a, sd_b, tuple(links),
        tuple(s.id for s in sa if s.id not in linked_a),
        tuple(s.id for s in sb if s.id not in linked_b),
        qa, qb, matches,
    )


@pytest.fixture
def comparison() -> Comparison:
    return make_comparison()


@pytest.fixture
def qt_app(qapp):
    """The test session's QApplication: the report must reuse it, not make its own."""
    return qapp
