"""Sources a sentence describes instead of naming: "a senior administration official said",
"the letter reads", "said one Democratic source on the panel".

A reader comparing two outlets wants to know that one quotes "a high-level government
official" where the other names the minister: the description, as the article words it, is
the speaker (:class:`~kompare.core.model.SpeakerKind` ``DESCRIPTION``). Nothing here guesses
who the source is.

>>> from kompare.core.speakers.scan import tokens
>>> w = tokens("A spokeswoman for George Washington University Hospital said", 0, 60)
>>> described_before(w, len(w) - 2).name
'A spokeswoman for George Washington University Hospital'
>>> w = tokens("said one Democratic source on the panel.", 0, 40)
>>> described_after(w, 1).name
'one Democratic source on the panel'
"""

from __future__ import annotations

from kompare.core.speakers.cues import QUOTE_TOKEN, is_cap_word, is_word
from kompare.core.speakers.lexicon import (
    CUE_WORDS, DESCRIPTION_LINKS, DESCRIPTION_OPENERS, FUNCTION_WORDS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS,
    SOURCE_NOUNS,
)
from kompare.core.speakers.names import Mention
from kompare.core.speakers.scan import Tok

#: Most words a description may hold before its noun ("a top Senate Democratic aide") and
#: after it ("for George Washington University Hospital").
_BEFORE, _AFTER = 5, 6

_IRREGULAR = {"people": "person", "spokesmen": "spokesman", "spokeswomen": "spokeswoman",
              "spokespeople": "spokesperson", "witnesses": "witness", "analyses": "analysis"}


def source_noun(low: str) -> str | None:
    """The singular source noun (or role noun: "a senator") a lower-case word is, or None.

    >>> [source_noun(w) for w in ("officials", "people", "spokeswomen", "letter", "senators", "said", "house")]
    ['official', 'person', 'spokeswoman', 'letter', 'senator', None, None]
    """
    if low in _NOUNS:
        return low
    single = _IRREGULAR.get(low) or (low[:-1] if low.endswith("s") else None)
    return single if single in _NOUNS else None


_NOUNS = SOURCE_NOUNS | ROLE_NOUNS


def as_speaker(m: Mention) -> str:
    """A description as a speaker is written: its words, a leading article in lower case
    ("A spokesperson for Google" opening a sentence is "a spokesperson for Google").

    >>> as_speaker(Mention(0, 0, ("A", "spokesperson", "for", "Google")))
    'a spokesperson for Google'
    >>> as_speaker(Mention(0, 0, ("South", "Korean", "officials")))
    'South Korean officials'
    """
    name = m.name
    return name[:1].lower() + name[1:] if m.words[0].lower() in DESCRIPTION_OPENERS else name


def _modifier(t: Tok) -> bool:
    """May ``t`` stand between an opener and the noun ("senior", "Senate", "ad’s", "high-level")?"""
    return (
        is_word(t) and t.text != QUOTE_TOKEN and t.low not in FUNCTION_WORDS and t.low not in PRONOUNS
        and t.low not in CUE_WORDS and t.low not in DESCRIPTION_OPENERS
    )


def _phrase(words: list[Tok], k: int, end: int, governed_ok: bool = False) -> Mention | None:
    """The description whose source noun is ``words[k]`` and whose last word is
    ``words[end - 1]``: back from the noun over modifiers to an opener ("a", "two", "the")
    or a possessive ("Flynn’s lawyer"); a plural may stand alone where a clause
    opens ("Senior administration officials"). A phrase a preposition governs is none,
    unless ``governed_ok`` (the "to" of "according to")."""
    noun = words[k]
    if noun.text[:1].isupper() and k > 0 and noun.low.rstrip("s") not in _PARTY or noun.possessive:
        return None  # "Ad" inside a name is no noun; "the aide’s" is whose, not who
    i = k
    while i - 1 >= 0 and k - (i - 1) <= _BEFORE and _modifier(words[i - 1]):
        i -= 1
    opened = False
    for _ in range(2):  # "a", "the two"
        if i - 1 >= 0 and words[i - 1].low in DESCRIPTION_OPENERS:
            i -= 1
            opened = True
    # "wrote in a statement to Wired": where the words were, not who said them ("As one
    # employee told ...": that "as" opens a clause)
    if not governed_ok and i - 1 >= 0 and words[i - 1].low in PREPOSITIONS and words[i - 1].low != "as":
        return None
    if not opened and not any(w.possessive for w in words[i:k]):
        opens = i == 0 or words[i - 1].text in _CLAUSE_MARKS or words[i - 1].low in ("and", "but", "that")
        if source_noun(noun.low) == noun.low or not opens:
            return None  # "official" with no article is a word in a longer phrase
    return Mention(words[i].start, words[end - 1].end, tuple(w.text for w in words[i:end]))


#: Source nouns written with a capital: "another New Hampshire Republican".
_PARTY = frozenset(("republican", "democrat"))

#: Words of a verb phrase, never of a description ("could only say").
_VERBISH = frozenset(
    """could would should can will may might must did does do is was were are be has have had only
    also then later""".split()
)

#: Marks that may close an inverted description ("said a senior official, who ...").
_CLOSING = frozenset((",", ".", ";", ":", "—", "–", ")", "?", "!"))

_CLAUSE_MARKS = frozenset((",", ";", ":", "—", "–", "(", QUOTE_TOKEN))


def described_before(words: list[Tok], j: int) -> Mention | None:
    """The described source ending at ``words[j]`` (the word before a speech verb), or None:
    "a senior official", "officials", "an aide to Clinton", "one person familiar with the talks".

    >>> from kompare.core.speakers.scan import tokens
    >>> w = tokens("Senior administration officials said", 0, 36)
    >>> described_before(w, 2).name
    'Senior administration officials'
    >>> w = tokens("Danny Russel, a former official said", 0, 36)
    >>> described_before(w, 5).name
    'a former official'
    >>> w = tokens("former official Danny Russel said", 0, 33)
    >>> described_before(w, 3) is None
    True
    """
    for k in range(j, max(-1, j - _AFTER - 1), -1):
        t = words[k]
        if not is_word(t):
            return None
        if t.low in _VERBISH:
            return None  # "a spokesman for Bernie Sanders could only say": the verb's, not the source's
        if source_noun(t.low):
            if k < j and (words[k + 1].low not in DESCRIPTION_LINKS or k + 1 == j):
                # "former official Danny Russel": a name the noun titles, unless a source
                # before speaks for them ("a spokesperson for Vice President Mike Pence");
                # "secretary of": no one
                continue
            found = _phrase(words, k, j + 1)
            if found is not None or k < j:
                return found
            # ("a spokesman for committee Democrats": the spokesman, before the Democrats)
    return None


def described_after(words: list[Tok], j: int) -> Mention | None:
    """The described source starting at ``words[j]`` (after an inverted speech verb), up to
    the punctuation that closes it: "said a senior official", "according to the statement".

    >>> from kompare.core.speakers.scan import tokens
    >>> w = tokens("according to a spokesperson for the Fish and Wildlife Service, it", 0, 66)
    >>> described_after(w, 2).name
    'a spokesperson for the Fish and Wildlife Service'
    >>> w = tokens("said former secretary of state Hillary Clinton.", 0, 47)
    >>> described_after(w, 1) is None
    True
    """
    k = j
    while k < len(words) and k - j <= _BEFORE + 1 and not source_noun(words[k].low):
        if not (_modifier(words[k]) or words[k].low in DESCRIPTION_OPENERS) or is_cap_word(words[k]) and (
            k + 1 < len(words) and not is_word(words[k + 1])
        ):
            return None
        k += 1
    if k >= len(words) or not source_noun(words[k].low):
        return None
    while k + 1 < len(words) and source_noun(words[k + 1].low):
        k += 1  # "one Florida Republican strategist"
    end = k + 1
    if end < len(words) and words[end].low in DESCRIPTION_LINKS:
        stop = end + 1
        while stop < len(words) and stop - end <= _AFTER and is_word(words[stop]) and words[stop].low not in CUE_WORDS:
            stop += 1
        end = stop
    if end < len(words) and words[end].text not in _CLOSING:
        # "said the official report was ...", "said the president “...”": what is said, not
        # who says it; "a lawyer for Flynn told reporters on ...": read no further
        return None
    m = _phrase(words, k, end, governed_ok=True)
    return m if m is not None and m.start >= words[j].start else None
