"""HTML fragments to plain paragraphs, for markup that arrives inside JSON.

WordPress's ``content.rendered`` is a fragment, not a page, and saved copies
are often damaged (opening tags lost, the end cut off), which is why this is
a tolerant tag scanner rather than a parser: block tags, opening or closing,
end a paragraph; inline tags vanish; entities are decoded; runs of white
space, including no-break spaces, become one space.

>>> fragment_paragraphs("<p>One <a href='x'>link</a>.</p>\\n<p>Two&nbsp;&amp; three</p>")
['One link.', 'Two & three']
>>> fragment_paragraphs("Text</span></p>\\n<b>HEADING</b></p>\\nMore")
['Text', 'HEADING', 'More']
>>> inline_text("Kim &#8216;Jong&#8217; <em>Un</em>")
'Kim ‘Jong’ Un'
"""

from __future__ import annotations

import html
import re

_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption br hr table tr td th "
    "section article header footer aside pre dl dt dd address caption main nav".split()
)
_DROP_WITH_CONTENT = frozenset("script style noscript template iframe svg object".split())
_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)"  # a comment, possibly unclosed
    r"|<!\[CDATA\[.*?(?:\]\]>|$)"
    r"|<[!?][^>]*>?"  # doctype, processing instruction
    r"|<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?/?\s*(?:>|$)",
    re.DOTALL,
)
# WordPress shortcodes that wrap captions and galleries in saved content.
_SHORTCODE = re.compile(r"\[/?(?:caption|gallery|embed|video|audio)\b[^\]]*\]")
_SPACE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def fragment_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment, as clean one-line strings.

    >>> fragment_paragraphs("<script>var x = 1;</script><p>Kept</p><!-- note -->")
    ['Kept']
    >>> fragment_paragraphs("<p>No closing tag")
    ['No closing tag']
    """
    paragraphs: list[str] = []
    current: list[str] = []
    dropping: str | None = None
    pos = 0

    def flush() -> None:
        line = clean_text("".join(current))
        if line:
            paragraphs.append(line)
        current.clear()

    fragment = _SHORTCODE.sub("\n", fragment)
    for match in _TOKEN.finditer(fragment):
        if dropping is None:
            current.append(fragment[pos : match.start()])
        pos = match.end()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if dropping is not None:
            if closing and name == dropping:
                dropping = None
            continue
        if name in _DROP_WITH_CONTENT and not closing and not match.group().endswith("/>"):
            dropping = name
        elif name in _BLOCK_TAGS:
            flush()
    if dropping is None:
        current.append(fragment[pos:])
    flush()
    return paragraphs


def inline_text(fragment: str) -> str:
    """A fragment flattened to one line of text (for titles).

    >>> inline_text("  A <br/>title  ")
    'A title'
    """
    return " ".join(fragment_paragraphs(fragment))


def clean_text(text: str) -> str:
    """Decode entities and collapse white space; lone surrogates become U+FFFD.

    >>> clean_text(" a\\u00a0&nbsp;b \\n c ")
    'a b c'
    """
    text = html.unescape(text) if "&" in text else text
    text = _SURROGATE.sub("\ufffd", text)
    return _SPACE.sub(" ", text).strip()
