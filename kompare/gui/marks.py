"""What each pane shows: highlight ranges, navigation items and quote rows from a Comparison.

Links are many-to-many: a sentence is painted by its status (the link that decides it),
and remembers every link it is in, so selecting it can show all its counterparts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from kompare.core.model import Comparison, Excluded, Link, LinkKind, Range, Shares, Side
from kompare.present import (  # noqa: F401  (QuoteRow: re-exported)
    Kind, QuoteRow, marked_ranges, quote_rows, typed_ranges,
)

AGREEMENT, DIVERGENCE, PARTIAL, UNIQUE = (k.value for k in (Kind.AGREEMENT, Kind.DIVERGENCE, Kind.PARTIAL, Kind.UNIQUE))
#: Every kind navigation and filters know, in the order menus list them.
ITEM_KINDS = (AGREEMENT, DIVERGENCE, PARTIAL, UNIQUE)


@dataclass(frozen=True)
class Region:
    """One highlighted sentence: its range, its status, the item that decides it and all its items."""

    start: int
    end: int
    kind: str
    key: str
    keys: tuple[str, ...] = ()

    def __post_init__(self):
        if not self.keys:
            object.__setattr__(self, "keys", (self.key,))


@dataclass(frozen=True)
class Item:
    """A link or a run of unique sentences: what navigation, lists and the gutter work with."""

    key: str
    kind: str
    a: Range | None
    b: Range | None
    link: Link | None = None
    sentences_a: tuple[int, ...] = ()
    sentences_b: tuple[int, ...] = ()

    def range(self, side: Side) -> Range | None:
        return self.a if side is Side.A else self.b


def sorted_by(rows: list, *columns) -> list:
    """``rows`` sorted stably by numeric ``columns`` (first the main one): like ``sorted`` with a tuple key.

    numpy sorts without holding the interpreter: Python's sort of tens of thousands of tuples
    is one call that does, and the window's thread waited up to 140 ms on the worker building
    these orders. Every column is a sequence of numbers as long as ``rows``.
    """
    if len(rows) < 2:
        return list(rows)
    import numpy as np

    keys = [np.asarray(column) for column in reversed(columns)]  # lexsort: the last key leads
    return [rows[k] for k in np.lexsort(keys).tolist()]


class SpanIndex:
    """Ranges sorted by start, searchable by overlap with a window."""

    def __init__(self, entries: list[tuple[int, int, object]]):
        self.entries = sorted_by(entries, [e[0] for e in entries], [e[1] for e in entries])
        self._starts = [e[0] for e in self.entries]
        self._longest = max((e[1] - e[0] for e in self.entries), default=0)

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int, object]]:
        """Entries whose range meets [lo, hi)."""
        i = bisect_left(self._starts, lo - self._longest)
        found = []
        while i < len(self.entries) and self.entries[i][0] < hi:
            entry = self.entries[i]
            if entry[1] > lo or (entry[0] == entry[1] == lo):
                found.append(entry)
            i += 1
        return found

    def at(self, offset: int) -> object | None:
        """The payload of the entry holding ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0 and self.entries[i][0] >= offset - self._longest:
            start, end, payload = self.entries[i]
            if start <= offset < end:
                return payload
            i -= 1
        return None

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class SideMarks:
    """Everything highlighted in one pane, in document offsets."""

    length: int
    regions: SpanIndex
    diff_words: dict[str, list[Range]]  # link key -> the words its kind marks on this side
    quotes: SpanIndex
    excluded: SpanIndex
    items: dict[str, Item] = field(default_factory=dict)
    typed_words: dict[str, list[Range]] = field(default_factory=dict)  # link key -> its typed changes' words

    _spans: tuple | None = field(default=None, repr=False)

    def region_spans(self):
        """(starts, ends, kinds) of the regions as numpy arrays (kinds: their ``ITEM_KINDS`` index)."""
        if self._spans is None:
            import numpy as np

            entries = self.regions.entries
            index = {kind: n for n, kind in enumerate(ITEM_KINDS)}
            self._spans = (np.fromiter((e[0] for e in entries), np.int64, len(entries)),
                           np.fromiter((e[1] for e in entries), np.int64, len(entries)),
                           np.fromiter((index[e[2].kind] for e in entries), np.int8, len(entries)))
        return self._spans

    def region_at(self, offset: int) -> Region | None:
        found = self.regions.at(offset)
        return found if isinstance(found, Region) else None


def _passage(comparison: Comparison, side: Side, sids: tuple[int, ...]) -> Range | None:
    sentences = comparison.doc(side).sentences
    if len(sids) == 1:  # (most links)
        s = sentences[sids[0]]
        return s.start, s.end
    if not sids:
        return None
    return min(sentences[i].start for i in sids), max(sentences[i].end for i in sids)


def _runs(ids: tuple[int, ...]) -> list[tuple[int, ...]]:
    runs: list[list[int]] = []
    for sid in sorted(ids):
        if runs and sid == runs[-1][-1] + 1:
            runs[-1].append(sid)
        else:
            runs.append([sid])
    return [tuple(r) for r in runs]


def link_key(link_id: int) -> str:
    return f"L{link_id}"


def unique_key(side: Side, first_sid: int) -> str:
    return f"U{side.value.upper()}{first_sid}"


class Marks:
    """The view model of one comparison: per-side marks, items in order, quote rows."""

    def __init__(self, comparison: Comparison):
        self.comparison = comparison
        self.items: dict[str, Item] = {}
        for link in comparison.links:
            key = link_key(link.id)
            self.items[key] = Item(
                key, link.kind.value, _passage(comparison, Side.A, link.a), _passage(comparison, Side.B, link.b),
                link, link.a, link.b,
            )
        self._unique_key: dict[tuple[Side, int], str] = {}
        for side in Side:
            for run in _runs(comparison.unique(side)):
                key = unique_key(side, run[0])
                rng = _passage(comparison, side, run)
                self.items[key] = Item(
                    key, UNIQUE, rng if side is Side.A else None, rng if side is Side.B else None,
                    None, run if side is Side.A else (), run if side is Side.B else (),
                )
                for sid in run:
                    self._unique_key[side, sid] = key
        self.sides = {side: self._side_marks(side) for side in Side}
        self._order: list[Item] | None = None
        self._row_of: dict[str, int] | None = None
        self._ordered: dict[tuple[str | None, Side], tuple[list[Item], dict[str, int], list[int]]] = {}
        self._shares: dict[Side, Shares] = {}
        self._counts: dict[str, int] | None = None
        self._key_ranks: dict[str, int] | None = None
        self.quote_rows = quote_rows(comparison)
        #: Views' per-comparison indexes (scroll sync's mapping, the quotes panel's texts), built
        #: with the marks on the worker thread so the window never builds them itself.
        self.prepared: dict[str, object] = {}

    def precompute(self) -> None:
        """Build every lazy index now (on the worker thread): orders, rows, shares."""
        self.reading_order()
        self.row_of()
        self.counts()
        for side in Side:
            self.shares(side)
            self.sides[side].region_spans()
            for kind in (None, *ITEM_KINDS):
                self._ordered_index(kind, side)

    def _side_marks(self, side: Side) -> SideMarks:
        c = self.comparison
        seg = c.doc(side)
        regions: list[tuple[int, int, object]] = []
        for s in seg.sentences:
            links = c.links_of(side, s.id)
            if links:
                decisive = c.link_of(side, s.id)
                keys = (link_key(decisive.id),) + tuple(link_key(l.id) for l in links if l is not decisive)
                region = Region(s.start, s.end, decisive.kind.value, keys[0], keys)  # (its status: Comparison.status)
            elif (side, s.id) in self._unique_key:
                region = Region(s.start, s.end, UNIQUE, self._unique_key[side, s.id])
            else:
                continue
            regions.append((s.start, s.end, region))
        diff_words: dict[str, list[Range]] = {}
        typed_words: dict[str, list[Range]] = {}
        for link in c.links:
            words = marked_ranges(link, side, seg.text)
            if words:
                diff_words[link_key(link.id)] = words
            if link.changes:
                typed = typed_ranges(link, side)
                if typed:
                    typed_words[link_key(link.id)] = typed
        quotes = [(q.start, q.end, q) for q in self.comparison.quotes(side)]
        excluded = [(e.start, e.end, e) for e in seg.excluded if e.end > e.start]
        items = {k: i for k, i in self.items.items() if i.range(side) is not None}
        return SideMarks(len(seg.text), SpanIndex(regions), diff_words, SpanIndex(quotes),
                         SpanIndex(excluded), items, typed_words)

    # --- navigation -----------------------------------------------------------------------
    def _ordered_index(self, kind: str | None, side: Side) -> tuple[list[Item], dict[str, int], list[int]]:
        # Sorted once per comparison: navigation used to sort all 25,000 links of a long pair per step.
        found = self._ordered.get((kind, side))
        if found is None:
            if kind is None:
                ranged = [(i, i.a if side is Side.A else i.b) for i in self.items.values()]
                ranged = [(i, r) for i, r in ranged if r is not None]
                rank = self._key_rank()
                ranged = sorted_by(ranged, [r[0] for _, r in ranged], [r[1] for _, r in ranged],
                                   [rank[i.key] for i, _ in ranged])
                items, starts = [i for i, _ in ranged], [r[0] for _, r in ranged]
            else:
                # One kind's order is the whole order filtered (the sort key is a total order).
                every, _, every_starts = self._ordered_index(None, side)
                chosen = [n for n, i in enumerate(every) if i.kind == kind]
                items, starts = [every[n] for n in chosen], [every_starts[n] for n in chosen]
            found = (items, {i.key: n for n, i in enumerate(items)}, starts)
            self._ordered[kind, side] = found
        return found

    def ordered(self, kind: str | None, side: Side) -> list[Item]:
        """Items of ``kind`` (None: of every kind) that have a range on ``side``, in reading order there."""
        return list(self._ordered_index(kind, side)[0])

    def step(self, kind: str | None, side: Side, anchor: int, forward: bool,
             current: str | None = None) -> tuple[Item | None, bool]:
        """The next (or previous) item of ``kind`` (None: any) after ``anchor`` on ``side``; True if it wrapped.

        ``current`` is the item the reader is on: links that start on the same sentence as it
        (one sentence in several links) are each a stop of their own.
        """
        items, position, starts = self._ordered_index(kind, side)
        if not items:
            return None, False
        if current in position:
            idx = position[current] + (1 if forward else -1)
            if 0 <= idx < len(items):
                return items[idx], False
            return (items[0] if forward else items[-1]), True
        if forward:
            idx = bisect_right(starts, anchor)
            return (items[idx], False) if idx < len(items) else (items[0], True)
        idx = bisect_left(starts, anchor) - 1
        return (items[idx], False) if idx >= 0 else (items[-1], True)

    def reading_order(self) -> list[Item]:
        """Links and A's unique runs in A's order; B's unique runs after the link before them in B."""
        if self._order is None:
            items = list(self.items.values())
            linked = [i for i in items if i.a is not None and i.b is not None]
            linked = sorted_by(linked, [i.b[0] for i in linked], [i.b[1] for i in linked])
            b_starts = [i.b[0] for i in linked]
            position = {i.key: float(i.a[0]) for i in items if i.a is not None}
            for item in items:
                if item.a is None:
                    n = bisect_left(b_starts, item.b[0])
                    position[item.key] = (linked[n - 1].a[0] + 0.5) if n else -1.0
            self._order = sorted_by(items, [position[i.key] for i in items], [i.b[0] if i.b else 0 for i in items])
        return self._order

    def _key_rank(self) -> dict[str, int]:
        """Item key -> its place in the keys' string order (ties in a sort by range go by key)."""
        if self._key_ranks is None:
            import numpy as np

            keys = list(self.items)
            order = np.argsort(np.array(keys), kind="stable").tolist() if keys else []
            self._key_ranks = {keys[k]: n for n, k in enumerate(order)}
        return self._key_ranks

    def row_of(self) -> dict[str, int]:
        """Item key -> its row in ``reading_order``."""
        if self._row_of is None:
            self._row_of = {item.key: row for row, item in enumerate(self.reading_order())}
        return self._row_of

    def has(self, kind: str | None, side: Side) -> bool:
        """Whether any item of ``kind`` (None: any) has a range on ``side``."""
        return bool(self._ordered_index(kind, side)[0])

    def shares(self, side: Side) -> Shares:
        """The comparison's shares of one side (computed once)."""
        if side not in self._shares:
            self._shares[side] = self.comparison.shares(side)
        return self._shares[side]

    def item_at(self, side: Side, offset: int) -> Item | None:
        """The item that decides the status of the sentence at ``offset``."""
        region = self.sides[side].region_at(offset)
        return self.items.get(region.key) if region else None

    def keys_at(self, side: Side, offset: int) -> tuple[str, ...]:
        """Every item the sentence at ``offset`` is in (the deciding one first)."""
        region = self.sides[side].region_at(offset)
        return region.keys if region else ()

    def counts(self) -> dict[str, int]:
        """Number of links of each kind, unique sentences and quotations on each side."""
        if self._counts is None:
            self._counts = self._count()
        return dict(self._counts)

    def _count(self) -> dict[str, int]:
        c = self.comparison
        return {
            "agreement": sum(1 for l in c.links if l.kind is LinkKind.AGREEMENT),
            "divergence": sum(1 for l in c.links if l.kind is LinkKind.DIVERGENCE),
            "partial": sum(1 for l in c.links if l.kind is LinkKind.PARTIAL),
            "unique_a": len(c.unique_a),
            "unique_b": len(c.unique_b),
            "quotes_a": len(c.quotes_a),
            "quotes_b": len(c.quotes_b),
        }


def excluded_of(excluded: tuple[Excluded, ...]) -> SpanIndex:
    """A SpanIndex of excluded ranges (used before a comparison exists)."""
    return SpanIndex([(e.start, e.end, e) for e in excluded if e.end > e.start])
