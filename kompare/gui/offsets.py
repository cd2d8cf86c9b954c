"""Map document offsets to the offsets shown in a pane when some ranges are hidden.

Document offsets count characters (code points); a pane's positions count UTF-16 units, in
which a character past U+FFFF (an emoji, a flag, a rare CJK name) takes two. The map
translates both ways, so a highlight after a hundred emoji still sits on its own words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kompare.core.model import Range, merge_ranges


#: A line longer than this (characters) is shown broken: Qt lays out a line as one block, so
#: a megabyte without a line break took minutes to show and every highlight more.
LONG_LINE_CHARS = 20_000
#: Where a long line without spaces (Chinese prose, a data blob) is broken, after the last of
#: these in reach; failing them, at the limit itself.
_BREAK_AFTER = set("。，、；：！？）」』】》.,;:!?)-/|")


def break_long_lines(text: str, longest: int = LONG_LINE_CHARS) -> tuple[str, list[int]]:
    r"""``text`` shown with no line past ``longest`` characters, and where line breaks were
    added. A line is broken at the last space before the limit (past half of it), the space
    becoming the break, so no offset moves; a stretch with no space there gets a break added
    after its last punctuation in reach, else at the limit (``added`` lists the indexes of
    ``text`` a break was put before).

    >>> break_long_lines("aaa bbb ccc ddd eee", 8)
    ('aaa bbb\nccc ddd\neee', [])
    >>> break_long_lines("short\nlines", 8), break_long_lines("x" * 10 + " y", 8)
    (('short\nlines', []), ('xxxxxxxx\nxx y', [8]))
    >>> break_long_lines("条约已签署。两国领导人会面。", 8)
    ('条约已签署。\n两国领导人会面。', [6])
    """
    if len(text) <= longest or max(map(len, text.split("\n"))) <= longest:
        return text, []
    events: list[tuple[int, bool]] = []  # (index, the character there becomes the break)
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end - start > longest:
            cut = text.rfind(" ", start + longest // 2, start + longest + 1)
            if cut >= 0:
                events.append((cut, True))
                start = cut + 1
                continue
            after = next((k + 1 for k in range(start + longest - 1, start + longest // 2 - 1, -1)
                          if text[k] in _BREAK_AFTER), start + longest)
            events.append((after, False))
            start = after
        start = end + 1
    pieces, pos = [], 0
    for at, replaces in events:
        pieces.append(text[pos:at])
        pos = at + 1 if replaces else at
    pieces.append(text[pos:])
    return "\n".join(pieces), [at for at, replaces in events if not replaces]


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Translate between a text's offsets and a pane's positions: the same text with ``cuts``
    removed (long lines shown broken: see :func:`break_long_lines`), counted in UTF-16 units.

    >>> m = OffsetMap("ab🌍cd🌍e", [(0, 1)])
    >>> m.display_text, m.display_length, [m.to_display(i) for i in range(8)]
    ('b🌍cd🌍e', 8, [0, 0, 1, 3, 4, 5, 7, 8])
    >>> [m.to_document(q) for q in range(9)]
    [1, 2, 2, 3, 4, 5, 5, 6, 7]
    """

    def __init__(self, text: str, cuts: list[Range] = (), longest: int = LONG_LINE_CHARS):  # type: ignore[assignment]
        self.cuts = merge_ranges(list(cuts))
        self._starts = [s for s, _ in self.cuts]
        # removed[i]: characters removed before cut i; display starts of each cut
        self._removed: list[int] = []
        self._display_starts: list[int] = []
        removed = 0
        for start, end in self.cuts:
            self._removed.append(removed)
            self._display_starts.append(start - removed)
            removed += end - start
        self.total_removed = removed
        self.display_text, self._added = break_long_lines(self._cut(text), longest)
        self._added_at = [k + n for n, k in enumerate(self._added)]  # where each added break is shown
        # Where the characters that take two UTF-16 units are (in the display text), and the
        # pane position each starts at. (max() is a C-speed scan: most texts have none.)
        wide = self.display_text and max(self.display_text) > "\uffff"
        self._wide = [m.start() for m in _ASTRAL.finditer(self.display_text)] if wide else []
        self._wide_at = [p + n for n, p in enumerate(self._wide)]
        #: The text's length in the pane (UTF-16 units).
        self.display_length = len(self.display_text) + len(self._wide)

    def _cut(self, text: str) -> str:
        if not self.cuts:
            return text
        parts, pos = [], 0
        for start, end in self.cuts:
            parts.append(text[pos:start])
            pos = end
        parts.append(text[pos:])
        return "".join(parts)

    def to_display(self, offset: int, *, end: bool = False) -> int:
        """Pane position of a document offset (a hidden offset maps to where its cut was); a
        range's ``end`` stays before a line break added there."""
        shown = self._shown(offset, end)
        return shown + bisect_left(self._wide, shown) if self._wide else shown

    def to_document(self, display: int) -> int:
        """Document offset of a pane position (one inside a two-unit character: its start)."""
        if self._wide:
            display -= bisect_left(self._wide_at, display)
        return self._hidden(display)

    def _shown(self, offset: int, end: bool = False) -> int:
        """The display text's index of a document offset."""
        kept = self._kept(offset)
        if not self._added:
            return kept
        return kept + (bisect_left if end else bisect_right)(self._added, kept)

    def _hidden(self, display: int) -> int:
        """The document offset of a display text's index (an added break: the character after it)."""
        if self._added:
            display -= bisect_left(self._added_at, display)
        return self._uncut(display)

    def _kept(self, offset: int) -> int:
        """The index of a document offset in the text with the cuts removed."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        start, end = self.cuts[i]
        if offset < end:
            return start - self._removed[i]
        return offset - self._removed[i] - (end - start)

    def _uncut(self, display: int) -> int:
        """The document offset of an index of the text with the cuts removed."""
        i = bisect_right(self._display_starts, display) - 1
        if i < 0:
            return display
        start, end = self.cuts[i]
        return display + self._removed[i] + (end - start)

    def range_to_display(self, start: int, end: int) -> Range:
        """Display range of a document range (empty when wholly hidden)."""
        return self.to_display(start), self.to_display(end, end=True)


def widen_to_lines(text: str, start: int, end: int) -> Range:
    """Extend a range that starts a line to swallow its line break(s), so hiding leaves no gap."""
    at_line_start = start == 0 or text[start - 1] == "\n"
    if not at_line_start:
        return start, end
    while end < len(text) and text[end] in " \t\r":
        end += 1
    while end < len(text) and text[end] == "\n":
        end += 1
    return start, end
