"""The one entry point: ``compare(a, b)`` runs segment -> align -> diff -> classify.

The GUI, the command line and the reports are thin layers over this module.

>>> from kompare.core.model import Document
>>> a = Document("Seoul will reconsider arms support to Ukraine. The weather was fine.")
>>> b = Document("It rained. Seoul will not reconsider arms support to Ukraine.")
>>> c = compare(a, b)
>>> [(l.a, l.b, l.kind.value, [ch.type.value for ch in l.changes]) for l in c.links]
[((0,), (1,), 'divergence', ['negation'])]
>>> c.unique_a, c.unique_b
((1,), (0,))
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable
from contextlib import nullcontext
from typing import NamedTuple

from kompare.core import collector
from kompare.core.align import Group, alignment
from kompare.core.align.seed import encoder_texts
from kompare.core.classify import link_kind, lowercase_words
from kompare.core.config import CompareConfig
from kompare.core.encoder import load_encoder
from kompare.core.english import capitals_mark_names, reads_english
from kompare.core.errors import ShouldCancel, stop_if_cancelled
from kompare.core.memory import release_free_memory
from kompare.core.model import (
    Change, ChangeType, Comparison, Document, Link, LinkKind, Near, Op, Quote, QuoteMatch, QuoteMatchKind,
    ReaderLinks, SegmentedDocument, SpeakerKind, replace,
)
from kompare.core.passages import PassageContext, compare_passage_range, compare_passages
from kompare.core.segment import segment
from kompare.core.tokens import LONG_TEXT, Columns, document_tokens, norms_of, remember_document_tokens
from kompare.core.worker import Helper, Kept, prestart_for

Progress = Callable[[float, str], None]


def compare(
    a: Document,
    b: Document,
    *,
    config: CompareConfig | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    reader: ReaderLinks | None = None,
) -> Comparison:
    """Compare two documents.  Raises :class:`Cancelled` when ``should_cancel()`` says so.

    ``reader``: sentence pairs the reader linked or removed by hand (see :class:`ReaderLinks`).
    """
    config = config or CompareConfig()
    reader = reader or ReaderLinks()
    with collector.paused():  # millions of acyclic objects: see collector.py
        # Work in one fixed orientation and mirror the result: comparing B with A is then
        # exactly the mirror image of comparing A with B, down to tie-breaks inside difflib.
        # (A text against itself: the reader's decisions fix the orientation.)
        if b.text < a.text or b.text == a.text and _decisions_key(reader.mirrored()) < _decisions_key(reader):
            mirrored = reader.mirrored()
            return _compare(b, a, config, progress, should_cancel, names=("B", "A"), reader=mirrored).mirrored()
        return _compare(a, b, config, progress, should_cancel, names=("A", "B"), reader=reader)


def _decisions_key(reader: ReaderLinks) -> tuple:
    """An order on the reader's decisions, to choose one of a text and its mirror image."""
    return sorted(reader.added), sorted(reader.removed)


def compare_files(
    path_a: str | os.PathLike,
    path_b: str | os.PathLike,
    *,
    config: CompareConfig | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> Comparison:
    """Read two files (see :mod:`kompare.core.ingest`) and compare them."""
    from kompare.core.ingest import load_document

    config = config or CompareConfig()
    prestart_for((path_a, path_b), config)  # its start-up overlaps the reading
    with collector.paused():  # (a long file's lines are many objects too)
        a = load_document(path_a, max_bytes=config.max_file_bytes)
        b = load_document(path_b, max_bytes=config.max_file_bytes)
        return compare(a, b, config=config, progress=progress, should_cancel=should_cancel)


def _compare(
    a: Document,
    b: Document,
    config: CompareConfig,
    progress: Progress | None,
    should_cancel: ShouldCancel | None,
    *,
    names: tuple[str, str],
    reader: ReaderLinks,
) -> Comparison:
    def step(fraction: float, message: str) -> None:
        stop_if_cancelled(should_cancel)
        if progress is not None:
            progress(fraction, message)

    helper = None
    if _wants_helper(len(a.text) + len(b.text), config):
        helper = Helper.start()
    with helper or nullcontext():
        return _compare_with(a, b, config, step, should_cancel, names, helper, reader)


def _wants_helper(size: int, config: CompareConfig) -> bool:
    """Is a comparison of this many characters worth the helper process (worker.py)?

    >>> _wants_helper(3_000_000, CompareConfig()), _wants_helper(10_000, CompareConfig())
    (True, False)
    >>> _wants_helper(40_000_000, CompareConfig()), _wants_helper(3_000_000, CompareConfig(helper_min_chars=None))
    (False, False)
    """
    return config.helper_min_chars is not None and config.helper_min_chars <= size <= config.helper_max_chars


def _compare_with(
    a: Document,
    b: Document,
    config: CompareConfig,
    step: Progress,
    should_cancel: ShouldCancel | None,
    names: tuple[str, str],
    helper: Helper | None,
    reader: ReaderLinks = ReaderLinks(),
) -> Comparison:
    if helper is not None:
        # B's sentences, quotations and common words in the helper process, A's here meanwhile.
        step(0.0, "Splitting A and B into sentences and quotations")
        # (B's words too: linking here reads them, and the helper has them by then.)
        pending_b = helper.submit(_prepare, b, config, None, True)
        seg_a, quotes_a, common_a, _ = _prepare(a, config, should_cancel)
        seg_b, quotes_b, common_b, words_b = pending_b.result(should_cancel)
        # B's sentences and words over this process's B (the helper's copy is equal): the
        # word caches are keyed by the text object, and would read the copy's words again.
        seg_b = replace(seg_b, document=b)
        if words_b is not None:
            remember_document_tokens(b.text, words_b)
    else:
        step(0.0, f"Splitting {names[0]} into sentences and quotations")
        seg_a, quotes_a, common_a, _ = _prepare(a, config, should_cancel)
        step(0.15, f"Splitting {names[1]} into sentences and quotations")
        seg_b, quotes_b, common_b, _ = _prepare(b, config, should_cancel)
    qr_a = [(q.start, q.end) for q in quotes_a]
    qr_b = [(q.start, q.end) for q in quotes_b]
    # A word either document writes in lower case is no name in the other: a title-case
    # headline's verb ("Trump Slams") its own body never uses, the other article does.
    common_a = common_b = common_a | common_b
    encoder = None
    if (
        config.use_encoder and len(seg_a.sentences) + len(seg_b.sentences) <= config.encoder_max_sentences
        and reads_english(a.text, config) and reads_english(b.text, config)
    ):
        step(0.35, "Reading the sentences' meaning")
        encoder = load_encoder()
        if encoder is not None:
            _read_meaning(encoder, seg_a, seg_b, step, (0.35, 0.38))
    step(0.38, "Matching quotations")
    matches, related = _quote_pairs(a.text, quotes_a, b.text, quotes_b, config)
    context = PassageContext(
        seg_a, seg_b, config, encoder, common_a, common_b, qr_a, qr_b, {}, {},
        frozenset((qr_a[m.a], qr_b[m.b]) for m in related),
    )
    # The helper may compare part of the links (not with the encoder, which stays in this
    # process). It is idle while this process links: it gets the passages' context now
    # (its own word caches: this process fills its own) and reads both texts' words.
    share = helper is not None and encoder is None
    if share:
        helper.keep("passages", context._replace(words_a={}, words_b={}))
        helper.submit(_read_words, Kept("passages"))
    step(0.4, "Linking passages")
    found = alignment(
        seg_a, seg_b, config=config, quoted_a=qr_a, quoted_b=qr_b, should_cancel=should_cancel, encoder=encoder,
        quoted_pairs=_quoted_pairs(seg_a, seg_b, quotes_a, quotes_b, related, config.quote_link_words,
                                   config.quote_variant_cover),
        reader=reader,
    )
    step(0.7, "Comparing linked passages word by word")
    groups = list(found.groups)
    release_free_memory()  # linking's arrays, freed: the comparisons' memory comes on top of what is kept
    # The helper compares the last part of the links while this process does the rest.
    half = len(groups)
    pending = None
    if share and len(groups) >= 2 * config.helper_min_links:
        half = _cut(groups, seg_a, seg_b, config.helper_link_share)
        pending = helper.submit(compare_passage_range, Kept("passages"), groups[half:], half)
    links: list[Link] = []
    for n, g in enumerate(groups[:half]):
        if n % 64 == 0:
            step(0.7 + 0.2 * n / max(1, half), "Comparing linked passages word by word")
        links.append(compare_passages(len(links), g, context))
    if pending is not None:
        links.extend(pending.result(should_cancel))
    step(0.9, "Comparing quotations")
    # A link given a quotation's change is a divergence now; the others keep their kind.
    links = [l if l is before else replace(l, kind=link_kind(l.changes, l.kind is LinkKind.PARTIAL))
             for l, before in zip(_add_quote_changes(links, seg_a, seg_b, quotes_a, quotes_b, matches), links)]
    linked_a = {i for l in links for i in l.a}
    linked_b = {j for l in links for j in l.b}
    result = Comparison(
        seg_a,
        seg_b,
        tuple(links),
        tuple(s.id for s in seg_a.sentences if s.id not in linked_a),
        tuple(s.id for s in seg_b.sentences if s.id not in linked_b),
        tuple(quotes_a),
        tuple(quotes_b),
        tuple(matches),
        config.sensitivity,
        encoder is not None,
        tuple(Near(i, j, p) for i, j, p in found.near),
        reader.within(len(seg_a.sentences), len(seg_b.sentences)),
    )
    step(1.0, "Done")
    return result


def _read_meaning(encoder, seg_a: SegmentedDocument, seg_b: SegmentedDocument, step: Progress,
                  span: tuple[float, float], batch: int = 64) -> None:
    """Every sentence's vector, read ahead of linking a batch at a time (shortest first, as
    the encoder pads a batch to its longest): a thousand sentences take seconds, which the
    progress shows and a cancel stops. Linking then finds them in the encoder's cache."""
    texts = sorted(set(encoder_texts(seg_a) + encoder_texts(seg_b)), key=len)
    for k in range(0, len(texts), batch):
        step(span[0] + (span[1] - span[0]) * k / len(texts),
             f"Reading the sentences' meaning ({k:,} of {len(texts):,})")
        encoder.encode(texts[k : k + batch])


def _read_words(context: PassageContext) -> None:
    """Both texts' words, read once into the tokens' cache (the helper's work while the caller links).

    Each is remembered under the context's own text: the helper read B's words from the
    text it split, another string object than the context's equal B, and the cache finds a
    text by its object (see :func:`document_tokens`), so the helper's comparisons, which look
    up their sentences' words thousands of times, ask for these.
    """
    for seg in (context.seg_a, context.seg_b):
        document_tokens(seg.text)


def _cut(groups: list[Group], seg_a: SegmentedDocument, seg_b: SegmentedDocument, share: float) -> int:
    """Where to cut the links so that about ``share`` of the work lies after the cut.

    A link's word diff and fact checks take time about in proportion to its passages'
    length, so the work is counted in characters.

    >>> from kompare.core.model import Document
    >>> seg = segment(Document("Short. A much longer sentence here. Mid one."))
    >>> groups = [Group((0,), (0,), 1.0), Group((1,), (1,), 1.0), Group((2,), (2,), 1.0)]
    >>> _cut(groups, seg, seg, 0.5), _cut(groups, seg, seg, 0.9), _cut(groups, seg, seg, 0.0)
    (2, 1, 3)
    """
    def size(seg: SegmentedDocument, ids: tuple[int, ...]) -> int:
        return sum(seg.sentences[i].end - seg.sentences[i].start for i in ids)

    sizes = [size(seg_a, g.a) + size(seg_b, g.b) for g in groups]
    before, done = (1.0 - share) * sum(sizes), 0
    for n, k in enumerate(sizes):
        if done >= before:
            return n
        done += k
    return len(groups)


class _Prepared(NamedTuple):
    """What the comparison needs of one document before linking."""

    seg: SegmentedDocument
    quotes: tuple[Quote, ...]
    common: frozenset[str]  # words written in lower case somewhere (so not names)
    words: Columns | None  # the document's words (document_tokens), when asked for


def _prepare(
    doc: Document, config: CompareConfig, should_cancel: ShouldCancel | None = None, words: bool = False,
) -> _Prepared:
    """A document's sentences, quotations and common words (for one of two long documents, in the helper
    process), and with ``words`` its words, where it is long enough for them to be read whole (tokens.LONG_TEXT)."""
    seg = segment(doc, config=config, should_cancel=should_cancel)
    columns = document_tokens(doc.text) if words and len(doc.text) >= LONG_TEXT else None
    # Words never written with a capital in the text are no names; in German, where every noun
    # has one, a capital tells nothing: every word counts as common.
    if capitals_mark_names(doc.text, config):
        common = lowercase_words(doc.text)
    else:
        common = frozenset(norms_of(doc.text, 0, len(doc.text)))
    return _Prepared(seg, _find_quotes(seg, config), common, columns)


def _find_quotes(seg: SegmentedDocument, config: CompareConfig | None = None) -> tuple[Quote, ...]:
    try:
        from kompare.core.quotes import find_quotes
    except ImportError:  # the quotations stage is optional for the alignment
        return ()
    return tuple(find_quotes(seg.text, seg.sentences, seg.excluded, config=config))


def _quote_pairs(
    text_a: str, qa: tuple[Quote, ...], text_b: str, qb: tuple[Quote, ...], config: CompareConfig
) -> tuple[tuple[QuoteMatch, ...], tuple[QuoteMatch, ...]]:
    """The quotations' one-to-one matches and all their relations (quotes.quote_pairs)."""
    if not qa or not qb:
        return (), ()
    from kompare.core.quote_match import quote_pairs

    return tuple(quote_pairs(text_a, qa, text_b, qb, config=config))


def _sentence_finder(seg: SegmentedDocument) -> Callable[[int], int | None]:
    """A function from a text position to the id of the sentence holding it."""
    starts = [s.start for s in seg.sentences]

    def at(pos: int) -> int | None:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and seg.sentences[k].start <= pos < seg.sentences[k].end:
            return k
        return None

    return at


def _named_by(q: Quote, sentence_at: Callable[[int], int | None]) -> bool:
    """Is a quotation's speaker named in its own sentences, not found through a pronoun's antecedent?

    Two speakers each reached through "he said" differ only as far as two guesses
    at an antecedent do: that is no claim of either outlet.
    """
    if q.speaker_range is None:
        return False
    at = sentence_at(q.speaker_range[0])
    first, last = sentence_at(q.start), sentence_at(max(q.start, q.end - 1))
    return at is not None and first is not None and first <= at <= (last if last is not None else first)


def _quoted_pairs(
    seg_a: SegmentedDocument,
    seg_b: SegmentedDocument,
    quotes_a: tuple[Quote, ...],
    quotes_b: tuple[Quote, ...],
    related: tuple[QuoteMatch, ...],
    min_words: int,
    cover: float = CompareConfig.quote_variant_cover,
) -> set[tuple[int, int]]:
    """Sentence pairs that quote the same words: verbatim, a fragment, or reworded.

    A quotation is a claim about what someone said: both outlets quoting the same words
    is the same claim whatever else the sentences say.  ``related`` are all the related
    quotation pairs (many to many: a quotation repeated in headline, lede and body is
    each time the other's).  A sentence pair links when it holds the same whole
    quotation ("I will not resign"), or quotations sharing at least ``min_words`` words
    in the same order (``spans``: a reworded "I feel very badly for Gen. Flynn" / "I feel
    badly for General Flynn" shares five), or a short quotation told with a word changed
    (a variant whose shared words are ``cover`` of the shorter one's: "I will not resign"
    / "I would not resign").  Scare quotes never link.
    """
    sentence_a, sentence_b = _sentence_finder(seg_a), _sentence_finder(seg_b)
    words: dict[tuple[int | None, int | None], int] = {}
    for m in related:
        qa, qb = quotes_a[m.a], quotes_b[m.b]
        if qa.short or qb.short:
            continue
        if m.kind is QuoteMatchKind.VERBATIM:
            words[sentence_a(qa.start), sentence_b(qb.start)] = min_words
            continue
        shared: dict[tuple[int | None, int | None], int] = {}
        for sp in m.spans:
            if sp.op is Op.EQUAL:
                pair = sentence_a(sp.a[0]), sentence_b(sp.b[0])
                shared[pair] = shared.get(pair, 0) + len(seg_a.text[sp.a[0] : sp.a[1]].split())
        shorter = min(len(seg_a.text[qa.start : qa.end].split()), len(seg_b.text[qb.start : qb.end].split()))
        for pair, n in shared.items():
            whole = m.kind is QuoteMatchKind.VARIANT and n >= cover * shorter  # (neither is a scare quote)
            words[pair] = max(words.get(pair, 0) + n, min_words if whole else 0)
    return {pair for pair, n in words.items() if n >= min_words and None not in pair}  # type: ignore[misc]


def _add_quote_changes(
    links: list[Link],
    seg_a: SegmentedDocument,
    seg_b: SegmentedDocument,
    quotes_a: tuple[Quote, ...],
    quotes_b: tuple[Quote, ...],
    matches: tuple[QuoteMatch, ...],
) -> list[Link]:
    """Changes from the quotations a link carries on both sides.

    Reworded (:func:`kompare.core.quote_match.rewordings`): a quote change, given to the links
    holding the sentences where the words differ (a quotation of several sentences may
    differ in its second only), from the first to the last reworded word on each side.
    Given to two different named speakers: a speaker change, on the links holding the
    quotations' first sentences, when at least one side names its speaker in the
    quotation's own sentences (:func:`_named_by`).  An unnamed speaker on one side is not
    a change: that outlet just does not say who.
    """
    links_of_pair: dict[tuple[int | None, int | None], list[int]] = {}
    for l in links:
        for i in l.a:
            for j in l.b:
                links_of_pair.setdefault((i, j), []).append(l.id)
    from kompare.core.quote_match import rewordings

    text_a, text_b = seg_a.text, seg_b.text
    extra: dict[int, list[Change]] = {}
    sentence_a, sentence_b = _sentence_finder(seg_a), _sentence_finder(seg_b)
    for m in matches:
        qa, qb = quotes_a[m.a], quotes_b[m.b]
        found: dict[tuple[int | None, int | None], list[Change]] = {}
        reworded: dict[tuple[int | None, int | None], list] = {}
        for sp in rewordings(m, text_a, text_b):
            reworded.setdefault((sentence_a(sp.a[0]), sentence_b(sp.b[0])), []).append(sp)
        for pair, spans in reworded.items():
            ra = (min(sp.a[0] for sp in spans), max(sp.a[1] for sp in spans))
            rb = (min(sp.b[0] for sp in spans), max(sp.b[1] for sp in spans))
            found.setdefault(pair, []).append(Change(ChangeType.QUOTE, text_a[ra[0] : ra[1]], text_b[rb[0] : rb[1]], ra, rb))
        # (Only two people named are a change of speaker: "the Kremlin" / "Moscow", "South
        # Korea" / its minister "Chang", "a senior official" / "Chang" tell one source at two
        # levels of detail.)
        people = qa.speaker_kind is SpeakerKind.PERSON and qb.speaker_kind is SpeakerKind.PERSON
        if not m.speaker_match and people and qa.speaker and qb.speaker and (
            _named_by(qa, sentence_a) or _named_by(qb, sentence_b)
        ):
            found.setdefault((sentence_a(qa.start), sentence_b(qb.start)), []).append(
                Change(ChangeType.SPEAKER, qa.speaker, qb.speaker, qa.speaker_range, qb.speaker_range))
        for pair, changes in found.items():
            for lid in links_of_pair.get(pair, ()):
                extra.setdefault(lid, []).extend(changes)
    if not extra:
        return links
    out = []
    for l in links:
        add = tuple(c for c in extra.get(l.id, ()) if not any(_same_change(c, d) for d in l.changes))
        out.append(replace(l, changes=l.changes + add) if add else l)
    return out


def _same_change(c: Change, d: Change) -> bool:
    """Do two changes of a link say one thing: one type, and words that overlap on a side?"""
    def overlap(x, y) -> bool:
        return x is not None and y is not None and x[0] < y[1] and y[0] < x[1]

    # (A passage has one hedge, one figure, one date of note; it may quote two sentences
    # reworded in two places: "to the FBI" left out, "they" put for "it".)
    return c.type is d.type and (
        c.type is not ChangeType.QUOTE or overlap(c.a_range, d.a_range) or overlap(c.b_range, d.b_range)
    )
