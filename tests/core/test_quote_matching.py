"""Matching quotations across two documents: kinds, spans, speakers, one match each, mirror."""

import itertools
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from kompare.core.ingest import load_document
from kompare.core.model import Op, Quote, QuoteMatchKind
from kompare.core.quote_match import match_quotes, quote_pairs
from kompare.core.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[2]


def match(a, b):
    qa, qb = find_quotes(a), find_quotes(b)
    return qa, qb, match_quotes(a, qa, b, qb)


@pytest.mark.parametrize(
    "a, b, kind",
    [
        # same words: case, punctuation and curly/straight marks do not count
        ("Putin said “South Korea has nothing to worry about.”",
         'Putin said "south Korea has nothing to worry about".', QuoteMatchKind.VERBATIM),
        # one is a contiguous part of the other, either way round
        ("Putin said it had “nothing to worry about”.",
         "Putin said “South Korea has nothing to worry about”.", QuoteMatchKind.FRAGMENT),
        ("Putin cautioned “that would be a very big mistake.”",
         "Putin said it would “be a very big mistake”.", QuoteMatchKind.FRAGMENT),
        # the wording differs
        ("Putin said “Russia does not rule out military and technical cooperation with the DPRK”.",
         "Putin said “Russia does not exclude military-technical cooperation with the DPRK”.",
         QuoteMatchKind.VARIANT),
        # short scare quotes: verbatim, or as a part of a longer quotation
        ("Seoul drew a “red line”.", "They crossed a “red line” today.", QuoteMatchKind.VERBATIM),
        ("Chang said Seoul would “reconsider”.",
         "Seoul stated it will “reconsider the issue of arms support to Ukraine.”", QuoteMatchKind.FRAGMENT),
        # the words shared after the first of two equally long anchors: "the Supreme Court"
        # comes twice, and only its second holds "and we'll win" too
        ("He said: “Then we’ll end up in the Supreme Court, and hopefully we’ll get a fair shake, and we’ll win "
         "at the Supreme Court, just like the ban.”", "“And we’ll win in the Supreme Court,” he predicted.",
         QuoteMatchKind.VARIANT),
        # most of the shorter one told with a word changed, though little of it tells ("news")
        ("He said: “This garbage is the very definition of fake news and intentional defamation.”",
         "The campaign called the accusations “the very height of fake news.”", QuoteMatchKind.VARIANT),
        # plain words, one of them changed: still the one quotation
        ("“Why would he not do it?” she asked.", "“Why would he not do that?” the senator said.",
         QuoteMatchKind.VARIANT),
    ],
)
def test_kinds(a, b, kind):
    qa, qb, ms = match(a, b)
    assert [(m.a, m.b, m.kind) for m in ms] == [(0, 0, kind)]


@pytest.mark.parametrize(
    "a, b",
    [
        # a short scare quote never matches by a changed wording
        ("Seoul drew a “red line”.", "They crossed the “red lines” today."),
        ("It was a “big mistake”.", "He called it a “very big error of judgement” today."),
        # unrelated quotations
        ("Kim said “the weather is fine today”.", "Putin said “we will win the war”."),
        # sharing only function words is no match
        ("Kim said “it is what it is”.", "Putin said “it is not what we want”."),
        ("Kim said “we would not do it”.", "Putin said “they would not do it again”."),
        # two lines of one speech that share an idiom and a common word: two quotations
        ("“This American carnage stops right here and stops right now,” Trump said.",
         "He added, “That all changes starting right here and right now.”"),
        ("“We’re talking about an invasion of our country,” Trump said.",
         "“We have an invasion of drugs and criminals coming into our country.”"),
    ],
)
def test_no_match(a, b):
    assert match(a, b)[2] == ()


def test_variant_spans_are_a_word_diff_in_both_texts():
    a = "Putin said “Russia does not rule out military cooperation with the DPRK”."
    b = "Putin stated: “Russia does not exclude military cooperation with North Korea”."
    qa, qb, (m,) = match(a, b)
    assert m.kind is QuoteMatchKind.VARIANT
    changed = [(a[s.a[0] : s.a[1]], b[s.b[0] : s.b[1]]) for s in m.spans if s.op is not Op.EQUAL]
    assert changed == [("rule out", "exclude"), ("the DPRK", "North Korea")]
    for s in m.spans:  # every span lies inside its quotation
        assert qa[0].start <= s.a[0] <= s.a[1] <= qa[0].end
        assert qb[0].start <= s.b[0] <= s.b[1] <= qb[0].end
    # the equal spans hold the same words on both sides
    for s in m.spans:
        if s.op is Op.EQUAL:
            assert a[s.a[0] : s.a[1]].lower() == b[s.b[0] : s.b[1]].lower()


def test_fragment_spans_show_the_extra_words_as_insert_with_empty_range():
    a = "Putin said it had “nothing to worry about”."
    b = "Putin said “South Korea has nothing to worry about”."
    _, _, (m,) = match(a, b)
    ins = [s for s in m.spans if s.op is Op.INSERT]
    assert len(ins) == 1 and ins[0].a[0] == ins[0].a[1] and b[ins[0].b[0] : ins[0].b[1]] == "South Korea has"


def test_same_speaker_only_when_both_known_and_the_same_person():
    a = "Putin said “we will never give up on this”."
    b1 = "Kim said “we will never give up on this”."
    b2 = "Vladimir Putin said “we will never give up on this”."
    b3 = "The words “we will never give up on this” were read out."
    assert [m.speaker_match for m in match(a, b1)[2]] == [False]  # two people
    assert [m.speaker_match for m in match(a, b2)[2]] == [True]
    # unknown on one side: not "same speaker"; the quotation's speaker None says why
    qa, qb, ms = match(a, b3)
    assert [m.speaker_match for m in ms] == [False] and qb[0].speaker is None
    # unknown on both: nothing says two people (a document against itself only agrees)
    assert [m.speaker_match for m in match(b3, b3)[2]] == [True]


def test_a_body_and_a_person_are_two_speakers_but_no_change_of_speaker_in_the_link():
    from kompare.core import ChangeType, Document, compare

    a = "South Korea said it will “reconsider the issue of arms support to Ukraine”."
    b = "Chang Ho-jin said it will “reconsider the issue of arms support to Ukraine”."
    qa, qb, (m,) = match(a, b)
    assert (qa[0].speaker, qa[0].speaker_body, qb[0].speaker, qb[0].speaker_body) == (
        "South Korea", True, "Chang Ho-jin", False)
    assert m.speaker_match is False
    c = compare(Document(a), Document(b))
    assert [ch.type for l in c.links for ch in l.changes if ch.type is ChangeType.SPEAKER] == []
    # A capital is its country.
    seoul = "Seoul said it will “reconsider the issue of arms support to Ukraine”."
    assert [m.speaker_match for m in match(a, seoul)[2]] == [True]


def test_same_words_from_a_scare_quote_and_an_unattributed_quotation_are_no_same_speaker():
    # issue 9: 001's unattributed Putin words against 003's scare quote in Chang Ho-jin's warning
    a = ("The Russian leader drew attention to the U.S. supplying “long-range high-precision "
         "weapons, F-16 aircraft and other arms” to Ukraine.")
    b = ("Security adviser Chang Ho-jin issued a fresh warning against supplying "
         "“high-precision weapons” to North Korea.")
    qa, qb, (m,) = match(a, b)
    assert (qa[0].speaker, qb[0].speaker) == (None, "Chang Ho-jin")
    assert m.kind is QuoteMatchKind.FRAGMENT and m.speaker_match is False


def test_each_quotation_in_one_match_best_first():
    a = "Putin said it had “nothing to worry about”."
    b = "Putin said “South Korea has nothing to worry about” and “nothing to worry about”."
    _, qb, ms = match(a, b)
    assert [(m.a, m.b, m.kind) for m in ms] == [(0, 1, QuoteMatchKind.VERBATIM)]


def test_matches_in_any_order():
    a = "Kim said “the first statement here”. Putin said “the second statement there”."
    b = "Putin said “the second statement there”. Kim said “the first statement here”."
    _, _, ms = match(a, b)
    assert {(m.a, m.b) for m in ms} == {(0, 1), (1, 0)}


def _seed(prefix):
    (path,) = (ROOT / "seeds").glob(f"{prefix}_*.txt")
    doc = load_document(str(path))
    return doc.text, find_quotes(doc.text, (), doc.excluded)


@pytest.mark.parametrize("pa, pb", list(itertools.combinations(["000", "001", "002", "003", "004"], 2)))
def test_mirror_property_on_seeds(pa, pb):
    ta, qa = _seed(pa)
    tb, qb = _seed(pb)
    forward = match_quotes(ta, qa, tb, qb)
    backward = match_quotes(tb, qb, ta, qa)
    assert backward == tuple(m.mirrored() for m in forward)  # same matches, same order


_PHRASES = ["nothing to worry about", "a very big mistake", "red line", "we will win the war",
            "South Korea has nothing to worry about", "that would be a very big mistake",
            "we will not win", "the war is over", "red lines", "it is"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), max_size=6), st.lists(st.sampled_from(_PHRASES), max_size=6))
def test_mirror_property_and_one_match_each(pa, pb):
    a = " ".join(f"Kim said “{p}”." for p in pa)
    b = " ".join(f"Putin said “{p}”." for p in pb)
    qa, qb = find_quotes(a), find_quotes(b)
    forward = match_quotes(a, qa, b, qb)
    backward = match_quotes(b, qb, a, qa)
    assert backward == tuple(m.mirrored() for m in forward)
    assert len({m.a for m in forward}) == len(forward) == len({m.b for m in forward})


def test_seed_001_003_putin_quotations_and_not_more_than_counterparts():
    ta, qa = _seed("001")
    tb, qb = _seed("003")
    ms = match_quotes(ta, qa, tb, qb)
    pairs = {(ta[qa[m.a].start : qa[m.a].end], tb[qb[m.b].start : qb[m.b].end]) for m in ms}
    assert ("nothing to worry about", "South Korea has nothing to worry about") in pairs
    assert ("that would be a very big mistake.", "be a very big mistake") in pairs
    assert ("red line", "red line") in pairs


def test_one_megabyte_inputs_find_their_twins():
    rnd = random.Random(7)
    vocab = [f"w{i}x" for i in range(4000)] + "the a of to and in is it that".split() * 40
    names = ["Kim Jong Un", "Vladimir Putin", "Park Won-gon", "Chang Ho-jin"]
    paras = []
    while sum(map(len, paras)) < 1_000_000:
        q = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(2, 30)))
        paras.append(rnd.choice([
            f"{rnd.choice(names)} said “{q}”. Some narration follows.",
            f"“{q},” he said. A stray “ mark and 'single' words.",
        ]))
    a = "\n\n".join(paras)
    rnd.shuffle(paras)
    b = "\n\n".join(paras)
    # How fast is measured in benchmarks/bench_engine.py; here: the matching is complete.
    qa, qb = find_quotes(a), find_quotes(b)
    ms = match_quotes(a, qa, b, qb)
    # the same paragraphs in another order: nearly every quotation with a rare word finds
    # its twin (the 'single' words repeat in every other paragraph, too common to match)
    rare = [q for q in qa if re.search(r"w\d+x", a[q.start : q.end])]
    matched = {m.a for m in ms}
    assert sum(q.id in matched for q in rare) >= 0.9 * len(rare)


def test_hand_built_quotes_with_unknown_speakers():
    a, b = "x “alpha beta gamma delta” y", "z “alpha beta gamma delta” w"
    qa = (Quote(0, 3, 25),)
    qb = (Quote(0, 3, 25, speaker="Kim"),)
    (m,) = match_quotes(a, qa, b, qb)
    assert m.kind is QuoteMatchKind.VERBATIM and not m.speaker_match and m.spans == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZé9_ .-‐‑’'U.S", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_quotation_words_are_the_tokenizer_words_cut_at_hyphens(text, i, j):
    """_qwords scans once; it must find what cutting each WORD_RE word at its hyphens finds
    (each as its key: "é" is "e")."""
    from kompare.core.quote_match import _qwords, _word_key
    from kompare.core.tokens import WORD_RE

    start, end = sorted((min(i, len(text)), min(j, len(text))))
    expected = [
        (_word_key(part.group()), (m.start() + part.start(), m.start() + part.end()))
        for m in WORD_RE.finditer(text, start, end)
        for part in re.finditer(r"[^\W_]+(?:[’'.][^\W_]+)*", m.group())
    ]
    got = _qwords(text, Quote(0, start, end))
    assert list(zip(got.norms, got.ranges)) == expected



def test_two_lines_of_one_speech_told_by_both_outlets_pair_line_with_line():
    """Each line is reworded in the other outlet; neither is also the other line's rendering."""
    a = "“Flynn lied and they destroyed his life,” Trump said. “Flynn lied and it’s like they ruined his life.”"
    b = "“Flynn lied, and it destroyed his life,” he said. “Flynn lied, and it’s like, it ruined his life.”"
    pairs = quote_pairs(a, find_quotes(a), b, find_quotes(b))
    assert [(m.a, m.b) for m in pairs.related] == [(0, 0), (1, 1)]
    # One line quoted by one outlet only is still that line's rendering, however it was reworded.
    first = b[: b.index(" “Fl")]
    pairs = quote_pairs(a, find_quotes(a), first, find_quotes(first))
    assert [(m.a, m.b) for m in pairs.related] == [(0, 0), (1, 0)]
