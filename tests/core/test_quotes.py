"""Finding quotations: marks, nesting, interruptions, unbalanced marks, apostrophes, scare quotes."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from kompare.core.model import Excluded, ExclusionReason, Sentence
from kompare.core.config import CompareConfig
from kompare.core.quotes import find_quotes
from kompare.core.tokens import WORD_RE


def words(text, **kw):
    """The quoted words found in ``text``, in order."""
    return [text[q.start : q.end] for q in find_quotes(text, **kw)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # straight double marks
        ('He said "we will win the war" today.', ["we will win the war"]),
        ('"Ready," she said. "Always."', ["Ready", "Always."]),
        # curly double marks
        ("He said “we will win the war” today.", ["we will win the war"]),
        # French guillemets
        ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
        ("«Мы не отступим», — заявил Путин.", ["Мы не отступим"]),
        # German marks: „so“ and »so«, the closing mark another language's opening one
        ("„Wir werden das nicht tun“, sagte Scholz. Merz sprach von „Verrat“.", ["Wir werden das nicht tun", "Verrat"]),
        ("»Wir werden das nicht tun«, sagte Scholz.", ["Wir werden das nicht tun"]),
        # Chinese and Japanese corner brackets
        ("張室長は「武器供与を見直す」と述べた。首相は『重大な誤り』だと語った。", ["武器供与を見直す", "重大な誤り"]),
        # single marks nested inside double ones belong to the outer quotation
        ("“He told me ‘never again’ and left,” she said.", ["He told me ‘never again’ and left"]),
        ('"He told me \'never again\' and left," she said.', ["He told me 'never again' and left"]),
        # interrupted by the attribution: two quotations
        ("“We are ready,” he said. “We will act now.”", ["We are ready", "We will act now."]),
        # several sentences inside one quotation
        ("“It is over. We won. Go home,” Putin said.", ["It is over. We won. Go home"]),
        # single-quoted headline phrase
        ("Putin, Kim sign ‘strongest ever’ defence treaty", ["strongest ever"]),
        # apostrophes are not quote marks
        ("Korea’s leaders don’t miss the ’90s or the Koreas’ old ties.", []),
        ("Korea's leaders don't miss the '90s or the Koreas' old ties.", []),
        # an apostrophe inside a single-quoted phrase does not close it
        ("Kim called it ‘Korea’s finest hour’ yesterday.", ["Korea’s finest hour"]),
        # unbalanced: a stray closing mark, then a real quotation
        ("With sophisticated stealth” aircraft that could “decapitate” leaders.", ["decapitate"]),
        # unbalanced: an opening mark never closed yields nothing...
        ("He said “we will win and went home.", []),
        ('He said "we will win and went home.', []),
        # ...and never swallows the next paragraph
        ("He said “we will win.\n\nThen “peace” came.", ["peace"]),
        ("He said “we will win.\nThen “peace” came.", ["peace"]),
        # an unclosed mark, then a new opening mark: the second pair is the quotation
        ("A “stray mark and “a real quote” here.", ["a real quote"]),
        # empty marks and marks around nothing but punctuation are no quotation
        ("Empty “” and “ , ” marks.", []),
        # the trailing comma of American punctuation is not quoted words
        ("a “red line,” including missiles", ["red line"]),
        # a straight closing mark typed after a space that follows the quotation's punctuation
        ('"It is a disgrace, " Trump said. "Really."', ["It is a disgrace", "Really."]),
        ('Trump said: "It is over. " Then he left.', ["It is over."]),
        ('"Someone says, \'Keep it alive,\' " said Fiorina.', ["Someone says, 'Keep it alive,'"]),
        # ...but a lone mark between spaces with no quotation open stays nothing
        ('A mark " between spaces, " and "a real quote" here.', ["a real quote"]),
    ],
)
def test_patterns(text, expected):
    assert words(text) == expected


def test_quotation_running_on_into_next_paragraph():
    text = "“This is the first paragraph of a long quotation.\n“And this one ends it,” Putin said."
    assert words(text) == [
        "This is the first paragraph of a long quotation.",
        "And this one ends it",
    ]


def test_unclosed_mark_not_followed_by_a_quoted_paragraph():
    # A typographic mark opening the paragraph and never closed: the closing mark was left out.
    text = "“This is the first paragraph of a long quotation.\nAnd this one is narration."
    assert words(text) == ["This is the first paragraph of a long quotation."]
    # A straight mark may be an inch or a stray: nothing.
    assert words('"This is the first paragraph of a long quotation.\nAnd this one is narration.') == []


def test_short_marks_scare_quotes_of_up_to_three_words():
    text = "A “breakthrough”, a “red line”, “two plus two” talks and “a very big mistake”."
    got = {text[q.start : q.end]: q.short for q in find_quotes(text)}
    assert got == {
        "breakthrough": True,
        "red line": True,
        "two plus two": True,
        "a very big mistake": False,
    }


def test_ids_in_text_order_and_offsets_without_marks():
    text = "‘Headline phrase’ then “first quote” and “second one” end."
    qs = find_quotes(text)
    assert [q.id for q in qs] == [0, 1, 2]
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for q in qs:
        assert text[q.start - 1] in "“‘" and text[q.end] in "”’"


def test_excluded_ranges_are_ignored_and_are_walls():
    text = "Caption with “a quote” here. Body says “another quote” too."
    cut = text.index("Body")
    got = words(text, excluded=[Excluded(0, cut, ExclusionReason.CAPTION)])
    assert got == ["another quote"]
    # a mark before an excluded range cannot pair with one after it
    text2 = "He said “we will. [AD] Then ” here “ok now” end."
    s = text2.index("[AD]")
    assert words(text2, excluded=[Excluded(s, s + 4, ExclusionReason.FURNITURE)]) == ["ok now"]


def test_length_cap():
    long_quote = "word " * (CompareConfig().quote_max_chars // 5 + 10)
    text = f"He said “{long_quote}” and “short one” here."
    assert words(text) == ["short one"]


def test_sentences_argument_is_accepted_and_does_not_cut_quotations():
    text = "“It is over. We won,” he said. Then Kim said “fine by me”."
    sentences = [Sentence(0, 0, 12), Sentence(1, 13, 31), Sentence(2, 31, len(text))]
    assert words(text, sentences=sentences) == ["It is over. We won", "fine by me"]


# ---------------------------------------------------------------------------------------------
# Properties on arbitrary text

_ALPHABET = st.sampled_from(
    list("ab cd ef\n\n.,;:!?-—") + ["“", "”", '"', "‘", "’", "'", "«", "»", " said ", " Putin ",
                                   " he ", "\n\n", "Kim Jong Un ", " according to "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_arbitrary_text_never_raises_and_offsets_are_sane(text):
    qs = find_quotes(text)
    assert [q.id for q in qs] == list(range(len(qs)))
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for q in qs:
        assert 0 < q.start < q.end < len(text) + 1
        inner = text[q.start : q.end]
        assert inner == inner.strip() and inner
        assert not re.search(r"\n\s*\n", inner)  # never across a paragraph break
        assert q.short == (len(WORD_RE.findall(inner)) <= 3)
        if q.speaker_range is not None:
            s, e = q.speaker_range
            assert 0 <= s < e <= len(text)
            assert q.speaker is not None


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_ALPHABET, max_size=80).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=3),
)
def test_arbitrary_exclusions_never_overlap_a_quotation(text, cuts):
    excluded = [
        Excluded(min(s, len(text)), min(s + n, len(text)), ExclusionReason.FURNITURE) for s, n in cuts
    ]
    for q in find_quotes(text, excluded=excluded):
        for x in excluded:
            # Half-open ranges overlap when each starts before the other ends; an empty
            # exclusion overlaps nothing.
            assert not (max(q.start, x.start) < min(q.end, x.end))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_never_raises(text):
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)


def test_a_typographic_quotation_left_unclosed_runs_to_its_paragraph_end():
    t = ("“Trump says he wants to run the nation like he’s running his business? God help us.\n\n"
         "Bloomberg’s speech mocked Trump's business prowess.")
    assert [t[q.start : q.end] for q in find_quotes(t)] == [
        "Trump says he wants to run the nation like he’s running his business? God help us."
    ]
    # A straight mark (an inch, a stray) or a short fragment is no quotation.
    assert find_quotes('A 27" screen and more text\n\nNext.') == ()
    assert find_quotes("An unclosed “mark\n\nand more text.") == ()


def test_the_quotation_thresholds_come_from_the_config():
    t = "Chang warned of a “red line” on Sunday."
    assert [q.short for q in find_quotes(t)] == [True]
    assert [q.short for q in find_quotes(t, config=CompareConfig(short_quote_words=1))] == [False]
    # A pronoun looks back at most pronoun_reach sentences naming nobody for its person.
    t = "Ilya Belyakov spoke. It rained. “It is over,” he said."
    assert [q.speaker for q in find_quotes(t)] == ["Ilya Belyakov"]
    assert [q.speaker for q in find_quotes(t, config=CompareConfig(pronoun_reach=0))] == [None]


@given(st.lists(st.integers(0, 200), max_size=30), st.lists(st.tuples(st.integers(0, 8), st.integers(1, 12)), max_size=10))
@settings(max_examples=300, deadline=None)
def test_sentence_starts_outside_quotations_as_one_look_up_each(starts, gaps):
    """_starts_outside (over arrays) keeps the starts a per-start look-up finds in no quotation."""
    import bisect

    from kompare.core.quotes import _starts_outside
    from kompare.core.speakers import QuoteBox

    boxes, pos = [], 0
    for gap, length in gaps:  # quotations one after another, as the mark scans give them
        ostart = pos + gap
        boxes.append(QuoteBox(ostart + 1, ostart + length, ostart, ostart + length + 1))
        pos = ostart + length + 1
    opens = [b.ostart for b in boxes]

    def inside(p):
        k = bisect.bisect_right(opens, p) - 1
        return k >= 0 and boxes[k].ostart < p < boxes[k].oend

    sentences = [Sentence(i, s, s + 1) for i, s in enumerate(sorted(starts))]
    assert _starts_outside(sentences, boxes) == [p for p in sorted(starts) if not inside(p)]


@pytest.mark.parametrize("attribution, cue", [("Mr. Trump said", "said"), ("Mr. Trump was quoted as saying", "saying")])
def test_an_attribution_after_a_question_is_read_though_the_sentence_splitter_cut_there(attribution, cue):
    from kompare.core import Document, compare

    text = f"An article described the day.\n\n“How about the mayor starts it off?” {attribution}, playing peacemaker."
    c = compare(Document(text), Document("Nothing here at all."))
    assert [(q.speaker, q.cue) for q in c.quotes_a] == [("Trump", cue)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A show or a book named in quotation marks is no one's words...
        ("“We have got to defeat this bill,” Mr. Sanders said on CBS’s “Face the Nation.” "
         "Ryan said on “Fox News Sunday” that the deal was good.", ["We have got to defeat this bill"]),
        ('He wrote in his memoir, "From Hope to Higher Ground," that faith helps him.', []),
        ("She is the author of “Hacked World Order” and a former aide.", []),
        ("“They cannot believe what they're finding,” Trump told NBC's “Today” show on Thursday.",
         ["They cannot believe what they're finding"]),
        # ...but a short quotation is kept: a pronoun opens it, or a chant, or a headline's words.
        ("The president added, “We're America.”", ["We're America."]),
        ("The crowd chanted “Feel the Bern!” on the lawn.", ["Feel the Bern!"]),
        ("Trump Calls Trophy Hunting A 'Horror Show'", ["Horror Show"]),
        ("Trump called her “Crooked Hillary” again.", ["Crooked Hillary"]),
    ],
)
def test_a_title_in_quotation_marks_is_no_quotation(text, expected):
    assert words(text) == expected
