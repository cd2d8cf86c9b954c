"""JSON that is not a WordPress export: its article text if it has one, else a clear refusal.

Compared as text, a JSON file would pit keys and brackets against the other
document.  A user who opens one most likely saved an article from some API
or a page's JSON-LD, so the prose it holds is shown: the body fields
(``articleBody``, ``body``, ``content``, ``text``...) when there are any,
else every string value long enough to be a sentence, in file order.  The
title and date come from the usual keys.  JSON with no prose in it gives
``None`` (the caller refuses it).

>>> got = extract_json('{"headline": "Kim meets Putin", "datePublished": "2024-06-19T10:00",'
...                    ' "articleBody": "Putin arrived on Wednesday.\\\\n\\\\nThey talked for hours.", "id": 7}')
>>> got.title, got.date, got.text
('Kim meets Putin', '2024-06-19', 'Kim meets Putin\\n\\nPutin arrived on Wednesday.\\n\\nThey talked for hours.')
>>> extract_json('{"status": "ok", "items": [1, 2]}') is None
True
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from kompare.core.ingest.extracted import Extracted
from kompare.core.ingest.markup import clean_text, fragment_paragraphs

_BODY_KEYS = frozenset("articlebody body content text story bodytext body_text fulltext full_text "
                       "article_body article description summary paragraphs paragraph lede lead".split())
_TITLE_KEYS = ("headline", "title", "name")
_DATE_KEYS = ("datepublished", "date_published", "published", "published_at", "publishedat", "pubdate", "date",
              "created_at", "datecreated")
_SOURCE_KEYS = ("publisher", "site_name", "sitename", "source", "url", "link")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_TAGGED = re.compile(r"<[a-zA-Z/][^>]*>")
_PROSE_WORDS = 8
# A shorter string is prose when it ends as a sentence does ("Critics disagreed."), or when a
# body field holds it: a list of paragraphs keeps its short ones.
_SENTENCE_WORDS, _BODY_WORDS = 4, 3
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*\s*$")
_MAX_STRINGS = 100_000
NOTICE = "this JSON file is not a WordPress post: showing the text it holds"


def extract_json(text: str) -> Extracted | None:
    """The prose of a JSON document (see the module docstring); None when it is not JSON or has none."""
    strings: list[tuple[str, str]] = []  # (key, value) in file order
    try:
        value = json.loads(text)
    except ValueError:
        return None
    except RecursionError:  # nested past Python's stack: read its strings without a tree
        value, strings = {}, flat_strings(text)
    if not isinstance(value, (dict, list)):
        return None
    if not strings:
        try:
            _walk(value, "", strings)
        except RecursionError:
            strings = flat_strings(text)
    body = [s for k, s in strings if k in _BODY_KEYS and _is_prose(s, _BODY_WORDS)]
    if not body:
        body = [s for _, s in strings if _is_prose(s)]
    if not body:
        return None
    paragraphs: list[str] = []
    seen: set[str] = set()
    for chunk in body:
        for paragraph in _paragraphs(chunk):
            if paragraph not in seen:
                seen.add(paragraph)
                paragraphs.append(paragraph)
    title = _first(strings, _TITLE_KEYS, lambda s: 0 < len(s.split()) <= 30 and len(s) <= 300)
    title = clean_text(_TAGGED.sub(" ", title))
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    date = _first(strings, _DATE_KEYS, lambda s: _ISO.match(s) is not None)[:10]
    return Extracted("\n\n".join(paragraphs), title=title, date=date, source=_source(value, strings),
                     notices=(NOTICE,))


def _walk(value, key: str, out: list[tuple[str, str]]) -> None:
    if len(out) > _MAX_STRINGS:
        return
    if isinstance(value, str):
        out.append((key.lower(), value))
    elif isinstance(value, dict):
        for k, v in value.items():
            _walk(v, str(k), out)
    elif isinstance(value, list):
        for v in value:
            _walk(v, key, out)


_JSON_TOKEN = re.compile(r"\s*+(?:([{}\[\]:,])|(\")|[^\s{}\[\]:,\"]++)")


def flat_strings(text: str) -> list[tuple[str, str]]:
    """(key, string) pairs of a JSON text in file order, at any depth, without recursion.

    A string in a list is filed under the list's key, as :func:`_walk` does.
    Reading stops at the first flaw; what came before it is kept.

    >>> flat_strings('{"a": [[["x"]]], "b": {"c": "y"}, "d": 1}')
    [('a', 'x'), ('c', 'y')]
    """
    out: list[tuple[str, str]] = []
    frames: list[list] = []  # per open container: [is an object, its current key, a key is due]
    pos, end = 0, len(text)
    while pos < end and len(out) <= _MAX_STRINGS:
        token = _JSON_TOKEN.match(text, pos)
        if token is None:
            break
        pos = token.end()
        mark = token.group(1)
        if token.group(2):
            try:
                value, pos = json.decoder.scanstring(text, pos, False)
            except ValueError:  # an unclosed string: nothing after it can be trusted
                break
            if frames and frames[-1][0] and frames[-1][2]:
                frames[-1][1], frames[-1][2] = value.lower(), False
            else:
                out.append((frames[-1][1] if frames else "", value))
        elif mark in ("{", "["):
            frames.append([mark == "{", frames[-1][1] if frames else "", mark == "{"])
        elif mark in ("}", "]"):
            if frames:
                frames.pop()
        elif mark == "," and frames and frames[-1][0]:
            frames[-1][2] = True
    return out


def _is_prose(value: str, least: int = _PROSE_WORDS) -> bool:
    """Words to show: ``least`` of them or more, or a sentence of a few (not a link, a label).

    >>> _is_prose("Critics disagreed strongly with him."), _is_prose("Read more"), _is_prose("Budget talks", 2)
    (True, False, True)
    """
    least = min(least, _SENTENCE_WORDS) if _SENTENCE_END.search(value) else least
    if len(value.split()) < least or value.lstrip().startswith(("http://", "https://", "data:")):
        return False
    plain = _TAGGED.sub(" ", value) if "<" in value else value
    return len(plain.split()) >= least


def _paragraphs(value: str) -> list[str]:
    if _TAGGED.search(value):
        return fragment_paragraphs(value)
    return [line for line in (clean_text(part) for part in re.split(r"\n\s*\n|\r\n\s*\r\n", value)) if line]


def _first(strings: list[tuple[str, str]], keys: tuple[str, ...], fits) -> str:
    for wanted in keys:
        for key, value in strings:
            if key == wanted and fits(value.strip()):
                return value.strip()
    return ""


def _source(value, strings: list[tuple[str, str]]) -> str:
    if isinstance(value, list) and value:
        value = value[0]  # a list of articles (JSON-LD often is one): the first one's publisher
    publisher = value.get("publisher") if isinstance(value, dict) else None
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        return clean_text(publisher["name"])
    if isinstance(publisher, str):
        return clean_text(publisher)
    for key in ("site_name", "sitename", "source"):
        found = _first(strings, (key,), lambda s: 0 < len(s) <= 80 and "://" not in s)
        if found:
            return clean_text(found)
    url = _first(strings, ("url", "link"), lambda s: s.startswith(("http://", "https://")))
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host
