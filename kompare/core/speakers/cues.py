"""One sentence's speech cues and who utters them.

A cue is a speech verb ("said", "told", "warned") or "according to"; its speaker is the
name right before it, or right after it when the verb follows a comma or a quotation
("..., said Danny Russel").  Each quotation in the sentence stands as one placeholder
word, ``QUOTE_TOKEN``, so that the clause around it reads as plain words.

>>> words = sentence_words("“We act,” Putin said.", 0, 21, [QuoteBox(1, 7, 0, 9)])
>>> [w.text for w in words][1:], [c.word for c in find_cues(words)]
(['Putin', 'said', '.'], ['said'])
>>> cue_subject(words, find_cues(words)[0]).mention.name
'Putin'
"""

from __future__ import annotations

from typing import NamedTuple

from kompare.core.speakers.lexicon import CUE_WORDS, FILLERS, FUNCTION_WORDS, PARTICLES, PRONOUNS, TITLES
from kompare.core.speakers.names import Mention, mention_of_run
from kompare.core.speakers.scan import Tok, tokens

#: Quotation boundaries the attribution needs: words ``(start, end)`` and marks ``(ostart, oend)``.
class QuoteBox(NamedTuple):
    start: int
    end: int
    ostart: int
    oend: int



QUOTE_TOKEN = "\u201cQ\u201d"  # stands for a whole quotation in a sentence's word list
PERSON, PRONOUN, OTHER, ELIDED, NONE = "person", "pronoun", "other", "elided", "none"


class Subject(NamedTuple):
    kind: str
    mention: Mention | None = None
    pronoun: Tok | None = None


class Cue(NamedTuple):
    index: int  # in the sentence's word list
    word: str  # as the Quote's ``cue``: "said", "according to"
    start: int
    end: int


def is_word(t: Tok) -> bool:
    return t.text[:1].isalnum()


def _is_cap_word(t: Tok) -> bool:
    return t.text[:1].isalpha() and t.text[:1].isupper() and t.text != QUOTE_TOKEN


def sentence_words(text: str, start: int, end: int, boxes: list[QuoteBox]) -> list[Tok]:
    """Tokens of a sentence with each quotation replaced by one placeholder token."""
    out: list[Tok] = []
    pos = start
    for b in boxes:
        if b.oend <= start or b.ostart >= end:
            continue
        out.extend(tokens(text, pos, max(pos, b.ostart)))
        out.append(Tok(b.ostart, b.oend, QUOTE_TOKEN))
        pos = max(pos, b.oend)
    out.extend(tokens(text, pos, end))
    return out


def find_cues(words: list[Tok]) -> list[Cue]:
    cues = []
    for i, t in enumerate(words):
        low = t.low
        if low == "according" and i + 1 < len(words) and words[i + 1].low == "to":
            cues.append(Cue(i, "according to", t.start, words[i + 1].end))
        elif low in CUE_WORDS and not t.is_cap:
            cues.append(Cue(i, low, t.start, t.end))
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




def _subject_left(words: list[Tok], cue: Cue) -> Subject:
    participle = cue.word.endswith("ing")
    j = cue.index - 1
    if participle and any(w.low in ("a", "an") for w in words[max(0, j - 1) : j + 1]):
        return Subject(ELIDED)  # "issued a fresh warning": the sentence's subject speaks
    while j >= 0 and not _is_cap_word(words[j]) and (
        words[j].low in FILLERS or (words[j].low.endswith("ly") and len(words[j].low) > 4)
    ):
        j -= 1
    if j < 0:
        return Subject(ELIDED if participle else NONE)
    t = words[j]
    if t.text == QUOTE_TOKEN:
        return Subject(NONE)
    if t.low in ("and", "but", "then", "or", "while") or (participle and t.low == "as"):
        return Subject(ELIDED)  # "... and warned", "was quoted as saying"
    if t.text == ")":
        # "Senator John Smith (R-Texas) said": look past the parenthesis.
        k = j - 1
        while k >= 0 and j - k <= 10 and words[k].text not in ("(", ")", QUOTE_TOKEN):
            k -= 1
        if k < 1 or words[k].text != "(":
            return Subject(NONE)
        j = k - 1
        t = words[j]
    if t.text in (",", "—", "–"):
        if participle:
            return Subject(ELIDED)
        # An apposition: "Sun Yun, director of the China programme ..., said".
        k = j - 1
        while k >= 0 and j - k <= 25 and words[k].text not in (",", QUOTE_TOKEN, ";", ":"):
            if words[k].low in CUE_WORDS:
                return Subject(NONE)
            k -= 1
        if k < 1 or words[k].text != "," or j - k < 2 or _is_cap_word(words[k + 1]):
            return Subject(NONE)
        j = k - 1
        t = words[j]
    if t.low in PRONOUNS:
        return Subject(PRONOUN, pronoun=t)
    if _is_cap_word(t):
        if t.possessive:
            return Subject(OTHER)
        i = _run_back(words, j)
        m = mention_of_run(words, i, j + 1)
        if m:
            return Subject(PERSON, m)
        # "Park Won-gon of the Ewha Woman’s University said": look past the institution.
        k = i - 1
        if k >= 0 and words[k].low == "the":
            k -= 1
        if k >= 1 and words[k].low in ("of", "at", "from") and _is_cap_word(words[k - 1]):
            i2 = _run_back(words, k - 1)
            m = mention_of_run(words, i2, k)
            if m:
                return Subject(PERSON, m)
        return Subject(OTHER)
    return Subject(OTHER)


def _subject_right(words: list[Tok], cue: Cue) -> Subject:
    j = cue.index + (2 if cue.word == "according to" else 1)
    if j < len(words) and words[j].low in PRONOUNS:
        return Subject(PRONOUN, pronoun=words[j])
    while j < len(words) and not _is_cap_word(words[j]) and words[j].low in TITLES:
        j += 1
    if j >= len(words) or not _is_cap_word(words[j]):
        return Subject(OTHER)
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
        return Subject(OTHER)  # "according to Kim Jong Un’s aide": the aide speaks
    m = mention_of_run(words, j, k)
    return Subject(PERSON, m) if m else Subject(OTHER)


def cue_subject(words: list[Tok], cue: Cue) -> Subject:
    if cue.word == "according to":
        return _subject_right(words, cue)
    left = _subject_left(words, cue)
    if left.kind in (PERSON, PRONOUN):
        return left
    prev = words[cue.index - 1] if cue.index else None
    if prev is None or prev.text in (",", QUOTE_TOKEN, "—", "–", "-", ":"):
        right = _subject_right(words, cue)
        if right.kind in (PERSON, PRONOUN):
            return right
    return left


def sentence_subject(words: list[Tok]) -> Subject:
    """The person a sentence starts with ("Putin brushed off ..., saying ...")."""
    i = 0
    while i < len(words) and (words[i].low in FUNCTION_WORDS and words[i].low not in PRONOUNS
                              or not is_word(words[i])) and words[i].text != QUOTE_TOKEN:
        i += 1
    if i < len(words) and words[i].low in PRONOUNS:
        return Subject(PRONOUN, pronoun=words[i])
    j = i
    while j < len(words) and (_is_cap_word(words[j]) or words[j].low in TITLES):
        if words[j].possessive:
            return Subject(NONE)
        j += 1
    if j == i or j >= len(words) or not is_word(words[j]):
        return Subject(NONE)
    k = j - 1
    if not _is_cap_word(words[k]):
        return Subject(NONE)
    m = mention_of_run(words, _run_back(words, k), k + 1)
    return Subject(PERSON, m) if m else Subject(NONE)


def dash_speaker(words: list[Tok], qi: int) -> Mention | None:
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


def colon_speaker(words: list[Tok], qi: int) -> Mention | None:
    """'Biden: “...”': a sentence that is only a name, a colon and the quotation."""
    if qi < 2 or words[qi - 1].text != ":":
        return None
    i = 0
    while i < qi - 1 and words[i].low in FUNCTION_WORDS:
        i += 1
    if i >= qi - 1 or not all(_is_cap_word(w) or w.low in TITLES for w in words[i : qi - 1]):
        return None
    return mention_of_run(words, i, qi - 1)


def choose_cue(words: list[Tok], qi: int, cues: list[Cue], comma_inside: bool) -> Cue | None:
    after = [c for c in cues if c.index > qi]
    before = [c for c in cues if c.index < qi]
    if after:
        c = after[0]
        between = words[qi + 1 : c.index]
        punct_after = qi + 1 < len(words) and words[qi + 1].text in (",", "—", "–", "-", ".")
        # "..., adding “...”": a verb right before another quotation introduces that one.
        introduces_next = any(t.text == QUOTE_TOKEN for t in words[c.index + 1 : c.index + 3])
        if (punct_after or comma_inside) and len(between) <= 10 and not introduces_next and not any(
            t.text == QUOTE_TOKEN for t in between
        ):
            return c
    if before:
        return before[-1]
    return after[0] if after else None
