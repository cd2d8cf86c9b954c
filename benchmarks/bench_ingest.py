"""Reading benchmark: prints how long loading documents takes (not a test).

    python benchmarks/bench_ingest.py

Figures: a 1 MB plain-text file (the seed articles repeated), the same hard-wrapped,
and the saved web page fixture (trafilatura), best of three each, after start-up.
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core.ingest import load_document  # noqa: E402


def best_of(path: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        load_document(path)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("00[0134]_*.txt")))
    body = (seeds * (1_000_000 // len(seeds) + 1))[:1_000_000]
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in body.split("\n") if p.strip())
    page = ROOT / "tests" / "fixtures" / "ingest" / "article.html"
    load_document(page)  # start-up: imports trafilatura and lxml
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (("1 MB plain text", body), ("1 MB hard-wrapped text", wrapped)):
            path = Path(tmp) / "doc.txt"
            path.write_text(text, encoding="utf-8")
            print(f"{name}: {best_of(path) * 1000:.0f} ms (target well under 500 ms)")
    print(f"saved web page ({page.stat().st_size / 1000:.0f} kB): {best_of(page) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
