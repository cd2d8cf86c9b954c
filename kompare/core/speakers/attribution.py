"""The speaker of each quotation in a document, sentence by sentence.

Each sentence's cues name their speakers (see ``cues``); a quotation takes the cue that
governs it, a "he"/"she" takes the one person the sentences just before were about,
and a sentence that is only a quotation continues the previous speaker.  Anything less
clear gives no speaker rather than a guess.

>>> t = "Ilya Belyakov said so.\\n“It is over,” he said."
>>> attribute(t, [(0, 22), (23, 46)], [QuoteBox(24, 35, 23, 37)])[0].speaker
'Ilya Belyakov'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from kompare.core.config import CompareConfig
from kompare.core.model import SpeakerKind
from kompare.core.speakers.cues import (
    QUOTE_TOKEN, QuoteBox, choose_cue, colon_name, colon_speaker, dash_speaker, find_cues, is_word,
    sentence_words, signature_speaker,
)
from kompare.core.speakers.subjects import (
    BODY, DESCRIBED, ELIDED, NONE, OBJECT, PERSON, PRONOUN, WORD, Subject, cue_subject, opening_description,
    prepositional_object, sentence_subject,
)
from kompare.core.speakers.lexicon import (
    CUE_WORDS, FEMALE_FIRST_NAMES, JUDGING_CUES, MALE_FIRST_NAMES, PHRASAL_CUES, ROLE_NOUNS,
    word_trie,
)
from kompare.core.speakers.described import as_speaker, source_noun
from kompare.core.speakers.names import Mention, NameBook, cap_runs, honorific_sex, mention_of_run, speaker_key
from kompare.core.speakers.scan import Tok, tokens

class Attribution(NamedTuple):
    speaker: str | None
    cue: str | None
    speaker_range: tuple[int, int] | None
    kind: SpeakerKind = SpeakerKind.PERSON  # a person, an institution, or a source described

    @property
    def body(self) -> bool:
        return self.kind is SpeakerKind.BODY

    @property
    def described(self) -> bool:
        return self.kind is SpeakerKind.DESCRIPTION


def _source_head(words) -> tuple[str, bool] | None:
    """The source noun a description turns on, in the singular, and whether it is written in
    the plural ("the source" is not "people close to him").

    >>> _source_head(["A", "spokesperson", "for", "Google"]), _source_head(["people", "close"])
    (('spokesperson', False), ('person', True))
    """
    for w in map(str.lower, words):
        n = source_noun(w)
        if n:
            return n, n != w
    return None


NO_ATTRIBUTION = Attribution(None, None, None)

def _near_quotations(sentences: list[tuple[int, int]], boxes: list[QuoteBox], reach: int) -> list[int]:
    """Indexes of the sentences that hold a quotation or may name its speaker: each
    quotation's own sentence, the ``reach + 1`` before it (a pronoun's reach) and the one after it
    (a line "- Bernie Sanders.").  The rest of a long
    document is never read.
    """
    starts = [s for s, _ in sentences]
    keep: set[int] = set()
    for b in boxes:
        n = bisect_right(starts, b.ostart) - 1
        keep.update(range(max(0, n - reach - 1), min(len(sentences), n + 2)))
    return sorted(keep)


def attribute(
    text: str,
    sentences: list[tuple[int, int]],
    boxes: list[QuoteBox],
    book: NameBook | None = None,
    *,
    config: CompareConfig | None = None,
) -> list[Attribution]:
    """The speaker of every quotation in ``boxes`` (sorted), given the context sentences.

    ``sentences`` are (start, end) ranges in document order that never cut a quotation;
    ``config`` gives ``pronoun_reach`` and ``signature_max_words``.

    >>> t = "Ilya Belyakov said so.\\n“It is over,” he said."
    >>> attribute(t, [(0, 22), (23, 46)], [QuoteBox(24, 35, 23, 37)])[0].speaker
    'Ilya Belyakov'
    """
    cfg = config or CompareConfig()
    book = book or NameBook.from_text(text, sentences, max_stretches=cfg.name_max_stretches)
    result = [NO_ATTRIBUTION] * len(boxes)
    memory = _Memory(text, book, cfg.pronoun_reach)
    prev_attr: Attribution | None = None  # the speaker a quote-only sentence continues
    unattributed: list[int] = []  # the quotations of the sentence before, if it was only them
    carried: set[int] = set()  # quotations whose speaker goes on from the sentence before
    bi = 0
    done = -2  # the last sentence read
    for n in _near_quotations(sentences, boxes, cfg.pronoun_reach):
        s, e = sentences[n]
        if n != done + 1:  # sentences far from any quotation are skipped: nothing carries over
            memory, prev_attr, unattributed = _Memory(text, book, cfg.pronoun_reach), None, []
        done = n
        while bi < len(boxes) and boxes[bi].ostart < s:
            bi += 1
        here = []
        k = bi
        while k < len(boxes) and boxes[k].ostart < e:
            here.append(k)
            k += 1
        if not here and not unattributed and not _CUE_RE.search(text, s, e):
            # No quotation, no speech verb: only whom it names may matter, to a "he" or a
            # quote-only sentence or paragraph after it ("Kasich was more blunt. “...”": its
            # subject speaks); it is read only if one asks.
            memory.add_range(s, e)
            intro = text[s:e].rstrip().endswith(":") or _ends_paragraph(text, e)
            prev_attr = _Intro(s, e, not intro)
            continue
        words = sentence_words(text, s, e, [boxes[k] for k in here])
        cues = find_cues(words)

        def resolve(sub: Subject, known_only: bool = False, skip: int = 0) -> Attribution | None:
            """The speaker a subject names; with ``known_only``, a lone word must be a name
            the document gives in full (a subject found without a speech verb: "Wait,");
            ``skip`` sentences just read are no antecedents (the subject's own)."""
            if sub.kind == PERSON or sub.kind == WORD and book.knows(sub.mention.words[0]):
                m = sub.mention
                if len(m.words) == 1 and not (
                    (book.knows(m.words[0]) or _HONORIFIC_BEFORE.search(text, max(0, m.start - 16), m.start))
                    if known_only else book.may_be_name(m.words[0])
                ):
                    return None  # "Wait," is no one; "President Obama", "Mr. Trump" are people
                return Attribution(book.fullest(m.name, m.start), None, (m.start, m.end))
            if sub.kind == BODY:
                return Attribution(sub.mention.name, None, (sub.mention.start, sub.mention.end), SpeakerKind.BODY)
            if sub.kind == DESCRIBED:
                # "the spokesperson said" after "A spokesperson for Google says": the fuller words
                m = sub.mention
                described = Attribution(as_speaker(m), None, (m.start, m.end), SpeakerKind.DESCRIPTION)
                return memory.described(m) or described
            if sub.kind == PRONOUN:
                if sub.pronoun is not None and sub.pronoun.low in ROLE_NOUNS:
                    # "the president said": the one so titled, else whoever "he" would be,
                    # else the one described ("the senator")
                    # ("the official" after "a senior administration official said": that one)
                    m = sub.mention
                    as_described = m and Attribution(as_speaker(m), None, (m.start, m.end), SpeakerKind.DESCRIPTION)
                    return ((m and memory.described(m)) or memory.titled(sub.pronoun.low, skip)
                            or memory.antecedent(skip, sub.pronoun.low) or as_described or None)
                return memory.antecedent(skip, sex=_PRONOUN_SEX.get(sub.pronoun.low) if sub.pronoun else None)
            return None

        subjects = [cue_subject(words, c) for c in cues]
        for ci, sb in enumerate(subjects):
            if sb.kind == PRONOUN:
                # "Ash Carter said ..., but he also warned": the person this sentence named
                named = {m.name for m in (x.mention for x in subjects[:ci] if x.kind == PERSON)}
                if len(named) == 1:
                    subjects[ci] = next(x for x in subjects[:ci] if x.kind == PERSON)
        if any(sb.kind == OBJECT for sb in subjects):  # "would like Trump to explain": no cue
            cues = [c for c, sb in zip(cues, subjects) if sb.kind != OBJECT]
            subjects = [sb for sb in subjects if sb.kind != OBJECT]
        resolved = [resolve(sb) for sb in subjects]
        opening: Attribution | None | bool = None  # the sentence's subject, once looked up
        for ci, sb in enumerate(subjects):
            if sb.kind == ELIDED and resolved[ci] is None:
                # "..., saying": the subject of another verb, else of the sentence.
                # (Not a body another verb speaks for: "denied the allegations, which The
                # Washington Post first reported, telling the paper “...”" is not the Post's.)
                others = [resolved[x] for x in range(len(cues)) if x != ci and resolved[x] and not resolved[x].body]
                if others:
                    resolved[ci] = others[0]
                else:
                    if opening is None:
                        opening = resolve(sentence_subject(words)) or resolve(opening_description(words)) or False
                    if not opening and cues[ci].index == 0 and isinstance(prev_attr, Attribution):
                        # "Adding, “...”" opening a sentence: the speaker before goes on
                        resolved[ci] = prev_attr
                    else:
                        resolved[ci] = opening or None
        quote_positions = [i for i, w in enumerate(words) if w.text == QUOTE_TOKEN]
        quote_only = not any(is_word(w) for w in words if w.text != QUOTE_TOKEN)
        for qn, k in enumerate(here):
            if qn >= len(quote_positions):
                break
            qi = quote_positions[qn]
            box = boxes[k]
            # A comma inside the marks ("...,” he said") ends the quoted clause too.
            comma_inside = text[box.end : box.oend].lstrip()[:1] == "," or text[
                box.start : box.end
            ].rstrip().endswith(",")
            cue = choose_cue(words, qi, cues, comma_inside)
            label = dash_speaker(words, qi) or (None if cue else colon_speaker(words, qi))
            if label is not None and len(label.words) == 1 and not book.may_be_name(label.words[0]):
                label = None  # "Pollsters agree - ...: “...”": a word, not a name
            if label is not None:
                name = book.fullest(label.name, label.start)
                result[k] = Attribution(name, None, (label.start, label.end))
            elif cue is not None:
                att = resolved[cues.index(cue)] or NO_ATTRIBUTION
                if att.speaker is None and cue.index < qi:
                    # "X endorsed it, saying she hadn’t called for ... because “...”": the
                    # nearest verb before with a speaker, when no other quotation stands between
                    for c2 in reversed(cues[: cues.index(cue)]):
                        r2 = resolved[cues.index(c2)]
                        if any(w.text == QUOTE_TOKEN for w in words[c2.index + 1 : qi]):
                            break
                        if r2 is not None and r2.speaker is not None and not r2.body:
                            att, cue = r2, c2
                            break
                if att.speaker is None and cue.index < qi and words[qi - 1].text == ":":
                    # "Sanders delivered a snappy retort: “...”": the clause's subject
                    att = resolve(sentence_subject(words[:qi]), True) or att
                if cue.word not in JUDGING_CUES or att.speaker is not None and not att.described:
                    # (a judging verb is a cue only with a speaker named: "lawmakers dismissed
                    # the concerns" after the administration's “badly misguided” is not theirs)
                    result[k] = att._replace(cue=cue.word)
            elif qi >= 1 and words[qi - 1].text == ":":
                # "... surprise Republican pollster Daron Shaw: “...”": the name before the
                # colon; "Trump leaned in and boomed: “...”": the clause's subject.
                named = colon_name(words, qi)
                intro = resolve(Subject(PERSON, named) if named else sentence_subject(words[:qi]), True)
                if intro:
                    result[k] = intro
            elif (quote_only or qi == 0 and not cues) and prev_attr is not None:
                # a quote-only sentence, or one that opens with a quotation and names no
                # speaker ("“...” and other pocketbook issues."), goes on with the speaker before
                if isinstance(prev_attr, _Intro):
                    # the sentence before introduced this paragraph: its subject speaks
                    before = tokens(text, prev_attr.start, prev_attr.end)
                    sub = sentence_subject(before)
                    if prev_attr.only_one and len(memory.named(before)) != 1:
                        sub = Subject(NONE)  # "Cruz met Rubio. “...”": either may speak
                    prev_attr = resolve(sub, True, skip=1)
                if prev_attr is not None:
                    result[k] = prev_attr
                    carried.add(k)
            elif qi > 0 and not cues:
                # "Sanders credited Clinton’s victory to “...”": no speech verb, but the
                # words are set in a clause whose subject is a person the document names
                intro = resolve(sentence_subject(words[:qi]), True)
                if intro:
                    result[k] = intro
        signed = False
        if not here and unattributed:
            # "“...”" then a line "- Sanders." or "— Maria Lopez, 28, Phoenix": the line names
            # the speaker, over one carried on from before.
            label = signature_speaker(words, cfg.signature_max_words)
            if label is not None and (len(label.words) > 1 or book.may_be_name(label.words[0])):
                att = Attribution(book.fullest(label.name, label.start), None, (label.start, label.end))
                for k in unattributed:
                    result[k] = att
                    carried.discard(k)
                signed = True
        unattributed = [k for k in here if result[k].speaker is None or k in carried] if quote_only else []
        # Remember who this sentence is about, for a "he said" to come.
        # (a source named before one described: "Carter said that for decades some critics
        # had been predicting ...": Carter goes on to the next quotation)
        people = sorted((r for r in resolved if r is not None), key=lambda r: not r.described)
        quoted = [result[k] for k in here if result[k].speaker is not None]
        if quoted:  # the quotation's speaker goes on, not another verb's ("..., after X said")
            memory.add_person(quoted[-1], words)
            prev_attr = quoted[-1]
        elif people:
            memory.add_person(people[-1], words)
            prev_attr = people[-1]._replace(cue=cues[resolved.index(people[-1])].word)
        else:
            memory.add_words(words)
            goes_on = isinstance(prev_attr, Attribution) and any(result[k] == prev_attr for k in here)
            if quote_only and goes_on:
                pass  # the same speaker goes on
            elif not here and (text[s:e].rstrip().endswith(":") or _ends_paragraph(text, e)):
                # "Dr. Ward said in a statement:", "Rubio disagreed." and the quotation in
                # the next paragraph: the sentence's subject speaks it
                prev_attr = resolve(sentence_subject(words), True)
            else:
                prev_attr = None
        if signed:
            prev_attr = None  # a signature closes the quotation it signs; it introduces nothing
    _run_on_speakers(text, boxes, result, carried)
    return result


def _run_on_speakers(text: str, boxes: list[QuoteBox], result: list[Attribution],
                     carried: set[int]) -> None:
    """A quotation running on over paragraphs ("“...¶“...,” Brown said.") is spoken by
    whoever its last paragraph names, over a speaker only carried on from before.

    >>> t = "Ann Lee met Tom Brown.\\n“We need more rain.\\n“It is dry,” Brown said."
    >>> boxes = [QuoteBox(24, 42, 23, 42), QuoteBox(44, 53, 43, 55)]
    >>> [a.speaker for a in attribute(t, [(0, 22), (23, 42), (43, 67)], boxes)]
    ['Tom Brown', 'Tom Brown']
    """
    for k in range(len(boxes) - 2, -1, -1):
        box, nxt = boxes[k], boxes[k + 1]
        runs_on = text[box.oend - 1 : box.oend] not in _QUOTE_MARKS and not text[box.oend : nxt.ostart].strip()
        if not runs_on or "\n" not in text[box.oend : nxt.ostart]:
            continue
        if result[k + 1].speaker is not None and k + 1 not in carried and (
            result[k].speaker is None or k in carried
        ):
            result[k] = result[k + 1]
            carried.discard(k)  # its own now: the paragraph before it may run on into it


_QUOTE_MARKS = "\"“”«»＂"


#: Any speech verb: a sentence without one (and without quotations) is not read at once.
_CUE_RE = re.compile(
    r"\b"
    + word_trie(CUE_WORDS | {"according", "Said", "Says"} | {v for v, _ in PHRASAL_CUES})
    + r"\b"
)


#: A personal title right before a lone capitalised word makes it a person's name.
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Secretary|Speaker|Mayor|Judge)\.?[ \u00a0]+$"
)


_PRONOUN_SEX = {"he": "m", "she": "f"}


def _sex(text: str, name: str, start: int) -> str | None:
    """"m" or "f" when the honorific before ``start`` or the first name of ``name`` tells.

    >>> t = "Mr. Obama met Nancy Pelosi and Pat Smith."
    >>> _sex(t, "Obama", 4), _sex(t, "Nancy Pelosi", 14), _sex(t, "Pat Smith", 31)
    ('m', 'f', None)
    """
    sex = honorific_sex(text, start)
    if sex:
        return sex
    first = name.split()[0].lower() if " " in name else ""
    return "f" if first in FEMALE_FIRST_NAMES else "m" if first in MALE_FIRST_NAMES else None


class _Intro(NamedTuple):
    """A sentence whose subject may speak the quote-only paragraph or sentence after it;
    ``only_one``: only if it names no one else (a sentence in the paragraph's middle)."""

    start: int
    end: int
    only_one: bool = False


def _ends_paragraph(text: str, end: int) -> bool:
    """Is ``end`` followed by a line break (after spaces)?"""
    rest = text[end : end + 8].lstrip(" \t\u00a0")
    return rest[:1] in ("\n", "\r")


#: Words that make a title another office than the role after them ("Vice President").
_SUBORDINATE = frozenset("vice deputy assistant lieutenant under".split())


def _words_before(text: str, start: int) -> tuple[list[str], list[str]]:
    """The four words before ``start`` as written, and folded (lower case, no full stop)."""
    before = re.findall(r"[\w’'.-]+", text[max(0, start - 40) : start])[-4:]
    return before, [w.lower().rstrip(".") for w in before]


def _titled(text: str, start: int, role: str) -> bool:
    """Does the name at ``start`` bear the title ``role`` ("Russian President Vladimir Putin")?

    >>> t = "President Trump and Vice President Mike Pence"
    >>> _titled(t, t.index("Trump"), "president"), _titled(t, t.index("Mike"), "president")
    (True, False)
    """
    before, words = _words_before(text, start)
    for k in range(len(words) - 1, -1, -1):
        if words[k] == role:
            return not (k and (words[k - 1] in _SUBORDINATE or words[k - 1].endswith("-")))
        if not before[k][:1].isupper():
            return False  # (the title run ends at a lower-case word)
    return False


def _subordinate(text: str, start: int, role: str) -> bool:
    """Is the name at ``start`` titled with a lesser office of ``role`` ("Vice President")?

    >>> t = "Vice President Mike Pence"
    >>> _subordinate(t, t.index("Mike"), "president"), _subordinate(t, t.index("Mike"), "senator")
    (True, False)
    """
    words = _words_before(text, start)[1]
    return any(w == role and k and words[k - 1] in _SUBORDINATE for k, w in enumerate(words))


def _plural_word(speaker: str | None) -> bool:
    """Is the speaker one word in the plural ("Reporters", "Officials"): a group, not a person?

    (Asked only of a word the document never gives as part of a full name: "Sanders" of
    "Bernie Sanders" is a person.)

    >>> _plural_word("Reporters"), _plural_word("Jane Smith"), _plural_word("Trump")
    (True, False, False)
    """
    return bool(speaker) and " " not in speaker and speaker.endswith("s")


def _role_subject(words: list[Tok]) -> str | None:
    """The role noun a sentence opens with ("The president addressed ..."), if any.

    >>> _role_subject(tokens("The president addressed the crowd.", 0, 35))
    'president'
    >>> _role_subject(tokens("The president’s aide spoke.", 0, 27)) is None
    True
    """
    if len(words) > 2 and words[0].low == "the" and words[1].low in ROLE_NOUNS and not words[1].possessive:
        return words[1].low
    return None


class _Memory:
    """The sentences read so far, for the person a "he", "she" or "the senator" stands for.

    The antecedent is the speaker of the latest sentence with a speaker, or the one person
    a later sentence names; a sentence naming two people, or more than ``reach`` sentences
    naming nobody, leave it unknown.  Names are read only when a pronoun asks.
    """

    def __init__(self, text: str, book: NameBook, reach: int) -> None:
        self.text = text
        self.book = book
        self.reach = reach
        self.entries: list[Attribution | list[Tok] | tuple[int, int]] = []
        # The words of the sentences remembered by their speaker: others named there may
        # bear a title ("Reporters asked Senator Jane Smith ...": the senator is Smith).
        self.words_of: dict[int, list[Tok]] = {}

    def add_person(self, att: Attribution, words: list[Tok] | None = None) -> None:
        if words is not None:
            self.words_of[len(self.entries)] = words
        self.entries.append(att)

    def add_words(self, words: list[Tok]) -> None:
        self.entries.append(words)

    def add_range(self, start: int, end: int) -> None:
        """A sentence not read yet: its words are read if a pronoun asks."""
        self.entries.append((start, end))

    def antecedent(self, skip: int = 0, role: str | None = None, sex: str | None = None) -> Attribution | None:
        """Whom "he" stands for; ``role``: "the president" was said, not "he"; ``sex``: "m"
        for "he", "f" for "she" (no one whom "Mr." or a woman's first name tells otherwise)."""
        quiet = 0  # sentences naming nobody

        def fits(name: str, rng: tuple[int, int] | None) -> bool:
            return sex is None or rng is None or _sex(self.text, name, rng[0]) in (None, sex)

        for n in range(len(self.entries) - 1 - skip, -1, -1):
            entry = self.entries[n]
            if isinstance(entry, Attribution) and entry.described:
                # "officials said", "Podliska’s lawsuit demands ...", "one questioner claimed":
                # read as the words of their sentence, which may name the one "he" stands for
                entry = self.words_of.get(n, [])
            if isinstance(entry, Attribution):
                if entry.body or _plural_word(entry.speaker) and not self.book.knows(entry.speaker):
                    return None  # "Reporters asked ...", "the Pentagon said": no "he", nor "the senator"
                if not fits(entry.speaker, entry.speaker_range):
                    return None  # "“...,” Mr. Trump said. “...,” she said": someone else, unnamed here
                found = Attribution(entry.speaker, None, entry.speaker_range)
                break
            if isinstance(entry, tuple):
                entry = self.entries[n] = tokens(self.text, *entry)
            if sex is not None:
                opening = sentence_subject(entry)
                if opening.kind == PRONOUN and _PRONOUN_SEX.get(opening.pronoun.low) == sex:
                    # "He later praised Hillary Clinton, asking her and Bill Clinton to stand.
                    # “...,” he said": the "he" of that sentence, not whom it names.
                    continue
            named = {k: v for k, v in self.named(entry).items() if fits(*v)}
            if len(named) == 1:
                name, rng = next(iter(named.values()))
                self.entries[n] = found = Attribution(name, None, rng)  # read once
                break
            if named:
                return None  # two people: "he" would be a guess
            # "The president addressed the crowd. “...,” he said": the one so titled, if named.
            role = _role_subject(entry) or role
            titled = self.titled(role, len(self.entries) - n) if role else None
            if titled:
                return titled
            quiet += 1
            if quiet > self.reach:
                return None
        else:
            return None
        # Never someone holding a lesser office of that name ("Vice President Mike Pence").
        if role and found.speaker_range and _subordinate(self.text, found.speaker_range[0], role):
            return None
        return found

    def titled(self, role: str, skip: int = 0) -> Attribution | None:
        """The person last named with ``role`` as title ("President Donald Trump" for "the
        president"; not "Vice President Mike Pence"), for "the president said" or a "he"
        after "The president addressed ...". None when no one so titled was named.

        >>> t = "President Donald Trump spoke. Vice President Mike Pence spoke."
        >>> m = _Memory(t, NameBook.from_text(t), 3)
        >>> m.add_range(0, 29); m.add_range(30, len(t))
        >>> m.titled("president").speaker, m.titled("senator")
        ('Donald Trump', None)
        """
        for n in range(len(self.entries) - 1 - skip, -1, -1):
            entry = self.entries[n]
            if isinstance(entry, Attribution):
                ranges = list(self.named(self.words_of[n]).values()) if n in self.words_of else []
                ranges += [(entry.speaker, entry.speaker_range)] if entry.speaker_range and not entry.described else []
            else:
                words = tokens(self.text, *entry) if isinstance(entry, tuple) else entry
                ranges = list(self.named(words).values())
            for name, rng in reversed(ranges):
                if _titled(self.text, rng[0], role):
                    return Attribution(name, None, rng)
        return None

    def described(self, m: Mention) -> Attribution | None:
        """The source described before that "the <noun>" (``m``) stands for: "the
        spokesperson" after "A spokesperson for Google"; None if none, or if ``m`` opens
        otherwise.

        >>> t = "A spokesperson for Google said so. The spokesperson said more."
        >>> mem = _Memory(t, NameBook.from_text(t), 3)
        >>> mem.add_person(Attribution("A spokesperson for Google", "said", (0, 25), SpeakerKind.DESCRIPTION))
        >>> mem.described(Mention(35, 50, ("The", "spokesperson"))).speaker
        'A spokesperson for Google'
        """
        if m.words[0].lower() != "the":
            return None
        head = _source_head(m.words)
        for entry in reversed(self.entries):
            if isinstance(entry, Attribution) and entry.described and _source_head(entry.speaker.split()) == head:
                return entry._replace(cue=None)
        return None

    def named(self, words: list[Tok]) -> dict[str, tuple[str, tuple[int, int]]]:
        named: dict[str, tuple[str, tuple[int, int]]] = {}
        for i, j in cap_runs(words):
            m = mention_of_run(words, i, j)
            if m is None and j == i + 1 and self.book.knows(words[i].text):
                # "alienated Bloomberg": a word that names a company too is the person the
                # document names in full, a second candidate for "he" (not "he" is Trump).
                m = Mention(words[i].start, words[i].end, (words[i].text,))
            # A lone word is a person the document names in full, or one it titles ("Mr.
            # Trump spoke. “...,” he said": papers that write "Mr." may never give a first name).
            if m is None or (len(m.words) == 1 and not self.book.knows(m.words[0])
                             and not _HONORIFIC_BEFORE.search(self.text, max(0, m.start - 16), m.start)):
                continue
            if prepositional_object(words, i):
                continue  # "... the oath along with Vice President Mike Pence. “...,” he said": not Pence
            full = self.book.fullest(m.name, m.start)
            named.setdefault(speaker_key(full), (full, (m.start, m.end)))
        return named
