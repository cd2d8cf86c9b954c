"""What a format reader hands back before furniture is found.

>>> Extracted("Body", title="T").title
'T'
"""

from __future__ import annotations

from dataclasses import dataclass

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
