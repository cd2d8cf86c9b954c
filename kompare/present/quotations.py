"""Quotations as shown: each with its counterpart, grouped by speaker, and how the other document
renders it."""

from __future__ import annotations

from dataclasses import dataclass

from kompare.core.model import Comparison, Op, Quote, QuoteMatch, QuoteMatchKind, Range, Side, SpeakerKind
from kompare.core.speakers import same_speaker


#: How the other document renders a quotation.
QUOTE_MATCH_LABELS: dict[QuoteMatchKind, str] = {
    QuoteMatchKind.VERBATIM: "verbatim",
    QuoteMatchKind.FRAGMENT: "trimmed",
    QuoteMatchKind.VARIANT: "reworded",
}
ONE_SIDED_SPEAKER = "speaker named on one side only"
ONE_SIDED_DESCRIPTION = "source described on one side only"
#: Two kinds of speaker for one quotation: a source told at two levels of detail.
SPEAKER_KINDS_APART: dict[frozenset[SpeakerKind], str] = {
    frozenset((SpeakerKind.PERSON, SpeakerKind.BODY)): "a person on one side, an institution on the other",
    frozenset((SpeakerKind.PERSON, SpeakerKind.DESCRIPTION)): "named on one side, described on the other",
    frozenset((SpeakerKind.BODY, SpeakerKind.DESCRIPTION)): "an institution on one side, described on the other",
}
DESCRIBED_APART = "described differently on each side"
OTHER_SPEAKER = "given to someone else"
ABSENT = "absent"


def quote_rendering(match: QuoteMatch | None, a: Quote | None = None, b: Quote | None = None) -> str:
    """How the counterpart renders a quotation: 'verbatim', 'reworded, given to someone else', 'absent'.

    ``a`` and ``b``, the two quotations, tell a speaker named on one side only from two
    different speakers.

    >>> quote_rendering(None)
    'absent'
    >>> quote_rendering(QuoteMatch(0, 0, QuoteMatchKind.FRAGMENT, False))
    'trimmed, given to someone else'
    >>> quote_rendering(QuoteMatch(0, 0, QuoteMatchKind.VERBATIM, False), Quote(0, 0, 5, "Putin"), Quote(0, 0, 5))
    'verbatim, speaker named on one side only'
    >>> quote_rendering(QuoteMatch(0, 0, QuoteMatchKind.VERBATIM, False), Quote(0, 0, 5, "Chang"),
    ...                 Quote(0, 0, 5, "South Korea", speaker_kind=SpeakerKind.BODY))
    'verbatim, a person on one side, an institution on the other'
    >>> quote_rendering(QuoteMatch(0, 0, QuoteMatchKind.VARIANT, False), Quote(0, 0, 5, "Chang"),
    ...                 Quote(0, 0, 5, "a high-level ROK government official", speaker_kind=SpeakerKind.DESCRIPTION))
    'reworded, named on one side, described on the other'
    >>> quote_rendering(QuoteMatch(0, 0, QuoteMatchKind.VERBATIM, False), Quote(0, 0, 5),
    ...                 Quote(0, 0, 5, "a senior official", speaker_kind=SpeakerKind.DESCRIPTION))
    'verbatim, source described on one side only'
    """
    if match is None:
        return ABSENT
    label = QUOTE_MATCH_LABELS[match.kind]
    if match.speaker_match:
        return label
    if a is not None and b is not None and (a.speaker is None) != (b.speaker is None):
        described = (a if a.speaker is not None else b).speaker_kind is SpeakerKind.DESCRIPTION
        return f"{label}, {ONE_SIDED_DESCRIPTION if described else ONE_SIDED_SPEAKER}"
    if a is not None and b is not None and a.speaker_kind is not b.speaker_kind:
        return f"{label}, {SPEAKER_KINDS_APART[frozenset((a.speaker_kind, b.speaker_kind))]}"
    if a is not None and a.speaker_kind is SpeakerKind.DESCRIPTION:
        return f"{label}, {DESCRIBED_APART}"
    return f"{label}, {OTHER_SPEAKER}"


@dataclass(frozen=True)
class QuoteRow:
    """A quotation and its counterpart (either may be missing)."""

    a: Quote | None
    b: Quote | None
    match: QuoteMatch | None

    def quote(self, side: Side) -> Quote | None:
        return self.a if side is Side.A else self.b

    @property
    def speaker(self) -> str | None:
        """Who says it: A's speaker, else B's."""
        return (self.a.speaker if self.a is not None else None) or (self.b.speaker if self.b else None)

    @property
    def speaker_kind(self) -> SpeakerKind:
        """What :attr:`speaker` is: a person, a body, a description."""
        given = self.a if self.a is not None and self.a.speaker else self.b
        return given.speaker_kind if given is not None else SpeakerKind.PERSON


@dataclass(frozen=True)
class QuoteGroup:
    """The quotations one speaker is given, in reading order (``speaker`` None: unattributed)."""

    speaker: str | None
    rows: tuple[QuoteRow, ...]

    @property
    def title(self) -> str:
        n = len(self.rows)
        return f"{self.speaker or 'Unattributed'} · {n} quotation{'s' if n != 1 else ''}"

    def says(self, quote: Quote) -> bool:
        """Is ``quote`` given to this group's speaker, by any form of the name the group took in
        ("Hillary Clinton" in the group of "Hillary Rodham Clinton")? Then its row need not say who."""
        if not quote.speaker or not self.speaker:
            return False
        forms = {self.speaker.casefold()} | {r.speaker.casefold() for r in self.rows if r.speaker}
        return quote.speaker.casefold() in forms


def quote_rows(comparison: Comparison) -> list[QuoteRow]:
    """Matched pairs and one-sided quotations, in A's reading order (B-only ones after)."""
    qa = {q.id: q for q in comparison.quotes_a}
    qb = {q.id: q for q in comparison.quotes_b}
    rows, used_a, used_b = [], set(), set()
    for m in comparison.quote_matches:
        if m.a in qa and m.b in qb:
            rows.append(QuoteRow(qa[m.a], qb[m.b], m))
            used_a.add(m.a)
            used_b.add(m.b)
    rows += [QuoteRow(q, None, None) for q in comparison.quotes_a if q.id not in used_a]
    rows += [QuoteRow(None, q, None) for q in comparison.quotes_b if q.id not in used_b]
    return sorted(rows, key=lambda r: (r.a.start if r.a else 1 << 60, r.b.start if r.b else 0))


def quote_groups(rows: list[QuoteRow]) -> list[QuoteGroup]:
    """Rows grouped by speaker, first-quoted first, unattributed quotations last.

    The same name in any case is one speaker, and so are two forms of one person's name
    that the two outlets write (:func:`~kompare.core.speakers.same_speaker`: "Hillary
    Clinton" / "Hillary Rodham Clinton"), shown in its fullest form; a form that fits two
    people ("Clinton" beside Bill and Hillary) stays apart.

    >>> from kompare.core.model import Quote
    >>> rows = [QuoteRow(Quote(0, 0, 5, "Hillary Clinton"), None, None), QuoteRow(Quote(1, 9, 15, "Paul Ryan"), None,
    ...         None), QuoteRow(None, Quote(0, 0, 5, "Hillary Rodham Clinton"), None)]
    >>> [(g.speaker, len(g.rows)) for g in quote_groups(rows)]
    [('Hillary Rodham Clinton', 2), ('Paul Ryan', 1)]
    """
    groups: dict[str | None, list[QuoteRow]] = {}
    names: dict[str | None, str | None] = {}
    people: list[str] = []  # the keys of groups of a person's quotations
    for row in rows:
        key = row.speaker.casefold() if row.speaker else None
        person = row.speaker is not None and row.speaker_kind is SpeakerKind.PERSON
        if person and key not in groups:
            alike = [k for k in people if same_speaker(names[k], row.speaker)]
            if len(alike) == 1:
                key = alike[0]
                if len(row.speaker.split()) > len(names[key].split()):
                    names[key] = row.speaker  # (the fullest form)
            else:
                people.append(key)
        groups.setdefault(key, []).append(row)
        names.setdefault(key, row.speaker)
    order = [k for k in groups if k is not None] + ([None] if None in groups else [])
    return [QuoteGroup(names[k], tuple(groups[k])) for k in order]


def quote_diff_ranges(match: QuoteMatch | None, side: Side) -> list[Range]:
    """The words of a quotation that its counterpart renders differently (none when verbatim)."""
    if match is None or match.kind is QuoteMatchKind.VERBATIM:
        return []
    found = [(s.a if side is Side.A else s.b) for s in match.spans if s.op is not Op.EQUAL]
    return sorted(r for r in found if r[1] > r[0])
