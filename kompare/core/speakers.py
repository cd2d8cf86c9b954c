"""Who said a quotation: person names, speech verbs and their subjects.

Pure text heuristics, no model and no data download.  A name is a run of
capitalised words with titles ("President", "Professor"), places and
organisations taken off its front; the speaker of a speech verb ("said",
"told", "warned", "according to") is the name right before it, or right
after it when the verb follows a comma or a quotation ("..., said Danny
Russel").  Anything less clear gives no speaker rather than a guess.

>>> book = NameBook.from_text("Russian President Vladimir Putin spoke. Later Putin left.")
>>> book.fullest("Putin", 45)
'Vladimir Putin'
>>> parse_name(["Suwon", "University", "Professor", "Ilya", "Belyakov"])
('Ilya', 'Belyakov')
>>> same_speaker("Kim Jong Un", "kim jong-un"), same_speaker("Putin", "Vladimir Putin")
(True, True)
>>> same_speaker("Chang Ho-jin", "Park Won-gon")
False
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import NamedTuple

from kompare.core.tokens import MONTHS, WEEKDAYS, slice_tokens

# ---------------------------------------------------------------------------------------------
# Word lists (lower case).  Small on purpose: they decide what is *not* a person's name.

#: Titles and roles written before a name; never part of it.
TITLES = frozenset(
    """president vice prime minister ministers professor prof dr mr mrs ms miss sir dame lord lady
    king queen prince princess pope general gen lt lieutenant colonel col major maj captain capt
    admiral adm sergeant sgt senator sen rep representative congressman congresswoman governor gov
    mayor secretary advisor adviser director chairman chairwoman chair chief leader supreme
    spokesman spokeswoman spokesperson ambassador envoy deputy foreign defence defense national
    security executive officer ceo commander marshal premier chancellor justice judge bishop rev
    reverend analyst researcher senior assistant associate former acting first lady crown
    political science economist editor correspondent reporter columnist founder president-elect
    secretary-general vice-president vice-chairman co-founder
    attorney counsel emeritus fellow head lecturer scientist expert""".split()
)

#: Places, peoples and institutions: a run ending in one of these is no person.
NOT_PERSON = frozenset(
    """korea korean koreans russia russian russians china chinese japan japanese
    america american americans united states kingdom britain british europe european
    ukraine ukrainian kyiv kiev moscow seoul pyongyang beijing washington tokyo taiwan taipei
    india iran israel israeli gaza palestine syria vietnam germany german france french paris
    london berlin brussels kremlin pentagon asia asian pacific africa
    turkey canada australia mexico brazil poland belarus georgia crimea donbas kharkiv odesa
    university institute centre center ministry department office agency council committee
    commission party army navy air force forces command group co co. corp inc ltd news times post
    press network bank fund association foundation school college academy court parliament
    assembly congress senate house airport square street road avenue province city island sea
    ocean river mountain peninsula treaty charter agreement pact summit program programme project
    company corporation daily herald journal tribune review magazine service services union
    federation republic republics state states government administration reuters yonhap
    bloomberg xinhua nikkei
    east west north south northern southern eastern western middle central
    god internet twitter facebook x telegram youtube""".split()
) | MONTHS | WEEKDAYS

#: Capitalised words that start sentences but never names.
FUNCTION_WORDS = frozenset(
    """the a an but and or nor so yet however meanwhile in on at for from with by of to as after
    before while when if since although though because this that these those it its he she they
    we i you his her their our my your such some many most other another both each every all any
    no not now then also still even only just later earlier last next finally additionally
    moreover further furthermore despite given clearly prior closer coming speaking according
    read photo whether there here what which who why how where once instead thus hence indeed
    during under over into about against between among without within upon via amid neither
    either same several few more less much very too again already always never perhaps
    political additional observers analysts experts officials critics diplomats sources
    residents authorities lawmakers scholars researchers reports media others some many
    like unlike following regarding notably overall together""".split()
)

#: Lower-case words of a name ("Ludwig van Beethoven", "Osama bin Laden").
PARTICLES = frozenset("van von der de da di du la le bin al el ibn dos das".split())

#: Verbs (and "according to") that attribute speech; a few take the speaker after them.
CUE_WORDS = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated
    stating warn warns warned warning caution cautions cautioned cautioning note notes noted
    noting claim claims claimed claiming insist insists insisted insisting argue argues argued
    arguing explain explains explained explaining declare declares declared declaring stress
    stresses stressed stressing emphasise emphasised emphasising emphasize emphasized emphasizing
    write writes wrote writing ask asks asked asking reply replies replied replying respond
    responds responded responding remark remarks remarked announce announces announced
    acknowledge acknowledges acknowledged admit admits admitted suggest suggests suggested
    predict predicts predicted recall recalls recalled observe observes observed describe
    describes described describing vow vows vowed pledge pledges pledged urge urges urged
    hint hints hinted complain complains complained tweet tweets tweeted continue continues
    continued conclude concludes concluded reiterate reiterates reiterated assert asserts
    asserted confirm confirms confirmed deny denies denied threaten threatens threatened
    quip quipped joke joked boast boasted concede conceded counter countered""".split()
)

#: Words that may stand between a speaker and the verb ("Putin went on to state").
FILLERS = frozenset(
    """also has had have then later previously recently once again further repeatedly publicly
    earlier reportedly would will went on to go goes had also even simply just later today
    yesterday tonight last this week month year separately subsequently has been did does do
    already""".split()
) | WEEKDAYS

PRONOUNS = frozenset(("he", "she"))

# A word (with inner apostrophes, hyphens, dots: "Won-gon", "U.S."), or one punctuation mark.
_TOKEN_RE = re.compile(
    r"[^\W_]+(?:[’'\-.‐‑][^\W_]+)*(?:(?<=\.[^\W_])\.)?(?:[’']s?)?|[^\w\s]", re.UNICODE
)


class Tok(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def possessive(self) -> bool:
        return self.low.endswith("'s") or (self.low.endswith("'") and len(self.low) > 1)

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        t = self.text
        if self.possessive:
            return t[:-2] if t[-1:] in "sS" else t[:-1]
        return t


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Words and punctuation of ``text[start:end]`` with absolute offsets.

    >>> [t.text for t in tokens("Park Won-gon’s view, he said.", 0, 29)]
    ['Park', 'Won-gon’s', 'view', ',', 'he', 'said', '.']
    """
    if len(text) < 4096:
        return _scan_tokens(text, start, end)
    # Long documents are scanned once and sliced: names are read over the whole text,
    # then again sentence by sentence.
    toks, starts = _document_tokens(text)
    return slice_tokens(toks, starts, start, end)


def _scan_tokens(text: str, start: int, end: int) -> list[Tok]:
    make = tuple.__new__
    return [make(Tok, (*m.span(), m.group())) for m in _TOKEN_RE.finditer(text, start, end)]


@lru_cache(maxsize=4)
def _document_tokens(text: str) -> tuple[list[Tok], list[int]]:
    toks = _scan_tokens(text, 0, len(text))
    return toks, [t.start for t in toks]


def _word_key(word: str) -> str:
    return word.lower().replace("’", "'").replace("-", "").replace("‐", "").replace("‑", "")


def _is_name_word(word: str) -> bool:
    low = word.lower().replace("’", "'")
    if not word[:1].isupper() or low in NOT_PERSON or low in FUNCTION_WORDS or low in TITLES:
        return False
    letters = [c for c in word if c.isalpha()]
    if not letters or any(c.isdigit() for c in word):
        return False
    # "NATO", "DPRK": all-capital words are acronyms, not names.
    return not (len(letters) > 1 and all(c.isupper() for c in letters))


def parse_name(words: list[str]) -> tuple[str, ...]:
    """The person's name at the end of a capitalised run, or () when it names no person.

    Everything up to the last title, place or institution word is dropped.

    >>> parse_name(["South", "Korean", "National", "Security", "Advisor", "Chang", "Ho-jin"])
    ('Chang', 'Ho-jin')
    >>> parse_name(["Ewha", "Woman’s", "University"]), parse_name(["South", "Korea"])
    ((), ())
    >>> parse_name(["But", "Sun", "Yun"])
    ('Sun', 'Yun')
    >>> parse_name(["Prime", "Minister", "John", "Major"]), parse_name(["Foreign", "Minister"])
    (('John', 'Major'), ())
    """
    cut = 0
    for i, w in enumerate(words):
        low = w.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        letters = [c for c in w if c.isalpha()]
        acronym = len(letters) > 1 and all(c.isupper() for c in letters)  # UN, U.S., NATO
        title = low.rstrip(".") in TITLES or all(p in TITLES for p in low.split("-"))
        if title and i == len(words) - 1 and i > cut:
            continue  # a title word ending a name is a surname: Martin Luther King, John Major
        if (title or low in NOT_PERSON or low in FUNCTION_WORDS or acronym
                or any(c.isdigit() for c in w)):
            cut = i + 1
    tail = words[cut:]
    if not 1 <= len(tail) <= 4:
        return ()
    if any(not _is_name_word(w) for w in tail[:-1] if w.lower() not in PARTICLES):
        return ()
    last = tail[-1].lower().replace("’", "'")
    if not (_is_name_word(tail[-1]) or (len(tail) > 1 and last in TITLES)):
        return ()
    if tail[0].lower() in PARTICLES or tail[-1].lower() in PARTICLES:
        return ()
    return tuple(tail)


class Mention(NamedTuple):
    """A person's name as written: ``words`` span ``text[start:end]``."""

    start: int
    end: int
    words: tuple[str, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


def cap_runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words (lower-case particles allowed inside).

    A possessive word ends its run ("North Korea’s Supreme Leader" is two runs).
    """
    runs = []
    i, n = 0, len(toks)
    while i < n:
        if not (toks[i].is_cap and toks[i].text[0].isalpha()):
            i += 1
            continue
        j = i + 1
        if not toks[i].possessive:
            while j < n:
                t = toks[j]
                if t.is_cap and t.text[0].isalpha():
                    j += 1
                    if t.possessive:
                        break
                elif t.low in PARTICLES and j + 1 < n and toks[j + 1].is_cap:
                    j += 1
                else:
                    break
        runs.append((i, j))
        i = j
    return runs


def mention_of_run(toks: list[Tok], i: int, j: int) -> Mention | None:
    """The person named by the run ``toks[i:j]``, if any (a final possessive is dropped)."""
    words = [t.text for t in toks[i:j]]
    if toks[j - 1].possessive:
        words[-1] = toks[j - 1].bare
    name = parse_name(words)
    if not name:
        return None
    k = j - len(name)
    return Mention(toks[k].start, toks[j - 1].start + len(name[-1]), name)


@dataclass
class NameBook:
    """Every multi-word person name in one document, to expand "Putin" to "Vladimir Putin"."""

    full: list[Mention]

    def __post_init__(self) -> None:
        self._by_word: dict[str, list[Mention]] = {}
        for m in self.full:
            for key in {_word_key(m.words[0]), _word_key(m.words[-1])}:
                self._by_word.setdefault(key, []).append(m)

    @classmethod
    def from_text(cls, text: str, ranges: list[tuple[int, int]] | None = None) -> "NameBook":
        """Collect names from ``text`` (or only from ``ranges`` of it)."""
        found = []
        for s, e in ranges if ranges is not None else [(0, len(text))]:
            toks = tokens(text, s, e)
            for i, j in cap_runs(toks):
                m = mention_of_run(toks, i, j)
                if m and len(m.words) >= 2:
                    found.append(m)
        return cls(found)

    def candidates(self, word: str) -> list[Mention]:
        """Full names whose first or last word is ``word``."""
        return self._by_word.get(_word_key(word), [])

    def knows(self, word: str) -> bool:
        return bool(self.candidates(word))

    def fullest(self, name: str, pos: int) -> str:
        """The fullest form of ``name`` in the document (nearest before ``pos`` if ambiguous)."""
        words = name.split()
        if len(words) != 1:
            return name
        cands = self.candidates(words[0])
        if not cands:
            return name
        forms = {}
        for m in cands:
            forms.setdefault(speaker_key(m.name), m)
        if len(forms) == 1:
            return max(cands, key=lambda m: (len(m.words), -m.start)).name
        # Several people share the word: keep the longest when the others are parts of it...
        longest = max(forms.values(), key=lambda m: len(m.words))
        lw = {_word_key(w) for w in longest.words}
        if all({_word_key(w) for w in m.words} <= lw for m in forms.values()):
            return longest.name
        # ...else the nearest one named before; no guess when none was.
        before = [m for m in cands if m.start < pos]
        return max(before, key=lambda m: m.start).name if before else name


def speaker_key(name: str) -> str:
    """Case-, hyphen- and space-insensitive form of a name: 'Kim Jong-un' -> 'kimjongun'."""
    return "".join(_word_key(w) for w in name.split())


def same_speaker(a: str, b: str) -> bool:
    """Do two speaker names (possibly from two documents) name the same person?

    Full names compare whole; a lone surname matches a full name's first or last word
    (Korean names put the surname first: "Chang" is "Chang Ho-jin").
    """
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if len(wa) > 1 and len(wb) > 1:
        ka, kb = {_word_key(w) for w in wa}, {_word_key(w) for w in wb}
        return speaker_key(a) == speaker_key(b) or ka <= kb or kb <= ka
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    k = _word_key(short[0])
    return k in (_word_key(long_[0]), _word_key(long_[-1]))




# ---------------------------------------------------------------------------------------------
# Attribution: the speaker of each quotation, sentence by sentence.

#: Quotation boundaries the attribution needs: words ``(start, end)`` and marks ``(ostart, oend)``.
class QuoteBox(NamedTuple):
    start: int
    end: int
    ostart: int
    oend: int


class Attribution(NamedTuple):
    speaker: str | None
    cue: str | None
    speaker_range: tuple[int, int] | None


NO_ATTRIBUTION = Attribution(None, None, None)

#: How many sentences a pronoun may look back for the person it stands for.
PRONOUN_REACH = 4

_QUOTE_TOKEN = "\u201cQ\u201d"  # stands for a whole quotation in a sentence's word list
_PERSON, _PRONOUN, _OTHER, _ELIDED, _NONE = "person", "pronoun", "other", "elided", "none"


class _Subject(NamedTuple):
    kind: str
    mention: Mention | None = None
    pronoun: Tok | None = None


class _Cue(NamedTuple):
    index: int  # in the sentence's word list
    word: str  # as the Quote's ``cue``: "said", "according to"
    start: int
    end: int


def _is_word(t: Tok) -> bool:
    return t.text[:1].isalnum()


def _is_cap_word(t: Tok) -> bool:
    return t.text[:1].isalpha() and t.text[:1].isupper() and t.text != _QUOTE_TOKEN


def _sentence_words(text: str, start: int, end: int, boxes: list[QuoteBox]) -> list[Tok]:
    """Tokens of a sentence with each quotation replaced by one placeholder token."""
    out: list[Tok] = []
    pos = start
    for b in boxes:
        if b.oend <= start or b.ostart >= end:
            continue
        out.extend(tokens(text, pos, max(pos, b.ostart)))
        out.append(Tok(b.ostart, b.oend, _QUOTE_TOKEN))
        pos = max(pos, b.oend)
    out.extend(tokens(text, pos, end))
    return out


def _find_cues(words: list[Tok]) -> list[_Cue]:
    cues = []
    for i, t in enumerate(words):
        low = t.low
        if low == "according" and i + 1 < len(words) and words[i + 1].low == "to":
            cues.append(_Cue(i, "according to", t.start, words[i + 1].end))
        elif low in CUE_WORDS and not t.is_cap:
            cues.append(_Cue(i, low, t.start, t.end))
    return cues


def _run_back(words: list[Tok], j: int) -> int:
    """Start index of the capitalised run ending at ``words[j]``."""
    i = j
    while i - 1 >= 0:
        p = words[i - 1]
        if _is_cap_word(p):
            i -= 1
        elif p.low in PARTICLES and i - 2 >= 0 and _is_cap_word(words[i - 2]):
            i -= 1
        else:
            break
    return i




def _subject_left(words: list[Tok], cue: _Cue) -> _Subject:
    participle = cue.word.endswith("ing")
    j = cue.index - 1
    if participle and any(w.low in ("a", "an") for w in words[max(0, j - 1) : j + 1]):
        return _Subject(_ELIDED)  # "issued a fresh warning": the sentence's subject speaks
    while j >= 0 and not _is_cap_word(words[j]) and (
        words[j].low in FILLERS or (words[j].low.endswith("ly") and len(words[j].low) > 4)
    ):
        j -= 1
    if j < 0:
        return _Subject(_ELIDED if participle else _NONE)
    t = words[j]
    if t.text == _QUOTE_TOKEN:
        return _Subject(_NONE)
    if t.low in ("and", "but", "then", "or", "while") or (participle and t.low == "as"):
        return _Subject(_ELIDED)  # "... and warned", "was quoted as saying"
    if t.text == ")":
        # "Senator John Smith (R-Texas) said": look past the parenthesis.
        k = j - 1
        while k >= 0 and j - k <= 10 and words[k].text not in ("(", ")", _QUOTE_TOKEN):
            k -= 1
        if k < 1 or words[k].text != "(":
            return _Subject(_NONE)
        j = k - 1
        t = words[j]
    if t.text in (",", "—", "–"):
        if participle:
            return _Subject(_ELIDED)
        # An apposition: "Sun Yun, director of the China programme ..., said".
        k = j - 1
        while k >= 0 and j - k <= 25 and words[k].text not in (",", _QUOTE_TOKEN, ";", ":"):
            if words[k].low in CUE_WORDS:
                return _Subject(_NONE)
            k -= 1
        if k < 1 or words[k].text != "," or j - k < 2 or _is_cap_word(words[k + 1]):
            return _Subject(_NONE)
        j = k - 1
        t = words[j]
    if t.low in PRONOUNS:
        return _Subject(_PRONOUN, pronoun=t)
    if _is_cap_word(t):
        if t.possessive:
            return _Subject(_OTHER)
        i = _run_back(words, j)
        m = mention_of_run(words, i, j + 1)
        if m:
            return _Subject(_PERSON, m)
        # "Park Won-gon of the Ewha Woman’s University said": look past the institution.
        k = i - 1
        if k >= 0 and words[k].low == "the":
            k -= 1
        if k >= 1 and words[k].low in ("of", "at", "from") and _is_cap_word(words[k - 1]):
            i2 = _run_back(words, k - 1)
            m = mention_of_run(words, i2, k)
            if m:
                return _Subject(_PERSON, m)
        return _Subject(_OTHER)
    return _Subject(_OTHER)


def _subject_right(words: list[Tok], cue: _Cue) -> _Subject:
    j = cue.index + (2 if cue.word == "according to" else 1)
    if j < len(words) and words[j].low in PRONOUNS:
        return _Subject(_PRONOUN, pronoun=words[j])
    while j < len(words) and not _is_cap_word(words[j]) and words[j].low in TITLES:
        j += 1
    if j >= len(words) or not _is_cap_word(words[j]):
        return _Subject(_OTHER)
    k = j
    while k < len(words):
        t = words[k]
        if _is_cap_word(t):
            k += 1
            if t.possessive:
                break
        elif t.low in PARTICLES and k + 1 < len(words) and _is_cap_word(words[k + 1]):
            k += 1
        else:
            break
    if words[k - 1].possessive:
        return _Subject(_OTHER)  # "according to Kim Jong Un’s aide": the aide speaks
    m = mention_of_run(words, j, k)
    return _Subject(_PERSON, m) if m else _Subject(_OTHER)


def _cue_subject(words: list[Tok], cue: _Cue) -> _Subject:
    if cue.word == "according to":
        return _subject_right(words, cue)
    left = _subject_left(words, cue)
    if left.kind in (_PERSON, _PRONOUN):
        return left
    prev = words[cue.index - 1] if cue.index else None
    if prev is None or prev.text in (",", _QUOTE_TOKEN, "—", "–", "-", ":"):
        right = _subject_right(words, cue)
        if right.kind in (_PERSON, _PRONOUN):
            return right
    return left


def _sentence_subject(words: list[Tok]) -> _Subject:
    """The person a sentence starts with ("Putin brushed off ..., saying ...")."""
    i = 0
    while i < len(words) and (words[i].low in FUNCTION_WORDS and words[i].low not in PRONOUNS
                              or not _is_word(words[i])) and words[i].text != _QUOTE_TOKEN:
        i += 1
    if i < len(words) and words[i].low in PRONOUNS:
        return _Subject(_PRONOUN, pronoun=words[i])
    j = i
    while j < len(words) and (_is_cap_word(words[j]) or words[j].low in TITLES):
        if words[j].possessive:
            return _Subject(_NONE)
        j += 1
    if j == i or j >= len(words) or not _is_word(words[j]):
        return _Subject(_NONE)
    k = j - 1
    if not _is_cap_word(words[k]):
        return _Subject(_NONE)
    m = mention_of_run(words, _run_back(words, k), k + 1)
    return _Subject(_PERSON, m) if m else _Subject(_NONE)






def attribute(
    text: str,
    sentences: list[tuple[int, int]],
    boxes: list[QuoteBox],
    book: NameBook | None = None,
) -> list[Attribution]:
    """The speaker of every quotation in ``boxes`` (sorted), given the context sentences.

    ``sentences`` are (start, end) ranges in document order that never cut a quotation.

    >>> t = "Ilya Belyakov said so.\\n“It is over,” he said."
    >>> attribute(t, [(0, 22), (23, 46)], [QuoteBox(24, 35, 23, 37)])[0].speaker
    'Ilya Belyakov'
    """
    book = book or NameBook.from_text(text, sentences)
    result = [NO_ATTRIBUTION] * len(boxes)
    last: tuple[str, tuple[int, int]] | None = None  # antecedent for "he"/"she"
    age = PRONOUN_REACH + 1
    prev_attr: Attribution | None = None
    bi = 0
    for s, e in sentences:
        while bi < len(boxes) and boxes[bi].ostart < s:
            bi += 1
        here = []
        k = bi
        while k < len(boxes) and boxes[k].ostart < e:
            here.append(k)
            k += 1
        words = _sentence_words(text, s, e, [boxes[k] for k in here])
        cues = _find_cues(words)

        def resolve(sub: _Subject) -> Attribution | None:
            if sub.kind == _PERSON:
                m = sub.mention
                name = book.fullest(m.name, m.start)
                return Attribution(name, None, (m.start, m.end))
            if sub.kind == _PRONOUN and last is not None and age <= PRONOUN_REACH:
                return Attribution(last[0], None, last[1])
            return None

        subjects = [_cue_subject(words, c) for c in cues]
        resolved = [resolve(sb) for sb in subjects]
        opening = None
        for ci, sb in enumerate(subjects):
            if sb.kind == _ELIDED and resolved[ci] is None:
                # "..., saying": the subject of another verb, else of the sentence.
                others = [resolved[x] for x in range(len(cues)) if x != ci and resolved[x]]
                if others:
                    resolved[ci] = others[0]
                else:
                    if opening is None:
                        opening = resolve(_sentence_subject(words)) or False
                    resolved[ci] = opening or None
        quote_positions = [i for i, w in enumerate(words) if w.text == _QUOTE_TOKEN]
        quote_only = not any(_is_word(w) for w in words if w.text != _QUOTE_TOKEN)
        for qn, k in enumerate(here):
            if qn >= len(quote_positions):
                break
            qi = quote_positions[qn]
            box = boxes[k]
            # A comma inside the marks ("...,” he said") ends the quoted clause too.
            comma_inside = text[box.end : box.oend].lstrip()[:1] == "," or text[
                box.start : box.end
            ].rstrip().endswith(",")
            cue = _choose_cue_with(words, qi, cues, comma_inside)
            label = _dash_speaker(words, qi) or (None if cue else _colon_speaker(words, qi))
            if label is not None:
                name = book.fullest(label.name, label.start)
                result[k] = Attribution(name, None, (label.start, label.end))
            elif cue is not None:
                att = resolved[cues.index(cue)] or NO_ATTRIBUTION
                result[k] = Attribution(att.speaker, cue.word, att.speaker_range)
            elif quote_only and prev_attr is not None:
                result[k] = prev_attr
        # Remember who this sentence is about, for a "he said" to come.
        people = [r for r in resolved if r is not None]
        if people:
            last, age = (people[-1].speaker, people[-1].speaker_range), 0
            prev_attr = Attribution(people[-1].speaker, cues[resolved.index(people[-1])].word,
                                    people[-1].speaker_range)
        else:
            named = {}
            for i, j in cap_runs(words):
                m = mention_of_run(words, i, j)
                if m is None or (len(m.words) == 1 and not book.knows(m.words[0])):
                    continue
                full = book.fullest(m.name, m.start)
                named.setdefault(speaker_key(full), (full, (m.start, m.end)))
            if len(named) == 1:
                last, age = next(iter(named.values())), 0
            elif named:
                last, age = None, 0  # two people: "he" would be a guess
            else:
                age += 1
            if quote_only and prev_attr is not None and any(result[k] == prev_attr for k in here):
                pass  # the same speaker goes on
            else:
                prev_attr = None
    return result


def _dash_speaker(words: list[Tok], qi: int) -> Mention | None:
    """'“...” — Vladimir Putin, on ...': a name right after a dash after the quotation."""
    j = qi + 1
    if j < len(words) and words[j].text == ",":
        j += 1
    if j + 1 >= len(words) or words[j].text not in ("—", "–", "-"):
        return None
    j += 1
    k = j
    while k < len(words) and _is_cap_word(words[k]):
        k += 1
        if words[k - 1].possessive:
            return None  # "— Putin’s words": not a name standing alone
    if k == j or (k < len(words) and _is_cap_word(words[k])):
        return None
    return mention_of_run(words, j, k)


def _colon_speaker(words: list[Tok], qi: int) -> Mention | None:
    """'Biden: “...”': a sentence that is only a name, a colon and the quotation."""
    if qi < 2 or words[qi - 1].text != ":":
        return None
    i = 0
    while i < qi - 1 and words[i].low in FUNCTION_WORDS:
        i += 1
    if i >= qi - 1 or not all(_is_cap_word(w) or w.low in TITLES for w in words[i : qi - 1]):
        return None
    return mention_of_run(words, i, qi - 1)


def _choose_cue_with(words: list[Tok], qi: int, cues: list[_Cue], comma_inside: bool) -> _Cue | None:
    after = [c for c in cues if c.index > qi]
    before = [c for c in cues if c.index < qi]
    if after:
        c = after[0]
        between = words[qi + 1 : c.index]
        punct_after = qi + 1 < len(words) and words[qi + 1].text in (",", "—", "–", "-", ".")
        # "..., adding “...”": a verb right before another quotation introduces that one.
        introduces_next = any(t.text == _QUOTE_TOKEN for t in words[c.index + 1 : c.index + 3])
        if (punct_after or comma_inside) and len(between) <= 10 and not introduces_next and not any(
            t.text == _QUOTE_TOKEN for t in between
        ):
            return c
    if before:
        return before[-1]
    return after[0] if after else None


__all__ = [
    "TITLES", "NOT_PERSON", "CUE_WORDS", "Tok", "tokens", "parse_name", "Mention", "cap_runs",
    "mention_of_run", "NameBook", "speaker_key", "same_speaker", "QuoteBox", "Attribution",
    "attribute",
]
