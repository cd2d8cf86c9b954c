"""Immutable values that flow through kompare's pipeline.

Every position is a half-open ``(start, end)`` range of Python string indices
into a document's display text, so ``text[start:end]`` is always the thing
named.  Nothing here imports Qt.

>>> doc = Document("Putin said so. Kim agreed.", path="a.txt")
>>> s = Sentence(0, 0, 14)
>>> doc.text[s.start:s.end]
'Putin said so.'
>>> LinkKind.AGREEMENT.value
'agreement'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import KW_ONLY, dataclass, replace
from functools import cached_property
from enum import Enum

Range = tuple[int, int]


def merge_ranges(ranges: Iterable[Range]) -> list[Range]:
    """The union of half-open ranges: sorted, apart, none empty.

    >>> merge_ranges([(5, 9), (0, 3), (2, 4), (9, 12), (7, 7)])
    [(0, 4), (5, 12)]
    """
    merged: list[Range] = []
    for s, e in sorted(r for r in ranges if r[1] > r[0]):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


class Side(str, Enum):
    """Which of the two compared documents."""

    A = "a"
    B = "b"

    @property
    def other(self) -> "Side":
        return Side.B if self is Side.A else Side.A


class ExclusionReason(str, Enum):
    """Why a stretch of a document is shown but not compared."""

    FURNITURE = "furniture"  # "Advertisement", "Read More", share buttons, bylines...
    CAPTION = "caption"  # photo captions with credits
    REPEAT = "repeat"  # a passage the document already said earlier


class LinkKind(str, Enum):
    """How two linked passages relate.

    Agreement: the same claim, nothing substantive differs.  Divergence: the same
    claim with a conflicting detail (its typed changes say which).  Partial: one
    passage carries the other's claim plus more, or they share one claim of several.
    """

    AGREEMENT = "agreement"
    DIVERGENCE = "divergence"
    PARTIAL = "partial"


class Status(str, Enum):
    """A sentence's standing, derived from every link it is in.

    A divergence anywhere outweighs an agreement elsewhere (a reader must see the
    conflict), and a full agreement outweighs a partial one.
    """

    DIVERGENCE = "divergence"
    AGREEMENT = "agreement"
    PARTIAL = "partial"
    UNIQUE = "unique"


#: Which link decides a sentence's status when it is in several (first wins).
_STATUS_ORDER = (LinkKind.DIVERGENCE, LinkKind.AGREEMENT, LinkKind.PARTIAL)


class Op(str, Enum):
    """Word-diff operation, as in difflib's opcodes (``delete``: A only)."""

    EQUAL = "equal"
    REPLACE = "replace"
    DELETE = "delete"
    INSERT = "insert"

    @property
    def mirrored(self) -> "Op":
        return {Op.DELETE: Op.INSERT, Op.INSERT: Op.DELETE}.get(self, self)


class ChangeType(str, Enum):
    """What a difference inside a link changes, in the order a reader cares."""

    NEGATION = "negation"
    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    SPEAKER = "speaker"
    QUOTE = "quote"  # a quotation's wording differs
    HEDGE = "hedge"  # "reportedly", "may", "could"...
    TERM = "term"  # in an otherwise equal sentence, a word put for another ("anti-air" / "anti-ship")


class SpeakerKind(str, Enum):
    """What a quotation's speaker is: a person named, an institution, or a source described."""

    PERSON = "person"  # "Putin said"
    BODY = "body"  # an institution, country or organisation: "the White House said"
    DESCRIPTION = "description"  # a source described, not named: "a senior administration official said"


class QuoteMatchKind(str, Enum):
    VERBATIM = "verbatim"
    FRAGMENT = "fragment"  # one quotation is part of the other
    VARIANT = "variant"  # the wording differs


@dataclass(frozen=True)
class Excluded:
    """A range kept in the display text but left out of the comparison."""

    start: int
    end: int
    reason: ExclusionReason
    note: str = ""


@dataclass(frozen=True)
class Document:
    """One input document as read from disk (or made from a string).

    ``text`` is the display text; for a plain-text file it is the decoded file
    unchanged.  ``excluded`` holds page furniture found while reading;
    ``notices`` tells the user about anything surprising (an encoding
    fallback, a file cut short).
    """

    text: str
    _: KW_ONLY
    path: str = ""
    title: str = ""
    source: str = ""
    date: str = ""
    excluded: tuple[Excluded, ...] = ()
    notices: tuple[str, ...] = ()
    format: str = "text"  # text | markdown | html | wordpress-json

    @property
    def display_name(self) -> str:
        """Title, else file name, else a placeholder."""
        if self.title:
            return self.title
        if self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return "(untitled)"


@dataclass(frozen=True)
class Sentence:
    """A compared sentence: ``id`` is its index in the document's sentence list."""

    id: int
    start: int
    end: int


@dataclass(frozen=True)
class SegmentedDocument:
    """A document with its compared sentences and everything left out."""

    document: Document
    sentences: tuple[Sentence, ...]
    excluded: tuple[Excluded, ...]  # furniture from reading + repeats found in segmenting

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_text(self, sid: int) -> str:
        s = self.sentences[sid]
        return self.document.text[s.start : s.end]


@dataclass(frozen=True)
class Span:
    """One word-diff operation inside a link, as character ranges in A and B.

    An insert has an empty A range placed where the words would go, a delete
    an empty B range.
    """

    op: Op
    a: Range
    b: Range

    def mirrored(self) -> "Span":
        return Span(self.op.mirrored, self.b, self.a)


@dataclass(frozen=True)
class Change:
    """A typed difference: the words on each side and where they are."""

    type: ChangeType
    a: str
    b: str
    a_range: Range | None = None
    b_range: Range | None = None

    def mirrored(self) -> "Change":
        return Change(self.type, self.b, self.a, self.b_range, self.a_range)


@dataclass(frozen=True)
class Link:
    """Passages of A and B that tell the same thing (sentence ids, ascending).

    ``similarity``: the share of words the two sides have in common (the word diff's);
    ``confidence``: how likely a careful reader links the two, as the link model judges
    (0..1; 1.0 for a sentence copied word for word and for two that quote one quotation,
    which link on that alone). The sensitivity's threshold is a bar on it.
    """

    id: int
    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: LinkKind
    similarity: float
    spans: tuple[Span, ...] = ()
    changes: tuple[Change, ...] = ()
    confidence: float = 1.0
    #: Linked by the reader's hand (:class:`ReaderLinks`), whatever the link model says;
    #: its confidence is still the model's (0.0 for a pair it never weighed).
    by_reader: bool = False

    def sentences(self, side: Side) -> tuple[int, ...]:
        return self.a if side is Side.A else self.b

    def mirrored(self) -> "Link":
        return Link(
            self.id,
            self.b,
            self.a,
            self.kind,
            self.similarity,
            tuple(s.mirrored() for s in self.spans),
            tuple(c.mirrored() for c in self.changes),
            self.confidence,
            self.by_reader,
        )


@dataclass(frozen=True)
class Quote:
    """A direct quotation: ``start``/``end`` cover its words, without the marks."""

    id: int
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None  # the attribution verb: said, warned, told...
    short: bool = False  # a scare quote of one to three words
    speaker_range: Range | None = None
    #: A person, an institution ("the White House said") or a description ("a senior
    #: official said"): told apart, and never a change of speaker between two kinds.
    speaker_kind: SpeakerKind = SpeakerKind.PERSON

    @property
    def speaker_body(self) -> bool:
        """Is the speaker an institution, country or organisation (schema 2's ``speaker_body``)?"""
        return self.speaker_kind is SpeakerKind.BODY


@dataclass(frozen=True)
class QuoteMatch:
    """A quotation in A and its counterpart in B."""

    a: int
    b: int
    kind: QuoteMatchKind
    speaker_match: bool
    spans: tuple[Span, ...] = ()

    def mirrored(self) -> "QuoteMatch":
        return QuoteMatch(self.b, self.a, self.kind, self.speaker_match, tuple(s.mirrored() for s in self.spans))


@dataclass(frozen=True)
class Near:
    """A near miss: sentence ``a`` of A and ``b`` of B, the closest counterpart of one that is
    in no link, by a link ``probability`` under the threshold (not a link: the evidence that
    they state one claim was too weak; see ``CompareConfig.near_threshold``)."""

    a: int
    b: int
    probability: float

    def mirrored(self) -> "Near":
        return Near(self.b, self.a, self.probability)


@dataclass(frozen=True)
class Shares:
    """Share of a document's compared characters in each status (sums to 1 or 0)."""

    agreement: float
    divergence: float
    unique: float
    partial: float = 0.0


@dataclass(frozen=True)
class ReaderLinks:
    """What the reader decided by hand: sentence pairs (A's id, B's id) that link whatever
    the link model says (``added``), and pairs that never link (``removed``).

    >>> r = ReaderLinks().add({(3, 5)}).remove({(0, 0), (0, 1)})
    >>> sorted(r.added), sorted(r.removed), sorted(r.mirrored().added), bool(ReaderLinks())
    ([(3, 5)], [(0, 0), (0, 1)], [(5, 3)], False)
    >>> sorted(r.remove({(3, 5)}).removed), r.remove({(3, 5)}).added
    ([(0, 0), (0, 1), (3, 5)], frozenset())
    >>> r.to_json(), ReaderLinks.from_json(r.to_json()) == r
    ({'added': [[3, 5]], 'removed': [[0, 0], [0, 1]]}, True)
    """

    added: frozenset[tuple[int, int]] = frozenset()
    removed: frozenset[tuple[int, int]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)

    def add(self, pairs) -> "ReaderLinks":
        """These pairs link from now on (and are no longer removed)."""
        pairs = frozenset(pairs)
        return ReaderLinks(self.added | pairs, self.removed - pairs)

    def remove(self, pairs) -> "ReaderLinks":
        """These pairs never link from now on (and are no longer added)."""
        pairs = frozenset(pairs)
        return ReaderLinks(self.added - pairs, self.removed | pairs)

    def mirrored(self) -> "ReaderLinks":
        return ReaderLinks(frozenset((b, a) for a, b in self.added), frozenset((b, a) for a, b in self.removed))

    def within(self, na: int, nb: int) -> "ReaderLinks":
        """The decisions about sentences that exist in documents of ``na`` and ``nb`` sentences
        (a damaged store may name others: they decide nothing and are not reported).

        >>> ReaderLinks(frozenset({(0, 1), (9, 0)}), frozenset({(-1, 0)})).within(3, 3)
        ReaderLinks(added=frozenset({(0, 1)}), removed=frozenset())
        """
        def fits(pairs):
            return frozenset((i, j) for i, j in pairs if 0 <= i < na and 0 <= j < nb)

        return ReaderLinks(fits(self.added), fits(self.removed))

    def to_json(self) -> dict:
        """The pairs as sorted lists of ``[a, b]`` (the JSON export's ``reader``)."""
        return {"added": sorted(map(list, self.added)), "removed": sorted(map(list, self.removed))}

    @classmethod
    def from_json(cls, data: dict) -> "ReaderLinks":
        """Back from :meth:`to_json`; raises TypeError or ValueError on anything else."""
        return cls(*(frozenset((int(i), int(j)) for i, j in data.get(name, ())) for name in ("added", "removed")))


@dataclass(frozen=True)
class Comparison:
    """The result of :func:`kompare.core.compare`.

    Links are many-to-many: a sentence may be in several links (a claim told in
    the headline, the lede and the body).  ``unique_*`` are the sentences in no link.

    >>> a = SegmentedDocument(Document("X. Y."), (Sentence(0, 0, 2), Sentence(1, 3, 5)), ())
    >>> b = SegmentedDocument(Document("X."), (Sentence(0, 0, 2),), ())
    >>> c = Comparison(a, b, (Link(0, (0,), (0,), LinkKind.AGREEMENT, 1.0),
    ...                       Link(1, (1,), (0,), LinkKind.PARTIAL, 0.5)), (), ())
    >>> [l.id for l in c.links_of(Side.B, 0)], c.status(Side.B, 0).value, c.status(Side.A, 1).value
    ([0, 1], 'agreement', 'partial')
    """

    a: SegmentedDocument
    b: SegmentedDocument
    links: tuple[Link, ...]
    unique_a: tuple[int, ...]
    unique_b: tuple[int, ...]
    quotes_a: tuple[Quote, ...] = ()
    quotes_b: tuple[Quote, ...] = ()
    quote_matches: tuple[QuoteMatch, ...] = ()
    #: The ``CompareConfig.sensitivity`` the comparison ran with (recorded in exports).
    sensitivity: float = 0.5
    #: Whether the paraphrase encoder read the sentences (else the linking was lexical).
    paraphrase: bool = False
    #: Near misses of the sentences in no link (by A's sentence, then B's).
    near: tuple[Near, ...] = ()
    #: The links the reader made or removed by hand (recorded in exports).
    reader: ReaderLinks = ReaderLinks()

    def doc(self, side: Side) -> SegmentedDocument:
        return self.a if side is Side.A else self.b

    def unique(self, side: Side) -> tuple[int, ...]:
        return self.unique_a if side is Side.A else self.unique_b

    def quotes(self, side: Side) -> tuple[Quote, ...]:
        return self.quotes_a if side is Side.A else self.quotes_b

    def near_of(self, side: Side, sentence_id: int) -> Near | None:
        """The near miss of a sentence in no link, if it has one (its closest counterpart)."""
        return self._near_index[side].get(sentence_id)

    @cached_property
    def _near_index(self) -> dict[Side, dict[int, Near]]:
        index: dict[Side, dict[int, Near]] = {Side.A: {}, Side.B: {}}
        for n in self.near:
            for side, own, other in ((Side.A, n.a, n.b), (Side.B, n.b, n.a)):
                # A pair closest for B's sentence may hold A's too, without being A's closest
                # (ties: the lower sentence id on the other side).
                best = index[side].get(own)
                if best is None or (n.probability, -other) > (best.probability, -(best.b if side is Side.A else best.a)):
                    index[side][own] = n
        return index

    def links_of(self, side: Side, sentence_id: int) -> tuple[Link, ...]:
        """Every link holding a sentence, by id (empty when the sentence is unique)."""
        return self._link_index[side].get(sentence_id, ())

    def link_of(self, side: Side, sentence_id: int) -> Link | None:
        """The link that decides a sentence's status, or None when it is unique."""
        links = self.links_of(side, sentence_id)
        if not links:
            return None
        if len(links) == 1:  # (most sentences: a long pair's view asks for every one)
            return links[0]
        return min(links, key=lambda l: (_STATUS_ORDER.index(l.kind), -l.similarity, l.id))

    def status(self, side: Side, sentence_id: int) -> Status:
        """Agreement, divergence, partial or unique, from the sentence's links."""
        link = self.link_of(side, sentence_id)
        return Status.UNIQUE if link is None else Status(link.kind.value)

    @cached_property
    def _link_index(self) -> dict[Side, dict[int, tuple[Link, ...]]]:
        index: dict[Side, dict[int, list[Link]]] = {Side.A: {}, Side.B: {}}
        for link in self.links:
            for side in Side:
                for sid in link.sentences(side):
                    index[side].setdefault(sid, []).append(link)
        return {side: {k: tuple(v) for k, v in d.items()} for side, d in index.items()}

    def shares(self, side: Side) -> Shares:
        """How much of one side agrees, diverges, agrees in part, or stands alone."""
        doc = self.doc(side)
        totals = {st: 0 for st in Status}
        for s in doc.sentences:
            totals[self.status(side, s.id)] += s.end - s.start
        whole = sum(totals.values())
        if not whole:
            return Shares(0.0, 0.0, 0.0, 0.0)
        return Shares(
            totals[Status.AGREEMENT] / whole,
            totals[Status.DIVERGENCE] / whole,
            totals[Status.UNIQUE] / whole,
            totals[Status.PARTIAL] / whole,
        )

    def mirrored(self) -> "Comparison":
        """The same comparison seen from B's side."""
        # Links stay listed in the order of the (new) document A, numbered from 0.
        flipped = sorted((l.mirrored() for l in self.links), key=lambda l: (l.a, l.b))
        return Comparison(
            self.b,
            self.a,
            tuple(replace(l, id=n) for n, l in enumerate(flipped)),
            self.unique_b,
            self.unique_a,
            self.quotes_b,
            self.quotes_a,
            tuple(m.mirrored() for m in self.quote_matches),
            self.sensitivity,
            self.paraphrase,
            tuple(sorted((n.mirrored() for n in self.near), key=lambda n: (n.a, n.b))),
            self.reader.mirrored(),
        )


__all__ = [
    "Range", "Side", "ExclusionReason", "LinkKind", "Status", "Op", "ChangeType", "QuoteMatchKind",
    "Excluded", "Document", "Sentence", "SegmentedDocument", "Span", "Change", "Link",
    "Quote", "QuoteMatch", "Near", "Shares", "ReaderLinks", "Comparison", "replace",
]
