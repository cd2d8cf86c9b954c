"""Direct quotations: find them and attribute them (matching them across documents: :mod:`kompare.core.quote_match`).

A quotation is the text between a pair of double quote marks (curly or straight),
or between single marks used on their own (a headline's ‘strongest ever’).  Single
marks inside a double quotation belong to it.  A quotation never crosses a paragraph
break or an excluded range, and a mark without its partner yields nothing, so one
stray mark cannot swallow the rest of a document.

>>> text = "“We are ready to act,” Putin said. Seoul called it a “red line”. Experts called it a “bluff”."
>>> [(text[q.start:q.end], q.speaker, q.speaker_kind.value, q.cue) for q in find_quotes(text)]
[('We are ready to act', 'Putin', 'person', 'said'), ('red line', 'Seoul', 'body', 'called'), ('bluff', None, 'person', None)]
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from kompare.core.config import CompareConfig
from kompare.core.english import reads_english
from kompare.core.model import Excluded, Quote, Sentence, SpeakerKind
from kompare.core.segment import looks_hard_wrapped
from kompare.core.speakers import CUE_WORDS, NameBook, QuoteBox, attribute
from kompare.core.speakers.lexicon import word_trie
from kompare.core.titles import is_title
from kompare.core.tokens import WORD_RE

_DOUBLE_OPEN = "“«„「『"
_DOUBLE_CLOSE = "”»」』"
# Marks that close what another language opens with them: German „so“ and »so«.
_CLOSES = {"„": "“”", "»": "«", "«": "»"}
_DOUBLE_EITHER = '"＂'
_SINGLE = "‘’'‛"
_OPEN_BEFORE = "([{—–-/:;"  # a straight mark after these opens a quotation
_CLOSE_AFTER = ".,;:!?)]}—–-…'’"  # ...and before these closes one
_TRIM_END = " \t\r\n,;:"
_DOUBLE_RE = re.compile("[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_EITHER) + "]")
_SINGLE_RE = re.compile("[" + re.escape(_SINGLE) + "]")
_ANY_MARK = re.compile("[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_EITHER + _SINGLE) + "]")
_TRIM_START = " \t\r\n"


def find_quotes(
    text: str, sentences: Sequence[Sentence] = (), excluded: Sequence[Excluded] = (), *,
    config: CompareConfig | None = None,
) -> tuple[Quote, ...]:
    """Every direct quotation of ``text`` with its speaker, in text order (ids 0..n-1).

    ``excluded`` ranges are walls: no quotation is found in or across them.
    ``sentences`` (the compared sentences, optional) add their starts as clause
    boundaries for attribution wherever they do not cut a quotation.  ``config``: the
    quotation and speaker thresholds (``CompareConfig``).

    >>> t = "“Russia has kept back-pedalling,” he said. Ilya Belyakov said “bluffing”."
    >>> [(t[q.start:q.end], q.speaker, q.short) for q in find_quotes(t)]
    [('Russia has kept back-pedalling', None, False), ('bluffing', 'Ilya Belyakov', True)]
    >>> find_quotes("An unclosed “mark\\nand more text.")
    ()
    >>> t = "“It's a con,” he said. “He runs it like his business? God help us.\\nNext paragraph."
    >>> [t[q.start:q.end] for q in find_quotes(t)]  # the second one's closing mark left out
    ["It's a con", 'He runs it like his business? God help us.']
    """
    cfg = config or CompareConfig()
    blocks = _blocks(text, excluded)
    boxes: list[QuoteBox] = []
    for n, (s, e) in enumerate(blocks):
        if not _ANY_MARK.search(text, s, e):
            continue  # (most paragraphs quote no one)
        doubles = _scan_doubles(text, s, e, blocks[n + 1] if n + 1 < len(blocks) else None, cfg.quote_max_chars)
        boxes.extend(doubles)
        boxes.extend(_scan_singles(text, s, e, doubles, cfg))
    # The name of a show or a book in quotation marks is no one's words (see titles.py).
    boxes = [b for b in boxes if not is_title(text, b.start, b.end)]
    if not boxes:
        return ()  # nothing to attribute: skip reading every name in the document
    boxes.sort()
    if not reads_english(text, cfg):
        # Speakers are read by English grammar ("said", "told", "according to"): in another
        # language it would give a quotation to the last name before it. No one is named.
        return tuple(Quote(i, b.start, b.end, None, None, _word_count(text, b.start, b.end) <= cfg.short_quote_words)
                     for i, b in enumerate(boxes))
    context = _context_sentences(text, blocks, boxes, sentences, cfg.speaker_context_paragraphs)
    book = NameBook.from_text(text, blocks, max_stretches=cfg.name_max_stretches)
    found = attribute(text, context, boxes, book, config=cfg)
    return tuple(
        Quote(i, b.start, b.end, a.speaker, a.cue, _word_count(text, b.start, b.end) <= cfg.short_quote_words,
              a.speaker_range, a.kind if a.speaker is not None else SpeakerKind.PERSON)
        for i, (b, a) in enumerate(zip(boxes, found))
    )


# ---------------------------------------------------------------------------------------------
# Finding the marks


def _blocks(text: str, excluded: Sequence[Excluded]) -> list[tuple[int, int]]:
    """Paragraphs: split at blank lines (hard-wrapped text) or every line break, and at
    excluded ranges."""
    walls = sorted((x.start, x.end) for x in excluded if x.end > x.start)
    breaks = re.compile(r"\n[ \t\r\f\v]*\n\s*" if looks_hard_wrapped(text) else r"\n")
    out = []
    pos = 0
    for ws, we in walls + [(len(text), len(text))]:
        if ws > pos:
            start = pos
            for m in breaks.finditer(text, pos, ws):
                if m.start() > start:
                    out.append((start, m.start()))
                start = m.end()
            if ws > start:
                out.append((start, ws))
        pos = max(pos, we)
    return [(s, e) for s, e in out if text[s:e].strip()]


def _double_kind(text: str, i: int, opener: int | None = None) -> str:
    """'open', 'close', 'either' or 'none' for the double mark at ``text[i]`` (``opener``:
    where the quotation open there began, if one is).

    German opens with „ and closes with “, or opens with » and closes with «.

    >>> t = "„Nein“, sagte er. »Ja«"
    >>> _double_kind(t, 0), _double_kind(t, 5, 0), _double_kind(t, 18), _double_kind(t, 21, 18)
    ('open', 'close', 'open', 'close')
    """
    c = text[i]
    if opener is not None and c in _CLOSES.get(text[opener], ""):
        return "close"
    if c == "»" and i + 1 < len(text) and text[i + 1].isalnum():
        return "open"
    if c in _DOUBLE_OPEN:
        return "open"
    if c in _DOUBLE_CLOSE:
        return "close"
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = (prev.isspace() or prev in _OPEN_BEFORE) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if prev.isspace() and nxt.isspace():
        return "none"
    return "either"


def _spaced_close(text: str, i: int) -> bool:
    """Does the lone straight mark at ``text[i]`` close a quotation, typed after a space
    that follows the quotation's last punctuation ("this, " Trump said)?

    >>> _spaced_close('"We won, " he said', 9), _spaced_close('"We won " he said', 8)
    (True, False)
    """
    before = text[max(0, i - 3) : i - 1].rstrip("'’")  # "... its brain,' " said Fiorina"
    return i >= 2 and text[i - 1] == " " and before[-1:] in tuple(",.?!")


def _box(text: str, open_at: int, close_at: int | None, end: int) -> QuoteBox | None:
    """The quotation between a mark at ``open_at`` and one at ``close_at`` (or ``end``)."""
    s = open_at + 1
    e = close_at if close_at is not None else end
    while s < e and text[s] in _TRIM_START:
        s += 1
    while e > s and text[e - 1] in _TRIM_END:
        e -= 1
    if e <= s or not any(ch.isalnum() for ch in text[s:e]):
        return None
    return QuoteBox(s, e, open_at, close_at + 1 if close_at is not None else end)


def _scan_doubles(
    text: str, start: int, end: int, next_block: tuple[int, int] | None, max_chars: int
) -> list[QuoteBox]:
    out = []
    opener = None
    for mark in _DOUBLE_RE.finditer(text, start, end):
        i = mark.start()
        kind = _double_kind(text, i, opener)
        if kind == "none":
            if opener is None or not _spaced_close(text, i):
                continue
            kind = "close"  # "... doing this, " Trump said": a space typed before the mark
        if opener is None:
            if kind in ("open", "either"):
                opener = i
        elif kind in ("close", "either"):
            if i - opener <= max_chars:
                box = _box(text, opener, i, end)
                if box:
                    out.append(box)
                opener = None
            else:
                opener = i if kind == "either" else None  # too long: the first mark was stray
        else:
            opener = i  # a new opening mark: the earlier one was never closed
    if opener is not None and end - opener <= max_chars and _word_count(text, opener, end) >= 4:
        # A quotation that runs on into the next paragraph has no closing mark; the next
        # paragraph then opens with a mark.  A typographic opening mark (never an inch or
        # a stray straight mark) whose closing mark was left out runs to the paragraph's end.
        first = text[next_block[0] : next_block[0] + 1] if next_block is not None else ""
        if (first and first in _DOUBLE_OPEN + _DOUBLE_EITHER) or (
            text[opener] in _DOUBLE_OPEN and _opens_sentence(text, start, opener)
        ):
            box = _box(text, opener, None, end)
            if box:
                out.append(box)
    return out


def _opens_sentence(text: str, start: int, i: int) -> bool:
    """Does the mark at ``i`` open its paragraph (from ``start``) or a sentence?

    A quotation opening a sentence and never closed runs to its paragraph's end; one
    opened mid-sentence ("He said “we will win and went home.") may close anywhere.
    """
    before = text[start:i].rstrip()
    return not before or before[-1] in ".?!:”\""


def _single_kind(text: str, i: int) -> str:
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return "none"  # an apostrophe: Korea’s, don't
    if nxt.isdigit():
        return "none"  # ’90s
    if c in "‘‛" or c == "'":
        if not prev.isalnum() and (nxt.isalpha()):
            return "open"
    if c in "’'" and (prev.isalnum() or prev in ".!?,") and not nxt.isalnum():
        return "close"
    return "none"


def _scan_singles(text: str, start: int, end: int, doubles: list[QuoteBox], cfg: CompareConfig) -> list[QuoteBox]:
    out = []
    opener = None
    walls = [(b.ostart, b.oend) for b in doubles]
    w = 0
    for mark in _SINGLE_RE.finditer(text, start, end):
        i = mark.start()
        while w < len(walls) and walls[w][1] <= i:
            w += 1
            opener = None  # a single mark never pairs across a double quotation
        if w < len(walls) and walls[w][0] <= i:
            continue  # single marks inside a double quotation belong to it
        kind = _single_kind(text, i)
        if kind == "open":
            opener = i
        elif kind == "close" and opener is not None:
            # Curly marks are clear enough for a British-style spoken quotation; a straight
            # one may be an apostrophe ("the Koreas' ties"), so it only spans a phrase.
            cap = cfg.quote_max_chars if text[opener] in "‘‛" and text[i] == "’" else cfg.single_quote_max_chars
            if i - opener <= cap:
                box = _box(text, opener, i, end)
                if box:
                    out.append(box)
            opener = None
    return out


def _word_count(text: str, start: int, end: int) -> int:
    return sum(1 for _ in WORD_RE.finditer(text, start, end))


# ---------------------------------------------------------------------------------------------
# Sentences for attribution: they never cut a quotation

_ABBREV = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt maj adm st sen rep gov no vs jan feb mar apr jun jul
    aug sep sept oct nov dec co corp inc ltd jr sr u.s u.n u.k e.g i.e etc""".split()
)
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_END_RE = re.compile(r"[.!?…]+[\"”’»)\]]*\s+")
#: Capitalised words, then a speech verb (or "was quoted as saying"): the attribution after a
#: quotation's closing mark.
_CUE_ALTERNATIVES = word_trie(CUE_WORDS - {"read", "reads"})
_ATTRIBUTION_AFTER = re.compile(
    r"(?:[A-Z][\w’'.\-]*[ \u00a0]+){1,5}(?:(?:was|were|has been|had been)[ \u00a0]+quoted[ \u00a0]+as[ \u00a0]+)?"
    r"(?:" + _CUE_ALTERNATIVES + r")\b"
    # "“...?” Miller, a retired worker from a nuclear plant, said": an apposition between
    r"|(?:[A-Z][\w’'.\-]*[ \u00a0]+){0,4}[A-Z][\w’'\-]*,[^.!?\n“”\"]{1,90}?,[ \u00a0]+(?:"
    + _CUE_ALTERNATIVES + r")\b"
)

#: The word before a full stop (as if the text ended at the stop).
_LAST_WORD = re.compile(r"\S+$")

#: After "“...” Kasich said", words that open the reported clause of a new sentence
#: ("Kasich said he would have fired him"), not the end of an attribution.
_NEW_CLAUSE = re.compile(r"\s+(?:he|she|they|it|that|the|his|her|their|there|this|we|i)\b")


def _starts_outside(sentences: Sequence[Sentence], boxes: list[QuoteBox]) -> list[int]:
    """The starts of ``sentences`` that no quotation (from its opening to its closing mark,
    ``boxes`` sorted) holds, in order: all at once over arrays, not one look-up per sentence.

    >>> _starts_outside([Sentence(0, 0, 9), Sentence(1, 10, 20), Sentence(2, 30, 40)], [QuoteBox(6, 14, 5, 15)])
    [0, 30]
    """
    np = __import__("numpy")
    starts = np.fromiter((s.start for s in sentences), dtype=np.int64, count=len(sentences))
    starts.sort()
    if not boxes or not len(starts):
        return starts.tolist()
    opens = np.fromiter((b.ostart for b in boxes), dtype=np.int64, count=len(boxes))
    closes = np.fromiter((b.oend for b in boxes), dtype=np.int64, count=len(boxes))
    k = np.searchsorted(opens, starts, side="right") - 1  # the last quotation opened at or before
    held = (k >= 0) & (opens[k] < starts) & (starts < closes[k])
    return starts[~held].tolist()


def _context_sentences(
    text: str, blocks: list[tuple[int, int]], boxes: list[QuoteBox], sentences: Sequence[Sentence],
    paragraphs: int,
) -> list[tuple[int, int]]:
    starts = [b.ostart for b in boxes]

    def inside(pos: int) -> QuoteBox | None:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and boxes[k].ostart < pos < boxes[k].oend:
            return boxes[k]
        return None

    extra = _starts_outside(sentences, boxes)
    # Only paragraphs with a quotation, or a few before one (``paragraphs``: at least one
    # sentence each, more than a pronoun reaches back), are cut into sentences: the
    # others (most of a long report) stay whole, as attribution never reads them.
    near = set()
    b_starts = [bs for bs, _ in blocks]
    for b in boxes:
        n = bisect.bisect_right(b_starts, b.ostart) - 1
        near.update(range(max(0, n - paragraphs), n + 2))
    out = []
    for bn, (bs, be) in enumerate(blocks):
        if bn not in near:
            out.append((bs, be))
            continue
        cuts = set()
        joined = set()  # where an attribution goes on after a quotation: no cut, whoever made one
        for m in _END_RE.finditer(text, bs, be):
            after = m.end()
            if after >= be:
                continue
            nxt = text[after]
            if not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘('"):
                continue
            box = inside(m.start())
            if box is not None and not (box.oend <= after and box.oend >= m.start()):
                continue  # a full stop inside a quotation that goes on
            attribution = box is not None and _ATTRIBUTION_AFTER.match(text, after, min(be, after + 80))
            if attribution and not _NEW_CLAUSE.match(text, attribution.end(), be):
                joined.add(after)
                continue  # "“Will I change?” Trump asked.": the attribution ends the sentence
            if text[m.start()] == ".":
                word = _LAST_WORD.search(text, max(bs, m.start() - 12), m.start())
                w = word.group().lower().lstrip("(\"“") if word else ""
                if w in _ABBREV or (len(w) == 1 and w.isalpha()) or _INITIALS_RE.fullmatch(w):
                    continue  # "Sen. Smith", "J.J. MacNab": no sentence ends there
            cuts.add(after)
        # (the sentence splitter cuts after "?”" too: "“Will I change?” | Trump asked.")
        cuts.update(c for c in extra[bisect.bisect_right(extra, bs) : bisect.bisect_left(extra, be)] if c not in joined)
        pos = bs
        for c in sorted(cuts):
            if c > pos:
                out.append((pos, c))
                pos = c
        out.append((pos, be))
    return out


# ---------------------------------------------------------------------------------------------


__all__ = ["find_quotes"]
