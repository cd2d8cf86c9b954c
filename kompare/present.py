"""How kompare presents a comparison: each kind's name, colours, legend and marked words.

The window and the report both read this module (it imports no Qt), so a kind is
defined once and the two can never drift apart.

Colours are the Okabe–Ito palette (2008, "Color Universal Design"), told apart
with every common colour deficiency.  Each kind has a strong colour (bars, chips,
gutter bands), a light tint for its passages and a word tint for the words it
marks; the tints are the strong colour laid over white at the kind's weight
(the window lays them over its own background instead, for dark themes).

>>> LOOKS[Kind.DIVERGENCE].strong, LOOKS[Kind.DIVERGENCE].share_label
('#E69F00', 'diverges')
>>> LOOKS[Kind.PARTIAL].tint == mix(LOOKS[Kind.PARTIAL].strong, LOOKS[Kind.PARTIAL].tint_weight)
True
>>> look_of("unique").label
'Unique'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kompare.core.model import (
    Change, ChangeType, Comparison, Link, LinkKind, Op, Quote, QuoteMatch, QuoteMatchKind, Range, Shares, Side,
    SpeakerKind, Status, merge_ranges,
)
from kompare.core.tokens import is_content, norms_of, tokenize

# Okabe–Ito base colours.
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
BLUISH_GREEN = "#009E73"
REDDISH_PURPLE = "#CC79A7"
SKY_BLUE = "#56B4E9"
GREY = "#999999"

# Neutral ink for paper (the report).
TEXT = "#1A1A1A"
MUTED = "#5F5F5F"
RULE = "#C8C8C8"
PAPER = "#FFFFFF"


class Kind(str, Enum):
    """Everything that gets its own look: a sentence's status, or text left out."""

    AGREEMENT = "agreement"
    DIVERGENCE = "divergence"
    PARTIAL = "partial"
    UNIQUE = "unique"
    EXCLUDED = "excluded"


class WordMark(str, Enum):
    """Which words inside a linked passage a kind highlights."""

    NONE = "none"
    CHANGED = "changed"  # the words that differ from the counterpart
    SHARED = "shared"  # the words both passages have (a partial link's common claim)


@dataclass(frozen=True)
class Look:
    """One kind's name, words and colours."""

    kind: Kind
    label: str  # "Divergence"
    plural: str  # "divergences"
    share_label: str  # how a share of a document is named: "diverges 21 %"
    legend: str  # what the kind means, one line
    words: str  # what its marked words are, one line ("" when it marks none)
    glyph: str  # a symbol that tells kinds apart without colour
    strong: str
    tint_weight: float
    word_colour: str
    word_weight: float
    marks: WordMark
    underline: str | None = None  # marked words are underlined in this colour
    colour_name: str = ""  # what a reader calls the strong colour ("orange")
    one: str = ""  # one of them: "divergence", "partial link"

    @property
    def tint(self) -> str:
        """The passage background on white."""
        return mix(self.strong, self.tint_weight)

    @property
    def word(self) -> str:
        """The marked words' background on white."""
        return mix(self.word_colour, self.word_weight)

    @property
    def ink(self) -> str:
        """The strong colour darkened until it reads as text on white (WCAG 4.5:1)."""
        return readable_on(self.strong, PAPER)

    @property
    def on_strong(self) -> str:
        """Text colour on a chip of the strong colour."""
        return PAPER if contrast(self.strong, PAPER) >= 3.0 else TEXT


LOOKS: dict[Kind, Look] = {
    Kind.AGREEMENT: Look(
        Kind.AGREEMENT, "Agreement", "agreements", "agrees",
        "the same claim in both, nothing substantive differs",
        "reworded words, wording only", "=", BLUE, 0.20, BLUE, 0.35, WordMark.CHANGED,
        colour_name="blue", one="agreement"),
    Kind.DIVERGENCE: Look(
        Kind.DIVERGENCE, "Divergence", "divergences", "diverges",
        "the same claim with a conflicting detail",
        "the words that differ, underlined", "≠", ORANGE, 0.22, VERMILLION, 0.38, WordMark.CHANGED,
        underline=VERMILLION, colour_name="orange", one="divergence"),
    Kind.PARTIAL: Look(
        Kind.PARTIAL, "Partial", "partial links", "agrees in part",
        "one passage carries the other's claim plus more, or they share one claim of several",
        "the words both passages share, underlined", "⊂", BLUISH_GREEN, 0.18, BLUISH_GREEN, 0.38,
        WordMark.SHARED, underline=BLUISH_GREEN, colour_name="green", one="partial link"),
    Kind.UNIQUE: Look(
        Kind.UNIQUE, "Unique", "unique passages", "unique",
        "said by one document only", "", "◆", REDDISH_PURPLE, 0.14, REDDISH_PURPLE, 0.30,
        WordMark.NONE, colour_name="pink", one="unique passage"),
    Kind.EXCLUDED: Look(
        Kind.EXCLUDED, "Left out", "passages left out", "left out",
        "page furniture, captions and repeats: shown dimmed, not compared", "", "·", GREY, 0.20,
        GREY, 0.20, WordMark.NONE, colour_name="grey", one="passage left out"),
}

_LOOK_OF_VALUE = {kind.value: look for kind, look in LOOKS.items()}

#: The kinds a sentence can be, in the order bars, legends and summaries list them.
STATUS_KINDS = (Kind.AGREEMENT, Kind.DIVERGENCE, Kind.PARTIAL, Kind.UNIQUE)

#: Quotations: the dotted underline and its colour.
QUOTE_COLOUR = BLUE
QUOTE_COLOUR_DARK = SKY_BLUE

CHANGE_LABELS: dict[ChangeType, str] = {
    ChangeType.NEGATION: "negation",
    ChangeType.NUMBER: "number",
    ChangeType.DATE: "date",
    ChangeType.NAME: "name",
    ChangeType.SPEAKER: "speaker",
    ChangeType.QUOTE: "quote wording",
    ChangeType.HEDGE: "hedge",
    ChangeType.TERM: "word",
}

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

#: The sensitivity presets the window offers (the engine takes any value in 0..1).
SENSITIVITIES = (("Strict", 0.3), ("Balanced", 0.5), ("Lenient", 0.7))


def colour_key() -> str:
    """What each colour means, in one line.

    >>> colour_key().split(" · ")[0]
    'blue: the same claim in both, nothing substantive differs'
    """
    return " · ".join(f"{LOOKS[k].colour_name}: {LOOKS[k].legend}" for k in STATUS_KINDS)


def look_of(kind: str | Kind | Status | LinkKind) -> Look:
    """The look of a kind given as a Kind, a Status, a LinkKind or its value."""
    value = kind.value if isinstance(kind, Enum) else kind
    look = _LOOK_OF_VALUE.get(value)  # (asked once a link when a long pair's view is built)
    return LOOKS[Kind(value)] if look is None else look  # (Kind(value) says what is wrong with a bad one)


def count_word(kind: str | Kind | Status | LinkKind, n: int) -> str:
    """How ``n`` passages of a kind are called: "agreement" for one, "agreements" for more or none.

    >>> count_word("agreement", 1), count_word("divergence", 0), count_word("partial", 1)
    ('agreement', 'divergences', 'partial link')
    """
    look = look_of(kind)
    return look.one if n == 1 else look.plural


def count_of(kind: str | Kind | Status | LinkKind, n: int) -> str:
    """``n`` passages of a kind in words.

    >>> count_of("agreement", 1), count_of("partial", 3)
    ('1 agreement', '3 partial links')
    """
    return f"{n} {count_word(kind, n)}"


def change_label(change_type: ChangeType) -> str:
    """'quote wording' for ChangeType.QUOTE, and so on."""
    return CHANGE_LABELS.get(change_type, change_type.value)


#: A side of a change with no words: the other side's words were put in or taken out.
NO_WORDS = "(none)"


def change_words(words: str) -> str:
    """One side of a change as shown: its words in quotation marks, or :data:`NO_WORDS`.

    >>> change_words("very"), change_words("")
    ('“very”', '(none)')
    """
    return f"“{words}”" if words.strip() else NO_WORDS


def change_text(change: Change) -> str:
    """A change in one line, for the window and the report alike.

    >>> change_text(Change(ChangeType.QUOTE, "very", ""))
    'quote wording: “very” → (none)'
    """
    return f"{change_label(change.type)}: {change_words(change.a)} → {change_words(change.b)}"


#: Links under this confidence are "uncertain" (the passage list can show them alone): on
#: the development labels about two in three of them are pairs a careful reader links,
#: against four in five or more above it (benchmarks/alignment_quality.py).
UNCERTAIN_BELOW = 0.7


def confidence_text(probability: float) -> str:
    """A link's (or a near miss's) probability as the window and the report word it.

    >>> confidence_text(0.6249)
    'link confidence 0.62'
    """
    return f"link confidence {probability:.2f}"


def is_uncertain(link: Link) -> bool:
    """Is ``link`` one a reader should check first (confidence under :data:`UNCERTAIN_BELOW`)?

    >>> is_uncertain(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.62))
    True
    """
    return link.confidence < UNCERTAIN_BELOW


def uncertain_note(link: Link) -> str:
    """For an uncertain link (:func:`is_uncertain`), its confidence as a reader's cue; else ''.

    >>> uncertain_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.62))
    'Uncertain link (link confidence 0.62): check it.'
    >>> uncertain_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.9))
    ''
    """
    return f"Uncertain link ({confidence_text(link.confidence)}): check it." if is_uncertain(link) else ""


def link_figures(link: Link) -> str:
    """A link's two figures in words, as the window gives them.

    >>> link_figures(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.7148))
    'similarity 0.20, link confidence 0.71'
    """
    return f"similarity {link.similarity:.2f}, {confidence_text(link.confidence)}"


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


def marked_ranges(link: Link, side: Side, text: str | None = None) -> list[Range]:
    """The words of ``side`` that ``link``'s kind highlights (non-empty ranges, in order).

    A divergence or an agreement marks the words that differ; a partial link the words
    both passages share, leaving out runs of function words alone ("the", "for"), which
    share no claim, when the side's ``text`` is given.

    >>> from kompare.core.model import Span
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


#: The words a typed change names ("$3 billion" against "$3.6 billion") stand out among the
#: other words a divergence marks: its word colour at this weight, in the window and the
#: report alike (text on it still reads at 6.8:1 on white).
TYPED_WORD_WEIGHT = 0.7


def typed_word() -> str:
    """The background, on white, of the words a typed change names.

    >>> contrast(typed_word(), TEXT) >= 4.5 and typed_word() != LOOKS[Kind.DIVERGENCE].word
    True
    """
    return mix(LOOKS[Kind.DIVERGENCE].word_colour, TYPED_WORD_WEIGHT)


def typed_ranges(link: Link, side: Side) -> list[Range]:
    """The words of ``side`` that ``link``'s typed changes name (merged, non-empty, in order):
    within the words its kind marks, the ones that make it a divergence.

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


#: Two passages close in meaning that share no content word (a partial link, a near miss).
NO_SHARED_WORD = "close in meaning, no word shared"


def partial_note(link: Link, text_a: str, text_b: str, most: int = 3, words: int = 10) -> str:
    """What a partial link shares and which side says more, in one line, for the window
    and the report alike: the ``most`` longest runs of shared words (in A's order, cut
    after ``words`` words), and the side whose own words hold content.

    >>> from kompare.core.model import Span
    >>> a, b = "Kim met Putin on Wednesday.", "Kim met Putin in Pyongyang on Wednesday night."
    >>> spans = (Span(Op.EQUAL, (0, 13), (0, 13)), Span(Op.INSERT, (13, 13), (13, 26)),
    ...          Span(Op.EQUAL, (14, 26), (27, 39)), Span(Op.INSERT, (26, 26), (39, 45)))
    >>> partial_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.6, spans), a, b)
    'both say “Kim met Putin”, “on Wednesday”; B says more'
    """
    runs = shared_ranges(link, Side.A, text_a)
    longest = sorted(sorted(runs, key=lambda r: r[0] - r[1])[:most])
    said = ", ".join(change_words(_cut_words(text_a[s:e], words)) for s, e in longest)
    own = [
        any(is_content(n) for span in link.spans if span.op is not Op.EQUAL
            for n in norms_of(text, *(span.a if side is Side.A else span.b)))
        for side, text in ((Side.A, text_a), (Side.B, text_b))
    ]
    more = {(True, False): "A says more", (False, True): "B says more", (True, True): "each says more"}.get(tuple(own))
    # (Linked on meaning alone, as a near miss says it: no shared words to name.)
    return "; ".join(part for part in ((f"both say {said}" if said else NO_SHARED_WORD), more or "") if part)


def _cut_words(words: str, most: int) -> str:
    """``words`` (whitespace made single), cut to ``most`` words with "…".

    >>> _cut_words("the  treaty\\ncalls for aid", 3)
    'the treaty calls…'
    """
    parts = words.split()
    return " ".join(parts[:most]) + ("…" if len(parts) > most else "")


# --- quotations ---------------------------------------------------------------------------

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


@dataclass(frozen=True)
class QuoteGroup:
    """The quotations one speaker is given, in reading order (``speaker`` None: unattributed)."""

    speaker: str | None
    rows: tuple[QuoteRow, ...]

    @property
    def title(self) -> str:
        n = len(self.rows)
        return f"{self.speaker or 'Unattributed'} · {n} quotation{'s' if n != 1 else ''}"


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
    """Rows grouped by speaker (the same name in any case is one speaker), first-quoted first,
    unattributed quotations last."""
    groups: dict[str | None, list[QuoteRow]] = {}
    names: dict[str | None, str | None] = {}
    for row in rows:
        key = row.speaker.casefold() if row.speaker else None
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


def share_of(shares: Shares, kind: Kind) -> float:
    return getattr(shares, kind.value)


def percentages(fractions: list[float] | tuple[float, ...]) -> list[int]:
    """Whole percentages that add up to 100 (largest remainder), or all 0.

    >>> percentages([0.625, 0.125, 0.25])
    [63, 12, 25]
    >>> percentages([0.0, 0.0, 0.0])
    [0, 0, 0]
    """
    total = sum(fractions)
    if total <= 0:
        return [0] * len(fractions)
    raw = [f / total * 100 for f in fractions]
    floors = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - floors[i], raw[i]), reverse=True)
    for i in order[: 100 - sum(floors)]:
        floors[i] += 1
    return floors


def share_figures(shares: Shares) -> list[tuple[Kind, int]]:
    """Each status kind with its whole percentage of the document (they add up to 100)."""
    return list(zip(STATUS_KINDS, percentages([share_of(shares, k) for k in STATUS_KINDS])))


def share_text(shares: Shares, *, keep_zero: bool = False) -> str:
    """'agrees 62 % · diverges 21 % · unique 17 %' (kinds at 0 % left out unless asked).

    >>> share_text(Shares(0.62, 0.21, 0.17, 0.0))
    'agrees 62 % · diverges 21 % · unique 17 %'
    """
    parts = [f"{look_of(k).share_label} {p} %" for k, p in share_figures(shares) if p or keep_zero]
    return " · ".join(parts) or "nothing compared"


def sensitivity_text(value: float) -> str:
    """'sensitivity 0.5 (Balanced)': the setting a comparison ran with.

    >>> sensitivity_text(0.7), sensitivity_text(0.65)
    ('sensitivity 0.7 (Lenient)', 'sensitivity 0.65')
    """
    name = next((n for n, v in SENSITIVITIES if abs(v - value) < 1e-9), None)
    return f"sensitivity {value:g}" + (f" ({name})" if name else "")


def near_note(comparison: Comparison, side: Side, sentence_id: int, width: int = 80, numbered: bool = False) -> str:
    """Where a sentence in no link has its closest counterpart, or '' when it has none.

    The note says it is no link and how near it came (its link confidence, under the bar),
    quotes the start of the counterpart (``numbered``: with its sentence number, as the
    report numbers them), and names the words the two share (or that they are close in
    meaning only).

    >>> from kompare.core import Document, compare
    >>> c = compare(Document("The treaty calls for military assistance without delay. "
    ...                      "The two leaders rode in a black limousine."),
    ...             Document("The pact calls for military assistance without any delay. "
    ...                      "Putin gave Kim a limousine as a gift."))
    >>> near_note(c, Side.A, 1)
    'Closest in B, not linked (link confidence 0.38): “Putin gave Kim a limousine as a gift.” (shares limousine).'
    >>> near_note(c, Side.A, 0)
    ''
    """
    near = comparison.near_of(side, sentence_id)
    if near is None:
        return ""
    other = side.other
    own_text, other_doc = comparison.doc(side), comparison.doc(other)
    other_id = near.b if side is Side.A else near.a
    quoted = " ".join(other_doc.sentence_text(other_id).split())
    if len(quoted) > width:
        quoted = quoted[: width - 1].rstrip() + "…"
    theirs = {t.stem for t in tokenize(other_doc.sentence_text(other_id)) if is_content(t.norm)}
    shared: dict[str, str] = {}  # stem -> the word as this sentence first writes it
    text = own_text.sentence_text(sentence_id)
    for t in tokenize(text):
        if is_content(t.norm) and t.stem in theirs:
            shared.setdefault(t.stem, text[t.start : t.end])
    why = f"shares {', '.join(list(shared.values())[:5])}" if shared else NO_SHARED_WORD
    where = f"{other.value.upper()}, sentence {other_id + 1}" if numbered else other.value.upper()
    return f"Closest in {where}, not linked ({confidence_text(near.probability)}): “{quoted}” ({why})."


# --- colour arithmetic on '#RRGGBB' strings -------------------------------------------------

def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def mix(colour: str, weight: float, base: str = PAPER) -> str:
    """``colour`` laid over ``base`` at opacity ``weight`` (0..1), as ``#RRGGBB``.

    >>> mix("#000000", 0.5)
    '#808080'
    """
    top, under = _rgb(colour), _rgb(base)
    return "#%02X%02X%02X" % tuple(round(c * weight + u * (1 - weight)) for c, u in zip(top, under))


def luminance(colour: str) -> float:
    """Relative luminance as WCAG 2 defines it (0 black to 1 white)."""

    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21).

    >>> round(contrast("#000000", "#FFFFFF"))
    21
    """
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(colour: str, background: str, minimum: float = 4.5) -> str:
    """``colour`` mixed towards black until text in it reads on ``background``."""
    weight = 1.0
    shade = colour
    while contrast(shade, background) < minimum and weight > 0.05:
        weight -= 0.05
        shade = mix(colour, weight, "#000000")
    return shade
