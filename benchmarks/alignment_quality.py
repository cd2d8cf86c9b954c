"""Precision and recall of sentence links on the hand-labelled seed pairs.

Run: .venv/bin/python benchmarks/alignment_quality.py [-v]

Labels: tests/fixtures/alignment_labels.json, {"pairs": {"001-002": [{"a": ..., "b": ..., "note": ...,
"kind": ..., "type": ...}, ...]}}: seed pair "X-Y" compares seed X (A) with seed Y (B); "a" and "b" are
the first characters of a compared sentence of each side, which must start exactly one sentence.

A link predicts the pair (i, j) for every sentence i in link.a and j in link.b; a gold pair is found
when the engine predicts it. Precision = found / predicted, recall = found / gold, both per seed pair
and over all the pairs (micro-averaged). For the found gold pairs that carry a "kind" the report
counts those whose link has that kind, and for those with a "type" (a change type or a list of
them) those whose link's changes include every labelled type.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core import compare_files  # noqa: E402

LABELS = ROOT / "tests" / "fixtures" / "alignment_labels.json"
SEEDS = ROOT / "seeds"


class LabelError(ValueError):
    """A label's prefix starts no compared sentence, or several."""


@dataclass
class Score:
    name: str
    gold: set[tuple[int, int]] = field(default_factory=set)
    predicted: set[tuple[int, int]] = field(default_factory=set)
    kind_labelled: int = 0  # found gold pairs with a labelled kind
    kind_right: int = 0
    type_labelled: int = 0  # found gold pairs with a labelled change type
    type_right: int = 0
    misses: list[str] = field(default_factory=list)
    false_links: list[str] = field(default_factory=list)
    kind_wrong: list[str] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return len(self.gold & self.predicted)

    @property
    def precision(self) -> float:
        return self.tp / len(self.predicted) if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / len(self.gold) if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Total:
    scores: list[Score]

    def _sum(self, attr: str) -> int:
        return sum(getattr(s, attr) for s in self.scores)

    @property
    def gold(self) -> int:
        return sum(len(s.gold) for s in self.scores)

    @property
    def predicted(self) -> int:
        return sum(len(s.predicted) for s in self.scores)

    @property
    def tp(self) -> int:
        return self._sum("tp")

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

    kind_labelled = property(lambda self: self._sum("kind_labelled"))
    kind_right = property(lambda self: self._sum("kind_right"))
    type_labelled = property(lambda self: self._sum("type_labelled"))
    type_right = property(lambda self: self._sum("type_right"))


def _seed(prefix: str, seeds_dir: Path) -> Path:
    found = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    if len(found) != 1:
        raise LabelError(f"seed {prefix!r}: {len(found)} files match in {seeds_dir}")
    return found[0]


def _sentence_id(doc, prefix: str, where: str) -> int:
    texts = [doc.sentence_text(i).strip() for i in range(len(doc.sentences))]
    hits = [i for i, t in enumerate(texts) if t.startswith(prefix.strip())]
    if len(hits) != 1:
        shown = "".join(f"\n    {i}: {texts[i][:80]!r}" for i in hits)
        raise LabelError(f"{where}: prefix {prefix!r} starts {len(hits)} sentences (want exactly 1){shown}")
    return hits[0]


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def score_pair(name: str, rows: list[dict], seeds_dir: Path = SEEDS, config=None) -> Score:
    """Compare one seed pair and score its links against its labelled rows."""
    a_name, b_name = name.split("-")
    c = compare_files(_seed(a_name, seeds_dir), _seed(b_name, seeds_dir), config=config)
    score = Score(name)
    labels: dict[tuple[int, int], dict] = {}
    for n, row in enumerate(rows):
        i = _sentence_id(c.a, row["a"], f"{name} label {n} side A")
        j = _sentence_id(c.b, row["b"], f"{name} label {n} side B")
        if (i, j) in labels:
            raise LabelError(f"{name} label {n}: pair ({i}, {j}) is labelled twice")
        labels[(i, j)] = row
    score.gold = set(labels)

    link_of: dict[tuple[int, int], object] = {}
    for link in c.links:
        for i in link.a:
            for j in link.b:
                link_of[(i, j)] = link
    score.predicted = set(link_of)

    def show(i: int, j: int) -> str:
        return f"A{i} {_short(c.a.sentence_text(i))!r}\n        B{j} {_short(c.b.sentence_text(j))!r}"

    for (i, j) in sorted(score.gold - score.predicted):
        score.misses.append(f"{name} {show(i, j)}\n        ({labels[(i, j)].get('note', '')})")
    for (i, j) in sorted(score.predicted - score.gold):
        link = link_of[(i, j)]
        score.false_links.append(f"{name} {show(i, j)}\n        (link {link.a}->{link.b} {link.kind.value})")
    for (i, j) in sorted(score.gold & score.predicted):
        row, link = labels[(i, j)], link_of[(i, j)]
        got_types = {ch.type.value for ch in link.changes}
        if "kind" in row:
            score.kind_labelled += 1
            if link.kind.value == row["kind"]:
                score.kind_right += 1
        want_types = row.get("type")
        if want_types:
            want = {want_types} if isinstance(want_types, str) else set(want_types)
            score.type_labelled += 1
            if want <= got_types:
                score.type_right += 1
        if ("kind" in row and link.kind.value != row["kind"]) or (want_types and not want <= got_types):
            score.kind_wrong.append(
                f"{name} A{i} B{j}: labelled {row.get('kind')} {want_types or ''}, "
                f"got {link.kind.value} {sorted(got_types) or ''}"
            )
    return score


def evaluate(labels_path: Path = LABELS, seeds_dir: Path = SEEDS, config=None) -> Total:
    """Score every labelled seed pair (with a CompareConfig, or the defaults); raises LabelError on a bad label."""
    data = json.loads(Path(labels_path).read_text(encoding="utf-8"))
    return Total([score_pair(name, rows, seeds_dir, config) for name, rows in data["pairs"].items()])


def _line(label: str, s) -> str:
    return (
        f"{label:8} gold {s.gold if isinstance(s.gold, int) else len(s.gold):3}  "
        f"predicted {s.predicted if isinstance(s.predicted, int) else len(s.predicted):3}  tp {s.tp:3}  "
        f"precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"kind {s.kind_right}/{s.kind_labelled}  type {s.type_right}/{s.type_labelled}"
    )


def main(argv: list[str]) -> int:
    t0 = time.perf_counter()
    try:
        total = evaluate()
    except LabelError as e:
        print(f"bad label: {e}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - t0
    for s in total.scores:
        print(_line(s.name, s))
    print(_line("overall", total) + f"  ({elapsed:.2f} s)")
    print("kind: found gold pairs whose link has the labelled kind / found gold pairs with a kind; "
          "type: ... whose changes include the labelled type(s)")
    if "-v" in argv:
        for title, attr in (("misses (gold, not linked)", "misses"),
                            ("false links (linked, not gold)", "false_links"),
                            ("found with another kind or type", "kind_wrong")):
            rows = [r for s in total.scores for r in getattr(s, attr)]
            print(f"\n{title}: {len(rows)}")
            for r in rows:
                print("  " + r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
