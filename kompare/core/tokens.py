"""Words with their offsets, normalised and stemmed, and the small word lists we ship.

nltk's stopword corpus needs a data download, so the lists live here.

>>> [t.norm for t in tokenize("Korea’s U.S.-led 155mm shells")]
['korea', 'usa', 'led', '155mm', 'shells']
>>> tokenize("Korea’s shells")[1].stem
'shell'
>>> is_number_word("millions"), is_number_word("shells")
(True, False)
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from collections.abc import Sequence
from typing import NamedTuple

from nltk.stem.snowball import SnowballStemmer

from kompare.core.languages import (
    CHINESE_WORDS, FUNCTION_WORDS, HEDGING_WORDS, NEGATING_WORDS, SCALE_WORDS, WEEKDAY_NAMES,
    WEEKDAYS_WITH_A_CAPITAL,
)

# Chinese characters (and Japanese kanji), hiragana, katakana: scripts written without spaces.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_HIRAGANA = "\u3041-\u309f"
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"
#: The characters of those scripts, as the inside of a pattern's ``[...]`` (segment.py ends
#: their sentences where no space follows the mark).
CJK_CHARS = _HAN + _HIRAGANA + _KATAKANA
#: A letter or digit of a word written with spaces (as a pattern).
LETTER = rf"[^\W_{CJK_CHARS}]"
_HAN_CHAR = re.compile(f"[{_HAN}]")
#: The words of scripts written without spaces, as a pattern (see WORD_RE).
CJK_WORD = rf"{'|'.join(CHINESE_WORDS)}|[{_HAN}]|[{_HIRAGANA}]+|[{_KATAKANA}]+"
#: A word: letters/digits joined by inner apostrophes, hyphens or dots (U.S., Ho-jin, F-16).
#: Where no spaces part the words, each Chinese character is one (条约, "treaty", is two: a
#: changed or added character shows as such, "不" a negation) but for the negations and
#: hedges of languages.CHINESE_WORDS ("可能", "possibly"), and a run of hiragana or of
#: katakana is one (Japanese endings and particles, words borrowed: "プーチン").
WORD_RE = re.compile(rf"{LETTER}+(?:[’'\-.‐‑]{LETTER}+)*|{CJK_WORD}")

_STEMMER = SnowballStemmer("english")


class Token(NamedTuple):
    """One word: ``text[start:end]``, its normalised form and its stem."""

    start: int
    end: int
    norm: str
    stem: str


#: A Token's normalised word and its stem, read at C speed (``map(NORM, tokens)``).
NORM, STEM = itemgetter(2), itemgetter(3)
#: The word right after a position (``WORD_AFTER.match(text, end)``) or right before one.
WORD_AFTER, WORD_BEFORE = re.compile(r"\s+(\w+)"), re.compile(r"(\w+)\s+$")


@lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Lower case, straight apostrophes, no possessive 's, no accents (outlets write "Raúl"
    and "Raul", "Pokémon" and "Pokemon": one word).

    >>> normalize("Korea’s"), normalize("DPRK"), normalize("U.N"), normalize("US"), normalize("us")
    ('korea', 'dprk', 'un', 'usa', 'us')
    >>> normalize("N.A.A.C.P"), normalize("naacp"), normalize("example.org.uk")
    ('naacp', 'naacp', 'example.org.uk')
    >>> normalize("Raúl"), normalize("naïve"), normalize("Łódź"), normalize("Москва")
    ('raul', 'naive', 'lodz', 'москва')
    """
    w = word.lower().replace("’", "'").replace("‐", "-").replace("‑", "-")
    if not w.isascii():
        w = unaccented(w)
    if w.endswith("'s") and len(w) > 2:
        w = w[:-2]
    if "." in w and (len(w) <= 8 or all(len(part) == 1 for part in w.split("."))):
        w = w.replace(".", "")  # U.N. and UN, U.K. and UK, N.A.A.C.P. and NAACP are one word
    if w == "us" and word[:1] == "U" and word[1:2] in ("S", "."):
        w = "usa"  # "U.S."/"US" the country, not the pronoun "us"
    return w


def unaccented(word: str) -> str:
    """``word`` without its accents: each letter its base letter where Unicode decomposes it
    into one and its accents ("ł", "ø", "đ", "ß" by hand), every other character as it is
    ("ﬁ", "²" and "½" are not accented letters).

    >>> unaccented("raúl łódź straße"), unaccented("ø"), unaccented("x² ½"), unaccented("プーチン 한국")
    ('raul lodz strasse', 'o', 'x² ½', 'プーチン 한국')
    """
    decomposed = unicodedata.normalize("NFD", word.translate(_UNDECOMPOSED))
    # Kana's voicing marks make other sounds, not accents ("プ" is not "フ"); Hangul decomposes
    # into its letters: both are put back together.
    bare = "".join(c for c in decomposed if not unicodedata.combining(c) or c in _KANA_MARKS)
    return bare if bare.isascii() else unicodedata.normalize("NFC", bare)


_KANA_MARKS = "\u3099\u309a"
#: Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})


@lru_cache(maxsize=200_000)
def stem(norm: str) -> str:
    """Snowball stem of a normalised word (numbers and abbreviations unchanged)."""
    if not norm.isalpha():
        return norm
    return _STEMMER.stem(norm)


_WORD_CACHE: dict[str, tuple[str, str]] = {}
_WORD_CACHE_SIZE = 500_000  # spellings remembered; past this the cache starts again


def _forms(word: str) -> tuple[str, str]:
    """``(normalize(word), stem(...))``, remembered per spelling."""
    cache = _WORD_CACHE
    hit = cache.get(word)
    if hit is None:
        if len(cache) > _WORD_CACHE_SIZE:
            cache.clear()
        n = normalize(word)
        hit = cache[word] = (n, stem(n))
    return hit


def _scan(text: str, start: int, end: int) -> list[Token]:
    out = []
    append = out.append
    get, forms = _WORD_CACHE.get, _forms
    make = tuple.__new__  # Token(...) through its Python-level __new__ is slower, per word
    for m in WORD_RE.finditer(text, start, end):
        w = m.group()
        append(make(Token, (*m.span(), *(get(w) or forms(w)))))
    return out


class Columns(NamedTuple):
    """Every word of a document as four columns: a fraction of the memory of Token tuples.

    A 10 MB document has 1.7 million words; as tuples they took about 300 MB for as long
    as the document was cached, as columns about 50 MB. The offsets are 4-byte integers
    where they fit (any text under 2 GB): 20 MB of Chinese has 6.4 million words.
    """

    starts: array
    ends: array
    norms: list[str]
    stems: list[str]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``lo, hi`` of the words inside [start, end) (a word cut by ``end`` is out)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end, lo)
        while hi > lo and self.ends[hi - 1] > end:
            hi -= 1
        return lo, hi


#: A text this long is scanned once whole and sliced (:func:`document_tokens`); a shorter
#: one is scanned range by range (a word at a range's edge may then differ from the whole's).
LONG_TEXT = 4096

#: Words of a long document are split out this many characters at a time: the list of
#: words and gaps that ``re.split`` makes is a few times the chunk's size, not the text's,
#: and the window's thread waits for one ``re.split`` at most (it holds the interpreter):
#: 256 kB chunks held it for tens of milliseconds.
_CHUNK = 1 << 16
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")  # a capturing group: split keeps the words


def document_tokens(text: str) -> Columns:
    """Every word of a whole document, scanned once (for slicing by :func:`tokenize`), and
    remembered for the last few texts (see :func:`remember_document_tokens`).

    >>> cols = document_tokens("Korea’s U.S.-led shells")
    >>> list(cols.starts), list(cols.ends), cols.norms, cols.stems
    ([0, 8, 13, 17], [7, 11, 16, 23], ['korea', 'usa', 'led', 'shells'], ['korea', 'usa', 'led', 'shell'])
    >>> document_tokens("Korea’s U.S.-led shells") is cols
    True
    """
    kept = _kept(text)
    if kept is not None:
        return kept
    # The same text read again is another string object: found once by comparing, then
    # remembered under that object as well.
    with _DOCUMENTS_LOCK:
        cols = next((c for t, c in _DOCUMENTS.values() if t == text), None)
    return remember_document_tokens(text, _document_words(text) if cols is None else cols)


def remember_document_tokens(text: str, cols: Columns) -> Columns:
    """Remember ``cols`` as :func:`document_tokens` of ``text`` (read by another process, say).

    The last :data:`_DOCUMENTS_KEPT` texts are remembered, each under the string object
    given here: a look-up by that very object is quick; an equal string that is another
    object is compared with the kept texts once, then remembered under its own object.

    >>> cols = _document_words("Kim met Putin.")
    >>> remember_document_tokens("Kim met Putin.", cols) is document_tokens("Kim met Putin.")
    True
    """
    with _DOCUMENTS_LOCK:
        _DOCUMENTS.pop(id(text), None)
        _DOCUMENTS[id(text)] = (text, cols)
        while len(_DOCUMENTS) > _DOCUMENTS_KEPT:
            del _DOCUMENTS[next(iter(_DOCUMENTS))]  # (the oldest)
    return cols


def _kept(text: str) -> Columns | None:
    """The remembered words of this very string object (see :func:`document_tokens`), if any."""
    kept = _DOCUMENTS.get(id(text))
    return kept[1] if kept is not None and kept[0] is text else None


def forget_document_tokens() -> None:
    """Forget every text's :func:`document_tokens`."""
    with _DOCUMENTS_LOCK:
        _DOCUMENTS.clear()


#: Texts whose words :func:`document_tokens` remembers (two comparisons' documents).
_DOCUMENTS_KEPT = 4
# id(text) -> (text, its words), oldest first. Keyed by identity: a look-up by a key holding
# the text compares the whole text whenever the caller's string is another object, equal.
# Each text is kept beside its words, so while it is here no other object has its id.
_DOCUMENTS: dict[int, tuple[str, Columns]] = {}
_DOCUMENTS_LOCK = threading.Lock()  # (a window compares on a thread of its own)


def _document_words(text: str) -> Columns:
    """Every word of ``text``, scanned once.

    The words come from ``re.split`` and their offsets from summing the lengths of the
    pieces, so no Python code runs per word but a dictionary look-up of its forms.
    """
    kind = "i" if len(text) < 1 << 31 else "q"
    starts, ends, norms, stems = array(kind), array(kind), [], []
    chunk_start = 0
    while chunk_start < len(text):
        chunk_end = min(len(text), chunk_start + _CHUNK)
        pieces = _WORD_SPLIT.split(text[chunk_start:chunk_end])  # gap, word, gap, ..., word, gap
        if chunk_end < len(text) and len(pieces) > 1 and len(pieces[-1]) <= 1:
            # The last word may run on past the cut (a joiner, then more letters): it is
            # read whole from the text, and the next chunk starts after it.
            word = WORD_RE.match(text, chunk_end - len(pieces[-1]) - len(pieces[-2]))
            pieces[-2:] = [word.group(), ""]
            chunk_end = word.end()
        words = pieces[1::2]
        offsets = list(accumulate(map(len, pieces), initial=chunk_start))
        starts.extend(offsets[1:-1:2])
        ends.extend(offsets[2:-1:2])
        forms = list(map(_forms_of(words).__getitem__, words))
        norms.extend(map(itemgetter(0), forms))
        stems.extend(map(itemgetter(1), forms))
        chunk_start = chunk_end
    return Columns(starts, ends, norms, stems)


def _forms_of(words: list[str]) -> dict[str, tuple[str, str]]:
    """The word cache, holding :func:`_forms` of every one of ``words``."""
    cache = _WORD_CACHE
    missing = set(words).difference(cache)
    if len(cache) + len(missing) > _WORD_CACHE_SIZE:
        cache.clear()
        missing = set(words)
    for w in missing:
        n = normalize(w)
        cache[w] = (n, stem(n))
    return cache


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of ``text[start:end]`` with absolute offsets.

    Long texts are scanned once and sliced, since the pipeline asks for the
    words of every sentence and every diff span of the same document.
    """
    end = len(text) if end is None else end
    if len(text) < LONG_TEXT:
        return _scan(text, start, end)
    cols = document_tokens(text)
    lo, hi = cols.span(start, end)
    rows = zip(cols.starts[lo:hi], cols.ends[lo:hi], cols.norms[lo:hi], cols.stems[lo:hi])
    return list(map(tuple.__new__, repeat(Token, hi - lo), rows))


def norms_of(text: str, start: int, end: int, *, glance: bool = False) -> list[str]:
    """The normalised words of ``text[start:end]``, as :func:`tokenize` gives them, without a
    Token each (a long text's are a slice of its :func:`document_tokens`).

    ``glance``: only these words are wanted, so a long text whose words are not remembered
    yet is read in ``[start, end)`` alone (a word cut by ``end`` is cut), not whole: a
    look at a text's opening before it is compared costs no reading of all of it.

    >>> norms_of("Korea’s U.S.-led shells", 0, 16)
    ['korea', 'usa', 'led']
    >>> norms_of("Kim met Putin. " * 1000, 0, 22, glance=True)
    ['kim', 'met', 'putin', 'kim', 'met']
    """
    if len(text) < LONG_TEXT or (glance and _kept(text) is None):
        return [t.norm for t in _scan(text, start, end)]
    cols = document_tokens(text)
    lo, hi = cols.span(start, end)
    return cols.norms[lo:hi]


def token_columns(text: str, start: int = 0, end: int | None = None) -> tuple:
    """``(starts, ends, norms, stems)`` of the words :func:`tokenize` gives, as four columns.

    For a long text these are slices of :func:`document_tokens`: no tuple per word, for
    steps that read every word of a document once.

    >>> starts, ends, norms, stems = token_columns("Korea’s shells", 0, 14)
    >>> list(starts), list(ends), norms, stems
    ([0, 8], [7, 14], ['korea', 'shells'], ['korea', 'shell'])
    """
    end = len(text) if end is None else end
    *cols, lo, hi = range_columns(text, [start], [end])
    return tuple(c[int(lo[0]):int(hi[0])] for c in cols)


def range_columns(text: str, starts: Sequence[int], ends: Sequence[int]) -> tuple:
    """The words of the ranges ``[starts[k], ends[k])`` of ``text`` as :func:`tokenize` gives them.

    Four columns ``(starts, ends, norms, stems)`` and two integer arrays ``lo``, ``hi``: the
    words of range ``k`` are ``lo[k]:hi[k]`` of the columns. A long text's columns are
    :func:`document_tokens` (the ranges found by bisection, all at once); a short text is
    scanned range by range, the ranges' words one after another.

    >>> cols = range_columns("Kim met Putin. Rain fell.", [0, 15], [14, 25])
    >>> cols[2], cols[4].tolist(), cols[5].tolist()
    (['kim', 'met', 'putin', 'rain', 'fell'], [0, 3], [3, 5])
    """
    import numpy as np  # (imported late: the command line starts faster without it)

    if len(text) >= LONG_TEXT:
        cols = document_tokens(text)
        word_starts, word_ends = (np.frombuffer(c, dtype=f"i{c.itemsize}") if len(c) else np.zeros(0, np.int64)
                                  for c in (cols.starts, cols.ends))
        # (Offsets in the words' own type: searching an array of another copies it whole.)
        at, to = np.asarray(starts, dtype=word_starts.dtype), np.asarray(ends, dtype=word_starts.dtype)
        lo = np.searchsorted(word_starts, at, side="left")
        # The words ending by the range's end (a word cut by the end is out); words do not
        # overlap, so their ends are sorted too.
        hi = np.maximum(lo, np.searchsorted(word_ends, to, side="right"))
        return (*cols, lo, hi)
    scans = [_scan(text, s, e) for s, e in zip(starts, ends)]
    sizes = np.fromiter(map(len, scans), dtype=np.int64, count=len(scans))
    hi = np.cumsum(sizes)
    words = [t for scan in scans for t in scan]
    return ([t.start for t in words], [t.end for t in words], [t.norm for t in words], [t.stem for t in words],
            hi - sizes, hi)


def slice_tokens(toks: list, starts: list[int], start: int, end: int) -> list:
    """The tokens (anything with ``.end``, sorted, ``starts`` their starts) inside [start, end).

    >>> toks = tokenize("one two three")
    >>> [t.norm for t in slice_tokens(toks, [t.start for t in toks], 2, 9)]
    ['two']
    """
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    while hi > lo and toks[hi - 1].end > end:
        hi -= 1  # a word cut by ``end`` is not in the range
    return toks[lo:hi]


# Function words: they never seed or score a link.
#: English words that carry no claim.
ENGLISH_STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself of off on once only or other our ours ourselves out over own same
    she should so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who whom why
    with you your yours yourself yourselves will would shall also its it's via per upon onto
    within among amid whether although though yet ever even still much many one's s t don't
    """.split()
)
#: Words that carry no claim: English ones, and "что", "的" in scripts English never uses.
STOPWORDS = ENGLISH_STOPWORDS | frozenset(map(normalize, FUNCTION_WORDS))

# Words that appear in nearly every news sentence: they count, but weakly, so that
# "the United States", "on Thursday" or "he said" alone never make a link.
WEAK_WORDS = frozenset(
    """said say says saying told tell tells added add adds stated state states according
    noted note notes asked reported report reports statement statements interview interviews
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks
    month months year years day days time times new first last next recent recently earlier
    later now mr ms mrs dr however including include includes well like make made take
    took country countries people government official officials united nations news
    percent part many several other others two three way ways per cent may might could can
    """.split()
)

NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor cannot can't won't don't doesn't
    didn't isn't aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't
    mustn't deny denies denied refuse refuses refused reject rejects rejected n't""".split()
) | frozenset(map(normalize, NEGATING_WORDS))  # (and other languages' "nicht", "не", "不")

#: Words that hedge a claim or report it as not (yet) done: "may have", "expected to",
#: "signals". Matched as written (not by stem: "likely" and "like" share one).
HEDGES = frozenset(
    """reportedly allegedly alleged purportedly apparently seemingly possibly possible perhaps
    maybe probably likely unlikely may might could presumably reported unconfirmed suspected
    suggest suggests suggested appear appears appeared seem seems seemed expected expects
    expect poised believed rumoured rumored signal signals signaled signalled signaling
    signalling plan plans planned planning intend intends intended""".split()
) | frozenset(map(normalize, HEDGING_WORDS))  # (and "angeblich", "可能")
#: Words that tell a claim as someone's charge ("accused protesters of hurling epithets",
#: "allegations of racism"): a passage with one does not assert what the other hedges
#: ("protesters allegedly hurled epithets"). They only keep a hedge from being typed; they
#: are no hedge themselves ("denied the allegations" weakens nothing).
ALLEGATIONS = frozenset("allege alleges alleging allegation allegations accuse accuses accused accusing accusation "
                        "accusations".split())
#: Hedges read only where a word diff puts them in or takes them out ("could have sent" /
#: "sent"), not anywhere near the shared words of a reworded passage (see facts.py).
LOCAL_HEDGES = frozenset({"could"})
#: Hedges that are adjectives: they weaken their noun ("a possible resignation", "the alleged
#: theft"), not the verb of a claim, so they are read only beside the shared words.
ADJECTIVE_HEDGES = frozenset("possible alleged suspected unconfirmed reported rumored rumoured".split())
#: Hedges only as verbs before "to": "plans to vote", not "his business plan".
HEDGES_BEFORE_TO = frozenset("plan plans planned planning intend intends intended".split())
_TO_NEXT = re.compile(r"\s+to\b", re.IGNORECASE)
#: "reported" hedges passive or before its noun ("it was reported", "the reported deal");
#: after its subject it names a source ("The Washington Post reported that"), as "told"
#: and "said" do: the claim is attributed, not weakened.
_REPORTED_HEDGES_AFTER = re.compile(
    r"\b(?:was|were|is|are|be|been|being|widely|first|initially|as|the|a|an|its|his|her|their)\s+$", re.IGNORECASE
)


#: Hedges that weaken all a sentence says when they open it ("Apparently, ...", "It seems
#: ...", "It looks like ..."), not an adjective weakening its noun ("The alleged name-calling").
_SENTENCE_HEDGES = frozenset(
    "apparently reportedly allegedly purportedly reputedly seemingly possibly presumably probably perhaps maybe".split()
)
_IT_HEDGES = frozenset("seems seemed appears appeared looks looked".split())


def opens_with_hedge(words: Sequence["Token"], k: int) -> bool:
    """Does the hedge ``words[k]`` open its passage, so that it weakens all of it?

    >>> [opens_with_hedge(tokenize(t), k) for t, k in (("Apparently, he left.", 0), ("He apparently left.", 1),
    ...                                               ("It looks like rain.", 1), ("The alleged theft.", 1))]
    [True, True, True, False]
    """
    if k > 2 or any(is_content(u.norm) for u in words[:k]):
        return False
    n = words[k].norm
    return n in _SENTENCE_HEDGES or n in _IT_HEDGES and k >= 1 and words[k - 1].norm == "it"


def is_hedge(tok: "Token", text: str) -> bool:
    """Does this word of ``text`` hedge?  ("May" with a capital is the month.)

    >>> t = "His plan may fail; he plans to run in May."
    >>> [w.norm for w in tokenize(t) if is_hedge(w, t)]
    ['may', 'plans']
    >>> t = "The Post reported that the deal, widely reported, was signed."
    >>> [w.norm for w in tokenize(t) if is_hedge(w, t)]
    ['reported']
    """
    n = tok.norm
    if n not in HEDGES or names_may(tok, text):
        return False
    if n == "reported":
        return _REPORTED_HEDGES_AFTER.search(text, max(0, tok.start - 12), tok.start) is not None
    return n not in HEDGES_BEFORE_TO or _TO_NEXT.match(text, tok.end) is not None


#: Contractions as the words they stand for: "we've" / "we have" is one quotation.
_CONTRACTED = (("n't", "not"), ("'ve", "have"), ("'re", "are"), ("'ll", "will"), ("'m", "am"), ("'d", "would"))
_IRREGULAR_NOT = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"), "shan't": ("shall", "not")}


def spelled_out(words: Sequence["Token"]) -> list[str]:
    """The words, contractions written out.

    >>> spelled_out(tokenize("we've won't")), spelled_out(tokenize("we have will not"))
    (['we', 'have', 'will', 'not'], ['we', 'have', 'will', 'not'])
    """
    out: list[str] = []
    for t in words:
        norm = t.norm.replace("’", "'")
        if norm in _IRREGULAR_NOT:
            out.extend(_IRREGULAR_NOT[norm])
            continue
        for ending, word in _CONTRACTED:
            if norm.endswith(ending) and len(norm) > len(ending):
                out.extend((norm[: -len(ending)], word))
                break
        else:
            out.append(norm)
    return out


MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split()) | frozenset(
    map(normalize, WEEKDAY_NAMES))  # (and "mittwoch", "среду", "周三")
_WEEKDAYS_WITH_A_CAPITAL = frozenset(map(normalize, WEEKDAYS_WITH_A_CAPITAL))


def names_a_weekday(t: Token, text: str) -> bool:
    """Does the word ``t`` of ``text`` name a day of the week? Some names are days only when
    written with a capital (:data:`~kompare.core.languages.WEEKDAYS_WITH_A_CAPITAL`).

    >>> t = "Την Τρίτη, για τρίτη φορά"
    >>> [names_a_weekday(w, t) for w in tokenize(t)]
    [False, True, False, False, False]
    """
    return t.norm in WEEKDAYS and (t.norm not in _WEEKDAYS_WITH_A_CAPITAL or text[t.start].isupper())


def names_may(t: Token, text: str) -> bool:
    """Is the word ``t`` of ``text`` the month of May? Only with a capital: "may" is a hedge.

    >>> t = "In May it may rain"
    >>> [names_may(w, t) for w in tokenize(t)]
    [False, True, False, False, False]
    """
    return t.norm == "may" and text[t.start].isupper()


RELATIVE_DATES = frozenset("today yesterday tomorrow tonight weekend".split())
#: A time relative to the day of writing when one of these precedes a period ("next week",
#: "last month", "this morning"); the periods alone, and parts of the day, are times too.
RELATIVE_MODIFIERS = frozenset("last this next past coming".split())
PERIODS = frozenset("week month year weekend morning afternoon evening night".split())
TIMES_OF_DAY = frozenset("morning afternoon evening night overnight".split())

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12, "dozen": 12,
    "half": 0.5, "double": 2, "twice": 2, "triple": 3, "percent": "%", "per": None,
    **{normalize(w): v for w, v in SCALE_WORDS.items()},  # (and "Milliarden", "млрд")
}
#: Quantities without a figure ("millions", "a significant number"): still a number claim.
VAGUE_QUANTITIES = frozenset(
    """hundreds thousands millions billions dozens scores tens handful numerous countless
    several few many significant number majority minority""".split()
)


@lru_cache(maxsize=200_000)
def is_number_word(norm: str) -> bool:
    """True for figures and words that state a quantity (remembered: asked for every word of every link)."""
    return (
        (not norm.isalpha() and any(c.isdigit() for c in norm))  # (no letter is a digit: most words end here)
        or (norm in _NUMBER_WORDS and _NUMBER_WORDS[norm] is not None)
        or norm in VAGUE_QUANTITIES
    )


def is_date_word(norm: str) -> bool:
    """Weekdays, months, relative days, and years from 1900 to 2099.

    >>> [is_date_word(w) for w in ("thursday", "2024", "155mm", "sept")]
    [True, True, False, True]
    """
    if norm in WEEKDAYS or norm in RELATIVE_DATES or (norm in MONTHS and norm != "may"):
        return True
    return len(norm) == 4 and norm.isdigit() and norm[:2] in ("19", "20")


@lru_cache(maxsize=200_000)
def is_content(norm: str) -> bool:
    """A word that can carry a claim: not a function word, not a lone letter (remembered: asked for every word).

    A Chinese character is a word of its own (:data:`WORD_RE`), not a letter.

    >>> [is_content(w) for w in ("shells", "the", "s", "7", "约", "的")]
    [True, False, False, True, True, False]
    """
    return norm not in STOPWORDS and (len(norm) > 1 or norm.isdigit() or is_chinese_character(norm))


def is_chinese_character(word: str) -> bool:
    """Is ``word`` one Chinese character (a word of its own, :data:`WORD_RE`)?

    >>> is_chinese_character("约"), is_chinese_character("条约"), is_chinese_character("a")
    (True, False, False)
    """
    return _HAN_CHAR.fullmatch(word) is not None
