"""Build a comparison report as one HTML string (pure: no Qt, no files).

Two targets share the same markup: ``"browser"`` (the HTML export, richer CSS)
and ``"qt"`` (the subset QTextDocument renders for the PDF: tables, background
colours and font weights, no flexbox).  Document text is always escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from kompare import __version__
from kompare.core.errors import Cancelled, ShouldCancel
from kompare.core.model import ChangeType, Comparison, Link, Side
from kompare.present import (
    LOOKS, NO_WORDS, QUOTE_MATCH_LABELS, STATUS_KINDS, Kind, QuoteGroup, QuoteRow, WordMark, change_label, change_words,
    count_word, hand_note, inner_ends, look_of, marked_ranges, near_note, partial_note, quote_diff_ranges,
    quote_groups, quote_rendering, quote_rows, reader_text, sensitivity_text, share_figures, typed_ranges, typed_word,
    uncertain_note,
)
from kompare.report import colors as C
from kompare.report.markup import esc, highlight, passage

Progress = Callable[[float, str], None] | None

# Kept for readers of the report's markup; the labels themselves live in kompare.present.
CHANGE_LABELS = {t: change_label(t) for t in ChangeType}
MATCH_LABELS = QUOTE_MATCH_LABELS

# Short CSS class names of each kind: passage tint, marked words, and the glyph chip.
TINT_CLASS = {Kind.AGREEMENT: "ag", Kind.DIVERGENCE: "dv", Kind.PARTIAL: "pa", Kind.UNIQUE: "un",
              Kind.EXCLUDED: "ex"}
WORD_CLASS = {Kind.AGREEMENT: "wa", Kind.DIVERGENCE: "wd", Kind.PARTIAL: "wp", Kind.UNIQUE: "wu",
              Kind.EXCLUDED: "wx"}
TYPED_CLASS = "wt"  # the words a typed change names


def _kind_css() -> str:
    """One rule per class the report uses (Qt matches every rule against every element: no spares)."""
    rules = []
    for kind, look in LOOKS.items():
        tint = TINT_CLASS[kind]
        rules.append(f".{tint} {{ background-color: {look.tint}; }}")
        if look.marks is not WordMark.NONE:
            underline = " text-decoration: underline;" if look.underline else ""
            rules.append(f".{WORD_CLASS[kind]} {{ background-color: {look.word};{underline} }}")
        if kind is Kind.DIVERGENCE:  # (the words a typed change names: stronger, bold)
            rules.append(f".{TYPED_CLASS} {{ background-color: {typed_word()}; text-decoration: underline; "
                         f"font-weight: bold; }}")
        if kind in STATUS_KINDS:
            rules.append(f".mark-{tint} {{ background-color: {look.strong}; color: {look.on_strong}; font-weight: bold; }}")
            rules.append(f".ink-{tint} {{ color: {look.ink}; font-weight: bold; }}")
    return "\n".join(rules)


# Fonts with wide coverage first, then CJK, so accented and Korean names render.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Noto Sans CJK KR", "Droid Sans Fallback")
_FONT_CSS = ", ".join(f'"{f}"' for f in FONT_FAMILIES)

# Shared class names; each target gets its own stylesheet.
_CARD = ' cellspacing="2" cellpadding="5" border="0"'

_COMMON_CSS = f"""
h1 {{ font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; color: {C.TEXT}; }}
h2 {{ font-size: 12.5pt; font-weight: bold; margin-top: 20px; margin-bottom: 4px; color: {C.TEXT}; }}
p {{ margin-top: 0px; margin-bottom: 5px; }}
.sub {{ font-size: 11pt; color: {C.MUTED}; }}
.muted {{ color: {C.MUTED}; }}
.small {{ font-size: 8pt; }}
.field {{ color: {C.MUTED}; font-weight: bold; }}
{_kind_css()}
.changes {{ background-color: #F4F4F4; font-size: 8.5pt; }}
.ctype {{ color: {LOOKS[Kind.DIVERGENCE].ink}; font-weight: bold; }}
.head {{ background-color: #EFEFEF; font-weight: bold; }}
"""

_BROWSER_CSS = f"""
body {{ font-family: {_FONT_CSS}, sans-serif; font-size: 10pt; color: {C.TEXT};
  max-width: 1100px; margin: 24px auto; padding: 0 16px; line-height: 1.35; }}
table {{ border-collapse: collapse; }}
table.grid td, table.grid th {{ border: 1px solid {C.RULE}; vertical-align: top; text-align: left; }}
table.bar td {{ border: none; }}
table.card {{ border-collapse: separate; border-spacing: 2px; page-break-inside: avoid; }}
table.card td, table.card th {{ vertical-align: top; }}
table.card th {{ text-align: left; }}
td, th {{ overflow-wrap: anywhere; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
"""

_QT_CSS = f"""
body {{ font-family: {_FONT_CSS}; font-size: 9.5pt; color: {C.TEXT}; }}
th {{ text-align: left; }}
"""


def build_html(
    comparison: Comparison,
    *,
    generated_at: datetime | None = None,
    target: str = "browser",
    progress: Progress = None,
    should_cancel: ShouldCancel | None = None,
) -> str:
    """The whole report as a self-contained HTML document.

    ``progress(fraction, message)`` is called with fractions in 0..1;
    ``should_cancel()`` returning true raises :class:`Cancelled`.
    """
    if target not in ("browser", "qt"):
        raise ValueError(f"unknown target {target!r}")
    when = generated_at or datetime.now().astimezone()
    builder = _Builder(comparison, when, target, progress, should_cancel)
    return builder.build()


def report_title(comparison: Comparison) -> str:
    """The report's title: ``kompare: <A> vs <B>``."""
    return f"kompare: {comparison.a.document.display_name} vs {comparison.b.document.display_name}"


def format_when(when: datetime) -> str:
    """A timestamp as ``2024-06-20 14:03 UTC+02:00`` (offset only when known)."""
    text = when.strftime("%Y-%m-%d %H:%M")
    offset = when.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f" UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text


class _Builder:
    """Collects the report's sections; one instance per report."""

    def __init__(self, comparison, when, target, progress, should_cancel):
        self.c: Comparison = comparison
        self.when: datetime = when
        self.target = target
        self.progress = progress
        self.should_cancel = should_cancel
        self.names = {
            Side.A: comparison.a.document.display_name,
            Side.B: comparison.b.document.display_name,
        }

    # -- plumbing ---------------------------------------------------------------

    def _tick(self, fraction: float, message: str) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled()
        if self.progress is not None:
            self.progress(min(max(fraction, 0.0), 1.0), message)

    def _grid(self, extra: str = "") -> str:
        """Opening tag of a ruled table (Qt draws rules from the border attribute)."""
        border = f' border="1" style="border-color: {C.RULE}; border-style: solid;"' if self.target == "qt" else ""
        return f'<table class="grid{(" " + extra) if extra else ""}" width="100%"{border} cellspacing="0" cellpadding="4">'

    def build(self) -> str:
        self._tick(0.0, "Writing the report header")
        css = _COMMON_CSS + (_BROWSER_CSS if self.target == "browser" else _QT_CSS)
        parts = [
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
            f"<title>{esc(report_title(self.c))}</title>",
            f'<meta name="generator" content="kompare {esc(__version__)}">',
            f"<style>{css}</style></head><body>",
            self._header(),
            self._summary(),
            self._legend(),
            self._links(),
            self._unique(Side.A),
            self._unique(Side.B),
            self._quotes(),
            "</body></html>",
        ]
        self._tick(1.0, "Report built")
        return "\n".join(p for p in parts if p)

    # -- sections ---------------------------------------------------------------

    def _header(self) -> str:
        a, b = self.c.a, self.c.b
        rows = []

        def row(label: str, va: str, vb: str) -> None:
            rows.append(f'<tr><td class="field" width="14%">{label}</td><td width="43%">{va}</td><td width="43%">{vb}</td></tr>')

        def val(text: str) -> str:
            return esc(text) if text.strip() else '<span class="muted">not given</span>'

        row("Title", val(a.document.title), val(b.document.title))
        row("Source", val(a.document.source), val(b.document.source))
        row("Date", val(a.document.date), val(b.document.date))
        row("File", val(a.document.path), val(b.document.path))
        row("Sentences", f"{len(a.sentences)} compared", f"{len(b.sentences)} compared")
        left_out = [len(d.excluded) for d in (a, b)]
        if any(left_out):
            row("Left out", *(f"{n} passage{'s' if n != 1 else ''} (page furniture, captions, repeats)" if n else "nothing" for n in left_out))
        notices = [d.document.notices for d in (a, b)]
        if any(notices):
            row("Notices", *("<br>".join(esc(n) for n in ns) or "none" for ns in notices))
        head = '<tr class="head"><th class="head"></th><th class="head">Document A</th><th class="head">Document B</th></tr>'
        return (
            f"<h1>Comparison report</h1>"
            f'<p class="sub">{esc(self.names[Side.A])} <span class="muted">vs</span> {esc(self.names[Side.B])}</p>'
            f'<p class="muted small">Compared {esc(format_when(self.when))} by kompare {esc(__version__)}, '
            f'{esc(sensitivity_text(self.c.sensitivity))}'
            + (f"; {esc(reader_text(self.c.reader))}" if self.c.reader else "")
            + '</p>'
            f"{self._grid()}<thead>{head}</thead>{''.join(rows)}</table>"
        )

    def _summary(self) -> str:
        links = self.c.links
        by_kind = Counter(look_of(l.kind).kind for l in links)
        rows = []
        for side in Side:
            figures_list = share_figures(self.c.shares(side))
            figures = " · ".join(
                f'<span class="ink-{TINT_CLASS[k]}">{p}%</span>&nbsp;{look_of(k).share_label}'
                for k, p in figures_list if p or k is not Kind.PARTIAL
            ) if any(p for _, p in figures_list) else '<span class="muted">nothing compared</span>'
            # Name and figures on one line, the bar under them: text extraction
            # then reads each document's figures right after its name.
            rows.append(
                f'<tr><td><b>{side.name}</b> · {esc(self.names[side])}: {figures}</td></tr>'
                f'<tr><td>{self._bar(figures_list)}</td></tr>'
            )
        changes = Counter(ch.type for l in links for ch in l.changes)
        change_text = ", ".join(
            f"{change_label(t)} {changes[t]}" for t in ChangeType if changes[t]
        ) or "none"
        ua, ub = len(self.c.unique_a), len(self.c.unique_b)
        kinds = ", ".join(
            f"<b>{by_kind[k]}</b> {count_word(k, by_kind[k])}"
            for k in (Kind.AGREEMENT, Kind.DIVERGENCE, Kind.PARTIAL) if by_kind[k] or k is not Kind.PARTIAL
        )
        counts = (
            f"<p><b>{len(links)}</b> linked passage{'s' if len(links) != 1 else ''}: {kinds}. "
            f"Unique passages: <b>{ua}</b> in A, <b>{ub}</b> in B.</p>"
            f"<p>Typed changes: {change_text}.</p>"
        )
        nq = len(self.c.quotes_a) + len(self.c.quotes_b)
        if nq:
            counts += (
                f"<p>Quotations: <b>{len(self.c.quotes_a)}</b> in A, <b>{len(self.c.quotes_b)}</b> in B, "
                f"<b>{len(self.c.quote_matches)}</b> shared.</p>"
            )
        table = f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>'
        return f"<h2>Summary</h2><p class=\"muted\">Share of each document's compared text:</p>{table}{counts}"

    def _bar(self, figures: list[tuple[Kind, int]]) -> str:
        """A stacked bar made of coloured table cells (QTextDocument draws those)."""
        cells = [
            f'<td width="{p}%" style="background-color:{look_of(k).strong}" bgcolor="{look_of(k).strong}">'
            f'<span class="small">&nbsp;</span></td>'
            for k, p in figures
            if p > 0
        ]
        if not cells:
            cells = [f'<td width="100%" bgcolor="{C.EXCLUDED_TINT}"><span class="small">&nbsp;</span></td>']
        return f'<table class="bar" width="100%" cellspacing="0" cellpadding="0"><tr>{"".join(cells)}</tr></table>'

    def _legend(self) -> str:
        def item(kind: Kind) -> str:
            look = LOOKS[kind]
            return (
                f'<td width="4%" class="mark-{TINT_CLASS[kind]}" align="center">{look.glyph}</td>'
                f'<td width="21%"><b>{look.label}</b><br><span class="muted small">{esc(look.legend)}</span></td>'
            )

        words = ", ".join(
            f'<span class="{WORD_CLASS[k]}">{esc(LOOKS[k].words)}</span> ({LOOKS[k].label.lower()})'
            for k in STATUS_KINDS if LOOKS[k].words
        )
        return (
            "<h2>Legend</h2>"
            f'<table width="100%" cellspacing="2" cellpadding="4"><tr>'
            f"{''.join(item(k) for k in STATUS_KINDS)}"
            f'</tr></table><p class="small">Marked words: {words}; '
            f'<span class="{TYPED_CLASS}">the words a typed change names</span> (divergence, in bold). '
            f"Typed changes are listed under each divergence.</p>"
        )

    def _link_order(self) -> list[Link]:
        far = float("inf")
        return sorted(
            self.c.links,
            key=lambda l: (min(l.a) if l.a else far, min(l.b) if l.b else far, l.id),
        )

    def _side_passage(self, link: Link, side: Side) -> str:
        doc = self.c.doc(side)
        sids = sorted(link.sentences(side))
        if not sids:
            return '<span class="muted">(nothing)</span>'
        ranges = [(doc.sentences[i].start, doc.sentences[i].end) for i in sids]
        return passage(doc.text, ranges, marked_ranges(link, side, doc.text), WORD_CLASS[look_of(link.kind).kind],
                       typed_ranges(link, side), TYPED_CLASS)

    def _links(self) -> str:
        links = self._link_order()
        if not links:
            return "<h2>Linked passages</h2><p class=\"muted\">The two documents share no passage.</p>"
        # Column captions in a header-only table; then one small table per link,
        # so the PDF writer can keep each link whole on a page.
        head = (
            f'<table class="card" width="100%"{_CARD}><thead><tr><th class="head" width="4%"></th>'
            f'<th class="head" width="48%">A · {esc(self.names[Side.A])}</th>'
            f'<th class="head" width="48%">B · {esc(self.names[Side.B])}</th></tr></thead></table>'
        )
        tables: list[str] = []
        step = max(1, len(links) // 50)
        for i, link in enumerate(links):
            if i % step == 0:
                self._tick(0.05 + 0.8 * i / len(links), f"Writing linked passages ({i}/{len(links)})")
            look = look_of(link.kind)
            tint = TINT_CLASS[look.kind]
            note = self._changes(link) if link.changes else self._shared(link) if look.kind is Kind.PARTIAL else ""
            for cue in filter(None, (uncertain_note(link), hand_note(link))):  # (at most one of the two)
                note = (note + " " if note else "") + f'<span class="muted">{esc(cue)}</span>'
            span = ' rowspan="2"' if note else ""
            rows = (
                f'<tr><td class="mark-{tint}" width="4%" align="center"{span}>{look.glyph}</td>'
                f'<td class="{tint}" width="48%">{self._side_passage(link, Side.A)}</td>'
                f'<td class="{tint}" width="48%">{self._side_passage(link, Side.B)}</td></tr>'
            )
            if note:
                rows += f'<tr><td class="changes" colspan="2">{note}</td></tr>'
            tables.append(f'<table class="card" width="100%"{_CARD}>{rows}</table>')
        shared = sum(1 for s in Side for sid in range(len(self.c.doc(s).sentences)) if len(self.c.links_of(s, sid)) > 1)
        many = (f" {shared} sentence{'s are' if shared != 1 else ' is'} in more than one link "
                "and shown under each of them.") if shared else ""
        intro = (
            f'<p class="muted">{len(links)} passage{"s" if len(links) != 1 else ""} '
            f"told by both documents, each listed once, in the order of document A "
            f"({look_of(Kind.AGREEMENT).glyph} agreement, {look_of(Kind.DIVERGENCE).glyph} divergence, "
            f"{look_of(Kind.PARTIAL).glyph} partial).{many}</p>"
        )
        return f"<h2>Linked passages</h2>{intro}{head}{''.join(tables)}"

    def _changes(self, link: Link) -> str:
        def words(w: str) -> str:
            return esc(change_words(w)) if w.strip() else f'<span class="muted">{esc(NO_WORDS)}</span>'

        items = [
            f'<span class="ctype">{esc(change_label(ch.type))}:</span> {words(ch.a)} → {words(ch.b)}'
            for ch in link.changes
        ]
        return "; ".join(items)

    def _shared(self, link: Link) -> str:
        note = partial_note(link, self.c.a.text, self.c.b.text, ends=inner_ends(self.c.a, link.a))
        return esc(note[0].upper() + note[1:] + ".") if note else ""

    def _unique(self, side: Side) -> str:
        sids = sorted(self.c.unique(side))
        doc = self.c.doc(side)
        title = f"Only in {side.name} · {esc(self.names[side])}"
        if not sids:
            return f"<h2>{title}</h2><p class=\"muted\">Nothing: every compared passage of {side.name} has a counterpart in {side.other.name}.</p>"
        self._tick(0.85 if side is Side.A else 0.9, f"Writing the passages unique to {side.name}")
        def near(i: int) -> str:
            note = near_note(self.c, side, i, numbered=True)
            return f'<br><span class="muted small">{esc(note)}</span>' if note else ""

        rows = "".join(
            f'<table class="card" width="100%"{_CARD}><tr><td class="mark-un" width="6%" align="right">{i + 1}</td>'
            f'<td class="un" width="94%">{esc(doc.sentence_text(i))}{near(i)}</td></tr></table>'
            for i in sids
        )
        intro = (
            f'<p class="muted">{len(sids)} passage{"s" if len(sids) != 1 else ""} of {side.name} '
            f"with no counterpart in {side.other.name}, numbered by sentence. Where the other document "
            f"has a passage close to one, though not close enough to link, it is named under it.</p>"
        )
        return f"<h2>{title}</h2>{intro}{rows}"

    def _quotes(self) -> str:
        if not self.c.quotes_a and not self.c.quotes_b:
            return ""
        self._tick(0.95, "Writing the quotations")
        groups = quote_groups(quote_rows(self.c))
        head = (
            '<tr><th class="head" width="38%">In A</th><th class="head" width="38%">In B</th>'
            '<th class="head" width="24%">How B renders A</th></tr>'
        )
        rows: list[str] = []
        for group in groups:
            rows.append(f'<tr><td class="head" colspan="3">{esc(group.title)}</td></tr>')
            for row in group.rows:
                one_sided = row.match is None
                cls = ' class="un"' if one_sided else ""
                cells = [self._quote_cell(row, side, group) for side in Side]
                rendering = esc(quote_rendering(row.match, row.a, row.b))
                if one_sided:
                    rendering += f" from {'B' if row.a is not None else 'A'}"
                rows.append(f"<tr><td{cls}>{cells[0]}</td><td{cls}>{cells[1]}</td><td{cls}>{rendering}</td></tr>")
        shared = sum(1 for g in groups for r in g.rows if r.match is not None)
        intro = (
            f'<p class="muted">By speaker: {shared} quotation{"s" if shared != 1 else ""} shared, the others '
            "quoted by one document only. Words the other document renders differently are marked.</p>"
        )
        return f"<h2>Quotations</h2>{intro}{self._grid()}<thead>{head}</thead>{''.join(rows)}</table>"

    def _quote_cell(self, row: QuoteRow, side: Side, group: QuoteGroup) -> str:
        """The quoted words, marked where they differ; the speaker and cue when not the group's."""
        q = row.quote(side)
        if q is None:
            return '<span class="muted">not quoted</span>'
        text = self.c.doc(side).text
        words = f"“{highlight(text, q.start, q.end, quote_diff_ranges(row.match, side), WORD_CLASS[Kind.DIVERGENCE])}”"
        same = group.says(q) or not q.speaker and not group.speaker  # (the group says who)
        who = "" if same else (f"<b>{esc(q.speaker)}</b>" if q.speaker else '<span class="muted">unattributed</span>')
        cue = f' <span class="muted">({esc(q.cue)})</span>' if q.cue else ""
        return f"{who}{': ' if who else ''}{words}{cue}"
