"""Engine benchmark: prints the figures the issue asks for (not a test).

    python benchmarks/bench_engine.py            # seeds, 1 MB pair, growth ratio
    python benchmarks/bench_engine.py --quick    # smaller sizes

Figures: time of compare() on two seed articles after start-up (median of runs);
time and peak memory (RSS of a fresh process) for two ~1 MB documents; and the
ratio time(2n) / time(n), which stays near 2 for an n log n algorithm.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_corpus import make_pair  # noqa: E402

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from make_corpus import make_pair
from kompare.core import Document, compare
a, b = make_pair({size}, seed={seed})
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
c = compare(Document(a), Document(b))
dt = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": dt, "peak_mb": peak / 1024, "base_mb": base / 1024,
                   "chars": len(a) + len(b), "links": len(c.links),
                   "sentences": len(c.a.sentences) + len(c.b.sentences)}}))
"""


def run_child(size: int, seed: int = 0) -> dict:
    code = CHILD.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), size=size, seed=seed)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def seeds_figure(runs: int = 15) -> float:
    from kompare.core import compare
    from kompare.core.ingest import load_document

    a = load_document(next((ROOT / "seeds").glob("001_*.txt")))
    b = load_document(next((ROOT / "seeds").glob("003_*.txt")))
    compare(a, b)  # warm-up: imports, caches
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        compare(a, b)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="250 kB instead of 1 MB")
    args = ap.parse_args()
    size = 250_000 if args.quick else 1_000_000

    ms = seeds_figure() * 1000
    print(f"seeds 001 vs 003: {ms:.1f} ms per comparison (median; target < 50 ms)")

    big = run_child(size)
    print(
        f"two documents of {size / 1e6:.2f} MB each ({big['sentences']:,} sentences): "
        f"{big['seconds']:.2f} s, peak memory {big['peak_mb']:.0f} MB "
        f"(of which {big['base_mb']:.0f} MB before comparing; target < 5 s, < 500 MB)"
    )
    half = run_child(size // 2)
    ratio = big["seconds"] / half["seconds"]
    print(f"growth: time({size // 1000} kB) / time({size // 2000} kB) = "
          f"{big['seconds']:.2f} / {half['seconds']:.2f} = {ratio:.2f} (near 2 means n log n or better)")
    _ = resource  # imported for the child template's sake


if __name__ == "__main__":
    main()
