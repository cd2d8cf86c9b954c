"""Titles in quotation marks: a programme, a book, a slogan named, not words someone said.

News puts the names of shows and books in quotation marks: 'Sanders said on CBS's “Face
the Nation.”', 'said on “Fox News Sunday”', 'the author of “Hacked World Order”'.
Read as quotations they would be given to the speaker beside them ("Bernie Sanders:
“Face the Nation.”") and matched across the two documents as a quotation told verbatim;
their words are a name, compared as any other name.

After a noun or verb that names a work ("his show, “The Apprentice,”", "a memo titled"),
or before such a noun ("NBC's “Today” show"), a quoted run with its longer words
capitalised is a title. Otherwise it is taken for one only when all of these hold, so
that a short quotation is not lost ("We're America.", "Feel the Bern!", "THIS IS NOT OK."):

- two to eight words, every word but the small ones ("the", "of", "with") capitalised,
  at least two of them, the first no pronoun;
- one phrase: no sentence break inside it, no closing "!" or "?", not all in capitals;
- the word before the opening mark says a title follows: a possessive ("NBC's") or a
  preposition ("on", "of", "to");
- the words before it are not themselves a headline (a lower-case word among them).
"""

from __future__ import annotations

import re

from kompare.core.speakers.lexicon import WORK_NOUNS

#: Words a title leaves in lower case.
_SMALL = frozenset("a an and as at but by for from in into of on or over the to with vs via nor".split())
#: Words a quotation opens with and a title does not ("We're America.").
_PRONOUNS = frozenset("i we you he she they it we're we've we'll i'm i've i'll you're they're it's he's she's "
                      "there".split())
#: Words before the opening mark that name what follows: a work ("his show", "a book") or its title.
_NAMING = WORK_NOUNS | {"titled", "entitled", "named"}
#: Prepositions before a programme's or a book's title ("said on “Meet the Press”", "the author of").
_BEFORE_TITLE = frozenset({"on", "of", "to"})
_WORD = re.compile(r"[^\W_][\w'’.\-&]*")
_INNER_BREAK = re.compile(r"[.!?]\s+\S")
_OPENING = "“\"‘'«„"
_CLOSING = "”\"’'» "
_POSSESSIVE = ("'s", "’s", "s'", "s’", "'S", "’S", "S'", "S’")


def is_title(text: str, start: int, end: int) -> bool:
    """Is the quoted run ``text[start:end]`` (inside its marks) the title of something?

    >>> t = "“It was a fraud,” Perez said Sunday on NBC's “Meet the Press.” He left."
    >>> is_title(t, t.index("Meet"), t.index(".”")), is_title(t, 1, t.index(",”"))
    (True, False)
    >>> t = "Sanders said on CBS' “Face the Nation.”"
    >>> is_title(t, t.index("Face"), len(t) - 1)
    True
    >>> t = "He appeared on his reality TV show, “The Apprentice,” in 2004."
    >>> is_title(t, t.index("The A"), t.index(",”") + 1)
    True
    >>> t = "Trump told NBC’s “Today” show on Thursday."
    >>> is_title(t, t.index("Today"), t.index("” show"))
    True
    >>> t = "Crowds chanted “Feel the Bern!” and the president added, “We're America.”"
    >>> is_title(t, t.index("Feel"), t.index("!”") + 1), is_title(t, t.index("We're"), t.rindex(".”"))
    (False, False)
    >>> t = "Trump Calls Trophy Hunting A 'Horror Show'"  # (a headline: its words are all capitalised)
    >>> is_title(t, t.index("Horror"), len(t) - 1)
    False
    """
    inner = text[start:end].strip().rstrip(".,;: ")
    words = _WORD.findall(inner)
    head = text[max(0, start - 80) : start].rstrip()
    head = head[:-1].rstrip() if head[-1:] in _OPENING else head  # (the opening mark)
    before = _WORD.findall(head)[-6:]
    if not words or not before:
        return False
    after = _WORD.match(text[end : end + 40].lstrip(_CLOSING))  # (the word after the closing mark)
    if before[-1].lower() in _NAMING or after is not None and after.group().lower() in WORK_NOUNS:
        # A work named before or after it ("a book, “Who’s Who in the CIA,”", "NBC's “Today” show"):
        # short, its longer words capitalised.
        return len(words) <= 10 and words[0][0].isupper() and all(w[0].isupper() for w in words if len(w) > 3)
    if not 2 <= len(words) <= 8 or inner.endswith(("!", "?")) or _INNER_BREAK.search(inner):
        return False
    if inner.upper() == inner or words[0].lower().replace("’", "'") in _PRONOUNS:
        return False  # (all in capitals: a shout, a sign's words; a pronoun opens words said)
    named = [w for w in words if w.lower() not in _SMALL]
    if len(named) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in named):
        return False
    if before[-1].lower() not in _BEFORE_TITLE and not head.endswith(_POSSESSIVE):
        return False
    # (Words before it all capitalised: a headline, whose quotation is as capitalised as it.)
    return any(w[0].islower() and w.lower() not in _SMALL for w in before)
