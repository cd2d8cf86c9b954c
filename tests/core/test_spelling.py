"""Two spellings of one word are no difference of fact; two different words stay different."""

import pytest
from hypothesis import given, strategies as st

from kompare.core import ChangeType, Document, LinkKind, QuoteMatchKind, compare
from kompare.core.speakers import same_speaker
from kompare.core.spelling import same_spelling


@pytest.mark.parametrize(
    "a, b, same",
    [
        # Joined otherwise
        ("Jong-un", "Jong Un", True),
        ("Suk-yeol", "Suk Yeol", True),
        ("O'Rourke", "O’Rourke", True),
        ("e-mail", "email", True),
        # The Arabic article
        ("al-Assad", "Assad", True),
        ("Al Qaeda", "al-Qaida", True),
        ("Moammar Gadhafi", "Muammar al-Qaddafi", True),
        # Romanisations a style book gives
        ("Zelensky", "Zelenskyy", True),
        ("Kiev", "Kyiv", True),
        ("Hezbollah", "Hizbollah", True),
        ("Mohammed", "Muhammad", True),
        # British and American forms
        ("defence", "defense", True),
        ("colour", "color", True),
        ("favourite", "favorite", True),
        ("criticised", "criticized", True),
        ("organisation", "organization", True),
        ("analysed", "analyzed", True),
        ("travelled", "traveled", True),
        ("centre", "center", True),
        ("programme", "program", True),
        # A title and its short form, written before a name
        ("Gen. Flynn", "General Flynn", True),
        ("Sen. Cornyn", "Senator Cornyn", True),
        ("gen", "general", False),
        # Different words, however close: a vowel or a letter is another name or word
        ("Walker", "Welker", False),
        ("Binyamin", "Benjamin", False),
        ("filled", "filed", False),
        ("poured", "pored", False),
        ("four", "for", False),
        ("hour", "hor", False),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Al Gore", "Tipper Gore", False),
        ("timber", "timbre", False),
    ],
)
def test_same_spelling(a, b, same):
    assert same_spelling(a.split(), b.split()) is same
    assert same_spelling(b.split(), a.split()) is same


@pytest.mark.parametrize(
    "a, b",
    [
        ("North Korean leader Kim Jong-un met Russian President Vladimir Putin in Pyongyang on Wednesday.",
         "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang on Wednesday."),
        ("Now it looks like Libyan strongman Muammar al-Qaddafi is going to beat the United States, he said.",
         "Now it looks like Libyan strongman Moammar Gadhafi is going to beat the United States, he said."),
        ("The drone attack hit a fuel depot outside Kiev late on Sunday, officials said.",
         "The drone attack hit a fuel depot outside Kyiv late on Sunday, officials said."),
        ("Officials criticised the decision to cancel the programme on Friday, the ministry said.",
         "Officials criticized the decision to cancel the program on Friday, the ministry said."),
    ],
)
def test_a_name_or_word_spelled_another_way_is_an_agreement(a, b):
    (link,) = compare(Document(a), Document(b)).links
    assert link.kind is LinkKind.AGREEMENT and link.changes == ()


@pytest.mark.parametrize(
    "a, b, change",
    [
        ("Senator Mark Walker spoke to reporters about the bill on Tuesday afternoon.",
         "Senator Mark Welker spoke to reporters about the bill on Tuesday afternoon.", ChangeType.NAME),
        ("The council filled the vacancy on Monday after a long search, officials said.",
         "The council filed the vacancy on Monday after a long search, officials said.", ChangeType.TERM),
    ],
)
def test_a_different_name_or_word_stays_a_divergence(a, b, change):
    (link,) = compare(Document(a), Document(b)).links
    assert link.kind is LinkKind.DIVERGENCE and [c.type for c in link.changes] == [change]


def test_a_quotation_in_another_house_spelling_is_the_same_quotation():
    a = Document("“We must strengthen our defence and Kim Jong-un knows it,” Yoon said on Monday.")
    b = Document("“We must strengthen our defense and Kim Jong Un knows it,” Yoon said on Monday.")
    result = compare(a, b)
    (match,) = result.quote_matches
    assert match.kind is QuoteMatchKind.VERBATIM and match.speaker_match
    (link,) = result.links
    assert link.kind is LinkKind.AGREEMENT and link.changes == ()


def test_a_speaker_spelled_another_way_is_the_same_speaker():
    assert same_speaker("Moammar Gadhafi", "Muammar al-Qaddafi")
    assert same_speaker("Zelenskyy", "Volodymyr Zelensky")
    assert not same_speaker("Kim Jong Un", "Kim Yo Jong")
    a = Document("“The war is not over,” Zelensky said in his nightly address on Sunday.")
    b = Document("“The war is not over,” Zelenskyy said in his nightly address on Sunday.")
    (link,) = compare(a, b).links
    assert link.kind is LinkKind.AGREEMENT and link.changes == ()


_WORDS = st.lists(st.text(alphabet="aAlLqQgGé-’' .dhyY", max_size=12), max_size=4)


@given(_WORDS, _WORDS)
def test_same_spelling_is_reflexive_and_symmetric(a, b):
    assert same_spelling(a, a)
    assert same_spelling(a, b) == same_spelling(b, a)
