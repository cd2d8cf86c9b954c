"""Learn the link model's weights from the hand-labelled same-claim pairs.

Run: .venv/bin/python benchmarks/train_linker.py [--triplets DIR] [--write] [--l2 1.0] [--lexical-only]
     [--unrelated DIR] [--unrelated-pairs 120] [--unrelated-weight 0.3] [NAME=VALUE ...]

Every candidate pair the engine considers (kompare.core.align.candidates) of every labelled
document pair (the seeds, and the development triplets when their articles are present) is a
training row: its Features, and whether a reader linked it (any kind). A logistic regression
with an L2 penalty is fitted by Newton's method (numpy: a few ten thousand rows, 21 features).

Pairs of unrelated articles teach what the labelled events cannot: two news articles on
different stories share short sentences ("Right?" / "This right here is a sisterhood.",
"Donald Trump." / a sentence naming him), and none of their candidate pairs is a link. With
--unrelated (by default the development quotation corpus's training texts,
../shared/dev/attributions/train/text, when present), --unrelated-pairs pairs of its
articles, drawn with a fixed seed, add every candidate pair that is not word for word the
same (copied furniture: "ABSTRACT.") as a row with no link, each counted --unrelated-weight
times.

It prints, for leave-one-event-out cross-validation (each event's pairs scored by a model that
never saw that event; the seeds count as one event; the unrelated rows are in every fold's
training), precision and recall at several probability thresholds, and the recall ceiling
(labelled pairs that are candidates at all). With --write it stores the model fitted on
everything in kompare/core/data/link_weights.json.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import alignment_quality as aq  # noqa: E402

from kompare.core import CompareConfig  # noqa: E402
from kompare.core.align import candidates  # noqa: E402
from kompare.core.encoder import load_encoder  # noqa: E402
from kompare.core.evidence import FEATURE_NAMES, LinkModel  # noqa: E402
from kompare.core.ingest import load_document  # noqa: E402
from kompare.core.pipeline import _find_quotes  # noqa: E402
from kompare.core.segment import segment  # noqa: E402

WEIGHTS = ROOT / "kompare" / "core" / "data" / "link_weights.json"
UNRELATED = ROOT.parent / "shared" / "dev" / "attributions" / "train" / "text"


def rows_for(name, path_a, path_b, labels, config, encoder=None):
    """(features, label) for every candidate pair, and the number of labelled pairs."""
    sa, sb = segment(load_document(path_a)), segment(load_document(path_b))
    qa = [(q.start, q.end) for q in _find_quotes(sa)]
    qb = [(q.start, q.end) for q in _find_quotes(sb)]
    gold: dict[tuple[int, int], str] = {}
    for n, row in enumerate(labels):
        ij = (aq._sentence_at(sa, row["a"], f"{name} {n} A"), aq._sentence_at(sb, row["b"], f"{name} {n} B"))
        gold[ij] = row.get("kind", "agreement")
    cands = candidates(sa, sb, config=config, quoted_a=qa, quoted_b=qb, encoder=encoder)
    rows = [(tuple(f), 1 if ij in gold else 0) for ij, f in sorted(cands.features.items())]
    kinds = [gold.get(ij) for ij, _ in sorted(cands.features.items())]
    return rows, gold, kinds


def fit(rows, l2: float = 1.0, iterations: int = 25, weights=None) -> LinkModel:
    """L2-penalised logistic regression by Newton's method; the bias is not penalised.

    ``weights``: how many times each row counts (1 each by default).
    """
    import numpy as np

    x = np.array([(1.0, *f) for f, _ in rows], dtype=float)
    y = np.array([label for _, label in rows], dtype=float)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-9
    beta = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + penalty * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return LinkModel(tuple(round(float(b), 5) for b in beta[1:]), round(float(beta[0]), 5))


def unrelated_rows(folder: Path | None, n_pairs: int, config, encoder=None) -> list:
    """(features, 0) for the candidate pairs of ``n_pairs`` pairs of articles of ``folder``
    (drawn with a fixed seed), but those word for word the same; none when it is absent."""
    import random

    from kompare.core.align.score import PairScore

    files = sorted(Path(folder).glob("*.txt")) if folder and Path(folder).is_dir() else []
    if len(files) < 2 or n_pairs <= 0:
        return []
    rng = random.Random(12345)
    rows = []
    for _ in range(n_pairs):
        a, b = rng.sample(files, 2)
        sa, sb = segment(load_document(a)), segment(load_document(b))
        qa = [(q.start, q.end) for q in _find_quotes(sa)]
        qb = [(q.start, q.end) for q in _find_quotes(sb)]
        cands = candidates(sa, sb, config=config, quoted_a=qa, quoted_b=qb, encoder=encoder)
        if not len(cands.i):
            continue
        copied = cands.columns[PairScore._fields.index("identical")].astype(bool)
        rows.extend((tuple(f), 0) for f in cands.evidence[~copied].tolist())
    return rows


def study(jobs, config, l2: float, encoder, unrelated=(), unrelated_weight: float = 1.0) -> LinkModel:
    """Cross-validate, print the figures, and return the model fitted on everything.

    ``unrelated``: rows of no link from unrelated articles (:func:`unrelated_rows`), in
    every fit, each counted ``unrelated_weight`` times.
    """
    groups: dict[str, list] = {}
    kinds_of: dict[str, list] = {}
    gold_kinds: dict[str, int] = {}
    for group, (name, pa, pb, labels) in jobs:
        rows, gold, kinds = rows_for(name, pa, pb, labels, config, encoder)
        groups.setdefault(group, []).extend(rows)
        kinds_of.setdefault(group, []).extend(kinds)
        for k in gold.values():
            gold_kinds[k] = gold_kinds.get(k, 0) + 1
    all_rows = [r for rs in groups.values() for r in rs]
    total_gold = sum(gold_kinds.values())
    in_cands = sum(y for _, y in all_rows)
    print(f"{len(jobs)} document pairs in {len(groups)} events; {len(all_rows)} candidate pairs; "
          f"{total_gold} labelled pairs, {in_cands} of them candidates (recall ceiling {in_cands / total_gold:.3f}); "
          f"{len(unrelated)} candidate pairs of unrelated articles (weight {unrelated_weight:g})")

    def fit_with(rows):
        return fit(rows + list(unrelated), l2, weights=[1.0] * len(rows) + [unrelated_weight] * len(unrelated))

    scored = []
    for g in groups:
        model = fit_with([r for h, rs in groups.items() if h != g for r in rs])
        scored.extend((model.probability(x), y, k) for (x, y), k in zip(groups[g], kinds_of[g]))
    print("leave-one-event-out cross-validation (recall of agreement+divergence pairs, then all):")
    ad_gold = gold_kinds.get("agreement", 0) + gold_kinds.get("divergence", 0)
    for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        pred = [(y, k) for p, y, k in scored if p >= t]
        tp = sum(y for y, _ in pred)
        ad = sum(1 for y, k in pred if k in ("agreement", "divergence"))
        prec = tp / len(pred) if pred else 1.0
        print(f"  threshold {t:.2f}: predicted {len(pred):4}  tp {tp:4}  precision {prec:.3f}  "
              f"recall a+d {ad / ad_gold:.3f}  recall all {tp / total_gold:.3f}")
    model = fit_with(all_rows)
    print("weights (fitted on all): " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURE_NAMES, model.weights))
          + f", bias {model.bias:+.2f}")
    return model, len(all_rows) + len(unrelated)


def _parser():
    import argparse

    ap = argparse.ArgumentParser(description="Learn the link model's weights from the hand-labelled pairs.")
    ap.add_argument("--triplets", type=Path, default=aq.TRIPLETS, help="the development news triplets' folder")
    ap.add_argument("--l2", type=float, default=1.0, help="the L2 penalty (default 1.0)")
    ap.add_argument("--write", action="store_true", help="store the model in kompare/core/data/link_weights.json")
    ap.add_argument("--lexical-only", action="store_true", help="do not run the paraphrase encoder")
    ap.add_argument("--unrelated", type=Path, default=UNRELATED,
                    help="a folder of unrelated news articles (.txt) whose pairs link nothing")
    ap.add_argument("--unrelated-pairs", type=int, default=120, help="how many pairs of them (default 120)")
    ap.add_argument("--unrelated-weight", type=float, default=0.3, help="how much each of their rows counts (default 0.3)")
    ap.add_argument("overrides", nargs="*", metavar="NAME=VALUE", help="CompareConfig fields for the candidates")
    return ap


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    triplets, l2 = args.triplets, args.l2
    overrides = {}
    for a in args.overrides:
        k, eq, v = a.partition("=")
        if not eq or not hasattr(CompareConfig(), k):
            print(f"not a CompareConfig field: {a!r} (give NAME=VALUE)", file=sys.stderr)
            return 2
        overrides[k] = type(getattr(CompareConfig(), k))(v)
    config = CompareConfig(**overrides)
    if overrides:
        print(f"config: {overrides}")
    jobs = [("seeds", j) for j in aq.seed_jobs()] + [(j[0].split("/")[0], j) for j in aq.triplet_jobs(triplets)]
    out = {
        "_comment": "Logistic link models learned by benchmarks/train_linker.py on hand-labelled "
                    "same-claim pairs (tests/fixtures/alignment_labels.json and triplet_labels/) and "
                    "the candidate pairs of unrelated articles (no link): "
                    "'lexical' when the paraphrase encoder cannot run, 'semantic' when it does.",
        "trained": date.today().isoformat(),
        # The development events it learned from: alignment_quality.py scores the others apart.
        "events": sorted({group for group, _ in jobs} - {"seeds"}),
        "l2": l2,
        "unrelated_pairs": args.unrelated_pairs if args.unrelated and args.unrelated.is_dir() else 0,
        "unrelated_weight": args.unrelated_weight,
    }
    weight = args.unrelated_weight
    print("== lexical (no encoder)")
    unrelated = unrelated_rows(args.unrelated, args.unrelated_pairs, config)
    lexical, n = study(jobs, config, l2, None, unrelated, weight)
    # The lexical model must not lean on features it never sees.
    lexical = LinkModel(tuple(0.0 if name.startswith("semantic") else w
                              for name, w in zip(FEATURE_NAMES, lexical.weights)), lexical.bias)
    out["lexical"] = {**lexical.to_json(), "rows": n}
    encoder = None if args.lexical_only else load_encoder()
    if encoder is None:
        print("\n== semantic: the encoder cannot run here; the lexical model stands in")
        out["semantic"] = out["lexical"]
    else:
        print("\n== semantic (paraphrase encoder)")
        unrelated = unrelated_rows(args.unrelated, args.unrelated_pairs, config, encoder)
        semantic, n = study(jobs, config, l2, encoder, unrelated, weight)
        out["semantic"] = {**semantic.to_json(), "rows": n}
    if args.write:
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        WEIGHTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
