"""One sentence's speech cues, and which of them governs each quotation in it.

A cue is a speech verb ("said", "told", "warned"), "according to", a two-word cue ("shot
back") or "issued a statement".  Each quotation in the sentence stands as one placeholder
word, ``QUOTE_TOKEN``, so that the clause around it reads as plain words.  Who utters a
cue is the job of ``subjects``.

>>> words = sentence_words("“We act,” Putin said.", 0, 21, [QuoteBox(1, 7, 0, 9)])
>>> [w.text for w in words][1:], [c.word for c in find_cues(words)]
(['Putin', 'said', '.'], ['said'])
"""

from __future__ import annotations

from typing import NamedTuple

from kompare.core.config import CompareConfig
from kompare.core.speakers.lexicon import (
    CUE_WORDS, DETERMINERS, FUNCTION_WORDS, PARTICLES, PHRASAL_CUES, TITLES,
)
from kompare.core.speakers.names import Mention, mention_of_run
from kompare.core.speakers.scan import Tok, tokens

#: Quotation boundaries the attribution needs: words ``(start, end)`` and marks ``(ostart, oend)``.
class QuoteBox(NamedTuple):
    start: int
    end: int
    ostart: int
    oend: int



QUOTE_TOKEN = "\u201cQ\u201d"  # stands for a whole quotation in a sentence's word list


class Cue(NamedTuple):
    index: int  # in the sentence's word list
    word: str  # as the Quote's ``cue``: "said", "according to"
    start: int
    end: int


def is_word(t: Tok) -> bool:
    return t.text[:1].isalnum()


def is_cap_word(t: Tok) -> bool:
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


#: Verbs that put out a statement ("issued a statement").
_ISSUING = frozenset("issued issues released releases put puts sent sends posted posts".split())


#: The words a cue can start with: any other word is passed over at once.
_CUE_STARTS = frozenset({"according", "statement", "statements", *CUE_WORDS, *(first for first, _ in PHRASAL_CUES)})


def find_cues(words: list[Tok]) -> list[Cue]:
    """Speech verbs and "according to"; a verb used as an adjective or a noun is none.

    >>> [c.word for c in find_cues(tokens("Seoul’s threatened aid, he said", 0, 31))]
    ['said']
    """
    cues = []
    # Each word's lower case (as ``Tok.low``) once: it is read two or three times.
    lows = [w.lower().replace("’", "'") for w in [t.text for t in words]]
    lows.append("")  # (what follows the last word)
    for i in [i for i, low in enumerate(lows) if low in _CUE_STARTS]:  # (few words can start one)
        t, low = words[i], lows[i]
        if low == "according" and lows[i + 1] == "to":
            cues.append(Cue(i, "according to", t.start, words[i + 1].end))
        elif i + 1 < len(words) and (low, lows[i + 1]) in PHRASAL_CUES and not t.is_cap:
            if low in ("went", "goes") and i + 2 < len(words) and is_word(words[i + 2]):
                continue  # "went on to win": not "“...,” Trump went on."
            cues.append(Cue(i, f"{low} {lows[i + 1]}", t.start, words[i + 1].end))
        elif low in ("statement", "statements") and i >= 2 and lows[i - 2] in _ISSUING:
            # "Trump issued a statement, “...”": the one who issued it speaks
            nxt = words[i + 1].text if i + 1 < len(words) else ""
            if nxt in (",", ":", QUOTE_TOKEN) or nxt.lower() == "saying":
                cues.append(Cue(i, "statement", t.start, t.end))
        elif low in CUE_WORDS and (not t.is_cap or i == 0 and (low in ("said", "says") or low[-3:] == "ing")):
            prev = words[i - 1] if i else None
            if prev is not None and (prev.possessive or prev.low in DETERMINERS):
                continue  # "Seoul’s threatened provision", "the said treaty"
            nxt = words[i + 1] if i + 1 < len(words) else None
            if low.startswith("continue") and nxt is not None and is_word(nxt):
                continue  # "will continue to be": not "he continued, “...”"
            if low in ("state", "states") and (
                nxt is not None and nxt.low != "that" and is_word(nxt) or prev is not None and prev.low == "of"
            ):
                continue  # "his home state of Vermont", "the secretary of state,": a noun, unless "they state that"
            cues.append(Cue(i, low, t.start, t.end))
    return cues


def run_back(words: list[Tok], j: int) -> int:
    """Start index of the capitalised run ending at ``words[j]``."""
    i = j
    while i - 1 >= 0:
        p = words[i - 1]
        if is_cap_word(p):
            i -= 1
        elif p.low in PARTICLES and i - 2 >= 0 and is_cap_word(words[i - 2]):
            i -= 1
        else:
            break
    return i


def run_forward(words: list[Tok], j: int) -> int:
    """End index (exclusive) of the capitalised run starting at ``words[j]``."""
    k = j
    while k < len(words):
        t = words[k]
        if is_cap_word(t):
            k += 1
            if t.possessive:
                break
        elif t.low in PARTICLES and k + 1 < len(words) and is_cap_word(words[k + 1]):
            k += 1
        else:
            break
    return k


#: Marks that open a line signing a quotation ("— Maria Lopez"), or a speaker after it.
DASHES = ("—", "–", "-", "―")


def dash_speaker(words: list[Tok], qi: int) -> Mention | None:
    """'“...” — Vladimir Putin, on ...': a name right after a dash after the quotation."""
    j = qi + 1
    if j < len(words) and words[j].text == ",":
        j += 1
    if j + 1 >= len(words) or words[j].text not in DASHES:
        return None
    j += 1
    k = j
    while k < len(words) and is_cap_word(words[k]):
        k += 1
        if words[k - 1].possessive:
            return None  # "— Putin’s words": not a name standing alone
    if k == j or (k < len(words) and is_cap_word(words[k])):
        return None
    return mention_of_run(words, j, k)


def signature_speaker(words: list[Tok], max_words: int = CompareConfig.signature_max_words) -> Mention | None:
    """A line that signs the quotation before it: a dash, then a name, maybe a description
    after a comma or in brackets ("— Maria Lopez, 28, Phoenix", "-Sen. Bernie Sanders (I-Vt.)").
    A line without the dash may be a heading or a sentence ("Sanders, accordingly, is ..."):
    it signs nothing.

    >>> signature_speaker(tokens("— Maria Lopez, 28, a nurse from Phoenix", 0, 39)).name
    'Maria Lopez'
    >>> signature_speaker(tokens("Maria Lopez, 28.", 0, 16)) is None
    True
    """
    j = 0
    while j < len(words) and words[j].text in DASHES:
        j += 1
    if j == 0 or sum(map(is_word, words)) > max_words:
        return None
    k = j
    while k < len(words) and (is_cap_word(words[k]) or words[k].low in TITLES):
        if words[k].possessive:
            return None  # "— Putin’s words": not a name standing alone
        k += 1
    if k == j or k < len(words) and words[k].text not in (",", "(", ".", "”", '"'):
        return None
    return mention_of_run(words, j, k)


def colon_name(words: list[Tok], qi: int) -> Mention | None:
    """'Republican pollster Daron Shaw: “...”': the name right before the colon."""
    j = qi - 2
    if j < 0 or words[qi - 1].text != ":" or not is_cap_word(words[j]) or words[j].possessive:
        return None
    return mention_of_run(words, run_back(words, j), j + 1)


def colon_speaker(words: list[Tok], qi: int) -> Mention | None:
    """'Biden: “...”': a sentence that is only a name, a colon and the quotation (after a
    heading and a dash too: "Pollsters agree - Carl Bialik: “...”")."""
    if qi < 2 or words[qi - 1].text != ":":
        return None
    dash = max((k for k in range(qi - 1) if words[k].text in ("—", "–", "-")), default=-1)
    i = dash + 1
    while i < qi - 1 and words[i].low in FUNCTION_WORDS:
        i += 1
    if i >= qi - 1 or not all(is_cap_word(w) or w.low in TITLES for w in words[i : qi - 1]):
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
        if _closed_subordinate(words, before[-1].index, qi):
            return None
        return before[-1]
    return after[0] if after else None


#: Conjunctions that set a clause's event apart from the main one ("after X announced it,");
#: not "as" or "when", which introduce a quotation as often ("As Dell said last week, “...”").
_OTHER_EVENT = frozenset("after before since because although though once until unless whereas".split())


def _closed_subordinate(words: list[Tok], ci: int, qi: int) -> bool:
    """Is the verb ``words[ci]`` in a subordinate clause that a comma closes before the
    quotation at ``qi``? ("A day after Russia and the DPRK announced the treaty, South Korea
    expressed “serious concern”": the announcing is not the quotation's.)

    >>> w = tokens("After Putin announced it, Seoul voiced “concern”. As Kim said, “no”.", 0, 67)
    >>> _closed_subordinate(w, 2, 7), _closed_subordinate(w, 13, 15)
    (True, False)
    """
    if words[ci].low.endswith("ing"):
        return False  # "while adding on climate matters, “...”": the adding is the quotation's
    k = ci - 1
    while k >= 0 and words[k].text not in (",", QUOTE_TOKEN, ":", ";", "—", "–", "-"):
        if words[k].low in _OTHER_EVENT:
            # The verb has words of its own before the comma ("announced the treaty,"): not
            # "As Trump said, “...”", where the comma hands over to the quotation.
            return any(t.text == "," for t in words[ci + 2 : qi]) and is_word(words[ci + 1])
        k -= 1
    return False
