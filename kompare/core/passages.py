"""Comparing one linked pair of passages: its word diff, typed changes, and whether one says more.

The comparison's last heavy stage (a Vim-sized pair of texts has 25,000 links), kept apart
from :mod:`kompare.core.pipeline` so that it reads as one step and can run anywhere the
passages and their context are: each link depends on its two passages and nothing else.
"""

from __future__ import annotations

from typing import NamedTuple

from kompare.core.align import Group
from kompare.core.classify import classify_spans, link_kind
from kompare.core.config import CompareConfig
from kompare.core.denials import denial_count, governed_denials
from kompare.core.diff import link_tokens, moved_runs, ops_similarity, trimmed, word_ops, word_spans
from kompare.core.encoder import flat
from kompare.core.facts import compare_facts
from kompare.core.model import Change, ChangeType, Link, LinkKind, Range, SegmentedDocument
from kompare.core.opposites import opposite_change
from kompare.core.overlap import content_counts, hedge_bears_on_shared, lone_quotation, ops_coverage, ops_one_sided
from kompare.core.quoted import quoted_words_differ
from kompare.core.quantities import stated_figures
from kompare.core.tokens import ALLEGATIONS, Token, is_date_word, tokenize


class PassageContext(NamedTuple):
    """What comparing one linked pair of passages needs from the whole comparison."""

    seg_a: SegmentedDocument
    seg_b: SegmentedDocument
    config: CompareConfig
    encoder: object  # a SentenceEncoder, or None
    common_a: frozenset[str]  # words written in lower case somewhere in A (so not names)
    common_b: frozenset[str]
    quotes_a: list[Range]
    quotes_b: list[Range]
    # The words of each sentence, once: a sentence is in several links (a headline and
    # the lede and body that repeat it; each resembling line of two long texts), and
    # tokenizing it again cost more.
    # (compare_passages keeps them as _Words, a list with what each link reads of them.)
    words_a: dict[int, list[Token]]
    words_b: dict[int, list[Token]]
    # The pairs of quotations (A's range, B's range) that are one quotation told twice;
    # None: not known, every pair counts (see classify_spans).
    related_quotes: frozenset[tuple[Range, Range]] | None = None


def compare_passages(link_id: int, g: Group, ctx: PassageContext) -> Link:
    """The word diff and typed changes of one link, and its kind.

    The kind follows from its changes and whether one passage says more
    (:func:`~kompare.core.classify.link_kind`: partial when it does and no fact differs);
    the quotations' changes, added later, may turn it into a divergence.
    """
    a, b, config, encoder = ctx.seg_a.text, ctx.seg_b.text, ctx.config, ctx.encoder
    one_a, one_b = len(g.a) == 1, len(g.b) == 1  # (one sentence a side: most links)
    if config.partial_coverage <= 1.0 and one_a and one_b:
        wa, wb = _sentence_tokens(ctx.seg_a, g.a[0], ctx.words_a), _sentence_tokens(ctx.seg_b, g.b[0], ctx.words_b)
        if _copied(a, _ranges(ctx.seg_a, g.a), wa, b, _ranges(ctx.seg_b, g.b), wb):
            # Nothing to type and nothing said more (see _copied): about a third of the links
            # of two versions of one text, so the classifiers are skipped, not run for
            # nothing, and what they read of the words (_Words) is not worked out.
            ops = word_ops([t.stem for t in wa], [t.stem for t in wb], config=config)
            return Link(link_id, g.a, g.b, LinkKind.AGREEMENT, ops_similarity(ops, len(wa), len(wb)),
                        tuple(word_spans(wa, wb, ops)), (), g.score, g.by_reader)
    ta, tb = _passage_words(ctx.seg_a, g.a, ctx.words_a), _passage_words(ctx.seg_b, g.b, ctx.words_b)
    ops = word_ops(ta.stems, tb.stems, config=config)
    spans = word_spans(ta, tb, ops)
    sim = ops_similarity(ops, len(ta), len(tb))
    # Words told in another order are compared with each other, not with what the diff
    # set against them (see diff.moved_runs): the link's spans show them so, and each part
    # is typed on its own (a moved run's words before its first shared word and after its
    # last are said on one side only).
    kept_ops, moved = moved_runs(ops, ta.stems, tb.stems, ta.content, tb.content, min_words=config.moved_run_words,
                                 share=config.moved_run_share) if len(ops) >= 3 else (ops, [])
    parts = [spans]
    if moved:
        parts = [word_spans(ta, tb, kept_ops), *(word_spans(ta, tb, trimmed(m)) for m in moved)]
        spans = sorted(parts[0] + [s for m in moved for s in word_spans(ta, tb, m)], key=lambda s: (s.a, s.b))
    changes = []
    for part in parts:
        changes += classify_spans(
            a, b, part, common_a=ctx.common_a, common_b=ctx.common_b,
            quotes_a=ctx.quotes_a, quotes_b=ctx.quotes_b, local_words=config.local_change_words,
            edited=g.edited or sim >= config.edited_similarity, tolerance=config.figure_tolerance,
            context_words=config.figure_context_words, words=(ta if one_a else None, tb if one_b else None),
            related=ctx.related_quotes, flank_words=config.quote_flank_words,
            attribution_words=config.quote_attribution_words,
        )
    # (See one_sided_figures.) A year is "when" where one side gives none; where both give
    # years, one the other lacks is more said: "returns dating back to 1977" against "from
    # 1977 through 2006".
    says_more = ta.figures != tb.figures or bool(ta.years and tb.years and ta.years != tb.years)
    shared = min(ops_coverage(ops, ta.content, tb.content))
    if not says_more and shared < config.partial_coverage:
        # Few shared words: one passage says more, unless a good part of the words is
        # shared and the paraphrase encoder, when it runs, finds the two close in meaning.
        says_more = (
            encoder is None
            or shared < config.paraphrase_min_coverage
            or encoder.passage_similarity(
                [flat(ctx.seg_a.sentence_text(i)) for i in g.a], [flat(ctx.seg_b.sentence_text(j)) for j in g.b]
            ) < config.paraphrase_cosine
        )
    if not says_more:
        # However much two long passages share, a clause stated on one side only (with
        # nothing for it on the other) is more said: "... claiming he and Clinton both
        # lied to the FBI but only Flynn faced consequences" is not an agreement.
        says_more = max(ops_one_sided(ops, ta.stems, tb.stems, ta.content, tb.content)) >= config.partial_new_words
    if not says_more and (ctx.quotes_a or ctx.quotes_b):
        # Words one side quotes, of which the other has none, are a claim it does not make:
        # 'deemed the plan "a con" and "a disaster"' against 'the plan is a disaster'.
        says_more = lone_quotation(ctx.quotes_a, _ranges(ctx.seg_a, g.a), ta, tb.stems) or lone_quotation(
            ctx.quotes_b, _ranges(ctx.seg_b, g.b), tb, ta.stems
        )
    if not says_more and ctx.quotes_a and ctx.quotes_b and not any(c.type is ChangeType.QUOTE for c in changes):
        # Quoted words that differ with no quote change to name them are two quotations
        # (the same words said on two occasions, reworded each time): never blue.
        says_more = quoted_words_differ(spans, ctx.quotes_a, ctx.quotes_b, a, b)
    if says_more:
        # Where one passage says more, a name in its unshared part is more detail
        # (another addressee in a list), not another name for the same thing.
        changes = [c for c in changes if c.type is not ChangeType.NAME]
    # A hedge on words only one side has hedges a claim the other does not make: more
    # said, not the shared claim told less surely (nor a reason to leave out a hedge of
    # the shared claim that the facts find, so the runs' hedges are sifted first).
    kept = _bearing(changes, ta, tb)
    typed = {c.type for c in kept}
    facts = [
        c for c in compare_facts(
            a, ta, b, tb, spans, tolerance=config.figure_tolerance, window=config.fact_window,
            moved_reach=config.moved_fact_reach,
            whole=(one_a, one_b), context_words=config.figure_context_words,
        )
        if c.type not in typed
    ]
    kept_facts = _bearing(facts, ta, tb)
    says_more = says_more or len(kept) < len(changes) or len(kept_facts) < len(facts)
    kept += kept_facts
    # A negation against words that do not negate, where that side denies as often
    # elsewhere in its passage ("None of the money" / "opted not to tap ... money"): both deny.
    # Only a denial of a claim counts so: a verb of denial with a noun of its own ("halting
    # the decision to allow imports") is not the "not" of "elephants that were not killed".
    denials = ta.denials, tb.denials
    if (
        any(c.type is ChangeType.NEGATION for c in kept) and denials[0] == denials[1]
        and governed_denials(ta, ()) == governed_denials(tb, ())
    ):
        # (A stance turned around, "vote for" / "against", is no denial counted: it stays.)
        kept = [c for c in kept if c.type is not ChangeType.NEGATION or opposite_change(tokenize(c.a), tokenize(c.b))]
    # One side denies more and no change says where: "would not step down" against
    # "pressure to step down" is a claim the other passage does not make, never blue.
    says_more = says_more or (denials[0] != denials[1] and all(c.type is not ChangeType.NEGATION for c in kept))
    changes = kept
    return Link(link_id, g.a, g.b, link_kind(changes, says_more), sim, tuple(spans), tuple(changes), g.score,
                g.by_reader)


def _bearing(changes: list[Change], ta: list[Token], tb: list[Token]) -> list[Change]:
    """``changes`` without the hedges that bear on no word both passages (``ta``, ``tb``) have,
    and without a hedge against a passage that tells the claim as someone's charge
    ("protesters allegedly hurled epithets" / "accused protesters of hurling epithets": neither
    asserts it; see :data:`~kompare.core.tokens.ALLEGATIONS`)."""
    def against_a_charge(c: Change) -> bool:  # (the side without the hedge: its words are read)
        return bool(c.a) != bool(c.b) and any(t.norm in ALLEGATIONS for t in (tb if c.a else ta))

    return [c for c in changes if c.type is not ChangeType.HEDGE
            or hedge_bears_on_shared(c, ta, tb) and not against_a_charge(c)]


class _Words(list):
    """A passage's words (its Tokens, in order) and what every link of it reads of them.

    A sentence is in several links: these are worked out once, when its words are.
    """

    __slots__ = ("stems", "content", "figures", "years", "denials")

    def __init__(self, tokens: list[Token], text: str):
        super().__init__(tokens)
        self.stems = [t.stem for t in tokens]
        self.content = content_counts(tokens)
        self.figures = frozenset(stated_figures(tokens, text))
        self.years = frozenset(t.norm for t in tokens if len(t.norm) == 4 and is_date_word(t.norm) and t.norm.isdigit())
        self.denials = denial_count(tokens)


def _passage_words(seg: SegmentedDocument, ids: tuple[int, ...], known: dict[int, list[Token]]) -> _Words:
    """The words of the sentences ``ids``, in order (as :func:`link_tokens` gives them), remembered in ``known``."""
    if len(ids) == 1:
        return _sentence_words(seg, ids[0], known)
    return _Words([t for i in ids for t in _sentence_words(seg, i, known)], seg.text)


def _sentence_words(seg: SegmentedDocument, i: int, known: dict[int, list[Token]]) -> _Words:
    words = _sentence_tokens(seg, i, known)
    if words.__class__ is not _Words:  # (known as a plain list of its words)
        words = known[i] = _Words(words, seg.text)
    return words


def _sentence_tokens(seg: SegmentedDocument, i: int, known: dict[int, list[Token]]) -> list[Token]:
    """The words of sentence ``i`` as ``known`` holds them (a plain list, or :class:`_Words`),
    else read and remembered there as a plain list."""
    words = known.get(i)
    if words is None:
        s = seg.sentences[i]
        words = link_tokens(seg.text, [(s.start, s.end)])
        if len(known) >= _KNOWN_SENTENCES:
            known.clear()  # (a sentence's words are read again if asked again)
        known[i] = words
    return words


#: Sentences whose words are remembered, a side: a sentence is in several links, but two
#: 20 MB documents of Chinese (a word a character) held 1.3 GB of them. The Vim pair has
#: 52,000 sentences in all.
_KNOWN_SENTENCES = 60_000


def _ranges(seg: SegmentedDocument, ids: tuple[int, ...]) -> list[Range]:
    return [(seg.sentences[i].start, seg.sentences[i].end) for i in ids]


def _copied(a: str, ra: list[Range], ta: list, b: str, rb: list[Range], tb: list) -> bool:
    """Is a link one sentence copied word for word and mark for mark, with the same character
    on each side of it? Only the spacing may differ: a text wrapped anew breaks its lines
    elsewhere (about one link in eight of two versions of one manual).

    Then every reading of the two passages is the same: all their words are equal (full
    coverage, so neither says more), their figures, days and hedges are the same, so no
    change is found (a figure's reading looks one character past its words, hence the
    context; all those readings take any run of spaces and line breaks alike). The word
    lists are compared too, as a word could run in from outside.

    >>> from kompare.core.tokens import tokenize
    >>> a, b, c = " Fixed: 3 bugs. More", "Also. Fixed: 3 bugs. Less", "Also/Fixed: 3 bugs. Less"
    >>> _copied(a, [(1, 15)], tokenize(a, 1, 15), b, [(6, 20)], tokenize(b, 6, 20))
    True
    >>> _copied(a, [(1, 15)], tokenize(a, 1, 15), c, [(5, 19)], tokenize(c, 5, 19))
    False
    >>> d = "Also.\\nFixed:  3\\n  bugs.\\nLess"
    >>> _copied(a, [(1, 15)], tokenize(a, 1, 15), d, [(6, 23)], tokenize(d, 6, 23))
    True
    """
    if len(ra) != 1 or len(rb) != 1:
        return False
    (sa, ea), (sb, eb) = ra[0], rb[0]
    if not (_beside(a[ea : ea + 1], b[eb : eb + 1]) and _beside(a[max(0, sa - 1) : sa], b[max(0, sb - 1) : sb])):
        return False
    x, y = a[sa:ea], b[sb:eb]
    if x == y:
        return len(ta) == len(tb) and all(
            u.start - sa == v.start - sb and u.end - sa == v.end - sb and u.norm == v.norm for u, v in zip(ta, tb)
        )
    return (
        len(ta) == len(tb) and flat(x) == flat(y) and all(u.norm == v.norm for u, v in zip(ta, tb))
        # (each word the same characters: the spacing differs between words, not inside one)
        and all(u.end - u.start == v.end - v.start for u, v in zip(ta, tb))
    )


def _beside(x: str, y: str) -> bool:
    """Are two characters next to a passage the same, any space or line break being one?"""
    return x == y or (x.isspace() and y.isspace())


def compare_passage_range(ctx: PassageContext, groups: list[Group], first_id: int) -> list[Link]:
    """:func:`compare_passages` of each of ``groups``, their link ids counting from ``first_id``.

    One call for a run of links, as the helper process (worker.py) takes them.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> seg = segment(Document("Rain fell on Monday. Snow fell."))
    >>> ctx = PassageContext(seg, seg, CompareConfig(), None, frozenset(), frozenset(), [], [], {}, {})
    >>> [(link.id, link.kind.value) for link in compare_passage_range(ctx, [Group((1,), (1,), 1.0)], 7)]
    [(7, 'agreement')]
    """
    return [compare_passages(first_id + n, g, ctx) for n, g in enumerate(groups)]
