"""Sentence splitting: abbreviations, quotes, wrapping, headings, repeats."""

import pytest

from kompare.core.model import Document, ExclusionReason
from kompare.core.segment import find_repeats, looks_hard_wrapped, segment


def sentences(text: str) -> list[str]:
    seg = segment(Document(text))
    return [seg.sentence_text(s.id) for s in seg.sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. and the U.N. agreed. Then they left.", ["The U.S. and the U.N. agreed.", "Then they left."]),
        ("Mr. Kim met Dr. Lee. Gen. Park stayed.", ["Mr. Kim met Dr. Lee.", "Gen. Park stayed."]),
        ("It was signed on Jan. 5 in No. 10 St. James. Done.", ["It was signed on Jan. 5 in No. 10 St. James.", "Done."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        ("He said “it is over.” She left.", ["He said “it is over.”", "She left."]),
        ('He said "it is over." She left.', ['He said "it is over."', "She left."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("Headline without a stop\n\nBody text here. More.", ["Headline without a stop", "Body text here.", "More."]),
        ("Title line\nBody sentence one is here. Two.", ["Title line", "Body sentence one is here.", "Two."]),
        ("It ends. THREATS TO SOUTH KOREA Putin’s visit raises risks.",
         ["It ends.", "THREATS TO SOUTH KOREA", "Putin’s visit raises risks."]),
        ("The U.S. and NATO agreed. KCNA said so.", ["The U.S. and NATO agreed.", "KCNA said so."]),
    ],
)
def test_sentence_table(text, expected):
    assert sentences(text) == expected


def test_offsets_point_into_the_text():
    text = "  First one.\n\n  Second one?  "
    seg = segment(Document(text))
    assert [(s.start, s.end) for s in seg.sentences] == [(2, 12), (16, 27)]


PARAGRAPH = (
    "South Korea is reacting sharply today to a treaty signed on Wednesday by Russian President "
    "Vladimir Putin and North Korea's leader Kim Jong Un. The treaty includes a mutual defense "
    "clause that obliges each side to help the other without delay. Seoul said it would "
    "reconsider the issue of arms support to Ukraine. Analysts expect a long period of tension "
    "on the peninsula, and officials in Washington have urged calm."
)


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_hard_wrapped_text_gives_the_same_sentences(width):
    text = "\n\n".join([PARAGRAPH, PARAGRAPH.replace("Seoul", "Tokyo")])
    wrapped = "\n\n".join(_wrap(p, width) for p in text.split("\n\n"))
    assert looks_hard_wrapped(wrapped)
    norm = lambda ss: [" ".join(s.split()) for s in ss]  # noqa: E731
    assert norm(sentences(wrapped)) == norm(sentences(text))


def test_one_paragraph_per_line_is_not_hard_wrapped():
    text = "\n".join([PARAGRAPH] * 8)
    assert not looks_hard_wrapped(text)


def test_repeated_lede_is_compared_once():
    lede = ("Russian leader Vladimir Putin will make his first visit to North Korea in 24 years on "
            "Tuesday, a visit that will likely look to further develop their military cooperation.")
    text = f"{lede} Something else happened later that week in Seoul. {lede} Get your copy. {lede}"
    seg = segment(Document(text))
    repeats = [e for e in seg.excluded if e.reason is ExclusionReason.REPEAT]
    assert len(repeats) == 2
    assert [text[e.start:e.end] for e in repeats] == [lede, lede]
    compared = [seg.sentence_text(s.id) for s in seg.sentences]
    assert compared.count(lede) == 1


def test_short_repeated_phrases_are_not_repeats():
    phrase = "the growing North Korea-Russia partnership"
    text = f"Given {phrase}, Seoul will act. Despite {phrase}, Seoul also waits."
    assert find_repeats(text, [], min_words=20) == []


def test_furniture_is_not_compared():
    text = "Advertisement\nThe treaty was signed. It matters."
    doc = Document(text, excluded=(__import__("kompare.core.model", fromlist=["Excluded"]).Excluded(0, 13, ExclusionReason.FURNITURE),))
    seg = segment(doc)
    assert [seg.sentence_text(s.id) for s in seg.sentences] == ["The treaty was signed.", "It matters."]


def test_seed_004_lede_repeated_three_times_is_compared_once(seeds):
    text = seeds("004").read_text(encoding="utf-8")
    seg = segment(Document(text))
    needle = "Russian leader Vladimir Putin will make his first visit to North Korea in 24 years"
    assert text.count(needle) == 3
    compared = [seg.sentence_text(s.id) for s in seg.sentences]
    assert sum(needle in s for s in compared) == 1
    assert sum(1 for e in seg.excluded if e.reason is ExclusionReason.REPEAT) >= 2
