"""What the window says of a passage in words: the status-bar line, the tooltip and the text
Copy Passage and Counterpart puts on the clipboard (no widgets).

The window, the Passages list and the Quotations panel speak of passages the same way; the
words are built here from the marks and the comparison alone, so they can be checked
without a window.
"""

from __future__ import annotations

from html import escape

from kompare.core.model import Comparison, Side
from kompare.gui.marks import PARTIAL, UNIQUE, Item, Marks
from kompare.present import change_text, confidence_text, inner_ends, link_figures, look_of, near_note, partial_note

#: A sentence's hover shows this many of its links; a click shows them all.
MAX_TOOLTIP_LINKS = 3

#: The closest unlinked counterpart of a unique sentence: (its side, its sentence id, the note).
Near = tuple[Side, int, str]


def excerpt(text: str, limit: int = 140) -> str:
    """One line of at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def change_summary(item: Item, comparison: Comparison | None = None) -> str:
    """A link's typed changes, 'number: “20” → “25”; name: “Kim” → “Putin”', or a partial
    link's note, 'both say “…”; B says more' (given the ``comparison``, whose texts it quotes)."""
    if item.link is None:
        return ""
    if not item.link.changes and item.kind == PARTIAL and comparison is not None:
        return partial_note(item.link, comparison.a.text, comparison.b.text, ends=inner_ends(comparison.a, item.link.a))
    return "; ".join(map(change_text, item.link.changes))


def near_of(comparison: Comparison | None, item: Item, at: int | None = None) -> Near | None:
    """The closest unlinked counterpart of a unique run's sentence at ``at`` (else of its first
    sentence that has one); None for a link."""
    if item.kind != UNIQUE or comparison is None:
        return None
    side = Side.A if item.a else Side.B
    doc = comparison.doc(side)
    ids = item.sentences_a if side is Side.A else item.sentences_b
    if at is not None:
        ids = [i for i in ids if doc.sentences[i].start <= at < doc.sentences[i].end] or ids
    for sid in ids:
        near = comparison.near_of(side, sid)
        if near is not None:
            return side.other, (near.b if side is Side.A else near.a), near_note(comparison, side, sid)
    return None


def status_line(item: Item, comparison: Comparison | None, near: Near | None = None, how_to_go: str = "") -> str:
    """'Divergence: number: 23 → 25 (similarity 0.70, link confidence 0.93).', 'Partial: both say …',
    or 'Unique to A.' with its closest passage (``near``) and ``how_to_go`` there."""
    if item.kind == UNIQUE:
        return f"Unique to {'A' if item.a else 'B'}." + (f" {near[2]} ({how_to_go})" if near else "")
    detail = change_summary(item, comparison)
    return f"{look_of(item.kind).label}" + (f": {detail}" if detail else "") + f" ({link_figures(item.link)})."


def clipboard_text(item: Item, comparison: Comparison, near: Near | None = None) -> str:
    """A passage, its counterpart and what the comparison says of them, as plain text to paste
    into notes: the status line, then each side's whole passage with its document's name.

    A unique passage comes with its closest unlinked counterpart (``near``), whose note says it is no link.
    """
    lines = [status_line(item, comparison)]
    for side in Side:
        doc = comparison.doc(side)
        ids = item.sentences_a if side is Side.A else item.sentences_b
        if not ids:  # (the other side of a unique passage)
            continue
        # Sentences apart in the document (a headline and a later paragraph) are cut with "[…]".
        words = " ".join(doc.sentence_text(i) if n == 0 or i == ids[n - 1] + 1 else "[…] " + doc.sentence_text(i)
                         for n, i in enumerate(ids))
        lines.append(f"{side.value.upper()} ({doc.document.display_name}): “{' '.join(words.split())}”")
    if near is not None:
        lines.append(near[2])
    return "\n".join(lines) + "\n"


def tooltip(marks: Marks | None, side: Side, offset: int) -> str | None:
    """Counterparts and typed changes of the sentence at ``offset``, one block per link (rich text)."""
    if marks is None:
        return None
    keys = marks.keys_at(side, offset)
    if not keys:
        return None
    comparison = marks.comparison
    first = marks.items[keys[0]]
    if first.kind == UNIQUE:
        near = near_of(comparison, first, offset)
        return (f"<b>Unique to {side.value.upper()}</b>: no counterpart in {side.other.value.upper()}."
                + (f"<br>{escape(near[2])}" if near else ""))
    other = comparison.doc(side.other)
    shown = keys[:MAX_TOOLTIP_LINKS]
    blocks = []
    for key in shown:
        item = marks.items[key]
        rng = item.range(side.other)
        counterpart = excerpt(other.text[rng[0]:rng[1]], 600 // len(shown))
        lines = [f"<b>{escape(look_of(item.kind).label)}</b> — counterpart in {side.other.value.upper()} "
                 f"({confidence_text(item.link.confidence)}):",
                 f"<i>{escape(counterpart)}</i>"]
        link = item.link if side is Side.A else item.link.mirrored()
        if link.changes:
            lines.append("<b>Changes</b>:")
            lines += [f"• {escape(change_text(c))}" for c in link.changes]
        elif item.kind == PARTIAL:
            lines.append(escape(change_summary(item, comparison)))
        blocks.append("<br>".join(lines))
    more = len(keys) - len(shown)
    if more:
        blocks.append(f"… and {more} more link{'s' if more > 1 else ''} (click to see them all)")
    head = f"In {len(keys)} links:<br>" if len(keys) > 1 else ""
    return "<qt>" + head + "<hr>".join(blocks) + "</qt>"


__all__ = [
    "MAX_TOOLTIP_LINKS", "Near", "change_summary", "clipboard_text", "excerpt", "near_of", "status_line",
    "tooltip",
]
