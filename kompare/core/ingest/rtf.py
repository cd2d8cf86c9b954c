r"""RTF documents: the text, without control words, fonts, pictures, headers or footers.

A small reader of our own (RTF is simple enough, and the PyPI readers are
either unmaintained or pull in a word processor): groups, control words,
``\'hh`` bytes in the document's code page, ``\uN`` characters with their
fallback skipped, and destinations that hold no body text (font and colour
tables, stylesheets, pictures, headers, footers, footnotes, comments,
``{\*...}``) left out.  ``\par`` ends a paragraph.  The title comes from
``{\info{\title ...}}``.

>>> got = read_rtf(rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\info{\title Kim meets Putin}}"
...                rb"\f0 Caf\'e9 \u8220?talks\u8221?\par {\*\comment hidden}Second \b bold\b0  line.\par}")
>>> got.title, got.text
('Kim meets Putin', 'Kim meets Putin\n\nCafé “talks”\n\nSecond bold line.')
"""

from __future__ import annotations

import codecs
import re

from kompare.core.ingest.extracted import Extracted
from kompare.core.ingest.markup import clean_text

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|([^\\{}\r\n]+)|[\r\n]+")
_SKIP = frozenset(b"fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator info pict "
                  b"object header headerl headerr headerf footer footerl footerr footerf footnote annotation "
                  b"atnid atnauthor atndate themedata colorschememapping datastore latentstyles xmlnstbl "
                  b"fldinst bkmkstart bkmkend nonshppict shppict blipuid mmathPr".split())
_BREAKS = {b"par": "\n\n", b"line": "\n", b"sect": "\n\n", b"page": "\n\n", b"tab": " ", b"cell": " ",
           b"row": "\n\n", b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“",
           b"rdblquote": "”", b"bullet": "•", b"emspace": " ", b"enspace": " ", b"qmspace": " "}
_SYMBOLS = {b"~": "\u00a0", b"-": "", b"_": "\u2011", b"\\": "\\", b"{": "{", b"}": "}"}


def read_rtf(data: bytes) -> Extracted:
    """The text of an RTF document (see the module docstring)."""
    codec = "cp1252"
    out: list[str] = []
    title: list[str] = []
    pending = bytearray()  # \'hh bytes waiting to be decoded together (multi-byte code pages)
    # Per group: (skipping, in the title, \ucN fallback length)
    stack: list[tuple[bool, bool, int]] = []
    skipping, in_title, uc = False, False, 1
    skip_next = 0  # fallback characters still to drop after a \uN
    high: int | None = None  # the first half of a surrogate pair written as two \uN
    star = False

    def flush() -> None:
        if pending:
            text = pending.decode(codec, "replace")
            (title if in_title else out).append(text)
            pending.clear()

    def emit(text: str) -> None:
        if not skipping:
            (title if in_title else out).append(text)

    for match in _TOKEN.finditer(data):
        word, number, hex_byte, symbol, brace, plain = match.groups()
        if hex_byte is None:
            flush()
        if skip_next and (hex_byte or plain):
            if plain:
                drop = min(skip_next, len(plain))
                skip_next -= drop
                plain = plain[drop:]
                if not plain:
                    continue
            else:
                skip_next -= 1
                continue
        if brace == b"{":
            stack.append((skipping, in_title, uc))
            star = False
        elif brace == b"}":
            skipping, in_title, uc = stack.pop() if stack else (False, False, 1)
            star = False
        elif word is not None:
            if star or word in _SKIP and word != b"info":
                skipping = True
            if word == b"info":
                skipping = True  # only its title is read
            elif word == b"title" and stack and not star:
                skipping, in_title = False, True
            elif word == b"ansicpg" and number:
                try:
                    codec = codecs.lookup(f"cp{int(number)}").name
                except (LookupError, ValueError):
                    pass
            elif word == b"uc" and number:
                uc = max(0, min(int(number), 8))
            elif word == b"u" and number:
                value = int(number) % 65536
                # Word writes a character past U+FFFF (an emoji, a rare CJK name) as two
                # \uN, a surrogate pair: joined here, a lone half dropped.
                if 0xD800 <= value < 0xDC00:
                    high = value
                elif 0xDC00 <= value < 0xE000:
                    if high is not None:
                        emit(chr(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)))
                    high = None
                else:
                    emit(chr(value))
                    high = None
                skip_next = uc
            elif word in _BREAKS:
                emit(_BREAKS[word])
            star = False
        elif symbol is not None:
            if symbol == b"*":
                star = True
                skipping = True
            elif symbol in _SYMBOLS:
                emit(_SYMBOLS[symbol])
            elif symbol in (b"\n", b"\r"):
                emit("\n\n")
        elif hex_byte is not None:
            if not skipping:
                pending.append(int(hex_byte, 16))
        elif plain is not None:
            emit(plain.decode(codec, "replace"))
    flush()
    text = "".join(out)
    paragraphs = [p for p in (clean_text(p) for p in re.split(r"\n\s*\n", text)) if p]
    heading = clean_text("".join(title))
    if heading and heading not in paragraphs[:3]:
        paragraphs.insert(0, heading)  # shown like a headline, as a Markdown file's front-matter title
    return Extracted("\n\n".join(paragraphs), title=heading)
