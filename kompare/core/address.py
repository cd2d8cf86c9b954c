"""Is a document's source a web address (fetched) or a file path (read), and what is wrong
with an address that cannot be fetched? One rule for the engine and the window, in a module
of its own: the window asks as soon as a file is chosen or an address typed, on its own
thread, and importing the readers (:mod:`kompare.core.ingest`, which compiles their
patterns) held it for a tenth of a second.

>>> is_address("https://example.org/story"), is_address("HTTP://x.org"), is_address("story.html"), is_address("ftp://x.org/a")
(True, True, False, False)
"""

from __future__ import annotations

from kompare.core.errors import InputError


def is_address(source: object) -> bool:
    """True for an ``http://`` or ``https://`` address (what :func:`kompare.core.ingest.web.load_url` fetches)."""
    return isinstance(source, str) and source[:8].lower().startswith(("http://", "https://"))


def fetchable(url: str) -> str:
    """``url`` as it is sent (spaces in its path written ``%20``, as a browser does), or an
    :class:`InputError` saying what to fix, where the fetch itself would fail with a cryptic error.

    >>> fetchable("https://example.org/a story?q=1 2")
    'https://example.org/a%20story?q=1%202'
    >>> fetchable("https://user:secret@example.org/a")
    Traceback (most recent call last):
    ...
    kompare.core.errors.InputError: https://user:secret@example.org/a: kompare does not log in to sites ...
    >>> fetchable("https://news..example.org/a")
    Traceback (most recent call last):
    ...
    kompare.core.errors.InputError: https://news..example.org/a: the host name news..example.org is not valid ...
    """
    problem = address_problem(url)
    if problem:
        raise InputError(url, problem)
    return url.strip(" ").replace(" ", "%20")


def address_problem(url: str) -> str:
    """What is wrong with ``url`` as an address to fetch, in words; "" when nothing is.

    >>> address_problem("https://example.org/a"), address_problem("http://[::1/a")
    ('', "this address is malformed (Invalid IPv6 URL): copy it again from the browser's address bar")
    """
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip(" "))
        host, _port = parts.hostname, parts.port
    except ValueError as exc:  # an unclosed [IPv6] bracket, a port that is no number or out of range
        return f"this address is malformed ({exc}): copy it again from the browser's address bar"
    if parts.scheme.lower() not in ("http", "https") or not host:
        return "this is not a web address kompare can fetch (it needs http:// or https:// and a host)"
    if parts.username is not None:
        return ("kompare does not log in to sites (this address holds a user name or password): "
                "open the page in a browser and save it, then open the file")
    if any(c != " " and (c.isspace() or not c.isprintable()) for c in url.strip(" ")):
        return ("this address contains a line break, tab or control character: "
                "copy it again from the browser's address bar")
    try:
        host.encode("idna")
        if " " in host:
            raise UnicodeError
    except UnicodeError:
        return (f"the host name {host} is not valid (it has a space, an empty part or a part "
                "longer than 63 characters): check the address")
    return ""
