"""Page furniture: listed as excluded, kept in the text, never over-eager."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompare.core.ingest import document_from_text, furniture
from kompare.core.ingest.furniture import LINE_PATTERNS, find_furniture, is_furniture_line
from kompare.core.ingest.linefilter import lowered_lines_holding
from kompare.core.model import ExclusionReason

FURNITURE, CAPTION, REPEAT = ExclusionReason.FURNITURE, ExclusionReason.CAPTION, ExclusionReason.REPEAT
BODY = "Putin and Kim signed the treaty in Pyongyang on Wednesday, state media said."


def verdicts(text: str, **kwargs) -> list[tuple[str, ExclusionReason]]:
    return [(text[e.start : e.end], e.reason) for e in find_furniture(text, **kwargs)]


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "ADVERTISEMENT", "Read More", "read more", "Leave a Reply", "Continue Reading",
     "Reading Time:3 minutes", "Reading time: 5 min", "4 min read", "Why you can trust SCMP",
     "Connect with us", "Published", "on", "From Your Site Articles", "Related Articles Around the Web",
     "Additional reporting by the Associated Press", "Additional reporting by Reuters.", "5", "128",
     "|", "---", "Share on Facebook", "Share this article", "Sign up for our newsletter", "Subscribe",
     "© 2024 Korea Risk Group. All rights reserved.", "Copyright 2024 Example News", "By John Lee",
     "By Kim Tong-hyung and Jim Heintz", "Reporting by Hyonhee Shin in Seoul; Editing by Ed Davies",
     "Additional reporting by Jane Doe in Seoul and John Roe in Tokyo", "Updated: 19 June 2024, 10:05 GMT", "Skip to main content",
     "You may also like", "Most Read", "World", "News | Asia", "Photo: Reuters", "Image source, Getty Images"],
)
def test_known_furniture_lines(line):
    text = f"{BODY}\n{line}\n{BODY}"
    found = find_furniture(text)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == line


@pytest.mark.parametrize(
    "line",
    ["You can read more about the treaty in the full text published by KCNA.",
     "Analysts said readers should continue reading the fine print.",
     "Published reports suggest the talks went well.",
     "Copyright law was not discussed at the summit.",
     "The photo by the agency showed Kim waving.",
     "Kim said on Wednesday that the pact was the strongest ever.",
     "By the end of the week, the two sides had agreed on a text.",
     "World leaders reacted with alarm to the treaty.",
     "Subscribers to the newsletter were told about it first.",
     "Reporting by state media suggested Kim was pleased",
     "Written by hand, the letter reached Kim within days",
     "Pictures, video and statements were released by both sides"],
)
def test_real_sentences_are_not_furniture(line):
    assert find_furniture(f"{BODY}\n{line}\n{BODY}") == ()
    assert not is_furniture_line(line)


@pytest.mark.parametrize(
    "caption",
    ["A Hanwha K9 Howitzer seen at the company’s manufacturing facility. Photo: Bloomberg",
     "Kim and Putin parade around in an open-top car in Pyongyang. Photo by KCNA via KNS / AFP",
     "Kim Jong Un greets Vladimir Putin at the airport (Photo: Yonhap)",
     "Russian President Vladimir Putin in Hanoi. Reuters"],
)
def test_photo_captions(caption):
    assert verdicts(f"{BODY}\n\n{caption}\n\n{BODY}") == [(caption, CAPTION)]


def test_headline_repeated_at_the_top_keeps_the_first_copy():
    head = "South Korea hits back against Putin-Xi defense pact"
    text = f"Connect with us\n\nWorld\n\n{head}\n\nPublished\n\non\n\n{head}\n\n{BODY}"
    found = verdicts(text)
    assert found == [("Connect with us", FURNITURE), ("World", FURNITURE), ("Published", FURNITURE),
                     ("on", FURNITURE), (head, REPEAT)]
    assert text.index(head) < find_furniture(text)[-1].start  # the excluded copy is the second
    assert document_from_text(text).title == head


def test_teaser_printed_twice_in_a_row_is_furniture_both_times():
    teaser = "Putin, Kim sign ‘strongest ever’ defence treaty amid growing tensions with the West"
    text = f"Seoul warns Moscow over arms\n\n{BODY}\n\n\n{teaser}\n\n{teaser}\n\n{BODY}"
    assert verdicts(text) == [(teaser, FURNITURE), (teaser, FURNITURE)]


def test_repeated_sentences_are_left_to_the_segmenter():
    text = f"Seoul warns Moscow over arms\n\n{BODY}\n\n{BODY}"
    assert find_furniture(text) == ()


def test_known_title_marks_its_repeat(tmp_path):
    text = f"Kim hosts Putin\n\n{BODY}\n\nKim hosts Putin"
    assert verdicts(text, title="Kim Hosts Putin") == [("Kim hosts Putin", REPEAT)]


def test_labels_above_the_headline():
    text = f"Opinion\nNorth Korea › Diplomacy\nWhy Seoul should rethink its stance\n{BODY}"
    assert [t for t, _ in verdicts(text)] == ["Opinion", "North Korea › Diplomacy"]


def test_no_headline_means_no_label_guessing():
    text = f"Kim\n{BODY}\n{BODY}"
    assert find_furniture(text) == ()


def test_copyright_and_unfinished_prompt_at_line_ends():
    long_body = " ".join([BODY] * 4)
    text = f"{long_body} Get your\n|\n{long_body} © Example Group. All rights reserved. |"
    found = verdicts(text)
    assert found == [("Get your", FURNITURE), ("|", FURNITURE),
                     ("© Example Group. All rights reserved. |", FURNITURE)]


def test_unfinished_fragment_needs_furniture_or_the_end_after_it():
    long_body = " ".join([BODY] * 4)
    assert find_furniture(f"{long_body} The\n{BODY}") == ()


def test_hard_wrapped_text_keeps_its_line_ends():
    wrapped = ("The treaty was signed on Wednesday by the two leaders, according to\n"
               "AFP\n"
               "reporters at the scene, who said the ceremony lasted an hour and\n"
               "was followed by a banquet. The photographers were told that\n"
               "Photo: opportunities would be limited to the arrival and the\n"
               "handshake, and that the officials would applaud for minutes\n"
               "on\n"
               "end.\n\n"
               "Advertisement\n\n"
               "The second paragraph starts here and runs on for a while so\n"
               "that it wraps onto a second line.\n")
    assert verdicts(wrapped) == [("Advertisement", FURNITURE)]


def test_ranges_cover_whole_lines_and_keep_the_text():
    text = "  Advertisement  \nKim met Putin.\n"
    doc = document_from_text(text)
    assert doc.text == text
    (only,) = doc.excluded
    assert (only.start, only.end, only.note) == (0, 17, "advertisement")


def test_every_pattern_is_anchored_to_whole_lines():
    # A pattern that matched inside a sentence would exclude real text.
    for pattern in LINE_PATTERNS:
        assert pattern.note and pattern.reason in (FURNITURE, CAPTION)
    assert find_furniture(f"{BODY} Advertisement {BODY}") == ()


def test_a_file_of_nothing_but_furniture_says_so():
    doc = document_from_text("Advertisement\n\nRead More\n\n5\n")
    assert len(doc.excluded) == 3
    assert any("nothing is left to compare" in n for n in doc.notices)
    assert document_from_text("Kim met Putin.\nRead More").notices == ()


def test_a_line_repeated_far_apart_gets_the_same_verdict_each_time():
    # (A repeated line is tested once and its verdict reused: every copy must still be marked.)
    body = "Kim met Putin in Pyongyang on Wednesday and they signed a treaty.\n"
    text = "Advertisement\n" + body + "Advertisement\n" + body.replace("Kim", "Park") + "Advertisement\n"
    found = [(text[e.start : e.end], e.note) for e in find_furniture(text)]
    assert found == [("Advertisement", "advertisement")] * 3


_CAPTION_LINES = ["Kim and Putin. Photo: AFP", "PHOTOGRAPH by Reuters", "Kim met Putin.", "\u0130mage: AFP", "ı",
                  "Credit: ſhutterstock", "  AP Photo  ", "image", "\u212a", "Graphic: KCNA", "afp", "", "   "]


@given(st.lists(st.sampled_from(_CAPTION_LINES), min_size=1, max_size=8))
def test_caption_lines_found_at_once_agree_with_the_line_by_line_test(lines):
    # (The words are searched for in the whole text; \u0130 lowers to two characters.)
    text = "\n".join(lines)
    at_once = furniture._caption_lines(text, *lowered_lines_holding(text, furniture._CAPTION_WORDS))
    for line in furniture._lines(text):
        assert (line.start in at_once) == furniture._may_be_caption(line.text)


@pytest.mark.parametrize(("text", "found"), [
    (f"{' '.join([BODY] * 4)} © 2024 Acme. All rights reserved.\nKim met Putin.",
     ["© 2024 Acme. All rights reserved."]),
    (f"\u0130stanbul: {' '.join([BODY] * 4)} COPYRIGHT 2024 Acme\nKim met Putin.", ["COPYRIGHT 2024 Acme"]),
    (f"Copyright law aside, {' '.join([BODY] * 8)}\nKim met Putin.", []),  # the word, far from the line's end
])
def test_a_notice_is_cut_from_the_end_of_a_line(text, found):
    # (The lines holding a notice's words are found in the whole text first, then looked at closer.)
    assert [text[e.start : e.end] for e in find_furniture(text)] == found
