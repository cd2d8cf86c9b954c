"""Which candidate pairs link, and how neighbouring sentences that split a claim group together."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import NamedTuple

from kompare.core.align.boilerplate import kept_copies
from kompare.core.align.pairs import Candidates, candidates
from kompare.core.align.score import PairScore
from kompare.core.config import CompareConfig
from kompare.core.evidence import LinkModel
from kompare.core.model import Range, ReaderLinks, SegmentedDocument
from kompare.core.termsums import round_places


@dataclass(frozen=True)
class Group:
    """A proposed link: sentence ids of A and B, and its score: the highest probability of
    a pair inside it (1.0 for a copied sentence or a shared quotation, which link on that
    alone; the threshold for a sentence linked by its place in an edited copy)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    edited: bool = False  # linked by its place between copied sentences (see _edited_gaps)
    by_reader: bool = False  # holds a pair the reader linked by hand (see ReaderLinks)


class Alignment(NamedTuple):
    """What linking finds: the groups that link, and the near misses.

    ``near``: for each sentence in no group, its candidate pair of highest probability
    under the link threshold, when that reaches ``CompareConfig.near_threshold``
    (``(i, j, probability)``, by ``i`` then ``j``; a pair closest for both its sentences
    is listed once).
    """

    groups: list[Group]
    near: list[tuple[int, int, float]]


def align(a: SegmentedDocument, b: SegmentedDocument, **options) -> list[Group]:
    """Groups of A and B sentences that state the same claim, ordered by A's, then B's, first sentence.

    The options are :func:`alignment`'s.
    """
    return alignment(a, b, **options).groups


def alignment(
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
    reader: ReaderLinks | None = None,
) -> Alignment:
    """The groups that link (see :func:`align`) and each unlinked sentence's near miss.

    ``encoder``: see :func:`candidates`; ``model``: the link model (by default the
    shipped one that suits the encoder's presence); ``quoted_pairs``: sentence pairs
    that quote the same words, which link whatever their score; ``reader``: the pairs the
    reader linked by hand, which link whatever anything says (the groups of those that link
    by the reader's hand alone marked ``by_reader``), and those the reader removed, which
    neither link nor stand as a near miss.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> a = segment(Document("The treaty calls for military assistance without delay. "
    ...                      "Kim hosted a banquet for Putin in Pyongyang."))
    >>> b = segment(Document("The pact calls for military assistance without any delay. Putin praised the banquet."))
    >>> found = alignment(a, b)
    >>> [(g.a, g.b) for g in found.groups], found.near
    ([((0,), (0,))], [(1, 1, 0.491002)])
    """
    np = __import__("numpy")
    cfg = config or CompareConfig()
    cands = candidates(
        a, b, config=cfg, quoted_a=quoted_a, quoted_b=quoted_b, should_cancel=should_cancel, encoder=encoder,
    )
    model = model or LinkModel.load(semantic=encoder is not None)
    na, nb = len(cands.terms.a), len(cands.terms.b)
    # Over arrays, a pair as its code i * nb + j (the candidates come sorted): a long
    # text has a hundred thousand candidate pairs, of which a quarter link.
    codes = cands.i * nb + cands.j
    probs = model.probability_array(cands.matrix())
    identical = _column(cands, "identical")
    quoted = np.array(sorted(i * nb + j for i, j in quoted_pairs), dtype=np.int64)
    forced = identical | _within(codes, quoted)  # (links whatever its probability: a copy, one quotation)
    accept = (probs >= cfg.link_threshold()) | forced
    # A number alone is no shared claim: in two lists whose every line repeats its words
    # ("The orchard yielded 5 crates", "Chips need fridges at level 5") the words weigh
    # nothing and the number everything. (No labelled pair shares only numbers.)
    if len(cands.columns):
        shared = cands.columns[PairScore._fields.index("shared_strong")]
        numbers = cands.columns[PairScore._fields.index("shared_numbers")]
        accept &= (shared > numbers) | (numbers == 0) | forced
    added, removed = _reader_codes(reader, na, nb)
    blocked = _within(codes, removed)
    if len(removed):
        accept &= ~blocked
        probs = np.where(blocked, 0.0, probs)  # (nor a near miss)
    # A sentence found word for word on the other side is that sentence's counterpart:
    # copied text links to its copy, not also to every sentence that resembles it.
    twin_a, twin_b = np.zeros(na, dtype=bool), np.zeros(nb, dtype=bool)
    twin_a[cands.i[identical]] = twin_b[cands.j[identical]] = True
    accept &= identical | ~(twin_a[cands.i] | twin_b[cands.j])
    # Boilerplate copies link in place, or each to its nearest copy (see boilerplate.py).
    dropped, in_place = np.zeros(len(codes), dtype=bool), np.zeros(0, dtype=np.int64)
    if cfg.boilerplate_copies is not None:
        at = np.flatnonzero(accept)
        keep, in_place = kept_copies(cands.i[at], cands.j[at], cands.terms.a.keys, cands.terms.b.keys,
                                     cfg.boilerplate_copies)
        dropped[at] = ~keep
        accept &= ~dropped
        if len(removed):
            in_place = in_place[~_within(in_place, removed)]
    # Quoting the same words links even without shared other words.
    alone = quoted[~_within(quoted, codes)]
    alone = alone[~(twin_a[alone // nb] | twin_b[alone % nb])] if len(alone) else alone
    if len(in_place) and len(alone):
        in_place = in_place[~_within(in_place, alone)]
    # (Copies in place are copies, as the identical pairs are.)
    gaps = _edited_gaps(a, b, np.union1d(codes[identical & ~dropped], in_place),
                        np.concatenate((codes[accept], alone, in_place)), nb)
    if len(removed):
        alone, gaps = alone[~_within(alone, removed)], gaps[~_within(gaps, removed)]
    linked = np.concatenate((codes[accept], alone, in_place, gaps))
    linked_probs = np.concatenate((np.where(forced[accept], 1.0, probs[accept]), np.ones(len(alone) + len(in_place)),
                                   np.full(len(gaps), cfg.link_threshold())))
    # The reader's links, whatever the model says (those it links anyway are its own): with
    # its probability where it weighed the pair, else none (the confidence stays the model's).
    mine = added[~_within(added, np.sort(linked))]
    if len(mine):
        weighed = _within(mine, codes)
        at = np.minimum(np.searchsorted(codes, mine), max(len(codes) - 1, 0))
        linked = np.concatenate((linked, mine))
        linked_probs = np.concatenate((linked_probs, np.where(weighed, probs[at] if len(codes) else 0.0, 0.0)))
    order = np.argsort(linked, kind="stable")
    rare_quote = _column(cands, "rare_quote") & ~blocked  # (a removed pair joins no link as a neighbour)
    groups = _groups(linked[order], linked_probs[order], cands, cfg, probs, rare_quote, (a, b))
    groups = _join_runs(groups, cands, cfg, (a, b))
    if len(mine):
        hand = set(mine.tolist())
        groups = [replace(g, by_reader=True) if any(i * nb + j in hand for i in g.a for j in g.b) else g
                  for g in groups]
    if len(gaps):
        gap = set(gaps.tolist())
        groups = [replace(g, edited=True) if g.a[0] * nb + g.b[0] in gap and len(g.a) == len(g.b) == 1 else g
                  for g in groups]
    # (Under the bar only: a pair over it that the copy rule kept apart is no near miss.)
    near = _near_misses(cands.i, cands.j, probs, groups, (na, nb), cfg.near_threshold(), cfg.link_threshold())
    return Alignment(groups, near)


def _near_misses(
    ci, cj, probs, groups: list[Group], sizes: tuple[int, int], floor: float, bar: float = 1.0,
) -> list[tuple[int, int, float]]:
    """Each sentence in no group: its candidate pair of highest probability, at ``floor`` or
    more and under ``bar``.

    The counterpart may be linked elsewhere. Ties go to the lower sentence id on the other
    side (the same pair seen from either document). ``ci``, ``cj``, ``probs``: the
    candidate pairs and their probabilities.

    >>> np = __import__("numpy")
    >>> ci, cj, p = np.array([0, 0, 1, 2]), np.array([0, 1, 1, 1]), np.array([0.9, 0.4, 0.35, 0.1])
    >>> _near_misses(ci, cj, p, [Group((0,), (0,), 0.9)], (3, 2), 0.3)  # A's 1; B's 1 (A's 0 is linked to B's 0)
    [(0, 1, 0.4), (1, 1, 0.35)]
    """
    np = __import__("numpy")
    linked = [np.zeros(n, dtype=bool) for n in sizes]
    for side, done in enumerate(linked):
        done[np.fromiter(chain.from_iterable(g.a if side == 0 else g.b for g in groups), dtype=np.int64)] = True
    closest = []
    within = (probs >= floor) & (probs < bar)
    for own, other, done in ((ci, cj, linked[0]), (cj, ci, linked[1])):
        at = np.flatnonzero(within & ~done[own])
        at = at[np.lexsort((other[at], -probs[at], own[at]))]  # by sentence, the best first
        first = np.ones(len(at), dtype=bool)
        first[1:] = own[at][1:] != own[at][:-1]
        closest.append(at[first])
    # (The candidates come sorted by A's sentence, then B's: so do their places.)
    chosen = np.unique(np.concatenate(closest))
    return list(zip(ci[chosen].tolist(), cj[chosen].tolist(), round_places(probs[chosen], 6).tolist()))


def _edited_gaps(a: SegmentedDocument, b: SegmentedDocument, copied, linked, nb: int):
    """Pairs ``i * nb + j`` of one unlinked sentence a side between two copied pairs.

    In an edited copy the sentence left between two sentences found word for word on
    both sides is the copy of the one in its place, edited: "More sustainable." / "More
    dislike." share too few words to link by their score. ``copied``: the identical pairs'
    codes, ``linked``: every linked pair's. A pair must share half the words of its shorter
    sentence: a sentence put in place of another is no copy of it.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> a = segment(Document("Kim met Putin in June. More sustainable. Crowds cheered in the square."))
    >>> b = segment(Document("Kim met Putin in June. More dislike. Crowds cheered in the square."))
    >>> np = __import__("numpy")
    >>> _edited_gaps(a, b, np.array([0, 8]), np.array([0, 8]), 3).tolist()
    [4]
    """
    np = __import__("numpy")
    from kompare.core.tokens import tokenize

    na = len(a.sentences)
    if not len(copied) or not nb:
        return np.zeros(0, dtype=np.int64)
    copied_set, linked_a, linked_b = set(copied.tolist()), set((linked // nb).tolist()), set((linked % nb).tolist())
    out = []
    # The pair after each copied pair, and the first pair (a gap at the start of both).
    for i, j in [(0, 0)] + [(c // nb + 1, c % nb + 1) for c in sorted(copied_set)]:
        if i >= na or j >= nb or i in linked_a or j in linked_b:
            continue
        if not ((i + 1 == na and j + 1 == nb) or (i + 1) * nb + (j + 1) in copied_set):
            continue  # (the copied pair after it, or the end of both)
        wa = {t.norm for t in tokenize(a.text, a.sentences[i].start, a.sentences[i].end)}
        wb = {t.norm for t in tokenize(b.text, b.sentences[j].start, b.sentences[j].end)}
        if wa and wb and 2 * len(wa & wb) >= min(len(wa), len(wb)):
            out.append(i * nb + j)
    return np.array(sorted(set(out)), dtype=np.int64)


def _column(cands: Candidates, field: str):
    """The candidates' :class:`~kompare.core.align.score.PairScore` ``field`` as a boolean array."""
    np = __import__("numpy")
    if not len(cands.columns):
        return np.zeros(len(cands.i), dtype=bool)
    return cands.columns[PairScore._fields.index(field)].astype(bool)


def _reader_codes(reader: ReaderLinks | None, na: int, nb: int):
    """The reader's added and removed pairs as sorted codes ``i * nb + j`` (pairs of sentences
    the documents do not have left out: a hand-made link outlives no change of text).

    >>> [c.tolist() for c in _reader_codes(ReaderLinks(frozenset({(1, 2), (9, 0)}), frozenset({(0, 0)})), 3, 4)]
    [[6], [0]]
    """
    np = __import__("numpy")

    def codes(pairs) -> object:
        return np.array(sorted(i * nb + j for i, j in pairs if 0 <= i < na and 0 <= j < nb), dtype=np.int64)

    return (codes(reader.added), codes(reader.removed)) if reader else (codes(()), codes(()))


def _within(values, sorted_values):
    """For each of ``values``: is it among ``sorted_values`` (a sorted array)?

    >>> np = __import__("numpy")
    >>> _within(np.array([3, 5, 9]), np.array([1, 5, 7])).tolist()
    [False, True, False]
    """
    np = __import__("numpy")
    if not len(sorted_values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return sorted_values[at] == values


def _is_heading(doc: SegmentedDocument, k: int) -> bool:
    """Is sentence ``k`` a heading (no mark ends it: a title, a section's heading)?

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> doc = segment(Document("Senate Overrides the Veto\\n\\nThe Senate voted on Wednesday."))
    >>> _is_heading(doc, 0), _is_heading(doc, 1)
    (True, False)
    """
    s = doc.sentences[k]
    return _ENDS.search(doc.text, max(s.start, s.end - 3), s.end) is None


_ENDS = re.compile(r"[.!?:;”\"’'»)\]…]\s*$")


def _groups(linked, linked_probs, cands: Candidates, cfg: CompareConfig, probs, rare_quote, docs=None) -> list[Group]:
    """One link per accepted pair, except where a sentence's claim is split over two neighbours.

    When A's sentence i links to B's j, and B's j+1 (or j-1) carries a further part
    of i that j does not, the three form one link (i)-(j, j+1); the neighbour needs
    only ``split_probability_factor`` of the link threshold, since it is read next
    to the link, or to quote a word with i that no other sentence quotes.  The same the other way round.  A sentence still links to every
    other counterpart.  ``linked``: the accepted pairs as sorted codes ``i * nb + j``, with
    their probabilities ``linked_probs``; ``probs`` holds each candidate pair's (in
    ``cands`` order), ``rare_quote`` whether it quotes a word no other sentence quotes.
    A headline and the sentence after it are not one claim split in two: each links on its
    own (``docs``: the two segmented documents, where headings are read).
    """
    np = __import__("numpy")
    ta, tb, weak = cands.terms.a.unigrams, cands.terms.b.unigrams, cands.weights.weak if cands.weights else None
    na, nb = len(cands.terms.a), len(cands.terms.b)
    floor = cfg.link_threshold() * cfg.split_probability_factor
    codes = cands.i * nb + cands.j
    li, lj = (linked // nb, linked % nb) if nb else (linked, linked)
    # Which neighbour pair may join each link, as far as it is known before the merges
    # (B's j + 1, j - 1, then A's i + 1, i - 1, as they are tried): a candidate pair that
    # links too, comes near the threshold or quotes a rare word with it.
    steps = ((1, lj + 1 < nb), (-1, lj > 0), (nb, li + 1 < na), (-nb, li > 0))
    may = np.zeros((len(linked), 4), dtype=bool)
    for d, (step, inside) in enumerate(steps):
        other = linked + step
        found = inside & _within(other, codes)
        at = np.searchsorted(codes, other[found])
        may[found, d] = _within(other[found], linked) | ~(probs[at] < floor) | rare_quote[at]
    groups: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    merged: dict[int, int] = {}  # a pair merged into a link -> the place of the link's pair
    for n in np.flatnonzero(may.any(axis=1)).tolist():  # (in order: the first to claim a neighbour has it)
        code = int(linked[n])
        if code in merged:
            continue
        i, j = divmod(code, nb)
        for d in np.flatnonzero(may[n]).tolist():
            other = code + steps[d][0]
            if other in merged:
                continue
            k, whole, part1, part2 = (
                (other % nb, (ta, i), (tb, j), (tb, other % nb)) if d < 2 else (other // nb, (tb, j), (ta, i), (ta, other // nb))
            )
            if _complementary(*(rows.row(m) for rows, m in (whole, part1, part2)), weak, cfg):
                at = int(np.searchsorted(linked, other))
                joined = float(linked_probs[at]) if at < len(linked) and linked[at] == other else 0.0
                p = max(float(linked_probs[n]), joined)
                side, near = (1, j) if d < 2 else (0, i)
                if docs is not None and (_is_heading(docs[side], near) or _is_heading(docs[side], k)):
                    # A headline and the lede each carry the claim (many to many): two links,
                    # each diffed on its own, not one whose diff reads the two as one text.
                    for pair in (((i,), (j,)), ((i,), (k,)) if d < 2 else ((k,), (j,))):
                        groups[pair] = p
                else:
                    groups[((i,), tuple(sorted((j, k)))) if d < 2 else (tuple(sorted((i, k))), (j,))] = p
                merged[code] = merged[other] = n
                break
    # Every other accepted pair links alone (unless an earlier link took it in).
    place = np.arange(len(linked))
    taken = place + 1  # where each pair went into a link (past its own place: not before it)
    if merged:
        code, by = (np.array(list(x), dtype=np.int64) for x in (merged, merged.values()))
        at = np.minimum(np.searchsorted(linked, code), len(linked) - 1)
        found = linked[at] == code
        taken[at[found]] = by[found]
    alone = taken > place
    # Each link as its first and last sentence a side, and its probability.
    columns = [(li[alone], li[alone], lj[alone], lj[alone], linked_probs[alone])]
    if groups:
        rows = [(ga[0], ga[-1], gb[0], gb[-1], p) for (ga, gb), p in groups.items()]
        columns.append(tuple(np.array(c) for c in zip(*rows)))
    a0, a1, b0, b1, p = (np.concatenate(c) for c in zip(*columns))
    # By A's sentences, then B's, as tuples: (i,) before (i, i + 1).
    order = np.lexsort((np.where(b1 > b0, b1, -1), b0, np.where(a1 > a0, a1, -1), a0))
    a0, a1, b0, b1 = (x[order].tolist() for x in (a0, a1, b0, b1))
    scores = round_places(p[order], 6).tolist()
    return [
        Group((x,) if x == y else (x, y), (u,) if u == v else (u, v), s) for x, y, u, v, s in zip(a0, a1, b0, b1, scores)
    ]


def _join_runs(groups: list[Group], cands: Candidates, cfg: CompareConfig, docs) -> list[Group]:
    """Join into one link the links of one sentence to a run of neighbours of the other side
    (``split_run_sentences`` or more), each carrying a part of it that none of the others
    carries (``split_run_part_terms`` content terms).

    One outlet prints a quotation as one sentence, the other as one line per clause ("We
    will bring back our jobs. We will bring back our borders. ..."): each line links on its
    own, with one word of its own, too few for :func:`_complementary`; read together they
    are the sentence. Only links already made join (a neighbour is never added), a heading
    never joins, and two neighbours stay with :func:`_groups`' rule.

    >>> from kompare.core.model import Document
    >>> from kompare.core.segment import segment
    >>> a = segment(Document("He said: “We will bring back our jobs, we will bring back our borders, "
    ...                      "we will bring back our wealth and we will bring back our dreams.”"))
    >>> b = segment(Document("“We will bring back our jobs. We will bring back our borders. "
    ...                      "We will bring back our wealth. And we will bring back our dreams.”"))
    >>> [(g.a, g.b) for g in alignment(a, b).groups]
    [((0,), (0, 1, 2, 3))]
    """
    weak = cands.weights.weak if cands.weights else None
    rows = (cands.terms.a.unigrams, cands.terms.b.unigrams)
    # The runs of each side, found on the same links: a link in runs of both sides joins
    # neither (either way round, the same links join: compare(b, a) mirrors compare(a, b)).
    found: list[tuple[list[Group], Group]] = []
    for side in (0, 1):  # (the side of the run)
        whole_of = (lambda g: g.b) if side == 0 else (lambda g: g.a)
        run_of = (lambda g: g.a) if side == 0 else (lambda g: g.b)
        by_whole: dict[int, list[Group]] = {}
        for g in groups:
            if len(whole_of(g)) == 1 and not g.edited:
                by_whole.setdefault(whole_of(g)[0], []).append(g)
        for whole, links in by_whole.items():
            if sum(len(run_of(g)) for g in links) < cfg.split_run_sentences:
                continue  # (too few sentences to make a run: most links, on a long pair)
            links.sort(key=lambda g: run_of(g))
            chains: list[list[Group]] = []
            for g in links:
                if chains and run_of(g)[0] == run_of(chains[-1][-1])[-1] + 1:
                    chains[-1].append(g)
                else:
                    chains.append([g])
            for joining in _runs(chains, run_of, docs[side], cfg.split_run_sentences):
                run = tuple(k for c in joining for k in run_of(c))
                parts = [rows[side].row(k) for k in run]
                if _each_carries_a_part(rows[1 - side].row(whole), parts, weak, cfg.split_run_part_terms):
                    score = max(c.score for c in joining)
                    found.append((joining, Group(run, (whole,), score) if side == 0 else Group((whole,), run, score)))
    if not found:
        return groups
    claims = Counter(id(c) for members, _ in found for c in members)
    joined = {id(c): one for members, one in found if all(claims[id(c)] == 1 for c in members) for c in members}
    if not joined:
        return groups
    seen: set[int] = set()
    out = []
    for g in groups:
        one = joined.get(id(g), g)
        if id(one) not in seen:
            seen.add(id(one))
            out.append(one)
    return sorted(out, key=lambda g: (g.a, g.b))


def _runs(chains, run_of, doc: SegmentedDocument, least: int):
    """The chains cut at their links that hold a heading (a heading breaks a run: it stays a
    link of its own), the pieces of ``least`` sentences or more."""
    for links in chains:
        if sum(len(run_of(g)) for g in links) < least:
            continue  # (most chains: no heading need be read)
        piece: list[Group] = []
        for g in [*links, None]:
            if g is None or any(_is_heading(doc, k) for k in run_of(g)):
                if sum(len(run_of(p)) for p in piece) >= least:
                    yield piece
                piece = []
            else:
                piece.append(g)


def _each_carries_a_part(whole, parts, weak, need: int) -> bool:
    """Does each of ``parts`` share with ``whole`` ``need`` strong terms no other part shares with it?

    The three are rows of unigram ids (sorted); ``weak``: a boolean per term id.
    """
    np = __import__("numpy")
    shared = []
    for part in parts:
        both = np.intersect1d(whole, part, assume_unique=True)
        shared.append(set((both[~weak[both]] if weak is not None else both).tolist()))
    return all(len(s - set().union(*(t for k, t in enumerate(shared) if k != n))) >= need for n, s in enumerate(shared))


def _complementary(whole, part1, part2, weak, cfg: CompareConfig) -> bool:
    """Do two neighbouring sentences each carry a part of ``whole`` the other does not
    (``split_part_terms`` content terms each)? See :func:`_each_carries_a_part`."""
    return _each_carries_a_part(whole, (part1, part2), weak, cfg.split_part_terms)
