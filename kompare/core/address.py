"""Is a document's source a web address (fetched) or a file path (read)? One rule for the
engine and the window, in a module of its own: the window asks as soon as a file is
chosen, on its own thread, and importing the readers (:mod:`kompare.core.ingest`, which
compiles their patterns) held it for a tenth of a second.

>>> is_address("https://example.org/story"), is_address("HTTP://x.org"), is_address("story.html"), is_address("ftp://x.org/a")
(True, True, False, False)
"""

from __future__ import annotations


def is_address(source: object) -> bool:
    """True for an ``http://`` or ``https://`` address (what :func:`kompare.core.ingest.web.load_url` fetches)."""
    return isinstance(source, str) and source[:8].lower().startswith(("http://", "https://"))
