"""The PDF read back with poppler: text in reading order, metadata, fonts, pages, colours."""

import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

import kompare
from kompare.core.errors import Cancelled
from kompare.core.model import LinkKind, Side
from kompare.report import colors as C
from kompare.report import write_report

from .conftest import TEXT_A, TEXT_B, make_comparison
from .helpers import count_colour, needs_poppler, page_pixels, pdf_fonts, pdf_info, pdf_pages, pdf_text, squash

pytestmark = [needs_poppler, pytest.mark.usefixtures("qt_app")]

WHEN = datetime(2024, 6, 21, 9, 30, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    c = make_comparison()
    write_report(c, path, generated_at=WHEN)
    return c, path


def long_comparison(repeats: int = 40):
    """Many sentences, so the report runs over several pages."""
    extra_a = " ".join(f"Unique claim number {i} appears only in the first article." for i in range(repeats))
    extra_b = " ".join(f"Separate statement {i} is printed only by the second outlet." for i in range(repeats))
    return make_comparison(TEXT_A + " " + extra_a, TEXT_B + " " + extra_b)


def test_metadata_title_creator_and_a4(report):
    c, path = report
    info = pdf_info(path)
    assert info["Title"] == f"kompare: {c.a.document.title} vs {c.b.document.title}"
    assert info["Creator"] == f"kompare {kompare.__version__}"
    w, h = (float(x) for x in info["Page size"].split()[0:3:2])
    assert (round(w), round(h)) == (595, 842)  # A4 in points


def test_letter_page_size(tmp_path):
    path = tmp_path / "letter.pdf"
    write_report(make_comparison(), path, page_size="Letter")
    assert pdf_info(path)["Page size"].startswith("612 x 792")


def test_fonts_are_embedded_with_unicode_maps(report):
    fonts = pdf_fonts(report[1])
    assert fonts
    assert all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts


def test_header_with_titles_sources_dates_paths_and_time(report):
    c, path = report
    text = squash(pdf_text(path, first=1, last=1))
    for doc in (c.a.document, c.b.document):
        for value in (doc.title, doc.source, doc.date, doc.path):
            assert value in text, value
    assert "Compared 2024-06-21 09:30 UTC+02:00" in text
    assert "김정은 meets Putin" in text and "Outlet Ä" in text


def test_summary_figures_match_the_shares(report):
    c, path = report
    text = squash(pdf_text(path, first=1, last=1))
    for side in Side:
        doc = c.doc(side)
        # Worked out here from the sentences, independently of Comparison.shares.
        kinds = {sid: l.kind for l in c.links for sid in l.sentences(side)}
        total = sum(s.end - s.start for s in doc.sentences)
        agree = sum(s.end - s.start for s in doc.sentences if kinds.get(s.id) is LinkKind.AGREEMENT)
        diverge = sum(s.end - s.start for s in doc.sentences if kinds.get(s.id) is LinkKind.DIVERGENCE)
        unique = total - agree - diverge

        name = re.escape(doc.document.title)
        m = re.search(name + r": (\d+)% agrees · (\d+)% diverges · (\d+)% unique", text)
        assert m, f"no figures for {side}"
        got = [int(x) for x in m.groups()]
        assert sum(got) == 100
        for g, part in zip(got, (agree, diverge, unique)):
            assert abs(g - 100 * part / total) < 1
    assert "3 linked passages: 2 agreements, 1 divergence." in text


def test_known_divergence_side_by_side_with_typed_changes(report):
    _, path = report
    text = squash(pdf_text(path))
    a_pos = text.index("North Korea has supplied Russia with millions of shells for the war in Ukraine.")
    b_pos = text.index("North Korea has sent Russia a significant number of artillery shells, officials say.")
    change = text.index("number: “millions” → “a significant number”; hedge: (none) → “officials say”")
    assert a_pos < b_pos < change  # reading order: A's cell, B's cell, then the changes


def test_highlighted_words_are_painted(tmp_path):
    """The divergence's word tint covers more of the page with spans than without."""
    with_spans = make_comparison()
    without = replace(with_spans, links=tuple(replace(l, spans=()) for l in with_spans.links))
    counts = []
    for name, c in (("with", with_spans), ("without", without)):
        path = tmp_path / f"{name}.pdf"
        write_report(c, path)
        _, _, pixels = page_pixels(path, 1, dpi=40)
        counts.append((count_colour(pixels, C.DIVERGENCE_WORD), count_colour(pixels, C.AGREEMENT_WORD)))
    (div_with, agr_with), (div_without, agr_without) = counts
    assert div_with > div_without + 200
    assert agr_with > agr_without


def test_unique_passages_listed_once_each(report):
    c, path = report
    text = squash(pdf_text(path))
    only_a, only_b = text.index("Only in A"), text.index("Only in B")
    for sid in c.unique_a:
        sentence = c.a.sentence_text(sid)
        assert text.count(sentence) == 1
        assert only_a < text.index(sentence) < only_b
    for sid in c.unique_b:
        assert text.index(c.b.sentence_text(sid)) > only_b


def test_quotations_section(report):
    text = squash(pdf_text(report[1]))
    assert "Quotations" in text
    assert "absent from A" in text


def test_running_header_and_page_numbers_on_every_page(tmp_path):
    c = long_comparison()
    path = tmp_path / "long.pdf"
    write_report(c, path)
    pages = pdf_pages(path)
    n = int(pdf_info(path)["Pages"])
    assert n >= 3 and len(pages) == n
    header = f"{c.a.document.title} vs {c.b.document.title}"
    for i, page in enumerate(pages, 1):
        flat = squash(page)
        assert flat.strip().startswith(header), i
        assert f"Page {i} of {n}" in flat
    # No text extracted twice across a page boundary.
    flat = squash(" ".join(pages))
    for sid in c.unique_a:
        assert flat.count(c.a.sentence_text(sid)) == 1


def test_document_markup_and_unicode_come_out_literally(tmp_path):
    tricky = "Kim said <b>“no”</b> &amp; <script>x()</script> — Müller and 김정은 agreed."
    c = make_comparison(TEXT_A + " " + tricky, TEXT_B)
    path = tmp_path / "tricky.pdf"
    write_report(c, path)
    assert tricky in squash(pdf_text(path))


def test_no_quotations_heading_without_quotes(tmp_path):
    c = replace(make_comparison(), quotes_a=(), quotes_b=(), quote_matches=())
    path = tmp_path / "noquotes.pdf"
    write_report(c, path)
    assert "Quotations" not in pdf_text(path)


def test_progress_and_cancel(tmp_path):
    seen = []
    path = tmp_path / "p.pdf"
    write_report(long_comparison(10), path, progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and all(0 <= f <= 1 for f in fractions)
    assert any("page" in m for _, m in seen)

    calls = []

    def cancel_on_third_call():
        calls.append(1)
        return len(calls) >= 3

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_report(long_comparison(10), target, should_cancel=cancel_on_third_call)
    assert not target.exists()
    assert sorted(os.listdir(tmp_path)) == ["p.pdf"]


def test_reuses_the_running_application(qt_app, tmp_path):
    from PySide6.QtCore import QCoreApplication

    write_report(make_comparison(), tmp_path / "r.pdf")
    assert QCoreApplication.instance() is qt_app


def test_works_with_no_display_and_no_app(tmp_path):
    """A fresh process with no QT_QPA_PLATFORM and no DISPLAY: an offscreen app is made."""
    path = tmp_path / "headless.pdf"
    script = (
        "import sys; sys.path.insert(0, %r)\n"
        "from tests.report.conftest import make_comparison\n"
        "from kompare.report import write_report\n"
        "write_report(make_comparison(), %r)\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "import os; print(QGuiApplication.platformName(), os.environ['QT_QPA_PLATFORM'])\n"
    ) % (os.getcwd(), str(path))
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[:2] == ["offscreen", "offscreen"]
    assert "North Korea has supplied Russia" in squash(pdf_text(path))


def test_rendering_does_not_drain_none(tmp_path):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call, and a
    long report then ends in "deallocating None": pyproject.toml excludes it, and
    this guards against a Qt binding that does it again."""
    import gc

    c = long_comparison(150)
    gc.collect()
    before = sys.getrefcount(None)
    write_report(c, tmp_path / "long.pdf")
    gc.collect()
    assert sys.getrefcount(None) >= before
    assert int(pdf_info(tmp_path / "long.pdf")["Pages"]) >= 10


def many_links(n: int = 120):
    """n sentences linked one to one (every fifth a divergence), and n unique on each side."""
    from kompare.core.model import Comparison, Document, Link, SegmentedDocument, Sentence

    def doc(prefix, title):
        parts, sents, pos = [], [], 0
        for i in range(2 * n):
            text = f"{prefix} sentence {i} says the treaty binds both sides to help each other at once."
            sents.append(Sentence(i, pos, pos + len(text)))
            parts.append(text)
            pos += len(text) + 1
        return SegmentedDocument(Document(" ".join(parts), title=title, path=f"/{prefix}.txt"), tuple(sents), ())

    a, b = doc("First", "Alpha Daily"), doc("Second", "Beta Times")
    links = tuple(Link(i, (i,), (i,), LinkKind.DIVERGENCE if i % 5 == 0 else LinkKind.AGREEMENT, 0.8)
                  for i in range(n))
    return Comparison(a, b, links, tuple(range(n, 2 * n)), tuple(range(n, 2 * n)))


def test_continuation_pages_name_their_columns_or_section(tmp_path):
    path = tmp_path / "many.pdf"
    write_report(many_links(), path)
    pages = pdf_text(path, layout=True).split("\f")[:-1]
    firsts = [squash(page.strip().split("\n", 1)[0]) for page in pages]
    captions = [i for i, line in enumerate(firsts) if "A · Alpha Daily" in line and "B · Beta Times" in line]
    continued_a = [i for i, line in enumerate(firsts) if line.endswith("Only in A (continued)")]
    continued_b = [i for i, line in enumerate(firsts) if line.endswith("Only in B (continued)")]
    assert captions and continued_a and continued_b, firsts
    assert firsts[0].startswith("Alpha Daily vs Beta Times") and firsts[0].endswith("kompare")
    assert max(captions) < min(continued_a) <= max(continued_a) < min(continued_b)


def test_links_are_never_split_across_pages(tmp_path):
    """Each linked passage is short: both its sentences are read on one page."""
    c = many_links()
    path = tmp_path / "many.pdf"
    write_report(c, path)
    pages = [squash(p) for p in pdf_pages(path)]
    for link in c.links:
        a_text, b_text = c.a.sentence_text(link.a[0]), c.b.sentence_text(link.b[0])
        holders = [i for i, p in enumerate(pages) if a_text in p]
        assert len(holders) == 1 and b_text in pages[holders[0]], link.id


def test_a_long_layout_reports_progress_and_can_be_cancelled_while_it_runs(tmp_path, monkeypatch):
    # Qt lays a document out in one call unless asked block by block: the report of two
    # long texts took a minute there, with no progress and no way to stop it.
    from kompare.report import pdf

    monkeypatch.setattr(pdf, "LAYOUT_STEP_BLOCKS", 5)
    seen = []
    write_report(long_comparison(40), tmp_path / "p.pdf", progress=lambda f, m: seen.append((f, m)))
    laying = [f for f, m in seen if m == "Laying out the report"]
    assert len(laying) > 10 and laying == sorted(laying) and len(set(laying)) > 10

    messages: list[str] = []
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_report(long_comparison(40), target, progress=lambda f, m: messages.append(m),
                     should_cancel=lambda: messages.count("Laying out the report") >= 4)
    assert messages[-1] == "Laying out the report"  # stopped inside the layout, not after it
    assert not target.exists()
