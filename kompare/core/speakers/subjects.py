"""Who utters a speech cue: the subject left of it, an inverted one right of it, or the
sentence's own subject.

The speaker of "said" is the name right before it ("Putin said"), the name opening the
clause before an apposition ("Sun Yun, director of ..., said"), or the name right after it
when the verb follows a comma or a quotation ("..., said Danny Russel").  A participle
("..., saying") speaks as the sentence's subject; the listener of "told" never speaks.

>>> words = sentence_words("“We act,” Putin said.", 0, 21, [QuoteBox(1, 7, 0, 9)])
>>> cue_subject(words, find_cues(words)[0]).mention.name
'Putin'
"""

from __future__ import annotations

import re
from typing import NamedTuple

# (QuoteBox, find_cues, sentence_words and tokens are imported for the doctests.)
from kompare.core.speakers.cues import (  # noqa: F401
    QUOTE_TOKEN, Cue, QuoteBox, find_cues, is_cap_word, is_word, run_back, run_forward, sentence_words,
)
from kompare.core.speakers.lexicon import (
    ADDRESSEE_CUES, BODY_WORDS, DESCRIPTION_OPENERS, FILLERS, FUNCTION_WORDS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS,
    SUBORDINATORS, TITLES, WEEKDAYS, WRITINGS,
)
from kompare.core.speakers.described import described_after, described_before, source_noun
from kompare.core.speakers.names import Mention, mention_of_run
from kompare.core.speakers.scan import Tok, tokens  # noqa: F401

_PARTY_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*$")
PERSON, PRONOUN, OTHER, ELIDED, NONE, OBJECT = "person", "pronoun", "other", "elided", "none", "object"
WORD = "word"  # a lone capitalised word: a speaker only if the document names it in full
BODY = "body"  # an institution, country or organisation that speaks ("the White House said")
DESCRIBED = "described"  # a source described, not named ("a senior official said")


class Subject(NamedTuple):
    kind: str
    mention: Mention | None = None
    pronoun: Tok | None = None



def _is_party_label(words: list[Tok]) -> bool:
    """"R-Ky.", "D-Calif", "I-Vt.": a party and state written after a politician's name."""
    return len(words) == 1 and _PARTY_RE.match(words[0].text) is not None


def _skip_back(words: list[Tok], j: int, stop: int) -> int | None:
    """Index of the word before the bracket or party label ending at ``words[j]``."""
    if words[j].text == ")":
        k = j - 1
        while k > stop and j - k <= 10 and words[k].text not in ("(", ")", QUOTE_TOKEN):
            k -= 1
        return k - 1 if k > stop and words[k].text == "(" else None
    if (words[j].text == "," and j - 2 > stop and words[j - 2].text == ","
            and _is_party_label(words[j - 1 : j])):
        return j - 3  # "Mitch McConnell, R-Ky., said"
    return None


def _name_ending_at(words: list[Tok], j: int) -> Mention | None:
    """The person named by the run ending at ``words[j]``, or before its "of the X".

    "Park Won-gon of the Ewha Woman’s University said", "Stacy Baker of Columbia, South
    Carolina, says": the person comes before the institution or the place; the farthest
    one before a chain ("Archbishop Aris Shirvanian of the Armenian Patriarchate of
    Jerusalem"), past an institution's own "for" ("the Center for Nonproliferation Studies").
    """
    if not is_cap_word(words[j]) or words[j].possessive:
        return None
    i = run_back(words, j)
    k = i - 1
    found = None
    inside = False  # the run is the end of an institution's name ("... for X Studies")
    for step in range(4):
        if step == 0 and k >= 2 and words[k].text == "," and is_cap_word(words[k - 1]):
            k = run_back(words, k - 1) - 1
        while found is None and k >= 1 and words[k].low in ("for", "and") and is_cap_word(words[k - 1]) and (
            inside or words[k].low == "for"
        ):
            k = run_back(words, k - 1) - 1  # "Center for Strategic and International Studies"
            inside = True
        if k >= 0 and words[k].low == "the":
            k -= 1
        if not (k >= 1 and words[k].low in ("of", "at", "from") and is_cap_word(words[k - 1])):
            break
        i2 = run_back(words, k - 1)
        m = mention_of_run(words, i2, k)
        if m:
            found = m
            before = words[i2 - 1].low if i2 >= 1 else ""
            if before not in ("the", "of", "at"):
                break  # the person heads the chain; a "the X of" before would be another's
        k = i2 - 1
    if found is not None:
        return found
    return None if inside else mention_of_run(words, i, j + 1)


def _clause_start(words: list[Tok], i: int, stop: int) -> bool:
    """Does ``words[i]`` open a clause: the sentence's start, or after a quotation or a comma?"""
    k = i - 1
    while k > stop and words[k].low in FUNCTION_WORDS and words[k].low not in PRONOUNS:
        if words[k].low in PREPOSITIONS:
            return False  # "Of Carson, Levine said": Carson is no subject
        k -= 1
    return k <= stop or words[k].text in (",", QUOTE_TOKEN, ";", ":", "—", "–")


_AGE_RE = re.compile(r"\d+-year-old$")


def _described_start(words: list[Tok], i: int, stop: int = -1) -> bool:
    """Does ``words[i]`` open a clause, maybe after titles and descriptions ("South Korean
    national security adviser Chang Ho-jin", "Director of National Intelligence James Clapper")?

    >>> w = tokens("Then, Director of National Intelligence James Clapper spoke.", 0, 59)
    >>> _described_start(w, 7), _described_start(tokens("He met Ann Lee.", 0, 15), 2)
    (True, False)
    """
    def titling(k: int) -> bool:
        t = words[k]
        return (t.low in TITLES or is_cap_word(t) and not t.possessive and t.low not in FUNCTION_WORDS
                or _AGE_RE.match(t.text) is not None)

    k = i - 1
    while k > stop and (titling(k) or words[k].low == "of" and k - 1 > stop and titling(k - 1) and titling(k + 1)):
        k -= 1
    return _clause_start(words, k + 1, stop)


def _index_at(words: list[Tok], start: int, hi: int) -> int:
    """Index of the word starting at ``start`` (searched back from ``words[hi]``)."""
    k = hi
    while k > 0 and words[k].start > start:
        k -= 1
    return k


def _apposition_head(words: list[Tok], j: int) -> Subject:
    """The speaker of "Sun Yun, director of ..., said" (``words[j]`` is the comma before the verb).

    A name standing alone between two commas is the speaker ("His spokeswoman, Jane Doe,
    said"); else the name that opens the clause before the apposition ("Dean Johnson, a
    salesman from Sumter, South Carolina, says").
    """
    stop = j - 1
    while stop >= 0 and j - stop <= 40 and words[stop].text not in (";", ":"):
        if words[stop].text == QUOTE_TOKEN and (stop == 0 or not is_word(words[stop - 1])):
            break  # a quotation set in a phrase ("wearing “Ted Cruz” pins") does not stop it
        stop -= 1
    commas = [k for k in range(j - 1, stop, -1) if words[k].text in (",", "—", "–", "(")]
    if commas:
        k = commas[0]
        if k + 1 < j and run_forward(words, k + 1) == j and not words[j - 1].possessive:
            m = mention_of_run(words, k + 1, j)
            if m and len(m.words) > 1:  # "the state capital, Sacramento, said": no one
                return Subject(PERSON, m)
    for k in reversed(commas):  # the farthest first: the clause's own subject
        if k - 1 <= stop:
            continue
        end = k - 1
        skipped = _skip_back(words, end, stop)
        end = skipped if skipped is not None else end
        if end <= stop:
            continue
        if words[end].low in PRONOUNS and _clause_start(words, end, stop):
            return Subject(PRONOUN, pronoun=words[end])
        m = _name_ending_at(words, end)
        if m and _described_start(words, _index_at(words, m.start, end), stop):
            return Subject(PERSON, m)
    return Subject(NONE)


def _is_adverb(t: Tok) -> bool:
    return not is_cap_word(t) and t.low.endswith("ly") and len(t.low) > 4


#: Words that may stand between a subject and its verb besides ``FILLERS``: "has long
#: argued", "on Thursday said", "late Monday told".
_MORE_FILLERS = frozenset("long often always since".split())


def _between_subject_and_verb(words: list[Tok], j: int) -> bool:
    """May ``words[j]`` stand between a speaker and the speech verb ("Priebus later
    Thursday told", "Kasich on Monday said", "Trump has long argued")?"""
    t = words[j]
    if t.low in WEEKDAYS:
        return True
    if is_cap_word(t):
        return False
    if t.low in FILLERS or _is_adverb(t):
        return True
    if t.low in ("on", "late", "early"):
        return j + 1 < len(words) and words[j + 1].low in WEEKDAYS  # "on Monday"
    return t.low in _MORE_FILLERS


def _described_role(words: list[Tok], j: int) -> bool:
    """Is ``words[j]``, a role noun, a description of one person: "the senator", "the Ohio
    governor", "the former secretary" (a few modifiers between "the" and the noun)?"""
    k = j - 1
    while k >= 0 and j - k <= 3 and words[k].low != "the" and (
        is_cap_word(words[k]) and not words[k].possessive or words[k].low in TITLES
    ):
        k -= 1
    return k >= 0 and words[k].low == "the"


#: Words before a participle that make the sentence's subject its speaker ("by saying").
_BEFORE_PARTICIPLE = frozenset("by after before while when in upon on without".split())


def _subject_left(words: list[Tok], cue: Cue) -> Subject:
    if cue.word == "statement":
        return Subject(ELIDED)  # the subject of "issued a statement"
    participle = cue.word.endswith("ing")
    j = cue.index - 1
    before = words[j].low if j >= 0 else ""
    if participle:
        # "before optimistically predicting": the adverb does not hide the "before"
        k = j
        while k >= 0 and _is_adverb(words[k]):
            k -= 1
        before = words[k].low if k >= 0 else ""
        j = k if before in _BEFORE_PARTICIPLE else j
    if before == "to" or participle and before in _BEFORE_PARTICIPLE:
        # "used the question to demand", "laughed it off by interjecting": the sentence's
        # subject speaks, unless a name stands right there ("went on to state" is skipped below)
        k = j - 1
        while k >= 0 and words[k].low in FILLERS and not is_cap_word(words[k]):
            k -= 1
        if k < 0 or not (is_cap_word(words[k]) or words[k].low in PRONOUNS):
            return Subject(ELIDED)
    if participle and any(w.low in ("a", "an") for w in words[max(0, j - 1) : j + 1]):
        return Subject(ELIDED)  # "issued a fresh warning": the sentence's subject speaks
    while j >= 0 and _between_subject_and_verb(words, j):
        j -= 1
    if j < 0:
        return Subject(ELIDED if participle else NONE)
    if j + 1 < cue.index and words[j + 1].low == "to" and (
        is_cap_word(words[j]) or words[j].low in PRONOUNS
    ):
        return Subject(OBJECT)  # "would like Trump to further explain": no one speaks here
    t = words[j]
    if t.text == QUOTE_TOKEN:
        return Subject(ELIDED if participle else NONE)  # "“...,” adding": as the sentence's
    if participle and t.low == "as" and j >= 2 and words[j - 1].low == "quoted" and words[j - 2].low in (
        "was", "were", "is", "been"
    ):
        # "“...” Mr. Trump was quoted as saying": the one quoted, left of "was"
        k = j - 2 - (j >= 3 and words[j - 3].low in ("has", "had", "have"))
        return _subject_left(words, Cue(k, "said", words[k].start, words[k].end))
    if t.low in ("and", "but", "then", "or", "while") or (participle and t.low == "as"):
        return Subject(ELIDED)  # "... and warned", "... as saying" (the sentence's subject)
    skipped = _skip_back(words, j, -1)
    if skipped is not None:
        # "Senator John Smith (R-Texas) said", "Mitch McConnell, R-Ky., said"
        if skipped < 0:
            return Subject(NONE)
        j = skipped
        t = words[j]
    if t.text in (",", "—", "–"):
        if participle:
            return Subject(ELIDED)
        return _apposition_head(words, j)
    if t.low in PRONOUNS:
        return Subject(PRONOUN, pronoun=t)
    role = t.low in ROLE_NOUNS and _described_role(words, j)  # "the (Ohio) senator said"
    described = None if participle else described_before(words, j)  # ("calling it": the sentence's subject)
    if described is not None and not (role and source_noun(t.low)):
        # "a senior official said", "a lawyer for Flynn said", "an aide to the governor said"
        return Subject(DESCRIBED, described)
    if role:
        return Subject(PRONOUN, described, t)  # resolved like "he" (else as described)
    if is_cap_word(t):
        i = run_back(words, j)
        if participle and i >= 1 and words[i - 1].low in PREPOSITIONS and words[i - 1].low != "with":
            return Subject(ELIDED)  # "wrote to Wired explaining": Wired is no subject
        m = _name_ending_at(words, j)
        if m:
            return Subject(PERSON, m)
        head = _apposition_head(words, j + 1)
        if head.kind == PERSON:
            # "Anthony Anton, president and CEO of the Restaurant Association stated"
            return head
        body = body_of_run(words, i, j)
        if body:
            return Subject(BODY, body)
        if i == j and not t.possessive and t.low not in FUNCTION_WORDS:
            # "West said": a word that is also a direction may be a surname the text gives
            return Subject(WORD, Mention(t.start, t.end, (t.text,)))
        return Subject(OTHER)
    return Subject(OTHER)


def body_of_run(words: list[Tok], i: int, j: int) -> Mention | None:
    """The institution, country or organisation that the capitalised run ``words[i..j]``
    names, when it speaks as a body ("the White House", "South Korea", "NATO"), else None.

    >>> w = tokens("The Justice Department said so. NATO said so. Ted Cruz said so.", 0, 64)
    >>> body_of_run(w, 0, 2).name, body_of_run(w, 6, 6).name, body_of_run(w, 10, 11)
    ('Justice Department', 'NATO', None)
    >>> w = tokens("The Department of Justice said so. An aide to the Fish and Wildlife Service said so.", 0, 84)
    >>> body_of_run(w, 3, 3).name, body_of_run(w, 13, 14)
    ('Department of Justice', None)
    """
    # The whole name: "Department of Justice", "the U.S. Fish and Wildlife Service".
    while i >= 2 and words[i - 1].low in ("of", "and", "&") and is_cap_word(words[i - 2]):
        i = run_back(words, i - 2)
    while i <= j and words[i].low in FUNCTION_WORDS:
        i += 1  # "The Pentagon": the article is no part of the name
    k = i - 1
    while k >= 0 and words[k].low in ("the", "a", "an"):
        k -= 1
    if i > j or words[j].possessive or (k >= 0 and words[k].low in PREPOSITIONS):
        # (not "President Yoon in Seoul pledged", "a spokesperson for the Fish and Wildlife
        # Service said": where, or whose, not who)
        return None
    last = words[j]
    letters = [c for c in last.text if c.isalpha()]
    acronym = len(letters) >= 2 and all(c.isupper() for c in letters) and i == j
    lows = [w.low for w in words[i : j + 1]]
    if not acronym and not any(w in BODY_WORDS for w in lows):
        return None
    if lows == ["house"]:
        return None  # "the House" is a chamber too; "the White House" is taken
    return Mention(words[i].start, last.end, tuple(w.text for w in words[i : j + 1]))


#: Words that may follow an inverted speaker: "said Sen. Tom Carper of Delaware".
_AFTER_INVERTED = frozenset(
    "of at from in who on for with and when after before during as while whether if about".split()
)


def _subject_right(words: list[Tok], cue: Cue) -> Subject:
    """An inverted speaker: "..., said Danny Russel, a former official", "according to X".

    Descriptors may come first ("said Cruz constituent Dan Golvach when asked", "said former
    secretary of state Hillary Clinton"); a name followed by a verb is what is said, not who
    says it ("says Cruz will win").
    """
    j = cue.index + len(cue.word.split())
    if j < len(words) and words[j].low in PRONOUNS:
        return Subject(PRONOUN, pronoun=words[j])
    found = _inverted(words, j, appositive=True, by_names=cue.word == "according to")
    if found.kind in (OTHER, NONE):
        described = described_after(words, j)  # "said a senior official", "according to the letter"
        if described is not None:
            return Subject(DESCRIBED, described)
    return found


#: Words that may open an inverted speaker's description ("said the expert, Jeffrey Lewis").
_ARTICLES = frozenset(("the", "a", "an", "his", "her", "their"))


def _inverted(words: list[Tok], j: int, appositive: bool, by_names: bool = False) -> Subject:
    """The speaker named from ``words[j]`` on: descriptors, then a name; with
    ``appositive``, a description may end in a comma and the name come after it ("said a
    longtime aide to Clinton, John Podesta"): a name governed by a preposition ("an aide to
    Clinton") is never the speaker itself, except, with ``by_names``, the author after "by"
    ("according to a report by Jane Mayer").
    """
    start = j
    skipped = 0
    governed = False  # a name here is a preposition's object, not the speaker
    while j < len(words) and skipped <= (8 if appositive else 4):
        t = words[j]
        if not is_cap_word(t):
            if t.text == "," and appositive and j > start:
                return _inverted(words, j + 1, appositive=False)
            if not is_word(t):
                return _role_at(words, j - 1, start, governed)
            if t.low in FUNCTION_WORDS and t.low not in TITLES:
                if t.low in _ARTICLES and (j == start or governed):
                    pass
                elif t.low == "and" and j > start and (is_cap_word(words[j - 1]) or words[j - 1].low in TITLES):
                    pass  # "said former Pennsylvania Gov. and DNC Chairman Ed Rendell"
                elif t.low in PREPOSITIONS and appositive:
                    # "secretary of state X", "master of ceremonies X": "of" and a bare noun
                    # name an office, not a person
                    office = (t.low == "of" and j > start and not is_cap_word(words[j - 1])
                              and j + 1 < len(words) and not is_cap_word(words[j + 1])
                              and words[j + 1].low not in FUNCTION_WORDS | TITLES)
                    # "according to a court document filed by X": X is the source
                    author = by_names and t.low == "by"
                    governed = (governed or not office) and not author
                else:
                    return Subject(OTHER)
            j += 1
            skipped += t.low not in TITLES
            continue
        k = run_forward(words, j)
        if words[k - 1].possessive:
            # "said Clinton’s top aide Jake Sullivan"; "according to Kim Jong Un’s aide" has
            # no name after: the aide speaks, unnamed
            j, skipped = k, skipped + 1
            continue
        if k < len(words) and words[k].text == QUOTE_TOKEN:
            return Subject(OTHER)  # "..., says Clinton “lied many times”": what is said, as "says Cruz will win"
        if k >= len(words) or not is_word(words[k]) or words[k].low in _AFTER_INVERTED:
            if governed:
                j, skipped = k, skipped + 1  # "an aide to Clinton": an apposition may follow
                continue
            m = mention_of_run(words, j, k)
            if m is None and k < len(words) and words[k].low == "and":
                j = k  # "Gov. and DNC Chairman Ed Rendell": two roles, then the name
                continue
            if m is None and k == j + 1 and words[j].low not in FUNCTION_WORDS and not words[j].possessive:
                # "said Bloomberg": a word that names a company too is a surname the text gives
                return Subject(WORD, Mention(words[j].start, words[j].end, (words[j].text,)))
            return Subject(PERSON, m) if m else Subject(OTHER)
        j = k
    return _role_at(words, j - 1, start, governed) if j >= len(words) else Subject(OTHER)


def _role_at(words: list[Tok], j: int, start: int, governed: bool) -> Subject:
    """"said the Russian leader": a description ending the inverted phrase, resolved like "he"."""
    ends = j + 1 >= len(words) or words[j + 1].text in (",", ".", ";")  # not "said the president “...”"
    if j >= start and ends and not governed and words[j].low in ROLE_NOUNS and _described_role(words, j):
        return Subject(PRONOUN, described_before(words, j), words[j])
    return Subject(OTHER)


def cue_subject(words: list[Tok], cue: Cue) -> Subject:
    """Who utters ``cue``: the subject left of it, else an inverted one right of it."""
    if cue.word == "according to":
        return _subject_right(words, cue)
    after = cue.index + len(cue.word.split())
    if (cue.index >= 1 and words[cue.index - 1].low in ("was", "were", "been", "being")
            and after < len(words) and words[after].low == "by"):
        # "Rubio was asked by moderator Gerard Baker whether ...": the one after "by" speaks
        return _subject_right(words, Cue(after, "by", words[after].start, words[after].end))
    if (cue.index >= 1 and words[cue.index - 1].low in ("was", "were", "been", "being", "is", "are")
            and cue.word in ("asked", "told", "urged", "pressed")):
        return Subject(NONE)  # "Trump was asked, “...?”": the one asking is not named
    left = _subject_left(words, cue)
    if left.kind in (PERSON, PRONOUN, ELIDED, OBJECT, BODY, DESCRIBED) or (
        cue.word in ADDRESSEE_CUES and cue.word not in ("asked", "asks")  # "“...?” asked X"
    ):
        return left  # "told reporters", "telling Stephanopoulos": the one right of it listens
    prev = words[cue.index - 1] if cue.index else None
    if prev is None or prev.text in (",", QUOTE_TOKEN, "—", "–", "-", ":"):
        right = _subject_right(words, cue)
        if right.kind in (PERSON, PRONOUN, WORD, DESCRIBED):
            return right
    return left


def _owner_of(words: list[Tok], i: int, k: int) -> Subject | None:
    """The body or described source that the name ``words[i:k]`` modifies, when a clause opens
    with it: "The Obama administration", "the Clinton campaign", "Clinton aides", "The Rove
    ad"; None for a name standing alone, or one a title and a name follow ("Clinton campaign
    manager Robby Mook"), or a role ("The Russian leader": who that is, we do not guess here).

    >>> w = tokens("The Obama administration tried Saturday to explain.", 0, 51)
    >>> _owner_of(w, 1, 2).mention.name
    'Obama administration'
    >>> w = tokens("Clinton campaign manager Robby Mook wrote a memo.", 0, 49)
    >>> _owner_of(w, 0, 1) is None
    True
    """
    if k >= len(words) or is_cap_word(words[k]) or not is_word(words[k]):
        return None
    m = mention_of_run(words, i, k)
    if m is None or m.words[0].lower() in DESCRIPTION_OPENERS or not _described_start(
        words, _index_at(words, m.start, k - 1)
    ):
        return None  # ("Two military analysts": a count, not a name)
    if any(is_cap_word(w) and w.low not in WEEKDAYS for w in words[k + 1 : k + 3]):
        return None  # "Clinton campaign manager Robby Mook": the name after speaks
    noun = words[k].low
    if noun in BODY_WORDS:
        return Subject(BODY, Mention(words[i].start, words[k].end, tuple(w.text for w in words[i : k + 1])))
    if source_noun(noun) and source_noun(noun) not in ROLE_NOUNS:
        described = described_before(words, k)
        return Subject(DESCRIBED, described) if described is not None else None
    return None


def opening_description(words: list[Tok]) -> Subject:
    """A described source opening the sentence or its main clause (after the first comma),
    for a participle that speaks as the sentence's subject when the sentence names no one:
    "Several hours earlier, a senior administration official also pushed back, saying ...".

    >>> w = tokens("Hours earlier, a senior official also pushed back, saying so.", 0, 61)
    >>> opening_description(w).mention.name
    'a senior official'
    >>> w = tokens("As Blumenthal spoke, the NRA went into overdrive, whipping lawmakers.", 0, 68)
    >>> opening_description(w).kind == NONE
    True
    """
    comma = next((k for k, w in enumerate(words[:30]) if w.text == ","), None)
    for start in [0] + ([comma + 1] if comma is not None else []):
        for k in range(start, min(len(words), start + 8)):
            if not is_word(words[k]) or words[k].text == QUOTE_TOKEN:
                break
            noun = source_noun(words[k].low)
            if noun:
                described = described_before(words, k)
                # (not a writing: "The ad uses footage of Clinton asking")
                if described is not None and described.start == words[start].start and noun not in WRITINGS:
                    return Subject(DESCRIBED, described)
                break
    return Subject(NONE)


def prepositional_object(words: list[Tok], i: int) -> bool:
    """Is the name starting at ``words[i]`` (its titles included) a preposition's object?

    >>> words = tokens("He took the oath along with Vice President Mike Pence.", 0, 54)
    >>> prepositional_object(words, [w.text for w in words].index("Vice")), prepositional_object(words, 0)
    (True, False)
    >>> words = tokens("Director of National Intelligence James Clapper spoke.", 0, 53)
    >>> prepositional_object(words, 2)  # (an office's "of")
    False
    """
    j = i - 1
    while j >= 0 and words[j].low in TITLES:
        j -= 1
    if j >= 1 and words[j].low == "of" and words[j - 1].low in TITLES and is_cap_word(words[j - 1]):
        # "Director of National Intelligence James Clapper", "Secretary of State John Kerry"
        # (not "a cutout of the head of Representative Tim Ryan")
        return False
    return j >= 0 and words[j].low in PREPOSITIONS


def sentence_subject(words: list[Tok]) -> Subject:
    """The person a sentence is about: the first name or "he"/"she" opening a clause
    before the first quotation ("During the debate, Putin brushed it off, saying ...").

    >>> sentence_subject(tokens("On Monday, Vladimir Putin, who arrived, left.", 0, 44)).mention.name
    'Vladimir Putin'
    >>> sentence_subject(tokens("The president spoke after the oath along with Mike Pence.", 0, 57)).kind == NONE
    True
    """
    limit = min(len(words), 30)
    i = 0
    if words and (words[0].low in SUBORDINATORS or words[0].low.endswith("ing") and words[0].is_cap):
        # "When Wallace died in 1998, President Clinton released ...", "Continuing to
        # explain, Carson rejected ...": the subject comes after the clause
        comma = next((k for k in range(1, limit) if words[k].text == ","), None)
        i = comma + 1 if comma is not None else limit
    while i < limit and words[i].text != QUOTE_TOKEN:
        t = words[i]
        if t.low in PRONOUNS and _clause_start(words, i, -1):
            return Subject(PRONOUN, pronoun=t)
        if is_cap_word(t) and t.low not in FUNCTION_WORDS and t.low not in DESCRIPTION_OPENERS:  # (not "Two")
            k = run_forward(words, i)
            if words[k - 1].possessive:
                return Subject(NONE)  # "Putin’s aide said": not Putin
            owner = _owner_of(words, i, k)
            if owner is not None:
                return owner  # "The Obama administration ..., arguing": the administration, not Obama
            if k + 2 < len(words) and words[k].low in TITLES and not is_cap_word(words[k]) and any(
                is_cap_word(w) for w in words[k + 1 : k + 3]
            ):
                i = k  # "Clinton campaign manager Robby Mook": the name the titles lead to
                continue
            if prepositional_object(words, i):
                i = k  # "... the oath along with Vice President Mike Pence": not what it is about
                continue
            m = mention_of_run(words, i, k)
            if m and _described_start(words, _index_at(words, m.start, k - 1)) and (
                k >= len(words) or words[k].text != QUOTE_TOKEN
            ):
                return Subject(PERSON, m)
            i = k
            continue
        i += 1
    return Subject(NONE)
