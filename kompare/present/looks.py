"""Each kind's name, words and colours (its :class:`Look`), and how passages of a kind are counted."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kompare.core.model import LinkKind, Status
from kompare.present.colours import (
    BLUE, BLUISH_GREEN, GREY, ORANGE, PAPER, REDDISH_PURPLE, SKY_BLUE, TEXT, VERMILLION, contrast, mix, readable_on,
)


class Kind(str, Enum):
    """Everything that gets its own look: a sentence's status, or text left out."""

    AGREEMENT = "agreement"
    DIVERGENCE = "divergence"
    PARTIAL = "partial"
    UNIQUE = "unique"
    EXCLUDED = "excluded"


class WordMark(str, Enum):
    """Which words inside a linked passage a kind highlights."""

    NONE = "none"
    CHANGED = "changed"  # the words that differ from the counterpart
    SHARED = "shared"  # the words both passages have (a partial link's common claim)


@dataclass(frozen=True)
class Look:
    """One kind's name, words and colours."""

    kind: Kind
    label: str  # "Divergence"
    plural: str  # "divergences"
    share_label: str  # how a share of a document is named: "diverges 21 %"
    legend: str  # what the kind means, one line
    words: str  # what its marked words are, one line ("" when it marks none)
    glyph: str  # a symbol that tells kinds apart without colour
    strong: str
    tint_weight: float
    word_colour: str
    word_weight: float
    marks: WordMark
    underline: str | None = None  # marked words are underlined in this colour
    colour_name: str = ""  # what a reader calls the strong colour ("orange")
    one: str = ""  # one of them: "divergence", "partial link"

    @property
    def tint(self) -> str:
        """The passage background on white."""
        return mix(self.strong, self.tint_weight)

    @property
    def word(self) -> str:
        """The marked words' background on white."""
        return mix(self.word_colour, self.word_weight)

    @property
    def ink(self) -> str:
        """The strong colour darkened until it reads as text on white (WCAG 4.5:1)."""
        return readable_on(self.strong, PAPER)

    @property
    def on_strong(self) -> str:
        """Text colour on a chip of the strong colour."""
        return PAPER if contrast(self.strong, PAPER) >= 3.0 else TEXT


LOOKS: dict[Kind, Look] = {
    Kind.AGREEMENT: Look(
        Kind.AGREEMENT, "Agreement", "agreements", "agrees",
        "the same claim in both, nothing substantive differs",
        "reworded words, wording only", "=", BLUE, 0.20, BLUE, 0.35, WordMark.CHANGED,
        colour_name="blue", one="agreement"),
    Kind.DIVERGENCE: Look(
        Kind.DIVERGENCE, "Divergence", "divergences", "diverges",
        "the same claim with a conflicting detail",
        "the words that differ, underlined", "≠", ORANGE, 0.22, VERMILLION, 0.38, WordMark.CHANGED,
        underline=VERMILLION, colour_name="orange", one="divergence"),
    Kind.PARTIAL: Look(
        Kind.PARTIAL, "Partial", "partial links", "agrees in part",
        "one passage carries the other's claim plus more, or they share one claim of several",
        "the words both passages share, underlined", "⊂", BLUISH_GREEN, 0.18, BLUISH_GREEN, 0.38,
        WordMark.SHARED, underline=BLUISH_GREEN, colour_name="green", one="partial link"),
    Kind.UNIQUE: Look(
        Kind.UNIQUE, "Unique", "unique passages", "unique",
        "said by one document only", "", "◆", REDDISH_PURPLE, 0.14, REDDISH_PURPLE, 0.30,
        WordMark.NONE, colour_name="pink", one="unique passage"),
    Kind.EXCLUDED: Look(
        Kind.EXCLUDED, "Left out", "passages left out", "left out",
        "page furniture, captions and repeats: shown dimmed, not compared", "", "·", GREY, 0.20,
        GREY, 0.20, WordMark.NONE, colour_name="grey", one="passage left out"),
}

_LOOK_OF_VALUE = {kind.value: look for kind, look in LOOKS.items()}

#: The kinds a sentence can be, in the order bars, legends and summaries list them.
STATUS_KINDS = (Kind.AGREEMENT, Kind.DIVERGENCE, Kind.PARTIAL, Kind.UNIQUE)

#: Quotations: the dotted underline and its colour.
QUOTE_COLOUR = BLUE
QUOTE_COLOUR_DARK = SKY_BLUE


def colour_key() -> str:
    """What each colour means, in one line.

    >>> colour_key().split(" · ")[0]
    'blue: the same claim in both, nothing substantive differs'
    """
    return " · ".join(f"{LOOKS[k].colour_name}: {LOOKS[k].legend}" for k in STATUS_KINDS)


def look_of(kind: str | Kind | Status | LinkKind) -> Look:
    """The look of a kind given as a Kind, a Status, a LinkKind or its value."""
    value = kind.value if isinstance(kind, Enum) else kind
    look = _LOOK_OF_VALUE.get(value)  # (asked once a link when a long pair's view is built)
    return LOOKS[Kind(value)] if look is None else look  # (Kind(value) says what is wrong with a bad one)


def count_word(kind: str | Kind | Status | LinkKind, n: int) -> str:
    """How ``n`` passages of a kind are called: "agreement" for one, "agreements" for more or none.

    >>> count_word("agreement", 1), count_word("divergence", 0), count_word("partial", 1)
    ('agreement', 'divergences', 'partial link')
    """
    look = look_of(kind)
    return look.one if n == 1 else look.plural


def count_of(kind: str | Kind | Status | LinkKind, n: int) -> str:
    """``n`` passages of a kind in words.

    >>> count_of("agreement", 1), count_of("partial", 3)
    ('1 agreement', '3 partial links')
    """
    return f"{n} {count_word(kind, n)}"


#: The words a typed change names ("$3 billion" against "$3.6 billion") stand out among the
#: other words a divergence marks: its word colour at this weight, in the window and the
#: report alike (text on it still reads at 6.8:1 on white).
TYPED_WORD_WEIGHT = 0.7


def typed_word() -> str:
    """The background, on white, of the words a typed change names.

    >>> contrast(typed_word(), TEXT) >= 4.5 and typed_word() != LOOKS[Kind.DIVERGENCE].word
    True
    """
    return mix(LOOKS[Kind.DIVERGENCE].word_colour, TYPED_WORD_WEIGHT)
