"""What a format reader hands back before furniture is found.

>>> Extracted("Body", title="T").title
'T'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Extracted:
    """Display text plus whatever metadata the format carried."""

    text: str
    title: str = ""
    source: str = ""
    date: str = ""
    notices: tuple[str, ...] = ()
