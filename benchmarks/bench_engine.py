"""Engine benchmark: prints the figures the issues ask for (not a test).

    python benchmarks/bench_engine.py            # seeds, 1 MB pair, growth, the Vim pair
    python benchmarks/bench_engine.py --quick    # smaller sizes
    python benchmarks/bench_engine.py --vim      # the Vim pair only
    python benchmarks/bench_engine.py --vim --profile   # ...and where its time goes
    python benchmarks/bench_engine.py --vim --stages    # ...and each stage's time, without a profiler
    python benchmarks/bench_engine.py --vim --no-helper # ...in one process (no helper on the other core)

Figures: time of compare() on two seed articles after start-up (median of runs);
time and peak memory (RSS of a fresh process) for two ~1 MB documents; and the
ratio time(2n) / time(n), which stays near 2 for an n log n algorithm.

The Vim pair (issue 10): Vim's version8.txt against version9.txt, two real texts of
1.3 and 1.6 MB (Debian package vim-runtime; the case is skipped with a message when
they are missing). Printed: time and peak memory of ``compare_files`` in a fresh
process, the growth ratio (whole texts over their first halves), and the ratio to
text-matcher (PyPI ``text-matcher``, in-order n-gram matching) run on the same pair in
the same run. text-matcher is not a kompare dependency: install it into the environment
to get the ratio. It needs NLTK's English stopword list, which this script writes into a
temporary NLTK_DATA folder. The Vim figures are wall times (what a user waits): a long
comparison runs on two cores (kompare.core.worker), so they need an otherwise idle machine;
CPU times of both processes are printed beside them, and the peak memory is the sum of
both processes' peaks. text-matcher's ratio is wall time over wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


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
helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the helper process (worker.py)
print(json.dumps({{"seconds": dt, "peak_mb": (peak + helper) / 1024, "base_mb": base / 1024, "helper_mb": helper / 1024,
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


VIM_DOCS = sorted(Path("/usr/share/vim").glob("vim*/doc"))

VIM_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from kompare.core import CompareConfig, Document, compare, compare_files, load_document
a, b = Path({a!r}), Path({b!r})
half = {half!r}
config = CompareConfig() if {helper!r} else CompareConfig(helper_min_chars=None)
t, cpu = time.perf_counter(), time.process_time()
if half:
    da, db = load_document(a), load_document(b)
    c = compare(Document(da.text[: len(da.text) // 2]), Document(db.text[: len(db.text) // 2]), config=config)
else:
    c = compare_files(a, b, config=config)
dt, cpu = time.perf_counter() - t, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
helper = resource.getrusage(resource.RUSAGE_CHILDREN)  # the helper process, ended by now
print(json.dumps({{"seconds": dt, "cpu": cpu, "helper_cpu": helper.ru_utime + helper.ru_stime,
                   "peak_mb": peak, "helper_peak_mb": helper.ru_maxrss / 1024, "links": len(c.links),
                   "sentences": len(c.a.sentences) + len(c.b.sentences)}}))
"""

# NLTK's English stopword list (179 words), which text-matcher reads from NLTK_DATA.
NLTK_ENGLISH_STOPWORDS = """i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself
yourselves he him his himself she she's her hers herself it it's its itself they them their theirs themselves what
which who whom this that that'll these those am is are was were be been being have has had having do does did doing
a an the and but if or because as until while of at by for with about against between into through during before
after above below to from up down in out on off over under again further then once here there when where why how all
any both each few more most other some such no nor not only own same so than too very s t can will just don don't
should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn
hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn
wasn't weren weren't won won't wouldn wouldn't""".split()


def vim_pair() -> tuple[Path, Path] | None:
    for doc in reversed(VIM_DOCS):
        a, b = doc / "version8.txt", doc / "version9.txt"
        if a.is_file() and b.is_file():
            return a, b
    return None


def run_vim_child(a: Path, b: Path, half: bool = False, helper: bool = True) -> dict:
    code = VIM_CHILD.format(root=str(ROOT), a=str(a), b=str(b), half=half, helper=helper)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_vim_command(a: Path, b: Path) -> dict:
    """``kompare A B --json OUT`` as a user runs it, in a child process: its wall time, the peak
    memory of its own process, and the JSON's size."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        code = ("import resource, sys; sys.path.insert(0, sys.argv[1]); from kompare.cli import main; "
                "rc = main(sys.argv[2:]); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(rc)")
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code, str(ROOT), str(a), str(b), "--json", str(out)],
                              capture_output=True, text=True, check=True)
        wall = time.perf_counter() - t
        return {"wall": wall, "peak_mb": int(done.stdout.split()[-1]) / 1024, "json_mb": out.stat().st_size / 1e6}


def run_text_matcher(a: Path, b: Path) -> dict | str:
    """text-matcher's command on the pair, in a child process: its times, or why it could not run."""
    exe = shutil.which("text-matcher", path=str(Path(sys.executable).parent)) or shutil.which("text-matcher")
    if exe is None:
        return "text-matcher is not installed (pip install text-matcher into this environment)"
    with tempfile.TemporaryDirectory() as tmp:
        stop_dir = Path(tmp) / "nltk_data" / "corpora" / "stopwords"
        stop_dir.mkdir(parents=True)
        (stop_dir / "english").write_text("\n".join(NLTK_ENGLISH_STOPWORDS) + "\n", encoding="utf-8")
        env = dict(os.environ, NLTK_DATA=str(Path(tmp) / "nltk_data"))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        out = subprocess.run([exe, str(a), str(b), "-l", str(Path(tmp) / "log.txt")], env=env, cwd=tmp,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no message"])[-1]
        return f"text-matcher failed: {last}"
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"seconds": cpu, "wall": wall, "peak_mb": after.ru_maxrss / 1024}


def vim_figures(helper: bool = True) -> None:
    pair = vim_pair()
    if pair is None:
        print("Vim pair: skipped, version8.txt and version9.txt not found under /usr/share/vim/vim*/doc "
              "(apt-get install vim-runtime)")
        return
    a, b = pair
    whole = run_vim_child(a, b, helper=helper)
    # The time a user waits is the wall time: with the helper process (worker.py) two
    # cores work, so CPU time is the sum of both processes' and no longer the figure.
    print(f"Vim pair ({a.name} {a.stat().st_size / 1e6:.1f} MB vs {b.name} {b.stat().st_size / 1e6:.1f} MB, "
          f"{whole['sentences']:,} sentences, {whole['links']:,} links): {whole['seconds']:.2f} s wall "
          f"(CPU {whole['cpu']:.2f} s + helper {whole['helper_cpu']:.2f} s), peak memory "
          f"{whole['peak_mb'] + whole['helper_peak_mb']:.0f} MB ({whole['peak_mb']:.0f} + helper "
          f"{whole['helper_peak_mb']:.0f}) (target <= 3 s, <= 400 MB)")
    half = run_vim_child(a, b, half=True, helper=helper)
    print(f"Vim growth: time(whole) / time(first halves) = {whole['seconds']:.2f} / {half['seconds']:.2f} = "
          f"{whole['seconds'] / half['seconds']:.2f} (target <= 2.1)")
    command = run_vim_command(a, b)
    print(f"Vim pair, the whole command `kompare {a.name} {b.name} --json OUT` (start-up, reading, comparing, "
          f"{command['json_mb']:.0f} MB of JSON written): {command['wall']:.2f} s wall, peak memory "
          f"{command['peak_mb']:.0f} MB (the command's process; its helper's is in the line above)")
    peer = run_text_matcher(a, b)
    if isinstance(peer, str):
        print(f"Vim peer ratio: not measured, {peer}")
    else:
        print(f"Vim peer: text-matcher {peer['wall']:.2f} s wall (CPU {peer['seconds']:.2f} s); "
              f"text-matcher / kompare = {peer['wall'] / whole['seconds']:.2f} (target >= 5; "
              f"CPU over CPU of both processes {peer['seconds'] / (whole['cpu'] + whole['helper_cpu']):.2f})")


VIM_STAGES_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from kompare.core import CompareConfig, compare, load_document
def now():
    return time.process_time(), time.perf_counter()
marks = [("Reading the files", now())]  # each stage from its first message on
a, b = load_document({a!r}), load_document({b!r})
def progress(fraction, message):
    if marks[-1][0] != message:
        marks.append((message, now()))
compare(a, b, progress=progress, config=CompareConfig() if {helper!r} else CompareConfig(helper_min_chars=None))
marks.append(("end", now()))
for (name, start), (_, end) in zip(marks, marks[1:]):
    print(f"  {{end[0] - start[0]:6.2f}} s CPU {{end[1] - start[1]:6.2f}} s wall  {{name}}")
print(f"  {{marks[-1][1][0] - marks[0][1][0]:6.2f}} s CPU {{marks[-1][1][1] - marks[0][1][1]:6.2f}} s wall  in all")
"""


def vim_stages(helper: bool = True) -> None:
    """CPU and wall time of each stage of the Vim pair (as the progress messages name them), in a fresh process.

    CPU time is this process's only; with the helper process (worker.py) some stages run
    on two cores, and their wall time is the figure."""
    pair = vim_pair()
    if pair is None:
        print("Vim stages: skipped, the pair is missing")
        return
    code = VIM_STAGES_CHILD.format(root=str(ROOT), a=str(pair[0]), b=str(pair[1]), helper=helper)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    print("Vim pair, time by stage (CPU of the main process; wall):")
    print(out.stdout.rstrip())


def vim_profile(top: int = 25) -> None:
    """cProfile of compare_files on the Vim pair: the functions with the most own time."""
    import cProfile
    import io
    import pstats

    from kompare.core import compare_files

    pair = vim_pair()
    if pair is None:
        print("Vim profile: skipped, the pair is missing")
        return
    prof = cProfile.Profile()
    prof.runcall(compare_files, *pair)
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    print(out.getvalue().replace(str(ROOT) + "/", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="250 kB instead of 1 MB")
    ap.add_argument("--vim", action="store_true", help="the Vim pair only")
    ap.add_argument("--profile", action="store_true", help="with --vim: print a cProfile of the Vim pair")
    ap.add_argument("--stages", action="store_true", help="with --vim: print each stage's CPU and wall time")
    ap.add_argument("--no-helper", action="store_true",
                    help="with --vim: compare in one process (CompareConfig.helper_min_chars=None)")
    args = ap.parse_args()
    if args.vim:
        vim_figures(helper=not args.no_helper)
        if args.stages:
            vim_stages(helper=not args.no_helper)
        if args.profile:
            vim_profile()
        return
    size = 250_000 if args.quick else 1_000_000

    ms = seeds_figure() * 1000
    print(f"seeds 001 vs 003: {ms:.1f} ms per comparison (median; target < 50 ms)")

    big = run_child(size)
    print(
        f"two documents of {size / 1e6:.2f} MB each ({big['sentences']:,} sentences): "
        f"{big['seconds']:.2f} s wall, peak memory {big['peak_mb']:.0f} MB "
        f"(of which {big['base_mb']:.0f} MB before comparing, {big['helper_mb']:.0f} MB the helper process; "
        f"target < 5 s, < 500 MB)"
    )
    half = run_child(size // 2)
    ratio = big["seconds"] / half["seconds"]
    print(f"growth: time({size // 1000} kB) / time({size // 2000} kB) = "
          f"{big['seconds']:.2f} / {half['seconds']:.2f} = {ratio:.2f} (near 2 means n log n or better)")
    vim_figures()


if __name__ == "__main__":
    main()
