"""Divergences put into real links between outlets: is each one typed, or is it shown as agreement?

Run: .venv/bin/python benchmarks/injected_divergences.py [-v] [--triplets DIR] [--seed S]

Each pair of articles (the seeds' pairs, and the development triplets' outlet pairs when they
are beside the project) is compared; in each link of one sentence a side that is an agreement
or a partial, one fact the two sentences share is changed on B's side, by rule: a figure both
state, a weekday or year both state, a person's surname both use (written after a first name
or a title) put for another person's of B's article, a "not" put after an auxiliary before a
verb both use, "reportedly" before such a verb, a word both quote (beside a word both quote
beside it) put for another. B is compared with A again, and each edited link is scored: does
the pair still link, as a divergence, with the type a reader expects?

This is the issue's complaint measured on text nobody tuned on: blue (or partial) where the
two outlets now state a different fact. The edits are made on words the two sentences share,
so they are edits of the shared claim, not of what one outlet says more.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kompare.core import ChangeType, LinkKind, compare  # noqa: E402
from kompare.core.ingest import load_document  # noqa: E402
from kompare.core.speakers.lexicon import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES  # noqa: E402
from kompare.core.tokens import tokenize  # noqa: E402

from benchutil import SEEDS, TRIPLETS, WEEKDAYS, edited_copy, print_rates  # noqa: E402

FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES
TITLES = {"Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "President", "Senator", "Governor", "Secretary"}
AUX = r"is|was|are|were|will|would|could|can|should|has|have|had"
KINDS = ("figure", "weekday", "year", "name", "negation", "hedge", "quote word")
EXPECT = {"figure": {ChangeType.NUMBER}, "weekday": {ChangeType.DATE}, "year": {ChangeType.DATE},
          "name": {ChangeType.NAME, ChangeType.SPEAKER},  # (a quotation's speaker renamed: a speaker change)
          "negation": {ChangeType.NEGATION}, "hedge": {ChangeType.HEDGE}, "quote word": {ChangeType.QUOTE}}


def _stems(text: str, start: int, end: int) -> set[str]:
    return {t.stem for t in tokenize(text, start, end)}


def _site(kind: str, a_text: str, b_text: str, b0: int, b1: int, names: list[str], rng):
    """(start, end, new words) of one edit of ``kind`` in B's sentence b_text[b0:b1], on words A's sentence has too."""
    sent = b_text[b0:b1]
    a_words = set(re.findall(r"[\w$’'.-]+", a_text))
    a_stems = _stems(a_text, 0, len(a_text))

    def choose(found):
        return rng.choice(found) if found else None

    if kind == "figure":
        m = choose([m for m in re.finditer(r"(?<![\d.,/])(\$?)(\d+)(?:\.\d+)?(?![\d:/]|st\b|nd\b|rd\b|th\b)", sent)
                    if m.group(0) in a_text and not re.fullmatch(r"(19|20)\d\d", m.group(2))])
        if m:
            return b0 + m.start(2), b0 + m.end(2), str(int(m.group(2)) + (3 if int(m.group(2)) < 10 else int(m.group(2))))
    elif kind == "weekday":
        m = choose([m for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r")\b", sent) if m.group(1) in a_words])
        if m:
            return b0 + m.start(1), b0 + m.end(1), WEEKDAYS[(WEEKDAYS.index(m.group(1)) + 2) % 7]
    elif kind == "year":
        m = choose([m for m in re.finditer(r"\b((?:19|20)\d\d)\b", sent) if m.group(1) in a_words])
        if m:
            return b0 + m.start(1), b0 + m.end(1), str(int(m.group(1)) - 2)
    elif kind == "name":
        # A surname standing alone ("Comey", not "James Comey"), put for another person's.
        m = choose([m for m in _alone(sent) if m.group(1) in a_words and m.group(1) in names])
        others = [n for n in names if m and n not in a_text and n not in sent]
        if m and others:
            return b0 + m.start(1), b0 + m.end(1), rng.choice(others)
    elif kind in ("negation", "hedge"):
        found = []
        for m in re.finditer(r"\b(?:" + AUX + r")\s+(?!not\b|no\b|never\b)([a-z]{3,})\b", sent):
            if {t.stem for t in tokenize(m.group(1))} <= a_stems and not re.search(r"\bnot\b|n[’']t\b|\bnever\b", a_text):
                found.append(m)
        m = choose(found)
        if m:
            return b0 + m.start(1), b0 + m.start(1), "not " if kind == "negation" else "reportedly "
    elif kind == "quote word":
        quoted = [q for q in re.finditer(r"“([^“”]{8,})”|\"([^\"]{8,})\"", sent)]
        found = []
        for q in quoted:
            body = q.group(1) or q.group(2)
            off = q.start(1) if q.group(1) else q.start(2)
            for m in re.finditer(r"(?<![\w’'-])([a-z]{4,})(?![\w’'-])", body):
                # The word where A quotes it too: with its word before or after beside it in
                # a quotation of A ("and other assistance", not "the other side" of the same
                # quotation, which A does not quote).
                before = re.findall(r"[\w’'-]+", body[: m.start(1)])[-1:]
                after = re.findall(r"[\w’'-]+", body[m.end(1) :])[:1]
                runs = [before + [m.group(1)], [m.group(1)] + after]
                if any(len(run) == 2 and re.search(
                    r"[“\"][^“”\"]*\b" + r"\W+".join(map(re.escape, run)) + r"\b[^“”\"]*[”\"]", a_text, re.IGNORECASE,
                ) for run in runs):
                    found.append((off + m.start(1), off + m.end(1)))
        if found:
            s, e = rng.choice(found)
            return b0 + s, b0 + e, "wonderful" if sent[s:e] != "wonderful" else "terrible"
    return None


def _alone(text: str):
    """Capitalised words inside a sentence with no capitalised word just before or after them."""
    for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{3,})\b(?![’'-]| [A-Z])", text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and not before[-1][:1].isupper():
            yield m


def _names(text: str) -> list[str]:
    """People's surnames: written after a first name (or a title) somewhere, and alone elsewhere."""
    alone = Counter(m.group(1) for m in _alone(text))
    after_first = {last for first, last in re.findall(r"\b([A-Z][a-z]+\.?) (?:[A-Z]\. )?([A-Z][a-z]{3,})\b", text)
                   if first.lower() in FIRST_NAMES or first in TITLES}
    lower = {w.lower() for w in re.findall(r"\b[a-z]{4,}\b", text)}
    return sorted(w for w in alone if w in after_first and w.lower() not in lower and w not in WEEKDAYS)


def score_pair(name: str, path_a: Path, path_b: Path, rng, tally, verbose: bool) -> None:
    doc_a, doc_b = load_document(path_a), load_document(path_b)
    before = compare(doc_a, doc_b)
    names = _names(doc_b.text)
    edits = []  # (start, end, new, kind, i, j)
    used_b = set()
    kinds = list(KINDS)
    rng.shuffle(kinds)
    links = [l for l in before.links if len(l.a) == len(l.b) == 1 and l.kind in (LinkKind.AGREEMENT, LinkKind.PARTIAL)]
    rng.shuffle(links)
    for link in links:
        (i,), (j,) = link.a, link.b
        if j in used_b:
            continue
        sa, sb = before.a.sentences[i], before.b.sentences[j]
        a_text = before.a.text[sa.start : sa.end]
        for kind in kinds:
            site = _site(kind, a_text, before.b.text, sb.start, sb.end, names, rng)
            if site:
                edits.append((*site, kind, i, j))
                used_b.add(j)
                kinds.remove(kind)
                kinds.append(kind)
                break
    if not edits:
        return
    # (B's furniture stays furniture, as in A's document.)
    after = compare(before.a.document, edited_copy(doc_b, [(s, e, new) for s, e, new, *_ in edits]))
    # B's sentences keep their order; their ids may not shift (no sentence is added or cut).
    for s, e, new, kind, i, j in edits:
        t = tally[kind]
        t["edits"] += 1
        link = next((l for l in after.links if i in l.a and j in l.b), None)
        t["linked"] += link is not None
        divergence = link is not None and link.kind is LinkKind.DIVERGENCE
        t["divergence"] += divergence
        typed = divergence and any(c.type in EXPECT[kind] for c in link.changes)
        t["typed"] += typed
        t["blue"] += link is not None and link.kind is LinkKind.AGREEMENT
        if not typed and verbose:
            got = "unlinked" if link is None else f"{link.kind.value} {[(c.type.value, c.a, c.b) for c in link.changes]}"
            old = before.b.text[s:e]
            print(f"  [{kind}: {old!r} -> {new.strip()!r}] {name} {i}-{j}: {got}\n"
                  f"      A: {' '.join(before.a.sentence_text(i).split())[:180]}\n"
                  f"      B: {' '.join(after.b.sentence_text(j).split())[:180]}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every edit not typed as expected")
    ap.add_argument("--triplets", type=Path, default=TRIPLETS, help="the development news triplets")
    ap.add_argument("--seed", type=int, default=1, help="which draw of places (1)")
    args = ap.parse_args(argv)
    verbose, triplets, seed = args.v, args.triplets, args.seed
    seeds = sorted(SEEDS.glob("*.txt"))
    jobs = [(f"{a.name[:3]}-{b.name[:3]}", a, b) for a, b in itertools.combinations(seeds, 2)]
    if triplets.is_dir():
        for ev in sorted(p for p in triplets.iterdir() if p.is_dir()):
            fs = sorted(ev.glob("*.txt"))
            jobs += [(f"{ev.name}/{a.stem}-{b.stem}", a, b) for a, b in itertools.combinations(fs, 2)]
    else:
        print(f"(no development triplets at {triplets}: the seeds only)")
    tally: dict[str, Counter] = defaultdict(Counter)
    t0 = time.perf_counter()
    for name, a, b in jobs:
        score_pair(name, a, b, random.Random(f"{seed}:{name}"), tally, verbose)
    print(f"{len(jobs)} article pairs, a fact changed in one link a side at most ({time.perf_counter() - t0:.1f} s)")
    print(f"{'edit':12s} {'n':>4s} {'linked':>7s} {'diverg.':>7s} {'typed':>7s} {'blue':>7s}")
    print_rates(((kind, tally[kind]) for kind in KINDS if tally.get(kind)), "edits",
                ("linked", "divergence", "typed", "blue"), width=12)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
