"""Saved web pages: the article only, paragraphs apart, metadata from the page."""

from __future__ import annotations

import re

import pytest

from kompare.core.ingest import html_page, load_document

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def article():
    return load_document(FIXTURES / "article.html")


def test_page_metadata(article):
    assert article.format == "html"
    assert article.title == "Seoul weighs arms for Kyiv after Putin–Kim pact"
    assert article.source == "Harbour Tribune"
    assert article.date == "2024-06-21"


def test_only_the_article_text_is_kept(article):
    # Every piece of page chrome in the fixture carries a MUST_NOT_LEAK marker.
    assert "MUST_NOT_LEAK" not in article.text
    for chrome in ("Copy link", "Share on X", "Related stories", "All rights reserved", "Business"):
        assert chrome not in article.text


def test_no_markup_or_entities_leak(article):
    assert not re.search(r"<[a-zA-Z/!]", article.text)
    assert not re.search(r"&[a-z]+;|&#\d+;", article.text)
    assert "“military and other assistance with all means in its possession”" in article.text


def test_paragraphs_are_separated_by_blank_lines(article):
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == article.title
    assert paragraphs[1].startswith("South Korea said on Thursday")
    assert paragraphs[-1].startswith("Analysts in Seoul said")
    assert len(paragraphs) == 6
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_html_is_sniffed_from_content_in_a_txt_file(write):
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    doc = load_document(write("saved-page.txt", "\n\n" + page))
    assert doc.format == "html"
    assert doc.title == "Seoul weighs arms for Kyiv after Putin–Kim pact"


def test_domain_stands_in_for_a_missing_site_name(write):
    page = """<html><head><title>Kim hosts Putin</title>
    <link rel="canonical" href="https://www.example-news.org/world/kim-hosts-putin"></head>
    <body><article><h1>Kim hosts Putin</h1>
    <p>North Korean leader Kim Jong Un welcomed Russian President Vladimir Putin at the airport in Pyongyang early on Wednesday morning.</p>
    <p>The two leaders then held talks that lasted several hours, state media reported later that day.</p>
    </article></body></html>"""
    doc = load_document(write("page.html", page))
    assert doc.source == "example-news.org"
    assert "Putin at the airport" in doc.text


def test_lxml_fallback_when_trafilatura_finds_nothing(write, monkeypatch):
    monkeypatch.setattr(html_page, "_with_trafilatura", lambda page: None)
    page = """<html><head><title>Fallback title</title><style>p {color: red}</style></head>
    <body><nav><a>Home</a></nav><h2>A heading</h2><p>First <b>bold</b> paragraph.</p>
    <ul><li>One item</li><li><p>Nested paragraph item</p></li></ul><!-- hidden --><script>x()</script>
    </body></html>"""
    doc = load_document(write("fallback.html", page))
    assert doc.text == "A heading\n\nFirst bold paragraph.\n\nOne item\n\nNested paragraph item"
    assert doc.title == "Fallback title"
    assert html_page.FALLBACK_NOTICE in doc.notices


def test_broken_html_still_yields_text(write):
    doc = load_document(write("broken.htm", "<html><body><p>Unclosed paragraph about the treaty <b>signed"))
    assert "Unclosed paragraph about the treaty" in doc.text
    assert "<" not in doc.text


def test_furniture_that_survives_extraction_is_excluded(write):
    page = """<html><head><title>Kim hosts Putin for summit talks</title></head><body><article>
    <h1>Kim hosts Putin for summit talks</h1>
    <p>North Korean leader Kim Jong Un welcomed Russian President Vladimir Putin at the airport in Pyongyang early on Wednesday morning, state media said.</p>
    <div class="ad"><span>Advertisement</span></div>
    <p>The two leaders then held talks that lasted several hours, state media reported later that day, and signed a treaty.</p>
    <p>Read more</p>
    <p>The treaty was described by Kim as the strongest ever between the two countries, a phrase repeated by officials.</p>
    </article></body></html>"""
    doc = load_document(write("page.html", page))
    assert [doc.text[e.start : e.end] for e in doc.excluded] == ["Advertisement", "Read more"]
    assert doc.title == "Kim hosts Putin for summit talks"
