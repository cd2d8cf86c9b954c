"""What the benchmark scripts of edited texts share: where the articles are, weekdays, a table of
rates, an edited copy of a document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The development news triplets, beside the project when present (never shipped).
TRIPLETS = ROOT.parent / "shared" / "dev" / "news-triplets"
SEEDS = ROOT / "seeds"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def print_rates(rows: Iterable[tuple[str, Counter]], count: str, columns: Sequence[str], width: int = 18,
                total: str | None = "all") -> None:
    """One line per (label, tally): the tally's ``count``, then each of ``columns`` as a share of it,
    and a line of their sums labelled ``total``.

    >>> print_rates([("a", Counter(n=2, ok=1)), ("b", Counter(n=2, ok=2))], "n", ["ok"], width=4)
    a       2    0.50
    b       2    1.00
    all     4    0.75
    """
    sums = Counter()
    for label, t in rows:
        sums.update(t)
        n = t[count]
        print(f"{label:{width}s} {n:4d} " + " ".join(f"{t[k] / n:7.2f}" for k in columns))
    if total and sums[count]:
        print(f"{total:{width}s} {sums[count]:4d} " + " ".join(f"{sums[k] / sums[count]:7.2f}" for k in columns))


def edited_copy(doc, edits: Iterable[tuple[int, int, str]]):
    """A copy of ``doc`` with each ``(start, end, new)`` edit made (they do not overlap), keeping
    its furniture: the excluded ranges move past the edits before them, so the copy's sentences
    are the original's (a date glued into a line does not join its neighbours again).

    >>> from kompare.core.model import Document, Excluded, ExclusionReason
    >>> doc = Document("Kim met Putin. Menu. End.", excluded=(Excluded(15, 20, ExclusionReason.FURNITURE),))
    >>> copy = edited_copy(doc, [(0, 3, "Mr. Kim")])
    >>> copy.text, [copy.text[e.start:e.end] for e in copy.excluded]
    ('Mr. Kim met Putin. Menu. End.', ['Menu.'])
    """
    edits = sorted(edits, key=lambda x: -x[0])
    text = doc.text
    for s, e, new in edits:
        text = text[:s] + new + text[e:]

    def moved(pos: int) -> int:
        return pos + sum(len(new) - (e - s) for s, e, new in edits if e <= pos)

    excluded = tuple(replace(x, start=moved(x.start), end=moved(x.end)) for x in doc.excluded)
    return doc.__class__(text, path="edited.txt", title=doc.title, excluded=excluded)
