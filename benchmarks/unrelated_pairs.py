"""Articles on different stories: how many links does kompare draw between them?

Run: .venv/bin/python benchmarks/unrelated_pairs.py [-v] [--folder DIR] [--pairs 120] [--sensitivity S]

Issue 12: "Mere same topic is no link", and unrelated documents give none. Two news articles
of one beat (US politics) share names, offices and short sentences ("Right?", "Donald
Trump.") without telling one claim: each link between them is a link a reader would not
draw. This compares --pairs pairs of articles drawn with a fixed seed from --folder (by
default the development quotation corpus's held-out split, ../shared/dev/attributions/dev/text:
the link model learns from pairs of its training split, never these) and prints the links
found, leaving out sentences copied word for word (furniture both carry: "ABSTRACT."), and
with -v each of them.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core import CompareConfig, compare_files  # noqa: E402

FOLDER = ROOT.parent / "shared" / "dev" / "attributions" / "dev" / "text"


def _short(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _copied(c, link) -> bool:
    """A link of one sentence a side, the same words on both: furniture both articles carry."""
    return len(link.a) == len(link.b) == 1 and (
        " ".join(c.a.sentence_text(link.a[0]).split()) == " ".join(c.b.sentence_text(link.b[0]).split())
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="print each link")
    ap.add_argument("--folder", type=Path, default=FOLDER, help="a folder of news articles (.txt)")
    ap.add_argument("--pairs", type=int, default=120, help="how many pairs to compare (default 120)")
    ap.add_argument("--sensitivity", type=float, default=CompareConfig().sensitivity)
    args = ap.parse_args(argv)
    files = sorted(args.folder.glob("*.txt")) if args.folder.is_dir() else []
    if len(files) < 2:
        print(f"skipped: no articles in {args.folder}")
        return 0
    config = CompareConfig(sensitivity=args.sensitivity)
    rng = random.Random(2024)
    started = time.perf_counter()
    links = pairs_linked = 0
    kinds: dict[str, int] = {}
    for _ in range(args.pairs):
        a, b = rng.sample(files, 2)
        c = compare_files(a, b, config=config)
        found = [link for link in c.links if not _copied(c, link)]
        links += len(found)
        pairs_linked += bool(found)
        for link in found:
            kinds[link.kind.value] = kinds.get(link.kind.value, 0) + 1
            if args.v:
                print(f"{a.stem[:40]} / {b.stem[:40]}: {link.kind.value}")
                print(f"    A {_short(' '.join(c.a.sentence_text(i) for i in link.a))!r}")
                print(f"    B {_short(' '.join(c.b.sentence_text(j) for j in link.b))!r}")
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"
    print(f"{args.pairs} pairs of unrelated articles (sensitivity {args.sensitivity:g}): {links} links "
          f"({by_kind}) in {pairs_linked} pairs; copied sentences left out ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
