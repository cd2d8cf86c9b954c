"""A link in words, for the window and the report alike: its changes, its confidence, what a
partial link shares, a unique sentence's closest passage, the sensitivity it ran with."""

from __future__ import annotations

from collections.abc import Iterable

from kompare.core.model import Change, ChangeType, Comparison, Link, Op, ReaderLinks, SegmentedDocument, Side
from kompare.core.tokens import is_content, norms_of, tokenize
from kompare.present.marked import shared_ranges


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

#: The sensitivity presets the window offers (the engine takes any value in 0..1).
SENSITIVITIES = (("Strict", 0.3), ("Balanced", 0.5), ("Lenient", 0.7))


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
    A link the reader made by hand is the reader's own judgement, not one to check.

    >>> from kompare.core.model import LinkKind
    >>> is_uncertain(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.62))
    True
    >>> is_uncertain(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.62, by_reader=True))
    False
    """
    return link.confidence < UNCERTAIN_BELOW and not link.by_reader


#: How a link the reader made by hand is named, in the window and in the report.
BY_HAND = "linked by hand"


def reader_text(reader: ReaderLinks) -> str:
    """The reader's decisions (sentence pairs added, removed) as the report's header and the
    window's status bar count them; '' for none.

    >>> reader_text(ReaderLinks().add({(0, 0), (1, 1)}).remove({(2, 2)})), reader_text(ReaderLinks().remove({(2, 2)}))
    ('2 sentence pairs linked by hand, 1 unlinked', '1 sentence pair unlinked by hand')
    >>> reader_text(ReaderLinks().add({(0, 0)})), reader_text(ReaderLinks())
    ('1 sentence pair linked by hand', '')
    """
    added, removed = len(reader.added), len(reader.removed)
    pairs = lambda n: f"{n} sentence pair{'s' if n != 1 else ''}"  # noqa: E731
    if added and removed:
        return f"{pairs(added)} {BY_HAND}, {removed} unlinked"
    return f"{pairs(added)} {BY_HAND}" if added else f"{pairs(removed)} unlinked by hand" if removed else ""


def same_text_note(comparison: Comparison) -> str:
    """A note when A and B hold the same text (one file chosen twice, or a copy); else ''.

    >>> from kompare.core import Document, compare
    >>> same_text_note(compare(Document("Kim met Putin."), Document("Kim met Putin.")))
    'A and B are the same text: every passage agrees.'
    >>> same_text_note(compare(Document("Kim met Putin."), Document("Kim met Xi.")))
    ''
    """
    return "A and B are the same text: every passage agrees." if comparison.a.text == comparison.b.text else ""


def uncertain_note(link: Link) -> str:
    """For an uncertain link (:func:`is_uncertain`), its confidence as a reader's cue; else ''.

    >>> from kompare.core.model import LinkKind
    >>> uncertain_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.62))
    'Uncertain link (link confidence 0.62): check it.'
    >>> uncertain_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.9))
    ''
    """
    return f"Uncertain link ({confidence_text(link.confidence)}): check it." if is_uncertain(link) else ""


def hand_note(link: Link) -> str:
    """For a link the reader made by hand, a note that says so with the model's own figure; else ''.

    >>> from kompare.core.model import LinkKind
    >>> hand_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.0, by_reader=True))
    'Linked by hand (link confidence 0.00).'
    """
    return f"{BY_HAND.capitalize()} ({confidence_text(link.confidence)})." if link.by_reader else ""


def link_figures(link: Link) -> str:
    """A link's two figures in words, as the window gives them.

    >>> from kompare.core.model import LinkKind
    >>> link_figures(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.7148))
    'similarity 0.20, link confidence 0.71'
    >>> link_figures(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.2, confidence=0.31, by_reader=True))
    'linked by hand; similarity 0.20, link confidence 0.31'
    """
    figures = f"similarity {link.similarity:.2f}, {confidence_text(link.confidence)}"
    return f"{BY_HAND}; {figures}" if link.by_reader else figures


#: Two passages close in meaning that share no content word (a partial link, a near miss).
NO_SHARED_WORD = "close in meaning, no word shared"
#: Two passages linked by hand that share no content word.
NO_WORD_SHARED = "no word shared"


def partial_note(
    link: Link, text_a: str, text_b: str, most: int = 3, words: int = 10, ends: Iterable[int] = ()
) -> str:
    """What a partial link shares and which side says more, in one line, for the window
    and the report alike: the ``most`` longest runs of shared words (in A's order, cut
    after ``words`` words, and at ``ends``, where A's sentences of the link end), and the
    side whose own words hold content.

    >>> from kompare.core.model import Span
    >>> a, b = "Kim met Putin on Wednesday.", "Kim met Putin in Pyongyang on Wednesday night."
    >>> spans = (Span(Op.EQUAL, (0, 13), (0, 13)), Span(Op.INSERT, (13, 13), (13, 26)),
    ...          Span(Op.EQUAL, (14, 26), (27, 39)), Span(Op.INSERT, (26, 26), (39, 45)))
    >>> from kompare.core.model import LinkKind
    >>> partial_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.6, spans), a, b)
    'both say “Kim met Putin”, “on Wednesday”; B says more'
    >>> apart = (Span(Op.REPLACE, (0, 26), (0, 45)),)
    >>> [partial_note(Link(0, (0,), (0,), LinkKind.PARTIAL, 0.1, apart, by_reader=hand), a, b)
    ...  for hand in (False, True)]
    ['close in meaning, no word shared; each says more', 'no word shared; each says more']

    A run of shared words that crosses a sentence break names no phrase A writes:

    >>> a2, b2 = "Kim met Putin. On Wednesday they met.", "Kim met Putin on Wednesday they met in Pyongyang."
    >>> across = (Span(Op.EQUAL, (0, 36), (0, 35)), Span(Op.INSERT, (36, 36), (35, 48)))
    >>> partial_note(Link(0, (0, 1), (0,), LinkKind.PARTIAL, 0.6, across), a2, b2, ends=[14])
    'both say “Kim met Putin.”, “On Wednesday they met”; B says more'
    """
    runs = [
        piece for run in shared_ranges(link, Side.A, text_a) for piece in _cut_at(run, ends)
        if any(map(is_content, norms_of(text_a, *piece)))
    ]
    longest = sorted(sorted(runs, key=lambda r: r[0] - r[1])[:most])
    said = ", ".join(change_words(_cut_words(text_a[s:e], words)) for s, e in longest)
    own = [
        any(is_content(n) for span in link.spans if span.op is not Op.EQUAL
            for n in norms_of(text, *(span.a if side is Side.A else span.b)))
        for side, text in ((Side.A, text_a), (Side.B, text_b))
    ]
    more = {(True, False): "A says more", (False, True): "B says more", (True, True): "each says more"}.get(tuple(own))
    # (Linked on meaning alone, as a near miss says it: no shared words to name. A link made by
    # hand is the reader's judgement, not the engine's reading of their meaning.)
    none = NO_WORD_SHARED if link.by_reader else NO_SHARED_WORD
    return "; ".join(part for part in ((f"both say {said}" if said else none), more or "") if part)


def inner_ends(doc: SegmentedDocument, ids: Iterable[int]) -> list[int]:
    """Where the sentences ``ids`` of ``doc`` end, but the last: the breaks inside a passage.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> inner_ends(segment(Document("Kim met Putin. They signed a pact. It was Wednesday.")), (0, 1))
    [14]
    """
    return [doc.sentences[i].end for i in sorted(ids)[:-1]]


def _cut_at(run: tuple[int, int], ends: Iterable[int]) -> list[tuple[int, int]]:
    """``run`` cut at the ``ends`` inside it.

    >>> _cut_at((0, 20), [5, 30, 12])
    [(0, 5), (5, 12), (12, 20)]
    """
    cuts = sorted(e for e in ends if run[0] < e < run[1])
    return list(zip([run[0], *cuts], [*cuts, run[1]]))


def _cut_words(words: str, most: int) -> str:
    """``words`` (whitespace made single), cut to ``most`` words with "…".

    >>> _cut_words("the  treaty\\ncalls for aid", 3)
    'the treaty calls…'
    """
    parts = words.split()
    return " ".join(parts[:most]) + ("…" if len(parts) > most else "")


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
