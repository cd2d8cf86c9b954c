"""Properties that hold for any text: offsets, statuses, mirror symmetry, self-comparison."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompare.core import Document, LinkKind, Op, Side, Status, compare
from kompare.core.tokens import tokenize

WORDS = ["Putin", "Kim", "treaty", "Seoul", "said", "the", "shells", "millions", "not", "2024",
         "“", "”", "\"", ".", ",", "\n", "\n\n", "Mr.", "U.S.", "reconsider", "Ukraine", "arms"]

# Arbitrary Unicode, and text made of news words so that links actually form.
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)
# Lines drawn from a few, so that both documents repeat some (boilerplate: align/boilerplate.py).
LINES = ["Solution: Add a test.", "Files: src/eval.c", "Problem: Crash when resizing the window.",
         "Problem: Typo in the help.", "Solution: Check for NULL.", "(Ken Takata)"]
logs = st.lists(st.sampled_from(LINES), max_size=30).map("\n".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_well_formed(c):
    for doc, unique, side in ((c.a, c.unique_a, "a"), (c.b, c.unique_b, "b")):
        n = len(doc.text)
        ids = [s.id for s in doc.sentences]
        assert ids == list(range(len(ids)))
        for s in doc.sentences:
            assert 0 <= s.start < s.end <= n
        for e in doc.excluded:
            assert 0 <= e.start <= e.end <= n
        linked = {i for l in c.links for i in l.sentences(Side(side))}
        assert not linked & set(unique), "a sentence is both linked and unique"
        assert linked | set(unique) == set(ids), "a sentence is neither linked nor unique"
        for i in ids:
            # A sentence's status comes from its links: unique without, the most telling with.
            kinds = {l.kind for l in c.links_of(Side(side), i)}
            status = c.status(Side(side), i)
            assert (status is Status.UNIQUE) == (not kinds)
            if LinkKind.DIVERGENCE in kinds:
                assert status is Status.DIVERGENCE
        shares = c.shares(Side(side))
        total = shares.agreement + shares.divergence + shares.partial + shares.unique
        assert abs(total - 1) < 1e-9 or (total == 0 and not doc.sentences)
    pairs = [(l.a, l.b) for l in c.links]
    assert len(pairs) == len(set(pairs)), "the same link twice"
    assert pairs == sorted(pairs), "links are listed in A's order"
    for l in c.links:
        assert l.a and l.b
        assert 0.0 <= l.similarity <= 1.0
        for s in l.spans:
            assert 0 <= s.a[0] <= s.a[1] <= len(c.a.text)
            assert 0 <= s.b[0] <= s.b[1] <= len(c.b.text)
        assert (l.kind is LinkKind.DIVERGENCE) == bool(l.changes)


@SETTINGS
@given(texts, texts)
def test_results_are_well_formed(a, b):
    check_well_formed(compare(Document(a), Document(b)))


@SETTINGS
@given(texts, texts)
def test_comparing_b_with_a_mirrors_a_with_b(a, b):
    ab = compare(Document(a, path="a"), Document(b, path="b"))
    ba = compare(Document(b, path="b"), Document(a, path="a"))
    assert ba == ab.mirrored()
    assert ba.mirrored() == ab


@SETTINGS
@given(logs, logs)
def test_repeated_lines_mirror_and_keep_a_counterpart(a, b):
    ab = compare(Document(a, path="a"), Document(b, path="b"))
    check_well_formed(ab)
    assert compare(Document(b, path="b"), Document(a, path="a")) == ab.mirrored()
    # A line the other document has too is never left unique, however often both repeat it.
    for side, doc, other in ((Side.A, ab.a, ab.b), (Side.B, ab.b, ab.a)):
        theirs = {other.sentence_text(k) for k in range(len(other.sentences))}
        for i in range(len(doc.sentences)):
            if doc.sentence_text(i) in theirs:
                assert ab.status(side, i) is not Status.UNIQUE


@SETTINGS
@given(texts)
def test_a_document_compared_with_itself_only_agrees(a):
    c = compare(Document(a), Document(a))
    assert all(l.kind is LinkKind.AGREEMENT for l in c.links)
    assert all(s.op is Op.EQUAL for l in c.links for s in l.spans)
    assert c.unique_a == c.unique_b == ()
    # Every sentence links to itself; any other link joins two sentences with the same words.
    assert {(l.a, l.b) for l in c.links} >= {((i,), (i,)) for i in range(len(c.a.sentences))}
    words = lambda t: [w.norm for w in tokenize(t)]  # noqa: E731
    assert all(words(c.a.sentence_text(l.a[0])) == words(c.b.sentence_text(l.b[0])) for l in c.links)
