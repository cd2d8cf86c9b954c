"""Web addresses: fetch one page (nothing else it links to) and read it like a saved file.

Only the address itself is requested, with the standard library's urllib:
no scripts, images or styles are fetched.  The download is bounded in time
(``CompareConfig.fetch_timeout`` for all of it, so a server that trickles
bytes is cut off too), in size (``max_file_bytes``) and in redirects
(``max_redirects``).  The body is then read exactly as a file would be: a
web page through trafilatura, a PDF through the PDF reader, plain text as
text; an image or other binary is refused.  Every failure is one
:class:`InputError` line naming the address: offline, no such host, refused,
timed out, an HTTP error, a redirect loop, too large. Which sources are addresses:
:mod:`kompare.core.address`.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from email.message import Message

from kompare import __version__
from kompare.core.address import fetchable
from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled, InputError, ShouldCancel, stop_if_cancelled
from kompare.core.ingest.decode import text_codec
from kompare.core.model import Document

_CHUNK = 65_536
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5"


def load_url(url: str, *, config: CompareConfig | None = None, should_cancel: ShouldCancel | None = None
             ) -> Document:
    """The document at ``url``; raises :class:`InputError` (and nothing else) when it cannot be had,
    :class:`Cancelled` when ``should_cancel()`` turns true during the download or the reading."""
    from kompare.core.ingest import document_from_bytes

    config = config or CompareConfig()
    try:
        data, charset, final = _fetch(fetchable(url), config, should_cancel)
        data = _as_utf8(data, charset)
        return document_from_bytes(data, final, max_bytes=config.max_file_bytes, name=url, should_cancel=should_cancel)
    except InputError as exc:
        if exc.path != url:  # (named by the address as sent, its spaces written %20: say the one typed)
            raise InputError(url, exc.reason) from None
        raise
    except Cancelled:
        raise
    except Exception as exc:  # the same promise as for files: one line, never a traceback
        raise InputError(url, f"kompare could not read this address ({type(exc).__name__}: {exc})") from exc


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, limit: int):
        super().__init__()
        self.max_redirections = limit
        self.max_repeats = min(self.max_repeats, limit)


def _fetch(url: str, config: CompareConfig, should_cancel: ShouldCancel | None = None) -> tuple[bytes, str, str]:
    """(body, declared charset, final address) of ``url``, within the time, size and redirect limits."""
    opener = urllib.request.build_opener(_LimitedRedirects(config.max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": f"kompare/{__version__}", "Accept": _ACCEPT})
    deadline = time.monotonic() + config.fetch_timeout
    try:
        with opener.open(request, timeout=config.fetch_timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > config.max_file_bytes:
                raise _too_big(url, int(length), config.max_file_bytes)
            chunks, size = [], 0
            while True:
                stop_if_cancelled(should_cancel)
                if time.monotonic() > deadline:
                    raise InputError(url, f"the server took longer than {config.fetch_timeout:g} s to send the page; "
                                          "try again later, or save the page and open the file")
                try:
                    chunk = response.read1(_CHUNK)  # what has arrived: a trickle must not block past the deadline
                except http.client.IncompleteRead as exc:  # a chunked body that ended before its last chunk
                    raise _cut_off(url, size + len(exc.partial or b""), None) from None
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > config.max_file_bytes:
                    raise _too_big(url, size, config.max_file_bytes, at_least=True)
            if length.isdigit() and size < int(length):
                # (read1 ends quietly where the server hung up: half an article would be compared.)
                raise _cut_off(url, size, int(length))
            return b"".join(chunks), _charset(response.headers), response.geturl() or url
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise InputError(url, f"the address redirects too many times (more than {config.max_redirects}; "
                                  "a redirect loop?): open it in a browser and save the page") from None
        raise InputError(url, f"the server answered {exc.code} {exc.reason or ''}".rstrip()
                              + ": check the address, or save the page from a browser") from None
    except urllib.error.URLError as exc:
        raise InputError(url, _network_reason(exc.reason, config)) from None
    except (TimeoutError, socket.timeout):
        raise InputError(url, f"the server did not answer within {config.fetch_timeout:g} s; "
                              "try again later, or save the page and open the file") from None
    except (ConnectionError, ssl.SSLError, OSError) as exc:
        raise InputError(url, _network_reason(exc, config)) from None


def _cut_off(url: str, got: int, expected: int | None) -> InputError:
    """The server ended the download early: ``got`` bytes of ``expected`` (None: not said).

    >>> _cut_off("https://example.org/a", 3000, 100000).reason.split(":")[0]
    'the download was cut off after 3,000 of 100,000 bytes'
    """
    of = f" of {expected:,}" if expected is not None else ""
    return InputError(url, f"the download was cut off after {got:,}{of} bytes: try again, "
                           "or save the page from a browser and open the file")


def _network_reason(reason, config: CompareConfig) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return (f"the server did not answer within {config.fetch_timeout:g} s; "
                "try again later, or save the page and open the file")
    if isinstance(reason, socket.gaierror):
        return "the host name could not be looked up: you may be offline, or the address may be mistyped"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection: check the address, or try again later"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or reason}): the site's certificate may be invalid"
    return f"the page could not be fetched ({reason}): check your connection and the address"


def _charset(headers: Message) -> str:
    try:
        return headers.get_content_charset() or ""
    except Exception:  # a malformed Content-Type header: decide from the bytes
        return ""


def _as_utf8(data: bytes, charset: str) -> bytes:
    """The body in UTF-8 when the server named a text encoding the bytes really are in."""
    codec = text_codec(charset) if charset else None
    if codec is None or codec.startswith("utf"):
        return data
    try:
        data.decode("utf-8")
        return data  # already UTF-8 whatever the header says
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(codec).encode("utf-8")
    except UnicodeDecodeError:
        return data  # the header lied: the file reader guesses


def _too_big(url: str, size: int, limit: int, *, at_least: bool = False) -> InputError:
    from kompare.core.ingest import _size

    amount = ("more than " if at_least else "") + _size(limit if at_least else size)
    return InputError(url, f"the page is {amount}; kompare reads documents up to {_size(limit)} "
                           "(save just the article's text to a file)")
