"""Precision and recall of sentence links against hand-labelled same-claim pairs.

Run: .venv/bin/python benchmarks/alignment_quality.py [-v] [--set seeds|dev|all] [--triplets DIR]
     [--events 00,01,...] [--sensitivity S] [--sweep]

Two label sets:

- ``seeds``: tests/fixtures/alignment_labels.json, pairs of the seed articles in seeds/
  ({"pairs": {"001-002": [rows]}}: seed pair "X-Y" compares seed X (A) with seed Y (B));
- ``dev``: tests/fixtures/triplet_labels/NN.json, one file per event of the development
  news triplets ({"event": "NN", "pairs": {"fox-huffpost": [rows]}}: A = fox, B = huffpost).
  The articles are not in the repository: they are read from --triplets (default
  ../shared/dev/news-triplets beside the project); the set is skipped when they are absent.

A row is {"a": ..., "b": ..., "kind": ..., "type": ..., "note": ...}: "a" and "b" are the first
characters of a sentence of each side (exactly one occurrence in the document; the sentence
holding that position is meant), "kind" is agreement | divergence | partial, "type" (for
divergences) a change type or a list of them.

A link predicts the pair (i, j) for every sentence i in link.a and j in link.b; links are
many-to-many, so a sentence may be in several predicted pairs. Precision = found / predicted,
recall = found / gold (micro-averaged), also per labelled kind, and for the agreements and
divergences together (issue 12's target: recall of the same-claim and divergent pairs at a
precision of all linked pairs); with --set all, once more over both sets, and apart over the
development events the shipped link model was not trained on (those its weights file does not
list: labelled after it was fitted, so text it has never seen). For found pairs with a kind the
report counts those whose link has that kind; a labelled divergence is "typed" when its link is
a divergence whose changes include at least one of the labelled types.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core import CompareConfig, compare_files  # noqa: E402
from kompare.core.evidence import shipped_weights  # noqa: E402

LABELS = ROOT / "tests" / "fixtures" / "alignment_labels.json"
TRIPLET_LABELS = ROOT / "tests" / "fixtures" / "triplet_labels"
SEEDS = ROOT / "seeds"
TRIPLETS = ROOT.parent / "shared" / "dev" / "news-triplets"
KINDS = ("agreement", "divergence", "partial")


class LabelError(ValueError):
    """A label's prefix is not found exactly once, or falls outside every compared sentence."""


@dataclass
class Score:
    name: str
    gold: dict[tuple[int, int], dict] = field(default_factory=dict)
    predicted: dict[tuple[int, int], object] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_links: list[str] = field(default_factory=list)
    kind_wrong: list[str] = field(default_factory=list)
    near: list[tuple[int, int]] = field(default_factory=list)  # the comparison's near misses

    @property
    def tp(self) -> int:
        return len(self.gold.keys() & self.predicted.keys())

    def found(self) -> list[tuple[dict, object]]:
        return [(row, self.predicted[ij]) for ij, row in self.gold.items() if ij in self.predicted]


@dataclass
class Total:
    scores: list[Score]

    @property
    def gold(self) -> int:
        return sum(len(s.gold) for s in self.scores)

    @property
    def predicted(self) -> int:
        return sum(len(s.predicted) for s in self.scores)

    @property
    def tp(self) -> int:
        return sum(s.tp for s in self.scores)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _found(self):
        return [fr for s in self.scores for fr in s.found()]

    def recall_of(self, kind: str) -> tuple[int, int]:
        """(found, labelled) gold pairs of one kind."""
        gold = [row for s in self.scores for row in s.gold.values() if row.get("kind") == kind]
        found = [row for row, _ in self._found() if row.get("kind") == kind]
        return len(found), len(gold)

    @property
    def kind_right(self) -> int:
        return sum(1 for row, link in self._found() if row.get("kind") == link.kind.value)

    @property
    def kind_labelled(self) -> int:
        return sum(1 for row, _ in self._found() if row.get("kind"))

    def precision_of(self, kind: str) -> tuple[int, int]:
        """(right, predicted) pairs whose link has this kind; right: a reader links the pair."""
        pred = [(ij in s.gold) for s in self.scores for ij, link in s.predicted.items() if link.kind.value == kind]
        return sum(pred), len(pred)

    def same_claim(self) -> tuple[int, int]:
        """(found, labelled) pairs stating one claim, told alike or differently: the
        agreements and divergences, whose recall issue 12 sets its target on (partial
        overlaps, where readers differ most, left aside)."""
        (a, na), (d, nd) = self.recall_of("agreement"), self.recall_of("divergence")
        return a + d, na + nd

    def same_claim_by_place(self) -> list[tuple[str, int, int]]:
        """(places, found, labelled) same-claim and divergent pairs by where their sentences
        stand: the title (the first sentence), the lede (the next two) or the body, either
        way round. Where recall is lost: a title states the claim a body sentence states in
        other words."""
        def place(k: int) -> int:
            return 0 if k == 0 else 1 if k <= 2 else 2

        names = ("title", "lede", "body")
        counts: Counter = Counter()
        for sc in self.scores:
            for ij, row in sc.gold.items():
                if row.get("kind") in ("agreement", "divergence"):
                    key = "–".join(names[k] for k in sorted(map(place, ij)))
                    counts[key, "labelled"] += 1
                    counts[key, "found"] += ij in sc.predicted
        keys = sorted({k for k, _ in counts}, key=lambda k: [names.index(x) for x in k.split("–")])
        return [(k, counts[k, "found"], counts[k, "labelled"]) for k in keys]

    def precision_by_confidence(self, edges=(0.7, 0.85, 0.99)) -> list[tuple[str, int, int]]:
        """(band, right, predicted) linked pairs by their link's confidence: is the
        confidence the window shows a fair guide to how often a reader agrees?"""
        bands = [f"< {edges[0]:g}"] + [f"{lo:g}-{hi:g}" for lo, hi in zip(edges, edges[1:])] + [f">= {edges[-1]:g}"]
        counts = {b: [0, 0] for b in bands}
        for s in self.scores:
            for ij, link in s.predicted.items():
                band = bands[sum(link.confidence >= e for e in edges)]
                counts[band][0] += ij in s.gold
                counts[band][1] += 1
        return [(b, r, n) for b, (r, n) in counts.items()]

    def near_right(self) -> tuple[int, int, int]:
        """(labelled, same claim, named) near misses: how many pointers a reader's pair backs
        (of any kind; of the agreements and divergences), of all named."""
        kinds = [s.gold[ij].get("kind") for s in self.scores for ij in s.near if ij in s.gold]
        named = sum(len(s.near) for s in self.scores)
        return len(kinds), sum(1 for k in kinds if k in ("agreement", "divergence")), named

    def kind_confusion(self) -> Counter:
        return Counter((row.get("kind"), link.kind.value) for row, link in self._found())

    def typed(self) -> tuple[int, int]:
        """(typed, labelled) divergences: found, a divergence, with a labelled type among its changes."""
        rows = [(row, s.predicted.get(ij)) for s in self.scores for ij, row in s.gold.items()
                if row.get("kind") == "divergence"]
        ok = 0
        for row, link in rows:
            if link is None or link.kind.value != "divergence":
                continue
            want = _types(row)
            got = {ch.type.value for ch in link.changes}
            if not want or want & got:
                ok += 1
        return ok, len(rows)


def _types(row: dict) -> set[str]:
    t = row.get("type") or []
    return {t} if isinstance(t, str) else set(t)


def _sentence_at(doc, prefix: str, where: str) -> int:
    """The compared sentence holding the one occurrence of ``prefix`` that is compared.

    A document may show a passage twice (a headline repeated as a heading, left out of
    the comparison as a repeat); the occurrence inside a compared sentence is meant.
    """
    text = doc.text
    prefix = prefix.strip()
    hits = []
    pos = text.find(prefix)
    while pos >= 0:
        hits.extend(s.id for s in doc.sentences if s.start <= pos < s.end)
        pos = text.find(prefix, pos + 1)
    if len(hits) != 1:
        raise LabelError(f"{where}: prefix {prefix!r} is in {len(hits)} compared sentences (want exactly 1)")
    return hits[0]


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def score_pair(name: str, path_a: Path, path_b: Path, rows: list[dict], config=None) -> Score:
    """Compare one document pair and score its links against its labelled rows."""
    c = compare_files(path_a, path_b, config=config)
    score = Score(name)
    for n, row in enumerate(rows):
        i = _sentence_at(c.a, row["a"], f"{name} label {n} side A")
        j = _sentence_at(c.b, row["b"], f"{name} label {n} side B")
        if (i, j) in score.gold:
            raise LabelError(f"{name} label {n}: pair ({i}, {j}) is labelled twice")
        score.gold[(i, j)] = row
    for link in c.links:
        for i in link.a:
            for j in link.b:
                # A pair in several links (many-to-many) is judged by the link deciding its kind.
                prev = score.predicted.get((i, j))
                if prev is None or (link.kind.value == "divergence" and prev.kind.value != "divergence"):
                    score.predicted[(i, j)] = link

    score.near = [(n.a, n.b) for n in c.near]

    def show(i: int, j: int) -> str:
        return f"A{i} {_short(c.a.sentence_text(i))!r}\n        B{j} {_short(c.b.sentence_text(j))!r}"

    for (i, j) in sorted(score.gold.keys() - score.predicted.keys()):
        row = score.gold[(i, j)]
        score.misses.append(f"{name} [{row.get('kind')}] {show(i, j)}\n        ({row.get('note', '')})")
    for (i, j) in sorted(score.predicted.keys() - score.gold.keys()):
        link = score.predicted[(i, j)]
        score.false_links.append(f"{name} {show(i, j)}\n        (link {link.a}->{link.b} {link.kind.value})")
    for (i, j), row in sorted(score.gold.items()):
        link = score.predicted.get((i, j))
        if link is None:
            continue
        got = {ch.type.value for ch in link.changes}
        want = _types(row)
        if row.get("kind") and (link.kind.value != row["kind"] or (want and not want & got)):
            score.kind_wrong.append(
                f"{name} labelled {row.get('kind')} {sorted(want) or ''}, got {link.kind.value} "
                f"{sorted(got) or ''}\n        {show(i, j)}\n        ({row.get('note', '')})"
            )
    return score


def _seed(prefix: str, seeds_dir: Path) -> Path:
    found = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    if len(found) != 1:
        raise LabelError(f"seed {prefix!r}: {len(found)} files match in {seeds_dir}")
    return found[0]


def seed_jobs(labels_path: Path = LABELS, seeds_dir: Path = SEEDS) -> list[tuple[str, Path, Path, list[dict]]]:
    data = json.loads(Path(labels_path).read_text(encoding="utf-8"))
    jobs = []
    for name, rows in data["pairs"].items():
        a, b = name.split("-")
        jobs.append((name, _seed(a, seeds_dir), _seed(b, seeds_dir), rows))
    return jobs


def triplet_jobs(triplets: Path = TRIPLETS, labels_dir: Path = TRIPLET_LABELS, events=None):
    """Jobs for the labelled development events whose articles are present (else none)."""
    jobs = []
    if not Path(triplets).is_dir():
        return jobs
    for f in sorted(Path(labels_dir).glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        ev = data["event"]
        if events is not None and ev not in events:
            continue
        for pair, rows in data["pairs"].items():
            a, b = pair.split("-")
            jobs.append((f"{ev}/{pair}", Path(triplets) / ev / f"{a}.txt", Path(triplets) / ev / f"{b}.txt", rows))
    return jobs


def evaluate(labels_path: Path = LABELS, seeds_dir: Path = SEEDS, config=None, *, jobs=None) -> Total:
    """Score labelled pairs (the seeds by default) with a CompareConfig; raises LabelError on a bad label."""
    jobs = seed_jobs(labels_path, seeds_dir) if jobs is None else jobs
    return Total([score_pair(name, pa, pb, rows, config) for name, pa, pb, rows in jobs])


def _line(label: str, s) -> str:
    gold = s.gold if isinstance(s.gold, int) else len(s.gold)
    pred = s.predicted if isinstance(s.predicted, int) else len(s.predicted)
    tp = s.tp
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    return f"{label:22} gold {gold:4}  predicted {pred:4}  tp {tp:4}  precision {p:.3f}  recall {r:.3f}"


def report(title: str, total: Total, verbose: bool, pairs: bool = True) -> None:
    print(f"== {title}")
    for s in total.scores if pairs else ():
        print("  " + _line(s.name, s))
    print(_line("overall", total) + f"  F1 {total.f1:.3f}")
    per_kind = "  ".join(
        f"{k} {f}/{n} ({f / n:.2f})" for k in KINDS for f, n in [total.recall_of(k)] if n
    )
    print(f"recall by kind: {per_kind}")
    found, labelled = total.same_claim()
    if labelled:
        print(f"same-claim and divergent pairs (the target's measure): recall {found}/{labelled} "
              f"({found / labelled:.3f}) at precision {total.precision:.3f} of all linked pairs")
        places = "  ".join(f"{k} {f}/{n}" for k, f, n in total.same_claim_by_place())
        print(f"  ...by where the two sentences stand: {places}")
    per_kind = "  ".join(
        f"{k} {r}/{n} ({r / n:.2f})" for k in KINDS for r, n in [total.precision_of(k)] if n
    )
    print(f"precision by linked kind: {per_kind}")
    bands = "  ".join(f"{b} {r}/{n} ({r / n:.2f})" for b, r, n in total.precision_by_confidence() if n)
    print(f"precision by link confidence: {bands}")
    typed, labelled = total.typed()
    print(f"kind right {total.kind_right}/{total.kind_labelled}; divergences typed {typed}/{labelled}"
          + (f" ({typed / labelled:.2f})" if labelled else ""))
    conf = total.kind_confusion()
    print("kind confusion (labelled -> linked): " + ", ".join(f"{a}->{b} {n}" for (a, b), n in sorted(conf.items())))
    right, same, named = total.near_right()
    if named:
        print(f"near misses (pointers, not links): {named}, of which {right} labelled pairs ({right / named:.2f}), "
              f"{same} of them same-claim or divergent")
    if verbose:
        for heading, attr in (("misses (gold, not linked)", "misses"),
                              ("false links (linked, not gold)", "false_links"),
                              ("found with another kind or type", "kind_wrong")):
            rows = [r for s in total.scores for r in getattr(s, attr)]
            print(f"\n{heading}: {len(rows)}")
            for r in rows:
                print("  " + r)
    print()


def trained_events() -> set[str]:
    """The development events the shipped link model learned from (its weights file says)."""
    return set(shipped_weights().get("events", ()))


def _parser():
    import argparse

    ap = argparse.ArgumentParser(description="Precision and recall of sentence links against hand-labelled pairs.")
    ap.add_argument("-v", action="store_true", help="list the misses, the false links and the wrong kinds")
    ap.add_argument("--set", choices=("seeds", "dev", "all"), default="all", help="which labels (default: all)")
    ap.add_argument("--triplets", type=Path, default=TRIPLETS, help="the development news triplets' folder")
    ap.add_argument("--events", help="only these events of the development set, e.g. 00,01")
    ap.add_argument("--sensitivity", type=float, help="compare at this sensitivity (0..1; default 0.5)")
    ap.add_argument("--sweep", action="store_true",
                    help="overall precision and recall at sensitivities 0, 0.1, ..., 1 (all labels)")
    return ap


def sweep(jobs) -> None:
    """Overall precision and recall over ``jobs`` at sensitivities 0 to 1 in steps of 0.1: the trade
    the window's slider makes (it moves in steps of 0.05)."""
    print("sensitivity  predicted  tp   precision  recall   kind right")
    for sens in [n / 10 for n in range(11)]:
        total = evaluate(config=CompareConfig(sensitivity=sens), jobs=jobs)
        print(f"{sens:11.2f}  {total.predicted:9d}  {total.tp:4d}  {total.precision:9.3f}  {total.recall:6.3f}"
              f"   {total.kind_right}/{total.kind_labelled}")


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    events = set(args.events.split(",")) if args.events else None
    if args.sensitivity is not None and not 0.0 <= args.sensitivity <= 1.0:
        print("--sensitivity must lie between 0 and 1", file=sys.stderr)
        return 2
    config = CompareConfig(sensitivity=args.sensitivity) if args.sensitivity is not None else None
    t0 = time.perf_counter()
    try:
        if args.sweep:
            sweep(seed_jobs() + triplet_jobs(args.triplets, events=events))
        else:
            scored: list[Score] = []
            if args.set in ("seeds", "all"):
                seeds = evaluate(config=config)
                report("seeds (tests/fixtures/alignment_labels.json)", seeds, args.v)
                scored += seeds.scores
            if args.set in ("dev", "all"):
                jobs = triplet_jobs(args.triplets, events=events)
                if jobs:
                    dev = evaluate(config=config, jobs=jobs)
                    report(f"development triplets ({len(jobs)} pairs)", dev, args.v)
                    if scored:
                        report("all labels (seeds and development triplets)", Total(scored + dev.scores), False, pairs=False)
                    unseen = sorted({s.name.split("/")[0] for s in dev.scores} - trained_events())
                    if unseen:
                        # Labelled after the link model was fitted: text it has never seen.
                        report(f"development events the link model was not trained on ({', '.join(unseen)})",
                               Total([s for s in dev.scores if s.name.split("/")[0] in unseen]), False, pairs=False)
                else:
                    print(f"development triplets: skipped ({args.triplets} not found or no labels)")
    except LabelError as e:
        print(f"bad label: {e}", file=sys.stderr)
        return 2
    print(f"({time.perf_counter() - t0:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
