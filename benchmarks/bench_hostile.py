"""Hostile-input benchmark: the engine's stalls and tracebacks of issue 8 (not a test).

    python benchmarks/bench_hostile.py            # every case
    python benchmarks/bench_hostile.py names ...  # the named cases only
    python benchmarks/bench_hostile.py --list     # the case names
    python benchmarks/bench_hostile.py --stages generated-19.8MB  # ...and each stage's time and peak

Each case runs in a fresh process; it prints the case's time (the comparison or the
segmentation only, not making the input) and the process's peak memory (ru_maxrss),
and exits with status 1 when any case is over its limit: every case under 5 s, and a pair
of documents near the 20 MB size limit in at most 60 s and 1.5 GB. Long comparisons run on
two cores (kompare.core.worker), so the limits are checked on the wall time (what a user
waits; it needs an idle machine) and on the sum of both processes' peaks; CPU times of both
are printed beside them. Whole comparisons go
through ``kompare.core.compare_files`` (the files are written to a temporary folder);
the segmentation cases (nltk Punkt's old ``TimeoutError``) through ``segment``.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"

SYLLABLES = "ka ri to mo sun pa le chi ve do na gu ber ran sel tor min ko ya hu ev lan dra po ski ju".split()


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high)))


def names(size: int) -> tuple[str, str]:
    """``size`` characters of unique "Mr. Xxx Dr. Yyy" names; B has one name in 100 changed."""
    rng = random.Random(8)
    seen: set[str] = set()
    out: list[str] = []
    total = 0
    while total < size:
        first, second = _word(rng, 3, 5).capitalize(), _word(rng, 3, 5).capitalize()
        if first in seen or second in seen or first == second:
            continue
        seen.update((first, second))
        out.append(f"Mr. {first} Dr. {second}")
        total += len(out[-1]) + 1
    edited = list(out)
    for k in rng.sample(range(len(out)), len(out) // 100):
        edited[k] = edited[k].replace("Mr. ", "Mr. Zed", 1)
    return " ".join(out) + "\n", " ".join(edited) + "\n"


def no_punctuation(size: int) -> tuple[str, str]:
    """``size`` characters of words without a stop or a line break; B has 5 words changed."""
    rng = random.Random(6)
    vocab = [_word(rng, 1, 3) for _ in range(3000)]
    words: list[str] = []
    total = 0
    while total < size:
        words.append(rng.choice(vocab))
        total += len(words[-1]) + 1
    edited = list(words)
    for k in rng.sample(range(len(words)), 5):
        edited[k] = "changed"
    return " ".join(words) + "\n", " ".join(edited) + "\n"


def repeated_quotation(size: int) -> tuple[str, str]:
    """One short quotation said again and again; B is the first half of A."""
    unit = "“We will not back down,” she said. "
    a = unit * (size // len(unit))
    return a, a[: len(a) // 2]


def repeated_lines(size: int) -> tuple[str, str]:
    """Two logs of ``size`` characters whose entries each end in the same line; B's entries
    start halfway through A's (every copy against every copy was quadratic: out of memory)."""
    def log(first: int) -> str:
        lines, total, k = [], 0, first
        while total < size:
            lines += [f"Problem: crash number {k} on start.", "Solution: Add a test."]
            total += len(lines[-2]) + len(lines[-1]) + 2
            k += 1
        return "\n".join(lines) + "\n"

    a = log(0)
    return a, log(a.count("\n") // 4)


def generated(size: int) -> tuple[str, str]:
    """Two related generated documents (benchmarks/make_corpus.py)."""
    sys.path.insert(0, str(BENCH))
    from make_corpus import make_pair

    return make_pair(size)


def chinese(size: int) -> tuple[str, str]:
    """``size`` characters of Chinese-like text (each character a word to kompare): sentences
    of 15-40 characters drawn as often as a language uses them (Zipf), paragraphs of eight;
    B has one sentence in ten with a character changed."""
    rng = random.Random(9)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    weights = [1.0 / (k + 1) for k in range(len(chars))]
    sentences: list[str] = []
    total = 0
    while total < size:
        sentences.append("".join(rng.choices(chars, weights, k=rng.randint(15, 40))) + "。")
        total += len(sentences[-1])
    edited = list(sentences)
    for k in rng.sample(range(len(edited)), len(edited) // 10):
        i = rng.randrange(len(edited[k]) - 1)
        edited[k] = edited[k][:i] + rng.choice(chars) + edited[k][i + 1 :]

    def text(ss: list[str]) -> str:
        return "\n\n".join("".join(ss[k : k + 8]) for k in range(0, len(ss), 8)) + "\n"

    return text(sentences), text(edited)


def empty_sentences(size: int) -> str:
    return ". " * (size // 2)


def one_word_lines(size: int) -> str:
    rng = random.Random(4)
    lines: list[str] = []
    total = 0
    while total < size:
        lines.append(_word(rng, 1, 3))
        total += len(lines[-1]) + 1
    return "\n".join(lines) + "\n"


def one_paragraph(size: int) -> str:
    """A generated document with its paragraph breaks removed."""
    return " ".join(generated(size)[0].split("\n\n"))


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: str  # a call of one of the functions above
    mode: str  # "compare" (a pair of files) or "segment" (one text)
    seconds: float
    megabytes: float | None = None


CASES = [
    Case("names", "1 MB of unique 'Mr. Xxx Dr. Yyy' names, 1 in 100 changed", "names(1_000_000)", "compare", 5),
    Case("no-punctuation", "600 kB without punctuation against a copy with 5 words changed",
         "no_punctuation(600_000)", "compare", 5),
    Case("repeated-quotation", "2 MB of one short quotation repeated, against its first half",
         "repeated_quotation(2_000_000)", "compare", 5),
    Case("repeated-lines", "two 1 MB logs that repeat one line 17,000 times each", "repeated_lines(1_000_000)",
         "compare", 5),
    Case("empty-sentences", "'. ' * 500000 (Punkt's TimeoutError)", "empty_sentences(1_000_000)", "segment", 5),
    Case("one-word-lines", "1.5 MB list of one-word lines (Punkt's TimeoutError)", "one_word_lines(1_500_000)",
         "segment", 5),
    Case("one-paragraph", "19.5 MB single paragraph (Punkt's TimeoutError)", "one_paragraph(19_500_000)",
         "segment", 60, 1500),
    Case("generated-10MB", "two generated 10 MB documents", "generated(10_000_000)", "compare", 60, 1500),
    Case("generated-19.8MB", "two generated 19.8 MB documents", "generated(19_800_000)", "compare", 60, 1500),
    Case("chinese-19.8MB", "two 19.8 MB documents of Chinese characters (6.6 million words each)",
         "chinese(6_600_000)", "compare", 60, 1500),
]

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from bench_hostile import *
made = {make}
if {mode!r} == "compare":
    from pathlib import Path
    from kompare.core import compare_files
    pa, pb = Path({tmp!r}) / "a.txt", Path({tmp!r}) / "b.txt"
    pa.write_text(made[0], encoding="utf-8"); pb.write_text(made[1], encoding="utf-8")
    size = len(made[0]) + len(made[1])
    del made
    stages = []
    def progress(fraction, message):  # each stage's start: CPU time and the peak so far
        if not stages or stages[-1][0] != message:
            stages.append((message, time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    t, cpu = time.perf_counter(), time.process_time()
    c = compare_files(pa, pb, progress=progress)
    stages.append(("end", time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    stages = [(name, end - start, peak) for (name, start, _), (_, end, peak) in zip(stages, stages[1:])]
    detail = f"{{len(c.a.sentences):,}} + {{len(c.b.sentences):,}} sentences, {{len(c.links):,}} links"
else:
    from kompare.core.model import Document
    from kompare.core.segment import segment
    stages = []
    size = len(made)
    t, cpu = time.perf_counter(), time.process_time()
    s = segment(Document(made))
    detail = f"{{len(s.sentences):,}} sentences"
dt, cpu = time.perf_counter() - t, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
helper = resource.getrusage(resource.RUSAGE_CHILDREN)  # the helper process (worker.py), ended by now
print(json.dumps({{"seconds": dt, "cpu": cpu, "helper_cpu": helper.ru_utime + helper.ru_stime,
                   "peak_mb": peak + helper.ru_maxrss / 1024, "helper_mb": helper.ru_maxrss / 1024,
                   "chars": size, "detail": detail, "stages": stages}}))
"""


def run(case: Case, stages: bool = False) -> tuple[bool, str]:
    """Run one case in a fresh process: (within its limits, the line to print); ``stages``:
    add a line per stage of a comparison (its CPU time, and the peak memory at its end)."""
    with tempfile.TemporaryDirectory() as tmp:
        code = CHILD.format(root=str(ROOT), bench=str(BENCH), make=case.make, mode=case.mode, tmp=tmp)
        # Generous, in wall time on a shared machine: a stalled case is killed at ten times
        # its limit, plus time to make the input.
        budget = 10 * case.seconds + 300
        try:
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=budget)
        except subprocess.TimeoutExpired:
            return False, f"{case.name}: KILLED after {budget:.0f} s (limit {case.seconds:.0f} s) -- {case.what}"
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no message"])[-1]
        return False, f"{case.name}: FAILED ({last}) -- {case.what}"
    r = json.loads(out.stdout.strip().splitlines()[-1])
    over = r["seconds"] > case.seconds or (case.megabytes is not None and r["peak_mb"] > case.megabytes)
    limit = f"{case.seconds:.0f} s" + (f", {case.megabytes:.0f} MB" if case.megabytes else "")
    line = (f"{case.name}: {r['seconds']:.2f} s wall (CPU {r['cpu']:.2f} s + helper {r['helper_cpu']:.2f} s), "
            f"peak {r['peak_mb']:.0f} MB (helper {r['helper_mb']:.0f}) "
            f"({r['chars'] / 1e6:.1f} M chars, {r['detail']}; limit {limit})"
            f"{'  OVER THE LIMIT' if over else ''} -- {case.what}")
    if stages:
        line += "".join(f"\n    {seconds:6.2f} s  peak {peak:5.0f} MB  {name}" for name, seconds, peak in r["stages"])
    return not over, line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*", help="case names (default: all)")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--stages", action="store_true", help="print each stage's CPU time and the peak memory at its end")
    args = ap.parse_args()
    if args.list:
        for c in CASES:
            print(f"{c.name}: {c.what}")
        return
    unknown = set(args.cases) - {c.name for c in CASES}
    if unknown:
        sys.exit(f"bench_hostile: no case named {', '.join(sorted(unknown))} (see --list)")
    chosen = [c for c in CASES if not args.cases or c.name in args.cases]
    failed = []
    for case in chosen:
        ok, line = run(case, args.stages)
        print(line, flush=True)
        if not ok:
            failed.append(case.name)
    if failed:
        print(f"OVER THE LIMITS: {', '.join(failed)}")
        sys.exit(1)
    print("every case within its limits")


if __name__ == "__main__":
    main()
