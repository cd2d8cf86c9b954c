"""Word-level diff inside one link: which words agree and which differ.

Runs difflib on word stems (never on whole documents, never character by
character: difflib is quadratic at worst) with ``autojunk=False``, since its
junk heuristic hides frequent words in long passages. A link too long or too
repetitive for difflib (a megabyte with no full stop) is cut first at words
found once on each side, so the diff stays near linear and every span still
maps to words.

>>> a = "Putin said it would be a very big mistake."
>>> b = "Putin warned it would be a big mistake."
>>> [(s.op.value, a[s.a[0]:s.a[1]], b[s.b[0]:s.b[1]]) for s in word_diff(a, [(0, len(a))], b, [(0, len(b))])]
[('equal', 'Putin', 'Putin'), ('replace', 'said', 'warned'), ('equal', 'it would be a', 'it would be a'), ('delete', 'very', ''), ('equal', 'big mistake', 'big mistake')]
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Container, Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from kompare.core.config import CompareConfig
from kompare.core.model import Op, Range, Span
from kompare.core.tokens import STOPWORDS, Token, is_number_word, tokenize


def link_tokens(text: str, ranges: Sequence[Range]) -> list[Token]:
    """The words of the given ranges (a link's sentences), in order."""
    out: list[Token] = []
    for s, e in ranges:
        out.extend(tokenize(text, s, e))
    return out


def word_diff(text_a: str, ranges_a: Sequence[Range], text_b: str, ranges_b: Sequence[Range]) -> list[Span]:
    """Diff the words of ``ranges_a`` in A against those of ``ranges_b`` in B."""
    return diff_tokens(link_tokens(text_a, ranges_a), link_tokens(text_b, ranges_b))


def diff_tokens(ta: Sequence[Token], tb: Sequence[Token], *, config: CompareConfig | None = None) -> list[Span]:
    """Spans for two word lists; equal words compare by stem (shells = shell).

    A link of news sentences goes to difflib whole. A long one (``diff_exact_words``), or
    one whose words repeat so much that difflib would compare too many pairs
    (``diff_exact_pairs``), is first cut at words found once on each side, as patience
    diff does; difflib then only sees small gaps and windows.
    """
    return word_spans(ta, tb, word_ops([t.stem for t in ta], [t.stem for t in tb], config=config))


#: One operation of a word diff: difflib's tag and the word indices ``i1:i2`` in A, ``j1:j2`` in B.
WordOp = tuple[str, int, int, int, int]


def word_ops(sa: Sequence[str], sb: Sequence[str], *, config: CompareConfig | None = None) -> list[WordOp]:
    """The word diff of two lists of stems (see :func:`diff_tokens`) as word indices.

    No operation is empty, and equal and unequal ones alternate: :func:`word_spans` makes
    them the spans, one each.

    >>> word_ops("kim met putin".split(), "kim saw putin today".split())
    [('equal', 0, 1, 0, 1), ('replace', 1, 2, 1, 2), ('equal', 2, 3, 2, 3), ('insert', 3, 3, 3, 4)]
    """
    config = config or _DEFAULTS
    limits = _Limits(config.diff_exact_words, config.diff_exact_pairs)
    if sa == sb:
        # The same words (a copied sentence: half the links of two versions of one text):
        # one equal run, which is what difflib finds for two equal lists, without difflib.
        return [("equal", 0, len(sa), 0, len(sb))] if sa else []
    if max(len(sa), len(sb)) <= limits.words and not _heavy_words(sa, sb, 0, len(sa), 0, len(sb), limits.pairs):
        # Of two equally good anchors difflib takes the first; the other may hold more of
        # the pair ("if we get it, no deal" inside "we get the best deal, and if we get it,
        # no deal"). Taken where it grows longest, it may also hold less ("we'll win in /
        # at the Supreme Court"): where a tie was so broken, the better diff counts.
        moved: list[bool] = []
        ops = _anchored_difflib(sa, sb, 0, len(sa), 0, len(sb), ties=True, moved=moved)
        if moved:
            plain = _anchored_difflib(sa, sb, 0, len(sa), 0, len(sb))
            if _equal_words(plain) >= _equal_words(ops):
                ops = plain
        if 2 * _equal_words(ops) < min(len(sa), len(sb)):
            # A sequence diff takes the first of two equally long anchors and loses what
            # lies across it: "police arrested the suspect ..., officials said" against
            # "Officials said police arrested the suspect ..." keeps only "officials said".
            # Read the other way round, it may find the longer run: the better one counts.
            other = [
                (_MIRROR.get(tag, tag), i1, i2, j1, j2)
                for tag, j1, j2, i1, i2 in _anchored_difflib(sb, sa, 0, len(sb), 0, len(sa))
            ]
            if _equal_words(other) > _equal_words(ops):
                ops = other
    else:
        ops = _long_diff(sa, sb, limits)
    merged: list[WordOp] = []
    for op in ops:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if merged and (merged[-1][0] == "equal") == (op[0] == "equal"):
            _, i1, _, j1, _ = merged[-1]
            merged[-1] = (_tag(op[0] == "equal", i1, op[2], j1, op[4]), i1, op[2], j1, op[4])
        else:
            merged.append(op)
    return merged


def moved_runs(
    ops: Sequence[WordOp],
    stems_a: Sequence[str],
    stems_b: Sequence[str],
    counts_a: Sequence[int],
    counts_b: Sequence[int],
    *,
    min_words: int = CompareConfig.moved_run_words,
    share: float = CompareConfig.moved_run_share,
) -> tuple[list[WordOp], list[list[WordOp]]]:
    """Runs the diff leaves unshared that hold the same words told in another place.

    ``counts_*``: each side's content-word counts before each word
    (:func:`~kompare.core.overlap.content_counts`). A run of one side is moved when at
    least ``min_words`` of its content words, and ``share`` of those of the shorter run,
    stand in one unshared run of the other side, quantities aside (``CompareConfig.moved_run_words`` and
    ``moved_run_share``). Returns the operations with the moved runs taken out, and the
    word diff of each pair of moved runs (indexes into the passages' words).

    >>> a = "clinton lie mani time noth happen flynn lie and they ruin his life".split()
    >>> b = "flynn lie and it ruin his life and clinton lie mani time noth happen".split()
    >>> counts = lambda w: [sum(x not in ("and", "they", "it", "his") for x in w[:k]) for k in range(len(w) + 1)]
    >>> ops = word_ops(a, b)
    >>> kept, moved = moved_runs(ops, a, b, counts(a), counts(b))
    >>> [o[0] for o in kept], [[(o[0], a[o[1]:o[2]], b[o[3]:o[4]]) for o in m if o[0] != "equal"] for m in moved]
    (['equal'], [[('replace', ['they'], ['it']), ('insert', [], ['and'])]])
    """
    def content(stems: Sequence[str], counts: Sequence[int], lo: int, hi: int) -> set[str]:
        # (Quantities are left out: "paid nearly $44 million" and "earned nearly $10 million
        # in speaking fees" share "million", and no claim.)
        return {stems[k] for k in range(lo, hi) if counts[k + 1] > counts[k] and not is_number_word(stems[k])}

    if len(ops) < 3:
        return list(ops), []  # (two unshared runs stand apart: most links have fewer)
    # Runs of enough content words, counted from the prefix counts first: most links have
    # none a side, and their words are not read.
    long_a, long_b = [], []
    for n in range(1 if ops[0][0] == "equal" else 0, len(ops), 2):  # (equal and unequal ops alternate)
        _, i1, i2, j1, j2 = ops[n]
        if counts_a[i2] - counts_a[i1] >= min_words:
            long_a.append(n)
        if counts_b[j2] - counts_b[j1] >= min_words:
            long_b.append(n)
    if not long_a or not long_b or long_a == long_b == long_a[:1]:
        return list(ops), []
    runs_a = {n: content(stems_a, counts_a, ops[n][1], ops[n][2]) for n in long_a}
    runs_b = {n: content(stems_b, counts_b, ops[n][3], ops[n][4]) for n in long_b}
    cut_a: set[int] = set()
    cut_b: set[int] = set()
    moved = []
    for p, words_b in runs_b.items():
        for q, words_a in runs_a.items():
            shared = len(words_a & words_b)
            if q == p or q in cut_a or shared < min_words or shared < share * min(len(words_a), len(words_b)):
                continue
            cut_a.add(q)
            cut_b.add(p)
            _, i1, i2, _, _ = ops[q]
            _, _, _, j1, j2 = ops[p]
            moved.append([(tag, i1 + x1, i1 + x2, j1 + y1, j1 + y2)
                          for tag, x1, x2, y1, y2 in word_ops(stems_a[i1:i2], stems_b[j1:j2])])
            break
    if not moved:
        return list(ops), []
    kept = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if n in cut_a:
            i2 = i1
        if n in cut_b:
            j2 = j1
        if i2 > i1 or j2 > j1:
            kept.append((_tag(tag == "equal", i1, i2, j1, j2), i1, i2, j1, j2))
    return kept, moved


def trimmed(ops: Sequence[WordOp]) -> list[WordOp]:
    """The operations from the first equal one to the last: the words before and after are
    said on one side only, not changed.

    >>> trimmed([("insert", 0, 0, 0, 2), ("equal", 0, 3, 2, 5), ("replace", 3, 4, 5, 6), ("equal", 4, 5, 6, 7),
    ...          ("delete", 5, 9, 7, 7)])
    [('equal', 0, 3, 2, 5), ('replace', 3, 4, 5, 6), ('equal', 4, 5, 6, 7)]
    """
    equal = [n for n, op in enumerate(ops) if op[0] == "equal"]
    return list(ops[equal[0] : equal[-1] + 1]) if equal else []


def word_spans(ta: Sequence[Token], tb: Sequence[Token], ops: Sequence[WordOp]) -> list[Span]:
    """The spans of a word diff's operations (see :func:`word_ops`): the words' character ranges."""
    return [
        Span(
            _OPS[tag],
            (ta[i1].start, ta[i2 - 1].end) if i2 > i1 else _range(ta, i1, i2),  # (as _range gives, without a call)
            (tb[j1].start, tb[j2 - 1].end) if j2 > j1 else _range(tb, j1, j2),
        )
        for tag, i1, i2, j1, j2 in ops
    ]


_DEFAULTS = CompareConfig()
_OPS = {op.value: op for op in Op}  # difflib's tag -> Op (a lookup, not an Enum call, per span)
_MIRROR = {"insert": "delete", "delete": "insert"}  # a diff's tag read from the other side


def _equal_words(ops) -> int:
    """How many words of the first side a diff's operations find equal."""
    return sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")


def _tag(equal: bool, i1: int, i2: int, j1: int, j2: int) -> str:
    if equal:
        return "equal"
    return "replace" if i2 > i1 and j2 > j1 else "delete" if i2 > i1 else "insert"


class _Limits(NamedTuple):
    words: int  # most words a side difflib sees at once
    pairs: int  # most pairs of equal words (counted over both sides) it may compare


def _heavy_words(sa: list[str], sb: list[str], a0: int, a1: int, b0: int, b1: int, budget: int) -> frozenset[str]:
    """The most repeated words, fewest first, that take the ranges' equal-word pairs under ``budget``.

    difflib's cost grows with those pairs ("Mr." 100 times a side is 10,000 of them);
    words left out can still extend a match, never start one.

    >>> sorted(_heavy_words("mr a dr b mr c dr d".split(), "mr x dr y mr z dr w".split(), 0, 8, 0, 8, 3))
    ['dr', 'mr']
    >>> _heavy_words("a b".split(), "a b".split(), 0, 2, 0, 2, 5)
    frozenset()
    """
    if (a1 - a0) * (b1 - b0) <= budget:
        return frozenset()  # not even every word equal to every other reaches the budget
    ca, cb = Counter(sa[a0:a1]), Counter(sb[b0:b1])
    products = sorted(((n * cb[w], w) for w, n in ca.items() if w in cb), reverse=True)
    total = sum(p for p, _ in products)
    heavy = []
    for p, w in products:
        if total <= budget:
            break
        heavy.append(w)
        total -= p
    return frozenset(heavy)


def _anchored_difflib(
    sa: list[str], sb: list[str], a0: int, a1: int, b0: int, b1: int, heavy: frozenset[str] = frozenset(),
    ties: bool = False, moved: list[bool] | None = None,
) -> list[tuple[str, int, int, int, int]]:
    """difflib on ``sa[a0:a1]`` and ``sb[b0:b1]``, anchored on content words (absolute indices);
    ``ties`` and ``moved``: see :func:`matching_blocks`."""
    xa, xb = sa[a0:a1], sb[b0:b1]
    # Function words may extend a match but never anchor one: otherwise "to the treaty"
    # outranks "South Korea ... reconsider" and drags the alignment across the sentence.
    anchor_junk = STOPWORDS | heavy if heavy else STOPWORDS
    inner_junk = heavy.__contains__ if heavy else None
    anchors = matching_blocks(xa, xb, anchor_junk, ties=ties, moved=moved)
    ops: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for bi, bj, size in anchors:
        # Between anchors, a plain diff pairs up the function words ("of", "the") locally.
        if bi == i and bj > j:
            ops.append(("insert", a0 + i, a0 + bi, b0 + j, b0 + bj))  # (as _plain_opcodes gives it, without a call)
        elif bi > i and bj == j:
            ops.append(("delete", a0 + i, a0 + bi, b0 + j, b0 + bj))
        elif bi > i:
            for tag, i1, i2, j1, j2 in _plain_opcodes(xa[i:bi], xb[j:bj], inner_junk):
                ops.append((tag, a0 + i + i1, a0 + i + i2, b0 + j + j1, b0 + j + j2))
        if size:
            ops.append(("equal", a0 + bi, a0 + bi + size, b0 + bj, b0 + bj + size))
        i, j = bi + size, bj + size
    return ops


def matching_blocks(
    a: Sequence[str], b: Sequence[str], junk: Container[str], *, ties: bool = False, moved: list[bool] | None = None
) -> list[tuple[int, int, int]]:
    """What ``SequenceMatcher(junk.__contains__, a, b, autojunk=False).get_matching_blocks()`` gives, as plain tuples.

    The same algorithm as difflib's, step for step (so the same blocks, ties included):
    the longest block of equal words whose first word is no junk, grown by equal words
    on each side (other words first, then junk), then the same in the parts left and
    right of it. One function without difflib's object, its named tuples and its
    lookups per step: a Vim-sized comparison runs it for 12,000 links.

    >>> from difflib import SequenceMatcher
    >>> a, b = "the cat sat on the mat".split(), "a cat sat on a mat of the cat".split()
    >>> junk = {"the", "a", "on", "of"}
    >>> matching_blocks(a, b, junk)
    [(1, 1, 3), (5, 5, 1), (6, 9, 0)]
    >>> [tuple(m) for m in SequenceMatcher(junk.__contains__, a, b, False).get_matching_blocks()]
    [(1, 1, 3), (5, 5, 1), (6, 9, 0)]

    With ``ties``, of equally long blocks the one that grows longest by junk is taken,
    not the first: difflib pairs the "get" of "if we get it, no deal" with the first of
    two in "we get the best deal, and if we get it, no deal", and the words after it are
    lost across the second: a quotation's fragment reads as a rewording. ``moved``, when
    given, gets a True each time a tie is so broken otherwise than difflib would.

    >>> a, b = "if we get it no deal".split(), "we get best deal and if we get it no deal".split()
    >>> junk = {"if", "we", "it", "no", "and"}
    >>> matching_blocks(a, b, junk), matching_blocks(a, b, junk, ties=True)
    ([(1, 0, 2), (5, 3, 1), (6, 11, 0)], [(0, 5, 6), (6, 11, 0)])
    """
    b2j: dict[str, list[int]] = {}
    for j, w in enumerate(b):
        if w not in junk:
            where = b2j.get(w)
            if where is None:
                b2j[w] = [j]
            else:
                where.append(j)
    la, lb = len(a), len(b)
    rows = list(map(b2j.get, a))  # for each word of a, where it is in b (None: nowhere, or junk)
    queue = [(0, la, 0, lb)]
    blocks: list[tuple[int, int, int]] = []
    no_run: dict[int, int] = {}  # (never written to)
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        besti, bestj, size = alo, blo, 0
        level: list[tuple[int, int]] = []  # (with ties) the other blocks as long as the best
        # run[j]: the length of the equal run ending at a[i - 1], b[j]
        run = no_run
        for i in range(alo, ahi):
            where = rows[i]
            if where is None:
                run = no_run
                continue
            get = run.get
            run = {}
            for j in where:
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run[j] = get(j - 1, 0) + 1
                if k > size:
                    besti, bestj, size = i - k + 1, j - k + 1, k
                    if ties:
                        level = []
                elif ties and k == size:
                    level.append((i - k + 1, j - k + 1))
        first = best = _grown(a, b, junk, besti, bestj, size, alo, ahi, blo, bhi)
        for i, j in level:
            other = _grown(a, b, junk, i, j, size, alo, ahi, blo, bhi)
            if other[2] > best[2]:
                best = other
        if best is not first and moved is not None:
            moved.append(True)
        besti, bestj, size = best
        if size:
            blocks.append((besti, bestj, size))
            if alo < besti and blo < bestj:
                queue.append((alo, besti, blo, bestj))
            if besti + size < ahi and bestj + size < bhi:
                queue.append((besti + size, ahi, bestj + size, bhi))
    blocks.sort()
    out: list[tuple[int, int, int]] = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2  # (two blocks next to each other on both sides are one)
        else:
            if k1:
                out.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        out.append((i1, j1, k1))
    out.append((la, lb, 0))
    return out


def _grown(a, b, junk, i: int, j: int, size: int, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
    """A block of :func:`matching_blocks` grown by equal words around it, other words first, then junk."""
    for grow_junk in (False, True):
        while i > alo and j > blo and (b[j - 1] in junk) is grow_junk and a[i - 1] == b[j - 1]:
            i, j, size = i - 1, j - 1, size + 1
        while i + size < ahi and j + size < bhi and (b[j + size] in junk) is grow_junk and a[i + size] == b[j + size]:
            size += 1
    return i, j, size


def _plain_opcodes(xa: list[str], xb: list[str], junk) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes for ``xa`` against ``xb``, without difflib when no word is on both sides.

    Nearly every gap between anchors is so (one side empty, or other words on each): the
    answer is then one operation, which a SequenceMatcher would take longer to build.

    >>> _plain_opcodes(["of"], ["to", "the"], None), _plain_opcodes([], ["the"], None)
    ([('replace', 0, 1, 0, 2)], [('insert', 0, 0, 0, 1)])
    >>> _plain_opcodes(["of", "the"], ["the"], None)
    [('delete', 0, 1, 0, 0), ('equal', 1, 2, 0, 1)]
    """
    if not xa or not xb or set(xa).isdisjoint(xb):
        return [(_tag(False, 0, len(xa), 0, len(xb)), 0, len(xa), 0, len(xb))] if xa or xb else []
    return SequenceMatcher(junk, xa, xb, autojunk=False).get_opcodes()


def _small_diff(
    sa: list[str], sb: list[str], a0: int, a1: int, b0: int, b1: int, limits: _Limits
) -> list[tuple[str, int, int, int, int]]:
    """difflib on ranges of at most ``limits.words`` words, its heaviest words left out."""
    return _anchored_difflib(sa, sb, a0, a1, b0, b1, _heavy_words(sa, sb, a0, a1, b0, b1, limits.pairs))


def _long_diff(sa: list[str], sb: list[str], limits: _Limits) -> list[tuple[str, int, int, int, int]]:
    """A diff of long word lists in about linear time, built from small difflib runs.

    Each range loses its common head and tail; a range still longer than ``limits.words`` is
    cut at the words that occur once in it on each side, kept in order (the longest
    increasing run, as patience diff does), and a range with no such word is walked
    through in windows of ``limits.words`` words.
    """
    ops: list[tuple[str, int, int, int, int]] = []
    # A stack of work, the next piece on top: ranges still to diff, and finished operations.
    todo: list[tuple[str, int, int, int, int]] = [("range", 0, len(sa), 0, len(sb))]
    while todo:
        kind, a0, a1, b0, b1 = todo.pop()
        if kind != "range":
            ops.append((kind, a0, a1, b0, b1))
            continue
        head = 0
        while a0 + head < a1 and b0 + head < b1 and sa[a0 + head] == sb[b0 + head]:
            head += 1
        tail = 0
        while a1 - tail > a0 + head and b1 - tail > b0 + head and sa[a1 - tail - 1] == sb[b1 - tail - 1]:
            tail += 1
        if head:
            ops.append(("equal", a0, a0 + head, b0, b0 + head))
        if tail:
            todo.append(("equal", a1 - tail, a1, b1 - tail, b1))
        a0, b0, a1, b1 = a0 + head, b0 + head, a1 - tail, b1 - tail
        if a0 == a1 or b0 == b1:
            if a0 < a1 or b0 < b1:
                ops.append(("delete" if a0 < a1 else "insert", a0, a1, b0, b1))
            continue
        if max(a1 - a0, b1 - b0) <= limits.words:
            ops.extend(_small_diff(sa, sb, a0, a1, b0, b1, limits))
            continue
        anchors = _unique_anchors(sa, sb, a0, a1, b0, b1)
        if not anchors:
            ops.extend(_windowed(sa, sb, a0, a1, b0, b1, limits))
            continue
        # Push the ranges between anchors, and the anchors, last first; a run of anchors
        # next to each other on both sides is one equal operation.
        i, j = a1, b1
        run_end = None
        for n in range(len(anchors) - 1, -1, -1):
            ai, bj = anchors[n]
            if run_end is None:
                if ai + 1 < i or bj + 1 < j:
                    todo.append(("range", ai + 1, i, bj + 1, j))
                run_end = (ai + 1, bj + 1)
            if n == 0 or anchors[n - 1] != (ai - 1, bj - 1):
                todo.append(("equal", ai, run_end[0], bj, run_end[1]))
                run_end = None
            i, j = ai, bj
        if a0 < i or b0 < j:
            todo.append(("range", a0, i, b0, j))
    return ops


def _unique_anchors(
    sa: list[str], sb: list[str], a0: int, a1: int, b0: int, b1: int
) -> list[tuple[int, int]]:
    """Pairs (i, j) of content words found once in ``sa[a0:a1]`` and once in ``sb[b0:b1]``,
    the longest run of them in the same order on both sides.

    >>> _unique_anchors("x the b c d the".split(), "b c y x".split(), 0, 6, 0, 4)
    [(2, 0), (3, 1)]
    """
    where_a: dict[str, int] = {}
    for i in range(a0, a1):
        w = sa[i]
        where_a[w] = -1 if w in where_a else i
    where_b: dict[str, int] = {}
    for j in range(b0, b1):
        w = sb[j]
        if w in where_a:
            where_b[w] = -1 if w in where_b else j
    pairs = [
        (i, where_b[w]) for w, i in where_a.items() if i >= 0 and where_b.get(w, -1) >= 0 and not _is_function_word(w)
    ]
    pairs.sort()
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by their first item) whose second items increase.

    >>> _longest_increasing([(0, 3), (1, 0), (2, 1), (3, 4), (4, 2)])
    [(1, 0), (2, 1), (4, 2)]
    """
    tops: list[int] = []  # second item ending the best run of each length
    ends: list[int] = []  # index in ``pairs`` of that run's last pair
    back = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tops, j)
        if k == len(tops):
            tops.append(j)
            ends.append(n)
        else:
            tops[k] = j
            ends[k] = n
        back[n] = ends[k - 1] if k else -1
    run = []
    n = ends[-1] if ends else -1
    while n >= 0:
        run.append(pairs[n])
        n = back[n]
    return run[::-1]


def _windowed(
    sa: list[str], sb: list[str], a0: int, a1: int, b0: int, b1: int, limits: _Limits
) -> list[tuple[str, int, int, int, int]]:
    """Walk two long ranges with nothing to anchor on, ``limits.words`` words at a time.

    Each step diffs the next ``window`` words of each side and keeps the operations up to
    the last equal run in its first three quarters (past it the cut may be mid-match);
    a window with no equal run at all is one replacement.
    """
    ops: list[tuple[str, int, int, int, int]] = []
    window = limits.words
    i, j = a0, b0
    while i < a1 and j < b1:
        wa, wb = min(a1, i + window), min(b1, j + window)
        step = _small_diff(sa, sb, i, wa, j, wb, limits)
        if wa == a1 and wb == b1:
            ops.extend(step)
            return ops
        keep = 0
        for n, op in enumerate(step):
            if op[0] == "equal" and op[1] < i + 3 * (wa - i) // 4 + 1 and op[3] < j + 3 * (wb - j) // 4 + 1:
                keep = n + 1
        if keep:
            ops.extend(step[:keep])
            i, j = step[keep - 1][2], step[keep - 1][4]
        else:
            ops.append(("replace", i, wa, j, wb))
            i, j = wa, wb
    if i < a1 or j < b1:
        ops.append(("delete" if i < a1 else "insert", i, a1, j, b1))
    return ops


def _is_function_word(stem: str) -> bool:
    return stem in STOPWORDS


def _range(toks: Sequence[Token], i1: int, i2: int) -> Range:
    """Characters from the first to the last word; an empty range where words would go."""
    if i2 > i1:
        return (toks[i1].start, toks[i2 - 1].end)
    if i1 > 0:
        p = toks[i1 - 1].end
    elif toks:
        p = toks[0].start
    else:
        p = 0
    return (p, p)


def similarity(ta: Sequence[Token], tb: Sequence[Token], spans: Sequence[Span]) -> float:
    """Share of words the two sides have in common (0..1), from the diff's equal runs."""
    bounds = [t.start for t in ta]
    equal_words = 0
    for s in spans:
        if s.op is Op.EQUAL:
            equal_words += bisect_left(bounds, s.a[1]) - bisect_left(bounds, s.a[0])
    return _share(equal_words, len(ta), len(tb))


def ops_similarity(ops: Sequence[WordOp], words_a: int, words_b: int) -> float:
    """:func:`similarity` from the diff's operations and the count of words of each side.

    The words of an equal run are the words its span holds, so the two agree; this needs
    no search for them.

    >>> ops_similarity(word_ops("kim met putin".split(), "kim saw putin".split()), 3, 3)
    0.6667
    """
    return _share(sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal"), words_a, words_b)


def _share(equal_words: int, words_a: int, words_b: int) -> float:
    total = words_a + words_b
    return round(2 * equal_words / total, 4) if total else 1.0
