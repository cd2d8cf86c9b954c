"""Words and punctuation marks of a text with absolute offsets, for name and cue reading.

>>> [t.text for t in tokens("Park Won-gon’s view, he said.", 0, 29)]
['Park', 'Won-gon’s', 'view', ',', 'he', 'said', '.']
>>> [t.text for t in tokens("Sen. James B. Comey, R-Ky., of the U.S.", 0, 39)]
['Sen.', 'James', 'B.', 'Comey', ',', 'R-Ky.', ',', 'of', 'the', 'U.S.']
"""

from __future__ import annotations

import re
from typing import NamedTuple


# An abbreviation with its full stop ("Sen.", "James B. Comey", "R-Ky."), a word (with inner
# apostrophes, hyphens, dots: "Won-gon", "U.S."), or one punctuation mark.
_TOKEN_RE = re.compile(
    r"(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Jr|Sr|St|Prof"
    r"|Rev|Hon|Ft|[RDI]-[A-Z][a-z]{1,4})\.(?![^\W_])"
    r"|[^\W_]+(?:[’'\-.‐‑][^\W_]+)*(?:(?<=\.[^\W_])\.)?(?:[’']s?)?|[^\w\s]",
    re.UNICODE,
)


_APOSTROPHE_S = frozenset(("'s", "'S", "’s", "’S"))


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
        """Ends in 's or an apostrophe (the lower-case form's ending, read off the text).

        >>> [Tok(0, 0, w).possessive for w in ("Korea’s", "KOREA'S", "Koreas’", "’", "Koreas")]
        [True, True, True, False, False]
        """
        t = self.text
        return t[-2:] in _APOSTROPHE_S or (t[-1:] in ("'", "’") and len(t) > 1)

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        t = self.text
        if self.possessive:
            return t[:-2] if t[-1:] in "sS" else t[:-1]
        return t


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Words and punctuation of ``text[start:end]`` with absolute offsets.

    Only the stretches asked for are read (names near quotations, capitalised runs), never
    a whole long document.
    """
    make = tuple.__new__
    return [make(Tok, (*m.span(), m.group())) for m in _TOKEN_RE.finditer(text, start, end)]


