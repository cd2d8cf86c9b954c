"""Links the reader makes or removes by hand: they hold whatever the link model says, are
compared word by word like any link, and are recorded in the comparison."""

from kompare.core import ChangeType, CompareConfig, Document, LinkKind, ReaderLinks, compare

A = ("Putin and Kim signed a defence treaty in Pyongyang on Wednesday. "
     "The treaty binds each to help the other if attacked. It rained all day.")
B = ("Officials in Seoul said 12 missiles were tested last month. "
     "Officials in Seoul said 14 missiles were tested last month. "
     "Kim and Putin signed a defence treaty in Pyongyang on Wednesday.")


def pairs(c, by_reader=None):
    return {(i, j) for l in c.links if by_reader is None or l.by_reader == by_reader for i in l.a for j in l.b}


def test_a_pair_the_reader_links_is_compared_and_marked_with_the_model_s_confidence():
    plain = compare(Document(A), Document(B))
    assert (1, 0) not in pairs(plain)  # (the mutual-help clause and the missile test: no link)
    c = compare(Document(A), Document(B), reader=ReaderLinks().add({(1, 0)}))
    (link,) = [l for l in c.links if l.by_reader]
    assert (link.a, link.b) == ((1,), (0,))
    assert link.kind is LinkKind.PARTIAL and 0.0 <= link.confidence < CompareConfig().link_threshold()
    assert 1 not in c.unique_a and 0 not in c.unique_b
    assert pairs(c, by_reader=False) == pairs(plain)  # (the engine's own links are untouched)
    assert c.reader == ReaderLinks().add({(1, 0)})


def test_a_reader_s_link_carries_its_typed_changes():
    a, b = Document("Officials said 12 missiles were tested."), Document(B)
    c = compare(a, b, reader=ReaderLinks().add({(0, 1)}))
    (link,) = [l for l in c.links if l.by_reader]
    assert link.kind is LinkKind.DIVERGENCE
    assert [(ch.type, ch.a, ch.b) for ch in link.changes] == [(ChangeType.NUMBER, "12", "14")]


def test_a_pair_the_reader_removes_never_links_nor_stands_as_a_near_miss():
    plain = compare(Document(A), Document(B))
    assert (0, 2) in pairs(plain)
    for sensitivity in (0.0, 0.5, 1.0):  # (whatever the bar)
        c = compare(Document(A), Document(B), config=CompareConfig(sensitivity=sensitivity),
                    reader=ReaderLinks().remove({(0, 2)}))
        assert (0, 2) not in pairs(c)
        assert (0, 2) not in {(n.a, n.b) for n in c.near}
        others = {j for i, j in pairs(plain) if i == 0} - {2}
        assert (0 in c.unique_a) == (not others)


def test_a_copied_sentence_the_reader_unlinks_stays_apart():
    text = "Kim met Putin. It rained."
    c = compare(Document(text), Document(text), reader=ReaderLinks().remove({(0, 0)}))
    assert (0, 0) not in pairs(c) and (1, 1) in pairs(c)
    assert c.unique_a == (0,) and c.unique_b == (0,)


def test_pairs_past_either_document_s_end_are_left_out_and_swapping_mirrors_the_reader():
    reader = ReaderLinks().add({(0, 0), (9, 0), (0, 9)}).remove({(-1, -1)})
    c = compare(Document(A), Document(B), reader=reader)
    assert pairs(c, by_reader=True) == {(0, 0)}
    # (The comparison records, exports and reports only the decisions that decide something.)
    assert c.reader == ReaderLinks().add({(0, 0)})
    swapped = compare(Document(B), Document(A), reader=reader.mirrored())
    assert pairs(swapped, by_reader=True) == {(0, 0)}
    assert swapped.mirrored().reader == c.reader


def test_a_pair_the_engine_links_anyway_is_not_called_the_reader_s():
    c = compare(Document(A), Document(B), reader=ReaderLinks().add({(0, 2)}))
    assert (0, 2) in pairs(c, by_reader=False) and not pairs(c, by_reader=True)
    # ...until a bar the engine's evidence does not reach: then the reader's hand holds it.
    strict = compare(Document(A), Document(B), config=CompareConfig(sensitivity=0.0), reader=ReaderLinks().add({(0, 2)}))
    assert (0, 2) in pairs(strict)


def test_a_text_against_itself_with_a_hand_made_link_mirrors_exactly():
    # Equal texts leave the orientation to the decisions: each way round, the reader's link is
    # diffed in one direction (hypothesis found the word diff read two ways, as two alignments).
    text = ("Kim met Putin in Pyongyang on Wednesday. Putin and Kim signed a defence treaty in Pyongyang. "
            "Kim met Putin in Pyongyang on Wednesday.")
    a, b = Document(text, path="a"), Document(text, path="b")
    reader = ReaderLinks().add({(0, 1)})
    assert compare(b, a, reader=reader.mirrored()) == compare(a, b, reader=reader).mirrored()
