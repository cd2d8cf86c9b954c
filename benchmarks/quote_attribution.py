"""Precision and recall of quotation speaker attribution on the hand-labelled seed articles.

Run: .venv/bin/python benchmarks/quote_attribution.py [-v]

Labels: tests/fixtures/quote_labels.json (first words of each quotation -> speaker or null).
A prediction is right when it names exactly the labelled person (fullest form, case-insensitive).
Precision = right / quotations given a speaker; recall = right / labelled quotations with a
speaker (a labelled quotation that is not found at all counts as missed).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core.ingest import load_document  # noqa: E402
from kompare.core.quotes import find_quotes  # noqa: E402

LABELS = ROOT / "tests" / "fixtures" / "quote_labels.json"
SEEDS = ROOT / "seeds"


@dataclass
class Score:
    predicted: int = 0  # quotations given a speaker
    gold: int = 0  # labelled quotations that have a speaker
    right: int = 0
    unlabelled: list[str] = field(default_factory=list)  # found quotations the labels miss
    rows: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


def _label_for(labels: dict[str, str | None], quote: str) -> tuple[str, str | None] | None:
    keys = [k for k in labels if quote.startswith(k)]
    if not keys:
        return None
    key = max(keys, key=len)
    return key, labels[key]


def evaluate(labels_path: Path = LABELS, seeds_dir: Path = SEEDS) -> Score:
    """Score find_quotes' speakers on every labelled seed article."""
    all_labels = json.loads(labels_path.read_text(encoding="utf-8"))
    score = Score()
    for name, labels in all_labels.items():
        if name.startswith("_"):
            continue
        doc = load_document(str(seeds_dir / name))
        quotes = find_quotes(doc.text, (), doc.excluded)
        seen = set()
        for q in quotes:
            words = doc.text[q.start : q.end]
            got = _label_for(labels, words)
            if got is None:
                score.unlabelled.append(f"{name}: {words[:60]}")
                continue
            key, gold = got
            seen.add(key)
            score.rows.append((name, words[:50], gold, q.speaker))
            if q.speaker is not None:
                score.predicted += 1
            if gold is not None:
                score.gold += 1
                if q.speaker is not None and q.speaker.casefold() == gold.casefold():
                    score.right += 1
        for key, gold in labels.items():
            if key not in seen and gold is not None:
                score.gold += 1  # a speaker's quotation we did not even find
                score.rows.append((name, key[:50], gold, "(quotation not found)"))
    return score


def main(argv: list[str]) -> int:
    t0 = time.perf_counter()
    s = evaluate()
    elapsed = time.perf_counter() - t0
    if "-v" in argv:
        for name, words, gold, got in s.rows:
            mark = "ok " if (gold or "").casefold() == (got or "").casefold() else "XX "
            print(f"{mark}{name[:3]}  {words!r:54} gold={gold!s:16} got={got}")
    print(f"quotations labelled with a speaker: {s.gold}; given a speaker: {s.predicted}; right: {s.right}")
    print(f"precision {s.precision:.3f}  recall {s.recall:.3f}  ({elapsed:.2f} s)")
    if s.unlabelled:
        print("found but not labelled:", *s.unlabelled, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
