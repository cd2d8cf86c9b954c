"""A quick test that rules out the lines a set of whole-line patterns cannot match.

Full-matching a long alternation (the furniture patterns) against every line
of a long text tries every alternative on every line, yet most lines start
with a word no pattern starts with.  :func:`line_filter` reads each pattern's
parse tree for the first letters (case-insensitively) a match can begin with,
or, for a part that can begin anywhere ("... all rights reserved"), the
letters a match must contain; a line with neither cannot match, and the
pattern test is skipped for it.  The filter is never wrong in that direction:
a part it cannot read makes it pass every line.

>>> may_match = line_filter([r"read more|advertisement", r"\\d+ comments?", r"[^.]{0,80}all rights reserved"])
>>> may_match("READ MORE"), may_match("Problem: x"), may_match("12 comments"), may_match("Acme. All rights reserved")
(True, False, True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser behind ``re``: private, so any trouble reading it turns the filter off
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python's re
    _sre = _sre_parse = None

_HEAD = 3  # letters looked at at the start of a line
_INSIDE = 8  # letters of a phrase a match must contain
# Every character that case-insensitive ``re`` takes for an ASCII letter.
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a")
_UNLOWERED = ("\u0131", "\u017f")  # dotless i, long s: str.lower keeps them, re takes them for i and s
_NOT_LETTER = "\0"
_PIECE = 1 << 16  # characters lowered at a time  # a head that starts with a character class holding no letter


class _Unreadable(Exception):
    """A part of a pattern the analysis does not read."""


class LineFilter:
    """The quick test for one set of patterns: call it on a line, or ask :meth:`line_starts` of a whole text."""

    def __init__(self, starts: set[str] | None, inside: set[str]):
        #: The phrases (lower case) one of which a match that can begin anywhere holds.
        self.phrases = tuple(sorted(inside))
        self._every_line = starts is None
        if self._every_line:
            return
        # A line not starting with a letter is always let through: classes like \d or [\W_] begin those
        # matches.  (A stripped line starts with no space; in a whole text this passes over blank lines.)
        heads = "(?![a-z\\s])" + ("|" + _trie(starts) if starts else "")
        self._start = re.compile(heads, re.IGNORECASE)
        self._later_start = re.compile(rf"\n(?=[^\S\n]*+(?:{heads}))", re.IGNORECASE)
        self._within = re.compile(_trie(inside), re.IGNORECASE) if inside else None

    def __call__(self, line: str) -> bool:
        """False only when no pattern can full-match ``line`` (stripped, no line break in it)."""
        if self._every_line:
            return True
        if self._start.match(line):
            return True
        return self._within is not None and self._within.search(line) is not None

    def line_starts(self, text: str, phrase_lines: set[int] | None = None) -> set[int] | None:
        """The start offsets of the lines of ``text`` (and some more) that the filter lets through,
        found by searching the whole text at once; None when it lets every line through.

        ``phrase_lines``, if given, are the lines holding one of :attr:`phrases` once in lower case
        (see :func:`lowered_lines_holding`: a caller looking for other words too finds them in one go).

        >>> sorted(line_filter([r"read more", r"[^.]{0,80}all rights reserved"]).line_starts(
        ...     "Read more\\n  read more\\nKim met Putin.\\nAcme. All rights reserved\\nKim left."))
        [0, 10, 37]
        """
        if self._every_line:
            return None
        found = {match.start() + 1 for match in self._later_start.finditer(text)}
        if self._start.match(text.split("\n", 1)[0].lstrip()):  # the first line
            found.add(0)
        if self._within is None:
            return found
        if phrase_lines is None:
            (phrase_lines,) = lowered_lines_holding(text, self.phrases)
        # In lower case every letter ``re`` matches case-insensitively to an ASCII one is that letter,
        # but for two: their lines are taken.
        return found | phrase_lines | lines_holding(text, _UNLOWERED)


def lowered_lines_holding(text: str, *groups: Iterable[str]) -> list[set[int]]:
    """For each group of (lower-case) words, the start offsets of the lines of ``text`` that hold
    one once in lower case (U+0130, which str.lower makes two characters, made "I" first).

    The text is lowered a piece of lines at a time: str.lower of non-ASCII text needs
    about 14 bytes a character while it works.

    >>> lowered_lines_holding("A Photo\\nno\\n\\u0130MAGE", ["photo", "image"], ["no"])
    [{0, 11}, {8}]
    """
    found: list[set[int]] = [set() for _ in groups]
    start = 0
    while start < len(text):
        end = text.find("\n", start + _PIECE)
        end = len(text) if end < 0 else end + 1
        piece = text[start:end].replace("\u0130", "I").lower()
        for lines, words in zip(found, groups):
            lines.update(start + at for at in lines_holding(piece, words))
        start = end
    return found


def lines_holding(text: str, words: Iterable[str]) -> set[int]:
    """The start offsets of the lines of ``text`` that hold one of ``words`` (none holding a line break).

    >>> sorted(lines_holding("a photo\\nno\\nphoto photo", ["photo", "x"]))
    [0, 11]
    """
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, at + len(word))
    return found


def line_filter(regexes: Iterable[str]) -> LineFilter:
    """The test, for a (stripped) line, that is False only when no regex can full-match it case-insensitively.

    >>> may_match = line_filter([r"(photo|image)s?: .{1,40}", r"[\\W_]+"])
    >>> may_match("Images: AFP"), may_match("---"), may_match("Patch 8.2.1"), may_match("ſhare")
    (True, True, False, False)
    >>> line_filter([r".*"])("anything")
    True
    """
    starts: set[str] = set()
    inside: set[str] = set()
    try:
        for regex in regexes:
            for branch in _branches(_sre_parse.parse(regex, re.IGNORECASE)):
                heads = _heads(branch, _HEAD)
                if all(head for head, _ in heads):
                    starts.update(head for head, _ in heads if head != _NOT_LETTER)
                else:
                    inside.update(_contained(branch))
    except (_Unreadable, AttributeError, TypeError, ValueError, re.error):
        return LineFilter(None, set())
    # A line holds no line break: words with one would never be found in a line (and, searched
    # for in a whole text, could hide the next line's start).
    return LineFilter({w for w in starts if "\n" not in w}, {w for w in inside if "\n" not in w})


def _branches(parsed) -> list:
    """The alternatives at the top of a parsed pattern (itself when there is no alternation)."""
    items = list(parsed)
    if len(items) == 1 and items[0][0] is _sre.BRANCH:
        return [list(alternative) for alternative in items[0][1][1]]
    return [items]


def _contained(items: list) -> set[str]:
    """Phrases one of which every match of ``items`` contains: what follows its optional opening parts."""
    k = 0
    while k < len(items) and (items[k][0] is _sre.AT or items[k][0] in _REPEATS and items[k][1][0] == 0):
        k += 1
    heads = _heads(items[k:], _INSIDE)
    if k == 0 or not all(head and head != _NOT_LETTER for head, _ in heads):
        raise _Unreadable("no phrase every match holds")
    return {head for head, _ in heads}


def _heads(items: list, limit: int) -> set[tuple[str, bool]]:
    """(head, whole) pairs: every match of ``items`` starts with one head (lower case, at most
    ``limit`` characters), and is exactly that head when ``whole``.  An empty head that is not
    whole means the match may start with anything."""
    found = {("", True)}
    for op, av in items:
        node = _node(op, av, limit)
        grown = set()
        for head, whole in found:
            if not whole or len(head) >= limit:
                grown.add((head, False))
                continue
            for more, more_whole in node:
                if more == _NOT_LETTER and head:
                    grown.add((head, False))
                else:
                    joined = head + more
                    grown.add((joined[:limit], more_whole and len(joined) <= limit))
        found = grown
    return found


def _node(op, av, limit: int) -> set[tuple[str, bool]]:
    if op is _sre.LITERAL:
        char = chr(av)
        if char.isascii():
            return {(char.lower(), True)}
        return {("" if char in _LETTERS else _NOT_LETTER, False)}  # "©": no letter starts there
    if op is _sre.IN:
        chars = [chr(value) for kind, value in av if kind is _sre.LITERAL]
        if len(chars) == len(av) and all(char.isascii() for char in chars):
            return {(char.lower(), True) for char in chars}
        return {(_NOT_LETTER if _holds_no_letter(av) else "", False)}
    if op is _sre.ANY or op is _sre.NOT_LITERAL:
        return {("", False)}
    if op is _sre.AT or op is _sre.ASSERT or op is _sre.ASSERT_NOT:
        return {("", True)}  # zero width
    if op is _sre.SUBPATTERN:
        return _heads(list(av[-1]), limit)
    if op is _sre.BRANCH:
        return set().union(*(_heads(list(alternative), limit) for alternative in av[1]))
    if op in _REPEATS:
        low, high, item = av
        once = _heads(list(item), limit)
        found = {("", True)} if low == 0 else set()
        if high == 1:
            return found | once
        return found | {(head, False) for head, _ in once}  # more rounds may follow: the head ends
    raise _Unreadable(str(op))


def _holds_no_letter(members) -> bool:
    """True for a character class that cannot match anything ``re`` takes for a letter."""
    for kind, value in members:
        if kind is _sre.LITERAL:
            if chr(value) in _LETTERS:
                return False
        elif kind is _sre.RANGE:
            if any(value[0] <= ord(char) <= value[1] for char in _LETTERS):
                return False
        elif not (kind is _sre.CATEGORY and value in _NON_LETTER_CATEGORIES):
            return False  # a negated set, \w, \S, \D...
    return True


def _trie(words: set[str]) -> str:
    """One regex for ``words`` (all tried at the same place), branching a letter at a time."""
    if "" in words:
        return ""  # a shorter word already matched: nothing more is needed
    branches = []
    for first in sorted({word[0] for word in words}):
        rest = _trie({word[1:] for word in words if word[0] == first})
        branches.append(re.escape(first) + (f"(?:{rest})" if rest else ""))
    return "|".join(branches)


if _sre is not None:
    _REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))
    _NON_LETTER_CATEGORIES = (_sre.CATEGORY_DIGIT, _sre.CATEGORY_NOT_WORD, _sre.CATEGORY_SPACE)
