"""An edited copy of an article: every unchanged sentence agrees, every edit is a typed divergence."""

from pathlib import Path

import pytest

from kompare.core import ChangeType, LinkKind, Side, compare
from kompare.core.ingest import load_document

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("003_*.txt"))

# (original words, edited words, the change type a reader expects)
EDITS = [
    ("anti-air defence systems", "anti-ship defence systems", ChangeType.TERM),
    ("would “reconsider” its policy", "would not “reconsider” its policy", ChangeType.NEGATION),
    ("On Thursday, Chang said", "On Friday, Chang said", ChangeType.DATE),
    # A word that can tell who speaks ("threatened") put for one that cannot is still an edit.
    ("Putin has threatened to arm", "Putin has offered to arm", ChangeType.TERM),
    # A word in quotation marks of its own is a quotation's wording.
    ("typical “bluffing” tactics", "typical “punishing” tactics", ChangeType.QUOTE),
]


@pytest.fixture(scope="module")
def edited():
    original = load_document(SEED)
    text = original.text
    for old, new, _ in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    edited = load_document(SEED).__class__(text, path="edited.txt", title=original.title)
    return compare(original, edited)


def test_every_unchanged_sentence_is_an_agreement_with_its_copy(edited):
    c = edited
    edited_sentences = {
        s.id for s in c.a.sentences
        if any(old in c.a.text[s.start:s.end] for old, _, _ in EDITS)
    }
    for s in c.a.sentences:
        if s.id in edited_sentences:
            continue
        links = c.links_of(Side.A, s.id)
        assert links, c.a.sentence_text(s.id)
        assert c.status(Side.A, s.id).value == "agreement", c.a.sentence_text(s.id)


@pytest.mark.parametrize("old, new, kind", EDITS)
def test_every_edit_is_a_typed_divergence(edited, old, new, kind):
    c = edited
    (sid,) = [s.id for s in c.a.sentences if old in c.a.text[s.start:s.end]]
    link = c.link_of(Side.A, sid)
    assert link is not None and link.kind is LinkKind.DIVERGENCE
    assert kind in {ch.type for ch in link.changes}, [(ch.type, ch.a, ch.b) for ch in link.changes]
    # The change names the words that differ on both sides.
    ch = next(ch for ch in link.changes if ch.type is kind)
    assert ch.b and ch.b in new


def test_a_short_sentence_edited_between_copied_ones_links_to_its_copy():
    # "More sustainable." / "More dislike." share no content word: only its place links it.
    text = ("The council approved the new budget on Monday after a long debate. {} "
            "The mayor said the plan would be reviewed again in the spring.")
    from kompare.core import Document
    c = compare(Document(text.format("More sustainable.")), Document(text.format("More dislike.")))
    link = c.link_of(Side.A, 1)
    assert link is not None and link.b == (1,) and link.kind is LinkKind.DIVERGENCE
    assert [(ch.type, ch.a, ch.b) for ch in link.changes] == [(ChangeType.TERM, "sustainable", "dislike")]
    # A sentence put in place of another, sharing too few of its words, stays apart.
    c = compare(Document(text.format("More sustainable.")), Document(text.format("Crowds gathered outside.")))
    assert c.link_of(Side.A, 1) is None
