"""Markdown to the text a reader sees: no markup, no link targets, metadata from the front matter.

A Markdown file is shown the way it reads when rendered: heading marks,
emphasis, list bullets (as "•"), quote marks (">") and link targets go;
images, reference definitions, HTML comments and the front matter go
entirely.  Lines wrapped inside a paragraph are joined, as Markdown does.
The front matter's ``title``, ``date`` and ``source`` fill in the metadata,
and a title that the body does not print is shown as its first line, like
a headline.

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

import html
import re

from kompare.core.ingest.extracted import Extracted

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_MAX = 10_000
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "pubdate", "published_at", "publishdate", "created")
_SOURCE_KEYS = ("source", "publisher", "site", "site_name", "outlet", "publication")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)")
_NUMBERED = re.compile(r"^[ \t]*\d{1,9}[.)][ \t]+(?=\S)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")

_URL = r"<?[^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*>?"
_LINK_TITLE = r"""(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?"""
_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*" + _URL + _LINK_TITLE + r"\s*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\(\s*" + _URL + _LINK_TITLE + r"\s*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|hr)\b", re.IGNORECASE)
_HIDDEN = 0xF0000  # escaped ASCII marks are parked in a private-use plane while patterns run
_HIDDEN_CHAR = re.compile("[\U000F0021-\U000F007E]")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")


def render_markdown(text: str) -> Extracted:
    """The reader's view of a Markdown document (see the module docstring)."""
    meta, body = _front_matter(text)
    body = _COMMENT.sub("", body) if "<!--" in body else body
    blocks = _blocks(body.split("\n"))
    title = meta.get("title", "")
    if not title and blocks and blocks[0][0]:
        title = blocks[0][1]  # a document that opens with a heading: that is its title
    paragraphs = [block for _, block in blocks]
    if title and (not paragraphs or _plain(paragraphs[0]) != _plain(title)):
        paragraphs.insert(0, title)
    return Extracted("\n\n".join(paragraphs), title=title,
                     source=meta.get("source", ""), date=meta.get("date", ""))


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
            meta[field] = _inline(value)
    date = next((pairs[k] for k in _DATE_KEYS if pairs.get(k)), "")
    if _ISO.match(date):
        meta["date"] = date[:10]
    return meta, text[found.end():]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
        return value.replace('\\"', '"') if value and value[0] != "'" else value.replace("''", "'")
    return value


def _blocks(lines: list[str]) -> list[tuple[bool, str]]:
    """(is a heading, display text) of each paragraph, heading, run of list items or code line."""
    blocks: list[tuple[bool, str]] = []
    para: list[str] = []
    fence = ""

    def flush() -> None:
        if para:
            line = _inline(_join(para))
            if line:
                blocks.append((False, line))
            para.clear()

    for raw in lines:
        if fence:
            if raw.strip().startswith(fence):
                fence = ""
            elif raw.strip():
                blocks.append((False, raw.rstrip()))
            continue
        opening = _FENCE.match(raw)
        if opening:
            flush()
            fence = opening.group(1)
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if not line.strip() or _REFERENCE.match(line) or _TABLE_RULE.match(line) and "-" in line:
            flush()
            continue
        if _SETEXT.match(line) and para and not _BULLET.match(para[-1]):
            heading = _inline(_join(para))
            para.clear()
            if heading:
                blocks.append((True, heading))
            continue
        if _RULE.match(line):
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            if _inline(heading.group(1)):
                blocks.append((True, _inline(heading.group(1))))
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            flush()
            line = _BULLET.sub(lambda m: m.group(1) + "• ", line, count=1).strip()
            para.append(line)
            flush()  # a list item is its own line; continuation lines start a new one
            continue
        if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
            flush()
            cells = [cell.strip() for cell in line.strip()[1:-1].split("|")]
            row = _inline(" | ".join(cell for cell in cells if cell))
            if row:
                blocks.append((False, row))
            continue
        para.append(line)
    flush()
    return _merge_items(blocks)


def _merge_items(blocks: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """Consecutive list items shown one per line, as one block."""
    merged: list[tuple[bool, str]] = []
    for heading, block in blocks:
        if merged and not heading and _is_item(block) and _is_item(merged[-1][1].rsplit("\n", 1)[-1]):
            merged[-1] = (False, merged[-1][1] + "\n" + block)
        else:
            merged.append((heading, block))
    return merged


def _is_item(block: str) -> bool:
    return block.startswith("• ") or _NUMBERED.match(block) is not None


def _join(lines: list[str]) -> str:
    """A paragraph's lines as one; a hard break (two spaces, a backslash) stays a line break."""
    out = ""
    for n, line in enumerate(lines):
        if n:
            out += "\n" if _HARD_BREAK.search(lines[n - 1]) else " "
        out += _HARD_BREAK.sub("", line).strip() if n + 1 < len(lines) else line.strip()
    return out


def _inline(text: str) -> str:
    """Inline markup removed: images, link targets, emphasis, code marks, tags, escapes."""
    escaped = "\\" in text
    if escaped:  # an escaped mark is literal: hide it from the patterns below
        text = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), text)
    if "!" in text:
        text = _IMAGE.sub("", text)
    if "[" in text:
        text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
        text = _FOOTNOTE.sub("", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub(lambda m: "\n" if _BREAK_TAG.match(m.group()) else "", text)
    if "`" in text:
        text = _CODE.sub(lambda m: m.group(2).strip(), text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    if "~~" in text:
        text = _STRIKE.sub(r"\1", text)
    if escaped:
        text = _HIDDEN_CHAR.sub(lambda m: chr(ord(m.group()) - _HIDDEN), text)
    if "&" in text:
        text = html.unescape(text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip()) if "\n" in text else text.strip()


def _plain(line: str) -> str:
    return " ".join(line.casefold().split())
