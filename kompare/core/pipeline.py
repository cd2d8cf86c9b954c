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

import gc
import os
from bisect import bisect_right
from collections.abc import Callable
from contextlib import contextmanager
from typing import NamedTuple

from kompare.core.align import Group, align
from kompare.core.classify import classify_spans, coverage, link_kind, lowercase_words, one_sided_figures
from kompare.core.config import CompareConfig
from kompare.core.diff import diff_tokens, link_tokens, similarity
from kompare.core.encoder import load_encoder
from kompare.core.facts import compare_facts
from kompare.core.errors import Cancelled
from kompare.core.model import (
    Change, ChangeType, Comparison, Document, Link, LinkKind, Op, Quote, QuoteMatch, QuoteMatchKind, Range,
    SegmentedDocument, replace,
)
from kompare.core.segment import segment
from kompare.core.tokens import Token

Progress = Callable[[float, str], None]
ShouldCancel = Callable[[], bool]


def compare(
    a: Document,
    b: Document,
    *,
    config: CompareConfig | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> Comparison:
    """Compare two documents.  Raises :class:`Cancelled` when ``should_cancel()`` says so."""
    config = config or CompareConfig()
    with _cyclic_gc_paused():
        # Work in one fixed orientation and mirror the result: comparing B with A is then
        # exactly the mirror image of comparing A with B, down to tie-breaks inside difflib.
        if b.text < a.text:
            return _compare(b, a, config, progress, should_cancel, names=("B", "A")).mirrored()
        return _compare(a, b, config, progress, should_cancel, names=("A", "B"))


@contextmanager
def _cyclic_gc_paused():
    """Pause Python's cycle collector while comparing.

    A comparison allocates millions of small acyclic objects (tokens, tuples), which
    reference counting frees anyway; the collector would scan them all again and again
    (about 15 % of the time for 1 MB documents). Its previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
) -> Comparison:
    def step(fraction: float, message: str) -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if progress is not None:
            progress(fraction, message)

    step(0.0, f"Splitting {names[0]} into sentences")
    seg_a = segment(a, config=config, should_cancel=should_cancel)
    step(0.15, f"Splitting {names[1]} into sentences")
    seg_b = segment(b, config=config, should_cancel=should_cancel)
    step(0.3, "Finding quotations")
    quotes_a, quotes_b = _find_quotes(seg_a, config), _find_quotes(seg_b, config)
    qr_a = [(q.start, q.end) for q in quotes_a]
    qr_b = [(q.start, q.end) for q in quotes_b]
    encoder = None
    if config.use_encoder and len(seg_a.sentences) + len(seg_b.sentences) <= config.encoder_max_sentences:
        step(0.35, "Reading the sentences' meaning")
        encoder = load_encoder()
    step(0.38, "Matching quotations")
    matches = _match_quotes(a.text, quotes_a, b.text, quotes_b, config)
    step(0.4, "Linking passages")
    groups = align(
        seg_a, seg_b, config=config, quoted_a=qr_a, quoted_b=qr_b, should_cancel=should_cancel, encoder=encoder,
        quoted_pairs=_quoted_pairs(seg_a, seg_b, quotes_a, quotes_b, _related_quotes(a.text, quotes_a, b.text, quotes_b, config),
                                   config.quote_link_words),
    )
    step(0.7, "Comparing linked passages word by word")
    context = _LinkContext(
        seg_a, seg_b, config, encoder, lowercase_words(a.text), lowercase_words(b.text), qr_a, qr_b, {}, {},
    )
    links: list[Link] = []
    partial: set[int] = set()
    for n, g in enumerate(groups):
        if n % 64 == 0:
            step(0.7 + 0.2 * n / max(1, len(groups)), "Comparing linked passages word by word")
        link, says_more = _compare_passages(len(links), g, context)
        if says_more:
            partial.add(link.id)
        links.append(link)
    step(0.9, "Comparing quotations")
    links = _add_quote_changes(links, seg_a, seg_b, quotes_a, quotes_b, matches)
    links = [replace(l, kind=link_kind(l.changes, l.id in partial)) for l in links]
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
    )
    step(1.0, "Done")
    return result


class _LinkContext(NamedTuple):
    """What comparing one linked pair of passages needs from the whole comparison."""

    seg_a: SegmentedDocument
    seg_b: SegmentedDocument
    config: CompareConfig
    encoder: object  # a SentenceEncoder, or None
    common_a: frozenset[str]  # words written in lower case somewhere in A (so not names)
    common_b: frozenset[str]
    quotes_a: list[Range]
    quotes_b: list[Range]
    # The words of each sentence, once: a sentence is in several links (two versions of
    # a text link every copy of a line to every copy), and tokenizing it again cost more.
    words_a: dict[int, list[Token]]
    words_b: dict[int, list[Token]]


def _compare_passages(link_id: int, g: Group, ctx: _LinkContext) -> tuple[Link, bool]:
    """The word diff and typed changes of one link, and whether one passage says more.

    Its kind is settled once the quotations' changes are in (see :func:`link_kind`).
    """
    a, b, config, encoder = ctx.seg_a.text, ctx.seg_b.text, ctx.config, ctx.encoder
    ra = [(ctx.seg_a.sentences[i].start, ctx.seg_a.sentences[i].end) for i in g.a]
    rb = [(ctx.seg_b.sentences[j].start, ctx.seg_b.sentences[j].end) for j in g.b]
    ta, tb = _passage_words(ctx.seg_a, g.a, ctx.words_a), _passage_words(ctx.seg_b, g.b, ctx.words_b)
    spans = diff_tokens(ta, tb, config=config)
    sim = similarity(ta, tb, spans)
    if config.partial_coverage <= 1.0 and _copied(a, ra, ta, b, rb, tb):
        # Nothing to type and nothing said more (see _copied): about a third of the links
        # of two versions of one text, so the classifiers are skipped, not run for nothing.
        return Link(link_id, g.a, g.b, LinkKind.AGREEMENT, sim, tuple(spans), ()), False
    changes = classify_spans(
        a, b, spans, common_a=ctx.common_a, common_b=ctx.common_b, quotes_a=ctx.quotes_a, quotes_b=ctx.quotes_b,
        local_words=config.local_change_words, edited=sim >= config.edited_similarity,
        tolerance=config.figure_tolerance, words=(ta if len(ra) == 1 else None, tb if len(rb) == 1 else None),
    )
    says_more = bool(one_sided_figures(ta, tb))
    shared = min(coverage(ta, tb, spans))
    if not says_more and shared < config.partial_coverage:
        # Few shared words: one passage says more, unless a good part of the words is
        # shared and the paraphrase encoder, when it runs, finds the two close in meaning.
        says_more = (
            encoder is None
            or shared < config.paraphrase_min_coverage
            or encoder.passage_similarity(
                [_flat(ctx.seg_a.sentence_text(i)) for i in g.a], [_flat(ctx.seg_b.sentence_text(j)) for j in g.b]
            ) < config.paraphrase_cosine
        )
    if says_more:
        # Where one passage says more, a name in its unshared part is more detail
        # (another addressee in a list), not another name for the same thing.
        changes = [c for c in changes if c.type is not ChangeType.NAME]
    typed = {c.type for c in changes}
    changes += [
        c for c in compare_facts(
            a, ta, b, tb, spans, tolerance=config.figure_tolerance, window=config.fact_window,
            whole=(len(ra) == 1, len(rb) == 1),
        )
        if c.type not in typed
    ]
    return Link(link_id, g.a, g.b, LinkKind.AGREEMENT, sim, tuple(spans), tuple(changes)), says_more


def _passage_words(seg: SegmentedDocument, ids: tuple[int, ...], known: dict[int, list[Token]]) -> list[Token]:
    """The words of the sentences ``ids``, in order (as :func:`link_tokens` gives them), remembered in ``known``."""
    out: list[Token] = []
    for i in ids:
        words = known.get(i)
        if words is None:
            s = seg.sentences[i]
            words = known[i] = link_tokens(seg.text, [(s.start, s.end)])
        out.extend(words)
    return out


def _copied(a: str, ra: list[Range], ta: list, b: str, rb: list[Range], tb: list) -> bool:
    """Is a link one sentence copied character for character, with the same character on each side of it?

    Then every reading of the two passages is the same: all their words are equal (full
    coverage, so neither says more), their figures, days and hedges are the same, so no
    change is found (a figure's reading looks one character past its words, hence the
    context). The word lists are compared too, as a word could run in from outside.

    >>> from kompare.core.tokens import tokenize
    >>> a, b, c = " Fixed: 3 bugs. More", "Also. Fixed: 3 bugs. Less", "Also/Fixed: 3 bugs. Less"
    >>> _copied(a, [(1, 15)], tokenize(a, 1, 15), b, [(6, 20)], tokenize(b, 6, 20))
    True
    >>> _copied(a, [(1, 15)], tokenize(a, 1, 15), c, [(5, 19)], tokenize(c, 5, 19))
    False
    """
    if len(ra) != 1 or len(rb) != 1:
        return False
    (sa, ea), (sb, eb) = ra[0], rb[0]
    if a[sa:ea] != b[sb:eb] or a[ea : ea + 1] != b[eb : eb + 1] or a[max(0, sa - 1) : sa] != b[max(0, sb - 1) : sb]:
        return False
    return len(ta) == len(tb) and all(
        x.start - sa == y.start - sb and x.end - sa == y.end - sb and x.norm == y.norm for x, y in zip(ta, tb)
    )


def _flat(text: str) -> str:
    """A sentence as the encoder reads it: whitespace runs as single spaces."""
    return " ".join(text.split())


def _find_quotes(seg: SegmentedDocument, config: CompareConfig | None = None) -> tuple[Quote, ...]:
    try:
        from kompare.core.quotes import find_quotes
    except ImportError:  # the quotations stage is optional for the alignment
        return ()
    return tuple(find_quotes(seg.text, seg.sentences, seg.excluded, config=config))


def _match_quotes(
    text_a: str, qa: tuple[Quote, ...], text_b: str, qb: tuple[Quote, ...], config: CompareConfig | None = None
) -> tuple[QuoteMatch, ...]:
    if not qa or not qb:
        return ()
    from kompare.core.quotes import match_quotes

    return tuple(match_quotes(text_a, qa, text_b, qb, config=config))


def _related_quotes(
    text_a: str, qa: tuple[Quote, ...], text_b: str, qb: tuple[Quote, ...], config: CompareConfig
) -> tuple[QuoteMatch, ...]:
    if not qa or not qb:
        return ()
    from kompare.core.quotes import related_quotes

    return related_quotes(text_a, qa, text_b, qb, config=config)


def _sentence_finder(seg: SegmentedDocument) -> Callable[[int], int | None]:
    """A function from a text position to the id of the sentence holding it."""
    starts = [s.start for s in seg.sentences]

    def at(pos: int) -> int | None:
        k = bisect_right(starts, pos) - 1
        if k >= 0 and seg.sentences[k].start <= pos < seg.sentences[k].end:
            return k
        return None

    return at


def _quoted_pairs(
    seg_a: SegmentedDocument,
    seg_b: SegmentedDocument,
    quotes_a: tuple[Quote, ...],
    quotes_b: tuple[Quote, ...],
    related: tuple[QuoteMatch, ...],
    min_words: int,
) -> set[tuple[int, int]]:
    """Sentence pairs that quote the same words: verbatim, a fragment, or reworded.

    A quotation is a claim about what someone said: both outlets quoting the same words
    is the same claim whatever else the sentences say.  ``related`` are all the related
    quotation pairs (many to many: a quotation repeated in headline, lede and body is
    each time the other's).  A sentence pair links when it holds the same whole
    quotation ("I will not resign"), or quotations sharing at least ``min_words`` words
    in the same order (``spans``: a reworded "I feel very badly for Gen. Flynn" / "I feel
    badly for General Flynn" shares five).  Scare quotes never link.
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
        for sp in m.spans:
            if sp.op is Op.EQUAL:
                pair = sentence_a(sp.a[0]), sentence_b(sp.b[0])
                words[pair] = words.get(pair, 0) + len(seg_a.text[sp.a[0] : sp.a[1]].split())
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

    Reworded (a variant whose changed words say something: quotes.rewords): a quote change; given to
    two different named speakers: a speaker change.  An unnamed speaker on one side
    is not a change: that outlet just does not say who.
    """
    links_of_pair: dict[tuple[int, int], list[int]] = {}
    for l in links:
        for i in l.a:
            for j in l.b:
                links_of_pair.setdefault((i, j), []).append(l.id)
    from kompare.core.quotes import rewords

    extra: dict[int, list[Change]] = {}
    sentence_a, sentence_b = _sentence_finder(seg_a), _sentence_finder(seg_b)
    for m in matches:
        qa, qb = quotes_a[m.a], quotes_b[m.b]
        ids = links_of_pair.get((sentence_a(qa.start), sentence_b(qb.start)), ())
        found = []
        if rewords(m, seg_a.text, seg_b.text):
            found.append(Change(ChangeType.QUOTE, seg_a.text[qa.start : qa.end], seg_b.text[qb.start : qb.end],
                                (qa.start, qa.end), (qb.start, qb.end)))
        if not m.speaker_match and qa.speaker and qb.speaker:
            found.append(Change(ChangeType.SPEAKER, qa.speaker, qb.speaker, qa.speaker_range, qb.speaker_range))
        for lid in ids:
            extra.setdefault(lid, []).extend(found)
    if not extra:
        return links
    out = []
    for l in links:
        have = {c.type for c in l.changes}
        add = tuple(c for c in extra.get(l.id, ()) if c.type not in have)
        out.append(replace(l, changes=l.changes + add) if add else l)
    return out
