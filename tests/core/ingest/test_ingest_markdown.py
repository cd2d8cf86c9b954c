"""Markdown read as CommonMark (markdown-it-py): each case is what a reader sees of the source."""

from __future__ import annotations

import pytest

from kompare.core.ingest.markdown import render_markdown

CASES = [
    # list items that wrap onto a second line stay one item each (they used to run together)
    ("- first item\n  continues here\n- second item\n", "• first item continues here\n• second item"),
    ("1. one\n2. two\n\n   still two\n3) three\n", "1. one\n2. two\nstill two\n\n3) three"),
    ("7. seventh\n8. eighth\n", "7. seventh\n8. eighth"),
    ("- outer\n  - inner\n- back\n", "• outer\n• inner\n• back"),
    ("Heading\n=======\n\nText.\n", "Heading\n\nText."),
    ("# Title #\n\nBody.\n", "Title\n\nBody."),
    ("A [link][ref] and ![img][ref].\n\n[ref]: https://x.org \"T\"\n", "A link and ."),
    ("Use `a * b` and ``x ` y``.\n", "Use a * b and x ` y."),
    ("&copy; 2024 &amp; &#8220;so&#8221;\n", "© 2024 & “so”"),
    ("line one  \nline two\\\nline three\n", "line one\nline two\nline three"),
    ("> quoted *text*\n> goes on\n\nafter\n", "quoted text goes on\n\nafter"),
    ("    indented code\n\npara\n", "indented code\n\npara"),
    ("```python\nx = 1\n```\n", "x = 1"),
    ("***\n\nafter the rule\n", "after the rule"),
    ("<div>\n<p>html block</p>\n</div>\n\ntext\n", "html block\n\ntext"),
    ("~~gone~~ kept\n", "gone kept"),
    ("| a | b |\n|---|:-:|\n| 1 | 2 |\n", "a | b\n\n1 | 2"),
    ("2 * 3 * 4 = 24 and snake_case_name\n", "2 * 3 * 4 = 24 and snake_case_name"),
]


@pytest.mark.parametrize("source, shown", CASES)
def test_commonmark_reads_as_a_reader_sees_it(source, shown):
    assert render_markdown(source).text == shown


def test_a_title_in_front_matter_is_shown_once_as_the_first_line():
    got = render_markdown("---\ntitle: Kim *meets* Putin\n---\n\nKim meets Putin\n\nText.\n")
    assert got.title == "Kim meets Putin"
    assert got.text == "Kim meets Putin\n\nText."
