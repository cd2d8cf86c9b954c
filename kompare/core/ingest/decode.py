"""Bytes to text: the encodings people's files actually come in.

Order of trust: a byte-order mark, then strict UTF-8, then (for files that
are mostly UTF-8 with a few bad bytes) UTF-8 with replacement characters,
then Windows-1252, which also covers Latin-1.  Every fallback adds a notice
so the user knows the text may not be exactly what the author wrote.  Line
breaks are normalised to ``\\n`` silently.

>>> decode_bytes("caf\\u00e9".encode("utf-8"))
Decoded(text='café', encoding='utf-8', notices=())
>>> decode_bytes(b"\\x93quoted\\x94 caf\\xe9").text
'“quoted” café'
>>> decode_bytes(b"\\x93quoted\\x94").notices
('decoded as Windows-1252 (not valid UTF-8)',)
>>> decode_bytes(b"\\xef\\xbb\\xbfone\\r\\ntwo\\rthree").text
'one\\ntwo\\nthree'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Longest marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
)

# Bytes that Windows-1252 leaves undefined; browsers map them to U+0081 etc.
_CP1252_HOLES = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_ESCAPED = re.compile("[\udc80-\udcff]")
_NEWLINES = re.compile(r"\r\n?")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_UTF16_SAMPLE = 4096
_META_SAMPLE = 8192
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{2,40})", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    """Decoded text with the codec used and what the user should be told."""

    text: str
    encoding: str
    notices: tuple[str, ...] = ()


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes; never raises for any input.

    >>> decode_bytes(b"\\xff\\xfeh\\x00i\\x00").text
    'hi'
    >>> decode_bytes("d\\u00e9j\\u00e0 vu, caf\\u00e9".encode() + b"\\xff").notices
    ('1 byte was not valid UTF-8 and is shown as �',)
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_counting(data[len(bom):], codec)
            notices = (_bad_bytes_notice(bad, name),) if bad else ()
            return Decoded(_normalise(text), codec, notices)
    guess = utf16_without_bom(data)
    if guess:
        text, bad = _decode_counting(data, guess)
        notices = ("decoded as UTF-16 (the file has no byte-order mark)",)
        if bad:
            notices += (_bad_bytes_notice(bad, "UTF-16"),)
        return Decoded(_normalise(text), guess, notices)
    try:
        return Decoded(_normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared:
        try:
            return Decoded(_normalise(data.decode(declared)), declared)
        except UnicodeDecodeError:
            pass  # the page lied about its encoding; guess as for any other file
    text, bad = _decode_counting(data, "utf-8")
    good = len(_NON_ASCII.findall(text)) - bad
    if good >= 3 * bad:
        # Mostly UTF-8: a few stray bytes should not turn every accent into mojibake.
        return Decoded(_normalise(text), "utf-8", (_bad_bytes_notice(bad, "UTF-8"),))
    text = data.decode("cp1252", "surrogateescape").translate(_CP1252_HOLES)
    if _declares_western(data):
        return Decoded(_normalise(text), "cp1252")  # the page said so: no guess to own up to
    if _looks_mac_roman(text):
        return Decoded(_normalise(data.decode("mac_roman")), "mac_roman",
                       ("decoded as Mac OS Roman (not valid UTF-8)",))
    return Decoded(_normalise(text), "cp1252", ("decoded as Windows-1252 (not valid UTF-8)",))


def _declares_western(data: bytes) -> bool:
    """True when a ``<meta>`` tag declares Latin-1, ASCII or Windows-1252 (all read as Windows-1252).

    >>> _declares_western(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    True
    """
    found = _META_CHARSET.search(data[:_META_SAMPLE])
    if not found:
        return False
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name in ("iso8859-1", "ascii", "cp1252")
    except (LookupError, UnicodeDecodeError):
        return False


# Windows-1252 capitals that Mac OS Roman's curly quotes, dashes and "é" turn into.
_MAC_TELL = re.compile("(?<=[a-z])[ÒÓÔÕÑÐÉŠŽŸ]|(?<=[,.!?;])[ÓÕ]|(?<![A-Za-z])[ÒÔ](?=[a-z]{2}|[A-Z][a-z])")


def _looks_mac_roman(cp1252_text: str) -> bool:
    """Bytes that, read as Windows-1252, put capitals where punctuation should be: "PutinÕs", "everÓ".

    >>> _looks_mac_roman("Putin\u00d5s visit was \u00d2historic\u00d3")
    True
    >>> _looks_mac_roman("JOS\u00c9 and \u00d3scar met in S\u00e3o Paulo.")
    False
    """
    tells = len(_MAC_TELL.findall(cp1252_text))
    if not tells:
        return False
    non_ascii = len(_NON_ASCII.findall(cp1252_text))
    return tells >= max(2, 0.2 * non_ascii) or tells == non_ascii


def declared_charset(data: bytes) -> str | None:
    """The single-byte or East Asian codec a web page declares in a ``<meta>`` tag, if usable.

    Latin-1 and ASCII declarations are left to the Windows-1252 fallback, as
    browsers do; UTF declarations add nothing (UTF-8 was already tried).

    >>> declared_charset(b'<html><head><meta charset="koi8-r"></head>')
    'koi8-r'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'shift_jis'
    >>> declared_charset(b'<meta charset="iso-8859-1">') is None
    True
    """
    found = _META_CHARSET.search(data[:_META_SAMPLE])
    if not found:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith("utf") or name in ("iso8859-1", "ascii", "cp1252"):
        return None
    return name


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like BOM-less UTF-16 text.

    Latin-script UTF-16 has a NUL in every other byte; binary files do not
    show that regular pattern.

    >>> utf16_without_bom("plain words".encode("utf-16-le"))
    'utf-16-le'
    >>> utf16_without_bom(b"plain words") is None
    True
    """
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 4 or len(sample) % 2 and len(data) <= _UTF16_SAMPLE:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros) and other.count(0) == 0:
            try:
                text = data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for c in text[:2000] if ord(c) < 32 and c not in "\t\n\r\f")
            return codec if controls <= 0.01 * min(len(text), 2000) else None
    return None


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad bytes; also return how many bytes were bad."""
    text = data.decode(codec, "surrogateescape" if codec == "utf-8" else "replace")
    if codec == "utf-8":
        bad = len(_ESCAPED.findall(text))
        return (_ESCAPED.sub("\ufffd", text) if bad else text), bad
    # Other codecs cannot escape; count the replacement marks they added.
    return text, text.count("\ufffd") - _true_replacement_chars(data, codec)


def _true_replacement_chars(data: bytes, codec: str) -> int:
    """U+FFFD characters genuinely present in the file (rare, but they exist)."""
    mark = "\ufffd".encode(codec)
    return data.count(mark) if mark else 0


def _bad_bytes_notice(bad: int, name: str) -> str:
    noun, verb = ("byte was", "is") if bad == 1 else ("bytes were", "are")
    return f"{bad} {noun} not valid {name} and {verb} shown as \ufffd"


def _normalise(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text
