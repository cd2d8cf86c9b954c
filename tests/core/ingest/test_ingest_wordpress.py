"""WordPress REST API JSON, including saved files that are cut short."""

from __future__ import annotations

import json

import pytest

from kompare.core.errors import InputError
from kompare.core.ingest import load_document
from kompare.core.ingest.jsonscan import scan
from kompare.core.ingest.wordpress import TRUNCATED, extract_wordpress, looks_like_wordpress

from .conftest import FIXTURES, excluded_texts, seed_path


def test_seed_002_metadata_and_notice():
    doc = load_document(seed_path(2))
    assert doc.format == "wordpress-json"
    assert doc.title == "South Korea faces geopolitical balancing act as Russia and North Korea align"
    assert doc.date == "2024-06-20"
    assert doc.source == "koreapro.org"
    assert TRUNCATED == "the file ends in the middle of its content: showing what is there"
    assert TRUNCATED in doc.notices


def test_seed_002_text_is_clean():
    text = load_document(seed_path(2)).text
    assert "Putin’s visit to Pyongyang" in text
    for leftover in ("<span", "</", "\\u2019", "\\/", "&nbsp;", "\u00a0", '"rendered"', "{"):
        assert leftover not in text
    paragraphs = text.split("\n\n")
    assert "AMBIGUITY OF MUTUAL ASSISTANCE" in paragraphs  # the heading is its own paragraph
    assert paragraphs[-1].endswith("sanctions against North Korea.")  # the last, cut-off paragraph is kept
    assert all(p == p.strip() and "\n" not in p for p in paragraphs)


def test_list_of_posts_shows_the_first_and_says_so():
    doc = load_document(FIXTURES / "wordpress_posts.json")
    assert doc.title == "What the Russia–North Korea treaty actually says"  # &#8211; decoded
    assert doc.source == "peninsula-desk.example"
    assert doc.date == "2024-06-19"
    assert "the file holds 2 posts: showing the first one" in doc.notices
    assert "Putin arrives" not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:3] == [doc.title, "The treaty signed in Pyongyang runs to 23 articles.", "Article 4"]
    assert "“military and other assistance” if the other is attacked." in doc.text
    assert "trackView" not in doc.text and "<" not in doc.text
    assert excluded_texts(doc) == ["Kim Jong Un and Vladimir Putin in Pyongyang. Photo: KCNA"]


def test_complete_json_has_no_truncation_notice(write):
    post = {"title": {"rendered": "Short post"}, "link": "https://news.example.com/p/1",
            "date": "2024-01-02T03:04:05", "content": {"rendered": "<p>One.</p><p>Two &amp; three.</p>"}}
    doc = load_document(write("post.json", json.dumps(post)))
    assert doc.text == "Short post\n\nOne.\n\nTwo & three."
    assert doc.notices == ()
    assert doc.source == "news.example.com"


def test_truncation_anywhere_recovers_what_is_there():
    whole = json.dumps({"title": {"rendered": "T"}, "content": {"rendered": "<p>Alpha beta.</p><p>Gamma delta.</p>"}})
    for cut in range(whole.index("Alpha") + 3, len(whole)):
        found = extract_wordpress(whole[:cut])
        assert found is not None and found.text.startswith("T\n\nAlp")
        assert (TRUNCATED in found.notices) == (cut < len(whole))


def test_raw_newlines_and_escapes_in_strings():
    scanned = scan('{"content": {"rendered": "line one\nline \\u201ctwo\\u201d \\ud83d\\ude00 \\/ \\q"}')
    assert scanned.truncated
    assert scanned.value == {"content": {"rendered": "line one\nline “two” 😀 / q"}}


def test_plain_json_is_not_wordpress(write):
    # JSON with no prose in it is refused with a message, not compared key by key.
    assert not looks_like_wordpress('{"title": "x", "content": "y"}')
    with pytest.raises(InputError, match="JSON data with no article text"):
        load_document(write("data.json", '{"title": "Not a post", "count": 3}'))


def test_wordpress_without_content_is_refused_clearly(write):
    with pytest.raises(InputError, match="JSON data with no article text"):
        load_document(write("odd.json", '{"title": {"rendered": ""}, "content": {"rendered": ""}}'))


def test_text_that_merely_starts_with_a_bracket_is_text(write):
    doc = load_document(write("note.txt", "[Updated] Putin arrived in Pyongyang on Wednesday.\n"))
    assert doc.format == "text" and doc.text.startswith("[Updated]")
