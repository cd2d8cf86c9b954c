"""Matching quotations across two documents: the same words quoted twice, whole, in part or reworded.

Quotations are matched on their words (a spelling's key, hyphens cut), by the share of
words one holds of the other, and with their speakers compared; a reworded match says
which words changed (:func:`rewordings`).

>>> from kompare.core.quotes import find_quotes
>>> text, other = "“We are ready to act,” Putin said.", "Putin said: “we are ready to act now”."
>>> m = match_quotes(text, find_quotes(text), other, find_quotes(other))
>>> [(x.a, x.b, x.kind.value, x.speaker_match) for x in m]
[(0, 0, 'fragment', True)]
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple, Sequence

from kompare.core.config import CompareConfig
from kompare.core.lexicon import PLACE_ALIASES
from kompare.core.diff import word_ops
from kompare.core.model import Op, Quote, QuoteMatch, QuoteMatchKind, Span, SpeakerKind
from kompare.core.quoted import contains_run
from kompare.core.speakers import same_speaker
from kompare.core.speakers.lexicon import TITLES
from kompare.core.spelling import ARTICLES, spelling_key
from kompare.core.tokens import (
    CJK_WORD, LETTER, NEGATIONS, WEAK_WORDS, is_content, is_hedge, normalize, spelled_out, tokenize,
)


class _QWords(NamedTuple):
    norms: tuple[str, ...]
    ranges: tuple[tuple[int, int], ...]


# A quotation's words are the tokenizer's words cut at their hyphens ("U.S.-led" is "U.S"
# and "led"). This pattern is WORD_RE without the hyphens as joiners, so one scan of the
# quotation finds the same pieces as cutting each word of WORD_RE.
_QWORD_RE = re.compile(rf"{LETTER}+(?:[’'.]{LETTER}+)*|{CJK_WORD}")
_NORMS: dict[str, str] = {}  # normalize() per spelling: quotations repeat their words
_NORMS_SIZE = 200_000  # spellings remembered; past this the memo starts again


def _qwords(text: str, q: Quote) -> _QWords:
    """The words of quotation ``q``, normalised, with their ranges in ``text``.

    >>> t = "He said “U.S.-led talks’ end”."
    >>> w = _qwords(t, Quote(0, t.index("U"), t.index("”"), None, None, False))
    >>> w.norms, [t[s:e] for s, e in w.ranges]
    (('usa', 'led', 'talks', 'end'), ['U.S', 'led', 'talks', 'end'])
    """
    memo = _NORMS
    if len(memo) > _NORMS_SIZE:
        memo.clear()
    norms, ranges = [], []
    for m in _QWORD_RE.finditer(text, q.start, q.end):
        word = m.group()
        if word.lower() in ARTICLES and _HYPHEN.match(text, m.end()) and text[m.end() + 1 : m.end() + 2].isupper():
            continue  # "al-Qaddafi" is the "Gadhafi" of another outlet's style
        norm = memo.get(word)
        if norm is None:
            norm = memo[word] = _word_key(word)
        norms.append(norm)
        ranges.append(m.span())
    return _QWords(tuple(norms), tuple(ranges))


def _word_key(word: str) -> str:
    """A quoted word as compared: normalised, one key for its spellings ("Gadhafi" /
    "Qaddafi", "defence" / "defense"), its capital kept for a title's short form ("Gen.").

    >>> _word_key("Gadhafi’s"), _word_key("Gen"), _word_key("defence")
    ('qaddafi', 'general', 'defense')
    """
    n = normalize(word)
    return spelling_key(word[:1] + n[1:] if word[:1].isupper() else n)


_HYPHEN = re.compile(r"[-‐‑]")


def match_quotes(
    text_a: str, quotes_a: Sequence[Quote], text_b: str, quotes_b: Sequence[Quote], *,
    config: CompareConfig | None = None,
) -> tuple[QuoteMatch, ...]:
    """Pair each quotation of A with its counterpart in B, best pairs first.

    Kinds: VERBATIM (same words, ignoring case and punctuation), FRAGMENT (one is a
    contiguous part of the other), VARIANT (the wording differs; short scare quotes
    never match this way).  ``spans`` hold the word diff of fragments and variants
    (equal parts included).  ``speaker_match`` is False for the same words from two
    people, and from a known and an unknown speaker (an unattributed quotation may be
    anyone's; the Quote whose ``speaker`` is None is the unknown side); two unattributed
    quotations have nothing against one speaker (a document compared with itself only
    agrees).  Swapping A and B gives the mirrored matches in the same order
    (sorted by the sum of the two quotations' offsets).

    >>> from kompare.core.quotes import find_quotes
    >>> a = "Putin said it would be “a very big mistake.”"
    >>> b = "“That would be a very big mistake,” Kim said."
    >>> [(m.kind.value, m.speaker_match) for m in match_quotes(a, find_quotes(a), b, find_quotes(b))]
    [('fragment', False)]
    """
    return quote_pairs(text_a, quotes_a, text_b, quotes_b, config=config).matches


class QuotePairs(NamedTuple):
    """How the quotations of A and B relate: one counterpart each, and every relation."""

    matches: tuple[QuoteMatch, ...]  # :func:`match_quotes`
    # Every pair match_quotes would accept, many to many: an outlet quotes the same words
    # in its headline, lede and body, and each is the other outlet's quotation again.
    related: tuple[QuoteMatch, ...]


def quote_pairs(
    text_a: str, quotes_a: Sequence[Quote], text_b: str, quotes_b: Sequence[Quote], *,
    config: CompareConfig | None = None,
) -> QuotePairs:
    """:func:`match_quotes` and every related pair (``related``) in one pass over the quotations.

    >>> from kompare.core.quotes import find_quotes
    >>> a = "“We will win,” he said. Later: “We will win.”"
    >>> b = "He vowed: “We will win.”"
    >>> pairs = quote_pairs(a, find_quotes(a), b, find_quotes(b))
    >>> [(m.a, m.b) for m in pairs.matches], [(m.a, m.b) for m in pairs.related]
    ([(0, 0)], [(0, 0), (1, 0)])
    """
    cfg = config or CompareConfig()
    wa = [_qwords(text_a, q) for q in quotes_a]
    wb = [_qwords(text_b, q) for q in quotes_b]
    scored = []
    for i, j in _candidates(wa, wb, cfg.quote_max_postings):
        got = _judge(wa[i], wb[j], quotes_a[i].short, quotes_b[j].short, cfg)
        if got is not None:
            kind, shared, dice, ops = got
            scored.append(((-shared, -dice, i + j, max(i, j)), i, j, kind, ops))
    scored.sort(key=lambda x: x[0])  # best first: the one-to-one choice takes them in this order
    related, matches = [], []
    used_a, used_b = set(), set()
    for _, i, j, kind, ops in _uncrossed(scored):
        qa, qb = quotes_a[i], quotes_b[j]
        spans = () if kind is QuoteMatchKind.VERBATIM else _word_diff(wa[i], wb[j], ops)
        m = QuoteMatch(qa.id, qb.id, kind, _same_speaker(qa, qb), spans)
        related.append(m)
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matches.append(m)
    return QuotePairs(_in_text_order(matches, quotes_a, quotes_b), _in_text_order(related, quotes_a, quotes_b))


def _uncrossed(scored: list) -> list:
    """``scored`` (best first) without the reworded pairs whose two quotations each have a
    better counterpart: two lines of one speech told by both outlets ("Flynn lied and they
    destroyed his life" / "... it's like they ruined his life") pair line with line, not
    each line with the other's rendering as well.

    >>> V = QuoteMatchKind.VARIANT
    >>> [(i, j) for _, i, j, _, _ in _uncrossed([((-6, -.9), 0, 0, V, None), ((-6, -.8), 1, 1, V, None),
    ...                                          ((-6, -.7), 0, 1, V, None), ((-5, -.6), 1, 0, V, None)])]
    [(0, 0), (1, 1)]
    """
    best_a: dict[int, tuple] = {}  # (its best key: more words shared, then a higher Dice; its counterpart)
    best_b: dict[int, tuple] = {}
    for key, i, j, _, _ in scored:
        best_a.setdefault(i, (key[:2], j))
        best_b.setdefault(j, (key[:2], i))
    return [
        (key, i, j, kind, ops) for key, i, j, kind, ops in scored
        if kind is not QuoteMatchKind.VARIANT
        or not (best_a[i][0] < key[:2] and best_a[i][1] != j and best_b[j][0] < key[:2] and best_b[j][1] != i)
    ]


def _in_text_order(matches: list[QuoteMatch], quotes_a: Sequence[Quote], quotes_b: Sequence[Quote]) -> tuple[QuoteMatch, ...]:
    """Roughly text order on both sides, by a key that is the same when A and B swap places,
    so that compare(b, a) == compare(a, b).mirrored() holds for the tuple, not just the set."""
    pos_a = {q.id: q.start for q in quotes_a}
    pos_b = {q.id: q.start for q in quotes_b}

    def order(m: QuoteMatch) -> tuple[int, int, int, int]:
        pa, pb = pos_a[m.a], pos_b[m.b]
        return (pa + pb, max(pa, pb), m.a + m.b, max(m.a, m.b))

    return tuple(sorted(matches, key=order))


def rewordings(match: QuoteMatch, text_a: str, text_b: str) -> tuple[Span, ...]:
    """The parts of a variant whose changed words say something: where it is reworded.

    "lied many times, nothing happened" / "lied many times, and nothing happened", or "&"
    for "and": the same words as far as a reader is concerned. A content word, a negation
    or a hedge put in, left out or replaced between the first and the last shared word is
    a rewording.

    >>> from kompare.core.quotes import find_quotes
    >>> def reworded(a, b):
    ...     (m,) = match_quotes(a, find_quotes(a), b, find_quotes(b))
    ...     return [(a[slice(*s.a)], b[slice(*s.b)]) for s in rewordings(m, a, b)]
    >>> reworded("“She lied many times, nothing happened to her,” he said.",
    ...          "“She lied many times, and nothing happened to her,” he said.")
    []
    >>> reworded("“We will fight to the very end,” he said.", "“We will not fight to the very end,” he said.")
    [('', 'not')]
    >>> reworded("“They ruined his life and his family,” he said.", "“They destroyed his life and his family,” he said.")
    [('ruined', 'destroyed')]
    >>> reworded("He said they “believe that herds & wildlife are critical.”",
    ...          "“We talked, and both believe that herds and wildlife are critical,” he said.")
    []
    >>> reworded("“No, we've got to defeat it,” he said.", "“No, we have got to defeat it,” he said.")
    []
    >>> reworded("“I completely disagree with Fredette’s position,” he said.",
    ...          "“I completely disagree with Representative Fredette’s position,” he said.")
    []
    >>> reworded("“I feel very badly for Gen. Flynn,” he said.", "“I feel badly for General Flynn,” he said.")
    [('very', '')]
    """
    if match.kind is not QuoteMatchKind.VARIANT:
        return ()
    spans = list(match.spans)
    # Words before the first shared word or after the last are quoted by one side only
    # (one outlet quotes more of the sentence, as a fragment does): not a rewording.
    while spans and spans[0].op in (Op.INSERT, Op.DELETE):
        spans.pop(0)
    while spans and spans[-1].op in (Op.INSERT, Op.DELETE):
        spans.pop()
    out = []
    for sp in spans:
        if sp.op is Op.EQUAL:
            continue
        wa, wb = tokenize(text_a, *sp.a), tokenize(text_b, *sp.b)
        # A title one side puts before a name: "disagree with (Representative) Fredette's position".
        if not (wa and wb) and _title_before_name(wa or wb, text_a if wa else text_b):
            continue
        if _reworded(wa, text_a, wb, text_b):
            out.append(sp)
    return tuple(out)


def _reworded(wa, text_a: str, wb, text_b: str) -> bool:
    """Do the words ``wa`` and ``wb`` differ in something said (a content word, a negation or
    a hedge on either side), contractions written out ("we've" is "we have")?"""
    return (_says_something(wa, text_a) or _says_something(wb, text_b)) and spelled_out(wa) != spelled_out(wb)


def _title_before_name(words, text: str) -> bool:
    """Are ``words`` a title written before a name ("Representative" in "Representative Fredette")?"""
    if not words or not all(t.norm in TITLES for t in words):
        return False
    after = _NEXT_WORD.match(text, words[-1].end)
    return after is not None and after.group(1)[:1].isupper()


_NEXT_WORD = re.compile(r"[\s.]*(\w+)")


def _says_something(words, text: str) -> bool:
    """Do ``words`` (tokens of ``text``) hold a content word, a negation, a hedge or "very"
    (a speaker who feels "very badly" is misquoted as feeling "badly")?"""
    return any(is_content(t.norm) or t.norm in NEGATIONS or t.norm.endswith("n't") or t.norm == "very"
               or is_hedge(t, text) for t in words)


def _same_speaker(a: Quote, b: Quote) -> bool:
    """``speaker_match`` of two quotations' speakers (None: not known). A person, a body and
    a description ("Chang" / "South Korea" / "a senior official") are three speakers; a
    capital stands for its country; two descriptions match when worded alike.

    >>> q = lambda speaker, kind=SpeakerKind.PERSON: Quote(0, 0, 1, speaker, speaker_kind=kind)
    >>> _same_speaker(q("Putin"), q("Vladimir Putin")), _same_speaker(q("Putin"), q(None)), _same_speaker(q(None), q(None))
    (True, False, True)
    >>> body, described = SpeakerKind.BODY, SpeakerKind.DESCRIPTION
    >>> _same_speaker(q("Seoul", body), q("South Korea", body)), _same_speaker(q("Chang"), q("South Korea", body))
    (True, False)
    >>> _same_speaker(q("a senior official", described), q("A senior official", described))
    True
    >>> _same_speaker(q("a senior official", described), q("Chang"))
    False
    """
    if a.speaker is None or b.speaker is None:
        return a.speaker is None and b.speaker is None
    if a.speaker_kind is not b.speaker_kind:
        return False
    if a.speaker_kind is SpeakerKind.DESCRIPTION:
        return a.speaker.casefold() == b.speaker.casefold()
    return same_speaker(a.speaker, b.speaker) or a.speaker_body and _body_key(a.speaker) == _body_key(b.speaker)


def _body_key(name: str) -> str:
    """A body's name compared: lower case, a capital as its country ("Seoul": "south korea")."""
    words = name.lower().split()
    return " ".join(" ".join(PLACE_ALIASES.get(w, (w,))) for w in words if w != "the")


def _candidates(wa: list[_QWords], wb: list[_QWords], max_postings: int) -> set[tuple[int, int]]:
    """Pairs sharing a content word in at most ``max_postings`` quotations a side (symmetric in A and B)."""
    post_a, post_b = defaultdict(set), defaultdict(set)
    for i, w in enumerate(wa):
        for n in w.norms:
            if is_content(n):
                post_a[n].add(i)
    for j, w in enumerate(wb):
        for n in w.norms:
            if is_content(n):
                post_b[n].add(j)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    terms_a, terms_b = defaultdict(int), defaultdict(int)  # indexed terms per quotation
    for n, ia in post_a.items():
        jb = post_b.get(n)
        if not jb or len(ia) > max_postings or len(jb) > max_postings:
            continue
        for i in ia:
            terms_a[i] += 1
            for j in jb:
                shared[(i, j)] += 1
        for j in jb:
            terms_b[j] += 1
    # A match needs most of the shorter quotation's rare words, and two of them unless it
    # has only one: the same test seen from either side, so the result mirrors.
    return {
        (i, j)
        for (i, j), s in shared.items()
        if s >= min(2, terms_a[i], terms_b[j]) and s >= 0.4 * min(terms_a[i], terms_b[j])
    }


def _judge(a: _QWords, b: _QWords, short_a: bool, short_b: bool, cfg: CompareConfig):
    """(kind, shared words, dice, the diff or None) for two quotations, or None when unrelated."""
    if not a.norms or not b.norms:
        return None
    if a.norms == b.norms:
        return QuoteMatchKind.VERBATIM, len(a.norms), 1.0, None
    x, y = _canonical(a, b)
    # The engine's word diff: of two equally long anchors it keeps the one that holds more
    # of the pair ("And we'll win in the Supreme Court" against "... end up in the Supreme
    # Court, ... and we'll win at the Supreme Court").
    ops = word_ops(x.norms, y.norms)
    equal = [(i1, i2) for tag, i1, i2, _, _ in ops if tag == "equal"]
    shared = sum(i2 - i1 for i1, i2 in equal)
    shared_content = sum(1 for i1, i2 in equal for n in x.norms[i1:i2] if is_content(n))
    dice = 2 * shared / (len(a.norms) + len(b.norms))
    if contains_run(a.norms, b.norms) or contains_run(b.norms, a.norms):
        if shared_content >= 1:
            return QuoteMatchKind.FRAGMENT, shared, dice, ops
        return None
    if short_a or short_b:
        return None
    shorter = min(len(a.norms), len(b.norms))
    cover = shared / shorter
    ok = dice >= cfg.quote_variant_dice or (cover >= cfg.quote_variant_cover and shorter >= 4)
    # Alike by Dice only (the shorter one not mostly shared), they must also share two telling
    # words or a long run: else they are two lines of one speech sharing an idiom ("right here
    # and right now").
    if ok and shared_content >= 2 and (
        cover >= cfg.quote_variant_cover
        or len({n for i1, i2 in equal for n in x.norms[i1:i2] if is_content(n) and n not in WEAK_WORDS}) >= 2
        or max(i2 - i1 for i1, i2 in equal) >= cfg.quote_variant_run
    ):
        return QuoteMatchKind.VARIANT, shared, dice, ops
    # A quotation of plain words told with one word changed is still that quotation ("Why
    # would he not do it?" / "... do that?"); sharing a few function words is not.
    if shorter >= 5 and shared >= max(len(a.norms), len(b.norms)) - 1:
        return QuoteMatchKind.VARIANT, shared, dice, ops
    return None


def _canonical(a: _QWords, b: _QWords) -> tuple[_QWords, _QWords]:
    """Diff in one fixed direction, so that swapping the documents mirrors the result
    (a sequence diff is not symmetric)."""
    return (b, a) if b.norms < a.norms else (a, b)


def _word_diff(a: _QWords, b: _QWords, ops: list | None = None) -> tuple[Span, ...]:
    """Word diff of two quotations as character spans, equal parts included (``ops``: their
    :func:`~kompare.core.diff.word_ops` in :func:`_canonical` order, when already made)."""
    x, y = _canonical(a, b)
    spans = tuple(_spans(ops if ops is not None else word_ops(x.norms, y.norms), x, y))
    return spans if x is a else tuple(s.mirrored() for s in spans)


def _spans(ops, x: _QWords, y: _QWords):
    def rng(w: _QWords, i1: int, i2: int) -> tuple[int, int]:
        if i2 > i1:
            return (w.ranges[i1][0], w.ranges[i2 - 1][1])
        pos = w.ranges[i1][0] if i1 < len(w.ranges) else w.ranges[-1][1]
        return (pos, pos)

    for tag, i1, i2, j1, j2 in ops:
        yield Span(Op(tag), rng(x, i1, i2), rng(y, j1, j2))


__all__ = ["QuotePairs", "match_quotes", "quote_pairs", "rewordings"]
