"""The quick line filter: it may let through lines no pattern matches, never the reverse."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompare.core.ingest import furniture
from kompare.core.ingest.furniture import LINE_PATTERNS
from kompare.core.ingest.linefilter import line_filter, lowered_lines_holding

PATTERNS = [r"read more|advertisement", r"ads?", r"\d+ comments?", r"[^.!?]{0,80}\ball rights reserved\W{0,3}",
            r"(photo|image)s?: .{1,40}", r"©.{0,20}"]


@pytest.mark.parametrize(("line", "may"), [
    ("Read more", True), ("READ MORE", True), ("Ad", True), ("Ads", True), ("Adverts here", True),
    ("12 comments", True), ("© Acme", True), ("Images: AFP", True), ("Acme. All Rights Reserved.", True),
    ("Problem: the cursor is wrong", False), ("Photographs", True), ("Kim met Putin.", False),
    ("Solution: check for NULL", False), ("rights", False),
    # Letters that case-insensitive ``re`` takes for ASCII ones.
    ("\u0130mage: AFP", True), ("\u212a", False), ("\u017fhare", False),
])
def test_lines_let_through(line, may):
    assert line_filter(PATTERNS)(line) is may


def test_a_pattern_it_cannot_read_lets_every_line_through():
    assert line_filter([r"(a)\1", r"read more"])("Kim met Putin.")
    assert line_filter([r".*"])("Kim met Putin.")
    assert line_filter([r"[^x]+ reserved"])("Kim met Putin.")  # can start anywhere, nothing after is fixed


def test_the_furniture_filters_rule_out_ordinary_lines():
    # Were the filter to turn itself off (a Python whose re it cannot read), every line would pass.
    for line in ("Patch 8.2.1234", "Problem:    Crash when using :terminal.", "Files:      src/main.c",
                 "The two leaders signed a treaty.", "Kim Jong Un greeted Putin at the airport."):
        assert not furniture._MAY_MATCH_ALL(line)
        assert not furniture._MAY_MATCH_LONG(line)


@pytest.mark.parametrize("index", range(len(LINE_PATTERNS)))
def test_every_line_a_furniture_pattern_matches_passes_the_filter(index):
    regex = LINE_PATTERNS[index].regex

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(re.compile(regex, re.IGNORECASE), fullmatch=True))
    def check(line):
        line = line.strip()
        if re.fullmatch(regex, line, re.IGNORECASE):
            assert furniture._MAY_MATCH_ALL(line)
            assert furniture._MAY_MATCH_LONG(line) or not LINE_PATTERNS[index].long

    check()


@given(st.text(alphabet=st.sampled_from("aAdDsS \u0130\u0131\u017f\u212a©.!9-:"), max_size=12))
def test_never_rules_out_a_line_a_pattern_matches(line):
    if any(re.fullmatch(p, line, re.IGNORECASE) for p in PATTERNS):
        assert line_filter(PATTERNS)(line)


_LINES = ["Read more", "  read more  ", "\tADS", "Kim met Putin.", "Acme. All rights reserved", "\u0130MAGE: x",
          "Acme. ALL R\u0130GHTS RESERVED", "Acme. all r\u0131ghts reserved", "Acme. all rightſ reserved",
          "\x0c12 comments", "\u2028© Acme", "ſhare", "", "   ", "Photos: AFP", "Problem: x"]


@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=10))
def test_line_starts_of_a_whole_text_hold_every_line_let_through(lines):
    # (One search of the text stands for the test of each line: it must miss none.)
    text = "\n".join(lines)
    may_match = line_filter(PATTERNS)
    starts = may_match.line_starts(text)
    quicker = may_match.line_starts(text, *lowered_lines_holding(text, may_match.phrases))
    offset = 0
    for line in lines:
        if line.strip() and may_match(line.strip()):
            assert offset in starts and offset in quicker
        offset += len(line) + 1


def test_line_starts_rule_out_ordinary_lines_and_say_when_every_line_passes():
    assert line_filter(PATTERNS).line_starts("Kim met Putin.\nRead more\nPutin left.") == {15}
    assert line_filter([r"(a)\1"]).line_starts("Kim met Putin.") is None
    assert line_filter([r"(a)\1"]).phrases == ()  # (furniture asks for them in any case)


def test_lowering_a_piece_at_a_time_finds_what_lowering_the_whole_text_finds():
    line = "Kim met Putin. \u0130MAGE: AFP. All Rights Reserved \u212a\n"
    text = (line + "x" * 70_000 + "\n") * 3  # several pieces
    low = text.replace("\u0130", "I").lower()
    whole = {low.rfind("\n", 0, at) + 1 for at in range(len(low)) if low.startswith(("image", "rights r"), at)}
    assert lowered_lines_holding(text, ["image", "rights r"]) == [whole] and len(whole) == 3
