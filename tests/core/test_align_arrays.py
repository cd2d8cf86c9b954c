"""The aligner's array arithmetic gives the very floats of its pair-by-pair reference."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompare.core.align.table import _TermTable, _score_pairs
from kompare.core.align.terms import TermWeights, pair_terms
from kompare.core.config import CompareConfig
from kompare.core.ingest import load_document
from kompare.core.model import Document
from kompare.core.pipeline import _find_quotes
from kompare.core.segment import segment
from tests.core.align_reference import Weights, candidate_pairs, pair_score, quick_scores_each, score_pair, sentence_terms

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("00*.txt"))


def segmented(path, again: str = ""):
    """A seed file segmented, with ``again`` (sentences said again) added at its end."""
    doc = load_document(path)
    return segment(Document(doc.text + "\n\n" + again)) if again else segment(doc)


def pair_of(pa, pb, again_a: int = 0, again_b: int = 0):
    """The terms of two seeds (A's first ``again_*`` sentences said again at the end of A, of B),
    their views as sets, and the reference weights."""
    first = segment(load_document(pa))
    said = lambda k: "\n\n".join(first.sentence_text(n) for n in range(k))  # noqa: E731
    a, b = segmented(pa, said(again_a)), segmented(pb, said(again_b))
    quoted = lambda seg: [(q.start, q.end) for q in _find_quotes(seg)]  # noqa: E731
    terms = pair_terms(a, b, quoted(a), quoted(b))
    ta, tb = terms.sentences("a"), terms.sentences("b")
    return terms, ta, tb, Weights(ta, tb)


def test_the_term_rows_are_the_sentence_terms():
    a, b = segment(load_document(SEEDS[1])), segment(load_document(SEEDS[3]))
    qa, qb = ([(q.start, q.end) for q in _find_quotes(s)] for s in (a, b))
    terms = pair_terms(a, b, qa, qb)
    strip = lambda sts: [replace(st, key="") for st in sts]  # noqa: E731
    assert strip(terms.sentences("a")) == strip(sentence_terms(a, qa)) and terms.sentences("a")
    assert strip(terms.sentences("b")) == strip(sentence_terms(b, qb))


@pytest.mark.parametrize("pa, pb", [(SEEDS[0], SEEDS[1]), (SEEDS[1], SEEDS[3]), (SEEDS[2], SEEDS[4])])
def test_scores_over_arrays_equal_scores_pair_by_pair(pa, pb):
    terms, ta, tb, w = pair_of(pa, pb, again_a=3)  # sentences said twice: identical keys among the pairs
    table = _TermTable(terms, TermWeights(terms))
    wa, wb = table.totals("a"), table.totals("b")
    assert wa == [w.total(x) for x in ta] and wb == [w.total(y) for y in tb]
    pairs = sorted(candidate_pairs(ta, tb, w, CompareConfig()) | {i * len(tb) + j for i in range(3) for j in range(3)})
    ii, jj = np.divmod(np.array(pairs, dtype=np.int64), len(tb))
    expected = [score_pair(ta[i], tb[j], w, wa[i], wb[j]) for i, j in zip(ii.tolist(), jj.tolist())]
    assert _score_pairs(ii, jj, table, (wa, wb)) == expected
    assert [p.score for p in expected] == [pair_score(ta[i], tb[j], w, wa[i], wb[j]) for i, j in zip(ii.tolist(), jj.tolist())]
    shared = table.shared_weight(ii, jj)
    assert len(shared) == len(pairs) and (shared >= 0).all()


@pytest.mark.parametrize("keep_zero, slice_of", [(False, None), (True, None), (False, 7)])
def test_quick_scores_keep_what_pair_score_keeps(keep_zero, slice_of, monkeypatch):
    from kompare.core.align import table as table_module
    from kompare.core.align.table import _quick_scores

    if slice_of:  # the codes worked on a few at a time: the same scores
        monkeypatch.setattr(table_module, "_QUICK_PAIRS", slice_of)

    terms, ta, tb, w = pair_of(SEEDS[1], SEEDS[3])
    table = _TermTable(terms, TermWeights(terms))
    wa, wb = table.totals("a"), table.totals("b")
    heading_a = [n % 7 == 0 for n in range(len(ta))]  # some headings, to be left out
    heading_b = [n % 5 == 0 for n in range(len(tb))]
    codes = sorted(candidate_pairs(ta, tb, w, CompareConfig()))
    expected_arrays = quick_scores_each(codes, ta, tb, w, (wa, wb), (heading_a, heading_b), keep_zero, None)
    expected = list(zip(*(x.tolist() for x in expected_arrays)))
    ii, jj, vv, shared = _quick_scores(codes, table, (wa, wb), (heading_a, heading_b), keep_zero, None)
    assert shared.tolist() == table.shared_weight(ii, jj).tolist()
    assert list(zip(ii.tolist(), jj.tolist(), vv.tolist())) == expected and expected


@pytest.mark.parametrize("crossed_at_once", [None, 5])
def test_candidate_codes_are_the_candidate_pairs(crossed_at_once, monkeypatch):
    from kompare.core.align import candidate_codes, seed

    if crossed_at_once:  # the postings crossed a few pairs at a time: the same codes
        monkeypatch.setattr(seed, "_CROSS_PAIRS", crossed_at_once)

    for pa, pb in [(SEEDS[0], SEEDS[1]), (SEEDS[1], SEEDS[3])]:
        # Sentences said two and three times: crosses of identical keys.
        terms, ta, tb, w = pair_of(pa, pb, again_a=4, again_b=2)
        assert len(set(terms.a.keys.tolist()) & set(terms.b.keys.tolist()) - {0}) >= 2
        for config in (CompareConfig(), CompareConfig(max_seed_pairs_per_term=4)):
            expected = sorted(candidate_pairs(ta, tb, w, config))
            assert candidate_codes(terms, TermWeights(terms, config), config).tolist() == expected and expected


def test_a_budget_of_crossings_seeds_with_the_rarest_terms_only():
    from kompare.core.align import candidate_codes, seed

    terms, ta, tb, w = pair_of(SEEDS[0], SEEDS[1], again_a=4, again_b=2)
    tw = TermWeights(terms, CompareConfig())
    pairs = tw.count_a * (tw.df - tw.count_a)
    seeding = pairs[(pairs > 0) & (pairs <= CompareConfig().max_seed_pairs_per_term) & ~tw.weak]
    tight = CompareConfig(max_seed_crossings=int(seeding.sum()) // 2)  # half the crossings
    full = set(candidate_codes(terms, tw, CompareConfig()).tolist())
    kept = set(candidate_codes(terms, tw, tight).tolist())
    assert kept < full
    # What is kept is what the terms pairing at most some number of sentences make...
    limit = seed._within_budget(seeding, tight.max_seed_crossings)
    assert 1 <= limit < tight.max_seed_pairs_per_term
    assert seeding[seeding <= limit].sum() <= tight.max_seed_crossings < seeding[seeding <= limit + 1].sum()
    assert sorted(kept) == sorted(candidate_pairs(ta, tb, w, replace(tight, max_seed_pairs_per_term=limit)))
    # ...and a sentence said on both sides stays a candidate pair whatever the budget.
    nb = len(terms.b)
    copies = {i * nb + j for i, x in enumerate(terms.a.keys.tolist()) for j, y in enumerate(terms.b.keys.tolist())
              if x == y != 0}
    assert copies and copies <= set(candidate_codes(terms, tw, replace(tight, max_seed_crossings=0)).tolist())


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.tuples(st.integers(0, 7), st.integers(0, 7)), st.sampled_from([0.0, 0.25, 0.5, 1.0, 0.3333]), max_size=40))
def test_ranks_over_arrays_count_the_strictly_better_values(values):
    from kompare.core.align.ranks import _ranks

    def rank(i, j, v, same):
        return 1 + sum(1 for (k, l), w in values.items() if same(i, j, k, l) and w > v)

    expected_a = {(i, j): rank(i, j, v, lambda i, j, k, l: k == i) for (i, j), v in values.items()}
    expected_b = {(i, j): rank(i, j, v, lambda i, j, k, l: l == j) for (i, j), v in values.items()}
    assert _ranks(values) == (expected_a, expected_b)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.tuples(st.integers(0, 5), st.integers(0, 5)), st.sampled_from([0.0, 0.25, 0.5, 1.0]), max_size=30))
def test_mutual_best_over_arrays_is_each_ones_only_best(values):
    from kompare.core.align import PairScore
    from kompare.core.align.ranks import _mutual_best

    def only_best(pair, same):
        v = values[pair]
        return all(w < v for other, w in values.items() if other != pair and same(other))

    expected = {(i, j) for i, j in values if only_best((i, j), lambda o: o[0] == i) and only_best((i, j), lambda o: o[1] == j)}
    assert _mutual_best({k: PairScore(v, v, v, 1, True) for k, v in values.items()}) == expected


def test_scoring_over_arrays_can_be_cancelled():
    from kompare.core.errors import Cancelled

    terms, ta, tb, w = pair_of(SEEDS[1], SEEDS[3])
    table = _TermTable(terms, TermWeights(terms), should_cancel=lambda: True)
    codes = sorted(candidate_pairs(ta, tb, w, CompareConfig()))
    ii, jj = np.divmod(np.array(codes, dtype=np.int64), len(tb))
    with pytest.raises(Cancelled):
        table.shared_weight(ii, jj)


def _features_pair_by_pair(cands, cosine=None) -> dict:
    """The features as the aligner worked them out one pair at a time (the reference)."""
    from kompare.core.align.features import _log1p
    from kompare.core.align.ranks import _mutual_best, _ranks
    from kompare.core.evidence import Features

    ta, tb, scored = cands.terms.sentences("a"), cands.terms.sentences("b"), cands.scores
    w = Weights(ta, tb)
    wa, wb = [w.total(x) for x in ta], [w.total(y) for y in tb]
    lower_a, lower_b = frozenset().union(*(s.lower for s in ta)), frozenset().union(*(s.lower for s in tb))
    once = {t for t, ca in w.count_a.items() if ca == 1 and w.df[t] == 2 and t not in w.weak}
    rank_a, rank_b = _ranks({ij: p.score for ij, p in scored.items()})
    best = _mutual_best(scored)
    out = {}
    for (i, j), p in scored.items():
        ra, rb = 1.0 / rank_a[(i, j)], 1.0 / rank_b[(i, j)]
        out[(i, j)] = Features(
            dice=p.dice, containment=p.containment,
            cover_low=round(p.containment * min(wa[i], wb[j]) / max(wa[i], wb[j]), 9) if max(wa[i], wb[j]) else 0.0,
            strong=_log1p(p.shared_strong), words=_log1p(p.shared_words),
            names=_log1p(len((ta[i].capitalised - lower_a) & (tb[j].capitalised - lower_b))),
            numbers=_log1p(p.shared_numbers), phrases=_log1p(p.shared_phrases), quoted=_log1p(p.shared_quoted),
            rare=1.0 if (p.rare_phrase or p.rare_quote) else 0.0, rank=(ra + rb) / 2, rank_low=min(ra, rb),
            mutual=1.0 if (i, j) in best else 0.0, identical=1.0 if p.identical else 0.0,
            neighbours=max((scored[k].dice for k in ((i - 1, j - 1), (i + 1, j + 1)) if k in scored), default=0.0),
            short=1.0 if p.fewer_terms <= 4 else 0.0, exclusive=_log1p(len(ta[i].unigrams & tb[j].unigrams & once)),
            top=1.0 if i < 3 and j < 3 and min(len(ta), len(tb)) >= 10 else 0.0,
            position=1.0 - abs(i / len(ta) - j / len(tb)), semantic=0.0, semantic_rank=0.0,
        )
    return out


@pytest.mark.parametrize("pa, pb", [(SEEDS[0], SEEDS[1]), (SEEDS[1], SEEDS[3]), (SEEDS[2], SEEDS[4])])
def test_features_and_probabilities_over_arrays_equal_them_pair_by_pair(pa, pb):
    from kompare.core.align import candidates
    from kompare.core.evidence import LinkModel

    a, b = segment(load_document(pa)), segment(load_document(pb))
    cands = candidates(a, b, quoted_a=[(q.start, q.end) for q in _find_quotes(a)],
                       quoted_b=[(q.start, q.end) for q in _find_quotes(b)])
    expected = _features_pair_by_pair(cands)
    assert list(cands.features.items()) == list(expected.items()) and expected
    model = LinkModel.load()
    assert model.probabilities(cands.matrix()) == [model.probability(f) for f in expected.values()]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.tuples(st.integers(0, 6), st.integers(0, 6)), st.sampled_from([0.0, 0.25, 0.5, 1.0]), max_size=40),
       st.integers(1, 3))
def test_best_few_keeps_each_sentences_k_best_ties_to_the_lower_number(values, k):
    from kompare.core.align.ranks import _best_few

    pairs = sorted(values)
    ii, jj = (np.array([p[side] for p in pairs], dtype=np.int64) for side in (0, 1))
    v = np.array([values[p] for p in pairs])

    def best(side: int) -> set:
        out = set()
        for s in {p[side] for p in pairs}:
            mine = sorted((p for p in pairs if p[side] == s), key=lambda p: (-values[p], p[1 - side]))
            out.update(mine[:k])
        return out

    got_i, got_j = _best_few(ii, jj, [v], k)
    assert list(zip(got_i.tolist(), got_j.tolist())) == sorted(best(0) | best(1))


def _terms_word_by_word(seg, quoted) -> list:
    """Each sentence's terms as sets, word by word from tokenize (the reference of pair_terms)."""
    from kompare.core.tokens import is_content, tokenize

    out = []
    for s in seg.sentences:
        words = tokenize(seg.text, s.start, s.end)
        content = [t for t in words if is_content(t.norm)]
        unigrams = {t.stem for t in content}
        out.append((
            unigrams,
            {f"{x.stem}_{y.stem}" for x, y in zip(content, content[1:])},
            {t.stem for t in content if any(a <= t.start and t.end <= b for a, b in quoted)},
            {t.stem for t in content if seg.text[t.start].islower()},
            {t.stem for t in words if seg.text[t.start].isupper()} & unigrams,
            " ".join(t.norm for t in words),
        ))
    return out


@pytest.mark.parametrize("pa, pb", [(SEEDS[0], SEEDS[1]), (SEEDS[2], SEEDS[4])])
def test_the_term_rows_hold_each_sentences_words(pa, pb):
    short = segment(Document("Kim said “we will win.” THE Kim family won. " * 3))  # a short text: scanned apart
    for a, b in ((segmented(pa), segmented(pb)), (short, segmented(pb))):
        qa, qb = ([(q.start, q.end) for q in _find_quotes(s)] for s in (a, b))
        terms = pair_terms(a, b, qa, qb)
        assert terms.terms == sorted(set(terms.terms))  # ids in the terms' sorted order, each term once
        for side, seg, quoted in (("a", a, qa), ("b", b, qb)):
            expected = _terms_word_by_word(seg, quoted)
            got = [(set(t.unigrams), set(t.phrases), set(t.quoted), set(t.lower), set(t.capitalised)) for t in terms.sentences(side)]
            assert got == [e[:5] for e in expected] and got
            keys = [e[5] for e in expected]
            ids = getattr(terms, side).keys.tolist()
            assert all((ids[m] == ids[n]) == (keys[m] == keys[n] and keys[m] != "") for m in range(len(ids)) for n in range(len(ids)) if m != n)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("ab0-^~é_Z", max_size=4).map(lambda s: s.replace("_", "")), min_size=1, max_size=12, unique=True),
       st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=30))
def test_terms_sort_as_strings_though_only_stems_are_compared(stems, pairs):
    from kompare.core.align.terms import _sorted_order

    codes = sorted({f << 32 | s for f, s in pairs if f < len(stems) and s < len(stems)})
    names = stems + [stems[c >> 32] + "_" + stems[c & 0xFFFFFFFF] for c in codes]
    assert [names[k] for k in _sorted_order(stems, np.array(codes, dtype=np.int64)).tolist()] == sorted(names)


@pytest.mark.parametrize("text", ["Kim MET É ß ǅ \udc80 Σσ 3x", "", "a" * 5 + "B"])
def test_cases_read_as_code_points_are_str_methods(text, monkeypatch):
    from kompare.core.align import terms

    monkeypatch.setattr(terms, "_CODE_SLICE", 3)  # slices cut anywhere
    places = np.array([k for k in range(len(text))][::-1], dtype=np.int64)  # (in any order)
    lower, upper = terms._cases(text, places)
    assert lower.tolist() == [text[k].islower() for k in places.tolist()]
    assert upper.tolist() == [text[k].isupper() for k in places.tolist()]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.sampled_from([0.0, -0.0, 0.25, 0.5, 1.0, 3.0])), max_size=40))
def test_ranks_count_the_greater_values_of_each_group(rows):
    from kompare.core.align.ranks import _mutual_in, _rank_in

    group = np.array([g for g, _ in rows], dtype=np.int64)
    v = np.array([x for _, x in rows], dtype=float)
    assert _rank_in(group, v).tolist() == [1 + sum(h == g and y > x for h, y in rows) for g, x in rows]
    other = np.array([len(rows) - n for n in range(len(rows))], dtype=np.int64)
    best = [sum(h == g and y >= x for h, y in rows) == 1 for g, x in rows]  # the only best of its group
    assert _mutual_in(group, other, v).tolist() == best  # (every pair alone in its other group)


@pytest.mark.parametrize("sensitivity", [0.0, 0.5, 1.0])
def test_the_links_chosen_over_arrays_are_those_chosen_pair_by_pair(sensitivity):
    import random

    from kompare.core.align import align, candidates
    from kompare.core.evidence import LinkModel
    from tests.core.align_reference import select_each

    cfg = CompareConfig(sensitivity=sensitivity)
    rnd = random.Random(7)
    split = segment(Document("Kim met Putin in Pyongyang on Tuesday. The two leaders signed a defence treaty. "
                             "Rain fell. Kim met Putin in Pyongyang and they signed a defence treaty. Rain fell."))
    pairs = [(segmented(SEEDS[0]), segmented(SEEDS[1])), (segmented(SEEDS[2]), segmented(SEEDS[4])), (split, split)]
    links = merges = 0
    for a, b in pairs:
        cands = candidates(a, b, config=cfg)
        probs = LinkModel.load().probabilities(cands.matrix())
        quoted = {(rnd.randrange(len(a.sentences)), rnd.randrange(len(b.sentences))) for _ in range(6)}
        for quoted_pairs in (set(), quoted):
            expected = select_each(cands, probs, cfg, quoted_pairs, (a, b))
            assert align(a, b, config=cfg, quoted_pairs=quoted_pairs) == expected
            links += len(expected)
            merges += sum(len(g.a) + len(g.b) > 2 for g in expected)
    assert links and (merges or sensitivity == 0.0)  # (some split claims among them)
