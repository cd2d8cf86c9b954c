"""Reports of real comparisons: the seed articles through kompare.core.compare_files."""

import re
from pathlib import Path

import pytest

from kompare.core.model import ChangeType, LinkKind, Side
from kompare.report import write_report
from kompare.report.build_html import CHANGE_LABELS

from .helpers import needs_poppler, pdf_info, pdf_pages, pdf_text, squash

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
pytestmark = [needs_poppler, pytest.mark.usefixtures("qt_app")]


def seed(prefix: str) -> str:
    return str(next(SEEDS.glob(f"{prefix}_*.txt")))


@pytest.fixture(scope="module")
def seeds_001_002(tmp_path_factory):
    from kompare.core import compare_files

    c = compare_files(seed("001"), seed("002"))
    path = tmp_path_factory.mktemp("seeds") / "001-002.pdf"
    write_report(c, path)
    return c, path


def test_known_number_divergence_is_reported(seeds_001_002):
    c, path = seeds_001_002
    text = squash(pdf_text(path))
    link = next(l for l in c.links if any(ch.type is ChangeType.NUMBER and ch.a == "millions" for ch in l.changes))
    assert link.kind is LinkKind.DIVERGENCE
    assert "number: “millions” → “a significant number”" in text
    for ch in link.changes:  # every typed change of the link is listed
        a = f"“{ch.a}”" if ch.a.strip() else "(none)"
        b = f"“{ch.b}”" if ch.b.strip() else "(none)"
        assert squash(f"{CHANGE_LABELS[ch.type]}: {a} → {b}") in text
    a_text = squash(" ".join(c.a.sentence_text(i) for i in link.a))
    b_text = squash(" ".join(c.b.sentence_text(i) for i in link.b))
    assert "millions" in a_text and "a significant number of artillery shells" in b_text
    assert text.index(a_text) < text.index(b_text)


def test_every_passage_appears_once(seeds_001_002):
    c, path = seeds_001_002
    # Page bodies only: the running header repeats the titles on every page.
    text = squash(" ".join(page.split("\n", 1)[1] for page in pdf_pages(path)))
    for side in Side:
        doc = c.doc(side)
        for s in doc.sentences:
            sentence = squash(doc.sentence_text(s.id)).strip()
            if c.link_of(side, s.id) is None:
                if sentence == doc.document.title:  # also in the header, summary, headings
                    assert sentence in text
                else:
                    assert text.count(sentence) == 1, sentence
            else:
                assert sentence in text or all(part in text for part in sentence.split(" … ")), sentence


def test_header_and_title(seeds_001_002):
    c, path = seeds_001_002
    info = pdf_info(path)
    assert info["Title"] == f"kompare: {c.a.document.display_name} vs {c.b.document.display_name}"
    first = squash(pdf_text(path, first=1, last=1))
    # A long path may wrap anywhere in its cell: compare without whitespace.
    flat = re.sub(r"\s", "", first)
    assert re.sub(r"\s", "", c.a.document.path) in flat and re.sub(r"\s", "", c.b.document.path) in flat


def test_html_report_of_001_003(tmp_path):
    from kompare.core import compare_files

    c = compare_files(seed("001"), seed("003"))
    path = tmp_path / "001-003.html"
    write_report(c, path)
    html = path.read_text(encoding="utf-8")
    assert html.count('class="card"') >= len(c.links) + len(c.unique_a) + len(c.unique_b)
    if c.quotes_a or c.quotes_b:
        assert "<h2>Quotations</h2>" in html
