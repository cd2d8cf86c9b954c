"""Bytes to text: the encodings people's files actually come in.

Order of trust: a byte-order mark, then UTF-16 by its shape, strict UTF-8,
the text encoding a web page declares, (for files that are mostly UTF-8 with
a few bad bytes) UTF-8 with replacement characters; then a guess:
charset-normalizer for non-Latin scripts (Cyrillic, Greek, Japanese,
Chinese, Korean...), else Mac Roman, Central European or Windows-1252 (which
also covers Latin-1) by which reads as letters.  Every guess adds a notice so
the user knows the text may not be exactly what the author wrote.  Line
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
    # UTF-16 before UTF-8 only when NULs say so: plain ASCII is valid UTF-8 and, read two
    # bytes at a time, also a string of CJK ideographs.
    guess = utf16_without_bom(data) if b"\x00" in data[:_UTF16_SAMPLE] else None
    if not guess:
        try:
            return Decoded(_normalise(data.decode("utf-8")), "utf-8")
        except UnicodeDecodeError:
            guess = utf16_without_bom(data)
    if guess:
        text, bad = _decode_counting(data, guess)
        notices = ("decoded as UTF-16 (the file has no byte-order mark)",)
        if bad:
            notices += (_bad_bytes_notice(bad, "UTF-16"),)
        return Decoded(_normalise(text), guess, notices)
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
    western = _declares_western(data)
    if not western:
        guessed = _non_latin_guess(data)
        if guessed is not None:
            return guessed
    text = data.decode("cp1252", "surrogateescape").translate(_CP1252_HOLES)
    if western:
        return Decoded(_normalise(text), "cp1252")  # the page said so: no guess to own up to
    if _looks_mac_roman(text):
        return Decoded(_normalise(data.decode("mac_roman")), "mac_roman",
                       ("decoded as Mac OS Roman (not valid UTF-8)",))
    central = _central_european(data, text)
    if central:
        codec, label = central
        notice = f"decoded as {label} (Central European; not valid UTF-8)"
        return Decoded(_normalise(data.decode(codec)), codec, (notice,))
    return Decoded(_normalise(text), "cp1252", ("decoded as Windows-1252 (not valid UTF-8)",))


# Encodings charset-normalizer may choose from: those documents really come in.  (Left
# free it reads short Western text as Hungarian Windows-1250 or Vietnamese.)
_GUESSABLE = ("koi8_r", "koi8_u", "cp1251", "iso8859_5", "mac_cyrillic", "cp866", "shift_jis", "cp932",
              "euc_jp", "iso2022_jp", "gb18030", "big5", "euc_kr", "cp949", "iso8859_7", "cp1253",
              "iso8859_8", "cp1255", "cp1256", "iso8859_6", "cp874", "tis_620", "cp1252", "cp1250")
_CODEC_LABELS = {"koi8-r": "KOI8-R", "koi8-u": "KOI8-U", "cp1251": "Windows-1251 (Cyrillic)",
                 "iso8859-5": "ISO-8859-5 (Cyrillic)", "mac-cyrillic": "Mac Cyrillic", "cp866": "DOS Cyrillic (866)",
                 "shift_jis": "Shift-JIS", "cp932": "Shift-JIS (Windows)", "euc_jp": "EUC-JP",
                 "iso2022_jp": "ISO-2022-JP", "gb18030": "GB18030", "big5": "Big5", "euc_kr": "EUC-KR",
                 "cp949": "Korean (949)", "iso8859-7": "ISO-8859-7 (Greek)", "cp1253": "Windows-1253 (Greek)",
                 "iso8859-8": "ISO-8859-8 (Hebrew)", "cp1255": "Windows-1255 (Hebrew)",
                 "cp1256": "Windows-1256 (Arabic)", "iso8859-6": "ISO-8859-6 (Arabic)", "cp874": "Thai (874)",
                 "tis-620": "TIS-620 (Thai)"}
_GUESS_SAMPLE = 200_000
_NON_LATIN_SHARE = 0.6
_NON_LATIN_MIN = 8  # letters: fewer is too little to tell a script from stray bytes


def _non_latin_guess(data: bytes) -> Decoded | None:
    """charset-normalizer's reading of bytes in a non-Latin script, with its confidence; else None.

    >>> _non_latin_guess("Президент прибыл в Пхеньян для переговоров.".encode("koi8_r")).notices
    ('decoded as KOI8-R (a guess, 100% confident: the file is not UTF-8)',)
    >>> _non_latin_guess("Le café de la Paix.".encode("cp1252")) is None
    True
    """
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:_GUESS_SAMPLE], cp_isolation=list(_GUESSABLE)).best()
    except Exception:  # a guesser's failure must not stop the file from opening
        return None
    if best is None or codecs.lookup(best.encoding).name not in _CODEC_LABELS:
        return None
    codec = codecs.lookup(best.encoding).name
    text, bad = _decode_counting(data, codec)
    letters = [c for c in text[:20_000] if c.isalpha()]
    foreign = sum(1 for c in letters if _non_latin(c))
    # Most accented letters in the script, and a good share of all letters: one odd
    # letter in English text is a Western file's stray byte, not Cyrillic.
    if (foreign < _NON_LATIN_MIN or foreign < _NON_LATIN_SHARE * sum(1 for c in letters if ord(c) > 0x7F)
            or foreign < 0.2 * len(letters)):
        return None
    confidence = round(100 * (1 - best.chaos))
    notices = (f"decoded as {_CODEC_LABELS[codec]} (a guess, {confidence}% confident: the file is not UTF-8)",)
    if bad:
        notices += (_bad_bytes_notice(bad, _CODEC_LABELS[codec]),)
    return Decoded(_normalise(text), codec, notices)


def _non_latin(char: str) -> bool:
    code = ord(char)
    return code >= 0x370 and not 0x1E00 <= code < 0x1F00


# Letters only Central European alphabets have, by alphabet: Polish, Czech, Slovak,
# Hungarian, Croatian and Slovene. A text is read in the codec whose letters make one
# alphabet best ("wojskową" in Windows-1250 read as ISO-8859-2 is "wojskowš": Czech's
# letter in Polish words).
_CENTRAL_ALPHABETS = tuple(frozenset(letters + letters.upper()) for letters in (
    "ąćęłńśźż", "čďěňřšťůž", "čďĺľňŕšťž", "őű", "čćđšž",
))
_CENTRAL_LETTERS = frozenset().union(*_CENTRAL_ALPHABETS)
# Central European letters as Windows-1252 shows them, where no Western language writes
# those: "ì", "ø", "ð", "þ", "ù", "ò" inside a word ("přiletěl" as "pøiletìl"; French and
# Italian write "où", "più", "può" at a word's end), and "è" there but as in French words
# ("après", "problème", "siècle": "s" ending the word, or a consonant or two and "e");
# "è", "ø" starting one ("Česká", "řekl"; French and Italian write "è" alone); "æ" ending
# one ("pomoć"); "õ" but before "e" ("elő"; Portuguese writes "õe");
# "š" and "ž" anywhere (Windows-1250 has them where Windows-1252 does: Western words don't);
# symbols touching a word on either side ("przyleciał" as "przylecia³").
_L = r"[^\W\d_]"
_WESTERN_MISREAD = re.compile(
    rf"(?<={_L})[øìðþùò](?={_L})|(?<={_L})è(?!s(?!{_L})|[bcdfghjklmnpqrstvz]{{1,2}}e)(?={_L})"
    rf"|(?<!{_L})[èøÈØ](?={_L})|(?<={_L})æ(?!{_L})|(?<={_L})õ(?!e)|[šžŠŽ]"
    rf"|(?<={_L})[¹³¾¼¶±¦¥œŸ©®]|[¹³¾¼¶±¦¥œŸ©®](?={_L})"
)
# A Central European letter standing alone as a word: no such word is written, but French
# "à", "«" and "»" read as ISO-8859-2 come out so ("déclaré ŕ la presse", "Ť C'est").
_LONE_LETTER = re.compile(rf"(?<!{_L}){_L}(?!{_L})")
_CENTRAL_CODECS = (("iso8859_2", "ISO-8859-2"), ("cp1250", "Windows-1250"))


def _central_european(data: bytes, cp1252_text: str) -> tuple[str, str] | None:
    """(codec, label) when the bytes read as Polish, Czech, Slovak, Hungarian... rather than Western.

    >>> _central_european("Šéf Kremlu přiletěl, řekl mluvčí.".encode("iso8859_2"), "")
    ('iso8859_2', 'ISO-8859-2')
    >>> _central_european("Le café de la Paix à Séoul.".encode("cp1252"), "") is None
    True
    """
    cp1252_text = cp1252_text or data.decode("cp1252", "replace")
    misread = len(_WESTERN_MISREAD.findall(cp1252_text))
    if misread < 2:
        return None
    scored = []
    for codec, label in _CENTRAL_CODECS:
        text = data.decode(codec, "replace")
        central = max(sum(1 for c in text if c in alphabet) for alphabet in _CENTRAL_ALPHABETS)
        odd = sum(1 for c in text if ord(c) > 0x7F and not c.isalpha() and c not in _TYPOGRAPHY)
        lone = sum(1 for m in _LONE_LETTER.finditer(text) if m.group() in _CENTRAL_LETTERS)
        scored.append((central - 3 * odd - 3 * lone, codec, label))
    score, codec, label = max(scored, key=lambda item: item[0])
    return (codec, label) if score >= 2 else None


# Non-letters a text in any Latin codepage legitimately holds.
_TYPOGRAPHY = frozenset("\u00a0“”‘’„‚–—…•€°§«»·×÷½¼¾²³©®™¡¿")


def _declares_western(data: bytes) -> bool:
    """True when a ``<meta>`` tag declares Latin-1, ASCII or Windows-1252 (all read as Windows-1252).

    >>> _declares_western(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    True
    """
    found = _META_CHARSET.search(data[:_META_SAMPLE])
    if not found:
        return False
    return text_codec(found.group(1).decode("ascii", "replace")) in ("iso8859-1", "ascii", "cp1252")


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
    name = text_codec(found.group(1).decode("ascii", "replace"))
    if name is None or name.startswith("utf") or name in ("iso8859-1", "ascii", "cp1252"):
        return None
    return name


# Python codecs that are text encodings by name but rewrite the text they read.
_NOT_DOCUMENT_ENCODINGS = frozenset(("unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7",
                                     "mbcs", "oem", "undefined"))


def text_codec(name: str) -> str | None:
    """Python's name for a text encoding a document may declare; None for anything else.

    A ``<meta charset>`` can name any Python codec: base64, hex, rot13 and zlib
    transform bytes, and unicode_escape rewrites ``\\u0041`` as "A"; none of
    them is how a page's text is stored.

    >>> text_codec("Shift_JIS"), text_codec("base64"), text_codec("unicode_escape"), text_codec("nonsense")
    ('shift_jis', None, None, None)
    """
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DOCUMENT_ENCODINGS:
        return None
    return info.name


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
            return codec if _reads_as_text(data, codec) else None
    # Cyrillic, Greek, CJK...: no such pattern of NULs, so read the text both ways round:
    # the right one is letters of one script, the wrong one a scatter of rare signs.
    if len(sample) < 16:
        return None
    fits = [codec for codec in ("utf-16-le", "utf-16-be") if _one_script_text(data, codec)]
    if len(fits) != 1 or b"\x00" not in sample and _legacy_cjk(sample):
        # Bytes of Shift-JIS or GB18030 text, read two at a time, are ideographs too; such a
        # file has no NUL, where UTF-16 has one for every space, digit or line break.
        return None
    return fits[0]


_LEGACY_CJK = ("shift_jis", "euc_jp", "gb18030", "big5", "euc_kr")


def _legacy_cjk(sample: bytes) -> bool:
    """Do the bytes read as Chinese, Japanese or Korean text in a legacy codec?

    >>> _legacy_cjk("プーチン大統領は平壌を訪問し、条約に署名した。".encode("shift_jis"))
    True
    >>> _legacy_cjk("プーチン大統領は平壌を訪問し、条約に署名した。".encode("utf-16-le"))
    False
    """
    for codec in _LEGACY_CJK:
        text = sample.decode(codec, "replace")
        if text.count("\ufffd") <= 1 and _one_script(text.replace("\ufffd", "")):
            return True
    return False


# Unicode blocks of the scripts a news text comes in (start, end, script).
_SCRIPTS = ((0x0000, 0x0250, "latin"), (0x1E00, 0x1F00, "latin"), (0x0370, 0x0400, "greek"),
            (0x1F00, 0x2000, "greek"), (0x0400, 0x0530, "cyrillic"), (0x0590, 0x0600, "hebrew"),
            (0x0600, 0x0700, "arabic"), (0x0900, 0x0980, "devanagari"), (0x0E00, 0x0E80, "thai"),
            (0x3040, 0x3100, "cjk"), (0x3400, 0xA000, "cjk"), (0xAC00, 0xD7B0, "cjk"), (0xF900, 0xFB00, "cjk"),
            (0x1100, 0x1200, "cjk"))


def _script(char: str) -> str:
    code = ord(char)
    return next((name for start, end, name in _SCRIPTS if start <= code < end), "")


def _one_script_text(data: bytes, codec: str) -> bool:
    """The bytes decode in ``codec`` to text: mostly letters of one script, no unassigned code points.

    >>> _one_script_text("Путин прибыл в Пхеньян.".encode("utf-16-be"), "utf-16-be")
    True
    >>> _one_script_text("Путин прибыл в Пхеньян.".encode("utf-16-be"), "utf-16-le")
    False
    """
    try:
        text = data[: min(len(data) - len(data) % 2, 2 * _UTF16_SAMPLE)].decode(codec)
    except UnicodeDecodeError:
        return False
    return _one_script(text)


def _one_script(text: str) -> bool:
    """Mostly letters of one script, no unassigned code points (see :func:`_one_script_text`)."""
    import unicodedata

    odd = sum(1 for c in text if unicodedata.category(c) in ("Cn", "Co", "Cs", "Cc") and c not in "\t\n\r\f")
    letters = [c for c in text if c.isalpha()]
    if not letters or odd > 0.01 * len(text) or len(letters) < 0.4 * len(text):
        return False
    scripts: dict[str, int] = {}
    for c in letters:
        name = _script(c)
        scripts[name] = scripts.get(name, 0) + 1
    return max(scripts.values()) >= 0.9 * len(letters) and "" not in scripts


def _reads_as_text(data: bytes, codec: str) -> bool:
    """The bytes decode in ``codec`` with hardly any control characters."""
    try:
        text = data[: len(data) - len(data) % 2].decode(codec)
    except UnicodeDecodeError:
        return False
    sample = text[:2000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    return controls <= 0.01 * len(sample)


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
    try:
        mark = "\ufffd".encode(codec)
    except UnicodeEncodeError:  # a single-byte codepage has no such character
        return 0
    return data.count(mark) if mark else 0


def _bad_bytes_notice(bad: int, name: str) -> str:
    noun, verb = ("byte was", "is") if bad == 1 else ("bytes were", "are")
    return f"{bad} {noun} not valid {name} and {verb} shown as \ufffd"


def _normalise(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text
