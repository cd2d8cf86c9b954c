"""Split a document's display text into the sentences we compare.

Punkt runs with our own parameters (no nltk data download).  Blank lines,
headings and hard line breaks end a sentence; single newlines inside a
hard-wrapped paragraph do not.  A passage the document already said earlier
(a lede scraped three times) is excluded as a repeat and compared once.

>>> seg = segment(Document("Mr. Kim met Gen. Park in the U.S. on Jan. 5. They talked."))
>>> [seg.sentence_text(s.id) for s in seg.sentences]
['Mr. Kim met Gen. Park in the U.S. on Jan. 5.', 'They talked.']
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import pairwise

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from kompare.core.config import CompareConfig
from kompare.core.model import Document, Excluded, ExclusionReason, SegmentedDocument, Sentence, merge_ranges
from kompare.core.tokens import CJK_CHARS, LONG_TEXT, WORD_RE, document_tokens, is_chinese_character, tokenize

ABBREVIATIONS = frozenset(
    """u.s u.k u.n e.u mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep rev st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol p pp fig inc ltd co corp bros
    jr sr vs etc e.g i.e al approx dept est univ assn ave blvd pres amb cmdr""".split()
) | frozenset(
    # ...and titles and abbreviations of other languages: "Sra. Díaz", "Mme Dupont", "z. B."
    """sra srta mme mlle hr fr nr bzw usw vgl ggf evtl inkl ca sog dt str""".split()
) | frozenset("abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщэюя")  # initials: "John F. Kennedy"

#: Capitalised words that start a sentence far more often than they follow an
#: abbreviation inside one: after "U.S." or "F.B.I." they begin a new sentence ("...in the
#: U.S. The next year"), any other word continues it ("F.B.I. Director").
SENTENCE_STARTERS = frozenset(
    """the a an it its he she they we i you his her their our this that these those there
    but and so yet however meanwhile still then in on at after before for if when while
    as mr mrs ms some many most all no nothing none nobody everyone someone each both""".split()
)

#: Months that follow a day's ordinal with a full stop, capitalised ("am 19. Juni", German).
ORDINAL_MONTHS = frozenset(
    "Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember".split()
)

#: An initialism written with full stops ("F.B.I.", "a.m.", "N.A.A.C.P."): an abbreviation
#: like "U.S.", though no list can hold them all.
_DOTTED = re.compile(r"(?:[^\W\d]\.){2,}$")


class _NewsLangVars(PunktLanguageVars):
    """Punkt's English conventions, with curly closing quotes kept with their sentence.

    Punkt's own patterns run on nltk's ``regex`` wrapper, whose wall-clock guard raises
    ``TimeoutError`` on long runs of short sentences: the same patterns (linear, no
    nested repeats) are compiled here with ``re``, so segmentation never depends on a
    clock.
    """

    sent_end_chars = (".", "?", "!")
    # After the full stop, closing quotes and brackets still belong to the sentence.
    re_boundary_realignment = re.compile(r"[\"\'”’»)\]}]+?(?:\s+|(?=--)|$)", re.MULTILINE)

    def __init__(self) -> None:
        fmt = {"NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
               "WordStart": self._re_word_start, "SentEndChars": self._re_sent_end_chars}
        self._re_word_tokenizer = re.compile(self._word_tokenize_fmt % fmt, re.UNICODE | re.VERBOSE)
        self._re_period_context = re.compile(self._period_context_fmt % fmt, re.UNICODE | re.VERBOSE)


class _Token(PunktToken):
    """Punkt's token with its property patterns in ``re`` (same patterns, no clock)."""

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(r"\.\.+$")
    _RE_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
    _RE_INITIAL = re.compile(r"[^\W\d]\.$")
    _RE_ALPHA = re.compile(r"[^\W\d]+$")
    _RE_NON_PUNCT = re.compile(r"[^\W\d]")

    @property
    def is_non_punct(self):
        """True if the token is either a number or is alphabetic."""
        return self._RE_NON_PUNCT.search(self.type)


#: The word before a candidate sentence end is looked for this far back at most. Punkt
#: scans back to the previous space; a run without spaces (",,,,!!!!" for megabytes) made
#: that context grow with every candidate (quadratic). No real word is this long.
_MAX_WORD_BEFORE = 200
#: Candidate contexts whose verdict is remembered (hostile text repeats a few contexts).
_MAX_CONTEXTS = 100_000


class _InitialismsAreAbbreviations(PunktSentenceTokenizer):
    """Punkt, with every dotted initialism ("F.B.I.") taken as an abbreviation."""

    def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
        super()._first_pass_annotation(aug_tok)
        if aug_tok.sentbreak and _DOTTED.match(aug_tok.tok):
            aug_tok.sentbreak = False
            aug_tok.abbr = True


class _Tokenizer(_InitialismsAreAbbreviations):
    """Punkt, linear on any input: bounded look-back, remembered verdicts."""

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params, lang_vars=_NewsLangVars(), token_cls=_Token)
        self._verdicts: dict[str, bool] = {}
    def text_contains_sentbreak(self, text: str) -> bool:
        # A pure function of the context (the parameters never change): remember it.
        hit = self._verdicts.get(text)
        if hit is None:
            if len(self._verdicts) >= _MAX_CONTEXTS:
                self._verdicts.clear()
            hit = self._verdicts[text] = super().text_contains_sentbreak(text)
        return hit

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> Iterator[tuple[int, int]]:
        """nltk's ``_slices_from_text`` and ``_realign_boundaries`` in one loop, same spans."""
        cuts: list[tuple[int, int]] = []
        last_break = 0
        for match, context in self._match_potential_end_contexts(text):
            if self.text_contains_sentbreak(context):
                cuts.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        cuts.append((last_break, len(text.rstrip())))
        if not realign_boundaries:
            yield from cuts
            return
        # Closing quotes and brackets after a sentence end move back onto that sentence.
        realign = 0
        closing = self._lang_vars.re_boundary_realignment
        for n, (s1, e1) in enumerate(cuts):
            s1 += realign
            if n + 1 < len(cuts):
                s2, e2 = cuts[n + 1]
                m = closing.match(text, s2, e2)
                if m:
                    yield s1, s2 + len(m.group(0).rstrip())
                    realign = m.end() - s2
                    continue
                realign = 0
            if e1 > s1:
                yield s1, e1

    def _match_potential_end_contexts(self, text: str) -> Iterator[tuple[re.Match, str]]:
        # nltk's own loop, with the backward scan done by rfind and bounded.
        previous_start = previous_stop = 0
        previous_match = None
        other_space = [c for c in _OTHER_SPACE if c in text]  # (in a block, a newline at most)
        for match in self._lang_vars.period_context_re().finditer(text):
            end = match.start()
            space = text.rfind(" ", previous_stop, end)
            for c in other_space:  # only the word after the last " " can hold them
                at = text.rfind(c, space if space > previous_stop else previous_stop, end)
                if at > space:
                    space = at
            # nltk treats a space right at ``previous_stop`` as none
            word_start = space + 1 if space > previous_stop else previous_start
            if word_start < end - _MAX_WORD_BEFORE:
                word_start = end - _MAX_WORD_BEFORE
            if previous_match is not None and previous_stop <= word_start:
                yield previous_match, _context(text, previous_start, previous_stop, previous_match)
            previous_match = match
            previous_start, previous_stop = word_start, end
        if previous_match is not None:
            yield previous_match, _context(text, previous_start, previous_stop, previous_match)


def _context(text: str, word_start: int, word_end: int, match: re.Match) -> str:
    """The word before a candidate sentence end, the end mark, and what follows it,
    written so that contexts Punkt cannot tell apart are one string (one remembered
    verdict, not one Punkt run each: "Mr. Kim", "Mr. Park", "said. The", "went. A").

    With our parameters (no collocations or orthographic contexts) Punkt reads of a
    following word of letters only whether it opens in upper or lower case, and whether
    it is one of the :data:`SENTENCE_STARTERS`: any other is written as one letter ("X")
    of its case. Of a word of two or more letters before the mark it reads only whether
    it is an abbreviation: any other such word is written "xx".

    >>> m = _TOKENIZER._lang_vars.period_context_re().search("Mr. Kim met Dr. Park")
    >>> _context("Mr. Kim met Dr. Park", 0, m.start(), m)
    'Mr. X'
    >>> t = "Putin left. The end."
    >>> m = _TOKENIZER._lang_vars.period_context_re().search(t)
    >>> _context(t, 6, m.start(), m)
    'xx. The'
    >>> t = "Am 19. Juni"
    >>> _context(t, 3, 5, _TOKENIZER._lang_vars.period_context_re().search(t))
    '19. x'
    """
    before = text[word_start:word_end]
    after, following = match.group("after_tok"), match.group("next_tok")
    # "No." abbreviates a number only before one ("No. 10"): "she said no. The vote failed."
    if len(before) > 1 and before.isalpha() and (
        before.lower() not in ABBREVIATIONS or (before.lower() == "no" and following and not following[0].isdigit())
    ):
        before = "xx"
    if before.isdigit() and len(before) <= 2 and following and following.rstrip(".,;:!?") in ORDINAL_MONTHS:
        # A day's ordinal before a German month ("am 19. Juni") ends no sentence: the month
        # is read as a word in lower case, as Punkt reads "am 19. juni".
        return before + match.group() + after[: len(after) - len(following)] + "x"
    if (following and following.isalpha() and (following[0].isupper() or following[0].islower())
            and following.lower() not in SENTENCE_STARTERS):
        after = after[: len(after) - len(following)] + ("X" if following[0].isupper() else "x")
    return before + match.group() + after


_OTHER_SPACE = "\t\n\r\x0b\x0c"  # with " ", Punkt's ``string.whitespace``


def _make_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return _Tokenizer(params)


_TOKENIZER = _make_tokenizer()
_LIST_OR_HEADING = re.compile(r"^\s*(?:#{1,6}\s|[-*•]\s|\d{1,3}[.)]\s|>\s?)")
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def segment(
    document: Document,
    *,
    config: CompareConfig | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> SegmentedDocument:
    """Sentences of ``document`` outside its furniture, with repeats excluded."""
    config = config or CompareConfig()
    text = document.text
    furniture = merge_ranges((e.start, e.end) for e in document.excluded)
    found = find_repeats(text, furniture, min_words=config.min_repeat_words, origins=True)
    repeats = [(s, e) for s, e, _ in found]
    excluded = list(document.excluded) + [
        Excluded(s, e, ExclusionReason.REPEAT, "said earlier in the document") for s, e in repeats
    ]
    skip = merge_ranges(furniture + repeats)
    spans: list[tuple[int, int]] = []  # sentences before a run-in heading is cut off and spaces trimmed
    can_end = _TOKENIZER._lang_vars.period_context_re().search
    cjk = _CJK_HINT.search(text) is not None  # (once for the text, not per block: nearly always no)
    for n, (b_start, b_end) in enumerate(_blocks(text, skip, _wrap_width(text))):
        if should_cancel is not None and n % 256 == 0 and should_cancel():
            from kompare.core.errors import Cancelled

            raise Cancelled()
        if can_end(text, b_start, b_end) is None and not (cjk and _CJK_HINT.search(text, b_start, b_end)):
            # Nothing can end a sentence before the block does (most blocks): the block is one.
            spans.append((b_start, b_end))
        else:
            block = text[b_start:b_end]
            spans.extend((b_start + s, b_start + e) for s, e in sentence_spans(block, config.continuation_max_chars))
    if spans:
        spans[:1] = _split_glued_title(text, *spans[0], document.title)
    # A block of sentences said twice starts where its two copies part. Where the kept copy
    # runs on, with no mark between, from words that are page furniture on their own (a
    # scraped photo caption glued to the lede), those words are left out as such.
    blocks = sorted(origin for s, e, origin in found if _INNER_END.search(text, s, e))
    if blocks:
        from kompare.core.ingest.furniture import line_verdict  # (rarely needed; the readers load late)

        spans, glued = _split_at(text, spans, blocks, line_verdict)
        excluded += [Excluded(s, e, *verdict) for s, e, verdict in glued]
    sentences: list[Sentence] = []
    for s, e in spans:
        for s, e in _split_heading(text, s, e):
            s, e = _trim(text, s, e)
            longest = config.max_sentence_chars
            for s, e in _cut_long(text, s, e, longest) if e - s > longest else ((s, e),):
                if e > s and WORD_RE.search(text, s, e):
                    sentences.append(Sentence(len(sentences), s, e))
    return SegmentedDocument(document, tuple(sentences), tuple(sorted(excluded, key=lambda x: (x.start, x.end))))


#: A sentence end inside a run of text: a mark, then space and a capital.
_INNER_END = re.compile(r"[.!?][”’\"')\]]*\s+[“‘\"(\[]?[A-Z]")


def _split_at(text: str, spans: list[tuple[int, int]], cuts: list[int], verdict) -> tuple[list, list]:
    """``spans`` with the words before each of ``cuts`` (sorted) inside one taken out where
    ``verdict`` (a line's furniture reason and label, or None) finds them furniture on their
    own; and those words, trimmed, with their verdict.

    >>> from kompare.core.ingest.furniture import line_verdict
    >>> t = "A photo of Kim | Photo: KCNA Putin will visit. He left."
    >>> got, out = _split_at(t, [(0, t.index(" He")), (t.index("He"), len(t))], [t.index("Putin")], line_verdict)
    >>> [t[a:b] for a, b in got], [(t[a:b], why[1]) for a, b, why in out]
    (['Putin will visit.', 'He left.'], [('A photo of Kim | Photo: KCNA', 'photo caption')])
    >>> u = "Kim met Putin in Pyongyang and he left."
    >>> _split_at(u, [(0, len(u))], [u.index("he")], line_verdict)  # ("Kim met Putin in Pyongyang and": no furniture)
    ([(0, 39)], [])
    """
    from bisect import bisect_right

    out, glued = [], []
    for s, e in spans:
        k = bisect_right(cuts, s)
        while k < len(cuts) and cuts[k] < e:
            head = _trim(text, s, cuts[k])
            why = verdict(text[head[0] : head[1]]) if WORD_RE.search(text, *head) else None  # (not a lone “)
            if why is not None:
                glued.append((*head, why))
                s = cuts[k]
            k += 1
        out.append((s, e))
    return out, glued


_PUNKT_CANDIDATE = re.compile(r"[.!?]")
# A Chinese or Japanese sentence end: 。！？ (and ｡, a fullwidth ． not inside a number, or
# ASCII ! ? right after a Han or kana character), then any closing quotes or brackets.
# No space follows them, so Punkt never sees these ends.
_CJK_END = re.compile(
    rf"(?:[。｡！？]|．(?![0-9０-９])|(?<=[{CJK_CHARS}])[!?])"
    r"[。｡！？．!?]*[」』）】〕〉》”’\"')\]]*"
)
# What every such end holds (a full-width mark, or a Han or kana character before "!" or "?"):
# a plain character class, scanned far faster than _CJK_END's alternatives.
_CJK_HINT = re.compile(f"[。｡！？．{CJK_CHARS}]")
# 「…。」と言った: the Japanese quotative particle carries the sentence on.
_CJK_QUOTATIVE = re.compile(r"と|って")


def sentence_spans(block: str, join_max: int = CompareConfig.continuation_max_chars) -> list[tuple[int, int]]:
    """Sentences of one paragraph-like block, as offsets into it.

    A piece that starts with a lower-case word or a closing mark continues the sentence
    before it (up to ``join_max`` characters together): no news sentence starts that way.

    >>> b = "北京今天下雨。明天会晴吗？「はい。」と彼は言った。OK."
    >>> [b[s:e] for s, e in sentence_spans(b)]
    ['北京今天下雨。', '明天会晴吗？', '「はい。」と彼は言った。', 'OK.']
    >>> b = "Mr. Kim left. He was tired."
    >>> [b[s:e] for s, e in sentence_spans(b)]
    ['Mr. Kim left.', 'He was tired.']
    >>> b = "“Why now?” asked Sen. Wicker (R-Miss.) at 7 a.m. on Friday. The F.B.I.’s view differs."
    >>> [b[s:e] for s, e in sentence_spans(b)]
    ['“Why now?” asked Sen. Wicker (R-Miss.) at 7 a.m. on Friday.', 'The F.B.I.’s view differs.']
    """
    if _PUNKT_CANDIDATE.search(block):
        spans = _joined(block, _TOKENIZER.span_tokenize(block), join_max)
    else:  # what Punkt returns when nothing could end a sentence, without its machinery
        end = len(block.rstrip())
        spans = [(0, end)] if end else []
    if not _CJK_HINT.search(block):  # (nearly every block: no span to cut again)
        return spans
    out = []
    for s, e in spans:
        for m in _CJK_END.finditer(block, s, e):
            cut = m.end()
            if cut < e and not (m.group()[-1] in "」』”’\"'" and _CJK_QUOTATIVE.match(block, cut)):
                out.append((s, cut))
                s = cut
        out.append((s, e))
    return out


# What a piece starts with: a closing mark or dash (only a sentence cut short starts
# so: "(D-Va.), who", "AUGUSTA, Me. — Paul LePage"), else its first word (a possessive
# ending counts as one: "’s New York office").
_FIRST_WORD = re.compile(r"[)\]},;:—–]|[’']s\b|\w+")


def _joined(block: str, spans: Iterable[tuple[int, int]], join_max: int) -> list[tuple[int, int]]:
    """``spans`` with every piece that continues the one before it joined to it.

    >>> b = "He met an F.B.I. agent. Then left."
    >>> _joined(b, [(0, 16), (17, 23), (24, 34)], 100)
    [(0, 23), (24, 34)]
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and e - out[-1][0] <= join_max and _continues_sentence(block, s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _continues_sentence(block: str, start: int) -> bool:
    """Whether the piece at ``start`` goes on with the sentence before it.

    >>> [_continues_sentence(t, 0) for t in ("asked Mr. Li", "’s office", "), who", "The end", "eBay fell", "iPhone")]
    [True, True, True, False, False, False]
    """
    m = _FIRST_WORD.match(block, start)
    return m is not None and (m.group().islower() or not m.group()[0].isalnum())


# A run-in heading: two or more words in capitals, then a capitalised word that starts the
# text ("THREATS TO SOUTH KOREA Putin’s visit..."), as scraped pages glue them.
_RUN_IN_HEADING = re.compile(r"((?:[A-Z][A-Z’'\-]+\s+)+[A-Z][A-Z’'\-]+)\s+(?=[A-Z][a-z])")


def _split_heading(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    """Split a sentence that begins with a run-in heading into heading and sentence.

    >>> t = "EVOLVING GEOPOLITICAL LANDSCAPE North Korea invited Putin."
    >>> [t[a:b] for a, b in _split_heading(t, 0, len(t))]
    ['EVOLVING GEOPOLITICAL LANDSCAPE', 'North Korea invited Putin.']
    """
    m = _RUN_IN_HEADING.match(text, s, e)
    if m is None or len(m.group(1)) < 8:
        return ((s, e),)
    return (s, m.end(1)), (m.end(), e)


def _split_glued_title(text: str, s: int, e: int, title: str) -> tuple[tuple[int, int], ...]:
    """Split the first sentence where the headline ends run into the next words, as a
    scraper glues them ("... a Putin trip to PyongyangRussia and North Korea could ...";
    the ingest found the headline: ``Document.title``).

    >>> t = "Analysis How Seoul can respond to a Putin trip to PyongyangRussia and North Korea met."
    >>> [t[a:b] for a, b in _split_glued_title(t, 0, len(t), "How Seoul can respond to a Putin trip to Pyongyang")]
    ['Analysis How Seoul can respond to a Putin trip to Pyongyang', 'Russia and North Korea met.']
    >>> _split_glued_title("Kim met Putin. More.", 0, 14, "Kim met Putin")
    ((0, 14),)
    >>> _split_glued_title("Trumpeting his win, he left.", 0, 28, "Trump")
    ((0, 28),)
    """
    # (Within a kicker's length of the start: "Analysis", "Opinion |". A glue is a lower-case
    # letter run into a capital, after a headline of some words: "Trump" + "eting" is a word.)
    at = text.find(title, s, min(e, s + len(title) + 24)) if len(title.split()) >= 3 else -1
    end = at + len(title)
    if at < 0 or end >= e or not (text[end - 1].islower() and text[end].isupper()):
        return ((s, e),)
    return (s, end), (end, e)


def _cut_long(text: str, s: int, e: int, limit: int) -> list[tuple[int, int]]:
    """``text[s:e]`` in pieces of at most ``limit`` characters, trimmed: each cut after the
    last clause mark and space in the second half of a piece's room, else at its last
    space there, else (a script written without spaces) at the limit.

    >>> t = "one two three four, five six seven eight nine ten"
    >>> [t[a:b] for a, b in _cut_long(t, 0, len(t), 20)]
    ['one two three four,', 'five six seven eight', 'nine ten']
    >>> u = "条约" * 5
    >>> [u[a:b] for a, b in _cut_long(u, 0, 10, 4)]
    ['条约条约', '条约条约', '条约']
    """
    pieces = []
    while e - s > limit:
        room = text[s : s + limit + 1]
        half = limit // 2
        cut = max((room.rfind(mark, half) for mark in (", ", "; ", ": ", "，", "、", "；")), default=-1)
        cut = cut + 1 if cut >= 0 else room.rfind(" ", half)
        cut = s + (cut if cut > 0 else limit)
        pieces.append(_trim(text, s, cut))
        s = _trim(text, cut, e)[0]
    pieces.append((s, e))
    return pieces


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _gaps(length: int, skip: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The parts of [0, length) outside the merged ``skip`` ranges."""
    pos = 0
    for s, e in skip:
        if s > pos:
            yield pos, s
        pos = max(pos, e)
    if pos < length:
        yield pos, length


def looks_hard_wrapped(text: str) -> bool:
    """True when paragraphs are broken into lines of a fixed width (e-mail, old .txt).

    >>> looks_hard_wrapped(("word " * 14 + "\\n") * 12)
    True
    >>> looks_hard_wrapped("One long paragraph per line.\\n\\n" * 5)
    False
    """
    return _wrap_width(text) > 0


@lru_cache(maxsize=4)
def _wrap_width(text: str) -> int:
    """The width ``text`` is hard-wrapped at (the 90th percentile of its line lengths), 0
    if it is not: segmenting and finding quotations both ask, once per document.

    >>> _wrap_width(("word " * 14 + "\\n") * 12), _wrap_width("One line.\\n\\n" * 9)
    (70, 0)
    """
    lengths = [len(l) for l in text.split("\n") if l.strip()]
    if len(lengths) < 6:
        return 0
    long_lines = sum(1 for n in lengths if n > 100)
    if long_lines > 0.05 * len(lengths):
        return 0
    width = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    near_width = sum(1 for n in lengths if n >= 0.6 * width)
    return width if width >= 40 and near_width >= 0.5 * len(lengths) else 0


def _blocks(text: str, skip: list[tuple[int, int]], width: int) -> Iterator[tuple[int, int]]:
    """Paragraph-like blocks: never crossing a blank line, a skipped range or a hard break
    (``width``: the text's wrapping width, 0 if every line break is hard)."""
    for g_start, g_end in _gaps(len(text), skip):
        pos = g_start
        for m in _BLANK.finditer(text, g_start, g_end):
            yield from _lines_to_blocks(text, pos, m.start(), width)
            pos = m.end()
        yield from _lines_to_blocks(text, pos, g_end, width)


def _lines_to_blocks(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """Split one paragraph at newlines that end a line rather than wrap it.

    A line runs on into the next when it is at least six tenths of the wrapping ``width``
    long and the next line has words and opens no list item or heading; a shorter line
    ends its paragraph or is a heading (``width`` 0: every line break ends a block).

    >>> t = "aaaa bbbb cccc dddd eeee\\nffff.\\n- item one\\nShort\\nlast"
    >>> [t[s:e] for s, e in _lines_to_blocks(t, 0, len(t), 30)]
    ['aaaa bbbb cccc dddd eeee\\nffff.', '- item one', 'Short', 'last']
    """
    if text.find("\n", start, end) < 0:  # (a paragraph of one line)
        if end > start:
            yield start, end
        return
    lines = text[start:end].split("\n")
    block_start = pos = start
    if not width:  # every line is a block
        for line in lines:
            if line:
                yield pos, pos + len(line)
            pos += len(line) + 1
        return
    at_least = 0.6 * width
    for line, nxt in pairwise(lines):
        nl = pos + len(line)
        if len(line.rstrip()) < at_least or not nxt.strip() or _LIST_OR_HEADING.match(nxt):
            if nl > block_start:
                yield block_start, nl
            block_start = nl + 1
        pos = nl + 1
    if end > block_start:
        yield block_start, end


def _thirds(words: list[str]) -> int:
    """The length of a run of words in thirds of a word, as :func:`find_repeats` counts it:
    a Chinese character one, any other word three.

    >>> _thirds(["putin", "金", "正", "恩"])
    6
    """
    return sum(1 if is_chinese_character(w) else 3 for w in words)


def _first_shingles(words: list[str], k: int):
    """For each run of ``k`` words (a shingle) starting at ``i``, where the same run first starts.

    Done over arrays: runs of 1, 2, 4... words are numbered by joining the numbers of two
    halves into one integer, and a run of ``k`` words by joining the runs of its binary
    digits (6 = 2 + 4); numbers are made small again (0..distinct runs, a sort) only when
    joining them could overflow. Only the arrays still needed are kept.

    >>> _first_shingles("a b c a b c a b".split(), 2).tolist()
    [0, 1, 2, 0, 1, 2, 0]
    >>> _first_shingles("x a b c d e f a b c d e f".split(), 6).tolist()
    [0, 1, 2, 3, 4, 5, 6, 1]
    """
    np = __import__("numpy")
    count = len(words)

    def join(first, first_len: int, rest, rest_len: int):
        """Numbers of the runs made of a ``first_len``-word run and the ``rest_len``-word run after it."""
        for _ in range(2):  # the larger numbers first: once both are below ``count``, no overflow
            if (int(first.max()) + 1) * (int(rest.max()) + 1) < 1 << 62:
                break
            if first.max() >= rest.max():
                first = np.unique(first, return_inverse=True)[1].reshape(-1)
            else:
                rest = np.unique(rest, return_inverse=True)[1].reshape(-1)
        starts = count - first_len - rest_len + 1
        return first[:starts] * (int(rest.max()) + 1) + rest[first_len : first_len + starts]

    number = {w: n for n, w in enumerate(dict.fromkeys(words))}  # (numbered in order of first use)
    power = np.fromiter(map(number.__getitem__, words), dtype=np.int64, count=count)  # runs of 1 word
    power_len, run, run_len, left = 1, None, 0, k
    while True:
        if left & 1:
            run = power if run is None else join(run, run_len, power, power_len)
            run_len += power_len
        left >>= 1
        if not left:
            break
        power = join(power, power_len, power, power_len)
        power_len *= 2
    del power
    # np.unique lists each value once with the index of its first occurrence.
    _, first, inverse = np.unique(run, return_index=True, return_inverse=True)
    return first[inverse.reshape(-1)]


def find_repeats(
    text: str, skip: list[tuple[int, int]], *, min_words: int = CompareConfig.min_repeat_words, k: int = 6,
    origins: bool = False,
) -> list[tuple]:
    """Character ranges that repeat, word for word, a passage said earlier in ``text``.

    A run of at least ``min_words`` words whose every ``k``-word shingle already
    occurred earlier (without overlapping itself) is a repeat. With ``origins``, each range
    comes with where its first words were said first: (start, end, origin).

    >>> lede = "Putin will make his first visit to North Korea in 24 years on Tuesday."
    >>> t = "Photo: KCNA " + lede + " Then more news follows here. " + lede
    >>> find_repeats(t, [], min_words=8) == [(t.rindex("Putin"), len(t))]
    True
    >>> find_repeats(t, [], min_words=8, origins=True) == [(t.rindex("Putin"), len(t), t.index("Putin"))]
    True
    """
    starts, ends = array("q"), array("q")
    norms: list[str] = []
    if len(text) < LONG_TEXT:  # the threshold tokens.token_columns uses too
        for g_start, g_end in _gaps(len(text), skip):
            for w in tokenize(text, g_start, g_end):
                starts.append(w.start)
                ends.append(w.end)
                norms.append(w.norm)
    elif not skip:  # the document's word columns as they are (a copy of millions of words is no small thing)
        starts, ends, norms = document_tokens(text)[:3]
    else:  # the document's word columns, without making a Token per word
        cols = document_tokens(text)
        starts, ends = array(cols.starts.typecode), array(cols.ends.typecode)
        for g_start, g_end in _gaps(len(text), skip):
            lo, hi = cols.span(g_start, g_end)
            starts.extend(cols.starts[lo:hi])
            ends.extend(cols.ends[lo:hi])
            norms.extend(cols.norms[lo:hi])
    if len(norms) < max(min_words, k) * 2:
        return []
    first = _first_shingles(norms, k)
    runs: list[list[int]] = []  # [first, last) word index of runs of repeated shingles
    # Every k-word shingle said earlier, not overlapping its first occurrence.
    for i in (first + k <= __import__("numpy").arange(len(first))).nonzero()[0].tolist():
        if runs and i <= runs[-1][1]:
            runs[-1][1] = i + k
        else:
            runs.append([i, i + k])
    # A Chinese character is a word of its own (tokens.WORD_RE), a third of one here: a name
    # or a clause said twice in one sentence ("俄罗斯总统普京与朝鲜领导人金正恩") is no repeat.
    # (Read only for runs long enough in words, and only in a text with such characters.)
    cjk = _CJK_HINT.search(text) is not None
    out = []
    for i, j in runs:
        if j - i >= min_words and (not cjk or _thirds(norms[i:j]) >= 3 * min_words):
            end = ends[j - 1]
            # Keep the sentence's closing punctuation with the repeat.
            while end < len(text) and text[end] in ".!?”’\"'":
                end += 1
            out.append((starts[i], end, starts[int(first[i])]) if origins else (starts[i], end))
    return out
