"""What a format reader hands back before furniture is found.

>>> Extracted("Body", title="T").title
'T'
"""

from __future__ import annotations

from dataclasses import dataclass

from kompare.core.errors import InputError
from kompare.core.model import Excluded


@dataclass(frozen=True)
class Extracted:
    """Display text plus whatever metadata the format carried."""

    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    notices: tuple[str, ...] = ()
    #: Ranges the format itself marks as not part of the article (a PDF's running headers).
    excluded: tuple[Excluded, ...] = ()


def too_much_text(name: str, size: int, max_chars: int, *, at_least: bool = False) -> InputError:
    """The refusal of a file whose text passes the size cap (a small archive may hold far more).

    >>> too_much_text("big.docx", 64_288_888, 20_000_000).reason.split(";")[0]
    'the text inside this file is 64,288,888 characters'
    """
    amount = f"{'more than ' if at_least else ''}{size:,}"
    return InputError(name, f"the text inside this file is {amount} characters; kompare reads documents up to "
                            f"{max_chars:,} (save just the article's text to a smaller file)")
