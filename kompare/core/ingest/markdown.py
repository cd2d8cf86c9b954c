"""Markdown to the text a reader sees: no markup, no link targets, metadata from the front matter.

The body is parsed by markdown-it-py (CommonMark, with GitHub's tables and
strikethrough) and shown the way it reads when rendered: heading marks,
emphasis, list bullets (as "•"), quote marks (">") and link targets go;
images, reference definitions, footnote marks, HTML comments and the front
matter go entirely.  Lines wrapped inside a paragraph are joined, as
Markdown does.  The front matter's ``title``, ``date`` and ``source`` fill
in the metadata, and a title that the body does not print is shown as its
first line, like a headline.  The returned text is the display text: every
offset kompare reports indexes it.

>>> got = render_markdown("---\\ntitle: 'Kim meets Putin'\\ndate: 2024-06-19\\n---\\n"
...                       "Putin met **Kim** in [Pyongyang](https://x.org/p).\\n"
...                       "They talked\\nfor hours.\\n\\n- one\\n- two\\n")
>>> got.title, got.date
('Kim meets Putin', '2024-06-19')
>>> print(got.text)
Kim meets Putin
<BLANKLINE>
Putin met Kim in Pyongyang. They talked for hours.
<BLANKLINE>
• one
• two
"""

from __future__ import annotations

import re
from functools import lru_cache

from kompare.core.ingest.extracted import Extracted
from kompare.core.ingest.markup import fragment_paragraphs

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_MAX = 10_000
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "pubdate", "published_at", "publishdate", "created")
_SOURCE_KEYS = ("source", "publisher", "site", "site_name", "outlet", "publication")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|hr)\b", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"\^[^\s\]]+")
_SPACES = re.compile(r"[ \t]{2,}")
# A thematic break ("- - -", "***"), matched in C: markdown-it's own rule walks the
# line in Python once per nesting level, minutes for a 9 MB "- - - ..." line.
_RULE_LINE = re.compile(r"([-*_])(?:[ \t]*+\1){2,}+[ \t]*+")
# markdown-it reads inline marks at some 10 µs each: a paragraph with more marks than
# this (160k "[", a megabyte of "*a ") is shown as written rather than read for seconds.
_INLINE_MARKS_MAX = 10_000
_MARKS = "[]*_`<!~&\\"
LITERAL_NOTICE = "a paragraph holds too much Markdown markup to read: it is shown as written"
# markdown-it drops everything after a block nested past its limit (20 levels in
# CommonMark mode); from this level down the rest of the block is shown as written.
_DEEP_LEVEL = 16
# markdown-it measures each line's indentation character by character; deeper than this
# changes nothing (that deep is literal text or code), so longer indents are cut to it.
_INDENT_MAX = 64
_DEEP_INDENT = re.compile(r"^[ \t]{%d,}" % (_INDENT_MAX + 1), re.MULTILINE)
# markdown-it-py spends some 2 µs a character and 50 to 100 µs a list item: beyond these sizes
# (far beyond any article) the file is shown as written rather than read for minutes.
_RENDER_MAX_CHARS = 1_000_000
_RENDER_MAX_LINES = 10_000
LARGE_NOTICE = ("this Markdown file is too large to render ({lines} lines, {chars} characters): "
                "it is shown as written, with its markup")
DEEP_NOTICE = "lists or quotations are nested too deep to read: the deepest part is shown as written"


def render_markdown(text: str) -> Extracted:
    """The reader's view of a Markdown document (see the module docstring)."""
    meta, body = _front_matter(text)
    lines = body.count("\n") + 1
    if len(body) > _RENDER_MAX_CHARS or lines > _RENDER_MAX_LINES:
        notice = LARGE_NOTICE.format(lines=f"{lines:,}", chars=f"{len(body):,}")
        return Extracted(body, title=meta.get("title", ""), source=meta.get("source", ""),
                         date=meta.get("date", ""), notices=(notice,))
    env: dict = {}
    blocks = _blocks(body, env)
    title = meta.get("title", "")
    if not title and blocks and blocks[0][0]:
        title = blocks[0][1]  # a document that opens with a heading: that is its title
    paragraphs = [block for _, block in blocks]
    if title and (not paragraphs or _plain(paragraphs[0]) != _plain(title)):
        paragraphs.insert(0, title)
    return Extracted("\n\n".join(paragraphs), title=title, source=meta.get("source", ""),
                     date=meta.get("date", ""), notices=_notices(env))


def _notices(env: dict) -> tuple[str, ...]:
    return tuple(notice for key, notice in (("deep", DEEP_NOTICE), ("literal", LITERAL_NOTICE)) if env.get(key))


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML (``---``) or TOML (``+++``) front matter: its few useful keys and the text after it."""
    found = _FRONT_MATTER.match(text[:_FRONT_MATTER_MAX])
    if not found:
        return {}, text
    pairs = {}
    for line in found.group(1).split("\n"):
        kv = _KEY_VALUE.match(line)
        if kv and kv.group(1).lower() not in pairs:
            pairs[kv.group(1).lower()] = _unquote(kv.group(2))
    if not pairs:
        return {}, text  # a rule at the top, not front matter
    meta = {}
    for field, keys in (("title", _TITLE_KEYS), ("source", _SOURCE_KEYS)):
        value = next((pairs[k] for k in keys if pairs.get(k)), "")
        if value:
            meta[field] = _inline_text(value)
    date = next((pairs[k] for k in _DATE_KEYS if pairs.get(k)), "")
    if _ISO.match(date):
        meta["date"] = date[:10]
    return meta, text[found.end():]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
        return value.replace('\\"', '"') if value and value[0] != "'" else value.replace("''", "'")
    return value


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt  # imported on first use: only Markdown files need it

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.block.ruler.at("hr", _hr_rule)
    md.block.ruler.before("table", "too_deep", _deep_rule)
    md.core.ruler.at("inline", _inline_rule)
    return md


def _deep_rule(state, start_line: int, end_line: int, silent: bool) -> bool:
    """Below :data:`_DEEP_LEVEL`, the lines left in the block become one literal paragraph."""
    if state.level < _DEEP_LEVEL:
        return False
    if silent:
        return True
    lines = state.getLines(start_line, end_line, state.blkIndent, False)
    state.line = end_line
    state.env["deep"] = True
    state.push("paragraph_open", "p", 1).map = [start_line, end_line]
    token = state.push("inline", "", 0)
    token.content = "\n".join(line.strip() for line in lines.split("\n") if line.strip())
    token.map = [start_line, end_line]
    token.children = []
    state.env.setdefault("literal_tokens", set()).add(id(token))
    state.push("paragraph_close", "p", -1)
    return True


def _inline_rule(state) -> None:
    """markdown-it's inline pass, except that a paragraph thick with marks stays one text."""
    from markdown_it.token import Token

    for token in state.tokens:
        if token.type != "inline":
            continue
        token.children = []
        content = token.content
        if id(token) in state.env.get("literal_tokens", ()):
            token.children.append(Token("text", "", 0, content=content))
        elif sum(content.count(mark) for mark in _MARKS) > _INLINE_MARKS_MAX:
            token.children.append(Token("text", "", 0, content=content))
            state.env["literal"] = True
        else:
            state.md.inline.parse(content, state.md, state.env, token.children)


def _hr_rule(state, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it's thematic-break rule, with the line matched by one regular expression."""
    if state.is_code_block(start_line):
        return False
    pos = state.bMarks[start_line] + state.tShift[start_line]
    found = _RULE_LINE.fullmatch(state.src, pos, state.eMarks[start_line])
    if found is None:
        return False
    if not silent:
        state.line = start_line + 1
        token = state.push("hr", "hr", 0)
        token.map = [start_line, state.line]
        token.markup = found.group(1) * 3
    return True


def _blocks(body: str, env: dict) -> list[tuple[bool, str]]:
    """(is a heading, display text) of each paragraph, heading, list or code block."""
    body = _DEEP_INDENT.sub(" " * _INDENT_MAX, body)
    tokens = _parser().parse(body, env)
    blocks: list[tuple[bool, str]] = []
    items: list[str] = []  # the list items of the list being read
    prefixes: list[str] = []  # the mark of the next item in each open list
    heading = False
    row: list[str] | None = None  # the cells of the table row being read
    pending = ""  # an item's mark, waiting for the item's first line

    def add(text: str, is_heading: bool = False) -> None:
        nonlocal pending
        if not text:
            return
        if prefixes:
            items.append(pending + text if pending else text)
            pending = ""
        else:
            blocks.append((is_heading, text))

    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            prefixes.append("• " if kind == "bullet_list_open" else "")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            prefixes.pop()
            if not prefixes and items:
                blocks.append((False, "\n".join(items)))
                items.clear()
        elif kind == "list_item_open":
            pending = prefixes[-1] or f"{token.info}{token.markup} "
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            add(" | ".join(cell for cell in row if cell))
            row = None
        elif kind == "inline" and row is not None:
            row.append(_inline(token.children or []))
        elif kind == "inline":
            add(_inline(token.children or []), heading)
        elif kind in ("fence", "code_block"):
            add("\n".join(line.rstrip() for line in token.content.split("\n") if line.strip()))
        elif kind == "html_block":
            for paragraph in fragment_paragraphs(token.content):
                add(paragraph)
    if items:
        blocks.append((False, "\n".join(items)))
    return blocks


def _inline(children) -> str:
    """An inline token's text: no marks, no link targets, no images; <br> and hard breaks kept."""
    parts: list[str] = []
    link_start: list[int] = []
    for child in children:
        kind = child.type
        if kind == "text":  # an image is one token, its alt text inside it: never shown
            parts.append(child.content)
        elif kind == "code_inline":
            parts.append(child.content.strip())
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "html_inline":
            if _BREAK_TAG.match(child.content):
                parts.append("\n")
        elif kind == "link_open":
            link_start.append(len(parts))
        elif kind == "link_close" and link_start:
            start = link_start.pop()
            if _FOOTNOTE_MARK.fullmatch("".join(parts[start:])):
                del parts[start:]  # a footnote mark "[^1]": not part of the sentence
    return _tidy("".join(parts))


def _inline_text(text: str) -> str:
    """A front-matter value with its inline markup removed."""
    tokens = _parser().parseInline(text)
    return _inline(tokens[0].children or []) if tokens else ""


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    if "\n" in text:
        return "\n".join(line.strip() for line in text.split("\n") if line.strip())
    return text.strip()


def _plain(line: str) -> str:
    return " ".join(line.casefold().split())
