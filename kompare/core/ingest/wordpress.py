"""Posts saved from a WordPress REST API (``/wp-json/wp/v2/posts/...``).

A post is a JSON object whose ``title`` and ``content`` hold HTML under
``rendered``; an endpoint listing posts returns a list of them.  Saved files
are often cut short, so the JSON is read with :mod:`.jsonscan`.

>>> post = '{"title": {"rendered": "Hello"}, "date": "2024-06-20T18:05:15",'
>>> post += ' "link": "https:\\\\/\\\\/www.example.org\\\\/x", "content": {"rendered": "<p>A&nbsp;b.</p>"}}'
>>> looks_like_wordpress(post)
True
>>> got = extract_wordpress(post)
>>> got.title, got.date, got.source, got.text
('Hello', '2024-06-20', 'example.org', 'Hello\\n\\nA b.')
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kompare.core.ingest.extracted import Extracted
from kompare.core.ingest.jsonscan import scan
from kompare.core.ingest.markup import clean_text, fragment_paragraphs, inline_text

_RENDERED = re.compile(r'"(?:content|title|excerpt)"\s*:\s*\{\s*"rendered"\s*:')
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
TRUNCATED = "the file ends in the middle of its content: showing what is there"
MALFORMED = "the file's JSON is damaged: showing what could be read"


def looks_like_wordpress(text: str) -> bool:
    """True for a JSON object or list that carries WordPress ``rendered`` fields.

    >>> looks_like_wordpress('[{"title": {"rendered": "T"}}]')
    True
    >>> looks_like_wordpress('{"title": "T"}')
    False
    """
    head = text.lstrip("\ufeff \t\n")
    return head[:1] in ("{", "[") and _RENDERED.search(text) is not None


def extract_wordpress(text: str) -> Extracted | None:
    """The post's title, date, source domain and body paragraphs; None if no post is found.

    The title becomes the first paragraph, so it is shown (and compared) like
    a headline at the top of a text file.

    >>> extract_wordpress('{"content": {"rendered": "<p>Cut sho').notices
    ('the file ends in the middle of its content: showing what is there',)
    """
    scanned = scan(text)
    posts = _posts(scanned.value)
    if not posts:
        return None
    post = posts[0]
    title = inline_text(_rendered(post.get("title")))
    paragraphs = fragment_paragraphs(_rendered(post.get("content")))
    if not paragraphs:
        paragraphs = fragment_paragraphs(_rendered(post.get("excerpt")))
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    notices: list[str] = []
    if scanned.truncated:
        notices.append(TRUNCATED)
    elif scanned.malformed:
        notices.append(MALFORMED)
    if len(posts) > 1:
        notices.append(f"the file holds {len(posts)} posts: showing the first one")
    link = post.get("link") if isinstance(post.get("link"), str) else ""
    return Extracted(
        text="\n\n".join(paragraphs),
        title=title,
        source=_domain(link),
        date=_date(post),
        notices=tuple(notices),
    )


def _posts(value) -> list[dict]:
    """The post objects in a scanned value (one object or a list of them)."""
    candidates = value if isinstance(value, list) else [value]
    return [
        item for item in candidates
        if isinstance(item, dict) and (_rendered(item.get("content")) or _rendered(item.get("title")))
    ]


def _rendered(field) -> str:
    if isinstance(field, dict):
        field = field.get("rendered")
    return field if isinstance(field, str) else ""


def _date(post: dict) -> str:
    for key in ("date", "date_gmt", "modified"):
        value = post.get(key)
        if isinstance(value, str):
            found = _ISO_DATE.match(value.strip())
            if found:
                return found.group(1)
    return ""


def _domain(url: str) -> str:
    """The host of a URL without a leading "www.".

    >>> _domain("https://www.koreapro.org/2024/06/x/")
    'koreapro.org'
    >>> _domain("not a url")
    ''
    """
    try:
        host = urlsplit(clean_text(url)).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host
