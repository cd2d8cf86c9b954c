"""Hostile-input benchmark for reading documents (issue 8): time and peak memory per case.

    python benchmarks/bench_hostile_ingest.py [--limit SECONDS]

Each case is written to a file and read with ``load_document`` (decoding, format
reader, furniture, title and date), once timed and once under tracemalloc for the
peak of Python allocations.  Exits with status 1 when any case takes longer than
the limit (5 s by default): these inputs once took minutes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core.errors import InputError  # noqa: E402
from kompare.core.ingest import load_document  # noqa: E402

ARTICLE = ("Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un. "
           "The two leaders signed a treaty on comprehensive strategic partnership.\n")
CYRILLIC = "Президент России Владимир Путин прибыл в Пхеньян для переговоров с Ким Чен Ыном.\n"


def nested_list(size: int) -> str:
    """About ``size`` characters of a Markdown list nesting deeper and deeper, then back."""
    lines, total, depth = [], 0, 0
    while total < size:
        line = "  " * (depth % 2_000) + "- item\n"
        lines.append(line)
        total += len(line)
        depth += 1
    return "".join(lines)


def two_column_pdf(pages: int) -> bytes:
    from tests.core.ingest.pdfmaker import column_lines, make_pdf

    column = column_lines([ARTICLE.strip()] * 8, 72, 720, 38)[:50]
    return make_pdf([[(72, 760, "THE DAILY PLANET")] + column + [(x + 248, y, t) for x, y, t in column]
                     + [(300, 40, str(n))] for n in range(1, pages + 1)])


def cases() -> list[tuple[str, str, bytes]]:
    """(label, file name, bytes) of every case."""
    return [
        ("20k lines 'X-Hn: v' (400 kB)", "headers.txt",
         ("".join(f"X-H{i}: v\n" for i in range(20_000)) + ARTICLE).encode()),
        ("50k lines 'Most read' (500 kB)", "most_read.txt", ("Most read\n" * 50_000 + ARTICLE).encode()),
        ("Markdown, a line of 100k spaces", "spaces.md", ("# T\n\n" + " " * 100_000 + "\n\n" + ARTICLE).encode()),
        ("Markdown table rule of 100k spaces", "rule.md", ("| a |\n|" + " " * 100_000 + "-x\n\n" + ARTICLE).encode()),
        ("Markdown, 160k '[' then 160k ']'", "brackets.md", ("[" * 160_000 + "]" * 160_000 + "\n\n" + ARTICLE).encode()),
        ("Markdown, 9 MB nested list", "nested.md", nested_list(9_000_000).encode()),
        ("Markdown, '- ' nested 4.5M times (9 MB)", "dashes.md", ("- " * 4_500_000 + "x\n").encode()),
        ("UTF-16 without BOM, Cyrillic (1 MB)", "ru16.txt", (CYRILLIC * 7_000).encode("utf-16-le")),
        ("page nested 300 <div>s deep", "deep.html",
         ("<html><head><title>Kim meets Putin</title></head><body>" + "<div>" * 300
          + f"<article><p>{ARTICLE}</p></article>" + "</div>" * 300 + "</body></html>").encode()),
        ("JSON nested 100k levels, then articleBody", "deep.json",
         ('{"a": ' + "[" * 100_000 + "]" * 100_000 + f', "articleBody": "{ARTICLE.strip()}"}}').encode()),
        ("PDF, 50 two-column pages", "columns.pdf", two_column_pdf(50)),
        ("RTF, a million nested groups", "nested.rtf", b"{\\rtf1 " + b"{" * 1_000_000 + b"x" + b"}" * 1_000_001),
        ('<meta charset="base64"> page', "b64.html",
         f'<html><head><meta charset="base64"></head><body><p>{ARTICLE} caf\xe9</p></body></html>'.encode("cp1252")),
    ]


def read(path: Path) -> str:
    try:
        doc = load_document(path)
    except InputError as exc:
        return f"refused: {exc.reason}"
    return f"{len(doc.text):,} characters"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=float, default=5.0, help="seconds allowed per case (default 5)")
    args = parser.parse_args()
    load_document(ROOT / "tests" / "fixtures" / "ingest" / "article.html")  # start-up imports
    slow = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, data in cases():
            path = Path(tmp) / name
            path.write_bytes(data)
            start = time.perf_counter()
            outcome = read(path)
            seconds = time.perf_counter() - start
            tracemalloc.start()
            read(path)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            flag = "" if seconds <= args.limit else "  TOO SLOW"
            print(f"{label:45s} {len(data) / 1e6:6.2f} MB  {seconds:6.2f} s  peak {peak / 1e6:7.1f} MB  "
                  f"{outcome}{flag}", flush=True)
            if flag:
                slow.append(label)
    if slow:
        print(f"FAILED: over {args.limit:g} s: {', '.join(slow)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
