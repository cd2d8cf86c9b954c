"""Where a side's document comes from: a file path or a web address, and its short name."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from kompare.core.address import is_address

__all__ = ["is_address", "source_name"]


def source_name(source: str) -> str:
    """A short name for titles and messages: the file's name, or the address's host and last part."""
    if not source:
        return ""
    if is_address(source):
        try:
            parts = urlsplit(source)
            host = parts.hostname or source
        except ValueError:  # a malformed address ("http://[::1"): named as it is, the reading will say why
            return source
        last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]) if parts.path.strip("/") else ""
        return f"{host}/…/{last}" if last and parts.path.strip("/").count("/") else \
            (f"{host}/{last}" if last else host)
    return Path(source).name or source
