"""Make two large related plain-text documents for benchmarks (deterministic).

B reuses part of A: paragraphs moved, sentences kept word for word, sentences edited
(a number changed, a "not" added, a word swapped), and new sentences of its own.
Words follow a Zipf law over a large made-up vocabulary mixed with English function
words, so rare terms are as rare as in real news text.

    python benchmarks/make_corpus.py OUTDIR --size 1000000
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FUNCTION = ("the of and to in a that is was for on with as by at from it said has have not "
            "be are this which would will its their an or but had were been also after").split()
SYLLABLES = ("ka ri to mo sun pa le chi ve do na gu ber ran sel tor min ko ya hu ev lan dra "
             "po ski ju no ta el os in ar um").split()


def _vocabulary(rng: random.Random, n: int) -> list[str]:
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class _Writer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(random.Random(1234), 40_000)
        self.weights = [1.0 / (r + 1) ** 1.05 for r in range(len(self.vocab))]

    def sentence(self) -> str:
        rng = self.rng
        n = rng.randint(8, 34)
        content = rng.choices(self.vocab, self.weights, k=n)
        words = []
        for w in content:
            if rng.random() < 0.45:
                words.append(rng.choice(FUNCTION))
            words.append(w)
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), str(rng.randint(2, 2000)))
        if rng.random() < 0.25:
            words[0] = words[0].capitalize() + " " + self.rng.choice(self.vocab).capitalize()
        s = " ".join(words)
        s = s[0].upper() + s[1:] + "."
        if rng.random() < 0.15:  # news quotes people: “...,” Name Surname said.
            name = f"{rng.choice(self.vocab).capitalize()} {rng.choice(self.vocab[:300]).capitalize()}"
            s = f"“{s[:-1]},” {name} said."
        return s

    def edit(self, s: str) -> str:
        rng = self.rng
        words = s[:-1].split()
        k = rng.random()
        if k < 0.3:
            words.insert(rng.randint(1, len(words)), "not")
        elif k < 0.6:
            words.insert(rng.randint(1, len(words)), str(rng.randint(2, 999)))
        else:
            words[rng.randrange(len(words))] = rng.choice(self.vocab)
        return " ".join(words) + "."


def make_pair(size: int, seed: int = 0) -> tuple[str, str]:
    """Two related documents of about ``size`` characters each."""
    w = _Writer(seed)
    paras_a: list[list[str]] = []
    total = 0
    while total < size:
        para = [w.sentence() for _ in range(w.rng.randint(2, 6))]
        total += sum(len(s) + 1 for s in para) + 1
        paras_a.append(para)
    paras_b: list[list[str]] = []
    for para in paras_a:
        out = []
        for s in para:
            r = w.rng.random()
            if r < 0.3:
                out.append(s)
            elif r < 0.5:
                out.append(w.edit(s))
            else:
                out.append(w.sentence())
        paras_b.append(out)
    w.rng.shuffle(paras_b)  # moved passages
    text = lambda ps: "\n\n".join(" ".join(p) for p in ps) + "\n"  # noqa: E731
    return text(paras_a), text(paras_b)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    a, b = make_pair(args.size, args.seed)
    (args.outdir / "a.txt").write_text(a, encoding="utf-8")
    (args.outdir / "b.txt").write_text(b, encoding="utf-8")
    print(f"wrote {args.outdir / 'a.txt'} ({len(a):,} chars) and {args.outdir / 'b.txt'} ({len(b):,} chars)")


if __name__ == "__main__":
    main()
