"""A forgiving JSON reader for files saved from a browser or cut short.

:func:`json.loads` gives up on the first flaw.  Files people save from a
WordPress REST endpoint are often truncated (the download stopped) or have
raw line breaks inside strings.  :func:`scan` reads as far as it can and
returns what it found, saying whether the text ended early or went wrong.

>>> scan('{"a": "one", "b": {"c": "tw')
Scanned(value={'a': 'one', 'b': {'c': 'tw'}}, truncated=True, malformed=False)
>>> scan('{"t": "line\\nbreak \\\\u2019 \\\\/"}').value
{'t': 'line\\nbreak ’ /'}
>>> scan('[1, 2, tru').value
[1, 2]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_WS = re.compile(r"[ \t\n\r\ufeff]*")
_PLAIN = re.compile(r'[^"\\]+')
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_LITERALS = (("true", True), ("false", False), ("null", None))
_MAX_DEPTH = 200


@dataclass(frozen=True)
class Scanned:
    """What could be read; ``truncated``: the text stopped mid-value; ``malformed``: it went wrong."""

    value: Any
    truncated: bool = False
    malformed: bool = False


class _Stop(Exception):
    """Unwinds the scanner, carrying the partial value built so far."""

    def __init__(self, value: Any, truncated: bool):
        super().__init__()
        self.value = value
        self.truncated = truncated


def scan(text: str) -> Scanned:
    """Parse ``text`` as JSON as far as it goes; never raises.

    >>> scan('{"a": [1, 2]}')
    Scanned(value={'a': [1, 2]}, truncated=False, malformed=False)
    >>> scan('{"a": 1} trailing').malformed
    True
    >>> scan('').value is None
    True
    """
    try:
        return Scanned(json.loads(text, strict=False))
    except (ValueError, RecursionError):
        pass
    scanner = _Scanner(text)
    try:
        value = scanner.value(0)
    except _Stop as stop:
        return Scanned(stop.value, truncated=stop.truncated, malformed=not stop.truncated)
    scanner.skip_ws()
    return Scanned(value, malformed=scanner.pos < len(text))


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def skip_ws(self) -> None:
        self.pos = _WS.match(self.text, self.pos).end()

    def at_end(self) -> bool:
        self.skip_ws()
        return self.pos >= len(self.text)

    def value(self, depth: int) -> Any:
        if self.at_end():
            raise _Stop(None, truncated=True)
        if depth > _MAX_DEPTH:
            raise _Stop(None, truncated=False)
        char = self.text[self.pos]
        if char == "{":
            return self.object(depth)
        if char == "[":
            return self.array(depth)
        if char == '"':
            return self.string()
        number = _NUMBER.match(self.text, self.pos)
        if number:
            self.pos = number.end()
            return _number(number.group())
        rest = self.text[self.pos : self.pos + 5]
        for word, result in _LITERALS:
            if rest.startswith(word):
                self.pos += len(word)
                return result
            if word.startswith(rest) and self.pos + len(rest) >= len(self.text):
                raise _Stop(None, truncated=True)  # "tru" at the very end
        raise _Stop(None, truncated=False)

    def object(self, depth: int) -> dict:
        result: dict = {}
        self.pos += 1
        while True:
            if self.at_end():
                raise _Stop(result, truncated=True)
            char = self.text[self.pos]
            if char == "}":
                self.pos += 1
                return result
            if char == ",":
                self.pos += 1
                continue
            if char != '"':
                raise _Stop(result, truncated=False)
            key = self._partial(self.string, result)
            if self.at_end():
                raise _Stop(result, truncated=True)
            if self.text[self.pos] != ":":
                raise _Stop(result, truncated=False)
            self.pos += 1
            try:
                result[key] = self.value(depth + 1)
            except _Stop as stop:
                if stop.value is not None:
                    result[key] = stop.value
                raise _Stop(result, stop.truncated) from None

    def array(self, depth: int) -> list:
        result: list = []
        self.pos += 1
        while True:
            if self.at_end():
                raise _Stop(result, truncated=True)
            char = self.text[self.pos]
            if char == "]":
                self.pos += 1
                return result
            if char == ",":
                self.pos += 1
                continue
            try:
                result.append(self.value(depth + 1))
            except _Stop as stop:
                if stop.value is not None:
                    result.append(stop.value)
                raise _Stop(result, stop.truncated) from None

    def _partial(self, read, container):
        try:
            return read()
        except _Stop as stop:
            raise _Stop(container, stop.truncated) from None

    def string(self) -> str:
        """Read a string, keeping raw control characters; an unclosed one stops as truncated."""
        text, pos, parts = self.text, self.pos + 1, []
        while True:
            plain = _PLAIN.match(text, pos)
            if plain:
                parts.append(plain.group())
                pos = plain.end()
            if pos >= len(text):
                self.pos = pos
                raise _Stop("".join(parts), truncated=True)
            if text[pos] == '"':
                self.pos = pos + 1
                return "".join(parts)
            pos = self._escape(pos, parts)

    def _escape(self, pos: int, parts: list[str]) -> int:
        """Decode the escape at ``text[pos] == '\\\\'``; return the position after it."""
        text = self.text
        code = text[pos + 1 : pos + 2]
        if code in _ESCAPES:
            parts.append(_ESCAPES[code])
            return pos + 2
        if code == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[pos + 2 : pos + 6]):
            unit = int(text[pos + 2 : pos + 6], 16)
            low = text[pos + 6 : pos + 12]
            if 0xD800 <= unit < 0xDC00 and re.fullmatch(r"\\u[dD][c-fC-F][0-9a-fA-F]{2}", low):
                pair = 0x10000 + ((unit - 0xD800) << 10) + (int(low[2:], 16) - 0xDC00)
                parts.append(chr(pair))
                return pos + 12
            # A lone surrogate cannot be shown; replace it rather than carry it along.
            parts.append("\ufffd" if 0xD800 <= unit < 0xE000 else chr(unit))
            return pos + 6
        if pos + 2 > len(text) or (code == "u" and pos + 6 > len(text)):
            self.pos = len(text)
            raise _Stop("".join(parts), truncated=True)
        parts.append(code)  # an unknown escape: keep the character, drop the backslash
        return pos + 2


def _number(text: str) -> int | float:
    """A JSON number; leading zeros and absurd lengths are tolerated, not errors.

    >>> _number("007"), _number("-1.5e2"), _number("9" * 5000) == float("inf")
    (7, -150.0, True)
    """
    if any(c in text for c in ".eE"):
        return float(text)
    try:
        return int(text)
    except ValueError:  # over Python's digit limit for int()
        return float(text)
