"""Hostile input that used to stall or be refused (issue 8): each case must read, and quickly.

The cases here are small versions of the slow ones: big enough that the old
quadratic code took seconds, small enough for the suite.  The full-size
cases, with times and memory, are in benchmarks/bench_hostile_ingest.py.
"""

from __future__ import annotations

import time

import pytest

from kompare.core.english import NOT_ENGLISH
from kompare.core.errors import InputError
from kompare.core.ingest import document_from_text, load_document
from kompare.core.ingest.decode import decode_bytes, declared_charset, text_codec
from kompare.core.ingest.html_page import extract_html
from kompare.core.ingest.jsondoc import extract_json, flat_strings
from kompare.core.ingest.mail import read_mail
from kompare.core.ingest.markdown import DEEP_NOTICE, LARGE_NOTICE, LITERAL_NOTICE, render_markdown

ARTICLE = ("Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un. "
           "The two leaders signed a treaty on comprehensive strategic partnership.")


def read_within(seconds: float, function, *args):
    """``function(*args)``, failing if it takes longer than ``seconds`` (a generous bound)."""
    start = time.perf_counter()
    result = function(*args)
    assert time.perf_counter() - start < seconds
    return result


# --- stalls -------------------------------------------------------------------------------

def test_many_header_like_lines_are_read_once():
    text = "".join(f"X-H{i}: v\n" for i in range(4_000)) + "\n" + ARTICLE
    mail = read_within(2, read_mail, text)
    assert mail is None  # X- headers alone (no From or Subject) are not an e-mail


def test_a_real_header_block_after_many_x_lines_is_still_found():
    text = "".join(f"X-H{i}: v\n" for i in range(50)) + "\n" + ARTICLE + "\n\nFrom: a@b.org\nSubject: Re: Pact\nDate: x\n"
    mail = read_mail(text)
    assert mail is not None and mail.title == "Pact"


def test_many_most_read_headers_are_walked_once():
    doc = read_within(3, document_from_text, "Most read\n" * 10_000 + ARTICLE)
    assert sum(1 for e in doc.excluded if e.note == "related stories") == 10_000
    assert doc.text.endswith(ARTICLE)


def test_most_read_list_still_ends_at_a_sentence():
    doc = document_from_text("Kim meets Putin in Pyongyang\n\nMost read\nOne story here\nAnother story\n" + ARTICLE)
    notes = [(doc.text[e.start:e.end], e.note) for e in doc.excluded]
    assert ("One story here", "list of other stories") in notes
    assert all(ARTICLE not in doc.text[e.start:e.end] for e in doc.excluded)


@pytest.mark.parametrize("body", [
    "| a |\n|" + " " * 100_000 + "-x\n",  # the old table-rule regular expression
    "a\n" + " " * 100_000 + "x\n",
    "[" * 160_000 + "]" * 160_000,
    "[ " * 50_000 + "] " * 50_000,
    "*a " * 100_000,
    "[a](" * 100_000,
    "- " * 500_000 + "x\n",  # one line, nested half a million times
    "> " * 500_000 + "x\n",
])
def test_hostile_markdown_renders_quickly_and_keeps_its_text(body):
    got = read_within(4, render_markdown, body)
    letters = sum(1 for c in body if c.isalnum())
    assert sum(1 for c in got.text if c.isalnum()) == letters  # no word was lost


def test_a_paragraph_thick_with_marks_is_shown_as_written_and_said():
    got = render_markdown("Intro *para*.\n\n" + "[" * 20_000 + "]" * 20_000)
    assert got.text.startswith("Intro para.\n\n[[[")
    assert got.notices == (LITERAL_NOTICE,)


def test_a_list_nested_too_deep_keeps_every_item():
    body = "".join("  " * depth + f"- item{depth}\n" for depth in range(40)) + "\nAfter the list.\n"
    got = render_markdown(body)
    for depth in range(40):
        assert f"item{depth}" in got.text
    assert got.text.endswith("After the list.")
    assert got.text.startswith("• item0\n• item1")
    assert got.notices == (DEEP_NOTICE,)


def test_deep_indentation_is_cheap():
    body = "".join("  " * (i % 1000) + "- item\n" for i in range(3_000))
    got = read_within(3, render_markdown, body)
    assert got.text.count("item") == 3_000


def test_a_huge_markdown_file_is_shown_as_written_with_a_notice():
    body = "- item\n" * 20_000
    got = read_within(2, render_markdown, body)
    assert got.text == body
    assert got.notices == (LARGE_NOTICE.format(lines="20,001", chars="140,000"),)


# --- wrong refusals ---------------------------------------------------------------------------

CYRILLIC = "Президент России Владимир Путин прибыл в Пхеньян для переговоров с Ким Чен Ыном."
JAPANESE = "プーチン大統領は平壌を訪問し、金正恩総書記と会談した。両首脳は包括的戦略パートナーシップ条約に署名した。"
CHINESE = "俄罗斯总统普京抵达平壤，与朝鲜领导人金正恩举行会谈，双方签署了全面战略伙伴关系条约。"


@pytest.mark.parametrize("text", [CYRILLIC, JAPANESE, CHINESE])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_other_scripts_is_read(write, text, codec):
    doc = load_document(write("nobom.txt", text.encode(codec)))
    assert doc.text == text
    # (A text long enough to tell is also said not to be in English.)
    assert doc.notices[0] == "decoded as UTF-16 (the file has no byte-order mark)"
    assert doc.notices[1:] in ((), (NOT_ENGLISH,))


def test_binary_noise_is_still_not_utf16(write):
    import random

    noise = random.Random(8).randbytes(4096)
    with pytest.raises(InputError):
        load_document(write("noise.bin", noise))


@pytest.mark.parametrize("charset", ["base64", "hex", "rot13", "zlib", "uu", "bz2", "quopri",
                                     "unicode_escape", "raw_unicode_escape", "punycode", "utf-7"])
def test_only_text_encodings_are_honoured(charset):
    assert text_codec(charset) is None
    data = f'<html><head><meta charset="{charset}"></head><body><p>caf\xe9 \\u0041 here</p></body></html>'
    decoded = decode_bytes(data.encode("cp1252"))
    assert "café \\u0041 here" in decoded.text  # not rewritten, not refused
    assert declared_charset(data.encode("cp1252")) is None


def test_a_page_declaring_base64_opens(write):
    page = (f'<html><head><meta charset="base64"><title>Kim meets Putin</title></head><body><article>'
            f"<p>{ARTICLE} Caf\xe9 \\u0041.</p></article></body></html>").encode("cp1252")
    doc = load_document(write("b64.html", page))
    assert "Café \\u0041." in doc.text


def test_a_page_nested_300_divs_deep_is_read():
    page = ("<html><head><title>Kim meets Putin</title></head><body>" + "<div>" * 300
            + f"<article><h1>Kim meets Putin</h1><p>{ARTICLE}</p></article>" + "</div>" * 300 + "</body></html>")
    got = extract_html(page)
    assert got is not None and ARTICLE.split(". ")[1] in got.text


def test_json_nested_past_the_recursion_limit_keeps_its_article():
    deep = '{"a": ' + "[" * 1_200 + "]" * 1_200 + f', "headline": "Kim meets Putin", "articleBody": "{ARTICLE}"}}'
    got = extract_json(deep)
    assert got is not None
    assert got.text == "Kim meets Putin\n\n" + ARTICLE


def test_flat_strings_reads_any_depth_and_stops_at_a_flaw():
    assert flat_strings('{"k": ' + '{"n": ' * 3_000 + '"deep"' + "}" * 3_000 + "}") == [("n", "deep")]
    assert flat_strings('["one", "two", "unclosed') == [("", "one"), ("", "two")]
