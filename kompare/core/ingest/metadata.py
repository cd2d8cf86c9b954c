"""Title and date for files that carry no metadata: read them off the text's top.

>>> text = "World\\nOpinion | Why Seoul must rethink\\nJune 17, 2024\\nBody text here."
>>> from kompare.core.ingest.furniture import find_furniture
>>> guess_title(text, find_furniture(text))
'Why Seoul must rethink'
>>> find_date(text)
'2024-06-17'
"""

from __future__ import annotations

import datetime
import re

from kompare.core.ingest.furniture import DATE_NOTE, looks_like_headline
from kompare.core.model import Excluded

_MONTHS = {
    name: number
    for number, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
         "aug august", "sep sept september", "oct october", "nov november", "dec december"),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),
)
_SECTION_PREFIX = re.compile(r"^[^|]{1,25}\s\|\s(?=\S)")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_DATE_NOTES = (DATE_NOTE, "publication line")
_DATE_ZONE = 300  # a date this close to the start is the article's dateline
_DATELINE_MAX = 80
_TOP_LINES = 10
# A lower-case word running straight into a capitalised one: two texts glued together.
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")
_GLUE_ZONE = 250
# Genre tags printed before a headline; place names are not here ("China Slams US" is a headline).
_GENRE_LABELS = frozenset("analysis opinion explainer exclusive commentary editorial interview review "
                          "feature premium".split())


def guess_title(text: str, excluded: tuple[Excluded, ...] = ()) -> str:
    """The first line that is not furniture, when it reads like a headline; else "".

    A leading section tag ("Opinion | ...") and Markdown heading marks are dropped.

    >>> guess_title("# Kim meets Putin in Pyongyang\\n\\nText.")
    'Kim meets Putin in Pyongyang'
    >>> guess_title("Putin arrived in Pyongyang on Wednesday for talks.")
    ''
    """
    line = _first_kept_line(text, excluded)
    line = _MARKDOWN_HEADING.sub("", line).strip()
    if not looks_like_headline(line):
        line = _glued_headline(line)
        if not line:
            return ""
    for shorter in (_SECTION_PREFIX.sub("", line), _drop_label_word(line)):
        if shorter != line and looks_like_headline(shorter):
            return shorter
    return line


def _glued_headline(line: str) -> str:
    """A headline run into the next text by a scraper ("...to PyongyangRussia and..."), else "".

    >>> _glued_headline("Analysis How Seoul can respond to threats from PyongyangRussia and North Korea could "
    ...                 "bolster military ties at the summit, but South Korea has ways to counter them.")
    'Analysis How Seoul can respond to threats from Pyongyang'
    """
    glue = _GLUE.search(line, 0, _GLUE_ZONE)
    if glue is None:
        return ""
    head = line[: glue.start()]
    return head if len(head.split()) >= 4 and looks_like_headline(head) else ""


def _drop_label_word(line: str) -> str:
    """The line without a leading section label word ("Analysis How Seoul..." -> "How Seoul...")."""
    first, _, rest = line.partition(" ")
    return rest if rest[:1].isupper() and first.casefold() in _GENRE_LABELS else line


def find_date(text: str, excluded: tuple[Excluded, ...] = ()) -> str:
    """An ISO date printed at the top (a dateline or near the start), else "".

    >>> find_date("Seoul, 19 June 2024\\nText.")
    '2024-06-19'
    >>> find_date("x" * 400 + " on June 19, 2024, Putin arrived.")
    ''
    """
    # A publication line is furniture (not compared) but it is where the date is.
    excluded = tuple(e for e in excluded if e.note not in _DATE_NOTES)
    for start, iso in _matches(text[:_DATE_ZONE]):
        if not _inside(start, excluded):
            return iso
    pos = 0
    for raw in text.split("\n", _TOP_LINES)[:_TOP_LINES]:
        if len(raw.strip()) <= _DATELINE_MAX and not _inside(pos, excluded):
            for _start, iso in _matches(raw):
                return iso
        pos += len(raw) + 1
    return ""


def _matches(text: str) -> list[tuple[int, str]]:
    """(position, ISO date) of the valid dates in ``text``, in order."""
    found = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("month")
            month = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
            try:
                day = datetime.date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                continue
            found.append((match.start(), day.isoformat()))
    return sorted(found)


def _first_kept_line(text: str, excluded: tuple[Excluded, ...]) -> str:
    pos = 0
    for raw in text.split("\n", 50):
        if raw.strip() and not _inside(pos, excluded, pos + len(raw)):
            return raw.split("\n", 1)[0].strip()
        pos += len(raw) + 1
    return ""


def _inside(start: int, excluded: tuple[Excluded, ...], end: int | None = None) -> bool:
    """True when ``start`` (or the whole ``start..end``) lies in an excluded range."""
    end = start + 1 if end is None else end
    return any(e.start <= start and end <= e.end for e in excluded)
