"""Title and date read off the top of files that carry no metadata."""

from __future__ import annotations

import pytest

from kompare.core.ingest import document_from_text, load_document
from kompare.core.ingest.decode import decode_bytes


@pytest.mark.parametrize(
    "text, title",
    [
        ("Advertisement\nOpinion | Why Seoul must rethink its stance\nBody.", "Why Seoul must rethink its stance"),
        ("# Kim and Putin sign a pact\n\nBody.", "Kim and Putin sign a pact"),
        ("China Slams US Over Pyongyang Treaty\nBody.", "China Slams US Over Pyongyang Treaty"),
        ("Analysis Seoul weighs its options after the summitRussia and North Korea could bolster "
         "military ties at the summit, but South Korea has ways to counter such cooperation. " * 2,
         "Seoul weighs its options after the summit"),
    ],
)
def test_title_from_the_first_kept_line(text, title):
    assert document_from_text(text).title == title


def test_title_falls_back_to_the_file_name(write):
    doc = load_document(write("kim-putin.txt", "Putin arrived in Pyongyang on Wednesday. Kim met him."))
    assert doc.title == "kim-putin.txt"
    assert doc.display_name == "kim-putin.txt"


@pytest.mark.parametrize(
    "text, date",
    [
        ("Kim meets Putin\nJune 19, 2024\nBody.", "2024-06-19"),
        ("Kim meets Putin\nSeoul, 19th June 2024 10:00 KST\nBody.", "2024-06-19"),
        ("Kim meets Putin\n2024-06-19T10:00\nBody.", "2024-06-19"),
        ("Kim meets Putin\nFebruary 30, 2024\nBody.", ""),  # not a real day
        ("Kim meets Putin\n" + "Long body text. " * 30 + "It was signed on June 19, 2024.", ""),
    ],
)
def test_date_from_a_dateline_at_the_top(text, date):
    doc = document_from_text(text)
    assert doc.date == date
    assert doc.source == ""


def test_odd_length_utf16_is_repaired_with_a_notice():
    decoded = decode_bytes("Kim and Putin".encode("utf-16") + b"\x41")
    assert decoded.text.startswith("Kim and Putin")
    assert decoded.notices and "UTF-16" in decoded.notices[0]
