"""Messy inputs real users have: copied pages, e-mails, Markdown, odd encodings."""

from __future__ import annotations

import pytest

from kompare.core.english import NOT_ENGLISH
from kompare.core.errors import InputError
from kompare.core.ingest import document_from_text, load_document
from kompare.core.ingest.furniture import find_furniture, is_furniture_line
from kompare.core.ingest.mail import read_mail
from kompare.core.model import ExclusionReason

from .conftest import FIXTURES, excluded_texts

FURNITURE, CAPTION = ExclusionReason.FURNITURE, ExclusionReason.CAPTION
BODY = "Putin and Kim signed the treaty in Pyongyang on Wednesday, state media said."


def kept_text(doc) -> str:
    """The text outside every excluded range."""
    parts, pos = [], 0
    for e in doc.excluded:
        parts.append(doc.text[pos : e.start])
        pos = e.end
    parts.append(doc.text[pos:])
    return "".join(parts)


# --- a news page copied line by line into a .txt file ---------------------------------

@pytest.fixture(scope="module")
def copied():
    return load_document(FIXTURES / "copied_page.txt")


def test_copied_page_is_not_mistaken_for_hard_wrapped_text(copied):
    # Many open-ended lines (headline, labels) but long paragraphs: captions still found.
    assert excluded_texts(copied, CAPTION) == [
        "Vladimir Putin and Kim Jong Un at the signing ceremony in Pyongyang on Wednesday. "
        "Photograph: Gavriil Grigorov/AP",
        "South Korean officials at a briefing in Seoul. Photograph: Yonhap/Reuters",
    ]
    assert "Share" in excluded_texts(copied)


def test_copied_page_furniture(copied):
    excluded = excluded_texts(copied)
    for line in ["We use cookies to give you the best experience. By using our site you agree to our cookie policy.",
                 "By Anna Kovacs, Seoul correspondent", "Wed 19 Jun 2024 21.04 BST", "Sign up to First Edition",
                 "Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters",
                 "after newsletter promotion", "Explore more on these topics", "Vladimir Putin", "Most viewed",
                 "Labour promises to cut NHS waiting lists within five years"]:
        assert line in excluded


def test_copied_page_keeps_every_sentence_and_reads_title_and_date(copied):
    kept = kept_text(copied)
    for sentence in ["The two leaders signed a treaty that obliges each to help the other if attacked",
                     "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed",
                     "Putin said the treaty provided for",
                     "By the end of the day, the two leaders had also agreed to cooperate on nuclear energy."]:
        assert sentence in kept
    assert copied.title == "Putin and Kim pledge mutual defence in Pyongyang pact"
    assert copied.date == "2024-06-19"  # read from the date line, though that line is not compared


@pytest.mark.parametrize(
    "line",
    ["June 19, 2024", "19 June 2024", "2024-06-19", "Wednesday, June 19, 2024 10:05 a.m. EDT",
     "June 19, 2024 at 10:05 AM", "10:05 GMT, 19 June 2024", "By Anna Kovacs, Seoul correspondent",
     "This website uses cookies to ensure you get the best experience.", "Manage preferences",
     "Sign up to our daily briefing", "Privacy Notice: Newsletters may contain info about charities."],
)
def test_more_furniture_lines(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    ["By Wednesday, the two leaders had agreed on the text", "June 19, 2024 was the day Putin arrived.",
     "We use the word cookies loosely.", "Sign up rates for the army rose after the pact."],
)
def test_more_real_sentences_are_kept(line):
    assert not is_furniture_line(line)


def test_a_list_under_most_read_ends_at_the_first_sentence():
    text = (f"{BODY} {BODY}\nMost read\nHeatwave warning issued for England\nLabour pledges to cut waiting lists\n"
            f"Officials said the talks would continue. {BODY}\nAnother headline-like line here")
    assert [text[e.start : e.end] for e in find_furniture(text)] == [
        "Most read", "Heatwave warning issued for England", "Labour pledges to cut waiting lists"]


def test_a_date_line_is_furniture_but_gives_the_date():
    doc = document_from_text("Kim hosts Putin in Pyongyang\nJune 19, 2024\nPutin arrived at dawn.")
    assert excluded_texts(doc) == ["June 19, 2024"]
    assert doc.date == "2024-06-19"


# --- Markdown ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def markdown():
    return load_document(FIXTURES / "front_matter.md")


def test_markdown_front_matter_gives_title_and_date_and_is_not_shown(markdown):
    assert markdown.format == "markdown"
    assert markdown.title == "Putin and Kim sign mutual defence pact"
    assert markdown.date == "2024-06-19"
    assert "tags:" not in markdown.text and "author:" not in markdown.text
    assert markdown.text.startswith("Putin and Kim sign mutual defence pact\n\n")
    assert markdown.text.count("Putin and Kim sign mutual defence pact") == 1  # the H1 is the title line


def test_markdown_markup_and_link_targets_are_not_in_the_text(markdown):
    for markup in ("http", "](", "**", "![", "# ", "`", "> ", "- mutual", "*By", "---"):
        assert markup not in markdown.text
    assert ("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual "
            "defence pact on Wednesday") in markdown.text
    assert '"This is a breakthrough document," Kim said, according to KCNA.' in markdown.text
    assert "• cooperation on nuclear energy and space;" in markdown.text
    assert "What the treaty says" in markdown.text


def test_markdown_furniture(markdown):
    assert excluded_texts(markdown) == ["By Jane Roe, Seoul", "Read more: Kim's other visits"]


def test_markdown_details(write):
    doc = load_document(write("edge.md", (
        "Putin in Pyongyang\n==================\n\n"
        "Putin arrived in [Pyongyang](https://en.wikipedia.org/wiki/Pyongyang_(city) \"Capital\") on\n"
        "Wednesday, greeted by Kim.<br>State media called it historic.\n\n"
        "| Country | Reaction |\n|---|---|\n| South Korea | Concern |\n\n"
        "Kim said \\*not emphasis\\*[^1]; 2 * 3 * 4 = 24 and snake_case_name stays. See <https://x.org/t>.\n\n"
        "[^1]: KCNA.\n[kcna]: https://kcna.kp\n")))
    assert doc.title == "Putin in Pyongyang"
    assert doc.text == ("Putin in Pyongyang\n\nPutin arrived in Pyongyang on Wednesday, greeted by Kim.\n"
                        "State media called it historic.\n\nCountry | Reaction\n\nSouth Korea | Concern\n\n"
                        "Kim said *not emphasis*; 2 * 3 * 4 = 24 and snake_case_name stays. See https://x.org/t.")


def test_markdown_of_only_an_image_is_refused_clearly(write):
    with pytest.raises(InputError, match="no text to compare"):
        load_document(write("img.md", "![Kim](kim.png)\n"))


def test_a_rule_at_the_top_is_not_front_matter(write):
    assert load_document(write("rule.md", "---\n\nJust a rule at the top.\n")).text == "Just a rule at the top."


# --- a saved e-mail --------------------------------------------------------------------

def test_email_headers_quoted_message_and_signature_are_not_compared():
    doc = load_document(FIXTURES / "reply_email.txt")
    assert doc.title == "Putin-Kim pact copy"  # the subject without "Re:"
    assert doc.date == "2024-06-20"
    notes = [e.note for e in doc.excluded]
    assert notes == ["e-mail header", "quoted earlier message", "e-mail signature"]
    kept = kept_text(doc)
    for gone in ("From:", "Subject:", "Can you send the final version", "+82 2 555 0100", "Seoul correspondent"):
        assert gone not in kept
    assert "Russian President Vladimir Putin and North Korean leader Kim Jong Un\nsigned" in kept
    assert "supplying weapons to Ukraine, a significant shift in its policy." in kept
    assert doc.text == (FIXTURES / "reply_email.txt").read_text(encoding="utf-8")  # shown unchanged


def test_gmail_attribution_over_two_lines():
    text = ("Putin visit copy for the desk\n\nOn Wed, 19 Jun 2024 at 22:01, Desk <desk@example.org>\nwrote:\n"
            "> Can you send it?\n> Thanks.\n\nHere it is: Putin arrived.")
    assert excluded_texts(document_from_text(text)) == [
        "On Wed, 19 Jun 2024 at 22:01, Desk <desk@example.org>\nwrote:\n> Can you send it?\n> Thanks."]


@pytest.mark.parametrize(("tail", "notes"), [
    ("On Wed, 19 Jun 2024 at 22:01, Desk <desk@example.org> wrote:\n> Send it?\n\nHere.\n\n-- \nJane Roe",
     ["quoted earlier message", "e-mail signature"]),
    ("From: Jane <j@x.org>\nTo: desk@x.org\nSubject: Pact\n\nHere.", ["e-mail header"]),
    # A mark found lets later lines count that would not on their own ("--" without its space).
    ("---------- Forwarded message ---------\nPutin arrived.\n--\nJane Roe", ["e-mail header", "e-mail signature"]),
    ("Putin arrived.\n--\nJane Roe", []),
])
def test_e_mail_marks_far_down_a_long_text_are_found(tail, notes):
    # (Lines are passed over until one that could be a mark: the marks must still be seen.)
    text = "Putin arrived in Pyongyang on Wednesday for talks with Kim.\n" * 3_000 + "\n" + tail
    mail = read_mail(text)
    assert ([e.note for e in mail.excluded] if mail else []) == notes


@pytest.mark.parametrize("text", [
    "Kim letter to Putin\n\nIn his letter, Kim wrote:\n> We will stand together.\n> Always.\n\nPutin replied warmly.",
    "> Forwarded by quoting: Putin arrived in Pyongyang on Wednesday.\n> Kim met him at the airport.\n",
    "Putin arrives in Pyongyang\n\nPutin arrived.\n--\nAn editor's note on sources.\n",
])
def test_quotations_and_rules_in_ordinary_text_are_kept(text):
    doc = document_from_text(text)
    assert all(e.note not in ("quoted earlier message", "e-mail signature", "e-mail header") for e in doc.excluded)


# --- web pages ---------------------------------------------------------------------------

def test_article_in_a_layout_table_keeps_its_paragraphs_and_invents_no_date():
    doc = load_document(FIXTURES / "table_layout.html")  # <table><td> with <br><br> paragraphs
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Putin in Pyongyang"
    assert paragraphs[1].startswith("Russian President Vladimir Putin") and paragraphs[1].endswith("is attacked.")
    assert "|" not in doc.text
    assert excluded_texts(doc) == ["Copyright 2024 Gazette"]
    assert doc.date == ""  # not 2024-01-01 from the copyright line


def test_a_data_table_in_an_article_stays_a_table(write):
    rows = "".join(f"<tr><td>{c}</td><td>{n}</td></tr>" for c, n in (("Russia", 12), ("North Korea", 7)))
    page = ("<html><head><title>Arms deliveries by country</title></head><body><article><h1>Arms deliveries</h1>"
            "<p>Officials in Seoul released figures on Thursday showing the number of shipments sent by each "
            "country since the start of the year, which analysts said was a sharp rise.</p>"
            f"<table>{rows}</table></article></body></html>")
    assert "Russia | 12" in load_document(write("table.html", page)).text


@pytest.mark.parametrize("name, notices", [("latin1_http_equiv.html", (NOT_ENGLISH,)), ("cp1252_meta.html", ())])
def test_a_declared_western_charset_is_not_a_guess(name, notices):
    doc = load_document(FIXTURES / name)
    assert doc.notices == notices  # (no guess; the French page is not in English)
    assert "signé mercredi un traité" in doc.text or "“strongest ever”" in doc.text
    assert "\ufffd" not in doc.text


@pytest.mark.parametrize("text", ["Putin’s visit: Kim said the pact was “the strongest ever” — café talks.",
                                  "“Yes,” he said.", "Die Gespräche für Frieden in München."])
def test_mac_roman_is_recognised(write, text):
    doc = load_document(write("mac.txt", text.encode("mac_roman")))
    assert doc.text == text
    assert doc.notices == ("decoded as Mac OS Roman (not valid UTF-8)",)


@pytest.mark.parametrize("text", ["JOSÉ and Óscar met in São Paulo, “OK”.", "L’ÉTAT français, naïve résumé.",
                                  "Putin’s “strongest ever” pact"])
def test_windows_1252_is_not_mistaken_for_mac_roman(write, text):
    doc = load_document(write("cp.txt", text.encode("cp1252")))
    assert doc.text == text
    assert doc.notices == ("decoded as Windows-1252 (not valid UTF-8)",)


# --- damaged files ---------------------------------------------------------------------------

def test_nul_bytes_in_the_middle_of_text_are_removed_with_a_notice(write):
    data = (b"Putin arrives in Pyongyang\n\nRussian President Vladimir Putin arrived on Wednesday.\x00\x00\x00"
            b" The agreement was signed in Pyongyang.\n" + b"\x00" * 512)
    doc = load_document(write("damaged.txt", data))
    assert doc.text == ("Putin arrives in Pyongyang\n\nRussian President Vladimir Putin arrived on Wednesday."
                        " The agreement was signed in Pyongyang.\n")
    assert doc.notices == ("515 NUL bytes were removed (the file may be damaged: check the text around the gap)",)


def test_binary_with_nul_bytes_is_still_refused(write):
    with pytest.raises(InputError, match="binary file"):
        load_document(write("blob.txt", bytes(range(256)) * 4))


# --- JSON that is not WordPress ---------------------------------------------------------------

def test_json_with_an_article_shows_its_text():
    doc = load_document(FIXTURES / "article_api.json")
    assert doc.title == "Putin and Kim sign defence pact"
    assert doc.date == "2024-06-19"
    assert doc.text.split("\n\n") == [
        "Putin and Kim sign defence pact",
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact on Wednesday.",
        "The agreement was signed during Putin's first visit to Pyongyang in 24 years."]
    assert any("not a WordPress post" in n for n in doc.notices)


def test_json_ld_with_html_body_and_publisher(write):
    data = ('[{"@type": "NewsArticle", "headline": "Kim hosts Putin", "datePublished": "2024-06-19",'
            ' "publisher": {"@type": "Organization", "name": "Gazette"}, "url": "https://www.gazette.example/x",'
            ' "articleBody": "<p>Kim welcomed Putin at the airport in Pyongyang early on Wednesday.</p>'
            '<p>The two leaders then held talks for several hours.</p>"}]')
    doc = load_document(write("ld.json", data))
    assert (doc.title, doc.source, doc.date) == ("Kim hosts Putin", "Gazette", "2024-06-19")
    assert "<" not in doc.text and "Kim welcomed Putin" in doc.text


@pytest.mark.parametrize("data, text", [
    ('["The president said on Monday that taxes would rise.", "Critics disagreed strongly with him."]',
     "The president said on Monday that taxes would rise.\n\nCritics disagreed strongly with him."),
    ('{"title": "Budget", "paragraphs": ["First it says one thing about the budget.", "Talks go on", "Read more"]}',
     "Budget\n\nFirst it says one thing about the budget.\n\nTalks go on"),
])
def test_json_keeps_short_sentences_and_short_paragraphs(write, data, text):
    """A short sentence, or a short string of a body field, is text to compare, not left out."""
    assert load_document(write("short.json", data)).text == text


def test_json_data_without_prose_is_refused_with_a_clear_message(write):
    with pytest.raises(InputError, match="JSON data with no article text.*save the article's text as a .txt"):
        load_document(write("data.json", '{"status": "ok", "items": [{"id": 1, "name": "Putin"}]}'))


def test_old_word_document_says_how_to_convert(write):
    with pytest.raises(InputError, match=r"\.doc.*save it as \.docx or plain text"):
        load_document(write("story.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100))
