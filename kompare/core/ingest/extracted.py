"""What a format reader hands back before furniture is found.

>>> Extracted("Body", title="T").title
'T'
"""

from __future__ import annotations

from dataclasses import dataclass

from kompare.core.errors import InputError, ShouldCancel, stop_if_cancelled
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


class TextBudget:
    """The text a reader has taken out of a file so far, against the size cap: the file is
    refused as soon as it passes the cap, before a few kilobytes that unpack to a hundred
    megabytes (or a thousand more PDF pages) are all read. Each step of the count is also
    where a caller's ``should_cancel`` is heard (:class:`Cancelled`), so a long read stops
    when the window's Cancel is pressed, not minutes later.

    >>> budget = TextBudget("a.docx", 20)
    >>> budget.spend("Kim", "Putin")  # (each counted with the blank line that will follow it)
    >>> budget.spend("Pyongyang")
    Traceback (most recent call last):
    ...
    kompare.core.errors.InputError: a.docx: the text inside this file is more than 23 characters; ...
    >>> TextBudget("a.pdf", None, should_cancel=lambda: True).spend("Kim")
    Traceback (most recent call last):
    ...
    kompare.core.errors.Cancelled
    """

    def __init__(self, name: str, max_chars: int | None, *, should_cancel: ShouldCancel | None = None):
        self.name, self.max_chars, self.chars = name, max_chars, 0
        self.should_cancel = should_cancel

    def spend(self, *texts: str) -> None:
        stop_if_cancelled(self.should_cancel)
        self.chars += sum(len(t) + 2 for t in texts)
        if self.max_chars is not None and self.chars > self.max_chars:
            raise too_much_text(self.name, self.chars, self.max_chars, at_least=True)
