"""Which candidate pairs link, and how neighbouring sentences that split a claim group together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kompare.core.align.pairs import Candidates, candidates
from kompare.core.config import CompareConfig
from kompare.core.evidence import LinkModel
from kompare.core.model import Range, SegmentedDocument


@dataclass(frozen=True)
class Group:
    """A proposed link: sentence ids of A and B, and the best pair score inside it."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


def align(
    a: SegmentedDocument,
    b: SegmentedDocument,
    *,
    config: CompareConfig | None = None,
    quoted_a: Sequence[Range] = (),
    quoted_b: Sequence[Range] = (),
    should_cancel: Callable[[], bool] | None = None,
    encoder=None,
    model: LinkModel | None = None,
    quoted_pairs: set[tuple[int, int]] = frozenset(),
) -> list[Group]:
    """Groups of A and B sentences that state the same claim, ordered by A's, then B's, first sentence.

    ``encoder``: see :func:`candidates`; ``model``: the link model (by default the
    shipped one that suits the encoder's presence); ``quoted_pairs``: sentence pairs
    that quote the same words, which link whatever their score.
    """
    cfg = config or CompareConfig()
    cands = candidates(
        a, b, config=cfg, quoted_a=quoted_a, quoted_b=quoted_b, should_cancel=should_cancel, encoder=encoder,
    )
    model = model or LinkModel.load(semantic=encoder is not None)
    threshold = cfg.link_threshold()
    probs = dict(zip(cands.pairs, model.probabilities(cands.matrix())))
    identical, rare_quote = cands.where("identical"), cands.where("rare_quote")
    accepted: dict[tuple[int, int], float] = {}
    twins_a: set[int] = set()
    twins_b: set[int] = set()
    for (i, j), prob in probs.items():
        same = (i, j) in identical
        if prob >= threshold or same or (i, j) in quoted_pairs:
            accepted[(i, j)] = prob
        if same:
            twins_a.add(i)
            twins_b.add(j)
    # A sentence found word for word on the other side is that sentence's counterpart:
    # copied text links to its copy, not also to every sentence that resembles it.
    accepted = {
        (i, j): p for (i, j), p in accepted.items()
        if (i, j) in identical or (i not in twins_a and j not in twins_b)
    }
    for i, j in quoted_pairs:  # quoting the same words links even without shared other words
        if (i, j) not in probs and i not in twins_a and j not in twins_b:
            accepted[(i, j)] = 1.0
    return _groups(accepted, cands, cfg, probs, rare_quote)


def _groups(accepted: dict[tuple[int, int], float], cands: Candidates, cfg: CompareConfig, probs: dict, rare_quote: set) -> list[Group]:
    """One link per accepted pair, except where a sentence's claim is split over two neighbours.

    When A's sentence i links to B's j, and B's j+1 (or j-1) carries a further part
    of i that j does not, the three form one link (i)-(j, j+1); the neighbour needs
    only ``split_probability_factor`` of the link threshold, since it is read next
    to the link, or to quote a word with i that no other sentence quotes.  The same the other way round.  A sentence still links to every
    other counterpart.  ``probs`` maps each candidate pair to the model's probability;
    ``rare_quote``: the candidate pairs that quote a word no other sentence quotes.
    """
    groups: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    merged: set[tuple[int, int]] = set()
    ta, tb, weak = cands.terms.a.unigrams, cands.terms.b.unigrams, cands.weights.weak if cands.weights else None
    na, nb = len(cands.terms.a), len(cands.terms.b)
    floor = cfg.link_threshold() * cfg.split_probability_factor

    def joins(pair: tuple[int, int], whole, part1, part2) -> bool:
        """May ``pair`` join a link as its neighbour? ``whole``, ``part1``, ``part2``: (rows, sentence)."""
        if pair in merged or pair not in probs:
            return False
        if pair not in accepted and probs[pair] < floor and pair not in rare_quote:
            return False  # (quoting a word no other sentence quotes is enough next to a link)
        return _complementary(*(rows.row(n) for rows, n in (whole, part1, part2)), weak, cfg)

    for (i, j), prob in sorted(accepted.items()):
        if (i, j) in merged:
            continue
        group = None
        for k in (j + 1, j - 1):  # split on B's side
            if 0 <= k < nb and joins((i, k), (ta, i), (tb, j), (tb, k)):
                group, other = ((i,), tuple(sorted((j, k)))), (i, k)
                break
        if group is None:
            for k in (i + 1, i - 1):  # split on A's side
                if 0 <= k < na and joins((k, j), (tb, j), (ta, i), (ta, k)):
                    group, other = (tuple(sorted((i, k))), (j,)), (k, j)
                    break
        if group is None:
            groups[((i,), (j,))] = prob
            continue
        groups[group] = max(prob, accepted.get(other, 0.0))
        merged.update({(i, j), other})
    out = [Group(ga, gb, round(p, 6)) for (ga, gb), p in groups.items()]
    out.sort(key=lambda g: (g.a, g.b))
    return out


def _complementary(whole, part1, part2, weak, cfg: CompareConfig) -> bool:
    """Do two neighbouring sentences each carry a part of ``whole`` the other does not?

    The three are rows of unigram ids (sorted); ``weak``: a boolean per term id.
    """
    np = __import__("numpy")

    def shared(part) -> set[int]:
        both = np.intersect1d(whole, part, assume_unique=True)
        return set(both[~weak[both]].tolist())

    s1, s2 = shared(part1), shared(part2)
    only1, only2 = s1 - s2, s2 - s1
    need = cfg.split_part_terms
    return len(only1) >= need and len(only2) >= need
