"""Time kompare's reports: two seed articles, and two documents of about 1 MB each.

Run: ``python benchmarks/bench_report.py [--big-bytes N] [--keep DIR] [--vim]``.  Prints
seconds per report and format, pages, file sizes, how often progress was called and
the longest time without a progress call (the cancel button is only looked at then).
Targets: seeds under 2 s, 1 MB documents under 30 s. With ``--vim``, also the reports
of Vim's version8.txt against version9.txt (25,000 links, a 3,400-page PDF), when the
files are there (Debian package vim-runtime).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core.model import (  # noqa: E402
    Change, ChangeType, Comparison, Document, Link, LinkKind, Op, Quote, QuoteMatch, QuoteMatchKind,
    SegmentedDocument, Sentence, Span,
)
from kompare.report import write_report  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _seed_sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS)
    parts = re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", re.sub(r"\s+", " ", text))
    return [p for p in parts if len(p) > 40]


def synthetic_comparison(target_bytes: int, seed: int = 7) -> Comparison:
    """Two documents of about ``target_bytes`` each, built from the seeds' sentences.

    60 % of sentences are linked as agreements, 20 % as divergences (one word
    replaced, with a typed change), 20 % are unique to each side; one sentence
    in 25 holds a quotation, most of them shared.
    """
    rnd = random.Random(seed)
    pool = _seed_sentences()
    a_parts: list[str] = []
    b_parts: list[str] = []
    sa: list[Sentence] = []
    sb: list[Sentence] = []
    links: list[Link] = []
    unique_a: list[int] = []
    unique_b: list[int] = []
    quotes_a: list[Quote] = []
    quotes_b: list[Quote] = []
    matches: list[QuoteMatch] = []
    pos_a = pos_b = 0

    def add(parts, sents, pos, text):
        if parts:
            parts.append(" ")
            pos += 1
        sents.append(Sentence(len(sents), pos, pos + len(text)))
        parts.append(text)
        return pos + len(text)

    while pos_a < target_bytes:
        s = rnd.choice(pool)
        roll = rnd.random()
        if roll < 0.6 or roll < 0.8:
            t_a = s
            t_b = s
            spans: tuple[Span, ...] = ()
            changes: tuple[Change, ...] = ()
            kind = LinkKind.AGREEMENT
            words = list(re.finditer(r"\w+", s))
            if roll >= 0.6 and len(words) > 3:
                w = words[rnd.randrange(len(words))]
                new = str(rnd.randint(2, 999))
                t_b = s[: w.start()] + new + s[w.end():]
                start_a, start_b = pos_a + (1 if a_parts else 0), pos_b + (1 if b_parts else 0)
                ra = (start_a + w.start(), start_a + w.end())
                rb = (start_b + w.start(), start_b + w.start() + len(new))
                spans = (Span(Op.REPLACE, ra, rb),)
                changes = (Change(ChangeType.NUMBER, w.group(), new, ra, rb),)
                kind = LinkKind.DIVERGENCE
            pos_a = add(a_parts, sa, pos_a, t_a)
            pos_b = add(b_parts, sb, pos_b, t_b)
            links.append(Link(len(links), (sa[-1].id,), (sb[-1].id,), kind, 0.9, spans, changes))
            if rnd.random() < 0.04:
                q_a = Quote(len(quotes_a), sa[-1].start, sa[-1].start + min(60, len(t_a)), "Putin", "said")
                q_b = Quote(len(quotes_b), sb[-1].start, sb[-1].start + min(60, len(t_b)), "Putin", "said")
                quotes_a.append(q_a)
                quotes_b.append(q_b)
                matches.append(QuoteMatch(q_a.id, q_b.id, QuoteMatchKind.VERBATIM, True))
        else:
            pos_a = add(a_parts, sa, pos_a, s)
            unique_a.append(sa[-1].id)
            other = rnd.choice(pool)
            pos_b = add(b_parts, sb, pos_b, other)
            unique_b.append(sb[-1].id)
    doc_a = Document("".join(a_parts), path="synthetic/a.txt", title="Synthetic article A", source="Bench")
    doc_b = Document("".join(b_parts), path="synthetic/b.txt", title="Synthetic article B", source="Bench")
    return Comparison(
        SegmentedDocument(doc_a, tuple(sa), ()), SegmentedDocument(doc_b, tuple(sb), ()),
        tuple(links), tuple(unique_a), tuple(unique_b), tuple(quotes_a), tuple(quotes_b), tuple(matches),
    )


def seed_comparison() -> Comparison:
    from kompare.core import compare_files

    return compare_files(str(SEEDS[1]), str(SEEDS[2]))


def time_report(c: Comparison, path: Path, **kw) -> dict:
    calls: list[float] = []
    t0 = time.perf_counter()
    write_report(c, path, progress=lambda f, m: calls.append(time.perf_counter()), **kw)
    seconds = time.perf_counter() - t0
    silence = max((b - a for a, b in zip([t0, *calls], [*calls, t0 + seconds])), default=seconds)
    pages = None
    if path.suffix == ".pdf":
        data = path.read_bytes()
        m = re.findall(rb"/Type\s*/Page[^s]", data)
        pages = len(m)
    return {"seconds": seconds, "bytes": path.stat().st_size, "pages": pages, "progress_calls": len(calls),
            "silence": silence}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big-bytes", type=int, default=1_000_000, help="size of each big document")
    ap.add_argument("--keep", type=Path, help="write the reports here instead of a temp folder")
    ap.add_argument("--vim", action="store_true", help="also Vim's version8.txt against version9.txt (slow)")
    args = ap.parse_args(argv)
    out = args.keep or Path(tempfile.mkdtemp(prefix="kompare-bench-"))
    out.mkdir(parents=True, exist_ok=True)

    from kompare.report.pdf import ensure_gui_app

    t0 = time.perf_counter()
    ensure_gui_app()
    print(f"Qt start-up: {time.perf_counter() - t0:.2f} s")

    try:
        seeds = seed_comparison()
        label = "seeds 001 vs 002 (compare_files)"
    except Exception as exc:  # the engine may not be there yet
        print(f"(compare_files unavailable: {exc}; using a small synthetic pair)")
        seeds = synthetic_comparison(9_000)
        label = "small synthetic pair"
    big = synthetic_comparison(args.big_bytes)
    print(f"big pair: {len(big.a.text):,} + {len(big.b.text):,} characters, "
          f"{len(big.links):,} links, {len(big.unique_a):,} + {len(big.unique_b):,} unique")

    cases = [(label, "seeds", seeds, 2.0), ("two ~1 MB documents", "big", big, 30.0)]
    vim = [Path("/usr/share/vim/vim90/doc") / n for n in ("version8.txt", "version9.txt")]
    if args.vim and all(p.exists() for p in vim):
        from kompare.core import compare_files

        cases.append(("Vim version8.txt vs version9.txt", "vim", compare_files(*vim), None))
    elif args.vim:
        print(f"(no {vim[0]}: install vim-runtime for the Vim pair)")
    ok = True
    for name, stem, c, limit in cases:
        for ext in ("html", "pdf"):
            r = time_report(c, out / f"{stem}.{ext}")
            pages = f", {r['pages']} pages" if r["pages"] else ""
            verdict = "no target" if limit is None else "ok" if r["seconds"] < limit else f"OVER {limit:.0f} s"
            ok &= limit is None or r["seconds"] < limit
            print(f"{name:34s} {ext:4s} {r['seconds']:6.2f} s  {r['bytes'] / 1e6:6.2f} MB{pages}, "
                  f"progress called {r['progress_calls']} times, at most {r['silence']:.2f} s apart  [{verdict}]")
    print(f"reports in {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
